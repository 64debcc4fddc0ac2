"""Entities -> a person's full name with its surnames written in another order.

"Felipe Alonzo-Gomez" / "Felipe Gómez Alonzo": one given name followed by the same two or
more surnames (split at spaces and hyphens, folded) in another order is one person written
two ways, and at least one of the two orders is wrong. The grouping of people keys full
names on their first and last words, so these stay two entities; this pass pairs them.
Evidence: the same given name, written in full, and every other word the same; a hyphen
written or not alone ("Alonzo-Gomez" / "Alonzo Gomez") is no other order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Final

from crosscheck.match.names.difference import name_words
from crosscheck.match.names.spellings import fold_name
from crosscheck.names.lexicon import is_initial
from crosscheck.names.records import Entity, NameKind, SourcedName

_Group = tuple[str, list[SourcedName]]  # (full name as written most, mentions)
_WORDS: Final = 3  # a given name and two surnames, at least


def reordered_pairs(
    entities: Sequence[Entity], spelled: Callable[[SourcedName], bool]
) -> list[tuple[_Group, _Group]]:
    """Pairs of (rarer order, commoner order) of one person's surnames.

    Args:
        entities: The story's entities (``group_entities``).
        spelled: Whether a mention can be a spelling of its name at all.

    Returns:
        One pair per rarer order and the person's commonest order, in order of the people's
        first full mention.
    """
    people: dict[tuple[str, tuple[str, ...]], dict[tuple[str, ...], list[SourcedName]]] = {}
    for entity in entities:
        if entity.kind is not NameKind.PERSON:
            continue
        for item in entity.mentions:
            words = _full_name(item)
            if words is None:
                continue
            key = (words[0], tuple(sorted(words[1:])))
            people.setdefault(key, {}).setdefault(words[1:], []).append(item)
    found: list[tuple[_Group, _Group]] = []
    for orders in people.values():
        if len(orders) < 2:
            continue  # the usual case: one order
        kept = [[i for i in items if spelled(i)] for items in orders.values()]
        groups = sorted((items for items in kept if items), key=_commoner)
        if len(groups) < 2:
            continue
        common = _group(groups[0])
        found.extend((_group(items), common) for items in groups[1:])
    return found


def _full_name(item: SourcedName) -> tuple[str, ...] | None:
    """The folded words of a person's full name of a given name and two surnames or more
    (no initial), or None."""
    mention = item.mention
    if mention.kind is not NameKind.PERSON:
        return None
    return _full_words(mention.text)


@lru_cache(maxsize=1 << 14)  # a person's name recurs across mentions
def _full_words(text: str) -> tuple[str, ...] | None:
    words = name_words(text)
    if len(words) < _WORDS or any(is_initial(w) or not w[:1].isupper() for w in words):
        return None
    return tuple(fold_name(w) for w in words)


def _commoner(items: Sequence[SourcedName]) -> tuple[int, str, int]:
    """Most mentions first, then the first written (by source, then place)."""
    return (-len(items), items[0].source, items[0].mention.start)


def _group(items: list[SourcedName]) -> _Group:
    """The name as its mentions write it most, with them."""
    return Counter(i.mention.text for i in items).most_common(1)[0][0], items
