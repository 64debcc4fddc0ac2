"""Dates told from the date before them: "the next day", "the day before", "that night".

Such a date is the last date the text gave before it (its antecedent) moved by the step the
words say (``[steps]`` of the lexicon): "On March 4, ... Eight days later" is March 12. The
antecedent must lie within one unit of the step (a step of days needs one day: "In 2018
... the following day" gives no day) and end at most ``max_gap_chars`` before the step;
with no such date the step is reported but not placed: never on the publication date, which
"The next day, Trump held ..." in a narrative does not mean. A step of weeks or months gives
the calendar week or month it lands in ("two weeks later" from Wednesday 3 March 2021 is the
week of 15 March). A count is read in the units of ``counted_units`` only ("four years
later" stays unread, as before), and not after a hedge ("more than a month later"). "the
next day" after a scope word of ``rolling_modifiers`` ("in the next day or so") or before a
word of ``rolling_after`` ("the next day or two") stays a rolling period from publication;
a phrase of ``closed`` is read only before a punctuation mark ("the day before the vote" is
told from the vote). Steps are relative (``relative=True``), like the anaphoric periods:
read from other words of the text, they are never reported as conflicting with another
date. A step placed so is the antecedent of the next step and of an anaphoric period
("Eight days later ... later that day").
A step of no day ("the same day", "that night", "later that evening": the antecedent's day,
a part of it read into the day as "Tuesday night" is) is placed only from a day in its own
paragraph and on its side of a quotation, and is not read as the object of a telling verb
("describing that day"), before a comparison ("the same day as the call") or a hyphen; left
unplaced it is dropped, as before it was not read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from string import Formatter

from crosscheck.lexicon import explain_words
from crosscheck.model import Granularity, TimeRef, format_period
from crosscheck.timex.ago import count_of
from crosscheck.timex.anaphora import from_antecedents
from crosscheck.timex.quotes import opening_quote
from crosscheck.timex.records import Atom, Context, plain
from crosscheck.timex.relative import rolling
from crosscheck.timex.spans import unit_span

__all__ = ["STEPPED", "resolve_steps", "step", "told_from_text"]

Groups = dict[str, str | None]

STEPPED = "stepped"
_READ = explain_words("time")["step_read"]
_UNPLACED = explain_words("time")["step_unplaced"]
_NEXT_WORD = re.compile(r"\s{0,3}([^\W\d_]+)")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s{1,3}$")
_CLOSED_BY = re.compile(r"\s{0,3}(?:[,.;:!?)\u2013\u2014]|-\s|$)")
_JOINED = re.compile(r"(?:\d[,.]?|-)$")  # "thirty-four days later", "1,000 days later"


def _folded(words: str) -> str:
    return " ".join(words.lower().split())


def step(g: Groups, m: re.Match[str], ctx: Context) -> Atom | None:
    """A step from the date before, still unplaced; a rolling period for "in the next
    day"; None for a hedged count or a closed phrase that runs on ("the day before the
    vote")."""
    steps = ctx.lex.steps
    if g["st_phrase"]:
        phrase = _folded(str(g["st_phrase"]))
        if phrase in steps.closed and not _CLOSED_BY.match(ctx.text, m.end()):
            return None
        if steps.phrases[phrase][0] == 0 and not _names_a_day(m, ctx):
            return None
        if _rolls(phrase, g, m, ctx):
            words = phrase.split()
            return rolling({"p_det": words[1], "p_n": None, "p_unit": words[2]}, m, ctx)
        unit = steps.phrases[phrase][1]
    else:
        before = ctx.text[max(0, m.start("core") - 20) : m.start("core")]
        if _JOINED.search(before) or count_of(str(g["st_n"]), ctx.lex) == 0:
            return None
        told = _folded(before)
        if any(told.endswith(f" {h}") or told == h for h in steps.hedges):
            return None
        unit = ctx.lex.units[str(g["st_unit"]).lower()]
        if unit not in steps.counted_units:
            return None  # "four years later": a distance in round units, read as before
    return plain(m, STEPPED, None, None, Granularity(unit), relative=True)


def _names_a_day(m: re.Match[str], ctx: Context) -> bool:
    """Whether a step of no day ("the same day", "that night") dates its clause: not the
    object of a word of ``same_day_objects`` ("describing that day"), not before a word of
    ``same_day_compared`` ("the same day as the call") and not before a hyphen."""
    steps = ctx.lex.steps
    before = _LAST_WORD.search(ctx.text, max(0, m.start("core") - 30), m.start("core"))
    if before is not None and before.group(1).lower() in steps.same_day_objects:
        return False
    if ctx.text.startswith("-", m.end()):
        return False
    after = _NEXT_WORD.match(ctx.text, m.end())
    return after is None or after.group(1).lower() not in steps.same_day_compared


