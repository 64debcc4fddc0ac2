"""Spans ago: "two years ago", "several months ago", "decades ago", "more than 20 years ago".

A count of units before "ago" is read back from the publication date (the anchor):

- an exact count ("two years ago") is the unit that many units back, marked approximate: a
  year is its calendar year (the TimeML convention), "N decades ago" the years around
  anchor - 10 N (``decade_ago_slack_years`` either side), not the calendar decade;
- a vague count ("several", "a few": ``ago_vague_counts``) is the span of units between its
  least and most distance back ("several years ago" in 2018 is 2008..2016), after the scope
  word ``ago_vague_modifier``: a length of time told loosely dates no one event;
- a plural unit with no count ("years ago", "decades ago") or an open vague count ("many
  years ago") is open-ended: the unit ``ago_bare_least`` (or the count's least) units back,
  after ``ago_open_modifier`` ("before 2016"), and so is an exact count after an open bound
  ("more than 20 years ago": before 1998); after another bound ("less than a year ago") it
  is not placed;
- after a hedge ("almost a year ago") the point keeps its place and takes the hedge as its
  scope word (``ago_hedge_modifier``);
- "N units ago today" is that very day N units back ("a year ago today").

A span of years or decades keeps year precision, so it prints as years ("2008..2016"), never
as a calendar decade.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from crosscheck.lexicon import explain_words, load_lexicon, require
from crosscheck.model import Granularity, TimeRef, format_period
from crosscheck.timex.lexicon import TimeLexicon, time_lexicon
from crosscheck.timex.records import Atom, Context, relative, vague
from crosscheck.timex.spans import add_months, unit_span

__all__ = ["ago", "count_of", "exact_ago", "read_loosely"]

Groups = dict[str, str | None]

_WORDS = explain_words("time")
# Notes of a span ago.
AGO_APPROXIMATE = _WORDS["ago_approximate"]
AGO_OPEN = _WORDS["ago_open"]
AGO_HEDGED = _WORDS["ago_hedged"]
AGO_BEFORE = _WORDS["ago_before"]
AGO_SPAN = _WORDS["ago_span"]
AGO_AT_LEAST = _WORDS["ago_at_least"]
AGO_SAME_DAY = _WORDS["ago_same_day"]

# The fixed openings of the notes of a span read loosely ("vague count: ...", "open-ended: ...").
_LOOSE_OPENINGS = tuple(note.split("{", 1)[0] for note in (AGO_SPAN, AGO_AT_LEAST, AGO_BEFORE))

_DECADE = "decade"
_YEARS_PER_DECADE = 10


def read_loosely(note: str | None) -> bool:
    """Whether a time's note says it is a span ago read from a vague count or open-ended
    ("several years ago", "decades ago", "more than 20 years ago"): a length of time told
    loosely, which dates no one event."""
    return _noted(note, _LOOSE_OPENINGS)


def _noted(note: str | None, openings: tuple[str, ...]) -> bool:
    """Whether a part of a time's note opens with one of ``openings``."""
    return bool(note) and any(part.startswith(openings) for part in str(note).split("; "))


# The fixed opening of the note of a span ago after a bound that is not placed ("less than").
_UNPLACED_OPENING = AGO_OPEN.split("{", 1)[0]


def exact_ago(time: TimeRef, lang: str) -> bool:
    """Whether a time is an exact count of units back from the publication date, "ago" its
    last word: "two weeks ago", "a month ago", "five years ago", "three decades ago", also
    after a hedge or a scope word ("nearly four years ago", "from 50 years ago") and when it
    could not be placed. Not a count read loosely (``read_loosely``: "several years ago",
    "decades ago", "more than 20 years ago") or after a bound that is not placed ("less than
    a year ago"), nor the very day of "a year ago today". Its unit is its granularity (a
    decade's is years): the rules resolve an unhedged one of weeks, months or years against
    a day (``rules.ago_resolved``); one of years is a distance told in round years, no date
    its event is told at (``match.date_descriptors.describable``)."""
    words = time.text.lower().split()
    return (
        time.relative
        and bool(words)
        and words[-1] in time_lexicon(lang).ago_words
        and not read_loosely(time.note)
        and not _noted(time.note, (_UNPLACED_OPENING,))
    )


