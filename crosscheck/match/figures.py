"""Figure and date matching: claims of all sources -> ClaimPair records of the same frame.

Two claims are compared only when their frames agree: the same event class, a compatible
``what`` (rapidfuzz on the normalised phrases, after synonyms), places and periods that are
not different, compatible roles, and the same dimension. A claim whose frame cannot be read
(no event for a count, nothing measured for a measure) is listed but never compared.

Claims are blocked first on (kind of value, dimension, event, scope group), so that cost grows with
the size of each block rather than with the square of all claims. Within a block, claims
that say the same thing (same subject, value and time) form one group; the matching engine
(``match.engine``: rapidfuzz, the scorer ``[scorers] figures`` of ``matching.toml``) scores the
distinct subjects once (``process.cdist`` with a cut-off), and each pair of groups with
similar subjects and comparable times becomes one ClaimPair, represented by two claims from
different sources. A story where a thousand articles repeat "over 1,200" therefore costs
one group, not half a million pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from crosscheck.claims.dates import DATE_KIND
from crosscheck.claims.frame_compare import breakdown_differs, roles_compatible
from crosscheck.claims.frame_durations import DURATION_EVENT, one_dated_length
from crosscheck.claims.frame_incidents import actors_differ, incidents_differ, is_incident
from crosscheck.claims.frame_owner import owner_events
from crosscheck.claims.frame_places import places_differ
from crosscheck.claims.frame_words import PLAN, frame_words
from crosscheck.claims.frames import (
    AGGREGATE,
    BASE,
    COMPATIBLE_ROLES,
    ESTIMATE,
    NEW,
    PERSON,
    SIZED,
)
from crosscheck.claims.scope_times import AS_OF
from crosscheck.lexicon import load_lexicon, require
from crosscheck.match.engine import FIGURES, blocks, similar_pairs
from crosscheck.match.recent_tolls import recent_week, week_period
from crosscheck.model import CertaintyLevel, Claim, ClaimPair, Granularity, TimeRef, Unit

CUMULATIVE = "cumulative"
# The parts of two frames not shown to agree (``frame_unknowns``): counted, never shown.
# An incident named by one side only lowers the severity of a flag but never blocks it.
ONE_SIDED_INCIDENT = "incident"
ONE_SIDE_HEDGES = "hedged"
CURRENT = "current"


@dataclass(frozen=True, slots=True)
class MatchRules:
    """The matching lexicon, parsed once."""

    subject_threshold: float
    most_cited: int
    kind_group: dict[str, str]
    scope_group: dict[str, str]
    vague_whats: frozenset[str]
    weak_frame_ratio: float
    today_days: int
    today_events: frozenset[str]
    today_modifiers: frozenset[str]


@cache
def match_rules() -> MatchRules:
    """Thresholds and groups from ``lexicon/matching.toml``."""
    data = load_lexicon("matching")
    kinds = require(data, "kind_groups", dict, "matching")
    scopes = require(data, "scope_groups", dict, "matching")
    return MatchRules(
        subject_threshold=float(require(data, "subject_threshold", int, "matching")),
        most_cited=int(require(data, "compare_with_most_cited", int, "matching")),
        kind_group={str(k): group for group, ks in kinds.items() for k in ks},
        scope_group={str(m): group for group, ms in scopes.items() for m in ms},
        vague_whats=frozenset(str(w) for w in require(data, "vague_whats", list, "matching")),
        weak_frame_ratio=float(require(data, "weak_frame_ratio", int, "matching")),
        today_days=int(require(data, "today_toll_days", int, "matching")),
        today_events=frozenset(
            str(e) for e in require(data, "today_toll_events", list, "matching")
        ),
        today_modifiers=frozenset(
            str(m) for m in require(data, "today_modifiers", list, "matching")
        ),
    )


def block_key(claim: Claim) -> tuple[str, str, str, str]:
    """The block a claim belongs to: (kind group, currency or dimension, event, scope group)."""
    rules = match_rules()
    kind = rules.kind_group.get(claim.kind, claim.kind)
    dimension = ""
    if claim.value is not None and claim.value.unit in (Unit.MONEY, Unit.MEASURE):
        dimension = claim.value.dimension or ""
    return (kind, dimension, claim.event, scope_of(claim))


_NEVER_COMPARED = frozenset({Unit.ORDINAL.value, Unit.AGE.value})


def comparable(claim: Claim) -> bool:
    """Whether a claim's frame is complete enough to be compared with another's.

    Ordinals ("the fourth debate") never are, nor ages but a named person's ("Ariel Castro,
    52": ``claims.frame_ages``); a measure needs what it measures; a date, a duration and any
    other figure need what and the event.
    """
    if claim.kind == Unit.AGE.value and claim.actor and claim.what == claim.actor:
        return True
    if claim.kind in _NEVER_COMPARED or not claim.what or claim.role == BASE:
        return False
    if claim.value is not None and claim.value.unit is Unit.MEASURE:
        return True
    return bool(claim.event) or _owned(claim)


def _owned(claim: Claim) -> bool:
    """A running total of a named owner, with no event word: "Trump now has 743 delegates"."""
    rules = match_rules()
    return bool(claim.actor) and bool(claim.what) and claim.what not in rules.vague_whats


def scope_of(claim: Claim) -> str:
    """What period a claim speaks of, coarsely: cumulative since a date, current, or a date."""
    time = claim.time
    if claim.event == SIZED or claim.event == DURATION_EVENT:
        return CURRENT  # "the 313-member committee", "a 70-minute session": whatever the day
    if time is None:
        if claim.kind == DATE_KIND or claim.event in owner_events():
            return "at"  # a date; a move or level is a day's, dated or not
        return CURRENT
    if claim.kind == DATE_KIND and time.minute_start is not None:
        return "at"  # "shortly after 7:15am" and "at about 7:45am" time one moment
    group = match_rules().scope_group.get(time.modifier or "", "at")
    if claim.kind != DATE_KIND:
        if group == "start":
            # "since Oct. 1"; "from Oct. 1 to 5" is one period, as "Oct. 1-5"
            return "at" if _closed_range(time) else CUMULATIVE
        if time.modifier == AS_OF:
            return CURRENT
    return group


def _closed_range(time: TimeRef) -> bool:
    """Whether a time names its own end: "from Oct. 1 to 5" (not "since Oct. 1", "from 2010")."""
    begin, end = time.begin, time.end_date
    if begin is None or end is None:
        return False
    if time.granularity is Granularity.DAY:
        return end > begin
    if time.granularity is Granularity.MONTH:
        return (end.year, end.month) > (begin.year, begin.month)
    if time.granularity is Granularity.YEAR:
        return end.year > begin.year
    return False


def match_claims(claims: Sequence[Claim]) -> list[ClaimPair]:
    """Pairs of claims from different sources about the same subject, metric and scope."""
    pairs = [pair for block in claim_blocks(claims) for pair in pairs_in_block(block)]
    return sort_pairs(pairs)


def sort_pairs(pairs: Iterable[ClaimPair]) -> list[ClaimPair]:
    """Pairs in a fixed order, whatever order the blocks were scored in."""
    return sorted(
        pairs, key=lambda p: (p.a.source, p.a.start, p.a.end, p.b.source, p.b.start, p.b.end)
    )


def claim_blocks(
    claims: Sequence[Claim],
    texts: Mapping[str, str] | None = None,
    published: Mapping[str, date | None] | None = None,
) -> list[tuple[Claim, ...]]:
    """Claims grouped by block key, keeping only blocks with claims from two sources or more.

    With the sources' ``texts`` (source id -> text), a figure said of a place that no other
    source names at all is left out: the other sources do not speak of that place, so their
    figures are of another event ("17 dead at Marjory Stoneman Douglas High" in a story of
    another shooting). With the sources' ``published`` dates, a toll dated to its article's
    own day (``todays_toll``) joins the undated tolls of its block.
    """
    lone = _lone_places(claims, texts) if texts and len(texts) > 1 else frozenset()
    days = published or {}

    def key(claim: Claim) -> tuple[str, str, str, str]:
        found = block_key(claim)
        if todays_toll(claim, days.get(claim.source)):
            found = (*found[:3], CURRENT)
        return found

    kept = (c for c in claims if comparable(c) and (c.source, c.place) not in lone)
    grouped = blocks(kept, key)
    return [tuple(grouped[k]) for k in sorted(grouped) if len({c.source for c in grouped[k]}) > 1]


def todays_toll(claim: Claim, published: date | None) -> bool:
    """Whether a figure is the current toll of the story's own incident, dated to the day its
    article was published or just before ("killing 141 people on Tuesday" in Wednesday's
    paper): such a toll is compared with the undated tolls of other sources."""
    if published is None or not _toll_shape(claim) or claim.time is None:
        return False
    days = match_rules().today_days
    if week_period(claim.time):
        return recent_week(claim.time, published, days)
    begin = claim.time.begin
    return begin is not None and 0 <= (published - begin).days <= days


def _toll_shape(claim: Claim) -> bool:
    """A total of a toll event dated to one day, with no scope word but "on"."""
    rules = match_rules()
    time = claim.time
    if time is None or claim.value is None or claim.event not in rules.today_events:
        return False
    if claim.role not in COMPATIBLE_ROLES:
        return False
    if week_period(time):
        return True
    if time.granularity is not Granularity.DAY:
        return False
    single = time.end_date is None or time.end_date == time.begin
    return single and (time.modifier or "") in rules.today_modifiers | {""}


def _todays_and_undated(a: Claim, b: Claim) -> bool:
    """A toll dated to its article's day beside an undated toll of the same block: blocking
    put them together only when the dated one is its article's current toll (``todays_toll``)."""
    if (a.time is None) == (b.time is None):
        return False
    return _toll_shape(a if a.time is not None else b)


