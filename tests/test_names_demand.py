"""The names stage skips work no output reads: the skipping path finds every pair the full
path finds (``variants._may_pair`` and the per-spelling readings of ``group_entities``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest
from casefiles import read_file
from test_names import belarus

from crosscheck.model import Sentence
from crosscheck.names import variants as names_variants
from crosscheck.names.entities import group_entities
from crosscheck.names.records import NameMention, VariantPair
from crosscheck.names.variants import names_in, variant_pairs

# Invented sentences: short forms, transliterations, a misspelling, bodies with their words
# swapped and an acronym, a surname two people share, places and their adjective.
_INVENTED: Mapping[str, Sequence[str]] = {
    "one": (
        "President Alexander Lukashenko met Svetlana Tikhanovskaya in Minsk.",
        "Lukashenko said the Centers for Medicare and Medicaid Services would help.",
        "The Organization for Security and Co-operation in Europe (OSCE) sent observers.",
        "Maria Kolesnikova and Viktor Babariko were detained; Kolesnikova was freed.",
        "John Smith and Jane Smith spoke; Smith said Belarus and Belarusian workers struck.",
        "Pyongyang answered Pyongyang's critics, said Murkowski.",
    ),
    "two": (
        "Aleksandr Lukashenka met Sviatlana Tsikhanouskaya in Minsk.",
        "Lukashenka said the Centers for Medicaid and Medicare Services would help.",
        "The Organisation for Security and Cooperation in Europe sent observers, OSCE said.",
        "Maria Kalesnikava was detained; Kalesnikava and Babaryka were in court.",
        "Smith said that Pyonyang would answer, said Murkowksi and Lisa Murkowski.",
    ),
    "three": (
        "Alexander Lukashenko won. Lukashenko, Tikhanovskaya and the OSCE disagreed.",
        "Viktar Babaryka, a banker, and Maria Kolesnikova were jailed in Minsk.",
    ),
}


def _story(texts: Mapping[str, Sequence[str]]) -> tuple[dict[str, str], dict[str, list[Sentence]]]:
    """Each source's text (its sentences joined by a space) and its sentences."""
    joined = {source: " ".join(lines) for source, lines in texts.items()}
    sentences: dict[str, list[Sentence]] = {}
    for source, lines in texts.items():
        found, position = [], 0
        for line in lines:
            start = joined[source].index(line, position)
            found.append(Sentence(start=start, end=start + len(line), text=line))
            position = start + len(line)
        sentences[source] = found
    return joined, sentences


def _stories() -> list[tuple[str, dict[str, str], dict[str, list[NameMention]]]]:
    """(name, texts, mentions) of the Belarus sample, the invented story above and every
    case of ``tests/cases/rules/name_variant.toml``."""
    sources, sentences = belarus()
    found = [
        (
            "belarus",
            {s.id: s.text for s in sources},
            {s.id: names_in(sentences[s.id]) for s in sources},
        )
    ]
    texts, split = _story(_INVENTED)
    found.append(("invented", texts, {s: names_in(found) for s, found in split.items()}))
    for case in read_file("rules", "name_variant")["case"]:
        lines = {key: case[key] for key in ("a", "b") if key in case}
        texts, split = _story(lines)
        found.append((case["name"], texts, {s: names_in(found) for s, found in split.items()}))
    return found


STORIES = _stories()


def _full_path(
    texts: Mapping[str, str], mentions: Mapping[str, Sequence[NameMention]]
) -> list[VariantPair]:
    """``variant_pairs`` reading every entity of several spellings (no ``_may_pair``)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(names_variants, "_may_pair", lambda entity: True)
        return variant_pairs(texts, mentions)


@pytest.mark.parametrize(("name", "texts", "mentions"), STORIES, ids=[s[0] for s in STORIES])
def test_skipping_path_gives_the_full_paths_pairs(
    name: str, texts: dict[str, str], mentions: dict[str, list[NameMention]]
) -> None:
    assert variant_pairs(texts, mentions) == _full_path(texts, mentions), name


def test_the_comparison_reads_pairs_and_skips_entities() -> None:
    """Not vacuous: the stories hold pairs, entities the filter skips and ones it keeps."""
    pairs = skipped = kept = 0
    for _, texts, mentions in STORIES:
        pairs += len(_full_path(texts, mentions))
        for entity in group_entities(mentions):
            if len(entity.spellings) > 1:
                if names_variants._may_pair(entity):
                    kept += 1
                else:
                    skipped += 1
    assert pairs >= 50
    assert skipped >= 10
    assert kept >= 10


def test_a_skipped_entity_pairs_in_no_subset_of_its_mentions() -> None:
    """``_may_pair`` False: no mentions kept by ``spelled_name`` could make a pair (all of
    them, each source's, each prefix and each suffix of them in mention order)."""
    checked = 0
    for _, texts, mentions in STORIES:
        for entity in group_entities(mentions):
            if len(entity.spellings) < 2 or names_variants._may_pair(entity):
                continue
            items = entity.mentions
            subsets = [items, *(items[:n] for n in range(1, len(items)))]
            subsets += [items[n:] for n in range(1, len(items))]
            subsets += [tuple(i for i in items if i.source == s) for s in entity.sources]
            for subset in subsets:
                assert names_variants._entity_pairs(entity, subset, texts) == [], entity.mentions[0]
            checked += 1
    assert checked >= 10


def test_a_kept_entity_can_pair() -> None:
    """The filter keeps an entity when its own mentions pair (so it could drop no row)."""
    sources, sentences = belarus()
    mentions = {s.id: names_in(sentences[s.id]) for s in sources}
    texts = {s.id: s.text for s in sources}
    paired = [
        e
        for e in group_entities(mentions)
        if names_variants._entity_pairs(e, e.mentions, texts) and not names_variants._may_pair(e)
    ]
    assert paired == []
    assert any(names_variants._entity_pairs(e, e.mentions, texts) for e in group_entities(mentions))