def count_of(word: str, lex: TimeLexicon) -> int:
    """A counting word or figure: 0 for vague amounts ("several")."""
    lowered = " ".join(word.lower().split())
    return int(lowered) if lowered.isdigit() else lex.numbers.get(lowered, 0)


def ago(g: Groups, m: re.Match[str], ctx: Context) -> Atom | None:
    """A span ago (see the module docstring); None when part of its count is a number the
    finder does not read ("a dozen years ago", "thirty-four years ago")."""
    lex = ctx.lex
    if _joined_before(m.start("core"), ctx):
        return None  # "thirty-four years ago", "1,000 years ago": the count is not all here
    word = str(g["a_unit"])
    unit = lex.units[word.lower()]
    if g["a_n"] is None:
        if word.lower() not in lex.plural_units or _number_before(m.start("core"), ctx):
            return None
        return _open(m, ctx, unit, lex.ago_bare_least, word)
    count = " ".join(str(g["a_n"]).lower().split())
    if count in lex.ago_vague_counts:
        least, most = lex.ago_vague_counts[count]
        if most == 0:
            return _open(m, ctx, unit, least, str(g["a_n"]))
        return _vague_span(m, ctx, unit, (least, most), str(g["a_n"]))
    n = count_of(count, lex)
    bound = _word_before(m.start("core"), lex.ago_bounds, ctx)
    if bound is not None:
        if bound not in lex.ago_open_bounds or n == 0:
            atom = vague(m, _granularity(unit), "relative")
            return replace(atom, notes=(AGO_OPEN.format(bound=bound),))
        return _open(m, ctx, unit, n, bound)
    hedge = _word_before(m.start("core"), lex.ago_hedges, ctx)
    if g["a_day"] and hedge is None and n > 0:
        return _same_day(m, ctx, unit, n)
    placed = _placed_ago(m, ctx, n, unit)
    if hedge is None:
        return placed
    notes = (*placed.notes, AGO_HEDGED.format(hedge=hedge))
    return replace(placed, mod=lex.ago_hedge_modifier, mod_word=hedge, notes=notes)


def _placed_ago(m: re.Match[str], ctx: Context, n: int, unit: str) -> Atom:
    """ "N units ago" placed N units before the anchor (see ``ago``)."""
    gran = _granularity(unit)
    if n == 0:
        return vague(m, gran, "relative")
    if ctx.anchor is None:
        return relative(m, gran, None)
    note = AGO_APPROXIMATE.format(n=n, unit=unit)
    if unit == _DECADE:
        year = ctx.anchor.year - _YEARS_PER_DECADE * n
        slack = ctx.lex.decade_ago_slack_years
        period = (date(year - slack, 1, 1), date(year + slack, 12, 31))
        return relative(m, gran, period, notes=(note,))
    notes = (note,) if unit == "year" else ()
    return relative(m, gran, unit_span(unit, ctx.anchor, -n), notes=notes)


def _vague_span(
    m: re.Match[str], ctx: Context, unit: str, counts: tuple[int, int], word: str
) -> Atom:
    """ "several years ago": the units from ``most`` to ``least`` back, after the vague
    scope word, at the unit's precision (a decade's at year precision)."""
    least, most = counts
    gran = _granularity(unit)
    note = AGO_SPAN.format(count=word.lower(), least=least, most=most, unit=unit)
    period = None
    if ctx.anchor is not None:
        period = (_unit_back(unit, ctx.anchor, most)[0], _unit_back(unit, ctx.anchor, least)[1])
    atom = relative(m, gran, period, notes=(note,))
    return replace(atom, mod=ctx.lex.ago_vague_modifier)


