"""Figure guards: two claims of one block -> the guards that keep them apart.

``pair_gates`` names each guard two claims fail (times, places, roles, actors, frame parts
not shown to agree, incidents, parts of an aggregate, a count of settings beside another
count, ...); ``frame_unknowns`` lists the
parts of two frames not shown to agree, which lower the severity of what is flagged;
``whats_compatible`` and ``times_comparable`` tell two subjects and two time scopes that can
be one.
"""

from __future__ import annotations

from collections.abc import Iterator

from crosscheck.claims.dates import DATE_KIND
from crosscheck.claims.frame_compare import breakdown_differs, roles_compatible
from crosscheck.claims.frame_durations import DURATION_EVENT, one_dated_length
from crosscheck.claims.frame_incidents import actors_differ, incidents_differ, is_incident
from crosscheck.claims.frame_located import LOCATED, same_places
from crosscheck.claims.frame_owner import owner_events
from crosscheck.claims.frame_places import places_differ
from crosscheck.claims.frame_roles import AGGREGATE, ESTIMATE
from crosscheck.claims.frame_settings import settings_differ
from crosscheck.claims.frame_what import PERSON
from crosscheck.claims.frame_words import PLAN, frame_words
from crosscheck.claims.frames import NEW, SIZED
from crosscheck.claims.scope_times import AS_OF
from crosscheck.match.figure_blocks import toll_shape
from crosscheck.match.figure_rules import match_rules
from crosscheck.model import CertaintyLevel, Claim, Granularity, TimeRef, Unit

# The parts of two frames not shown to agree (``frame_unknowns``): counted, never shown.
# An incident named by one side only lowers the severity of a flag but never blocks it.
ONE_SIDED_INCIDENT = "incident"
ONE_SIDE_HEDGES = "hedged"
# Events compared whatever day each side dates them: a bill's size, a place's distance.
_ANY_DAY = frozenset({SIZED, LOCATED})


def _todays_and_undated(a: Claim, b: Claim, lang: str) -> bool:
    """A toll dated to its article's day beside an undated toll of the same block: blocking
    put them together only when the dated one is its article's current toll (``todays_toll``)."""
    if (a.time is None) == (b.time is None):
        return False
    return toll_shape(a if a.time is not None else b, lang)


def _any_day(first: Claim, second: Claim) -> bool:
    """Whether two claims are compared whatever day each dates them: a place's distance, a
    bill's cost; a count sizing a thing ("a 120-page report") unless both sides date it, each
    to another period ("in 2016" / "in 2019": two reports)."""
    if first.event not in _ANY_DAY:
        return False
    counted = first.event == SIZED and first.value is not None and first.value.unit is Unit.COUNT
    return not counted or first.time is None or second.time is None


def pair_gates(first: Claim, second: Claim, lang: str) -> Iterator[str]:
    """The guards that keep two groups' first claims apart, by name, in the order
    ``_group_pair`` tries them (it stops at the first; a tracer may read them all)."""
    timed = times_comparable(first.time, second.time) or _day_move(first, second, lang)
    other_day = timed and _other_day(first, second, lang)
    timed = timed and not other_day
    timed = timed or _any_day(first, second)  # a bill's size, a town's distance: any day
    timed = timed or one_dated_length(first, second) or _todays_and_undated(first, second, lang)
    if first.kind != DATE_KIND and not timed:
        yield "other_day" if other_day else "times"
    if places_differ(first.place, second.place):
        yield "places"
    if not roles_compatible(first.role, second.role, first.event, lang=lang):
        yield "roles"
    if actors_differ(first.actor, second.actor, lang):
        yield "actors"
    if len([u for u in frame_unknowns(first, second, lang) if u != ONE_SIDED_INCIDENT]) > 1:
        yield "unknowns"
    if incidents_differ(first.incident, second.incident, lang):
        yield "incidents"
    if _part_of_aggregate(first, second):
        yield "part_of_aggregate"
    if settings_differ(first, second, lang):
        yield "settings"
    if _weak(first) and _far_apart(first, second, lang):
        yield "far_apart"
    periods = first.time is not None and second.time is not None
    if breakdown_differs(first.event, first.actor, second.actor, periods, lang):
        yield "breakdown"
    if _unfielded(first, second, periods, lang):
        yield "unfielded"


