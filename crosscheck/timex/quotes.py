"""Quotes of earlier statements: relative expressions inside them are not placed.

A relative expression is read against the publication date. Inside a quotation whose lead-in,
in the same sentence, dates the statement in an earlier year ("In 2003, Pence told the March
for Life that "abortion is in steep decline in America today ..."") it speaks of that
statement's time, which is not known to the day: it is reported with ``begin = end_date =
None`` and a note, so that it is never compared as a date of the article's own time. The
lead-in dates the statement with a scoped date ("In 2003", "on Dec. 2, 2013") or a full day
of an earlier year, or with a written day at least two days before the publication date ("On
Nov. 5, he tweeted "out in full this morning"" in December); a bare year before a noun ("who
lost the 2016 popular vote") labels the noun and does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from crosscheck.lexicon import explain_words
from crosscheck.model import GRANULARITY_RANK, Granularity, TimeRef

__all__ = ["QUOTED", "opening_quote", "unplace_quoted"]

QUOTED = explain_words("time")["quoted"]
# Opening and closing quotation marks; a straight double quote opens and closes by turns.
_OPEN, _CLOSE, _STRAIGHT = "\u201c", "\u201d", '"'
# What ends a lead-in: a paragraph, or a sentence before the quote.
_LEAD_END = re.compile(r"\n|[.!?][\s\u201d\"]+(?=[A-Z\u201c\"])")
_LEAD_CHARS = 300
# How far back a quote's opening is looked for (a text without line breaks stays linear).
_PARAGRAPH_CHARS = 2000
# A written day this many days or more before the publication date dates a statement quoted
# after it (the day before may still be the publication day's news in another time zone).
_EARLIER_DAYS = 2


def unplace_quoted(
    refs: list[TimeRef],
    text: str,
    anchor: date | None,
    drop_reading: Callable[[str | None], str | None],
) -> list[TimeRef]:
    """The refs with every placed relative expression inside a quote of an earlier
    statement unplaced (see the module docstring); ``drop_reading`` takes the reading
    against the publication date out of a note."""
    if anchor is None or not any(r.relative and r.begin is not None for r in refs):
        return refs
    out: list[TimeRef] = []
    for ref in refs:
        year = None
        if ref.relative and ref.begin is not None:
            year = _quoted_in_year(refs, text, ref.start, anchor)
        if year is None:
            out.append(ref)
            continue
        kept = drop_reading(ref.note)
        note = "; ".join(n for n in (kept, QUOTED.format(year=year)) if n)
        out.append(replace(ref, begin=None, end_date=None, note=note))
    return out


def _quoted_in_year(refs: list[TimeRef], text: str, start: int, anchor: date) -> int | None:
    """The earlier year a date in the lead-in of the quote around ``start`` gives, if any."""
    opening = opening_quote(text, start)
    if opening is None:
        return None
    first = max(0, opening - _LEAD_CHARS)
    lead_start = first
    for end in _LEAD_END.finditer(text, first, opening + 1):
        if end.end() <= opening:
            lead_start = end.end()
    years = [
        r.begin.year
        for r in refs
        if r.begin is not None
        and lead_start <= r.start
        and r.end <= opening
        and _dates_a_statement(r, anchor)
    ]
    return years[-1] if years else None


def _dates_a_statement(ref: TimeRef, anchor: date) -> bool:
    """A written date of an earlier year with a scope word or at day precision, or a written
    day at least ``_EARLIER_DAYS`` before the anchor ("9:46 AM - 5 Nov 2017 "out in full
    this morning"" in an article of 1 December 2017)."""
    if ref.relative or ref.begin is None:
        return False
    day = GRANULARITY_RANK[ref.granularity] <= GRANULARITY_RANK[Granularity.DAY]
    if ref.begin.year < anchor.year:
        return ref.modifier is not None or day
    last = ref.end_date or ref.begin
    return day and (anchor - last).days >= _EARLIER_DAYS


def opening_quote(text: str, start: int) -> int | None:
    """Where the quotation that holds ``start`` opens, within its paragraph; None outside."""
    paragraph = max(text.rfind("\n", 0, start) + 1, start - _PARAGRAPH_CHARS)
    before = text[paragraph:start]
    curly = before.rfind(_OPEN)
    if curly > before.rfind(_CLOSE):
        return paragraph + curly
    if _OPEN not in before and before.count(_STRAIGHT) % 2 == 1:
        return paragraph + before.rfind(_STRAIGHT)
    return None
