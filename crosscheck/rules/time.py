"""Time rule: two dates of the same event -> conflict or precision, or none.

Dates conflict when their periods differ, and differ in precision when one period contains
the other at a coarser granularity.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from crosscheck.claims.date_events import stem
from crosscheck.claims.post_dates import signs_post
from crosscheck.match.date_scopes import closes_span, labels_event
from crosscheck.match.date_words import DateWords, clock_words, date_words
from crosscheck.match.day_parts import day_part, part_beside_bare, parts_apart
from crosscheck.match.one_event import CONFLICT_DAYS, CONFLICT_WORDS, weekday_against_written
from crosscheck.match.quote_dates import one_utterance
from crosscheck.match.statement_dates import word_before_date
from crosscheck.model import (
    GRANULARITY_RANK,
    Claim,
    ClaimPair,
    DiscrepancyKind,
    Granularity,
    Source,
    TimeRef,
)
from crosscheck.rules.base import COMPARE, Finding, Rule, compare_rules, explain_words
from crosscheck.rules.time_zones import one_moment
from crosscheck.timex.lexicon import time_lexicon

_DAY = Granularity.DAY
# Minutes either side of a clock time that is not exact ("about", "shortly after").
CLOCK_SLACK = 10


def _period(t: TimeRef) -> tuple[date, date] | None:
    if t.begin is None:
        return None
    return t.begin, t.end_date or t.begin


_WORD = re.compile(r"[^\W\d_]+")


def _part_words(c: Claim, links: frozenset[str]) -> set[str]:
    """The folded words of a date, the word right after it in its sentence ("Thursday
    [night]") and the word right before it ("[late] on March 18"): where a part of the day
    is told."""
    assert c.time is not None
    after = _WORD.search(c.sentence, c.end - c.sentence_start)
    words = set(_WORD.findall(c.time.text.lower()))
    gap = c.sentence[c.end - c.sentence_start : after.start()] if after else ""
    if after is not None and not gap.strip():
        words.add(after.group().lower())
    before = word_before_date(c, letters_only=True, across=links)
    if before:
        words.add(before)
    return words


def _one_night(a: Claim, b: Claim, words: DateWords) -> bool:
    """Two dates a day apart, the earlier late in its day and the later early in its own
    ("died late Thursday" / "was killed early Friday"): one night told as two days."""
    assert a.time is not None and b.time is not None
    if a.time.begin is None or b.time.begin is None:
        return False
    days = (b.time.begin - a.time.begin).days
    if abs(days) != 1:
        return False
    first, second = (a, b) if days > 0 else (b, a)
    late, early, links = words.late_words, words.early_words, words.night_links
    return bool(_part_words(first, links) & late and _part_words(second, links) & early)


def _told(c: Claim, part: str) -> str:
    """The date as its side tells it with its part ("Monday night", "early Thursday")."""
    assert c.time is not None
    text = c.time.text
    return text if part in _WORD.findall(text.lower()) else f"{part} {text}"


def _one_day_parts(a: Claim, b: Claim, words: DateWords) -> tuple[str | None, str | None] | None:
    """The parts of the day two dates of one day tell (``day_part``), or ``None`` when a side
    has a clock time (``clock_rule``'s), is no one day, or tells a span of days ("Thursday
    and Friday": no one part)."""
    ta, tb = a.time, b.time
    assert ta is not None and tb is not None
    if ta.minute_start is not None or tb.minute_start is not None:
        return None
    if ta.granularity is not _DAY or tb.granularity is not _DAY or ta.begin is None:
        return None
    if (ta.end_date or ta.begin) != ta.begin:
        return None
    return day_part(a, words), day_part(b, words)


def part_rule(a: Claim, b: Claim, words: DateWords, lang: str) -> Finding | None:
    """One day told with two parts that cannot overlap ("published a report Monday
    afternoon" / "after the story broke Monday night"): a time conflict; told with a part on
    one side and bare on the other ("said Saturday evening" / "said Saturday"): the same day
    at two precisions, as a clock time and its day. Two parts that may overlap ("late
    Monday" / "Monday night", "evening" / "night") and any clock time (``part_clock_rule``'s
    and ``clock_rule``'s) make no row, nor does an embedded post's stamp on the bare side (a
    stamp tells no part of a day), nor a part beside a bare day that ``part_beside_bare``
    reads as no one act (a caption's date with its year, an election's results night,
    clauses sharing no event)."""
    parts = _one_day_parts(a, b, words)
    if parts is None:
        return None
    pa, pb = parts
    if (pa is None) != (pb is None):
        finer, coarser, part = (a, b, pa) if pa is not None else (b, a, pb)
        assert part is not None and coarser.time is not None
        if signs_post(coarser.sentence, coarser.start - coarser.sentence_start, lang):
            return None
        if not part_beside_bare(finer, coarser, part, words, lang):
            return None
        return Finding(
            kind=DiscrepancyKind.TIME_PRECISION,
            reason=explain_words(COMPARE)["part_precision"].format(
                finer=_told(finer, part), coarser=coarser.time.text
            ),
        )
    if pa is None or pb is None or not parts_apart(pa, pb, words):
        return None
    assert a.time is not None
    return Finding(
        kind=DiscrepancyKind.TIME_CONFLICT,
        reason=explain_words(COMPARE)["part_conflict"].format(
            day=a.time.value, a=_told(a, pa), b=_told(b, pb)
        ),
    )


def part_clock_rule(a: Claim, b: Claim, words: DateWords, lang: str) -> Finding | None:
    """A clock time on one side and a part of the same day on the other that cannot hold it
    ("shot around 4:00 p.m. Tuesday" / "Tuesday night's shooting"): a time conflict when the
    clock time (widened as ``_clock`` widens it) lies more than ``part_clock_margin`` minutes
    outside the part's minutes (time.toml's ``[clock.day_part_first]`` / ``day_part_last``).
    A clock time inside or near the part, a part with no minutes of its own ("early",
    "late"), and two clock times or none are left to ``clock_rule`` and ``part_rule``."""
    ta, tb = a.time, b.time
    assert ta is not None and tb is not None
    if (ta.minute_start is None) == (tb.minute_start is None) or ta.begin is None:
        return None
    timed, told = (a, b) if ta.minute_start is not None else (b, a)
    assert timed.time is not None and told.time is not None
    if told.time.granularity is not _DAY or (told.time.end_date or told.time.begin) != ta.begin:
        return None
    part = day_part(told, words)
    lex = time_lexicon(lang).clock
    clock = _clock(timed.time, lang)
    if part is None or part not in lex.day_part_first or clock is None:
        return None
    first = lex.day_part_first[part] - words.part_clock_margin
    last = lex.day_part_last[part] + words.part_clock_margin
    if first <= clock[1] and clock[0] <= last:
        return None
    told_a, told_b = (timed.time.text, _told(told, part))
    if timed is b:
        told_a, told_b = told_b, told_a
    return Finding(
        kind=DiscrepancyKind.TIME_CONFLICT,
        reason=explain_words(COMPARE)["part_clock_conflict"].format(
            day=told.time.value, a=told_a, b=told_b
        ),
    )


_TOKEN = re.compile(r"[\w'\u2019-]+|[^\w\s]")


def _marks_before(c: Claim, noun: str, marks: tuple[str, ...], words: DateWords) -> frozenset[str]:
    """The last words of ``marks`` standing before a lower-case ``noun`` in the claim's
    sentence, with at most the gap of modifier words between and no punctuation ("a second
    parcel [bomb]" -> {"second"}; not "another person at [Scott]", "a second woman,
    Deborah [Ramirez]")."""
    tokens = _TOKEN.findall(c.sentence)
    folded = [t.lower() for t in tokens]
    gap, not_between = words.another_gap, words.another_not_between
    found: set[str] = set()
    for i, token in enumerate(tokens):
        if token != noun:
            continue
        for end in range(i - 1, max(i - gap - 2, -1), -1):
            between = folded[end + 1 : i]
            if any(w in not_between or not w[0].isalnum() for w in between):
                break
            for mark in marks:
                parts = mark.split()
                if end - len(parts) + 1 >= 0 and folded[end - len(parts) + 1 : end + 1] == parts:
                    found.add(parts[-1])
    return frozenset(found)


def _other_occurrence(a: Claim, b: Claim, words: DateWords) -> bool:
    """A shared event noun marked as another occurrence on one side ("A second parcel bomb
    exploded at 11 p.m.") and, on the other, the definite unmarked one ("The bomb exploded
    at about 7 p.m.") or another mark ("the third bomb"): two bombs, two times. An unmarked
    indefinite side ("an order issued by a New York judge") may be the marked one told
    otherwise, and still compares."""
    marks = tuple(sorted(words.another_marks))
    for noun in sorted(set(a.event_words) & set(b.event_words)):
        ma, mb = _marks_before(a, noun, marks, words), _marks_before(b, noun, marks, words)
        if ma == mb:
            continue
        if ma and mb:
            return True
        unmarked = b if ma else a
        if _marks_before(unmarked, noun, tuple(sorted(words.definite_marks)), words):
            return True
    return False


_YEAR = re.compile(r"\b\d{4}\b")
# The words right after a label, read for the noun it names ("the 1987 [crash]").
_WORDS_AFTER = re.compile(r"[ \t]*[\w'\u2019-]+(?:[ \t]+[\w'\u2019-]+)*")
LABEL_WORDS = 3


def _year_inferred_apart(a: TimeRef, b: TimeRef) -> bool:
    """Two dates in different years where a side does not write its year ("on June 12"
    read as 2017 in one article and 2018 in another): the year was inferred, not stated."""
    if a.begin is None or b.begin is None or a.begin.year == b.begin.year:
        return False
    return not (_YEAR.search(a.text) and _YEAR.search(b.text))


def _clock(t: TimeRef, lang: str) -> tuple[int, int] | None:
    """A clock time's minutes of the day, widened by ``CLOCK_SLACK`` either side when it is
    not exact ("about 7:45am", "shortly after 7:15am")."""
    if t.minute_start is None:
        return None
    last = t.minute_end if t.minute_end is not None else t.minute_start
    words = set(t.text.lower().split())
    clock = clock_words(lang)
    loose = words & (compare_rules(lang).about_modifiers | clock.loose_words)
    scoped = t.modifier is not None and t.modifier not in clock.exact_modifiers
    slack = CLOCK_SLACK if loose or scoped else 0
    return t.minute_start - slack, last + slack


def clock_rule(a: TimeRef, b: TimeRef, lang: str) -> Finding | None:
    """Two times of one day: clock times that cannot both hold, or one without a clock time."""
    ca, cb = _clock(a, lang), _clock(b, lang)
    if ca is not None and cb is not None:
        if one_moment(a, b, ca, cb, lang):
            return None  # "1 a.m. ET" / "5 a.m. GMT": one moment, each side names its zone
        if ca[1] < cb[0] or cb[1] < ca[0]:
            return Finding(
                kind=DiscrepancyKind.TIME_CONFLICT,
                reason=explain_words(COMPARE)["clock_conflict"].format(a=a.value, b=b.value),
            )
        return None
    if (ca is None) == (cb is None) or a.begin is None or b.begin is None:
        return None  # a clock time with no day says nothing about a day
    finer, coarser = (a, b) if ca is not None else (b, a)
    return Finding(
        kind=DiscrepancyKind.TIME_PRECISION,
        reason=explain_words(COMPARE)["day_precision"].format(
            finer=finer.value, coarser=coarser.value
        ),
    )


def _label(t: TimeRef) -> bool:
    """A year or month with no scope word ("the 2020 election") may label a noun; a bare
    day ("arrested Friday") dates the event, and so does a relative period ("last month",
    "earlier this year"), which needs no scope word."""
    coarse = GRANULARITY_RANK[t.granularity] > GRANULARITY_RANK[_DAY]
    return t.modifier is None and coarse and not t.relative


def _several_units(t: TimeRef) -> bool:
    """A period of more than one day, month or year at that granularity ("in 2016 and
    2017", "from 1979 to 1990"): it holds several events of a kind, not one dated coarsely."""
    if t.begin is None or t.end_date is None:
        return False
    first, last = t.begin, t.end_date
    if t.granularity is Granularity.YEAR:
        return first.year != last.year
    if t.granularity is Granularity.MONTH:
        return (first.year, first.month) != (last.year, last.month)
    return t.granularity is _DAY and first != last


def _closes_at_year_end(coarser: TimeRef) -> bool:
    """A span closed by a year or longer ("through 2014", "by 2020") closes at its end: a
    date inside it closes another span."""
    return GRANULARITY_RANK[coarser.granularity] >= GRANULARITY_RANK[Granularity.YEAR]


def _only_a_label(label: Claim, other: Claim, lang: str) -> bool:
    """A label that names which event rather than dating it: a year label ("the 2020
    election") beside a day, any label beside a relative date ("Tuesday's vote" / "2013
    election results"), or a label of another noun than the event both dates share ("the
    2008 election" beside "released it in the summer of 2008"). A month label beside a day
    ("a June 2016 meeting" / "the June 9, 2016, meeting") and a year label beside an
    explicit month or season ("the 1987 crash" / "the crash of October 1987") date one
    event at two precisions."""
    t, o = label.time, other.time
    assert t is not None and o is not None
    if not _label(t):
        return False
    rest = label.end - label.sentence_start
    following = _WORDS_AFTER.match(label.sentence, rest)
    if following is None and label.sentence[rest:].strip():
        return False  # "will resign at the end of February, becoming ...": no label
    if o.relative:
        return True
    if (
        GRANULARITY_RANK[o.granularity] <= GRANULARITY_RANK[_DAY]
        and GRANULARITY_RANK[t.granularity] >= GRANULARITY_RANK[Granularity.YEAR]
    ):
        return True
    shared = set(label.event_stems) & set(other.event_stems)
    words = following.group().lower().split()[:LABEL_WORDS] if following else []
    return not any(stem(w, lang) in shared for w in words)


def time_rule(a: Claim, b: Claim, lang: str) -> Finding | None:
    """Conflict or precision between two dates or periods of the same event."""
    if a.time is None or b.time is None:
        return None
    words = date_words(lang)
    if _other_occurrence(a, b, words):
        return None  # "a second bomb at 11 p.m." / "the bomb at about 7 p.m.": two bombs
    pa, pb = _period(a.time), _period(b.time)
    if pa == pb:
        return (
            part_clock_rule(a, b, words, lang)
            or clock_rule(a.time, b.time, lang)
            or part_rule(a, b, words, lang)
        )
    if pa is None or pb is None:
        return None
    a_in_b = pb[0] <= pa[0] and pa[1] <= pb[1]
    b_in_a = pa[0] <= pb[0] and pb[1] <= pa[1]
    ga, gb = a.time.granularity, b.time.granularity
    if (a_in_b or b_in_a) and ga != gb:
        coarser_time = b.time if a_in_b else a.time
        coarser_claim = b if a_in_b else a
        span = (coarser_time.modifier or "").lower() in words.span_modifiers
        if span and not labels_event(coarser_claim, lang):
            return None  # "a rally on November 4" / "every rally over the past year"
        if _only_a_label(a, b, lang) or _only_a_label(b, a, lang):
            return None  # "the 2020 election" next to "on August 9, 2020": a label, not a claim
        if _several_units(coarser_time):
            return None  # "bought guns in 2016 and 2017" / "bought a rifle in April 2017"
        if closes_span(a, lang) and closes_span(b, lang) and _closes_at_year_end(coarser_time):
            return None  # "through 2014" / "through January": two closes, not one told finer
        a_finer = GRANULARITY_RANK[ga] < GRANULARITY_RANK[gb]
        finer, coarser = (a.time, b.time) if a_finer else (b.time, a.time)
        return Finding(
            kind=DiscrepancyKind.TIME_PRECISION,
            reason=explain_words(COMPARE)["period_precision"].format(
                finer=finer.value, coarser=coarser.value
            ),
        )
    if pa[0] <= pb[1] and pb[0] <= pa[1]:
        return None  # overlapping periods ("in 2016 and 2017" / "2016") can both be true
    if _year_inferred_apart(a.time, b.time):
        return None
    if closes_span(a, lang) and closes_span(b, lang):
        return None  # "must pass the bill by Wednesday" / "by Friday": two deadlines
    if _one_night(a, b, words):
        return None  # "died late Thursday" / "killed early Friday": one night, two days
    quoted = one_utterance(a, b)  # one statement both quote: one event, named by its words
    one_written = weekday_against_written(a, b, lang)
    if (a.time.relative or b.time.relative) and not quoted and not one_written:
        return None  # "Friday" resolved against each article's own date: too loose to flag,
        # unless against a written day told in a past clause ("On Sept. 29, Russia launched")
    if ga is _DAY and gb is _DAY and abs((pa[0] - pb[0]).days) > CONFLICT_DAYS:
        return None  # "met on May 2" / "met on June 9": two meetings, not one dated twice
    if len(set(a.event_words) & set(b.event_words)) < CONFLICT_WORDS and not quoted:
        return None  # "adopted in the Netherlands in 2000" / "Prop 8 enacted in 2008": one
        # event class, two events; a conflict names the same participants on both sides
    return Finding(
        kind=DiscrepancyKind.TIME_CONFLICT,
        reason=explain_words(COMPARE)["date_conflict"].format(a=a.time.value, b=b.time.value),
    )


def forecast_when(pair: ClaimPair, sources: Mapping[str, Source]) -> bool:
    """Whether the coarser date of a pair is a period still to come in its own article, told
    at season precision or coarser ("a trial early next year", "electing a Democrat this
    fall" in August, "cuts scheduled at the beginning of 2013" in December): a forecast of
    when, which a scheduled day ("on January 6", "Nov. 6") does not contradict. A month to
    come ("in January" / "on January 6") is still told at two precisions."""
    a, b = pair.a.time, pair.b.time
    if a is None or b is None:
        return False
    coarser, time = (
        (pair.b, b)
        if GRANULARITY_RANK[b.granularity] > GRANULARITY_RANK[a.granularity]
        else (pair.a, a)
    )
    if GRANULARITY_RANK[time.granularity] < GRANULARITY_RANK[Granularity.SEASON]:
        return False
    source = sources.get(coarser.source)
    day = None if source is None else source.published
    return day is not None and time.begin is not None and time.begin > day


def plan_then_act(pair: ClaimPair, sources: Mapping[str, Source]) -> bool:
    """Whether one side dates an event still to come in its own article and the other a day
    already past in its own ("is scheduled to vote on March 14" written on March 10 / "voted
    on March 13" written on March 14): a schedule told before the act, which may have
    changed, not one act dated twice."""
    a, b = pair.a.time, pair.b.time
    if a is None or b is None or a.begin is None or b.begin is None:
        return False
    pa, pb = sources.get(pair.a.source), sources.get(pair.b.source)
    if pa is None or pb is None or pa.published is None or pb.published is None:
        return False
    return (a.begin > pa.published and b.begin <= pb.published) or (
        b.begin > pb.published and a.begin <= pa.published
    )


def _dates(pair: ClaimPair) -> bool:
    return pair.a.value is None and pair.b.value is None


RULE = Rule(
    name="time",
    kinds=(DiscrepancyKind.TIME_CONFLICT, DiscrepancyKind.TIME_PRECISION),
    applies=_dates,
    find=time_rule,
)
