"""Calendar expressions: a match of a written date -> an ``Atom`` on the calendar.

Days, months, years, year ranges, quarters and halves, seasons, decades and centuries, with
or without their year; a year-less one keeps a ``Partial`` until ``periods.resolve`` places it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from crosscheck.lexicon import explain_words
from crosscheck.model import Granularity
from crosscheck.timex.lexicon import TimeLexicon
from crosscheck.timex.records import Atom, Context, Partial, plain, relative
from crosscheck.timex.spans import year_span

__all__ = [
    "bare_month",
    "century",
    "check_weekday",
    "decade",
    "holiday",
    "month_day",
    "month_year",
    "numeric_day",
    "plausible_year",
    "quarter",
    "season_period",
    "season_year",
    "year",
    "year_range",
]

Groups = dict[str, str | None]


def placed(
    partial: Partial, kind: str, gran: Granularity, m: re.Match[str], ctx: Context
) -> Atom | None:
    """A year-less date or month; its year is chosen later, by ``periods.resolve``."""
    if partial.period(2000) is None and partial.period(2001) is None:
        return None  # no such day in any year ("February 30")
    return plain(m, kind, None, None, gran, partial=partial)


def explicit_day(
    year: str | None,
    month: int,
    day: str | None,
    day2: str | None,
    weekday: str | None,
    m: re.Match[str],
    ctx: Context,
) -> Atom | None:
    """A day (or a run of days) in a month, with or without its year."""
    first = int(str(day))
    last = int(day2) if day2 else first
    if not 1 <= first <= last <= 31:
        return None
    partial = Partial(month, first, month, last)
    atom: Atom | None
    if year is not None:
        period = partial.period(int(year))
        if period is None:
            return None
        atom = plain(m, "date", period[0], period[1], Granularity.DAY)
    else:
        atom = placed(partial, "date", Granularity.DAY, m, ctx)
    if atom is not None and weekday is not None:
        atom = replace(atom, weekday=weekday)
    return atom


def numeric_day(a: int, b: int, year_number: int, m: re.Match[str]) -> Atom | None:
    """ "31/12/2023" or "12/31/2023"; when both orders are possible the day is not placed."""
    readings: set[date] = set()
    for month, day_of_month in ((b, a), (a, b)):
        try:
            readings.add(date(year_number, month, day_of_month))
        except ValueError:
            continue
    if not readings:
        return None
    if len(readings) == 1:
        only = readings.pop()
        return plain(m, "date", only, only, Granularity.DAY)
    first, second = sorted(readings)
    note = explain_words("time")["ambiguous"].format(
        first=first.isoformat(), second=second.isoformat()
    )
    return plain(m, "date", None, None, Granularity.DAY, notes=(note,))


def check_weekday(atom: Atom, weekday: str, lex: TimeLexicon) -> Atom:
    """Note a weekday that does not fall on the date it stands next to."""
    number = lex.weekday_number(weekday)
    if atom.begin is None or atom.begin.weekday() == number:
        return atom
    actual = lex.weekday_name(atom.begin.weekday())
    note = explain_words("time")["weekday_mismatch"].format(
        weekday=weekday, date=atom.begin.isoformat(), actual=actual
    )
    return replace(atom, notes=(*atom.notes, note))


def month_day(g: Groups, p: str, m: re.Match[str], ctx: Context) -> Atom | None:
    """A day of a month written month-first ("August 9", "Oct 23, '16") or day-first ("9
    August"); a two-digit year after an apostrophe takes its century from the anchor."""
    month = ctx.lex.month_number(str(g[f"{p}_m"]))
    short = g.get(f"{p}_yy")
    year_word = g[f"{p}_y"] if short is None else _short_year(short, ctx)
    atom = explicit_day(year_word, month, g[f"{p}_d"], g[f"{p}_d2"], g[f"{p}_wd"], m, ctx)
    if atom is None or short is None or year_word is None:
        return atom
    return replace(atom, notes=(*atom.notes, explain_words("time")["century_inferred"]))


def _short_year(digits: str, ctx: Context) -> str | None:
    """The year of "'16" (2016 read in 2018, 1998 for "'98"): ``latest_year_ending``;
    None with no anchor (the day is then placed year-less)."""
    if ctx.anchor is None:
        return None
    number = latest_year_ending(int(digits), ctx.anchor.year)
    return str(number) if number >= 1 else None


def latest_year_ending(two_digits: int, anchor_year: int) -> int:
    """The latest year ending in ``two_digits`` not after ``anchor_year``: the century of
    "'16" and of "the '90s" read from the anchor (1998 for "'98" read in 2018)."""
    year = anchor_year // 100 * 100 + two_digits
    return year - 100 if year > anchor_year else year


def holiday(name: str, year: str | None, m: re.Match[str], ctx: Context) -> Atom | None:
    """A fixed-date holiday ("Christmas Eve"), read as its day, with or without its year."""
    month, day = ctx.lex.holiday_day(name)
    return explicit_day(year, month, str(day), None, None, m, ctx)


def month_year(month: int, year_number: int, m: re.Match[str]) -> Atom | None:
    """A whole month of a given year."""
    period = Partial(month, None, month, None).period(year_number)
    if period is None:
        return None  # year 0000
    return plain(m, "date", period[0], period[1], Granularity.MONTH)


def plausible_year(year_number: int, lex: TimeLexicon) -> bool:
    """True for a number inside the lexicon's year range."""
    return lex.year_min <= year_number <= lex.year_max


def year(word: str, m: re.Match[str], ctx: Context) -> Atom | None:
    """A lone four-digit number read as a year, when it is a plausible one."""
    number = int(word)
    if not plausible_year(number, ctx.lex):
        return None
    begin, end = year_span(number)
    return plain(m, "year", begin, end, Granularity.YEAR)


def year_range(first: str, second: str, m: re.Match[str], ctx: Context) -> Atom | None:
    """ "2009-2010", "1957-58", "2020/21"; "2020-08" read as a month."""
    y1 = int(first)
    if len(second) == 2:
        y2 = y1 // 100 * 100 + int(second)
        if y2 <= y1:
            month = int(second)
            if 1 <= month <= 12 and m.group("core")[4:5] == "-":
                return month_year(month, y1, m)
            return None
    else:
        y2 = int(second)
    if not (plausible_year(y1, ctx.lex) and y1 < y2 <= ctx.lex.year_max):
        return None
    return plain(m, "year", date(y1, 1, 1), date(y2, 12, 31), Granularity.YEAR)


def quarter(g: Groups, m: re.Match[str], ctx: Context) -> Atom | None:
    """A quarter or half of a year ("the first quarter of 2013", "Q1 2013", "H2 2020")."""
    lex = ctx.lex
    if g["qq"]:
        unit = lex.year_part_letters[str(g["qq"])]
        n, year_number = int(str(g["qq_n"])), int(str(g["qq_y"]))
    else:
        unit = lex.year_parts[str(g["q_unit"]).lower()]
        n, year_number = lex.ordinals[str(g["q_ord"]).lower()], int(str(g["q_y"]))
    half = unit == "half"
    months = 6 if half else 3
    if n * months > 12:
        return None
    first, last = (n - 1) * months + 1, n * months
    period = Partial(first, None, last, None).period(year_number)
    if period is None:
        return None
    gran = Granularity.HALF if half else Granularity.QUARTER
    return plain(m, "date", period[0], period[1], gran)


def season_period(name: str, year_number: int, lex: TimeLexicon) -> tuple[date, date] | None:
    """The months of a season in a given year (winter runs into the next)."""
    first, last = lex.seasons[name.lower()]
    return Partial(first, None, last, None).period(year_number)


def season_year(name: str, year_number: int, m: re.Match[str], ctx: Context) -> Atom | None:
    """A season of a named year ("summer 2012")."""
    period = season_period(name, year_number, ctx.lex)
    if period is None:
        return None
    return plain(m, "date", period[0], period[1], Granularity.SEASON)


def decade(g: Groups, m: re.Match[str], ctx: Context) -> Atom | None:
    """A decade ("the 1990s"; "the '90s" takes its century from the anchor)."""
    if g["dec_y"]:
        start = int(str(g["dec_y"]))
    elif ctx.anchor is None:
        return relative(m, Granularity.DECADE, None)
    else:
        start = latest_year_ending(int(str(g["dec_yy"])), ctx.anchor.year)
        atom = relative(m, Granularity.DECADE, (date(start, 1, 1), date(start + 9, 12, 31)))
        return replace(atom, kind="date", notes=(explain_words("time")["century_inferred"],))
    return plain(m, "date", date(start, 1, 1), date(start + 9, 12, 31), Granularity.DECADE)


def century(word: str, m: re.Match[str], ctx: Context) -> Atom:
    """A century, read in everyday usage ("the 20th century" is 1900-1999)."""
    lowered = word.lower()
    number = ctx.lex.ordinals.get(lowered) or int(re.sub(r"\D", "", lowered))
    start = (number - 1) * 100
    atom = plain(
        m, "date", date(max(start, 1), 1, 1), date(start + 99, 12, 31), Granularity.CENTURY
    )
    return replace(
        atom, notes=(explain_words("time")["century_read"].format(start=start, end=start + 99),)
    )


def bare_month(word: str, m: re.Match[str], ctx: Context) -> Atom | None:
    """A month named without its year ("in March")."""
    month = ctx.lex.month_number(word)
    return placed(Partial(month, None, month, None), "month", Granularity.MONTH, m, ctx)
