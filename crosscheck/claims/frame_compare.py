"""Which two figure frames may be compared: their roles, and statistics in breakdowns.

Pure functions of frame fields, used by the matcher and by the superseded-figure rule.
"""

from __future__ import annotations

from crosscheck.claims.frame_roles import CHANGE, COMPATIBLE_ROLES, INCREMENT, RATE
from crosscheck.claims.frame_words import PLAN, frame_words
from crosscheck.claims.frames import NEW


def roles_compatible(a: str, b: str, event: str = "", *, lang: str) -> bool:
    """Totals and estimates are compared with each other, plans only with plans ("the wall
    will cost $5 billion" / "$8 billion"), rates only with rates ("40 per day"); a part or an
    increment is measured against something the text does not name ("three of the
    injured", "another 64")."""
    if a == b and a in (PLAN, RATE):
        return True
    if a == b == CHANGE and event in frame_words(lang).owner_moves:
        return True  # "the Dow fell 1,600 points" / "the Dow fell 2,352 points"
    if a == b == INCREMENT and event == NEW:
        return True  # "19,000 additional agents" / "20,000 new border agents"
    return a in COMPATIBLE_ROLES and b in COMPATIBLE_ROLES


def breakdown_differs(
    a_event: str, a_actor: str, b_actor: str, periods_known: bool, lang: str
) -> bool:
    """For statistics published in breakdowns, figures need the same actor and a period."""
    if a_event not in frame_words(lang).breakdown_events:
        return False
    return not (a_actor and a_actor == b_actor and periods_known)
