"""Whether both outlets of a date pair write one finer date: a pair's claims and the articles
-> whether the pair is explained.

"last October's shooting massacre" beside another outlet's "In early October of last year,
... opened fire" reads as a coarse and a finer date of one event; but when the coarser
outlet's article also gives "Oct. 1" ("The massacre occurred on the night of Oct. 1") and
the finer outlet's writes "Oct. 1" too ("the deadly Oct. 1 incident"), both outlets date
the event to the day, each in other words than the pair's (``both_sides.says_both`` and
``ArticleDates.gives_finer`` read the pair's own event words): the coarse mention is a
shorthand, and nothing is left for a reader to resolve.

The date is read without event words, so it is held strictly: written out, not relative (a
weekday inside "this week" is as often of another event of the week: "On Sunday, McConnell
noted" beside "Gibbs said over the weekend"), inside both periods of the pair, finer than
the coarser side's and as fine as the finer side's, and written out by the finer outlet too
in another mention than its date of the pair, each date in its own article's year (a
year-less "by June" is not read in the pair's year). A date only the coarser outlet writes
("FILE PHOTO: ... July 31, 2018" beside the other's "began Tuesday", "The weather on May 9,
2017 was fine" beside the other's "fired ... on May 9, 2017") explains nothing: that is one
article's day of maybe another event, which ``ArticleDates.gives_finer`` reads by its words.
"""

from __future__ import annotations

from crosscheck.match.article_dates import ArticleDates, coarse_and_fine, period_of, within
from crosscheck.model import GRANULARITY_RANK, Claim, TimeRef


def both_give(x: Claim, y: Claim, texts: ArticleDates) -> bool:
    """Whether the coarser side's article writes out a date inside both sides' periods,
    finer than the coarser side's and as fine as the finer side's, that the finer side's
    article writes out too, in another mention than the finer claim's own date."""
    sides = coarse_and_fine(x, y)
    if sides is None:
        return False
    coarse, fine = sides
    tc, tf = coarse.time, fine.time
    assert tc is not None and tf is not None
    if tc.begin is None or tf.begin is None:
        return False
    # the coarser side's article first: the finer side's is read only when the coarser one
    # writes a date it could share (most pairs have none; reading an article runs the time
    # finder over all of it)
    inside = [period_of(t) for t in _written(texts.dates(coarse.source)) if _inside(t, tc, tf)]
    if not inside:
        return False
    finer = {period_of(t) for t in _written(texts.dates(fine.source)) if t.start != fine.start}
    return any(p in finer for p in inside)


def _inside(t: TimeRef, coarse: TimeRef, fine: TimeRef) -> bool:
    """Whether a date lies inside both periods of a pair, finer than the coarser side's and
    as fine as the finer side's."""
    rank = GRANULARITY_RANK[t.granularity]
    if rank > GRANULARITY_RANK[fine.granularity] or rank >= GRANULARITY_RANK[coarse.granularity]:
        return False
    return within(t, coarse) and within(t, fine)


def _written(times: list[TimeRef]) -> list[TimeRef]:
    """The dates of an article written out (not relative), with a start."""
    return [t for t in times if not t.relative and t.begin is not None]
