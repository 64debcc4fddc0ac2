"""Nested dates of one event: two date claims -> whether they date one event by a strong
predicate and nested, written-out periods, names or not.

``date_pairs.same_event`` needs a key word two dates share besides their predicate ("Comey
was fired on May 9" / "Comey's firing in May"). Sources often name the same actor in other
words ("Her husband died in June 2003" / "Denis, who died June 26, 2003"; "The meeting in
June 2016 with a lawyer" / "the June 9, 2016, Trump Tower meeting"), so that test keeps them
apart. ``nested_same_event`` reads them as one event when the dates themselves make that
likely: a strong (not weak) predicate stem in common, both dates with their year written
out and no clock time, one period inside the other at another precision. Two events of one
predicate in one story rarely fall in one written month of a given year; a relative date
("this July", "last month") or an inferred year gives no such evidence, and disjoint dates
(a possible conflict) keep the stricter key of ``date_pairs``.
"""

from __future__ import annotations

from crosscheck.claims.date_keys import weak_stems
from crosscheck.match.article_dates import within, year_given
from crosscheck.model import GRANULARITY_RANK, Claim, Granularity, TimeRef


def _written(t: TimeRef) -> bool:
    """A date whose own words give its year, read as written: no relative date, no clock;
    a year or longer only after a scope word ("died in 2003"), for a bare one names which
    event rather than when ("the 2016 presidential election")."""
    if t.begin is None or t.relative or t.minute_start is not None or not year_given(t):
        return False
    return t.modifier is not None or GRANULARITY_RANK[t.granularity] < _YEAR


_YEAR = GRANULARITY_RANK[Granularity.YEAR]


def nested_same_event(a: Claim, b: Claim) -> bool:
    """Two dates of one event by a strong predicate stem they share, their years written,
    one period inside the other at another precision (see the module doc)."""
    if not (set(a.event_stems) & set(b.event_stems)) - weak_stems():
        return False
    ta, tb = a.time, b.time
    if ta is None or tb is None or not (_written(ta) and _written(tb)):
        return False
    if GRANULARITY_RANK[ta.granularity] == GRANULARITY_RANK[tb.granularity]:
        return False
    return within(ta, tb) or within(tb, ta)
