"""The names stage skips work no output reads: the skipping path finds every pair the full
path finds (``entity_pairs.may_pair``, ``lone_vowels._may_pair``, the per-spelling readings of
``group_entities``, name claims built only when read)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest
from casefiles import read_file
from samplestory import sample_story

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match import name_pairs as name_pairing
from crosscheck.match.name_pairs import pair_names, variant_pairs
from crosscheck.match.names import lone_vowels
from crosscheck.match.names.entities import group_entities
from crosscheck.match.names.entity_pairs import entity_pairs, may_pair
from crosscheck.match.names.lone_vowels import lone_vowel_pairs
from crosscheck.model import ClaimFamily, Sentence
from crosscheck.names.claims import mentions_of, name_claim, name_claims
from crosscheck.names.finder import names_in
from crosscheck.names.records import NameMention, VariantPair
from crosscheck.rules.base import StoryRecords
from crosscheck.rules.name_variant import RULE

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
    sources, sentences = sample_story()
    found = [
        (
            "belarus",
            {s.id: s.text for s in sources},
            {s.id: names_in(sentences[s.id], "en") for s in sources},
        )
    ]
    texts, split = _story(_INVENTED)
    found.append(("invented", texts, {s: names_in(found, "en") for s, found in split.items()}))
    for case in read_file("rules", "name_variant")["case"]:
        lines = {key: case[key] for key in ("a", "b") if key in case}
        texts, split = _story(lines)
        found.append(
            (case["name"], texts, {s: names_in(found, "en") for s, found in split.items()})
        )
    return found


STORIES = _stories()


def _full_path(
    texts: Mapping[str, str], mentions: Mapping[str, Sequence[NameMention]]
) -> list[VariantPair]:
    """``variant_pairs`` reading every entity of several spellings (no ``may_pair``)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(name_pairing, "may_pair", lambda entity, lang: True)
        return variant_pairs(texts, mentions, "en")


@pytest.mark.parametrize(("name", "texts", "mentions"), STORIES, ids=[s[0] for s in STORIES])
def test_skipping_path_gives_the_full_paths_pairs(
    name: str, texts: dict[str, str], mentions: dict[str, list[NameMention]]
) -> None:
    assert variant_pairs(texts, mentions, "en") == _full_path(texts, mentions), name


def test_the_comparison_reads_pairs_and_skips_entities() -> None:
    """Not vacuous: the stories hold pairs, entities the filter skips and ones it keeps."""
    pairs = skipped = kept = 0
    for _, texts, mentions in STORIES:
        pairs += len(_full_path(texts, mentions))
        for entity in group_entities(mentions, "en"):
            if len(entity.spellings) > 1:
                if may_pair(entity, "en"):
                    kept += 1
                else:
                    skipped += 1
    assert pairs >= 50
    assert skipped >= 10
    assert kept >= 10


def test_a_skipped_entity_pairs_in_no_subset_of_its_mentions() -> None:
    """``may_pair`` False: no mentions kept by ``spelled_name`` could make a pair (all of
    them, each source's, each prefix and each suffix of them in mention order)."""
    checked = 0
    for _, texts, mentions in STORIES:
        for entity in group_entities(mentions, "en"):
            if len(entity.spellings) < 2 or may_pair(entity, "en"):
                continue
            items = entity.mentions
            subsets = [items, *(items[:n] for n in range(1, len(items)))]
            subsets += [items[n:] for n in range(1, len(items))]
            subsets += [tuple(i for i in items if i.source == s) for s in entity.sources]
            for subset in subsets:
                assert entity_pairs(entity, subset, texts, "en") == [], entity.mentions[0]
            checked += 1
    assert checked >= 10


def test_a_kept_entity_can_pair() -> None:
    """The filter keeps an entity when its own mentions pair (so it could drop no row)."""
    sources, sentences = sample_story()
    mentions = {s.id: names_in(sentences[s.id], "en") for s in sources}
    texts = {s.id: s.text for s in sources}
    paired = [
        e
        for e in group_entities(mentions, "en")
        if entity_pairs(e, e.mentions, texts, "en") and not may_pair(e, "en")
    ]
    assert paired == []
    assert any(entity_pairs(e, e.mentions, texts, "en") for e in group_entities(mentions, "en"))


# --------------------------------------------------------------------------- speed17


