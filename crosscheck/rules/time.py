"""Time rule: two dates of the same event -> conflict or precision, or none.

Dates conflict when their periods differ, and differ in precision when one period contains
the other at a coarser granularity.
"""

from __future__ import annotations

from datetime import date

from crosscheck.model import GRANULARITY_RANK, Claim, ClaimPair, DiscrepancyKind, TimeRef
from crosscheck.rules.base import Finding, Rule


def _period(t: TimeRef) -> tuple[date, date] | None:
    if t.begin is None:
        return None
    return t.begin, t.end_date or t.begin


def time_rule(a: Claim, b: Claim) -> Finding | None:
    """Conflict or precision between two dates or periods of the same event."""
    if a.time is None or b.time is None:
        return None
    pa, pb = _period(a.time), _period(b.time)
    if pa is None or pb is None or pa == pb:
        return None
    a_in_b = pb[0] <= pa[0] and pa[1] <= pb[1]
    b_in_a = pa[0] <= pb[0] and pb[1] <= pa[1]
    ga, gb = a.time.granularity, b.time.granularity
    if (a_in_b or b_in_a) and ga != gb:
        if a.time.modifier is None or b.time.modifier is None:
            return None  # "the 2020 election" next to "on August 9, 2020": a label, not a claim
        a_finer = GRANULARITY_RANK[ga] < GRANULARITY_RANK[gb]
        finer, coarser = (a.time, b.time) if a_finer else (b.time, a.time)
        return Finding(
            kind=DiscrepancyKind.TIME_PRECISION,
            reason=(
                f"the same period at different precision: {finer.value} is within {coarser.value}"
            ),
        )
    if a.time.relative or b.time.relative:
        return None  # "Friday" resolved against each article's own date: too loose to flag
    return Finding(
        kind=DiscrepancyKind.TIME_CONFLICT,
        reason=f"different dates for the same event: {a.time.value} vs {b.time.value}",
    )


def _dates(pair: ClaimPair) -> bool:
    return pair.a.value is None and pair.b.value is None


RULE = Rule(name="time", applies=_dates, find=time_rule)