def _lone_places(claims: Sequence[Claim], texts: Mapping[str, str]) -> frozenset[tuple[str, str]]:
    """(source, place) of every figure's place that no other source's text names."""
    places = {(c.source, c.place) for c in claims if c.place and c.value is not None}
    if not places:
        return frozenset()
    lowered = {source: text.lower() for source, text in texts.items()}
    lone: set[tuple[str, str]] = set()
    named: dict[tuple[str, str], bool] = {}  # (place, other source): named as a word there
    for source, place in sorted(places):
        for other, text in lowered.items():
            if other != source and (place, other) not in named:
                named[(place, other)] = _names_word(text, place)
        if not any(named[(place, other)] for other in lowered if other != source):
            lone.add((source, place))
    return frozenset(lone)


def _names_word(text: str, place: str) -> bool:
    r"""Whether ``place`` stands in ``text`` with no word character just before or after
    it: ``re.search(rf"(?<!\w){re.escape(place)}(?!\w)", text)``, read with ``str.find``
    (a word character is what ``str.isalnum`` accepts, or "_", as ``\w`` of ``re``), so
    no pattern is compiled per place; each place is read once per other source."""
    at = text.find(place)
    while at >= 0:
        end = at + len(place)
        before = at == 0 or not _word_char(text[at - 1])
        if before and (end == len(text) or not _word_char(text[end])):
            return True
        at = text.find(place, at + 1)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


