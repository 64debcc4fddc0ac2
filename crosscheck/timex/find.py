"""The time finder: text (+ publication date) -> list[TimeRef], sorted, never overlapping."""

from __future__ import annotations

from datetime import date

from crosscheck.model import TimeRef
from crosscheck.timex.absolute import check_weekday
from crosscheck.timex.clock import attach_days
from crosscheck.timex.lexicon import TimeLexicon, time_lexicon
from crosscheck.timex.periods import join, keep, resolve
from crosscheck.timex.records import Atom, Context
from crosscheck.timex.scan import matches, read_atom

__all__ = ["find_times"]


def find_times(text: str, anchor: date | None = None) -> list[TimeRef]:
    """Find the dates, periods, clock times and relative time expressions of a text.

    Args:
        text: The text to read (a whole article or any part of one).
        anchor: The publication date, used to place relative expressions and dates given
            without a year; None leaves those with ``begin = end_date = None``.

    Returns:
        The expressions sorted by start, never overlapping, each with its exact span.
    """
    ctx = Context(text=text, anchor=anchor, lex=time_lexicon())
    atoms = [a for a in (read_atom(m, ctx) for m in matches(text)) if a is not None]
    kept = attach_days([a for a in join(atoms, ctx) if keep(a, ctx)], ctx)
    placed = [a if a.partial is None else resolve(a, ctx) for a in kept]
    return [_time_ref(a, text, ctx.lex) for a in placed if a is not None]


def _time_ref(atom: Atom, text: str, lex: TimeLexicon) -> TimeRef:
    """The public record of an atom, with its weekday checked against its date."""
    if atom.weekday is not None:
        atom = check_weekday(atom, atom.weekday, lex)
    minute_start, minute_end = atom.minutes if atom.minutes is not None else (None, None)
    return TimeRef(
        start=atom.start,
        end=atom.end,
        text=text[atom.start : atom.end],
        begin=atom.begin,
        end_date=atom.end_date,
        granularity=atom.granularity,
        modifier=atom.mod,
        relative=atom.relative,
        note="; ".join(atom.notes) or None,
        minute_start=minute_start,
        minute_end=minute_end,
    )
