"""Matching engine: the one blocking + rapidfuzz matcher every claim family goes through.

Figures and dates (``match.figures``), name spellings (``crosscheck.names``) and certainty
statements (``crosscheck.certainty``) all score strings here, each with the rapidfuzz scorer
its family names in ``[scorers]`` of ``lexicon/common/matching.toml`` and the cut-off of its
own threshold key. The engine knows no family's frames: it blocks items on a key, scores the
distinct strings of a block once (``process.cdist`` with a cut-off, in rows of 512, so cost
grows with the block, not with all items), and groups matched items with a union-find.

Contract: pure functions of their arguments and the data; the same input gives the same
pairs, in the same order, on every machine.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import cache
from typing import TypeVar

from rapidfuzz import fuzz, process

from crosscheck.errors import LexiconError
from crosscheck.lexicon import lexicon_path, load_lexicon, require

FIGURES = "figures"
NAMES = "names"
CERTAINTY = "certainty"

_T = TypeVar("_T")
_K = TypeVar("_K", bound=Hashable)
Scorer = Callable[..., float]

# The scorers data may name (rapidfuzz's fuzz.ratio is the normalised Indel similarity).
_SCORERS: dict[str, Scorer] = {
    "indel_ratio": fuzz.ratio,
    "partial_ratio": fuzz.partial_ratio,
    "token_set_ratio": fuzz.token_set_ratio,
    "token_sort_ratio": fuzz.token_sort_ratio,
    "weighted_ratio": fuzz.WRatio,
}

_ROWS = 512  # strings scored against all others per cdist call (bounds the score matrix)


@cache
def scorer_names() -> dict[str, str]:
    """Claim family -> the name of its scorer (``matching.toml`` [scorers]), validated."""
    table = require(load_lexicon("matching"), "scorers", dict, "matching")
    names = {str(family): str(name) for family, name in table.items()}
    unknown = sorted(name for name in names.values() if name not in _SCORERS)
    if unknown:
        raise LexiconError(
            f"[scorers]: unknown scorer(s) {unknown}; known: {sorted(_SCORERS)}",
            path=lexicon_path("matching"),
        )
    return names


@cache
def scorer(family: str) -> Scorer:
    """The rapidfuzz scorer of one claim family (``scorer(a, b) -> 0..100``)."""
    return _SCORERS[scorer_names()[family]]


def similar(a: str, b: str, family: str, cutoff: float) -> bool:
    """Whether two strings score at least ``cutoff`` with the family's scorer."""
    return scorer(family)(a, b) >= cutoff


def similar_pairs(
    strings: Sequence[str], family: str, cutoff: float
) -> list[tuple[int, int, float]]:
    """Index pairs (i <= j) of ``strings`` scoring at least ``cutoff``, with their score.

    Each string is scored once against every other (``process.cdist``), in rows of 512;
    pass distinct strings so that no pair is scored twice. Sorted by (i, j).
    """
    score = scorer(family)
    found: list[tuple[int, int, float]] = []
    for row in range(0, len(strings), _ROWS):
        chunk = strings[row : row + _ROWS]
        scores = process.cdist(chunk, strings, scorer=score, score_cutoff=cutoff, workers=1)
        for i, j in zip(*scores.nonzero(), strict=True):
            if row + int(i) <= int(j):
                found.append((row + int(i), int(j), float(scores[i, j])))
    return sorted(found)


def blocks(items: Iterable[_T], key: Callable[[_T], _K]) -> dict[_K, list[_T]]:
    """Items grouped by ``key``, each block in first-seen order (blocking before scoring)."""
    found: dict[_K, list[_T]] = defaultdict(list)
    for item in items:
        found[key(item)].append(item)
    return dict(found)


class UnionFind:
    """Union-find over item indices: ``join`` two, ``find`` a group's representative (the
    smaller index, so groups are the same whatever order the pairs arrive in)."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        """The representative of an item's group (the path is compressed on the way)."""
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def join(self, a: int, b: int) -> None:
        """Put two items in one group (the smaller index represents it)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def roots(self) -> list[int]:
        """The representative of every item, in one pass: an item's parent is never a
        later item (``join``), so its root is known before the item's own."""
        parent = self.parent
        found: list[int] = []
        for item, above in enumerate(parent):
            found.append(item if above == item else found[above])
        return found

    def groups(self) -> list[list[int]]:
        """Every group, each sorted, in order of its representative."""
        found: dict[int, list[int]] = defaultdict(list)
        for item, root in enumerate(self.roots()):
            found[root].append(item)
        return list(found.values())