Signature = tuple[object, ...]


def _signature(claim: Claim) -> Signature:
    """What a claim says, independent of where: its subject, value and time."""
    q, t = claim.value, claim.time
    value: Signature = ()
    if q is not None:
        value = (q.unit, q.dimension, q.low, q.high, q.low_inclusive, q.high_inclusive, q.point,
                 q.approximate, q.vague)  # fmt: skip
    time: Signature = ()
    if t is not None:
        time = (match_rules().scope_group.get(t.modifier or "", "at"), t.begin, t.end_date,
                t.granularity, t.minute_start, t.minute_end)  # fmt: skip
    frame = (claim.what, claim.place, claim.role, claim.actor, claim.incident)
    return (*frame, claim.certainty.level, value, time)


def claim_groups(block: Sequence[Claim]) -> list[tuple[Claim, ...]]:
    """Claims of a block that say the same thing, in first-seen order."""
    groups: dict[Signature, list[Claim]] = {}
    for claim in block:
        groups.setdefault(_signature(claim), []).append(claim)
    return [tuple(g) for g in groups.values()]


def _representatives(a: tuple[Claim, ...], b: tuple[Claim, ...]) -> tuple[Claim, Claim] | None:
    """The first two claims, one of each group, from different sources."""
    for x in a:
        for y in b:
            if x.source != y.source:
                return x, y
    return None


