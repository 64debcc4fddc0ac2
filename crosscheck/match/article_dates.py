"""What a source's own article says of a date pair's periods, read from its whole text.

A date in a sentence that became no claim still tells what its article knows ("the shooting
came at 10:30 p.m. Thursday"): ``ArticleDates`` finds every date of each article once and
answers whether the coarser side's article also gives the finer period (so its vaguer date
is explained, not a discrepancy), its clock time, or the coarse period itself. The period
helpers (``period``, ``within``, ``coarse_and_fine``) are shared with date matching.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from crosscheck.claims.date_events import stem
from crosscheck.lexicon import reading_language
from crosscheck.match.descriptor_names import anchor_names
from crosscheck.match.word_roots import word_root
from crosscheck.model import GRANULARITY_RANK, Claim, Granularity, Source, TimeRef
from crosscheck.timex import find_times

# Characters around a coarse date ("last October", "until the middle of March") within which
# its own article's exact date of the other side's period ("Oct. 1") is read as the date it
# means.
NEAR_CHARS = 400
_WORD = re.compile(r"\w+")


def period_of(t: TimeRef) -> tuple[object, object]:
    return t.begin, t.end_date or t.begin


def within(inner: TimeRef, outer: TimeRef) -> bool:
    assert inner.begin is not None and outer.begin is not None
    return outer.begin <= inner.begin and (inner.end_date or inner.begin) <= (
        outer.end_date or outer.begin
    )


def coarse_and_fine(x: Claim, y: Claim) -> tuple[Claim, Claim] | None:
    """The two date claims as (coarser, finer); None when they are as precise."""
    tx, ty = x.time, y.time
    assert tx is not None and ty is not None
    rx, ry = GRANULARITY_RANK[tx.granularity], GRANULARITY_RANK[ty.granularity]
    if rx == ry:
        return None
    return (x, y) if rx > ry else (y, x)


_YEAR = re.compile(r"\d{4}")
# What ends a sentence in the raw text, for the sentence around a date found there.
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _times_of(source: Source) -> list[TimeRef]:
    """Every time of a source's raw text, read with the lexicons of the source's language."""
    lang = reading_language(source.id, source.language)
    return find_times(source.text, anchor=source.published, lang=lang)


class ArticleDates:
    """The articles, read again for dates: a date in a sentence that became no claim still
    tells what its article knows ("the shooting came at 10:30 p.m. Thursday")."""

    def __init__(self, sources: Iterable[Source], lang: str) -> None:
        self._sources = {s.id: s for s in sources}
        self._lang = lang
        self._every: dict[str, list[TimeRef]] = {}
        self._times: dict[str, list[TimeRef]] = {}

    def _every_time(self, source_id: str) -> list[TimeRef]:
        """Every time found in a source's raw text (read once per source)."""
        if source_id not in self._every:
            source = self._sources.get(source_id)
            found = [] if source is None else _times_of(source)
            self._every[source_id] = found
        return self._every[source_id]

    def _found(self, source_id: str) -> list[TimeRef]:
        """The dated times of a source; relative ones only when its own date is a day."""
        if source_id not in self._times:
            source = self._sources.get(source_id)
            vague = source is not None and source.published_granularity is not Granularity.DAY
            self._times[source_id] = [
                t
                for t in self._every_time(source_id)
                if t.begin is not None and not (vague and t.relative)
            ]
        return self._times[source_id]

    def dates(self, source_id: str) -> list[TimeRef]:
        """The dated times of a source's article (relative ones only when its own date is a
        day), in their order."""
        return self._found(source_id)

    def gives_period(self, x: Claim, y: Claim) -> bool:
        """Whether the coarser side's article gives the finer side's very period anywhere
        ("a rematch on Nov. 6" beside its own "November's elections"): read for a pair of
        one event noun and no shared name, whose same event is less sure."""
        sides = coarse_and_fine(x, y)
        if sides is None:
            return False
        coarse, fine = sides
        assert fine.time is not None
        period = period_of(fine.time)
        return any(period_of(t) == period for t in self._found(coarse.source))

    def gives_clock(self, x: Claim, y: Claim) -> bool:
        """Whether the coarser side's article gives the finer side's clock time anywhere,
        with or without its day ("late Thursday" ... "first reported at 10:30 p.m.")."""
        sides = coarse_and_fine(x, y)
        if sides is None:
            return False
        coarse, fine = sides
        assert fine.time is not None
        minute = fine.time.minute_start
        if minute is None:
            return False
        return any(t.minute_start == minute for t in self._every_time(coarse.source))

    def gives_coarse(self, x: Claim, y: Claim, keys: frozenset[str]) -> bool:
        """Whether the finer side's article gives the coarser side's very period in a
        sentence of a word of ``keys`` that tells the coarser side's event (``_tells_event``):
        "revealed Wednesday that forces had attempted a rescue earlier this summer" dates the
        revealing, and its article dates the rescue as the other does."""
        sides = coarse_and_fine(x, y)
        if sides is None:
            return False
        coarse, fine = sides
        assert coarse.time is not None
        source = self._sources.get(fine.source)
        if source is None:
            return False
        period, rank = period_of(coarse.time), GRANULARITY_RANK[coarse.time.granularity]
        for found in self._found(fine.source):
            if found.start == fine.start or period_of(found) != period:
                continue  # the finer date itself ("10:30 p.m. Thursday" / "late Thursday")
            if GRANULARITY_RANK[found.granularity] < rank:
                continue
            if _sentence_names(source.text, found, keys, self._lang) and _tells_event(
                source.text, found, coarse, self._lang
            ):
                return True
        return False

    def gives_finer(self, x: Claim, y: Claim, keys: frozenset[str] | None = None) -> bool:
        """Whether the coarser side's article gives, in a sentence that shares a key word
        or stem of the pair, a date inside the finer side's period, finer than its own and
        as fine as the finer side's (its day, for a clock time). With ``keys`` (the
        descriptor matcher's shared words, topic words too) that hold a side's own event
        word, that sentence must also tell the finer side's event (``_tells_event``) or
        name a participant both clauses name (``anchor_names``): "In January 2009 the labor
        force participation rate was 65.7%" shares only "rate" with "matching its level in
        January 2009, when Obama took office", another measure's date, and does not explain
        "in 2009, when Obama took office"; "Ailes left Fox News ... on July 21" names Ailes
        and explains "Ailes resigned from Fox in July" beside "resigned July 21"."""
        sides = coarse_and_fine(x, y)
        if sides is None:
            return False
        coarse, fine = sides
        tf = fine.time
        assert tf is not None
        source = self._sources.get(coarse.source)
        if source is None:
            return False
        names = None if keys is None else anchor_names(x, y, keys, self._lang)
        if keys is None:
            keys = frozenset(set(x.event_stems) & set(y.event_stems)) | frozenset(
                set(x.event_words) & set(y.event_words)
            )
        tc = coarse.time
        assert tc is not None
        # a clock time is met by its day: the coarse article then dates the event as well
        rank = max(GRANULARITY_RANK[tf.granularity], GRANULARITY_RANK[Granularity.DAY])
        for found in self._found(coarse.source):
            t = in_year_of(found, tf)
            finer = GRANULARITY_RANK[t.granularity] < GRANULARITY_RANK[tc.granularity]
            if finer and _between(t, tf, tc):
                if _sentence_names(source.text, t, keys, self._lang) and _dates_event(
                    source.text, t, (coarse, fine), self._lang
                ):
                    return True
                continue
            if GRANULARITY_RANK[t.granularity] > rank or not finer or not within(t, tf):
                continue
            if _restated(t, coarse, fine, source.text, self._lang):
                return True  # "last October's massacre" ... "occurred on the night of Oct. 1"
            if _sentence_names(source.text, t, keys, self._lang) and (
                names is None
                or _sentence_names(source.text, t, names, self._lang)
                or _tells_event(source.text, t, fine, self._lang)
            ):
                return True
        return False


