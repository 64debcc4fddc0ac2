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

from crosscheck.model import Granularity
from crosscheck.timex import absolute, relative
from crosscheck.timex.clock import clock
from crosscheck.timex.lexicon import TimeLexicon
from crosscheck.timex.patterns import WORD, patterns
from crosscheck.timex.records import Atom, Context, vague
from crosscheck.timex.tense import clause_before, previous_word

__all__ = ["matches", "read_atom"]

_BACK = 90  # characters before a trigger word where an expression may start
_FORWARD = 50  # characters after a trigger word where an expression may end
_CLAUSE_CLOSE = re.compile(r"\s{0,3}(?:[.;:!?)\n\u2013\u2014|]|$)")
_BEYOND = "not placed: beyond the calendar (years 1 to 9999) from the publication date"

Groups = dict[str, str | None]


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """Disjoint stretches of text around trigger words, where expressions can stand."""
    start = end = -1
    for m in patterns().trigger.finditer(text):
        lo, hi = max(0, m.start() - _BACK), min(len(text), m.end() + _FORWARD)
        if lo > end:
            if end > start:
                yield start, end
            start = lo
        end = max(end, hi)
    if end > start:
        yield start, end


def matches(text: str) -> Iterator[re.Match[str]]:
    """Every expression match, in order, found only inside trigger windows."""
    atom = patterns().atom
    for lo, hi in _windows(text):
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
    if g["part"]:
        word = _part_word(g["part"], ctx.lex)
        atom = replace(atom, start=m.start("part"), has_part=True, notes=(word, *atom.notes))
    if g["mod"]:
        atom = _with_modifier(atom, m, ctx)
    return atom


def _beyond_calendar(m: re.Match[str], g: Groups, ctx: Context) -> Atom | None:
    """The expression read without the anchor, with a note; None if even that fails."""
    try:
        atom = _core(m, g, replace(ctx, anchor=None))
    except (ValueError, OverflowError):
        return None  # a written date that no calendar has ("May 0000")
    if atom is None or ctx.anchor is None:
        return None
    return replace(atom, begin=None, end_date=None, notes=(*atom.notes, _BEYOND))


def _part_word(surface: str, lex: TimeLexicon) -> str:
    """The canonical part ("early", "end") of a part phrase, with or without an article."""
    words = surface.lower().split()
    phrase = " ".join(words)
    if phrase not in lex.parts and words[0] in lex.articles:
        phrase = " ".join(words[1:])
    return lex.parts[phrase]


def _with_modifier(atom: Atom, m: re.Match[str], ctx: Context) -> Atom:
    """Attach the scope word in front, reading "as" as "since" where the clause asks for it."""
    lex = ctx.lex
    word = " ".join(m.group("mod").lower().split())
    if atom.kind == "clock" and word in lex.clock.modifiers:
        canonical = lex.clock.modifiers[word]
        return replace(atom, start=m.start("mod"), mod=canonical, mod_word=word)
    start = m.start("mod")
    if word not in lex.modifiers:  # a clock-only phrase ("at", "shortly after") before a date
        general = _general_tail(m.group("mod"), lex)
        if general is None:
            return atom
        start, word = m.end("mod") - len(general), " ".join(general.lower().split())
    canonical = lex.modifiers[word]
    if canonical == "as":
        if not _as_means_since(atom, m, ctx):
            return atom
        surface = ctx.text[start : atom.end]
        note = f"'{surface}' read as 'since {ctx.text[atom.start : atom.end]}'"
        notes = (*atom.notes, note)
        return replace(atom, start=start, mod="since", mod_word=word, notes=notes)
    if word in lex.relative_only and atom.kind != "period":
        return atom
    if word in lex.day_only and atom.granularity is not Granularity.DAY:
        return atom
    return replace(atom, start=start, mod=canonical, mod_word=word)


def _general_tail(surface: str, lex: TimeLexicon) -> str | None:
    """The last words of a clock-only phrase that are a general scope word ("after")."""
    words = surface.split()
    for index in range(1, len(words)):
        tail = " ".join(words[index:])
        if tail.lower() in lex.modifiers:
            return surface[surface.rindex(words[index]) :]
    return None


def _as_means_since(atom: Atom, m: re.Match[str], ctx: Context) -> bool:
    """True when "as <date>" is a slip for "since <date>" (see the package docstring)."""
    if atom.kind not in ("date", "year") or atom.partial is not None or atom.begin is None:
        return False
    before = previous_word(ctx.text, m.start("mod"))
    if before in ctx.lex.as_blocked_before:
        return False
    if _CLAUSE_CLOSE.match(ctx.text, atom.end):
        return True
    clause = clause_before(ctx.text, m.start("mod"))
    return any(w.lower() in ctx.lex.as_since_verbs for w in WORD.findall(clause))


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
    if g["s_name"]:
        return absolute.season_year(str(g["s_name"]), int(str(g["s_y"])), m, ctx)
    if g["dec_y"] or g["dec_yy"]:
        return absolute.decade(g, m, ctx)
    if g["c_n"]:
        return absolute.century(str(g["c_n"]), m, ctx)
    if g["r_det"]:
        return relative.determined(g, m, ctx)
    if g["a_n"]:
        return relative.ago(g, m, ctx)
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