def _rolls(phrase: str, g: Groups, m: re.Match[str], ctx: Context) -> bool:
    """Whether "the next day" here is a rolling period from publication: a rolling
    determiner and a unit, after a scope word of ``rolling_modifiers`` or before a word of
    ``rolling_after``."""
    words = phrase.split()
    lex = ctx.lex
    if len(words) != 3 or words[1] not in lex.rolling or words[2] not in lex.units:
        return False
    if g["mod"] and _folded(str(g["mod"])) in lex.steps.rolling_modifiers:
        return True
    after = _NEXT_WORD.match(ctx.text, m.end())
    return after is not None and after.group(1).lower() in lex.steps.rolling_after


def _step_of(words: str, ctx: Context) -> tuple[int, str]:
    """The signed count and unit a step's words say ("the next day", "two days later")."""
    folded = _folded(words)
    if folded in ctx.lex.steps.phrases:
        return ctx.lex.steps.phrases[folded]
    count, unit = folded.split()[:2]
    return count_of(count, ctx.lex), ctx.lex.units[unit]


def resolve_steps(atoms: list[Atom | None], ctx: Context) -> list[Atom | None]:
    """The atoms with each step placed from the last date before it (a step placed so is
    the antecedent of the next: "the next day ... two days later"); a step of no day that
    is not placed is dropped."""
    placed = from_antecedents(atoms, STEPPED, _told, ctx)
    return [None if atom is not None and _unread(atom, ctx) else atom for atom in placed]


def _unread(atom: Atom, ctx: Context) -> bool:
    """Whether an atom is a step of no day left unplaced: with no certain day before it,
    "that night" is no date at all ("repealing and replacing the same day")."""
    if atom.kind != STEPPED or atom.begin is not None:
        return False
    return _step_of(ctx.text[atom.core_start : atom.end], ctx)[0] == 0


def _told(atom: Atom, antecedent: Atom | None, ctx: Context) -> Atom:
    """A step placed from its antecedent day, or left with a note."""
    words = " ".join(ctx.text[atom.core_start : atom.end].split())
    unplaced = replace(atom, notes=(*atom.notes, _UNPLACED.format(words=words)))
    if antecedent is None or antecedent.begin is None:
        return unplaced
    if atom.core_start - antecedent.end > ctx.lex.steps.max_gap_chars:
        return unplaced
    count, unit = _step_of(words, ctx)
    if count == 0 and not _same_passage(antecedent, atom, ctx.text):
        return unplaced
    first = antecedent.begin
    if (antecedent.end_date or first) > unit_span(unit, first, 0)[1]:
        return unplaced  # "In 2018 ... the following day": no day to step from
    try:
        span = unit_span(unit, first, count)
    except (ValueError, OverflowError):
        return unplaced
    told = " ".join(ctx.text[antecedent.start : antecedent.end].split())
    period = format_period(span[0], span[1], Granularity.DAY)
    note = _READ.format(words=words, antecedent=told, period=period)
    return replace(atom, begin=span[0], end_date=span[1], notes=(*atom.notes, note))


def _same_passage(antecedent: Atom, atom: Atom, text: str) -> bool:
    """Whether a step of no day and its antecedent share a paragraph and a side of a
    quotation ("Cruz said Saturday ... "until 9:15 that night"" does not)."""
    if "\n" in text[antecedent.end : atom.core_start]:
        return False
    return opening_quote(text, antecedent.start) == opening_quote(text, atom.core_start)


def _note_pattern(template: str) -> re.Pattern[str]:
    """A note template's notes, its fields read as any words."""
    parsed = Formatter().parse(template)
    return re.compile(
        "".join(re.escape(words) + (".+" if field else "") for words, field, *_ in parsed)
    )


# How a date read from the date before it is noted ("'the same day' told from 'Saturday,
# August 9' before it as 2014-08-09"), by a step or an anaphoric period.
_TOLD_NOTES = (_note_pattern(_READ), _note_pattern(explain_words("time")["anaphora_read"]))


def told_from_text(time: TimeRef) -> bool:
    """Whether a date was read from the date written before it ("the same day", "later that
    month", "two days later"), not written out itself: its note says so."""
    parts = (time.note or "").split("; ")
    return any(p.fullmatch(part) for p in _TOLD_NOTES for part in parts)