def _between(t: TimeRef, fine: TimeRef, coarse: TimeRef) -> bool:
    """Whether a date of the coarse side's article lies between the pair's two periods: it
    holds the finer side's period and lies inside the coarse one ("in 1925" beside its own
    "born in October 1925", against "born Oct. 13, 1925"). The coarse date is then not the
    finest its article gives: the difference of precision is that date's against the
    finer one, and a pair of those is read on its own."""
    if period_of(t) == period_of(fine) or period_of(t) == period_of(coarse):
        return False
    return within(fine, t) and within(t, coarse)


def _dates_event(text: str, t: TimeRef, claims: tuple[Claim, Claim], lang: str) -> bool:
    """Whether the raw sentence around a time tells the event of a claim of the pair by its
    own event words ("Thatcher, born ... in 1925" ... "She was born in October 1925"); a
    claim that keys no event tells none ("Reyes and Brandt had clashed ... at the end of
    2024" is no date of "fired ... last year")."""
    return any(c.event_stems and _tells_event(text, t, c, lang) for c in claims)


def in_year_of(t: TimeRef, other: TimeRef) -> TimeRef:
    """A day or month written without its year, read in the other side's year: its year
    was inferred, maybe wrongly ("said ... the Dec. 12 election" read as last December)."""
    if t.begin is None or other.begin is None or year_given(t) or t.relative:
        return t
    if t.begin.year == other.begin.year:
        return t
    if t.granularity not in (Granularity.DAY, Granularity.MONTH):
        return t
    last = t.end_date or t.begin
    if last.year != t.begin.year:
        return t
    try:
        return replace(
            t,
            begin=t.begin.replace(year=other.begin.year),
            end_date=last.replace(year=other.begin.year),
        )
    except ValueError:  # February 29
        return t


