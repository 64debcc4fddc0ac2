"""Event descriptors of dates: the date claims of a story -> pairs of dates of one event.

A date's descriptor (``descriptor_words``) is the content words of its clause (stemmed as
date keys are, less stop words, generic words and the date's own words), each weighted by
how rare it is among the sentences of the whole story (IDF over the story's own sentences:
"Comey" in a Comey story tells nothing, "bench" or "naturalized" tells much). Two dates of
different sources date one event when their descriptors are alike (a weighted cosine of at
least ``MIN_SIMILARITY``) and each is the other's best match among the dates of the other
source whose periods share a day with its own (mutual best match: each date has at most one
partner per pair of sources; a date of a period wholly apart dates another moment and is no
rival: "Mr. Trump's campaign rally in Newark over the weekend may have been just enough to
propel the Republican candidate to victory" is closer to Reuters' clause of the victory "on
Tuesday" than its "after he campaigned for him in the district on Saturday night", yet
Tuesday is no time of the weekend's rally); a name both clauses give (``descriptor_names``:
a word with a capital inside a sentence) anchors the event, and then
``MIN_SIMILARITY_NAMED`` suffices, and ``MIN_SIMILARITY_PARTICIPANTS`` when two names of
people or places and a word of the act are shared. Only dates of compatible periods at
different precision ("last week" / "Aug. 25") are paired here; the date matcher (date_match)
pairs the rest by event keys. A date next to a speech verb or a statement noun
(statement_dates: "announcement this spring") dates a statement ("The Times reported on
November 23 that ..."): it is paired only with another statement's date ("reports last week
that ..."), the clauses telling what was said, or with a date whose clause reports a
statement a few words on ("said over the weekend that ..." / "On Sunday, adviser Robert
Gibbs told CNN that ...") when it was kept for its speaker's words alone
(claim_dates.STATED). A pair whose vaguer article gives the finer date of that event
elsewhere is no pair (date_match.explained).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import partial

from crosscheck.claims.date_events import date_event_words, weak_stems
from crosscheck.claims.dates import STATED
from crosscheck.match.article_dates import within
from crosscheck.match.cross_pairs import two_source_positions
from crosscheck.match.date_participants import named_participants, participants, predicate_stems
from crosscheck.match.descriptor_clauses import clause_of
from crosscheck.match.descriptor_names import name_spans, names_of_both
from crosscheck.match.descriptor_words import (
    Descriptor,
    content_stemmer,
    content_stems,
    norm_of,
    shared_words,
    story_weights,
    weighted_cosine,
)
from crosscheck.match.statement_dates import (
    beside_statement_noun,
    is_statement_date,
    reports_statement,
    word_before_date,
)
from crosscheck.match.word_roots import root
from crosscheck.model import GRANULARITY_RANK, Claim, ClaimPair, Granularity, Source, TimeRef
from crosscheck.timex.ago import exact_ago
from crosscheck.timex.clock import read_on_publication

# The least weighted cosine of two descriptors read as one event.
MIN_SIMILARITY = 0.3
# The least for two descriptors that share a name (a word written with a capital inside
# both sentences: "Newtown", "Sessions"): a name anchors the event that the other words
# tell apart less ("killed last Dec. 14 by a gunman at their elementary school in
# Newtown" / "the mass shooting inside an elementary school in ... Newtown in December").
MIN_SIMILARITY_NAMED = 0.2
# The least for two descriptors that share one predicate class and one participant but
# fewer than ``MIN_SHARED`` stems (``shares_participant``: "Comey, who was abruptly
# dismissed by Trump last year" / "After he was fired last May"): the two clauses tell
# the event with other words, so their other words agree little; the class, the
# participant and the mutual best match carry the pair.
MIN_SIMILARITY_PARTICIPANT = 0.1
# The least for two descriptors whose shared stems hold ``MIN_NAMES_ONE_EVENT`` names of
# both clauses (people, places) and a word besides names and weak predicates ("Judge Amy
# Berman Jackson voided the deal after Mueller's team contended that Manafort had violated
# it by lying" / "Jackson ruled that Manafort had breached his agreement with Mueller's
# office by lying to prosecutors about three matters ..."): the participants and a word
# of the act carry a pair whose long clauses agree little otherwise.
MIN_SIMILARITY_PARTICIPANTS = 0.1
# Stems two descriptors must share, besides weak predicates ("vote", "win": many events
# of a story share them): one word in common is a topic, not an event.
MIN_SHARED = 2
# Names (people, places: runs of capitalised words) two clauses must share for their
# dates to date one event told with other verbs.
MIN_NAMES_ONE_EVENT = 2
_Key = tuple[str, int, int]


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
    if _week_beside_year(fine, coarse):
        return False
    return within(fine, coarse)


def _time_of(claim: Claim) -> TimeRef:
    assert claim.time is not None  # a date claim
    return claim.time


_DAY_RANK = GRANULARITY_RANK[Granularity.DAY]
_YEAR_RANK = GRANULARITY_RANK[Granularity.YEAR]


def _week_beside_year(fine: TimeRef, coarse: TimeRef) -> bool:
    """A relative day or finer ("on Tuesday") beside a year or longer: two events (see
    ``_coarse_contains_fine``). Read from the precisions alone, which aligning the years
    of two dates never changes: ``descriptor_pairs`` tests it before aligning them."""
    return _weekly(fine) and _yearly(coarse)


def _weekly(t: TimeRef) -> bool:
    return t.relative and GRANULARITY_RANK[t.granularity] <= _DAY_RANK


def _yearly(t: TimeRef) -> bool:
    return GRANULARITY_RANK[t.granularity] >= _YEAR_RANK


def other_predicates(
    a: Claim,
    b: Claim,
    da: AbstractSet[str],
    db: AbstractSet[str],
    own: tuple[AbstractSet[str], AbstractSet[str]] | None = None,
    *,
    lang: str,
) -> bool:
    """Whether each date's clause names its own event and one does not name the other's: both
    clauses hold a predicate of their date (date_keys.event_key; none when all stand out of
    it: "the peak was in October 2009, when it hit 10%") and one's is not in the other's
    clause ("Lerner said at a gathering a year ago" / "Lerner refused to answer at a hearing
    last May"; "had surgery this month" / "returned this week after surgery"). ``own``: the
    stems of each date's own clause, where its predicate must stand (``_own_stems``),
    when ``da`` and ``db`` hold a clause after the date that tells what happened at it."""
    oa, ob = own if own is not None else (da, db)
    pa, pb = _predicate_roots(a, lang), _predicate_roots(b, lang)
    return bool(pa & oa and pb & ob) and not (pa & db and pb & da)


def _predicate_roots(claim: Claim, lang: str) -> set[str]:
    """The roots (``word_roots.root``) of a date's predicate stems (date_keys.event_key)."""
    return {root(s, lang) for s in claim.event_stems}


def describable(claim: Claim, statements: bool = False, *, lang: str) -> bool:
    """Whether a date may be paired by its descriptor: finer than a decade (a decade or
    a century is a story's background, where one person's several acts are told), a
    statement's date only if ``statements`` (``is_statement_date``: then it pairs only with
    another statement's date), no count of years back ("five years ago" beside "in June
    2007": a distance told in round units, which the other date does not make finer), and
    no relative date after a determiner ("on the last night of the convention": a part of
    an event, not a date)."""
    t = claim.time
    if t is None or GRANULARITY_RANK[t.granularity] >= GRANULARITY_RANK[Granularity.DECADE]:
        return False
    if read_on_publication(t):
        return False  # "adjourned shortly before 1:30 p.m.": its day is only the article's
    if not statements and is_statement_date(claim, lang):
        return False  # "Nielsen on March 5 called ...": the date dates the statement
    if exact_ago(t, lang) and t.granularity is Granularity.YEAR:
        return False  # "five years ago": a round distance, no coarse date of the event
    return not t.relative or word_before_date(claim) not in date_event_words(lang).noun_before


def descriptor_pairs(
    dates: Sequence[Claim],
    sources: Sequence[Source],
    skip: Callable[[Claim, Claim, frozenset[str]], bool],
    align: Callable[[Claim, Claim], tuple[Claim, Claim]],
    *,
    settled: Callable[[Claim, Claim, frozenset[str]], bool] | None = None,
    lang: str,
) -> list[ClaimPair]:
    """Pairs of dates of one event at different precision by mutual best match of their
    descriptors. ``dates`` are the date claims that date one event; ``skip`` tells a pair
    already made or explained by its own article (given the shared stems); ``align`` reads
    a day whose year was inferred in the year the other side gives (its year only).

    ``settled`` is a cheap part of ``skip`` (whatever it tells, ``skip`` tells too): a
    candidate it settles is dropped before the story's word weights are counted, and when
    none is left they are not counted at all. A pair's own tests never read the other
    candidates (best matches are sought among every date of ``dates`` whose period shares
    a day with the date's, ``_overlap``), so the pairs are
    the same; the shared stems it is given are the descriptors' keys (every weight is
    positive), as ``skip`` is given them."""
    kept = [c for c in dates if describable(c, statements=True, lang=lang)]
    named = {c.key for c in kept if beside_statement_noun(c, lang)}  # a noun names the statement
    said = named | {c.key for c in kept if is_statement_date(c, lang)}
    ranks = [GRANULARITY_RANK[c.time.granularity] if c.time else 0 for c in kept]
    statements = [c.key in said for c in kept]
    reported: dict[int, bool] = {}

    def reports(i: int, j: int) -> bool:
        """Of a statement's date and another date: whether the statement's was kept for
        its speaker's words alone (metric ``STATED``) or is named by a statement noun, and
        the other's clause reports a statement (read once per date, however many ask)."""
        stated, other = (i, j) if statements[i] else (j, i)
        if kept[stated].metric != STATED and kept[stated].key not in named:
            return False
        if other not in reported:
            reported[other] = reports_statement(kept[other], lang)
        return reported[other]

    source_ids = [c.source for c in kept]
    weekly = [_weekly(_time_of(c)) for c in kept]
    yearly = [_yearly(_time_of(c)) for c in kept]
    candidates = []
    for i, j in two_source_positions(source_ids):  # one source's two dates: no pair
        rank, statement = ranks[i], statements[i]
        if ranks[j] == rank:
            continue  # as precise: no precision pair
        if (weekly[j] and yearly[i]) if rank > ranks[j] else (weekly[i] and yearly[j]):
            continue  # a week's day beside a year: two events (``_week_beside_year``)
        if statements[j] != statement and not reports(i, j):
            continue  # a statement's date and an act's: two events
        a, b = kept[i], kept[j]
        if _coarse_contains_fine(*align(a, b)):
            candidates.append((a, b))
    clauses: dict[tuple[str, int, int], str] = {}
    stems: dict[tuple[str, int, int], frozenset[str]] = {}

    def stems_of(c: Claim) -> frozenset[str]:
        if c.key not in stems:
            clauses[c.key] = clause_of(c, lang=lang)
            stems[c.key] = content_stems(clauses[c.key], lang) - content_stems(c.text, lang)
        return stems[c.key]

    def clause(c: Claim) -> str:
        stems_of(c)
        return clauses[c.key]

    texts = {s.id: s.text for s in sources}
    one_participant = partial(shares_participant, texts=texts, clause=clause, lang=lang)

    candidates = [
        (a, b)
        for a, b in candidates
        if _may_pair(a, b, stems_of(a), stems_of(b), one_participant, lang)
    ]
    if settled is not None:
        candidates = [
            (a, b)
            for a, b in candidates
            if not settled(*align(a, b), frozenset(stems_of(a) & stems_of(b)))
        ]
    if not candidates:
        return []  # no two periods one inside the other that may pair: no weights needed
    for c in kept:
        stems_of(c)
    weight = story_weights(sources, clauses.values(), lang)
    if weight is None:
        return []
    described = {c.key: _Described(c, {s: weight(s) for s in stems[c.key]}) for c in kept}

    def side(c: Claim) -> tuple[str, bool]:
        """A date's source, and whether it dates a statement: the dates a best match is
        sought among (a statement's date matches only another statement's)."""
        return c.source, c.key in said

    by_side: dict[tuple[str, bool], list[_Described]] = defaultdict(list)
    for item in described.values():
        by_side[side(item.claim)].append(item)
    best: dict[tuple[_Key, tuple[str, bool]], tuple[float, _Key]] = {}

    def best_of(item: _Described, other: Claim) -> tuple[float, _Key]:
        """The best match of a date among the dates of ``other``'s side whose periods share
        a day with its own (``_overlap``), with its similarity."""
        found = best.get((item.claim.key, side(other)))
        if found is None:
            scored = [
                (item.similarity(o), o.claim.key)
                for o in by_side[side(other)]
                if _overlap(*align(item.claim, o.claim))
            ]
            found = max(scored, key=lambda x: (x[0], _neg(x[1])), default=(0.0, item.claim.key))
            best[(item.claim.key, side(other))] = found
        return found

    pairs = []
    for a, b in candidates:
        ia, ib = described[a.key], described[b.key]
        score, partner = best_of(ia, b)
        da, db = ia.weights, ib.weights
        shared = da.keys() & db.keys()
        if score < _least_similarity(a, b, shared, lang) or partner != b.key:
            continue
        if best_of(ib, a)[1] != a.key:
            continue
        if not _may_pair(a, b, da.keys(), db.keys(), one_participant, lang):
            continue
        x, y = align(a, b)
        if skip(x, y, frozenset(shared)):
            continue
        words = shared_words(x, y, da, db, lang)
        what = " ".join(words[:3])
        pairs.append(
            ClaimPair(
                a=replace(x, what=what, subject=what, event_words=words),
                b=replace(y, what=what, subject=what, event_words=words),
                score=round(100 * score, 1),
            )
        )
    return pairs


def _least_similarity(a: Claim, b: Claim, shared: AbstractSet[str], lang: str) -> float:
    """``MIN_SIMILARITY_PARTICIPANT`` for two dates of fewer than ``MIN_SHARED`` shared
    stems besides weak ones (they pair only as one predicate class and one participant,
    ``shares_participant``); ``MIN_SIMILARITY_PARTICIPANTS`` for two dates whose shared
    stems hold ``MIN_NAMES_ONE_EVENT`` names of ``a``'s clause, a demonym alone counting
    none (``named_participants``), and a word besides names and weak predicates;
    ``MIN_SIMILARITY_NAMED`` for two dates whose shared stems hold a name: a word with a
    capital in both clauses, inside one of them (``_capitals``); ``MIN_SIMILARITY``
    otherwise."""
    if len(shared - weak_stems(lang)) < MIN_SHARED:
        return MIN_SIMILARITY_PARTICIPANT
    names = shared & names_of_both(a, b, lang)
    if not names:
        return MIN_SIMILARITY
    spans = (p for p, _, _ in name_spans(clause_of(a, lang=lang), lang))
    if shared - names - weak_stems(lang) and (
        named_participants(spans, names, content_stemmer(lang), lang) >= MIN_NAMES_ONE_EVENT
    ):
        return MIN_SIMILARITY_PARTICIPANTS
    return MIN_SIMILARITY_NAMED


def _apart(a: Claim, b: Claim, da: AbstractSet[str], db: AbstractSet[str], lang: str) -> bool:
    """``other_predicates`` (each date's predicate read in its own clause, ``_own_stems``),
    unless both clauses name ``MIN_NAMES_ONE_EVENT`` of the same
    people or places, one person's names counting once ("Sergei Skripal and his daughter,
    Yulia, were poisoned in Salisbury" / "Sergei and Yulia Skripal were found on a bench
    in Salisbury"; never "Ana Ruiz" alone): the participants tell one event that the two
    outlets tell with other verbs. Only beside a month or longer: a week's dates ("this
    week" / "Monday") are the week's news, several events of the same people ("Ryan told
    the crowd Monday" / "Democrats hold their convention this week in Charlotte"). Never
    when one date's own clause tells the other's act beside its own predicate ("Reed sought
    treatment on March 4 after his recent travel to Guinea" / "Reed had traveled from Guinea
    in March"): that outlet tells the two acts apart, and its date is of its own act."""
    own = (_own_stems(a, lang), _own_stems(b, lang))
    if not other_predicates(a, b, da, db, own, lang=lang):
        return False
    ta, tb = a.time, b.time
    assert ta is not None and tb is not None
    coarse = max(GRANULARITY_RANK[ta.granularity], GRANULARITY_RANK[tb.granularity])
    if coarse < GRANULARITY_RANK[Granularity.MONTH]:
        return True
    if _predicate_roots(a, lang) & own[1] or _predicate_roots(b, lang) & own[0]:
        return True  # one clause tells both acts: the outlet tells them apart
    shared = names_of_both(a, b, lang) & da & db
    named = [p for p, _, _ in name_spans(clause_of(a, lang=lang), lang) if p & shared]
    return len(named) < MIN_NAMES_ONE_EVENT


def _own_stems(claim: Claim, lang: str) -> frozenset[str]:
    """The content stems of a date's clause without the clause after it that tells what
    happened at the date (``clause_of`` without ``told``): the date's own predicate is read
    there ("The rate's recent peak was in October 2009, when it hit 10 percent": the peak,
    not the hit, is the date's event)."""
    return content_stems(clause_of(claim, told=False, lang=lang), lang) - content_stems(
        claim.text, lang
    )


def shares_participant(
    a: Claim,
    b: Claim,
    texts: Mapping[str, str],
    clause: Callable[[Claim], str] | None = None,
    *,
    lang: str,
) -> bool:
    """Whether two dates' clauses (``clause``: clause_of, or a caller's reading of it) name
    one event by a predicate class besides weak ones and their sentences name one participant
    (date_participants; ``texts``: the articles by source, for the sentence before a pronoun)."""
    clause = clause or partial(clause_of, lang=lang)
    ca, cb = clause(a), clause(b)
    shared = (predicate_stems(ca, lang) & predicate_stems(cb, lang)) - weak_stems(lang)
    if not shared or not shared & content_stems(ca, lang) & content_stems(cb, lang):
        return False  # the predicate classes first: most pairs share none
    pa = participants(a, ca, texts.get(a.source, ""), partial(name_spans, lang=lang), lang)
    return bool(pa) and bool(
        pa & participants(b, cb, texts.get(b.source, ""), partial(name_spans, lang=lang), lang)
    )


def _may_pair(
    a: Claim,
    b: Claim,
    sa: AbstractSet[str],
    sb: AbstractSet[str],
    one_participant: Callable[[Claim, Claim], bool],
    lang: str,
) -> bool:
    """The tests of a pair that need no word weights: ``MIN_SHARED`` stems in common
    besides weak predicates, or else one predicate class and one participant
    (``one_participant``), and no two events named apart (``other_predicates``)."""
    if len((sa & sb) - weak_stems(lang)) < MIN_SHARED and not one_participant(a, b):
        return False
    return not _apart(a, b, sa, sb, lang)


class _Described:
    """A date claim with its descriptor and the descriptor's norm."""

    __slots__ = ("claim", "norm", "weights")

    def __init__(self, claim: Claim, weights: Descriptor) -> None:
        self.claim = claim
        self.weights = weights
        self.norm = norm_of(weights)

    def similarity(self, other: _Described) -> float:
        """The weighted cosine of two descriptors."""
        return weighted_cosine(self.weights, self.norm, other.weights, other.norm)


def _neg(key: tuple[str, int, int]) -> tuple[str, int, int]:
    """A key for ties: the earliest claim wins."""
    return (key[0], -key[1], -key[2])


def _overlap(a: Claim, b: Claim) -> bool:
    """Whether two dates' periods share a day (years aligned by the caller): a date whose
    period lies wholly apart from another's ("over the weekend" / "on Tuesday") dates
    another moment, so it is no rival for that date's best match (``descriptor_pairs``)."""
    ta, tb = _time_of(a), _time_of(b)
    if ta.begin is None or tb.begin is None:
        return False
    return ta.begin <= (tb.end_date or tb.begin) and tb.begin <= (ta.end_date or ta.begin)
