"""Which dates each source gives: the date claims of a story -> whether one side says both.

A pair of dates of one event at two precisions is no discrepancy when the coarser side's own
article also gives a period as fine as the other side's inside its own ("Ailes resigned in
July" and "Ailes left Fox News on July 21" in one article): that outlet dates the event as
finely, and its vaguer mention is a shorthand. The finer side's article giving the coarse
period too ("born Oct. 13, 1925" ... "born in 1925") explains nothing: the coarser outlet
still never gives the day. It is read as explaining the pair in one case only: a relative
coarse period longer than a day ("last weekend", "this year"), a passing mention that may
be of another event of the finer article's clause. A clock time beside the bare day
("Sunday" / "around 7:30 p.m. on Sunday") is no such case: the coarser outlet still never
gives the time, and the reading rules flag a clock time against the bare day or part of day
of one event (README, time.precision). Of a pair's groups of claims, the coarser side's
sources that give both periods are left out of the row, so that a shorthand of one outlet
does not hide the outlets that never give the finer period (``others_apart``). A relative
coarse period is not explained by a finer date of another act that the finer outlet dates
on that other day too (``_dated_apart``): both outlets tell that act apart from the pair's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from crosscheck.claims.date_events import date_event_words, stem, weak_stems
from crosscheck.claims.dates import DATE_KIND, STATED
from crosscheck.match.article_dates import within
from crosscheck.match.period_signatures import signature
from crosscheck.model import GRANULARITY_RANK, Claim, Granularity, TimeRef
from crosscheck.timex.clock import read_on_publication

Match = Callable[[Claim, Claim], bool]

# The periods one source gives, by stem or key word, each with the date claim that gives
# it (None for a figure's period).
_Periods = dict[str, list[tuple[TimeRef, Claim | None]]]


class Said:
    """The periods each source gives, by (source, stem or key word of the claim)
    (``periods_of``), read for a source only when a pair first asks about it: of the
    451 real stories' 1,705 sources, 765 are ever asked. A source's periods are those
    its own claims give, in their order, so reading it later gives the same lists."""

    __slots__ = ("_claims", "_lang", "_read")

    def __init__(self, timed: Iterable[Claim], lang: str) -> None:
        self._lang = lang
        self._claims: dict[str, list[Claim]] = defaultdict(list)
        for claim in timed:
            self._claims[claim.source].append(claim)
        self._read: dict[str, _Periods] = {}

    def get(
        self, key: tuple[str, str], default: Sequence[tuple[TimeRef, Claim | None]] = ()
    ) -> Sequence[tuple[TimeRef, Claim | None]]:
        """The periods of (source, key), ``default`` for none."""
        source, word = key
        periods = self._read.get(source)
        if periods is None:
            periods = self._read[source] = periods_of(self._claims.get(source, ()), self._lang)
        return periods.get(word, default)


_WORD = re.compile(r"\w+")


def said_of(claims: Iterable[Claim], lang: str) -> Said:
    """The periods each source gives, by (source, stem or key word of the claim), of the
    claims that have a period with a start (see ``Said`` and ``periods_of``), less clock
    times read on the publication day (``timex.clock.read_on_publication``): their day is
    only the article's, no finer date the article gives of an event."""
    return Said(
        (
            c
            for c in claims
            if c.time is not None and c.time.begin is not None and not read_on_publication(c.time)
        ),
        lang,
    )


def periods_of(timed: Iterable[Claim], lang: str) -> _Periods:
    """The periods one source's claims give, by stem or key word of the claim.

    A figure's period ("66 people were killed when the plane crashed early on Thursday")
    is keyed by the stems of the predicates of its sentence: it dates those events too.
    """
    found: _Periods = defaultdict(list)
    for claim in timed:
        assert claim.time is not None
        keys: AbstractSet[str]
        if claim.metric == STATED:
            continue  # a statement's date ("Lewandowski said Friday that ..."): no act's
        if claim.kind == DATE_KIND:
            keys = set(claim.event_stems) | set(claim.event_words)
        else:
            keys = sentence_keys(claim.sentence, lang)
        for s in keys:
            found[s].append((claim.time, claim if claim.kind == DATE_KIND else None))
    return found


@lru_cache(maxsize=1 << 10)  # a story's figures share sentences; bounded memory
def sentence_keys(sentence: str, lang: str) -> frozenset[str]:
    """The stems of the predicates of a figure's sentence (see ``said_of``)."""
    words = {w.lower() for w in _WORD.findall(sentence)}
    return frozenset(stem(w, lang) for w in words if date_event_words(lang).predicate(w))


def passing_period(t: TimeRef) -> bool:
    """Whether a date is a relative period longer than a day ("last weekend", "this year",
    "next week"): a passing mention, which an article may give of many events. A weekday
    ("Sunday night", "late Thursday") names its day, however it is read."""
    return t.relative and GRANULARITY_RANK[t.granularity] > GRANULARITY_RANK[Granularity.DAY]


