"""Items tagged with their source -> the pairs of items of two different sources.

A story's pairs are only ever of two sources: an article of thousands of figures beside
another's few costs its cross pairs, never the pairs of its own figures.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence


def two_source_positions(source_ids: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Every ``(i, j)`` with ``i < j`` and ``source_ids[i] != source_ids[j]``, in the order
    of the two nested loops ``for i ... for j in range(i + 1, n)`` that skip one source's."""
    others = {
        source: [j for j, other in enumerate(source_ids) if other != source]
        for source in dict.fromkeys(source_ids)
    }
    for i, source in enumerate(source_ids):
        after = others[source]
        for j in after[bisect_right(after, i) :]:
            yield i, j
