"""Clock times: a match of "7:15am", "at 19:30", "8 p.m.", "noon" -> an ``Atom`` with minutes.

A clock time is read only when it cannot be anything else: it has an am/pm marker, a time
zone, an hour word ("7 o'clock"), or, for a bare "19:30", a clock cue word before it ("at",
"around", "shortly after", ...); minutes have two digits and hours stay within the day, so
"John 3:16", a "3:1 vote" or a "2:0" score are never times. "7.15" needs a marker. An hour
without minutes ("8 p.m.") has granularity HOUR, with minutes ("7:15") MINUTE; ``minutes``
holds the first and last minute of the day (0..1439) the words name. A clock time next to a
day ("on Tuesday at 7:15am", "7pm yesterday") becomes one expression on that day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from crosscheck.lexicon import explain_words
from crosscheck.model import GRANULARITY_RANK, Granularity, TimeRef
from crosscheck.timex.acts import weekday_forward_off_anchor
from crosscheck.timex.lexicon import ClockLexicon
from crosscheck.timex.periods import resolve
from crosscheck.timex.records import Atom, Context, plain
from crosscheck.timex.relative import weekday_day
from crosscheck.timex.tense import previous_word, weekday_looks_forward

__all__ = ["attach_days", "clock", "on_publication_day", "read_on_publication"]

# The note of a clock time no day was joined to, placed on the publication day.
ON_PUBLICATION_DAY = explain_words("time")["clock_on_publication"]

Groups = dict[str, str | None]
_DAY_GAP = re.compile(r",?[ \t\u00a0]{1,3}")
# A part of the day between a day and a clock time ("Thursday [morning] at 10 a.m.").
_PART_GAP = re.compile(r"[ \t\u00a0]{1,3}([a-z]+),?[ \t\u00a0]{1,3}")
_DAY_KINDS = frozenset({"date", "weekday", "relative"})


def clock(g: Groups, m: re.Match[str], ctx: Context) -> Atom | None:
    """Read a clock-time match; None when it is not a time after all."""
    lex = ctx.lex.clock
    if g["ck_named"]:
        minute = lex.named[" ".join(str(g["ck_named"]).lower().split())]
        return _atom(m, (minute, minute), Granularity.MINUTE, ())
    marker = _marker(g["ck_ap"], lex)
    if g["ck_sep"] == "." and marker is None:
        return None  # "7.15" is a decimal unless a marker follows
    bare = marker is None and not g["ck_zone"] and not g["ck_oc"]
    if bare and not _cued(g, m, ctx):
        return None
    last = _minute(g, "ck", marker)
    if last is None:
        return None
    first: tuple[int, Granularity] | None = last
    if g["ck1_h"]:
        own = _marker(g["ck1_ap"], lex)
        first = _minute(g, "ck1", own or marker)
        if own is None and marker is not None and first is not None and first[0] > last[0]:
            first = _minute(g, "ck1", "am" if marker == "pm" else "pm")  # "11 to 1 p.m."
    if first is None:
        return None
    gran = Granularity.MINUTE if Granularity.MINUTE in (first[1], last[1]) else Granularity.HOUR
    notes: list[str] = []
    zone = lex.zones[" ".join(str(g["ck_zone"]).split())] if g["ck_zone"] else None
    if zone is not None:
        notes.append(explain_words("time")["time_zone"].format(zone=zone))
    if first[0] > last[0]:
        notes.append(explain_words("time")["past_midnight"])
    if marker is None and not g["ck_oc"] and _twelve_hour(str(g["ck_h"])):
        notes.append(explain_words("time")["no_meridiem"])
    return replace(_atom(m, (first[0], last[0]), gran, tuple(notes)), zone=zone)


def _marker(surface: str | None, lex: ClockLexicon) -> str | None:
    """ "am" or "pm" for a marker as written ("p.m.", "PM", "p. m."), or None."""
    return lex.markers[" ".join(surface.lower().split())] if surface else None


def _twelve_hour(hour: str) -> bool:
    """True for an hour that may be on a 12-hour clock ("7", "11"; not "07" nor "19")."""
    return not hour.startswith("0") and 1 <= int(hour) <= 12


def _atom(
    m: re.Match[str], minutes: tuple[int, int], gran: Granularity, notes: tuple[str, ...]
) -> Atom:
    """A clock atom: no day yet, the minutes of the day it names."""
    return replace(plain(m, "clock", None, None, gran, notes=notes), minutes=minutes)


def _minute(g: Groups, p: str, marker: str | None) -> tuple[int, Granularity] | None:
    """The minute of the day of one clock time, and whether it gave minutes or only an hour."""
    hour = int(str(g[f"{p}_h"]))
    if marker is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if marker == "pm" else 0)
    minute = g[f"{p}_m"]
    gran = Granularity.MINUTE if minute else Granularity.HOUR
    return hour * 60 + int(minute or 0), gran


def _cued(g: Groups, m: re.Match[str], ctx: Context) -> bool:
    """True when a clock cue stands before a bare "19:30" (as its scope word or just before)."""
    lex: ClockLexicon = ctx.lex.clock
    if g["mod"]:
        words = g["mod"].lower().split()
        if " ".join(words) in lex.modifiers or any(w in lex.cues for w in words):
            return True
    return previous_word(ctx.text, m.start()) in lex.cues


def attach_days(atoms: list[Atom], ctx: Context) -> list[Atom]:
    """Join each clock time to the single day written right before or after it."""
    out: list[Atom] = []
    index = 0
    while index < len(atoms):
        atom = atoms[index]
        following = atoms[index + 1] if index + 1 < len(atoms) else None
        day = out[-1] if out and atom.kind == "clock" and _joins(out[-1], atom, ctx) else None
        if day is not None and (day := resolve(day, ctx)) is not None:
            out[-1] = _on_day(day, atom, ctx, start=day.start, end=atom.end)
        elif atom.kind == "clock" and following is not None and _joins(atom, following, ctx):
            day = resolve(following, ctx)  # the day's own clause gives its year
            joined = None if day is None else _on_day(day, atom, ctx, start=atom.start, end=day.end)
            out.append(atom if joined is None else joined)
            index += 1 if day is None else 2
            continue
        else:
            out.append(atom)
        index += 1
    return out


def _joins(first: Atom, second: Atom, ctx: Context) -> bool:
    """True when one of two neighbours is a clock time and the other a single day."""
    day = second if first.kind == "clock" else first
    if day.kind not in _DAY_KINDS or day.granularity is not Granularity.DAY:
        return False
    if day.minutes is not None or day.begin != day.end_date:
        return False
    if day.partial is not None and day.partial.first_day != day.partial.last_day:
        return False
    if _DAY_GAP.fullmatch(ctx.text, first.end, second.start) is not None:
        return True
    return first is day and _in_day_part(second, ctx.text[first.end : second.start], ctx)


def _in_day_part(time: Atom, gap: str, ctx: Context) -> bool:
    """Whether the words between a day and the clock time after it are a part of the day
    that holds the time ([clock.day_part_first] / [clock.day_part_last]): "Thursday morning
    at 10 a.m.", not "Monday night at 1 a.m."."""
    lex = ctx.lex.clock
    m = _PART_GAP.fullmatch(gap)
    if m is None or time.minutes is None or m.group(1) not in lex.day_part_first:
        return False
    part = m.group(1)
    return lex.day_part_first[part] <= time.minutes[0] <= time.minutes[1] <= lex.day_part_last[part]