def says_both(x: Claim, y: Claim, said: Said, match: Match, lang: str) -> bool:
    """Whether the source of one side also gives the other side's value for a shared stem or
    key word: the coarse side's source gives a period as fine as the other's inside its own
    ("Ailes resigned in July" and "Ailes left Fox News on July 21" in one article), or, for
    a coarse date that is a passing period (``passing_period``), the fine side's source
    gives the coarse period too ("the rally on Saturday" and "the rally last weekend" in
    one article). ``match`` tells two dates of one event."""
    tx, ty = x.time, y.time
    assert tx is not None and ty is not None
    shared = (set(x.event_stems) & set(y.event_stems)) | (set(x.event_words) & set(y.event_words))
    if GRANULARITY_RANK[tx.granularity] < GRANULARITY_RANK[ty.granularity]:
        x, y, tx, ty = y, x, ty, tx
    coarse, tc, fine, tf = x, tx, y, ty
    rank = GRANULARITY_RANK[tf.granularity]
    # Two dates written out are read strictly: only a date of the same event in one of the
    # articles explains them. A relative date ("last week", "this year") is a passing
    # mention: any date of a shared key word in the article explains it.
    strict = not (tx.relative or ty.relative)
    # The finer side's article giving the coarse period too explains a passing period only.
    fine_side = passing_period(tc)
    for s in shared:
        for t, c in said.get((coarse.source, s), ()):
            if t is tc or (strict and c is not None and not match(c, fine)):
                continue  # another event of the coarse side's article
            if not strict and c is not None and _dated_apart(c, coarse, fine, said, lang):
                continue  # another act, which the finer outlet dates on another day too
            if GRANULARITY_RANK[t.granularity] <= rank and within(t, tc):
                return True  # the coarse side's own article is as precise
        if fine_side and any(
            signature(t) == signature(tc) for t, _ in said.get((fine.source, s), ())
        ):
            return True  # the finer side's article gives the coarse period too
    return False


def _dated_apart(c: Claim, coarse: Claim, fine: Claim, said: Said, lang: str) -> bool:
    """Whether a finer date ``c`` of the coarse side's article is of another act than a
    pair of one act at two precisions, as the two outlets tell it: the pair shares a strong
    stem (the act, not only a name or a weak stem such as "meet"), ``c`` shares no stem
    with the coarse claim, its period shares no day with the finer claim's, and the finer
    outlet dates the act of ``c`` on that day too (a date keyed by a word of ``c``, finer
    than the coarse period, nested with ``c``'s and apart from the finer claim's). "He was
    named ambassador earlier this year" beside its own "killed ... last night" is not
    explained by it when the other outlet gives both "appointed ... in May 2012" and the
    killing on Sept. 11. A whole calendar year ("this year", "in 2018") holds many acts of
    a story and names which rather than when (as ``one_event._one_noun`` reads a year):
    any finer date of its article still explains it."""
    tc, tf, t = coarse.time, fine.time, c.time
    assert tc is not None and tf is not None and t is not None
    if _whole_year(tc) or set(c.event_stems) & set(coarse.event_stems) or _shares_day(t, tf):
        return False
    if not (set(coarse.event_stems) & set(fine.event_stems)) - weak_stems(lang):
        return False
    rank = GRANULARITY_RANK[tc.granularity]
    for key in set(c.event_stems) | set(c.event_words):
        for other, d in said.get((fine.source, key), ()):
            if d is None or GRANULARITY_RANK[other.granularity] >= rank:
                continue
            if not _shares_day(other, tf) and (within(other, t) or within(t, other)):
                return True
    return False


def _whole_year(t: TimeRef) -> bool:
    """Whether a period is one whole calendar year (January 1 to December 31)."""
    assert t.begin is not None
    end = t.end_date or t.begin
    whole = (t.begin.month, t.begin.day, end.month, end.day) == (1, 1, 12, 31)
    return t.granularity is Granularity.YEAR and whole and t.begin.year == end.year


def _shares_day(a: TimeRef, b: TimeRef) -> bool:
    """Whether two periods have a day in common."""
    assert a.begin is not None and b.begin is not None
    return a.begin <= (b.end_date or b.begin) and b.begin <= (a.end_date or a.begin)


_Others = tuple[Claim, ...]


def others_apart(
    x: Claim,
    y: Claim,
    others: tuple[_Others, _Others],
    said: Said,
    match: Match,
    explained: Match | None = None,
    *,
    lang: str,
) -> tuple[_Others, _Others] | None:
    """The other claims of each side of a date pair (``others``: of x, of y) less the
    coarser side's claims of a source that gives the finer period too (it is on the finer
    side, ``says_both`` of it, or ``explained`` of it and the finer claim, such as
    shared_dates.both_give): that source's coarse date is a shorthand, while the
    coarser side's other sources still never give the finer period ("June 2016" in two
    outlets and in a third that also writes "June 9"). When most of the coarser side's
    sources give both, the coarse period reads as a label of the event ("the final debate
    of 2015" in three outlets, two of which give its day) and the sides are left whole. A
    clock time beside its day is read as any finer date ("Sunday" and "9:40 p.m. Sunday"
    in one outlet, "Sunday" alone in another: the other's day makes the row). None when the
    coarser side's first claim is of a source on the finer side: the pair is that source's
    own, another may be read."""
    tx, ty = x.time, y.time
    assert tx is not None and ty is not None
    rx, ry = GRANULARITY_RANK[tx.granularity], GRANULARITY_RANK[ty.granularity]
    if rx == ry:
        return others
    if rx < ry:
        found = others_apart(y, x, (others[1], others[0]), said, match, explained, lang=lang)
        return None if found is None else (found[1], found[0])
    also_x, also_y = others
    fine = {y.source, *(c.source for c in also_y)}
    if x.source in fine:
        return None
    both = {
        c.source
        for c in also_x
        if c.source in fine
        or says_both(c, y, said, match, lang)
        or (explained is not None and explained(c, y))
    }
    kept = {x.source, *(c.source for c in also_x)} - both
    if len(kept) < len(both):
        return others
    return tuple(c for c in also_x if c.source not in both), also_y
