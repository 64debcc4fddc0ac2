"""Scanning: text -> regex matches inside trigger windows -> one ``Atom`` per match.

Matching runs only in windows around cheap trigger words (digits, month and weekday names,
time units), so the time taken is linear in the length of the text. A relative expression
whose period falls outside years 1..9999 (a publication date of 0001-01-01 with "last year")
stays unplaced with a note instead of raising.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

import crosscheck.timex.absolute as absolute
import crosscheck.timex.ago as ago
import crosscheck.timex.anaphora as anaphora
import crosscheck.timex.relative as relative
import crosscheck.timex.steps as steps
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.lexicon import explain_words
from crosscheck.model import Granularity
from crosscheck.text.leads import lead_pattern, with_lead
from crosscheck.timex.clock import clock
from crosscheck.timex.patterns import WORD_START, patterns
from crosscheck.timex.records import Atom, Context, vague
from crosscheck.timex.scope import with_scope

__all__ = ["matches", "read_atom"]

_BACK = 90  # characters before a trigger word where an expression may start
_FORWARD = 50  # characters after a trigger word where an expression may end
_BEYOND = explain_words("time")["beyond_from_publication"]

Groups = dict[str, str | None]


def _windows(text: str, lang: str) -> Iterator[tuple[int, int]]:
    """Disjoint stretches of text around the trigger words of language ``lang``, where
    expressions can stand."""
    start = end = -1
    for m in _trigger(lang).finditer(text):
        lo, hi = max(0, m.start() - _BACK), min(len(text), m.end() + _FORWARD)
        if lo > end:
            if end > start:
                yield start, end
            start = lo
        end = max(end, hi)
    if end > start:
        yield start, end


@cache
def _trigger(lang: str = DEFAULT_LANGUAGE) -> re.Pattern[str]:
    """The trigger pattern of ``lang`` behind a look-ahead on its first characters (same
    matches)."""
    return with_lead(patterns(lang).trigger)


# Characters of an expression's opening the look-ahead reads: "the l[ast]" is not yet "the
# le[ader]"; one more costs more to compile than it saves.
_LEAD_DEPTH = 5


@cache
def _atom(lang: str = DEFAULT_LANGUAGE) -> re.Pattern[str]:
    """The atom pattern of ``lang`` behind a look-ahead on its first characters (same
    matches: the pattern opens with the word-start look-behind, read first here since it
    rejects the positions inside words in one test; the look-ahead then rejects most word
    starts, "the leader" or "in a", before the alternation opens: ~45% faster than a
    look-ahead on the first two characters). Built from the atom's source and compiled
    once: compiling the atom alone, then behind the look-ahead, then again behind the
    look-behind took 0.05-0.1 s more of each run's first text (the patterns are ~80,000
    characters)."""
    source = patterns(lang).atom_source
    lead = lead_pattern(source, depth=_LEAD_DEPTH)
    led = source if lead is None else f"(?={lead})(?:{source})"  # as ``with_lead`` builds it
    return re.compile(WORD_START + led)  # the atom opens with it; compiled once, here


def matches(text: str, lang: str = DEFAULT_LANGUAGE) -> Iterator[re.Match[str]]:
    """Every expression match of language ``lang``'s patterns, in order, found only inside
    trigger windows."""
    atom = _atom(lang)
    for lo, hi in _windows(text, lang):
        yield from atom.finditer(text, lo, hi)


def read_atom(m: re.Match[str], ctx: Context) -> Atom | None:
    """Read one match into an atom; None when it is not a time expression after all."""
    g = m.groupdict()
    try:
        atom = _core(m, g, ctx)
    except (ValueError, OverflowError):  # the period falls outside years 1..9999
        atom = _beyond_calendar(m, g, ctx)
    if atom is None:
        return None
    return with_scope(atom, m, ctx)


def _beyond_calendar(m: re.Match[str], g: Groups, ctx: Context) -> Atom | None:
    """The expression read without the anchor, with a note; None if even that fails."""
    try:
        atom = _core(m, g, replace(ctx, anchor=None))
    except (ValueError, OverflowError):
        return None  # a written date that no calendar has ("May 0000")
    if atom is None or ctx.anchor is None:
        return None
    return replace(atom, begin=None, end_date=None, notes=(*atom.notes, _BEYOND))


def _core(m: re.Match[str], g: Groups, ctx: Context) -> Atom | None:
    """Dispatch on the core alternative that matched."""
    if g["iso_y"]:
        month = int(str(g["iso_m"]))
        return absolute.explicit_day(g["iso_y"], month, g["iso_d"], None, None, m, ctx)
    if g["yr1"]:
        return absolute.year_range(str(g["yr1"]), str(g["yr2"]), m, ctx)
    if g["num_a"]:
        a, b, y = int(str(g["num_a"])), int(str(g["num_b"])), int(str(g["num_y"]))
        return absolute.numeric_day(a, b, y, m)
    if g["mdy_m"]:
        return absolute.month_day(g, "mdy", m, ctx)
    if g["dmy_m"]:
        return absolute.month_day(g, "dmy", m, ctx)
    if g["my_m"]:
        month = ctx.lex.month_number(str(g["my_m"]))
        return absolute.month_year(month, int(str(g["my_y"])), m)
    if g["q_ord"] or g["qq"]:
        return absolute.quarter(g, m, ctx)
    if g["hol"]:
        return absolute.holiday(str(g["hol"]), g["hol_y"], m, ctx)
    if g["s_name"]:
        return absolute.season_year(str(g["s_name"]), int(str(g["s_y"])), m, ctx)
    if g["dec_y"] or g["dec_yy"]:
        return absolute.decade(g, m, ctx)
    if g["c_n"]:
        return absolute.century(str(g["c_n"]), m, ctx)
    if g["st_phrase"] or g["st_n"]:
        return steps.step(g, m, ctx)
    if g["e_det"]:
        return relative.edge_determined(g, m, ctx)
    if g["r_det"]:
        return relative.determined(g, m, ctx)
    if g["an_det"]:
        return anaphora.anaphor(g, m, ctx)
    if g["a_ago"]:
        return ago.ago(g, m, ctx)
    if g["p_the"]:
        return relative.rolling(g, m, ctx)
    if g["rc"]:
        unit = ctx.lex.units[str(g["rc_unit"]).lower()]
        return vague(m, Granularity(unit), "period")
    if g["wk"]:
        return relative.weekend(m, ctx)
    if g["ck_h"] or g["ck_named"]:
        return clock(g, m, ctx)
    if g["deictic"]:
        return relative.deictic(str(g["deictic"]), m, ctx)
    if g["wd"]:
        return relative.weekday(str(g["wd"]), m, ctx)
    if g["mon"]:
        return absolute.bare_month(str(g["mon"]), m, ctx)
    return absolute.year(str(g["year"]), m, ctx)