def _open(m: re.Match[str], ctx: Context, unit: str, least: int, word: str) -> Atom:
    """An open span ago ("more than 20 years ago", "decades ago"): the unit ``least`` units
    back, after the open scope word ("before 1998")."""
    gran = _granularity(unit)
    period = _unit_back(unit, ctx.anchor, least) if ctx.anchor is not None else None
    if word.lower() in ctx.lex.ago_bounds:
        point = format_period(*period, gran) if period is not None else str(least)
        note = AGO_BEFORE.format(bound=word.lower(), point=point)
    else:
        note = AGO_AT_LEAST.format(count=word.lower(), least=least, unit=unit)
    atom = relative(m, gran, period, notes=(note,))
    return replace(atom, mod=ctx.lex.ago_open_modifier)


def _same_day(m: re.Match[str], ctx: Context, unit: str, n: int) -> Atom:
    """ "a year ago today": the day ``n`` units before the anchor."""
    words = " ".join(m.group("core").split())
    note = AGO_SAME_DAY.format(words=words, n=n, unit=unit)
    if ctx.anchor is None:
        return relative(m, Granularity.DAY, None, notes=(note,))
    anchor = ctx.anchor
    months = {"month": 1, "year": 12, _DECADE: 12 * _YEARS_PER_DECADE}.get(unit)
    if months is not None:
        day = add_months(anchor, -n * months)
    else:
        day = anchor - timedelta(days=n * (7 if unit == "week" else 1))
    return relative(m, Granularity.DAY, (day, day), notes=(note,))


def _granularity(unit: str) -> Granularity:
    """The precision of a span of units: a decade's is years (2006..2010, not "2000s")."""
    return Granularity.YEAR if unit == _DECADE else Granularity(unit)


def _unit_back(unit: str, anchor: date, n: int) -> tuple[date, date]:
    """The unit ``n`` units before the anchor's (a decade: the year 10 n years back)."""
    if unit == _DECADE:
        year = anchor.year - _YEARS_PER_DECADE * n
        return date(year, 1, 1), date(year, 12, 31)
    return unit_span(unit, anchor, -n)


def _word_before(start: int, words: frozenset[str], ctx: Context) -> str | None:
    """The bound ("more than", "over") or hedge ("almost") right before "N units ago"."""
    before = " ".join(ctx.text[max(0, start - 24) : start].lower().split())
    for word in sorted(words):
        if before == word or before.endswith(" " + word):
            return word
    return None


# The word right before a bare plural unit, and a digit or fraction sign ending it.
_LAST_WORD = re.compile(r"([\w\u00bc-\u00be\u2150-\u215e'-]+)\s{1,3}$")
_NUMBER_END = re.compile(r"[\d\u00bc-\u00be\u2150-\u215e]$")


def _joined_before(start: int, ctx: Context) -> bool:
    """Whether the words start right after a hyphen or comma joined to a word or figure."""
    text = ctx.text
    return start >= 2 and text[start - 1] in "-," and text[start - 2].isalnum()


def _number_before(start: int, ctx: Context) -> bool:
    """Whether a number stands right before a bare plural unit ("4½", "a dozen",
    "thirty-four", "200"): it counts the units, which the finder does not read."""
    found = _LAST_WORD.search(ctx.text[max(0, start - 30) : start])
    if found is None:
        return False
    word = found.group(1).lower()
    if _NUMBER_END.search(word):
        return True
    parts = [p for p in re.split(r"[-']", word) if p]
    return bool(parts) and parts[-1] in _number_words(ctx.lang)


@cache
def _number_words(lang: str) -> frozenset[str]:
    """Number words of language ``lang``'s numbers.toml (cardinals, tens, scales and dozens,
    with plurals: ``plural_suffix`` of its ``[words]``)."""
    data = load_lexicon("numbers", lang)
    words = {
        str(w).lower()
        for table in ("cardinals", "tens", "scales", "dozens")
        for w in require(data, table, dict, "numbers", lang=lang)
    }
    lists = require(data, "words", dict, "numbers", lang=lang)
    plural = require(lists, "plural_suffix", str, "numbers", lang=lang)
    return frozenset(words | {w + plural for w in words})
