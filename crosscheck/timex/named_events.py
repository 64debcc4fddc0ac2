"""A year-less day that names a past event: placed atoms -> that event's day where named.

"the Sept. 11 attacks" in an article of 2017 is 2001-09-11: the day is the name of one past
event, not a day the tense of its clause chose from the publication date (2016 or 2017). Read
only for a year-less day right before a noun of a ``[[named_events]]`` entry of its month and
day ("attacks", "terrorist attacks"), in an article not older than the event, and with no word
of the entry's ``not_near`` within ``named_event_reach`` characters on its line ("the Sept. 11
attacks on the U.S. Consulate in Benghazi" is 2012's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from crosscheck.lexicon import explain_words
from crosscheck.model import Granularity
from crosscheck.timex.lexicon_fields import NamedEvent
from crosscheck.timex.records import Atom, Context

__all__ = ["name_events"]

# The words right after a day, on its line: one space or tab first.
_AFTER = re.compile(r"[ \t]+([^\n]{1,60})")


def name_events(
    written: Sequence[Atom], placed: Sequence[Atom | None], ctx: Context
) -> list[Atom | None]:
    """``placed`` (``written`` with its year-less dates placed, in order) with each year-less
    day that names a listed past event placed on that event's day."""
    if not ctx.lex.named_events:
        return list(placed)
    return [
        read if read is None or atom.partial is None else _named(read, ctx)
        for atom, read in zip(written, placed, strict=True)
    ]


def _named(read: Atom, ctx: Context) -> Atom:
    """A placed year-less day on the day of the event it names, or as placed."""
    day = read.begin
    if day is None or read.granularity is not Granularity.DAY or day != read.end_date:
        return read
    event = next((e for e in ctx.lex.named_events if _names(read, e, ctx)), None)
    if event is None or event.day == day or (ctx.anchor is not None and ctx.anchor < event.day):
        return read
    words = " ".join(ctx.text[read.core_start : read.end].split())
    note = explain_words("time")["named_event_year"].format(year=event.day.year, words=words)
    notes = (*read.notes[:-1], note) if read.notes else (note,)
    return replace(read, begin=event.day, end_date=event.day, notes=notes)


def _names(read: Atom, event: NamedEvent, ctx: Context) -> bool:
    """Whether the day of ``read`` is that of ``event``, one of its nouns follows it, and no
    word of its ``not_near`` stands near on its line."""
    day = read.begin
    if day is None or (day.month, day.day) != (event.day.month, event.day.day):
        return False
    after = _AFTER.match(ctx.text, read.end)
    if after is None or not _starts_with_noun(after[1].lower(), event.nouns):
        return False
    return not _near(read, event.not_near, ctx)


def _starts_with_noun(words: str, nouns: tuple[str, ...]) -> bool:
    """Whether ``words`` (lower case) open with one of ``nouns`` as whole words."""
    return any(re.match(re.escape(noun) + r"\b", words) for noun in nouns)


def _near(read: Atom, near: tuple[str, ...], ctx: Context) -> bool:
    """Whether a word of ``near`` stands within ``named_event_reach`` characters of the day
    on its line."""
    if not near:
        return False
    reach = ctx.lex.named_event_reach
    text = ctx.text
    start = max(text.rfind("\n", 0, read.start) + 1, read.start - reach)
    line_end = text.find("\n", read.end)
    end = min(len(text) if line_end < 0 else line_end, read.end + reach)
    window = text[start:end]
    return any(re.search(r"\b" + re.escape(word) + r"\b", window, re.I) for word in near)