def pairs_in_block(block: Sequence[Claim]) -> list[ClaimPair]:
    """Scored pairs of groups of one block: similar subjects, comparable times."""
    threshold = match_rules().subject_threshold
    groups = claim_groups(block)
    by_subject: dict[str, list[int]] = defaultdict(list)
    for number, group in enumerate(groups):
        by_subject[group[0].what].append(number)
    leading = _most_cited(groups, by_subject)
    subjects = sorted(by_subject)
    pairs: list[ClaimPair] = []
    event = block[0].event
    similar = similar_pairs(subjects, FIGURES, 0 if event == SIZED else threshold)
    for i, j, score in similar:
        if score < threshold and not _sized_alike(subjects[i].split(), subjects[j].split()):
            continue  # a sized thing under another noun of a law: "spending bill" / "deal"
        if not whats_compatible(subjects[i], subjects[j], event):
            continue
        for first, second in _group_pairs(
            by_subject[subjects[i]], by_subject[subjects[j]], leading
        ):
            pair = _group_pair(groups[first], groups[second], score)
            if pair is not None:
                pairs.append(pair)
    return pairs


def _most_cited(groups: list[tuple[Claim, ...]], by_subject: dict[str, list[int]]) -> set[int]:
    """The groups of each subject cited by the most sources (ties: first seen)."""
    limit = match_rules().most_cited
    leading: set[int] = set()
    for numbers in by_subject.values():
        ranked = sorted(numbers, key=lambda n: (-len({c.source for c in groups[n]}), n))
        leading.update(ranked[:limit])
    return leading


def _group_pairs(side_a: list[int], side_b: list[int], leading: set[int]) -> list[tuple[int, int]]:
    """Pairs of group numbers (low, high) with at least one of the two most cited.

    Every pair is listed once, also when both sides are the same subject.
    """
    found: set[tuple[int, int]] = set()
    lead_a = [n for n in side_a if n in leading]
    lead_b = [n for n in side_b if n in leading]
    for first in lead_a:
        found.update((min(first, n), max(first, n)) for n in side_b if n != first)
    for second in lead_b:
        found.update((min(second, n), max(second, n)) for n in side_a if n != second)
    return sorted(found)


def _group_pair(ga: tuple[Claim, ...], gb: tuple[Claim, ...], score: float) -> ClaimPair | None:
    if next(pair_gates(ga[0], gb[0]), None) is not None:
        return None
    reps = _representatives(ga, gb)
    if reps is None:
        return None
    a, b = reps
    also_a = tuple(c for c in ga if c is not a)
    also_b = tuple(c for c in gb if c is not b)
    if (b.source, b.start) < (a.source, a.start):
        a, b, also_a, also_b = b, a, also_b, also_a
    return ClaimPair(a=a, b=b, score=score, also_a=also_a, also_b=also_b)


def pair_gates(first: Claim, second: Claim) -> Iterator[str]:
    """The guards that keep two groups' first claims apart, by name, in the order
    ``_group_pair`` tries them (it stops at the first; a tracer may read them all)."""
    timed = times_comparable(first.time, second.time) or _day_move(first, second)
    other_day = timed and _other_day(first, second)
    timed = timed and not other_day
    timed = timed or first.event == SIZED  # a bill's size, whatever day each side dates
    timed = timed or one_dated_length(first, second) or _todays_and_undated(first, second)
    if first.kind != DATE_KIND and not timed:
        yield "other_day" if other_day else "times"
    if places_differ(first.place, second.place):
        yield "places"
    if not roles_compatible(first.role, second.role, first.event):
        yield "roles"
    if actors_differ(first.actor, second.actor):
        yield "actors"
    if len([u for u in frame_unknowns(first, second) if u != ONE_SIDED_INCIDENT]) > 1:
        yield "unknowns"
    if incidents_differ(first.incident, second.incident):
        yield "incidents"
    if _part_of_aggregate(first, second):
        yield "part_of_aggregate"
    if _weak(first) and _far_apart(first, second):
        yield "far_apart"
    periods = first.time is not None and second.time is not None
    if breakdown_differs(first.event, first.actor, second.actor, periods):
        yield "breakdown"
    if _unfielded(first, second, periods):
        yield "unfielded"


def _unfielded(a: Claim, b: Claim, periods_known: bool) -> bool:
    """Two poll samples that neither both say where nor both say when: maybe two of the
    story's many polls ("a poll of 1,000 likely voters" / "the poll of 2,709 likely voters")."""
    if a.event not in frame_words().fielded_events:
        return False
    return not (a.place and b.place) and not periods_known


