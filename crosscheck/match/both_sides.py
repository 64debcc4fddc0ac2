"""Which dates each source gives: the date claims of a story -> whether one side says both.

A pair of dates of one event at two precisions is no discrepancy when the coarser side's own
article also gives a period as fine as the other side's inside its own ("Ailes resigned in
July" and "Ailes left Fox News on July 21" in one article): that outlet dates the event as
finely, and its vaguer mention is a passing one. The finer side's article giving the coarse
period too ("born Oct. 13, 1925" ... "born in 1925") explains nothing: the coarser outlet
still never gives the day. Only a relative coarse period longer than a day ("last
weekend", "this year") is read so: a passing mention that may be of another event of the
finer article's clause, which gives that period too ("the rally on Saturday" beside its own
"last weekend"). A weekday ("Sunday night") names its day and is no such mention.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from crosscheck.claims.date_keys import date_event_words, stem
from crosscheck.claims.dates import DATE_KIND, STATED
from crosscheck.match.article_dates import within
from crosscheck.match.date_descriptors import signature
from crosscheck.model import GRANULARITY_RANK, Claim, Granularity, TimeRef

Match = Callable[[Claim, Claim], bool]

# The periods one source gives, by stem or key word, each with the date claim that gives
# it (None for a figure's period).
_Periods = dict[str, list[tuple[TimeRef, Claim | None]]]


class Said:
    """The periods each source gives, by (source, stem or key word of the claim)
    (``periods_of``), read for a source only when a pair first asks about it: of the
    451 real stories' 1,705 sources, 765 are ever asked. A source's periods are those
    its own claims give, in their order, so reading it later gives the same lists."""

    __slots__ = ("_claims", "_read")

    def __init__(self, timed: Iterable[Claim]) -> None:
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
            periods = self._read[source] = periods_of(self._claims.get(source, ()))
        return periods.get(word, default)


_WORD = re.compile(r"\w+")


def said_of(claims: Iterable[Claim]) -> Said:
    """The periods each source gives, by (source, stem or key word of the claim), of the
    claims that have a period with a start (see ``Said`` and ``periods_of``)."""
    return Said(c for c in claims if c.time is not None and c.time.begin is not None)


def periods_of(timed: Iterable[Claim]) -> _Periods:
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
            keys = sentence_keys(claim.sentence)
        for s in keys:
            found[s].append((claim.time, claim if claim.kind == DATE_KIND else None))
    return found


@lru_cache(maxsize=1 << 10)  # a story's figures share sentences; bounded memory
def sentence_keys(sentence: str) -> frozenset[str]:
    """The stems of the predicates of a figure's sentence (see ``said_of``)."""
    words = {w.lower() for w in _WORD.findall(sentence)}
    return frozenset(stem(w) for w in words if date_event_words().predicate(w))


def passing_period(t: TimeRef) -> bool:
    """Whether a date is a relative period longer than a day ("last weekend", "this year",
    "next week"): a passing mention, which an article may give of many events. A weekday
    ("Sunday night", "late Thursday") names its day, however it is read."""
    return t.relative and GRANULARITY_RANK[t.granularity] > GRANULARITY_RANK[Granularity.DAY]


def says_both(x: Claim, y: Claim, said: Said, match: Match) -> bool:
    """Whether the source of one side also gives the other side's value for a shared stem or
    key word: the coarse side's source gives a period as fine as the other's inside its own
    ("Ailes resigned in July" and "Ailes left Fox News on July 21" in one article), or, for
    a coarse date that is a passing period (``passing_period``) only, the fine side's source
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
    passing = passing_period(tc)
    for s in shared:
        for t, c in said.get((coarse.source, s), ()):
            if t is tc or (strict and c is not None and not match(c, fine)):
                continue  # another event of the coarse side's article
            if GRANULARITY_RANK[t.granularity] <= rank and within(t, tc):
                return True  # the coarse side's own article is as precise
        if passing and any(
            signature(t) == signature(tc) for t, _ in said.get((fine.source, s), ())
        ):
            return True  # a passing relative period the finer side's article gives too
    return False