def _lone_full_path(
    texts: Mapping[str, str], mentions: Mapping[str, Sequence[NameMention]]
) -> list[VariantPair]:
    """``variant_pairs`` with the lone words of every story compared (no ``_may_pair`` in
    ``lone_vowels``: the words of longer names are always read)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lone_vowels, "_may_pair", lambda lone, rules: True)
        return variant_pairs(texts, mentions, "en")


@pytest.mark.parametrize(("name", "texts", "mentions"), STORIES, ids=[s[0] for s in STORIES])
def test_lone_words_skipped_give_the_full_paths_pairs(
    name: str, texts: dict[str, str], mentions: dict[str, list[NameMention]]
) -> None:
    assert variant_pairs(texts, mentions, "en") == _lone_full_path(texts, mentions), name


def test_the_lone_word_comparison_is_exercised() -> None:
    """Not vacuous: some stories skip the lone words, some read them and pair two."""
    rules = lone_vowels._rules("en")
    skipped = read = paired = 0
    for _, texts, mentions in STORIES:
        lone = lone_vowels._lone_words(mentions, rules)
        if lone_vowels._may_pair(lone, rules):
            read += 1
            paired += bool(
                lone_vowel_pairs(texts, mentions, lambda: (), lambda w: False, lambda i: True, "en")
            )
        else:
            skipped += 1
    assert skipped >= 10
    assert read >= 3
    assert paired >= 2


def test_a_story_whose_lone_words_share_no_skeleton_never_reads_longer_names() -> None:
    """The skip is taken: ``known`` is not called when no two lone words can pair."""
    texts, split = _story({"one": ("Troops entered Mosul on Monday.",), "two": ("In Basra.",)})
    mentions = {s: names_in(found, "en") for s, found in split.items()}

    def known() -> list[str]:
        raise AssertionError("read")

    found = lone_vowel_pairs(texts, mentions, known, lambda w: False, lambda i: True, "en")
    assert found == []


def test_name_claims_read_lazily_are_the_eager_claims() -> None:
    """``NameClaims`` builds, item by item, slice and iteration, the claims the eager
    wrapping made, and ``mentions_of`` gives the payloads."""
    sources, sentences = sample_story()
    for source in sources:
        mentions = names_in(sentences[source.id], "en")
        eager = tuple(name_claim(source.id, m) for m in mentions)
        lazy = name_claims(source.id, mentions)
        assert len(lazy) == len(eager) > 0
        assert tuple(lazy) == eager
        assert lazy[0] == eager[0] and lazy[-1] == eager[-1]
        assert lazy[1:3] == eager[1:3]
        assert tuple(mentions_of(lazy)) == tuple(mentions)
        assert list(mentions_of(eager)) == list(mentions)
        assert eager[0].payload is mentions[0] and eager[0].family is ClaimFamily.NAME
        assert (eager[0].start, eager[0].end, eager[0].text) == (
            mentions[0].start,
            mentions[0].end,
            mentions[0].text,
        )


def test_the_rule_reads_lazy_claims_as_eager_ones() -> None:
    """The name pairing (and so the name-variant rule) finds the same rows from
    ``NameClaims`` as from claims built one by one (the full path)."""
    sources, sentences = sample_story()
    mentions = {s.id: names_in(sentences[s.id], "en") for s in sources}
    lazy = {sid: name_claims(sid, found) for sid, found in mentions.items()}
    eager = {sid: tuple(name_claim(sid, m) for m in found) for sid, found in mentions.items()}
    rows = [
        RULE.find(
            StoryRecords(
                sources=sources, lang=DEFAULT_LANGUAGE, name_pairs=pair_names(sources, n, "en")
            )
        )
        for n in (lazy, eager)
    ]
    assert rows[0] == rows[1]
    assert len(rows[0]) >= 3


def test_a_lone_surname_two_people_share_stays_apart_each_time_written() -> None:
    """A lone word read once per word and source: written twice in a source that names two
    people of that surname, each writing stays alone (ambiguous); written twice in a source
    that names one, both join that person."""
    _, split = _story(
        {
            "one": (
                "John Smith and Jane Smith spoke.",
                "Smith said no.",
                "Then Smith said yes.",
            ),
            "two": ("Jane Smith spoke.", "Smith said no.", "Then Smith said yes."),
        }
    )
    mentions = {s: names_in(found, "en") for s, found in split.items()}
    entities = group_entities(mentions, "en")
    lone = [
        (entity, item)
        for entity in entities
        for item in entity.mentions
        if item.mention.text == "Smith"
    ]
    assert len(lone) == 4
    for entity, item in lone:
        if item.source == "one":
            assert len(entity.mentions) == 1  # ambiguous: alone
        else:
            assert {i.mention.text for i in entity.mentions} == {"Jane Smith", "Smith"}
