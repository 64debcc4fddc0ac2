"""Event descriptors of dates: the date claims of a story -> pairs of dates of one event.

A date's descriptor is the content words of its clause (stemmed as date keys are, less
stop words, generic words and the date's own words), each weighted by how rare it is
among the sentences of the whole story (IDF over the story's own sentences: "Comey" in a
Comey story tells nothing, "bench" or "naturalized" tells much). Two dates of different
sources date one event when their descriptors are alike (a weighted cosine of at least
``MIN_SIMILARITY``) and each is the other's best match among all the dates of the other
source (mutual best match: each date has at most one partner per pair of sources). Only
dates of compatible periods at different precision ("last week" / "Aug. 25") are paired
here; the date matcher (date_match) pairs the rest by event keys. A pair whose vaguer
article gives the finer date of that event elsewhere is no pair (date_match.explained).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import cache

from crosscheck.date_keys import date_event_words, stem, weak_stems
from crosscheck.model import GRANULARITY_RANK, Claim, ClaimPair, Granularity, Source, TimeRef
from crosscheck.words import claim_words

# The least weighted cosine of two descriptors read as one event.
MIN_SIMILARITY = 0.3
# Sentences a story needs for its word weights to tell a rare word from a common one:
# in fewer, every word is rare and two sentences of a topic look like one event.
MIN_SENTENCES = 12
# Shortest word kept in a descriptor.
MIN_LETTERS = 3
# Stems two descriptors must share, besides weak predicates ("vote", "win": many events
# of a story share them): one word in common is a topic, not an event.
MIN_SHARED = 2

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")

Descriptor = dict[str, float]
Signature = tuple[object, ...]


@cache
def _stem(word: str) -> str:
    return stem(word)


@cache
def _ignored() -> frozenset[str]:
    return claim_words().stop_words | date_event_words().generic


def _stems(text: str) -> set[str]:
    """The stems of the content words of a text."""
    ignored = _ignored()
    found = set()
    for m in _WORD.finditer(text):
        low = m.group().lower()
        if len(low) >= MIN_LETTERS and low not in ignored:
            found.add(_stem(low))
    return found


def story_weights(sources: Iterable[Source]) -> Callable[[str], float] | None:
    """How rare a stem is among the sentences of all the story's articles: log(1 + N / df)
    (smoothed, so a word of every sentence still counts a little); None for a story of
    fewer than ``MIN_SENTENCES`` sentences."""
    df: Counter[str] = Counter()
    n = 0
    for source in sources:
        for sentence in _SENTENCE_END.split(source.text):
            if sentence.strip():
                n += 1
                df.update(_stems(sentence))
    if n < MIN_SENTENCES:
        return None
    total = n

    def weight(s: str) -> float:
        return math.log(1 + total / max(df[s], 1))

    return weight


_BREAK = re.compile(r"[;:\u2014]|,\s*([\w'\u2019-]+)")


def clause_of(claim: Claim) -> str:
    """The clause of a date's sentence: the text between the breaks around the date, a
    break being a semicolon, a colon, a dash, or a comma before a clause opener of
    ``[date_events]`` (", and Trump Jr. met a lawyer later": another clause's event)."""
    openers = date_event_words().clause_openers
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    first, last = 0, len(claim.sentence)
    for m in _BREAK.finditer(claim.sentence):
        if m.group(1) is not None and m.group(1).lower() not in openers:
            continue
        if m.end() <= at:
            first = m.start(1) if m.group(1) is not None else m.end()
        elif m.start() >= end:
            last = m.start()
            break
    return claim.sentence[first:last]


def descriptor(claim: Claim, weight: Callable[[str], float]) -> Descriptor:
    """The weighted stems of a date's clause (``clause_of``), less the date's own words."""
    own = _stems(claim.text)
    return {s: w for s in _stems(clause_of(claim)) - own if (w := weight(s)) > 0}


def similarity(a: Descriptor, b: Descriptor) -> float:
    """The weighted cosine of two descriptors."""
    shared = a.keys() & b.keys()
    if not shared:
        return 0.0
    dot = sum(a[s] * b[s] for s in shared)
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm if norm else 0.0


def _coarse_contains_fine(a: Claim, b: Claim) -> bool:
    """One period inside the other at a coarser granularity; a day of the week ("on
    Tuesday") beside a year or longer is none: the week's news and a year's are two
    events of one story far more often than one event told twice."""
    ta, tb = a.time, b.time
    assert ta is not None and tb is not None and ta.begin is not None and tb.begin is not None
    ra, rb = GRANULARITY_RANK[ta.granularity], GRANULARITY_RANK[tb.granularity]
    if ra == rb:
        return False
    coarse, fine = (ta, tb) if ra > rb else (tb, ta)
    assert coarse.begin is not None and fine.begin is not None
    year = GRANULARITY_RANK[Granularity.YEAR]
    if (
        fine.relative
        and GRANULARITY_RANK[fine.granularity] <= GRANULARITY_RANK[Granularity.DAY]
        and GRANULARITY_RANK[coarse.granularity] >= year
    ):
        return False
    return coarse.begin <= fine.begin and (fine.end_date or fine.begin) <= (
        coarse.end_date or coarse.begin
    )


def other_predicates(a: Claim, b: Claim, da: Descriptor, db: Descriptor) -> bool:
    """Whether each date's clause names its own event and one does not name the other's:
    both have predicates (date_keys.event_key) and one's is not in the other's clause
    ("Lerner said at a gathering a year ago" / "Lerner refused to answer at a hearing last
    May"; "had surgery this month" / "returned this week after surgery"). The clauses
    share a topic; the dates belong to two events of it."""
    pa, pb = set(a.event_stems), set(b.event_stems)
    return bool(pa and pb) and not (pa & db.keys() and pb & da.keys())


_LAST_WORD = re.compile(r"([\w'\u2019-]+)\W*$")
_FIRST_WORD = re.compile(r"\W*([\w'\u2019-]+)")


def describable(claim: Claim) -> bool:
    """Whether a date may be paired by its descriptor: finer than a decade (a decade or
    a century is a story's background, where one person's several acts are told), not
    next to a speech verb (it dates the statement, which date_match pairs by its key),
    and no relative date after a determiner ("on the last night of the convention": a
    part of an event, not a date)."""
    t = claim.time
    if t is None or GRANULARITY_RANK[t.granularity] >= GRANULARITY_RANK[Granularity.DECADE]:
        return False
    words = date_event_words()
    before = _LAST_WORD.search(claim.sentence[: claim.start - claim.sentence_start])
    after = _FIRST_WORD.match(claim.sentence[claim.end - claim.sentence_start :])
    near = {m.group(1).lower() for m in (before, after) if m is not None}
    if near & words.statement_verbs:
        return False  # "Nielsen on March 5 called ...": the date dates the statement
    return not t.relative or before is None or before.group(1).lower() not in words.noun_before


def shared_words(a: Claim, b: Claim, da: Descriptor, db: Descriptor) -> tuple[str, ...]:
    """The words of ``a``'s sentence whose stems both descriptors hold, rarest first."""
    shared = da.keys() & db.keys()
    words: dict[str, float] = {}
    for m in _WORD.finditer(a.sentence):
        low = m.group().lower()
        s = _stem(low) if len(low) >= MIN_LETTERS and low not in _ignored() else ""
        if s in shared and s not in {_stem(w) for w in words}:
            words[low] = da[s]
    return tuple(sorted(words, key=lambda w: (-words[w], w)))


def descriptor_pairs(
    dates: Sequence[Claim],
    sources: Sequence[Source],
    skip: Callable[[Claim, Claim, frozenset[str]], bool],
    align: Callable[[Claim, Claim], tuple[Claim, Claim]],
) -> list[ClaimPair]:
    """Pairs of dates of one event at different precision by mutual best match of their
    descriptors. ``dates`` are the date claims that date one event; ``skip`` tells a pair
    already made or explained by its own article (given the shared stems); ``align``
    reads a day whose year was inferred in the year the other side gives."""
    if len({c.source for c in dates}) < 2:
        return []
    weight = story_weights(sources)
    if weight is None:
        return []
    described = [(c, descriptor(c, weight)) for c in dates if describable(c)]
    by_source: dict[str, list[tuple[Claim, Descriptor]]] = defaultdict(list)
    for item in described:
        by_source[item[0].source].append(item)
    best: dict[tuple[tuple[str, int, int], str], tuple[float, tuple[str, int, int]]] = {}
    for claim, desc in described:
        for other_source, others in by_source.items():
            if other_source == claim.source:
                continue
            scored = [(similarity(desc, d), o.key) for o, d in others]
            top = max(scored, key=lambda x: (x[0], _neg(x[1])))
            best[(claim.key, other_source)] = top
    pairs = []
    for i, (a, da) in enumerate(described):
        for b, db in described[i + 1 :]:
            if a.source == b.source:
                continue
            score, partner = best[(a.key, b.source)]
            back = best[(b.key, a.source)]
            if score < MIN_SIMILARITY or partner != b.key or back[1] != a.key:
                continue
            shared = da.keys() & db.keys()
            if len(shared - weak_stems()) < MIN_SHARED or other_predicates(a, b, da, db):
                continue
            x, y = align(a, b)
            if not _coarse_contains_fine(x, y) or skip(x, y, frozenset(shared)):
                continue
            words = shared_words(x, y, da, db)
            what = " ".join(words[:3])
            pairs.append(
                ClaimPair(
                    a=replace(x, what=what, subject=what, event_words=words),
                    b=replace(y, what=what, subject=what, event_words=words),
                    score=round(100 * score, 1),
                )
            )
    return pairs


def covered_periods(pairs: Iterable[ClaimPair]) -> set[tuple[str, Signature, str, Signature]]:
    """The (source, period, source, period) of every two claims some pair compares."""
    found: set[tuple[str, Signature, str, Signature]] = set()
    for pair in pairs:
        for a in (pair.a, *pair.also_a):
            for b in (pair.b, *pair.also_b):
                if a.time is None or b.time is None:
                    continue
                sa, sb = signature(a.time), signature(b.time)
                found.update({(a.source, sa, b.source, sb), (b.source, sb, a.source, sa)})
    return found


def names_which(t: TimeRef) -> bool:
    """A month or longer with no scope word, written out ("the 2010 governor's race", "a
    June 2016 meeting"): a label that names which event more often than it dates one."""
    coarse = GRANULARITY_RANK[t.granularity] >= GRANULARITY_RANK[Granularity.MONTH]
    return t.modifier is None and coarse and not t.relative


def signature(t: TimeRef) -> Signature:
    """A period with its granularity and clock time: what one group of dates says."""
    return (t.begin, t.end_date, t.granularity, t.minute_start, t.minute_end)


def _neg(key: tuple[str, int, int]) -> tuple[str, int, int]:
    """A key for ties: the earliest claim wins."""
    return (key[0], -key[1], -key[2])
