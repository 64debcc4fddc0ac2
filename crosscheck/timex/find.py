"""The time finder: text (+ publication date) -> list[TimeRef], sorted, never overlapping."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.lexicon import explain_words
from crosscheck.model import Granularity, TimeRef
from crosscheck.timex.absolute import check_weekday
from crosscheck.timex.anaphora import ANAPHORIC, resolve_anaphora
from crosscheck.timex.carried_years import carry_years
from crosscheck.timex.clock import attach_days, on_publication_day
from crosscheck.timex.lexicon import TimeLexicon, time_lexicon
from crosscheck.timex.named_events import name_events
from crosscheck.timex.periods import join, keep, narrow_part, resolve
from crosscheck.timex.quotes import unplace_quoted
from crosscheck.timex.records import Atom, Context
from crosscheck.timex.scan import matches, read_atom
from crosscheck.timex.steps import STEPPED, resolve_steps

__all__ = ["find_times", "without_reading"]


def find_times(
    text: str,
    anchor: date | None = None,
    lang: str = DEFAULT_LANGUAGE,
    *,
    clocks_on_publication: bool = False,
) -> list[TimeRef]:
    """Find the dates, periods, clock times and relative time expressions of a text.

    Args:
        text: The text to read (a whole article or any part of one).
        anchor: The publication date, used to place relative expressions and dates given
            without a year; None leaves those with ``begin = end_date = None``.
        lang: The language whose lexicons (``time.toml``, ``numbers.toml``) read the text:
            a lexicon folder's name (``lexicon.reading_language`` gives a source's).
        clocks_on_publication: Place a clock time no day was joined to on the publication
            day when the text gave no other day before it (``clock.on_publication_day``);
            otherwise it is left unplaced.

    Returns:
        The expressions sorted by start, never overlapping, each with its exact span.
    """
    ctx = Context(text=text, anchor=anchor, lex=time_lexicon(lang), lang=lang)
    atoms = [a for a in (read_atom(m, ctx) for m in matches(text, lang)) if a is not None]
    kept = attach_days([a for a in join(atoms, ctx) if keep(a, ctx)], ctx)
    resolved = [a if a.partial is None else resolve(a, ctx) for a in kept]
    resolved = carry_years(kept, resolved, ctx)  # "Sept. 11, 2012 ... Sept. 14"
    resolved = name_events(kept, resolved, ctx)  # "the Sept. 11 attacks"
    read = resolve_anaphora(resolve_steps(resolved, ctx), ctx)
    # after anaphora: a clock time read so is no antecedent of "later that day"
    placed = on_publication_day(read, ctx) if clocks_on_publication else read
    refs: list[TimeRef] = []
    for atom in placed:
        if atom is not None:
            reading = _reading(atom, ctx)  # of the whole period, before a part narrows it
            narrowed = atom if atom.part is None else narrow_part(atom, ctx)
            refs.append(_time_ref(narrowed, text, ctx.lex, reading))
    return unplace_quoted(_with_day_parts(refs, text, ctx.lex), text, anchor, without_reading)


# The word right after a time, on its line.
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def _with_day_parts(refs: list[TimeRef], text: str, lex: TimeLexicon) -> list[TimeRef]:
    """Days whose span reads on over a part of the day written after them ("Tuesday
    [night]", "yesterday [afternoon]"), lower case ("Monday Night Football" is a name), up
    to the next time; the day, its precision and its note stay."""
    out: list[TimeRef] = []
    for i, ref in enumerate(refs):
        if ref.granularity is Granularity.DAY and ref.minute_start is None:
            m = _NEXT_WORD.match(text, ref.end)
            free = i + 1 == len(refs) or (m is not None and refs[i + 1].start >= m.end())
            if m is not None and m.group(1) in lex.day_part_words and free:
                ref = replace(ref, end=m.end(), text=text[ref.start : m.end()])
        out.append(ref)
    return out


# How a relative expression was placed; ``without_reading`` finds it again by this opening.
_READ = explain_words("time")["read_against"]


def _reading(atom: Atom, ctx: Context) -> str | None:
    """The note that says how a relative expression placed on the calendar was read:
    "'last month' read against the publication date 2020-06-03 as 2020-05-01..2020-05-31"."""
    if not atom.relative or atom.begin is None or ctx.anchor is None:
        return None
    if atom.kind in (ANAPHORIC, STEPPED):
        return None  # read from the date before it, in its own note
    last = atom.end_date or atom.begin
    period = atom.begin.isoformat()
    if last != atom.begin:
        period = f"{period}..{last.isoformat()}"
    words = " ".join(ctx.text[atom.core_start : atom.end].split())
    return f"'{words}' {_READ} {ctx.anchor.isoformat()} as {period}"


def without_reading(note: str | None) -> str | None:
    """A time's note less the reading of a relative expression (for a time no longer placed)."""
    if note is None:
        return None
    kept = [part for part in note.split("; ") if _READ not in part]
    return "; ".join(kept) or None


def _time_ref(atom: Atom, text: str, lex: TimeLexicon, reading: str | None) -> TimeRef:
    """The public record of an atom, with its weekday checked against its date and the
    reading of a relative expression last in its note."""
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
        note="; ".join((*atom.notes, reading) if reading else atom.notes) or None,
        minute_start=minute_start,
        minute_end=minute_end,
        zone=atom.zone,
    )
