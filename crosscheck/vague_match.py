"""Vague pairing: a vague magnitude ("hundreds of amendments") beside the one exact figure the
story gives for its noun -> ClaimPair records, for claims the frame matcher does not compare
because they name no event. See ``vague_pairs`` for the conditions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from crosscheck.frame_places import places_differ
from crosscheck.frames import PERSON, TOTAL, actors_differ
from crosscheck.match import comparable, match_rules
from crosscheck.model import Claim, ClaimPair, Unit


def vague_pairs(claims: Sequence[Claim]) -> list[ClaimPair]:
    """A vague magnitude beside the only exact figure the story gives for its noun.

    "hundreds of amendments" and "more than 550 amendments" have no event word, so the frame
    matcher does not compare them. They are paired when the noun is distinctive (not a vague
    what, not "person"), both are plain totals of the same place, actor and incident, no
    time is given, the vague side's own article gives no exact figure for the noun, every
    exact figure of the noun in the story is one and the same, and it lies in the vague range.
    """
    exact: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    vague: list[Claim] = []
    for claim in claims:
        if not _distinct_noun(claim) or claim.value is None:
            continue
        if not claim.value.vague:
            exact[_noun_key(claim)].append(claim)  # every exact figure of the noun, any role
        elif _plain_total(claim):
            vague.append(claim)
    pairs: list[ClaimPair] = []
    for v in vague:
        others = exact.get(_noun_key(v), [])
        if not others or any(c.source == v.source for c in others):
            continue
        if len({(c.value.low, c.value.high) for c in others if c.value is not None}) != 1:
            continue
        for e in others:
            if _plain_total(e) and not (comparable(v) and comparable(e)) and _vague_fits(v, e):
                pairs.append(ClaimPair(a=v, b=e, score=100.0))
                break
    return pairs


def _distinct_noun(claim: Claim) -> bool:
    """A count of a distinctive noun (not a vague what, not "person"). Sums of money are
    left out: without an event word, two sums of one noun are often two flows ("income
    generated" and "income laundered")."""
    q = claim.value
    if q is None or q.unit is not Unit.COUNT:
        return False
    what = claim.what
    return bool(what) and what not in match_rules().vague_whats and what.split()[-1] != PERSON


def _plain_total(claim: Claim) -> bool:
    return claim.role == TOTAL and not claim.incident and claim.time is None


def _noun_key(claim: Claim) -> tuple[str, str, str]:
    q = claim.value
    unit = q.unit.value if q is not None else ""
    return (claim.what, unit, (q.dimension or "") if q is not None else "")


def _vague_fits(v: Claim, e: Claim) -> bool:
    """Same event (or none), place and actor, and the exact figure inside the vague range."""
    if v.event and e.event and v.event != e.event:
        return False
    if places_differ(v.place, e.place) or actors_differ(v.actor, e.actor):
        return False
    qv, qe = v.value, e.value
    if qv is None or qe is None or qe.point is None:
        return False
    high = qv.high if qv.high is not None else float("inf")
    return qv.low is not None and qv.low <= qe.point <= high