def _on_day(day: Atom, time: Atom, ctx: Context, *, start: int, end: int) -> Atom:
    """The day with the clock time on it; the clock's scope word wins unless it is plain "at".

    A bare weekday takes the tense of the clause before the whole expression, so that the
    full stop of "a.m." does not hide it ("will begin at 12:01 a.m. Tuesday").
    """
    if day.kind == "weekday" and day.begin is not None and ctx.anchor is not None:
        number = day.begin.weekday()
        forward = weekday_forward_off_anchor(ctx, start, end, number, ctx.anchor)
        try:
            placed = weekday_day(number, ctx.anchor, forward)
            day = replace(day, begin=placed, end_date=placed)
        except OverflowError:  # the next such day is past 9999-12-31: keep the reading
            pass
    mod, mod_word = day.mod, day.mod_word
    if time.mod is not None and (time.mod != "at" or mod is None):
        mod, mod_word = time.mod, time.mod_word
    return replace(
        day,
        start=start,
        end=end,
        mod=mod,
        mod_word=mod_word,
        granularity=time.granularity,
        minutes=time.minutes,
        zone=time.zone,
        notes=tuple(dict.fromkeys((*day.notes, *time.notes))),
    )


def on_publication_day(atoms: list[Atom | None], ctx: Context) -> list[Atom | None]:
    """Each clock time no day was joined to ("starting at 11:30 a.m. ET", "voting shortly
    after midnight") placed on the publication day, as a relative date, when the last day
    the text gave before it is that day or there is none, and its clause does not look
    forward (``weekday_looks_forward``: "was scheduled to begin at 9 a.m." is a schedule,
    of whichever day): a news article tells a time of
    another day with that day ("at 10 p.m. Tuesday"), and a time after another day ("On
    Sept. 11, 2012 ... just before 5 am", "Tuesday night's debate ran until 10:45 p.m.") may
    be that day's. Read against the anchor, it is never a conflict with another day
    (``rules.time``), only with a time or part of its own day."""
    anchor = ctx.anchor
    if anchor is None:
        return atoms
    out: list[Atom | None] = []
    last: Atom | None = None
    for atom in atoms:
        if atom is not None and atom.kind == "clock" and atom.begin is None:
            forward = weekday_looks_forward(ctx, atom.start, atom.end)
            if (last is None or _holds(last, anchor)) and not forward:
                notes = (*atom.notes, ON_PUBLICATION_DAY)
                atom = replace(atom, begin=anchor, end_date=anchor, relative=True, notes=notes)
        elif atom is not None and atom.begin is not None and _day_or_finer(atom):
            last = atom
        out.append(atom)
    return out


def read_on_publication(t: TimeRef) -> bool:
    """Whether a time is a clock time ``on_publication_day`` placed: its day is only the
    article's, so it is no figure's period and no finer date of an event an article gives."""
    return bool(t.note) and ON_PUBLICATION_DAY in (t.note or "")


def _day_or_finer(atom: Atom) -> bool:
    return GRANULARITY_RANK[atom.granularity] <= GRANULARITY_RANK[Granularity.DAY]


def _holds(atom: Atom, day: date) -> bool:
    """Whether a placed period holds a day."""
    assert atom.begin is not None
    return atom.begin <= day <= (atom.end_date or atom.begin)
