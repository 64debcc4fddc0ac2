"""Records used while reading: a regex match -> ``Atom`` (one expression before joining)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.lexicon import explain_words
from crosscheck.model import Granularity
from crosscheck.slotted import fast_init
from crosscheck.timex.lexicon import TimeLexicon

__all__ = [
    "FUTURE",
    "PAST",
    "QUALIFIED_YEAR",
    "UNKNOWN",
    "Atom",
    "Context",
    "Partial",
    "plain",
    "relative",
    "vague",
]

PAST, UNKNOWN, FUTURE = -1, 0, 1
# The end of the note of a qualified year ("this fiscal year"), which need not be the
# calendar year.
QUALIFIED_YEAR = explain_words("time")["qualified_year"]


@dataclass(frozen=True, slots=True)
class Partial:
    """A date or period without its year: placed on the calendar once a year is chosen."""

    first_month: int
    first_day: int | None
    last_month: int
    last_day: int | None

    def period(self, year: int) -> tuple[date, date] | None:
        """The period in ``year`` (a winter runs into the next year); None if no such day."""
        last_year = year if self.last_month >= self.first_month else year + 1
        try:
            end_day = self.last_day or calendar.monthrange(last_year, self.last_month)[1]
            return (
                date(year, self.first_month, self.first_day or 1),
                date(last_year, self.last_month, end_day),
            )
        except ValueError:  # no such day, or a year outside 1..9999
            return None


@fast_init
@dataclass(frozen=True, slots=True)
class Atom:
    """One expression as matched, before ranges are joined and weak readings dropped.

    ``minutes`` is the clock time (first and last minute of the day) of a clock expression;
    ``zone`` the time zone it names ("ET"), as [clock.zones] gives it.
    """

    start: int
    end: int
    core_start: int
    mod: str | None
    mod_word: str | None
    kind: str  # date | year | month | relative | period | weekend | weekday | clock
    begin: date | None
    end_date: date | None
    granularity: Granularity
    relative: bool = False
    notes: tuple[str, ...] = ()
    partial: Partial | None = None
    has_part: bool = False
    part: str | None = None
    linked: bool = False
    weekday: str | None = None
    minutes: tuple[int, int] | None = None
    zone: str | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """What every reader needs: the text, the publication date, the lexicon and the
    language whose lexicon it is (the key of the patterns compiled from it)."""

    text: str
    anchor: date | None
    lex: TimeLexicon
    lang: str = DEFAULT_LANGUAGE


def plain(
    m: re.Match[str],
    kind: str,
    begin: date | None,
    end: date | None,
    gran: Granularity,
    *,
    relative: bool = False,
    notes: tuple[str, ...] = (),
    partial: Partial | None = None,
) -> Atom:
    """An atom spanning the core words of a match (scope word and part come later)."""
    return Atom(
        start=m.start("core"),
        end=m.end("core"),
        core_start=m.start("core"),
        mod=None,
        mod_word=None,
        kind=kind,
        begin=begin,
        end_date=end,
        granularity=gran,
        relative=relative,
        notes=notes,
        partial=partial,
    )


def vague(m: re.Match[str], gran: Granularity, kind: str) -> Atom:
    """A relative expression too vague to place on the calendar."""
    note = explain_words("time")["vague"]
    return plain(m, kind, None, None, gran, relative=True, notes=(note,))


def relative(
    m: re.Match[str],
    gran: Granularity,
    period: tuple[date, date] | None,
    kind: str = "relative",
    notes: tuple[str, ...] = (),
) -> Atom:
    """An atom resolved against the anchor (or unplaced without one)."""
    begin, end = period if period else (None, None)
    return plain(m, kind, begin, end, gran, relative=True, notes=notes)