def _unfielded(a: Claim, b: Claim, periods_known: bool, lang: str) -> bool:
    """Two poll samples that neither both say where nor both say when: maybe two of the
    story's many polls ("a poll of 1,000 likely voters" / "the poll of 2,709 likely voters")."""
    if a.event not in frame_words(lang).fielded_events:
        return False
    return not (a.place and b.place) and not periods_known


def _other_day(a: Claim, b: Claim, lang: str) -> bool:
    """A named owner's move or level on two different days ("the Dow lost 1,000 points" on
    Monday, "closed 531 points lower" on Friday): two days' figures, not one."""
    if a.event not in owner_events(lang) or a.time is None or b.time is None:
        return False
    days = (a.time.granularity, b.time.granularity) == (Granularity.DAY, Granularity.DAY)
    return days and a.time.begin is not None and a.time.begin != b.time.begin


def _day_move(a: Claim, b: Claim, lang: str) -> bool:
    """A named owner's move or level dated to a day on one side and undated on the other
    ("Dow drops 1,600 points" over the story, "the Dow fell 2,352 points on Thursday")."""
    if a.event not in owner_events(lang) or (a.time is None) == (b.time is None):
        return False
    dated = a.time or b.time
    return dated is not None and dated.granularity is Granularity.DAY


def _part_of_aggregate(a: Claim, b: Claim) -> bool:
    """A total over several incidents against a figure said of one place or incident."""
    for total, other in ((a, b), (b, a)):
        if total.role == AGGREGATE and other.role != AGGREGATE and (other.place or other.incident):
            return True
    return False


def _weak(claim: Claim) -> bool:
    """A frame with no event verb: a named owner's total, or a count of new things."""
    return claim.event in ("", NEW)


def _far_apart(a: Claim, b: Claim, lang: str) -> bool:
    """Whether two figures lie so far apart that a weak frame likely holds two measures."""
    if a.value is None or b.value is None:
        return False
    points = [abs(p) for p in (a.value.point, b.value.point) if p is not None]
    if len(points) < 2 or min(points) == 0:
        return False
    return max(points) / min(points) >= match_rules(lang).weak_frame_ratio


def whats_compatible(a: str, b: str, event: str = "", *, lang: str) -> bool:
    """Whether two normalised "what" phrases name the same thing.

    Equal phrases do; otherwise the head nouns (last words) must be equal ("pipeline length"
    and "new pipeline length"), or the phrases must share two words or more ("school
    maintenance fund" and "school maintenance project"). "american pow" and "american"
    do not, nor "chinese person" (three Chinese nationals) and "person": one names a part
    of the other; nor "republican delegate" and "democratic delegate": both qualify the head
    and share no qualifier; nor "pledged delegate" and "delegate": a qualifier of
    ``measure_qualifiers`` on one side only names another measure.
    """
    if a == b:
        return True
    if event == LOCATED:
        # Samarra from Baghdad; never Tikrit from Baghdad
        return same_places(a, b, lang)
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    if event == SIZED and sized_alike(wa, wb, lang):
        return True
    if wa[-1] == wb[-1]:
        measures = match_rules(lang).measure_qualifiers
        if set(wa[:-1]) & measures != set(wb[:-1]) & measures:
            return False  # "pledged delegate" and "delegate": pledged ones vs all
        if wa[:-1] and wb[:-1] and not set(wa[:-1]) & set(wb[:-1]):
            return False  # "republican delegate" and "democratic delegate"
        return wa[-1] != PERSON  # "chinese person" is a part of "person"
    return len(set(wa) & set(wb)) >= 2


def sized_alike(wa: list[str], wb: list[str], lang: str) -> bool:
    """Two sized things named by different nouns of a law or deal that share a qualifier:
    "spending bill" / "federal spending deal" (not "tax bill" / "infrastructure plan")."""
    nouns = frame_words(lang).sized_nouns
    if wa[-1] not in nouns or wb[-1] not in nouns:
        return False
    return bool(set(wa[:-1]) & set(wb[:-1]) - nouns)


