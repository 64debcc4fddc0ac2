"""Claim families -> matched items: a blocking key and a scorer per family, one entry.

Design (issue 10, "One pipeline"). A claim of any family is one record,
``model.FamilyClaim[P]``: the fields every claim has (source, span, its own words, its
sentence) and its family's record as ``payload`` (``Claim`` for figures and dates, a name
mention, a certainty statement). An envelope rather than a tagged union of four records:
``model`` sits below the stages and cannot name their records, the figure ``Claim`` is read
by some thirty modules and stays as it is, and a union would make every consumer match on
four shapes where the envelope gives one type whose payload each rule reads typed.

What matches is decided per family by a ``MatchFamily``: its scorer (a key of ``[scorers]``
in ``lexicon/common/matching.toml``, run by ``match.engine``), its blocking key (only items
of one block are scored against each other) and the text it scores. ``matched_pairs`` is
the one entry every family's grouping goes through: items are blocked, the distinct texts
of a block are scored once (``engine.similar_pairs``: ``process.cdist`` with the family's
cut-off), and the matched item pairs come back in index order; ``match_groups`` joins them
with the engine's ``UnionFind``. Equal texts of one block always match.

The families:

* ``STATEMENTS``: certainty's assertion keys, ``"<subject words> | <predicate> <object>"``
  (``SUBJECT_END``): blocked on the subject words, the rest scored (``certainty``);
  ``STATEMENT_WORDS`` scores the same words across subjects (a key whose subject is a
  pronoun is matched with the named ones).
* ``BODIES``: organisation names' folded keys, one block, scored whole (``names``).
* ``surnames(min_length)``: surname skeletons, blocked on their first letter; a word of
  fewer than ``min_length`` letters only matches itself (``names``).
* Figures and dates: ``match.figures`` blocks claims on their frame (``claim_blocks``) and
  scores subjects of a block through ``engine.similar_pairs`` too; pairing them is more than
  a grouping (groups of one value, representatives, frame checks): the groups of a block
  go through ``match.block_matcher`` (the pairing loop across sources every family that
  pairs claims of two sources shares), the frame checks its pair gate.

Contract: pure functions of their arguments and the data; the same items give the same
pairs, in the same order, on every machine.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from crosscheck.match.engine import CERTAINTY, NAMES, UnionFind, blocks, similar_pairs

_T = TypeVar("_T")

SUBJECT_END = " | "
"""Ends the subject part of a statement key: subjects must be the same words, the rest alike."""


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchFamily(Generic[_T]):
    """How one family's items are matched: the scorer's family key (``[scorers]``), the
    blocking key of an item and the text of it that is scored."""

    scorer: str
    block: Callable[[_T], Hashable]
    text: Callable[[_T], str]


def matched_pairs(
    items: Sequence[_T], family: MatchFamily[_T], cutoff: float
) -> list[tuple[int, int]]:
    """Index pairs (i < j) of items of one block whose texts score at least ``cutoff`` with
    the family's scorer (equal texts always), sorted."""
    found: list[tuple[int, int]] = []
    for members in blocks(range(len(items)), lambda i: family.block(items[i])).values():
        by_text: dict[str, list[int]] = {}
        for i in members:
            by_text.setdefault(family.text(items[i]), []).append(i)
        texts = list(by_text)
        for same in by_text.values():
            found.extend((i, j) for n, i in enumerate(same) for j in same[n + 1 :])
        if len(texts) < 2:
            continue
        for x, y, _ in similar_pairs(texts, family.scorer, cutoff):
            if x == y:
                continue
            found.extend(
                (min(i, j), max(i, j)) for i in by_text[texts[x]] for j in by_text[texts[y]]
            )
    return sorted(found)


def match_groups(items: Sequence[_T], family: MatchFamily[_T], cutoff: float) -> list[int]:
    """Each item's group (the smallest index of the items matched with it, directly or
    through others), from ``matched_pairs``."""
    union = UnionFind(len(items))
    for i, j in matched_pairs(items, family, cutoff):
        union.join(i, j)
    return union.roots()


def _subject(key: str) -> str:
    return key.rpartition(SUBJECT_END)[0]


def _said(key: str) -> str:
    return key.rpartition(SUBJECT_END)[2]


def _whole(key: str) -> str:
    return key


def _one_block(_key: str) -> str:
    return ""


STATEMENTS: MatchFamily[str] = MatchFamily(scorer=CERTAINTY, block=_subject, text=_said)
STATEMENT_WORDS: MatchFamily[str] = MatchFamily(scorer=CERTAINTY, block=_one_block, text=_said)
BODIES: MatchFamily[str] = MatchFamily(scorer=NAMES, block=_one_block, text=_whole)


def surnames(min_length: int) -> MatchFamily[str]:
    """Surname skeletons blocked on their first letter; a shorter word is a block alone."""

    def block(word: str) -> Hashable:
        return word[:1] if len(word) >= min_length else (word,)

    return MatchFamily(scorer=NAMES, block=block, text=_whole)
