"""Periods of date pairs: pairs and periods -> what one group of dates says, and labels.

``signature`` is what a group of dates of one period says (period, granularity, clock
time); ``covered_periods`` the periods some pair compares already (a later pairing leaves
them be); ``names_which`` a written-out month or longer that labels which event more often
than it dates one. Read by the date matchers (date_pairs, date_descriptors, both_sides).
"""

from __future__ import annotations

from collections.abc import Iterable

from crosscheck.model import GRANULARITY_RANK, ClaimPair, Granularity, TimeRef

Signature = tuple[object, ...]


def covered_periods(pairs: Iterable[ClaimPair]) -> set[tuple[str, Signature, str, Signature]]:
    """The (source, period, source, period) of every two claims some pair compares."""
    found: set[tuple[str, Signature, str, Signature]] = set()
    for pair in pairs:
        for a, b in pair.compared():
            if a.time is None or b.time is None:
                continue
            sa, sb = signature(a.time), signature(b.time)
            found.update({(a.source, sa, b.source, sb), (b.source, sb, a.source, sa)})
    return found


def names_which(t: TimeRef) -> bool:
    """A month or longer with no scope word, written out ("the 2010 governor's race", "a
    June 2016 meeting"): a label that names which event more often than it dates one."""
    coarse = GRANULARITY_RANK[t.granularity] >= GRANULARITY_RANK[Granularity.MONTH]
    return t.modifier is None and coarse and not t.relative


def signature(t: TimeRef) -> Signature:
    """A period with its granularity and clock time: what one group of dates says."""
    return (t.begin, t.end_date, t.granularity, t.minute_start, t.minute_end)
