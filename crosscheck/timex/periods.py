"""Periods and granularity: atoms in order -> ranges joined, weak readings dropped, years placed.

"between X and Y", "from X to Y", "X-Y" and adjacent "in 2023 and 2024" become one period at
the finer granularity of the two; "in April of last year" is April in the year "last year"
names; clock times given as alternatives ("7pm or 8pm") are one period from the first to the
last; a year-less date takes its year from the other end of its range, or from the anchor and
the clause's tense (``resolve``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from crosscheck.lexicon import explain_words
from crosscheck.model import GRANULARITY_RANK, Granularity
from crosscheck.timex.lexicon import TimeLexicon
from crosscheck.timex.patterns import patterns
from crosscheck.timex.records import FUTURE, PAST, QUALIFIED_YEAR, Atom, Context, Partial
from crosscheck.timex.tense import next_word, previous_word, tense

__all__ = ["join", "keep", "narrow_part", "resolve"]

_SPACES = re.compile(r"\s{1,3}")
# A lower-case word right after a month, as the noun (or its first modifier) it dates.
_NOUN_AFTER = re.compile(r" ([a-z]+)\b")
# The lower-case words right after a month, up to three: the noun it dates and its modifiers.
_NOUN_PHRASE_AFTER = re.compile(r"(?: [a-z]+\b){1,3}")
# A word after a month's possessive ending ("November's [elections]"), and up to three, in
# any case ("November's Congressional elections").
_WORD_AFTER = re.compile(r" [^\W\d_]")
_WORDS_AFTER = re.compile(r"(?: [^\W\d_]+\b){1,3}")
_RANGE_KINDS = frozenset({"date", "year", "month", "relative", "weekday"})
_BEYOND = explain_words("time")["beyond"]
# The note of two clock times given as alternatives ("7pm or 8pm").
ALTERNATIVES = explain_words("time")["alternatives"]


def keep(atom: Atom, ctx: Context) -> bool:
    """Drop readings too weak to trust: a lone month with no scope word, a count as a year."""
    if atom.kind == "month":
        return atom.linked or atom.has_part or atom.mod is not None or dates_noun(atom, ctx)
    if atom.kind == "year":
        return year_stands(atom, ctx)
    return True


def dates_noun(atom: Atom, ctx: Context) -> bool:
    """A lone month between a determiner and the noun it dates ("the July verdict"), or
    the possessive of a month before a word ("November's elections", "ahead of November's
    Congressional elections")."""
    if atom.kind != "month" or atom.linked or atom.has_part or atom.mod is not None:
        return False
    word = ctx.text[atom.core_start : atom.end]
    if atom.partial is None or word.title() in ctx.lex.noun_month_names_not:
        return False
    if _possessive_end(atom, ctx):
        return _WORD_AFTER.match(ctx.text, _possessive_end(atom, ctx)) is not None
    if previous_word(ctx.text, atom.core_start) not in ctx.lex.noun_month_openers:
        return False
    after = _NOUN_AFTER.match(ctx.text, atom.end)
    return after is not None and after.group(1) not in ctx.lex.noun_month_not_before


def year_stands(atom: Atom, ctx: Context) -> bool:
    """A lone four-digit number is a year unless count words stand next to it."""
    if next_word(ctx.text, atom.end) in ctx.lex.not_year_after:
        return False
    if atom.mod is not None or atom.has_part:
        return True
    return previous_word(ctx.text, atom.core_start) not in ctx.lex.not_year_before


def resolve(atom: Atom, ctx: Context) -> Atom | None:
    """Place a year-less date in a year chosen from the anchor and the clause's tense."""
    if atom.partial is None or ctx.anchor is None:
        return atom
    since = atom.mod == "since"
    verdict = (
        PAST if since else tense(ctx, atom.start, atom.end, present_passive=True, infinitive=True)
    )
    window = _window(verdict, ctx.lex, since=since)
    try:
        period = _place(atom.partial, ctx.anchor, verdict, window)
    except OverflowError:
        period = None
    ahead = False
    if dates_noun(atom, ctx):
        scheduled = verdict != PAST and _dates_scheduled(atom, ctx)
        reach = ctx.lex.noun_month_reach_days
        period = _nearest(atom.partial, ctx.anchor, verdict, reach, scheduled)
        ahead = scheduled and verdict != FUTURE and period is not None and period[0] > ctx.anchor
    elif verdict == PAST and (coming := _scheduled_day(atom, ctx)) is not None:
        period, ahead = coming, True
    if period is None:
        if ctx.anchor.year in (date.min.year, date.max.year):
            return replace(atom, partial=None, notes=(*atom.notes, _BEYOND))
        return None
    named = _weekday_year(atom, period, ctx)
    if named is not None:
        note = explain_words("time")["year_from_weekday"].format(year=named[0].year)
        return replace(
            atom, begin=named[0], end_date=named[1], partial=None, notes=(*atom.notes, note)
        )
    late = verdict == PAST and not ahead and period[0] > ctx.anchor
    early = verdict == FUTURE and period[1] < ctx.anchor
    note = _year_note(period[0].year, verdict, scheduled=ahead, late=late, early=early)
    return replace(
        atom, begin=period[0], end_date=period[1], partial=None, notes=(*atom.notes, note)
    )


def narrow_part(atom: Atom, ctx: Context) -> Atom:
    """A part of a placed month or year narrowed to its third, one step finer than the whole.

    "late March" -> 21..31 March at week precision; "early 2011" -> January..April 2011 at
    season precision. Parts of other periods (a day, a decade) keep the whole period.
    """
    third = ctx.lex.part_thirds.get(atom.part or "")
    if third is None or atom.begin is None or atom.end_date is None:
        return atom
    first, last = atom.begin, atom.end_date
    if atom.granularity is Granularity.MONTH and (first.year, first.month) == (
        last.year,
        last.month,
    ):
        start_day = 1 + 10 * (third - 1)
        end_day = last.day if third == 3 else 10 * third
        span = (first.replace(day=start_day), first.replace(day=end_day))
        gran = Granularity.WEEK
    elif atom.granularity is Granularity.YEAR and first.year == last.year and first.month == 1:
        start_month = 1 + 4 * (third - 1)
        end = date(first.year, start_month + 4, 1) if third < 3 else date(first.year + 1, 1, 1)
        span = (date(first.year, start_month, 1), end - timedelta(days=1))
        gran = Granularity.SEASON
    else:
        return atom
    note = explain_words("time")["part_read"].format(
        part=atom.part, start=span[0].isoformat(), end=span[1].isoformat()
    )
    notes = tuple(note if n == atom.part else n for n in atom.notes)
    return replace(atom, begin=span[0], end_date=span[1], granularity=gran, notes=notes)


def _weekday_year(atom: Atom, period: tuple[date, date], ctx: Context) -> tuple[date, date] | None:
    """The day a year-less date written with its weekday names ("on Saturday, May 21") when
    the year the tense chose puts it on another weekday and exactly one year of the
    publication year and the two beside it puts it on that weekday; None otherwise."""
    if atom.weekday is None or atom.partial is None or ctx.anchor is None:
        return None
    if period[0] != period[1]:
        return None
    number = ctx.lex.weekday_number(atom.weekday)
    if period[0].weekday() == number:
        return None
    years = range(ctx.anchor.year - 1, ctx.anchor.year + 2)
    spans = [s for s in (atom.partial.period(y) for y in years) if s is not None]
    matching = [s for s in spans if s[0] == s[1] and s[0].weekday() == number]
    return matching[0] if len(matching) == 1 else None


def _year_note(
    year: int, verdict: int, *, scheduled: bool = False, late: bool = False, early: bool = False
) -> str:
    """The note that says which year was inferred, and why (``scheduled``: the next month of
    a noun of an event set in advance, ``_dates_scheduled``; ``late``: a clause that looks
    back, its date within ``past_ahead_days`` after the anchor; ``early``: one that looks
    forward, its day within ``future_behind_days`` before it)."""
    why = {
        PAST: explain_words("time")["clause_back"],
        FUTURE: explain_words("time")["clause_forward"],
    }.get(verdict, "")
    if scheduled:
        why = explain_words("time")["scheduled_ahead"]
    elif late:
        why = explain_words("time")["past_ahead"]
    elif early:
        why = explain_words("time")["future_behind"]
    return explain_words("time")["year_inferred"].format(year=year, why=why)


def _window(verdict: int, lex: TimeLexicon, *, since: bool = False) -> int:
    """How many days from the anchor a year-less period may lie on the side the clause's
    tense does not give: ``partial_window_days`` after it with no tense, ``past_ahead_days``
    after it in a clause that looks back ("announced a June 16 hearing" on June 8),
    ``future_behind_days`` before it for a day in one that looks forward; none after "since"."""
    if since:
        return 0
    if verdict == FUTURE:
        return lex.future_behind_days
    return lex.past_ahead_days if verdict == PAST else lex.partial_window_days


def _place(partial: Partial, anchor: date, verdict: int, window: int) -> tuple[date, date] | None:
    """Choose the year of a year-less period from the anchor and the clause's tense and a
    ``window`` of days (``_window``). When the clause looks forward: a day of the anchor's
    year ended at most ``window`` days before the anchor, else the first one not ended before
    it. When it looks back: the one of the anchor's year starting at most ``window`` days after
    the anchor, else the last one started by it. With no tense: the last one starting at most
    ``window`` days after the anchor."""
    spans = [s for s in (partial.period(y) for y in range(anchor.year - 4, anchor.year + 2)) if s]
    if verdict == FUTURE:
        first = anchor - timedelta(days=window)
        recent = [
            s for s in spans if s[0] == s[1] and first <= s[0] < anchor and s[0].year == anchor.year
        ]
        if recent:
            return recent[0]  # "was scheduled to appear on May 10" on May 17
        return min((s for s in spans if s[1] >= anchor), default=None)
    limit = anchor + timedelta(days=window)
    if verdict == PAST:
        soon = [s for s in spans if anchor < s[0] <= limit and s[0].year == anchor.year]
        limit = anchor
        if soon:
            return soon[0]  # "announced a June 16 hearing" on June 8
    return max((s for s in spans if s[0] <= limit), default=None)


def _possessive_end(atom: Atom, ctx: Context) -> int:
    """The end of a possessive ending right after a month ("November['s]"), 0 for none."""
    for ending in ctx.lex.possessive_endings:
        end = atom.end + len(ending)
        if ctx.text[atom.end : end].replace("\u2019", "'") == ending:
            return end
    return 0


def _dates_scheduled(atom: Atom, ctx: Context) -> bool:
    """Whether a month before a noun dates an event set in advance: a word of
    ``noun_month_scheduled`` among the words right after it (after its possessive ending),
    lower-case but for a possessive's ("the November midterms", "the November general
    election", "a July trial in Alexandria", "November's Congressional elections")."""
    possessive = _possessive_end(atom, ctx)
    pattern = _WORDS_AFTER if possessive else _NOUN_PHRASE_AFTER
    after = pattern.match(ctx.text, possessive or atom.end)
    if after is None:
        return False
    return bool(set(after.group().lower().split()) & ctx.lex.noun_month_scheduled)


def _scheduled_day(atom: Atom, ctx: Context) -> tuple[date, date] | None:
    """The coming occurrence of a year-less day before a noun of an event set in advance
    (``_dates_scheduled``: "the 12 states in play for the Nov. 6 election", "headed for a June
    24 runoff") in a clause that looks back, when no such day lies within reach behind and
    the next one is within reach ahead (``_nearest``); None otherwise. A past verb of the
    clause seldom dates the event ("those polled live in the states in play for the Nov. 6
    election" in October is not last year's election)."""
    if atom.granularity is not Granularity.DAY or atom.partial is None or ctx.anchor is None:
        return None
    if not _dates_scheduled(atom, ctx):
        return None
    reach = ctx.lex.noun_month_reach_days
    coming = _nearest(atom.partial, ctx.anchor, PAST, reach, scheduled=True)
    return coming if coming is not None and coming[0] > ctx.anchor else None


def _nearest(
    partial: Partial, anchor: date, verdict: int, reach: int, scheduled: bool = False
) -> tuple[date, date] | None:
    """The occurrence of a year-less month before a noun, or None (not read): the last one
    ended before the anchor's month, within ``reach`` days, unless the clause looks forward;
    the next one, within ``reach`` days, only when it does ("ahead of the October debate"),
    or when ``scheduled`` (the clause gives no tense and the noun is of an event set in
    advance: "six weeks remaining before the November midterms") and no last one is within
    reach. The anchor's own month is never read so ("a December call" in December may be
    last year's)."""
    spans = [s for s in (partial.period(y) for y in range(anchor.year - 1, anchor.year + 2)) if s]
    month_start = anchor.replace(day=1)
    ahead = [s for s in spans if s[0] > anchor and (s[0] - anchor).days <= reach]
    if verdict == FUTURE:
        return ahead[0] if ahead else None
    behind = [s for s in spans if s[1] < month_start and (anchor - s[1]).days <= reach]
    if behind:
        return behind[-1]
    return ahead[0] if scheduled and ahead else None


def _link(a: Atom, b: Atom, ctx: Context) -> str | None:
    """How two neighbouring atoms are joined: "to" (a range: "to", "until", "-"), "and", or None."""
    lex = ctx.lex
    gap = ctx.text[a.end : b.start]
    if b.mod_word is not None:
        if b.mod_word in lex.range_links and _SPACES.fullmatch(gap):
            return lex.range_links[b.mod_word]
        return None
    joined = patterns(ctx.lang).link.fullmatch(gap)
    if joined is None:
        return None
    word = joined.group("word")
    return lex.range_links[" ".join(word.lower().split())] if word else "to"


def join(atoms: list[Atom], ctx: Context) -> list[Atom]:
    """Join "between X and Y", "from X to Y", "X-Y" and "in X and Y" (adjacent) into periods."""
    out: list[Atom] = []
    index = 0
    while index < len(atoms):
        a = atoms[index]
        b = atoms[index + 1] if index + 1 < len(atoms) else None
        joined = None
        if b is not None:
            joined = _in_relative_year(a, b, ctx) or _alternatives(a, b, ctx) or _range(a, b, ctx)
        if joined is not None:
            out.append(joined)
            index += 2
            continue
        coordinated = b is not None and a.kind == b.kind and keep(a, ctx)
        if b is not None and coordinated and _link(a, b, ctx) == "and":
            atoms[index + 1] = replace(b, linked=True)  # "in March and May": May is a month
        out.append(a)
        index += 1
    return out


def _range(a: Atom, b: Atom, ctx: Context) -> Atom | None:
    """One period from two atoms joined by a range word, or None when they are not a range."""
    if a.kind not in _RANGE_KINDS or b.kind not in _RANGE_KINDS:
        return None
    word = _link(a, b, ctx)
    if word is None or (a.mod is not None and a.mod not in ctx.lex.range_openers):
        return None
    if any(x.kind == "year" and not year_stands(x, ctx) for x in (a, b)):
        return None
    if word == "and" and a.mod != "between":
        return _adjacent(a, b, ctx)
    if word != "and" and a.mod == "between":
        return None
    a, b = _place_pair(a, b, ctx)
    if a.begin is None or b.end_date is None:
        if a.begin is not None or b.end_date is not None:
            return None
    elif a.begin > b.end_date:
        return None
    return _merged(a, b)


def _in_relative_year(a: Atom, b: Atom, ctx: Context) -> Atom | None:
    """ "in April of last year", "May 9 last year": a date without its year placed in the
    year the relative expression after it names (not by the clause's tense), as one
    relative expression."""
    if a.partial is None or b.kind != "relative" or b.granularity is not Granularity.YEAR:
        return None
    if b.begin is None or b.end_date is None or b.begin.year != b.end_date.year:
        return None  # no anchor, or "a decade ago" (several years)
    if b.mod is not None or b.has_part or any(QUALIFIED_YEAR in n for n in b.notes):
        return None  # "in April, during last year"; "April of the last fiscal year"
    if a.kind == "month" and not keep(a, ctx):
        return None  # a lone "May" may be the modal verb
    if patterns(ctx.lang).of_gap.fullmatch(ctx.text, a.end, b.start) is None:
        return None
    period = a.partial.period(b.begin.year)
    if period is None:
        return None  # "February 29 of last year" in a year without one
    words = " ".join(ctx.text[b.core_start : b.end].split())
    note = explain_words("time")["year_taken"].format(year=b.begin.year, words=words)
    return replace(
        a,
        end=b.end,
        begin=period[0],
        end_date=period[1],
        partial=None,
        relative=True,
        kind="date",
        linked=True,
        notes=(*a.notes, note),
    )


def _alternatives(a: Atom, b: Atom, ctx: Context) -> Atom | None:
    """ "at 7pm or 8pm (depending on location)": two clock times given as alternatives,
    read as one period from the first to the last so that either agrees with it."""
    if a.kind != "clock" or b.kind != "clock" or a.minutes is None or b.minutes is None:
        return None
    if b.mod is not None:
        return None
    if patterns(ctx.lang).alternative.fullmatch(ctx.text, a.end, b.start) is None:
        return None
    first, last = min(a.minutes[0], b.minutes[0]), max(a.minutes[1], b.minutes[1])
    gran = min(a.granularity, b.granularity, key=lambda g: GRANULARITY_RANK[g])
    notes = (*dict.fromkeys((*a.notes, *b.notes)), ALTERNATIVES)
    zone = a.zone or b.zone  # "at 7pm or 8pm ET": the zone written once is both times
    return replace(a, end=b.end, minutes=(first, last), granularity=gran, notes=notes, zone=zone)


def _adjacent(a: Atom, b: Atom, ctx: Context) -> Atom | None:
    """ "in 2023 and 2024": one period when the second follows the first without a gap.

    Relative words stay apart ("this year and next year" are often two claims).
    """
    if a.granularity != b.granularity or a.kind != b.kind or a.relative or b.relative:
        return None
    a, b = _place_pair(a, b, ctx)
    if a.end_date is None or b.begin is None or a.end_date >= date.max:
        return None
    if a.end_date + timedelta(days=1) != b.begin:
        return None
    return _merged(a, b)


def _place_pair(a: Atom, b: Atom, ctx: Context) -> tuple[Atom, Atom]:
    """Give a year-less end of a range the year of the other end (or of the anchor)."""
    if a.partial is not None and b.partial is None and b.begin is not None:
        return _in_year_before(a, b.begin), b
    if a.partial is not None and b.partial is not None:
        placed = resolve(a, ctx)
        if placed is None:
            return a, b
        a = placed
    if b.partial is not None and a.begin is not None:
        return a, _in_year_after(b, a.begin)
    if b.kind == "weekday" and a.kind == "weekday" and a.begin and b.begin and b.begin < a.begin:
        if b.begin > date.max - timedelta(days=7):
            return a, b
        later = b.begin + timedelta(days=7)  # "from Monday to Friday": the Friday after
        return a, replace(b, begin=later, end_date=later)
    return a, b


def _in_year_before(a: Atom, limit: date) -> Atom:
    """Place a year-less start of a range in the year of its end."""
    assert a.partial is not None
    for year in (limit.year, limit.year - 1):
        span = a.partial.period(year)
        if span is not None and span[0] <= limit:
            note = explain_words("time")["year_from_end"].format(year=year)
            notes = (*a.notes, note)
            return replace(a, begin=span[0], end_date=span[1], partial=None, notes=notes)
    return a


def _in_year_after(b: Atom, limit: date) -> Atom:
    """Place a year-less end of a range in the year of its start."""
    assert b.partial is not None
    for year in (limit.year, limit.year + 1):
        span = b.partial.period(year)
        if span is not None and span[0] >= limit:
            note = explain_words("time")["year_from_start"].format(year=year)
            notes = (*b.notes, note)
            return replace(b, begin=span[0], end_date=span[1], partial=None, notes=notes)
    return b


def _merged(a: Atom, b: Atom) -> Atom:
    """One period from the start of ``a`` to the end of ``b``."""
    gran = min(a.granularity, b.granularity, key=lambda g: GRANULARITY_RANK[g])
    notes = tuple(dict.fromkeys((*a.notes, *b.notes)))
    return replace(
        a,
        end=b.end,
        end_date=b.end_date,
        granularity=gran,
        relative=a.relative or b.relative,
        notes=notes,
        kind="date",
        partial=None,
        linked=True,
    )
