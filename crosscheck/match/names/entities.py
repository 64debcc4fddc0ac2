"""Name mentions per source -> entities: the mentions that name one person or body."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Final

from crosscheck.match.engine import UnionFind as _Union
from crosscheck.match.families import BODIES, matched_pairs
from crosscheck.match.names.name_keys import (
    LONG_NAME,
    content_words,
    initials,
    name_tokens,
    org_key,
    org_spelling,
    swapped_words,
)
from crosscheck.match.names.people import join_people
from crosscheck.match.names.slip_joins import slipped_places
from crosscheck.match.names.spellings import fold_name, transliteration_rules
from crosscheck.names.lexicon import name_word_rules
from crosscheck.names.records import Entity, NameKind, NameMention, SourcedName, new_entity, sourced


def group_entities(
    mentions_by_source: Mapping[str, Sequence[NameMention]], lang: str
) -> list[Entity]:
    """Group the mentions that name the same person, body or place across sources.

    Full names are one person when their surnames are spellings of one name and their given
    names are too (transliteration variants count, "Viktor" and "Alexander" do not). A
    lone surname joins the one person with that surname; when several people share it, the
    one named in the same source; otherwise it stays apart. Organisations join on the same
    words (or nearly) and on an acronym given for them ("OHCHR").

    Args:
        mentions_by_source: Name mentions per source id, in source order.
        lang: The story's language, whose lexicons (name words, transliteration) are read.

    Returns:
        The entities in order of first mention.
    """
    items = [
        sourced(source, m) for source, mentions in mentions_by_source.items() for m in mentions
    ]
    union = _Union(len(items))
    kinds = _by_kind(items, lang)
    join_people(items, union, kinds.full, kinds.singles, lang)
    _join_organisations(items, union, kinds.organisations, lang)
    _join_places(items, union, kinds.places, lang)
    groups: dict[int, list[SourcedName]] = {}
    for root, item in zip(union.roots(), items, strict=True):
        groups.setdefault(root, []).append(item)
    return [_entity(members) for _, members in sorted(groups.items())]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Kinds:
    """The indices of a story's mentions that each joining step reads, in mention order."""

    full: list[int]  # a person named in two name words or more
    singles: list[int]  # one word, a person's or unknown: a lone surname
    organisations: list[int]
    places: list[int]


def _by_kind(items: Sequence[SourcedName], lang: str) -> _Kinds:
    """The mentions each step of ``group_entities`` joins, sorted out in one pass (each step
    read every mention for its own before)."""
    kinds = _Kinds(full=[], singles=[], organisations=[], places=[])
    person, unknown = NameKind.PERSON, NameKind.UNKNOWN
    organisation, place = NameKind.ORGANISATION, NameKind.PLACE
    for index, item in enumerate(items):
        mention = item.mention
        kind = mention.kind
        if kind is person or kind is unknown:
            if len(mention.tokens) == 1:
                kinds.singles.append(index)
            elif kind is person and len(name_tokens(mention, lang)) >= 2:
                kinds.full.append(index)
        elif kind is organisation:
            kinds.organisations.append(index)
        elif kind is place:
            kinds.places.append(index)
    return kinds


def _join_organisations(
    items: Sequence[SourcedName], union: _Union, orgs: Sequence[int], lang: str
) -> None:
    first_of: dict[str, int] = {}
    for i in orgs:
        key = org_spelling(org_key(items[i].mention, lang), lang)
        if key in first_of:
            union.join(first_of[key], i)
        else:
            first_of[key] = i
    threshold = transliteration_rules(lang).organisation_threshold
    long_keys = [key for key in first_of if len(key) >= 8]
    for i, j in matched_pairs(long_keys, BODIES, threshold):
        union.join(first_of[long_keys[i]], first_of[long_keys[j]])
    cues = name_word_rules(lang).cues
    alike: dict[tuple[str, ...], list[str]] = {}  # a body's own words, sorted -> its keys
    for key in first_of:
        words = content_words(key, lang)
        if len(words) >= LONG_NAME:
            alike.setdefault(tuple(sorted(w for w in words if w not in cues)), []).append(key)
    for keys in alike.values():
        for a, b in combinations(keys, 2):
            if swapped_words(a, b, lang):
                union.join(first_of[a], first_of[b])
    acronyms = {
        fold_name(items[i].mention.text): i for i in orgs if len(items[i].mention.tokens) == 1
    }
    for key, index in first_of.items():
        mention = items[index].mention
        if len(mention.tokens) < 2:
            continue
        spelled = [fold_name(mention.alias or ""), fold_name(initials(mention))]
        for form in spelled:
            if len(form) >= 2 and form in acronyms and " " in key:
                union.join(acronyms[form], index)
                break


def _join_places(
    items: Sequence[SourcedName], union: _Union, places: Sequence[int], lang: str
) -> None:
    """Join places of the same words, or of one word misspelt (``slipped_places``)."""
    first_of: dict[str, int] = {}
    for i in places:
        key = org_key(items[i].mention, lang)
        if key in first_of:
            union.join(first_of[key], i)
        else:
            first_of[key] = i
    keys = list(first_of)
    for i, j in slipped_places(keys, lang):
        union.join(first_of[keys[i]], first_of[keys[j]])


_ENTITY_KINDS: Final = frozenset((NameKind.PERSON, NameKind.ORGANISATION, NameKind.PLACE))


def _entity(members: Sequence[SourcedName]) -> Entity:
    if len(members) == 1:  # most entities: one mention names itself (as below, faster)
        mention = members[0].mention
        kind = mention.kind if mention.kind in _ENTITY_KINDS else NameKind.UNKNOWN
        return new_entity(kind, tuple(members))
    kinds = {m.mention.kind for m in members}
    kind = next(
        (k for k in (NameKind.PERSON, NameKind.ORGANISATION, NameKind.PLACE) if k in kinds),
        NameKind.UNKNOWN,
    )
    return new_entity(kind, tuple(members))


def entity_name(entity: Entity, lang: str) -> str:
    """The most common full spelling of an entity's name ("Alexander Lukashenko"): of the
    mentions of the most name words, the text written most often, then by the most
    sources, then the first written.

    Read only for a row's subject (``match.name_pairs``), so it is found for the few entities that
    pair, not made for each of a story's entities (speed17).
    """
    members = entity.mentions
    if len(members) == 1:
        return members[0].mention.text
    lengths = [len(name_tokens(m.mention, lang)) for m in members]
    longest = max(lengths)
    full = [m for m, length in zip(members, lengths, strict=True) if length == longest]
    counts = Counter(m.mention.text for m in full)
    sources: dict[str, set[str]] = {}
    for m in full:
        sources.setdefault(m.mention.text, set()).add(m.source)
    order = list(dict.fromkeys(m.mention.text for m in full))
    return min(order, key=lambda t: (-counts[t], -len(sources[t]), order.index(t)))
