"""Relative expressions: a match + the publication date (anchor) -> an ``Atom`` placed from it.

"yesterday", "last year", "two years ago", "the past two years", "over the weekend", and
bare weekdays. Without an anchor each is reported unplaced (``begin = end_date = None``).

Bare weekdays follow one explicit rule: in a clause that looks forward ("will meet on
Tuesday") the weekday is the first such day on or after the anchor; otherwise (a past-tense
report, "said on Tuesday", or no tense cue at all) it is the last such day on or before the
anchor. An article of Thursday 2020-03-05 thus reads "said on Tuesday" as 2020-03-03 and
"will meet on Tuesday" as 2020-03-10; the weekday of the anchor itself is the anchor. After
a present-tense act ("Kerry heads to Geneva on Thursday") it is the nearer of the two
(``acts.weekday_forward``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from crosscheck.lexicon import explain_words
from crosscheck.model import Granularity
from crosscheck.timex.absolute import season_period
from crosscheck.timex.acts import named_day_start, weekday_forward_off_anchor
from crosscheck.timex.ago import count_of
from crosscheck.timex.lexicon import TimeLexicon
from crosscheck.timex.records import (
    FUTURE,
    QUALIFIED_YEAR,
    Atom,
    Context,
    plain,
    relative,
    vague,
)
from crosscheck.timex.spans import add_months, month_span, unit_span, week_span, weekend_span
from crosscheck.timex.tense import previous_word, tense, weekday_looks_forward

__all__ = [
    "deictic",
    "determined",
    "edge_determined",
    "rolling",
    "weekday",
    "weekday_day",
    "weekend",
]

Groups = dict[str, str | None]


def deictic(word: str, m: re.Match[str], ctx: Context) -> Atom | None:
    """ "today", "yesterday", "tomorrow", "tonight"; none inside a name ("USA TODAY")."""
    if previous_word(ctx.text, m.start()) in ctx.lex.deictic_name_before:
        return None
    if ctx.anchor is None:
        return relative(m, Granularity.DAY, None)
    day = ctx.anchor + timedelta(days=ctx.lex.deictic_days[word.lower()])
    return relative(m, Granularity.DAY, (day, day))


def determined(g: Groups, m: re.Match[str], ctx: Context) -> Atom | None:
    """ "last year", "this month", "next week", "last summer", "last May", "this Monday"."""
    lex, anchor = ctx.lex, ctx.anchor
    offset = lex.determiners[str(g["r_det"]).lower()]
    word = str(g["r_unit"])
    folded = word.lower()
    notes: list[str] = []
    if g["r_edge"]:
        notes.append(lex.edges[str(g["r_edge"]).lower()])
    if g["r_qual"]:
        qualifier = str(g["r_qual"]).lower()
        if lex.units.get(folded) != "year" or folded in lex.plural_units:
            return None
        notes.append(f"{qualifier} {QUALIFIED_YEAR}")
    period: tuple[date, date] | None
    if folded in lex.units:
        if folded in lex.plural_units:  # "last years" is not this construction
            return None
        if word[:1].isupper() and word[1:].islower():
            return None  # ABC's "This Week", a title-case headline: a name, no date
        unit = lex.units[folded]
        gran = Granularity(unit)
        period = None
        if anchor is not None:
            period = unit_span(unit, anchor, offset)
            if unit == "week":
                period = _week_on_its_last_day(period, anchor, offset, g["r_edge"], m, ctx, notes)
            period = _edge_of_current(period, anchor, g["r_edge"], lex, notes)
    elif folded in lex.weekend_words:  # two days: coarser than a day, within a week
        period = weekend_span(anchor, -1 if offset < 0 else offset) if anchor else None
        return relative(m, Granularity.WEEK, period, kind="weekend", notes=tuple(notes))
    elif folded in lex.seasons:
        gran = Granularity.SEASON
        period = _named_occurrence(lambda y: season_period(word, y, lex), anchor, offset)
    elif any(word in (w, w.upper()) for w in lex.weekdays):
        gran = Granularity.DAY
        period = _weekday_occurrence(word, anchor, offset, lex)
    else:
        number = lex.month_number(word)
        period = _named_occurrence(lambda y: month_span(y, number), anchor, offset)
        day = _day_after(m.end(), ctx)
        placed = _on_day(period, day[0]) if day is not None else None
        if day is not None and (placed is not None or period is None):
            # "last September 11": that day of the month is meant
            return replace(relative(m, Granularity.DAY, placed, notes=tuple(notes)), end=day[1])
        gran = Granularity.MONTH
    return relative(m, gran, period, notes=tuple(notes))


def edge_determined(g: Groups, m: re.Match[str], ctx: Context) -> Atom | None:
    """ "earlier in the week": an edge word, a phrase of ``edge_determiners`` and a unit of
    ``edge_units``, read as the determiner it stands for ("earlier this week")."""
    determiner = ctx.lex.edge_determiners[str(g["e_det"]).lower()]
    read: Groups = {"r_det": determiner, "r_edge": g["e_edge"], "r_qual": None}
    return determined({**read, "r_unit": g["e_unit"]}, m, ctx)


def _week_on_its_last_day(
    period: tuple[date, date],
    anchor: date,
    offset: int,
    edge: str | None,
    m: re.Match[str],
    ctx: Context,
    notes: list[str],
) -> tuple[date, date]:
    """ "last week" and "this week" in an article published on the last day of a week
    (``week_ends_on``, Sunday): "last week" is the week just ending, Monday to the day
    before; "this week" in a clause that looks forward ("a deadline later this week", "when
    the Fed meets this week") is the coming week. Otherwise the calendar reading stands."""
    lex = ctx.lex
    if anchor.weekday() not in lex.week_ends_on or anchor.weekday() == 0:
        return period
    name = lex.weekday_name(anchor.weekday())
    if offset < 0:
        notes.append(explain_words("time")["week_ending"].format(day=name))
        return week_span(anchor)[0], anchor - timedelta(days=1)
    later = edge is not None and lex.edges[edge.lower()] == _LATER
    if offset == 0 and (later or weekday_looks_forward(ctx, m.start(), m.end())):
        notes.append(explain_words("time")["week_coming"].format(day=name))
        return unit_span("week", anchor, 1)
    return period


_LATER = "later"
_EARLIER = "earlier"


def _edge_of_current(
    period: tuple[date, date], anchor: date, edge: str | None, lex: TimeLexicon, notes: list[str]
) -> tuple[date, date]:
    """ "earlier this month" ends on the publication day and "later this week" starts on
    it: the part of the current period before or after the anchor (a period the anchor is
    not in, "earlier last year", keeps its whole span)."""
    if edge is None or not period[0] <= anchor <= period[1]:
        return period
    side = lex.edges[edge.lower()]
    if side not in (_EARLIER, _LATER):
        return period
    where = "up_to_publication" if side == _EARLIER else "from_publication"
    notes[notes.index(side)] = explain_words("time")[where].format(side=side)
    return (period[0], anchor) if side == _EARLIER else (anchor, period[1])


_DAY_NUMBER = re.compile(r"[ \t]+(\d{1,2})([a-z]{2})?\b(?![.,:/-]?\d)")


def _day_after(end: int, ctx: Context) -> tuple[int, int] | None:
    """A day of the month right after a named month ("last September [11]"): (day, end)."""
    found = _DAY_NUMBER.match(ctx.text, end)
    if found is None or (found[2] and found[2] not in ctx.lex.ordinal_suffixes):
        return None
    day = int(found[1])
    return (day, found.end()) if 1 <= day <= 31 else None


def _on_day(period: tuple[date, date] | None, day: int) -> tuple[date, date] | None:
    """The given day of the month a period starts in; None when the month has no such day."""
    if period is None:
        return None
    try:
        placed = period[0].replace(day=day)
    except ValueError:
        return None
    return placed, placed


def _named_occurrence(
    period_of: Callable[[int], tuple[date, date] | None], anchor: date | None, offset: int
) -> tuple[date, date] | None:
    """The occurrence of a named month or season: last (-1), this (0) or next (+1)."""
    if anchor is None:
        return None
    years = range(anchor.year - 2, anchor.year + 3)
    spans = [s for s in (period_of(y) for y in years) if s is not None]
    if offset < 0:
        found = max((s for s in spans if s[1] < anchor), default=None)
    elif offset > 0:
        found = min((s for s in spans if s[0] > anchor), default=None)
    else:
        current = [s for s in spans if s[0] <= anchor <= s[1]]
        found = current[0] if current else period_of(anchor.year)
    if found is None:
        raise ValueError("no such period within years 1..9999")
    return found


def _weekday_occurrence(
    word: str, anchor: date | None, offset: int, lex: TimeLexicon
) -> tuple[date, date] | None:
    """A named weekday before (-1), in the week of (0) or after (+1) the anchor."""
    if anchor is None:
        return None
    number = lex.weekday_number(word)
    if offset < 0:
        back = (anchor.weekday() - number - 1) % 7 + 1
        day = anchor - timedelta(days=back)
    elif offset > 0:
        ahead = (number - anchor.weekday() - 1) % 7 + 1
        day = anchor + timedelta(days=ahead)
    else:
        day = week_span(anchor)[0] + timedelta(days=number)
    return day, day


# Notes of a rolling period ("the past two years"): it is a span, not the date of one event.
ROLLING_BACK = explain_words("time")["rolling_back"]
ROLLING_FORWARD = explain_words("time")["rolling_forward"]


def rolling(g: Groups, m: re.Match[str], ctx: Context) -> Atom:
    """ "the past two years", "the next few months": a rolling period from the anchor; with
    a plural unit and no count ("the coming days") or a vague one ("few") it is not placed."""
    word = str(g["p_unit"]).lower()
    unit = ctx.lex.units[word]
    gran = Granularity(unit)
    if not g["p_n"] and word in ctx.lex.plural_units:
        return vague(m, gran, "period")  # "in the coming days": how many is not said
    n = count_of(str(g["p_n"]), ctx.lex) if g["p_n"] else 1
    if n == 0:
        return vague(m, gran, "period")
    atom = replace(relative(m, gran, None), kind="period")
    if ctx.anchor is None:
        return atom
    anchor = ctx.anchor
    looks_back = ctx.lex.rolling[str(g["p_det"]).lower()] < 0
    if unit in ("day", "week"):
        length = timedelta(days=n * (7 if unit == "week" else 1))
        if looks_back:
            period = (anchor - length + timedelta(days=1), anchor)
        else:
            period = (anchor, anchor + length - timedelta(days=1))
    else:
        months = n * {"month": 1, "year": 12, "decade": 120}[unit]
        if looks_back:
            period = (add_months(anchor, -months) + timedelta(days=1), anchor)
        else:
            period = (anchor, add_months(anchor, months) - timedelta(days=1))
    note = ROLLING_BACK if looks_back else ROLLING_FORWARD
    return replace(atom, begin=period[0], end_date=period[1], notes=(note,))


def weekend(m: re.Match[str], ctx: Context) -> Atom:
    """ "the weekend": the one just gone (or under way), or the coming one in a forward clause.

    Its two days are read at week precision: "over the weekend" is coarser than "on Saturday".
    """
    if ctx.anchor is None:
        return relative(m, Granularity.WEEK, None, kind="weekend")
    ahead = tense(ctx, m.start(), m.end()) == FUTURE
    current = ctx.anchor.weekday() >= 5
    offset = 0 if ahead or current else -1
    return relative(m, Granularity.WEEK, weekend_span(ctx.anchor, offset), kind="weekend")


def weekday_day(number: int, anchor: date, looks_forward: bool) -> date:
    """The weekday ``number`` (Monday 0) a bare weekday name means (see the module docstring)."""
    if looks_forward:
        return anchor + timedelta(days=(number - anchor.weekday()) % 7)
    return anchor - timedelta(days=(anchor.weekday() - number) % 7)


def weekday(word: str, m: re.Match[str], ctx: Context) -> Atom | None:
    """A bare weekday: the latest on or before the anchor, or the next in a forward clause;
    the end of a day's name ("Super Tuesday") is that day (``named_day``)."""
    lead = named_day_start(ctx, m.start(), m.end())
    if lead is not None and _listed_day(ctx, lead, word, m):
        return named_day(_day_key(ctx, lead, word), m, ctx)
    if ctx.anchor is None:
        return relative(m, Granularity.DAY, None, kind="weekday")
    number = ctx.lex.weekday_number(word)
    forward = weekday_forward_off_anchor(ctx, m.start(), m.end(), number, ctx.anchor)
    day = weekday_day(number, ctx.anchor, forward)
    return relative(m, Granularity.DAY, (day, day), kind="weekday")


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def _day_key(ctx: Context, lead: int, word: str) -> str:
    """The key of ``named_days`` of the name starting at ``lead`` and ending in ``word``."""
    return f"{ctx.text[lead : lead + 40].split()[0].lower()} {word.lower()}"


def _listed_day(ctx: Context, lead: int, word: str, m: re.Match[str]) -> bool:
    """Whether the day's name at ``lead`` is read by ``named_day``: listed in ``named_days``
    or before a word of ``named_day_not_before``, and not right after a word of
    ``named_day_pinning_possessives`` ("tomorrow's Super Tuesday" in an article of 9 March
    2020 is the 10th, as the writer says; "last week's Super Tuesday" is still the 3rd)."""
    before = ctx.text[max(0, lead - 40) : lead].split()
    if (
        before
        and before[-1].lower().replace("\u2019", "'") in ctx.lex.named_day_pinning_possessives
    ):
        return False
    return _names_another(m, ctx) or _day_key(ctx, lead, word) in ctx.lex.named_days


def _names_another(m: re.Match[str], ctx: Context) -> bool:
    """Whether a word of ``named_day_not_before`` follows the day's name ("the Good Friday
    Agreement", "Super Tuesday II"): the name of something else."""
    following = _NEXT_WORD.match(ctx.text, m.end())
    return following is not None and following[1].lower() in ctx.lex.named_day_not_before


def named_day(key: str, m: re.Match[str], ctx: Context) -> Atom | None:
    """A day's name ending in a weekday ("Super Tuesday", "Good Friday"; ``key`` lower case)
    listed in ``named_days``: its date of the publication year, not the nearest such weekday;
    None (no date) for a name with no date that year ("Super Tuesday" in 2018), without an
    anchor, or before a word of ``named_day_not_before``. A name not listed ("Super Bowl
    Sunday") is read as its weekday (``weekday``)."""
    if ctx.anchor is None or _names_another(m, ctx):
        return None
    year = ctx.anchor.year
    day = next((d for d in ctx.lex.named_days.get(key, ()) if d.year == year), None)
    if day is None:
        return None
    note = explain_words("time")["named_day"].format(name=key.title(), year=year)
    return plain(m, "date", day, day, Granularity.DAY, notes=(note,))