def _restated(t: TimeRef, coarse: Claim, fine: Claim, text: str, lang: str) -> bool:
    """Whether a date of the coarse side's article, near its coarse date and inside it, is
    exactly the finer side's period: the article itself gives the finer date. Near a
    relative date any such date does ("last October's massacre" ... "on the night of Oct.
    1"); near a date written out, one whose sentence names a key word or stem of the finer
    side's clause ("The increase lasts until the middle of March 2015" ... "as of March 15,
    2015, will become the new legal limit" / "debt limit increase -- valid until March 15"),
    not a day of another event ("in May 2017" ... "The weather on May 9, 2017 was fine")."""
    tc, tf = coarse.time, fine.time
    assert tc is not None and tf is not None
    near = (
        period_of(t) == period_of(tf)
        and within(t, tc)
        and abs(t.start - coarse.start) <= NEAR_CHARS
    )
    if not near or tc.relative:
        return near
    return _sentence_names(text, t, frozenset((*fine.event_words, *fine.event_stems)), lang)


def _sentence_names(text: str, t: TimeRef, keys: frozenset[str], lang: str) -> bool:
    """Whether the raw sentence around a time holds a word, or a word's stem or its root
    (word_roots.word_root, as descriptors' keys are), of ``keys``."""
    words = {w.lower() for w in _WORD.findall(_sentence_at(text, t))}
    stems = {stem(w, lang) for w in words}
    return bool(keys & (words | stems | {word_root(w, lang) for w in words}))


def _tells_event(text: str, t: TimeRef, claim: Claim, lang: str) -> bool:
    """Whether the raw sentence around a time tells the event of ``claim`` (a word, stem or
    root of its event stems), or ``claim`` keys no event: "the 1982 war over the Falkland
    Islands" is no date of "Argentina invaded the Falklands Islands in 1982", though both
    name the islands; "She was elected to Parliament in 1959" is one of "Thatcher was
    elected to Parliament in 1959"."""
    events = frozenset(claim.event_stems)
    return not events or _sentence_names(
        text, t, events | {word_root(s, lang) for s in events}, lang
    )


def _sentence_at(text: str, t: TimeRef) -> str:
    """The raw sentence around a time found in a text."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, t.start - 400), t.start)]
    start = ends[-1] if ends else max(0, t.start - 400)
    after = _SENTENCE_END.search(text, t.end, t.end + 400)
    return text[start : after.start() if after else t.end + 400]


def year_given(t: TimeRef) -> bool:
    """Whether a time's own words give its year (four digits)."""
    return _has_year(t.text)


@lru_cache(maxsize=1 << 12)  # asked of every two dates a story's pairing compares
def _has_year(text: str) -> bool:
    return bool(_YEAR.search(text))