# Events whose figure is no figure of a day: a thing's size, a timed thing's length, how far
# a place lies from another.
_UNDATED = frozenset({SIZED, DURATION_EVENT, LOCATED})


def frame_unknowns(a: Claim, b: Claim, lang: str) -> list[str]:
    """The parts of two frames that could not be shown to agree, as keys ("place": only
    one side says where; "dated_apart": the two sides date it differently).

    A pair with more than one is not compared; one lowers the severity of what is flagged.
    """
    found: list[str] = []
    if a.what != b.what and not _same_owner(a, b, lang) and not same_places(a.what, b.what, lang):
        found.append("what")
    if bool(a.place) != bool(b.place):
        found.append("place")
    if a.value is not None and bool(a.incident) != bool(b.incident):
        found.append(ONE_SIDED_INCIDENT)
    if (
        a.value is not None
        and (bool(a.actor) != bool(b.actor))
        and not is_incident(a.actor or b.actor, lang)
    ):
        found.append("actor")
    if ESTIMATE in (a.role, b.role) or PLAN in (a.role, b.role):
        found.append("plan_or_estimate")
    one_dated = b.time if a.time is None else a.time if b.time is None else None
    # a thing's size or length is no day's figure; a count "as of" a day is the undated one's
    if (
        a.value is not None
        and one_dated is not None
        and a.event not in _UNDATED
        and one_dated.modifier != AS_OF
    ):
        found.append("undated")
    timed = a.time is not None and b.time is not None
    dated = timed and a.value is not None and a.event not in _ANY_DAY
    if dated and a.time and b.time and a.time.begin != b.time.begin:
        found.append("dated_apart")
    if timed and a.value is None and a.time and b.time and (a.time.relative or b.time.relative):
        found.append("relative_date")
    # a forecast move's hedge is its nature ("premiums are expected to increase by 20%")
    forecasts = {a.role, b.role} == {PLAN} and a.event in frame_words(lang).owner_moves
    hedged = CertaintyLevel.HEDGED in (a.certainty.level, b.certainty.level)
    if a.value is not None and hedged and not forecasts:
        found.append(ONE_SIDE_HEDGES)
    return found


def _same_owner(a: Claim, b: Claim, lang: str) -> bool:
    """A named owner's move or level, the owner named in full on one side and in short on
    the other ("the Dow closed" / "the Dow Jones index closed"): the same what."""
    if a.event != b.event or a.event not in owner_events(lang) or not a.actor or not b.actor:
        return False
    return set(a.actor.split()) <= set(b.actor.split()) or set(b.actor.split()) <= set(
        a.actor.split()
    )


def times_comparable(a: TimeRef | None, b: TimeRef | None) -> bool:
    """Whether two claims' time scopes can be the same period.

    Both unscoped: yes. Both scoped: their periods must overlap, or one must be unresolved
    (a weekday in an undated source). One scoped, one not: only when the scope is "as of"
    (a current figure) — a cumulative or past count is not today's count.
    """
    if a is None and b is None:
        return True
    if a is None or b is None:
        scoped = a if a is not None else b
        return scoped is not None and scoped.modifier == AS_OF
    if a.begin is None or b.begin is None:
        return False
    a_end = a.end_date or a.begin
    b_end = b.end_date or b.begin
    if a.begin <= b_end and b.begin <= a_end:
        return True
    return near_days(a, b)


# Two days this close may date the same event differently ("on March 3" / "on March 4"):
# figures said of them are still compared, and the dates are flagged on their own.
_NEAR_DAYS = 3


def near_days(a: TimeRef, b: TimeRef) -> bool:
    """Whether two single days lie within a few days of each other."""
    if a.granularity is not Granularity.DAY or b.granularity is not Granularity.DAY:
        return False
    if a.begin is None or b.begin is None:
        return False
    return abs((a.begin - b.begin).days) <= _NEAR_DAYS