def _other_day(a: Claim, b: Claim) -> bool:
    """A named owner's move or level on two different days ("the Dow lost 1,000 points" on
    Monday, "closed 531 points lower" on Friday): two days' figures, not one."""
    if a.event not in owner_events() or a.time is None or b.time is None:
        return False
    days = (a.time.granularity, b.time.granularity) == (Granularity.DAY, Granularity.DAY)
    return days and a.time.begin is not None and a.time.begin != b.time.begin


def _day_move(a: Claim, b: Claim) -> bool:
    """A named owner's move or level dated to a day on one side and undated on the other
    ("Dow drops 1,600 points" over the story, "the Dow fell 2,352 points on Thursday")."""
    if a.event not in owner_events() or (a.time is None) == (b.time is None):
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


def _far_apart(a: Claim, b: Claim) -> bool:
    """Whether two figures lie so far apart that a weak frame likely holds two measures."""
    if a.value is None or b.value is None:
        return False
    points = [abs(p) for p in (a.value.point, b.value.point) if p is not None]
    if len(points) < 2 or min(points) == 0:
        return False
    return max(points) / min(points) >= match_rules().weak_frame_ratio


def whats_compatible(a: str, b: str, event: str = "") -> bool:
    """Whether two normalised "what" phrases name the same thing.

    Equal phrases do; otherwise the head nouns (last words) must be equal ("pipeline length"
    and "new pipeline length"), or the phrases must share two words or more ("school
    maintenance fund" and "school maintenance project"). "american pow" and "american"
    do not, nor "chinese person" (three Chinese nationals) and "person": one names a part
    of the other; nor "republican delegate" and "democratic delegate": both qualify the head
    and share no qualifier.
    """
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    if event == SIZED and _sized_alike(wa, wb):
        return True
    if wa[-1] == wb[-1]:
        if wa[:-1] and wb[:-1] and not set(wa[:-1]) & set(wb[:-1]):
            return False  # "republican delegate" and "democratic delegate"
        return wa[-1] != PERSON  # "chinese person" is a part of "person"
    return len(set(wa) & set(wb)) >= 2


def _sized_alike(wa: list[str], wb: list[str]) -> bool:
    """Two sized things named by different nouns of a law or deal that share a qualifier:
    "spending bill" / "federal spending deal" (not "tax bill" / "infrastructure plan")."""
    nouns = frame_words().sized_nouns
    if wa[-1] not in nouns or wb[-1] not in nouns:
        return False
    return bool(set(wa[:-1]) & set(wb[:-1]) - nouns)


# Events whose figure is no figure of a day: a thing's size, a timed thing's length.
_UNDATED = frozenset({SIZED, DURATION_EVENT})


def frame_unknowns(a: Claim, b: Claim) -> list[str]:
    """The parts of two frames that could not be shown to agree, as keys ("place": only
    one side says where; "dated_apart": the two sides date it differently).

    A pair with more than one is not compared; one lowers the severity of what is flagged.
    """
    found: list[str] = []
    if a.what != b.what and not _same_owner(a, b):
        found.append("what")
    if bool(a.place) != bool(b.place):
        found.append("place")
    if a.value is not None and bool(a.incident) != bool(b.incident):
        found.append(ONE_SIDED_INCIDENT)
    if (
        a.value is not None
        and (bool(a.actor) != bool(b.actor))
        and not is_incident(a.actor or b.actor)
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
    dated = timed and a.value is not None and a.event != SIZED
    if dated and a.time and b.time and a.time.begin != b.time.begin:
        found.append("dated_apart")
    if timed and a.value is None and a.time and b.time and (a.time.relative or b.time.relative):
        found.append("relative_date")
    # a forecast move's hedge is its nature ("premiums are expected to increase by 20%")
    forecasts = {a.role, b.role} == {PLAN} and a.event in frame_words().owner_moves
    hedged = CertaintyLevel.HEDGED in (a.certainty.level, b.certainty.level)
    if a.value is not None and hedged and not forecasts:
        found.append(ONE_SIDE_HEDGES)
    return found


def _same_owner(a: Claim, b: Claim) -> bool:
    """A named owner's move or level, the owner named in full on one side and in short on
    the other ("the Dow closed" / "the Dow Jones index closed"): the same what."""
    if a.event != b.event or a.event not in owner_events() or not a.actor or not b.actor:
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
