"""Nested dates of one event: two date claims and their articles' dates -> whether they date
one event by a shared predicate and nested, written-out past periods, names or not.

``date_pairs.same_event`` needs a key word two dates share besides their predicate ("Comey
was fired on May 9" / "Comey's firing in May"), two for a weak predicate ("meet", "vote":
many events of a story share it). Sources often name the same actor in other words ("Her
husband died in June 2003" / "Denis, who died June 26, 2003"), so that test keeps them
apart. ``NestedMatch`` reads them as one event when the dates themselves make that likely:
a strong predicate stem in common (a weak one with one key word too: "the younger Trump
confirmed the meeting in June 2016" / "the June 9, 2016, Trump Tower meeting"), both dates
with their year written out and no clock time, one period inside the other at another
precision, and the coarser period over before either article was published. Two events
of one predicate in one story rarely fall in one written month of a past year; a period
the articles are written in holds many (the committee's vote and the floor vote "in March"),
and a relative date ("this July", "last month") or an inferred year gives no such evidence.
Disjoint dates (a possible conflict) keep the stricter key of ``date_pairs``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from crosscheck.claims.date_keys import weak_stems
from crosscheck.match.article_dates import within, year_given
from crosscheck.model import GRANULARITY_RANK, Claim, Granularity, Source, TimeRef

_YEAR = GRANULARITY_RANK[Granularity.YEAR]


def _written(t: TimeRef) -> bool:
    """A date whose own words give its year, read as written: no relative date, no clock;
    a year or longer only after a scope word ("died in 2003"), for a bare one names which
    event rather than when ("the 2016 presidential election")."""
    if t.begin is None or t.relative or t.minute_start is not None or not year_given(t):
        return False
    return t.modifier is not None or GRANULARITY_RANK[t.granularity] < _YEAR


def _keys_meet(a: Claim, b: Claim) -> bool:
    """A shared predicate stem: a strong one, or a weak one with a shared key word."""
    stems = set(a.event_stems) & set(b.event_stems)
    if not stems:
        return False
    return bool(stems - weak_stems()) or bool(set(a.event_words) & set(b.event_words))


def nested_written(a: Claim, b: Claim) -> bool:
    """Two dates of one predicate (``_keys_meet``), their years written, one period inside
    the other at another precision (see the module doc; the articles' dates aside)."""
    ta, tb = a.time, b.time
    if ta is None or tb is None or not (_written(ta) and _written(tb)):
        return False
    if GRANULARITY_RANK[ta.granularity] == GRANULARITY_RANK[tb.granularity]:
        return False
    return (within(ta, tb) or within(tb, ta)) and _keys_meet(a, b)


@dataclass(frozen=True, slots=True)
class NestedMatch:
    """``same_event`` widened for two nested written dates of a past period
    (``nested_written``): the publication date of each source, by id."""

    published: dict[str, date | None]

    @classmethod
    def of(cls, sources: Iterable[Source]) -> NestedMatch:
        return cls(published={s.id: s.published for s in sources})

    def widens(self, a: Claim, b: Claim) -> bool:
        """Whether two date claims date one event as nested written dates whose coarser
        period ended before either source was published (an unknown date: not)."""
        if not nested_written(a, b):
            return False
        ta, tb = a.time, b.time
        assert ta is not None and tb is not None and ta.begin is not None
        assert tb.begin is not None
        coarse = ta if GRANULARITY_RANK[ta.granularity] > GRANULARITY_RANK[tb.granularity] else tb
        assert coarse.begin is not None
        last = coarse.end_date or coarse.begin
        days = [self.published.get(a.source), self.published.get(b.source)]
        return all(d is not None and last < d for d in days)
