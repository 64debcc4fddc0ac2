"""A year-less day after a full date of its month: the year of that date, not the anchor's.

"An email ... from Sept. 11, 2012 ... learned Sept. 14 that there appeared to be no protest"
(an article of 2014-04-29): the day is told in the story the full date opened, so it takes
that date's year, not the one its clause's tense chose from the publication date (2013). Read
only when the last full date (day, month and year, as written) before the day is of the same
month and lies at most ``year_carry_reach`` characters before it; a month or a year alone
("since January 2009 ... on Jan. 20") carries no year.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from crosscheck.lexicon import explain_words
from crosscheck.model import Granularity
from crosscheck.timex.records import Atom, Context

__all__ = ["carry_years"]


def carry_years(
    written: Sequence[Atom], placed: Sequence[Atom | None], ctx: Context
) -> list[Atom | None]:
    """``placed`` (``written`` with its year-less dates placed, in order) with each year-less
    day of the month of the last full date before it, near enough, in that date's year."""
    out: list[Atom | None] = []
    last: Atom | None = None  # the last full date written before
    for atom, read in zip(written, placed, strict=True):
        if read is not None and _full_date(atom):
            last = read
        elif read is not None and atom.partial is not None and last is not None:
            read = _carried(read, last, ctx)
        out.append(read)
    return out


def _full_date(atom: Atom) -> bool:
    """Whether a date is written with its day, month and year ("Sept. 11, 2012")."""
    return (
        atom.kind == "date"  # as written: day, month and year
        and atom.partial is None
        and not atom.relative
        and atom.granularity is Granularity.DAY
        and atom.begin is not None
        and atom.begin == atom.end_date
    )


def _carried(read: Atom, last: Atom, ctx: Context) -> Atom:
    """A placed year-less day in the year of ``last`` when it is of the same month, in
    another year, and near enough; otherwise as placed."""
    day, before = read.begin, last.begin
    if day is None or before is None or read.granularity is not Granularity.DAY:
        return read
    if day != read.end_date or (day.month, day.year) == (before.month, before.year):
        return read
    if day.month != before.month or read.start - last.end > ctx.lex.year_carry_reach:
        return read
    try:
        moved = day.replace(year=before.year)
    except ValueError:  # February 29 in a year without one
        return read
    words = " ".join(ctx.text[last.core_start : last.end].split())
    note = explain_words("time")["year_carried"].format(year=before.year, words=words)
    notes = (*read.notes[:-1], note) if read.notes else (note,)
    return replace(read, begin=moved, end_date=moved, notes=notes)
