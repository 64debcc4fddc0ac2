"""Spans ago resolved: "N weeks ago" and the very day it names -> not a discrepancy.

An exact count of weeks, months or years before "ago" ("one week ago", "two months ago")
is read as the calendar week, month or year that many units before the publication date,
so the day N units back lies inside it at a coarser precision. The reading rules ("a
relative date and the absolute date it resolves to") say a fact-checker has nothing to
resolve when the other side's day is that very day: "one week ago" in a paper of Monday
2013-04-22 against "on April 15, 2013". ``ago_resolved(pair, sources)`` says a
``time.precision`` pair is such: one side is an exact span ago (no bound, hedge or vague
count, no scope word: ``timex.ago.exact_ago``), the other a single day at that span's
distance from the ago side's publication date: the same weekday for weeks, the same day of
the month for months, the same month and day for years. A day a day off ("two weeks ago"
in a paper of October 15 against "October 2") stays flagged: judged true on the non-draw
stories (three rows), where the exact day was judged false (one row, fp44).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from crosscheck.model import ClaimPair, Granularity, Source, TimeRef
from crosscheck.timex.ago import exact_ago

_UNITS = (Granularity.WEEK, Granularity.MONTH, Granularity.YEAR)


def ago_resolved(pair: ClaimPair, sources: Mapping[str, Source], lang: str) -> bool:
    """Whether one side of a date pair is an exact span ago and the other the very day it
    resolves to against the span's own publication date."""
    for span, day in ((pair.a, pair.b), (pair.b, pair.a)):
        source = sources.get(span.source)
        published = None if source is None else source.published
        if published is None or span.time is None or day.time is None:
            continue
        if _exact_span(span.time, lang) and _resolves_to(
            span.time.granularity, published, day.time
        ):
            return True
    return False


def _exact_span(t: TimeRef, lang: str) -> bool:
    """An exact count of weeks, months or years ago (``timex.ago.exact_ago``) with no hedge or
    scope word, placed on the calendar."""
    return (
        exact_ago(t, lang)
        and t.granularity in _UNITS
        and t.modifier is None
        and t.begin is not None
    )


def _resolves_to(unit: Granularity, published: date, t: TimeRef) -> bool:
    """Whether ``t`` is one day at a whole number of ``unit`` before ``published``."""
    if t.begin is None or (t.end_date is not None and t.end_date != t.begin):
        return False
    day = t.begin
    if unit is Granularity.WEEK:
        return day.weekday() == published.weekday()
    if unit is Granularity.MONTH:
        return day.day == published.day
    return (day.month, day.day) == (published.month, published.day)
