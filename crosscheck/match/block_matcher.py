"""Block matcher: items of any claim family, a block key and a pair gate -> cross-source pairs.

The one pairing loop the claim families share (issue 10, "one matcher"). Items are blocked
on a key (``engine.blocks``: only items of one block are ever compared); a block whose items
all come from one source is dropped; within a block each pair of items from different
sources is offered once to the family's pair gate, which gives its record or None. The
candidates of a block may be narrowed first (figures: the pairs of groups whose subjects
score alike through ``engine.similar_pairs``); the gates stay the family's own.

* ``cross_source_blocks``: items -> blocks of two sources or more, in key order.
* ``cross_source_pairs``: one block and a gate -> the gate's records, each pair once, in
  candidate order (``(i, j)``, i < j, when no candidates are given).
* ``block_pairs``: both, then the records sorted on the family's ``order`` key, so that the
  result does not depend on the order the items came in.

Contract: pure functions of their arguments; the same items give the same records, in the
same order, on every machine.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from crosscheck.match.engine import blocks


class _BlockKey(Hashable, Protocol):
    """A block key: hashable and ordered (blocks come back in key order)."""

    def __lt__(self, other: Any, /) -> bool: ...


_T = TypeVar("_T")
_R = TypeVar("_R")
_K = TypeVar("_K", bound=_BlockKey)
_O = TypeVar("_O", bound=_BlockKey)


def cross_source_blocks(
    items: Iterable[_T], key: Callable[[_T], _K], source: Callable[[_T], str]
) -> list[tuple[_T, ...]]:
    """Items grouped on ``key`` (each block in first-seen order), in key order, keeping only
    the blocks with items of two sources or more (``source``: an item's source id)."""
    grouped = blocks(items, key)
    return [tuple(grouped[k]) for k in sorted(grouped) if len({source(x) for x in grouped[k]}) > 1]


def _every_pair(count: int) -> Iterator[tuple[int, int]]:
    return ((i, j) for i in range(count) for j in range(i + 1, count))


def cross_source_pairs(
    items: Sequence[_T],
    gate: Callable[[_T, _T], _R | None],
    *,
    sources: Callable[[_T], Collection[str]],
    candidates: Iterable[tuple[int, int]] | None = None,
) -> list[_R]:
    """The gate's records for the pairs of one block's items from different sources.

    Args:
        items: One block's items.
        gate: The family's pair gate: ``gate(first, second)`` (``first`` the item of the
            lower index) gives its record of the pair, or None when the pair is not one.
        sources: The source ids of an item (one for a claim; those of its claims for a
            group): two items are from different sources unless both come from one and
            the same source alone.
        candidates: Index pairs to offer, in order (default: every ``(i, j)``, i < j); a
            pair given twice or in either order is offered once, a pair of one item never.

    Returns:
        The records, in the order their pairs were first offered.
    """
    held = [frozenset(sources(item)) for item in items]
    seen: set[tuple[int, int]] = set()
    found: list[_R] = []
    for i, j in _every_pair(len(items)) if candidates is None else candidates:
        first, second = (i, j) if i < j else (j, i)
        if first == second or (first, second) in seen:
            continue
        seen.add((first, second))
        if len(held[first] | held[second]) < 2:
            continue  # one source alone on both sides
        record = gate(items[first], items[second])
        if record is not None:
            found.append(record)
    return found


def block_pairs(
    items: Iterable[_T],
    *,
    key: Callable[[_T], _K],
    source: Callable[[_T], str],
    gate: Callable[[_T, _T], _R | None],
    order: Callable[[_R], _O],
) -> list[_R]:
    """Every record the gate gives for two items of one block from different sources
    (``cross_source_blocks``, then ``cross_source_pairs`` in each block), sorted on
    ``order`` (a total order of the records makes the result independent of the items'
    order)."""
    found = [
        record
        for block in cross_source_blocks(items, key, source)
        for record in cross_source_pairs(block, gate, sources=lambda item: (source(item),))
    ]
    return sorted(found, key=order)
