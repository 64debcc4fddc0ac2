"""Sources and their name mentions -> name-variant discrepancies (one row per pair)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from crosscheck.ids import stable_id
from crosscheck.model import (
    Discrepancy,
    DiscrepancyKind,
    Mention,
    Sentence,
    Severity,
    Source,
)
from crosscheck.names.entities import _name_tokens, group_entities
from crosscheck.names.finder import find_names
from crosscheck.names.lexicon import _fold, _is_initial, _name_words
from crosscheck.names.records import Entity, NameKind, NameMention, SourcedName

# --------------------------------------------------------------------------- variants


@dataclass(frozen=True, slots=True, kw_only=True)
class _Spelling:
    """One spelling of one name word within an entity, where it is first used."""

    value: str
    first: SourcedName
    sources: tuple[str, ...]
    count: int


def _slots(entity: Entity) -> dict[str, list[tuple[str, str, SourcedName]]]:
    """Per name slot, (word as written, value to show, mention) in mention order."""
    slots: dict[str, list[tuple[str, str, SourcedName]]] = {}
    for item in entity.mentions:
        mention = item.mention
        tokens = _name_tokens(mention)
        if not tokens:
            continue
        if entity.kind in (NameKind.PERSON, NameKind.UNKNOWN):
            slots.setdefault("surname", []).append((tokens[-1], tokens[-1], item))
            if len(tokens) >= 2 and not _is_initial(tokens[0]):
                shown = f"{tokens[0]} {tokens[-1]}"
                slots.setdefault("given", []).append((tokens[0], shown, item))
        else:
            slot = f"words-{len(mention.tokens)}"
            slots.setdefault(slot, []).append((mention.text, mention.text, item))
    return slots


def _spellings(occurrences: Sequence[tuple[str, str, SourcedName]]) -> list[_Spelling]:
    firsts: dict[str, tuple[str, SourcedName]] = {}
    sources: dict[str, dict[str, None]] = {}
    counts: Counter[str] = Counter()
    for word, shown, item in occurrences:
        key = _fold(word)
        firsts.setdefault(key, (shown, item))
        sources.setdefault(key, {})[item.source] = None
        counts[key] += 1
    return [
        _Spelling(value=shown, first=item, sources=tuple(sources[k]), count=counts[k])
        for k, (shown, item) in firsts.items()
    ]


def _quote(item: SourcedName, texts: Mapping[str, str]) -> Mention:
    mention = item.mention
    text = texts.get(item.source)
    sentence = mention.sentence
    if text is None or len(text) < sentence.end:
        quoted, whole = mention.text, sentence.text
    else:
        quoted, whole = text[mention.start : mention.end], text[sentence.start : sentence.end]
    return Mention(
        source=item.source, start=mention.start, end=mention.end, text=quoted, sentence=whole
    )


def _kind_words(kind: NameKind) -> str:
    return {
        NameKind.PERSON: "the same person",
        NameKind.ORGANISATION: "the same organisation",
        NameKind.PLACE: "the same place",
        NameKind.UNKNOWN: "the same name",
    }[kind]


def _explain(a: _Spelling, b: _Spelling, kind: NameKind) -> str:
    both = [s for s in a.sources if s in b.sources]
    text = (
        f"'{a.value}' ({', '.join(a.sources)}) vs '{b.value}' ({', '.join(b.sources)}): "
        f"{_kind_words(kind)} spelled two ways; pick one house spelling."
    )
    if both:
        text += f" {', '.join(both)} {'uses' if len(both) == 1 else 'use'} both spellings."
    return text


def name_variants(
    sources: Sequence[Source], sentences: Mapping[str, Sequence[Sentence]]
) -> list[Discrepancy]:
    """Flag names spelled differently within or across sources.

    Spellings are compared word by word: "Aleksandr Lukashenko" / "Alexander Lukashenko"
    differ in the given name, "Lukashenko" / "Lukashenka" in the surname;
    "Lukashenko" / "Aleksandr Lukashenko" is a short form, not a variant. A difference of
    capitals or accents alone is not flagged.

    Args:
        sources: The sources, in report order.
        sentences: The sentences of each source, by source id (web-page leftovers removed).

    Returns:
        One low-severity ``name.variant`` discrepancy per entity and pair of spellings, in
        order of the entities' first mention.
    """
    mentions = {source.id: names_in(sentences.get(source.id, ())) for source in sources}
    return variants_from(sources, mentions)


def names_in(sentences: Sequence[Sentence]) -> list[NameMention]:
    """Every name mention of one source's sentences, in text order."""
    return [m for s in sentences for m in find_names(s)]


def variants_from(
    sources: Sequence[Source], mentions: Mapping[str, Sequence[NameMention]]
) -> list[Discrepancy]:
    """:func:`name_variants` for name mentions already found per source."""
    by_id = {source.id: source for source in sources}
    texts = {source.id: source.text for source in sources}
    found: list[Discrepancy] = []
    for entity in group_entities(mentions):
        rows: dict[str, list[tuple[_Spelling, _Spelling]]] = {}
        for slot, occurrences in _slots(entity).items():
            spellings = _spellings(occurrences)
            for a, b in combinations(spellings, 2):
                if slot == "given" and _fold(a.value) == _fold(b.value):
                    continue
                if _inflected(a.value, b.value):
                    continue  # "Democrats" / "Democrat": one word, inflected
                if entity.kind is not NameKind.PERSON and _derived_form(a.value, b.value):
                    continue
                rows.setdefault(slot, []).append((a, b))
        covered = {_surnames(a, b) for a, b in rows.get("given", ())}
        for slot, pairs in rows.items():
            for a, b in pairs:
                if slot == "surname" and _surnames(a, b) in covered:
                    continue  # the full names' row already shows this surname pair
                found.append(_variant(entity, a, b, by_id, texts))
    return found


def _surnames(a: _Spelling, b: _Spelling) -> frozenset[str]:
    """The folded last words of two spellings (a given-name row shows the full names)."""
    return frozenset(_fold(s.value.split()[-1]) for s in (a, b))


def _inflected(a: str, b: str) -> bool:
    """Two spellings of one word inflected ("Democrats" / "Democrat", "Bergdahls")."""
    shorter, longer = sorted((_fold(a), _fold(b)), key=len)
    return any(longer == shorter + ending for ending in _name_words().inflection_endings)


def _derived_form(a: str, b: str) -> bool:
    """A place and its adjective ("Antarctica" / "Antarctic", "Belarus" / "Belarusian")."""
    shorter, longer = sorted((_fold(a), _fold(b)), key=len)
    return longer.startswith(shorter) and longer[len(shorter) :] in _name_words().adjective_suffixes


def _variant(
    entity: Entity,
    a: _Spelling,
    b: _Spelling,
    by_id: Mapping[str, Source],
    texts: Mapping[str, str],
) -> Discrepancy:
    source_a, source_b = by_id.get(a.first.source), by_id.get(b.first.source)
    details = tuple(
        f"'{s.value}': {s.count} mention{'s' if s.count != 1 else ''} in {', '.join(s.sources)}"
        for s in (a, b)
    )
    return Discrepancy(
        id=stable_id("name", a.value, b.value),
        kind=DiscrepancyKind.NAME_VARIANT,
        severity=Severity.LOW,
        subject=entity.name,
        metric="spelling",
        a=_quote(a.first, texts),
        b=_quote(b.first, texts),
        value_a=a.value,
        value_b=b.value,
        published_a=source_a.published if source_a else None,
        published_b=source_b.published if source_b else None,
        explanation=_explain(a, b, entity.kind),
        details=details,
    )
