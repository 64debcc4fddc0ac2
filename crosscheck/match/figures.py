"""Figure and date matching: claims of all sources -> ClaimPair records of the same frame.

Two claims are compared only when their frames agree: the same event class, a compatible
``what`` (rapidfuzz on the normalised phrases, after synonyms), places and periods that are
not different, compatible roles, and the same dimension. A claim whose frame cannot be read
(no event for a count, nothing measured for a measure) is listed but never compared.

Claims are blocked first on (kind of value, dimension, event, scope group), so that cost grows with
the size of each block rather than with the square of all claims. Within a block, claims
that say the same thing (same subject, value and time) form one group; the matching engine
(``match.engine``: rapidfuzz, the scorer ``[scorers] figures`` of ``matching.toml``) scores the
distinct subjects once (``process.cdist`` with a cut-off), and each pair of groups with
similar subjects and comparable times becomes one ClaimPair, represented by two claims from
different sources. Blocking and the pairs of groups are the shared block matcher's
(``block_matcher.cross_source_blocks``, ``cross_source_pairs``); the guards are its gate.
A story where a thousand articles repeat "over 1,200" therefore costs one group, not half a
million pairs. The blocks are ``figure_blocks``'s, the guards that keep
two groups apart ``figure_gates``'s, the settings ``figure_rules``'s.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from crosscheck.claims.frames import SIZED
from crosscheck.match.block_matcher import cross_source_pairs
from crosscheck.match.engine import FIGURES, similar_pairs
from crosscheck.match.figure_blocks import claim_blocks
from crosscheck.match.figure_gates import pair_gates, sized_alike, whats_compatible
from crosscheck.match.figure_rules import match_rules
from crosscheck.model import Claim, ClaimPair


def match_claims(claims: Sequence[Claim], lang: str) -> list[ClaimPair]:
    """Pairs of claims from different sources about the same subject, metric and scope."""
    pairs = [
        pair for block in claim_blocks(claims, lang=lang) for pair in pairs_in_block(block, lang)
    ]
    return sort_pairs(pairs)


def sort_pairs(pairs: Iterable[ClaimPair]) -> list[ClaimPair]:
    """Pairs in a fixed order, whatever order the blocks were scored in."""
    return sorted(
        pairs, key=lambda p: (p.a.source, p.a.start, p.a.end, p.b.source, p.b.start, p.b.end)
    )


Signature = tuple[object, ...]


def _signature(claim: Claim, lang: str) -> Signature:
    """What a claim says, independent of where: its subject, value and time."""
    q, t = claim.value, claim.time
    value: Signature = ()
    if q is not None:
        value = (q.unit, q.dimension, q.low, q.high, q.low_inclusive, q.high_inclusive, q.point,
                 q.approximate, q.vague)  # fmt: skip
    time: Signature = ()
    if t is not None:
        time = (match_rules(lang).scope_group.get(t.modifier or "", "at"), t.begin, t.end_date,
                t.granularity, t.minute_start, t.minute_end)  # fmt: skip
    frame = (claim.what, claim.place, claim.role, claim.actor, claim.incident)
    return (*frame, claim.certainty.level, value, time)


def claim_groups(block: Sequence[Claim], lang: str) -> list[tuple[Claim, ...]]:
    """Claims of a block that say the same thing, in first-seen order."""
    groups: dict[Signature, list[Claim]] = {}
    for claim in block:
        groups.setdefault(_signature(claim, lang), []).append(claim)
    return [tuple(g) for g in groups.values()]


def _representatives(a: tuple[Claim, ...], b: tuple[Claim, ...]) -> tuple[Claim, Claim] | None:
    """The first two claims, one of each group, from different sources."""
    for x in a:
        for y in b:
            if x.source != y.source:
                return x, y
    return None


def pairs_in_block(block: Sequence[Claim], lang: str) -> list[ClaimPair]:
    """Scored pairs of groups of one block: similar subjects, comparable times.

    The groups (``claim_groups``) go through the shared block matcher
    (``block_matcher.cross_source_pairs``), offered as the pairs of groups whose subjects
    score alike (``_subject_candidates``), the figures' guards as its pair gate
    (``_group_pair``).
    """
    groups = claim_groups(block, lang)
    scores = _subject_candidates(groups, block[0].event, lang)

    def gate(first: int, second: int) -> ClaimPair | None:
        return _group_pair(groups[first], groups[second], scores[(first, second)], lang)

    return cross_source_pairs(
        range(len(groups)),
        gate,
        sources=lambda number: {c.source for c in groups[number]},
        candidates=scores,
    )


def _subject_candidates(
    groups: list[tuple[Claim, ...]], event: str, lang: str
) -> dict[tuple[int, int], float]:
    """Pairs of group numbers (low, high) whose subjects score alike and fit, each with the
    score of its subjects, in the order they are scored: the subjects' pairs as
    ``engine.similar_pairs`` gives them, then the groups' pairs (``_group_pairs``)."""
    threshold = match_rules(lang).subject_threshold
    by_subject: dict[str, list[int]] = defaultdict(list)
    for number, group in enumerate(groups):
        by_subject[group[0].what].append(number)
    leading = _most_cited(groups, by_subject, lang)
    subjects = sorted(by_subject)
    found: dict[tuple[int, int], float] = {}
    similar = similar_pairs(subjects, FIGURES, 0 if event == SIZED else threshold)
    for i, j, score in similar:
        if score < threshold and not sized_alike(subjects[i].split(), subjects[j].split(), lang):
            continue  # a sized thing under another noun of a law: "spending bill" / "deal"
        if not whats_compatible(subjects[i], subjects[j], event, lang=lang):
            continue
        for pair in _group_pairs(by_subject[subjects[i]], by_subject[subjects[j]], leading):
            found.setdefault(pair, score)
    return found


def _most_cited(
    groups: list[tuple[Claim, ...]], by_subject: dict[str, list[int]], lang: str
) -> set[int]:
    """The groups of each subject cited by the most sources (ties: first seen)."""
    limit = match_rules(lang).most_cited
    leading: set[int] = set()
    for numbers in by_subject.values():
        ranked = sorted(numbers, key=lambda n: (-len({c.source for c in groups[n]}), n))
        leading.update(ranked[:limit])
    return leading


def _group_pairs(side_a: list[int], side_b: list[int], leading: set[int]) -> list[tuple[int, int]]:
    """Pairs of group numbers (low, high) with at least one of the two most cited.

    Every pair is listed once, also when both sides are the same subject.
    """
    found: set[tuple[int, int]] = set()
    lead_a = [n for n in side_a if n in leading]
    lead_b = [n for n in side_b if n in leading]
    for first in lead_a:
        found.update((min(first, n), max(first, n)) for n in side_b if n != first)
    for second in lead_b:
        found.update((min(second, n), max(second, n)) for n in side_a if n != second)
    return sorted(found)


def _group_pair(
    ga: tuple[Claim, ...], gb: tuple[Claim, ...], score: float, lang: str
) -> ClaimPair | None:
    if next(pair_gates(ga[0], gb[0], lang), None) is not None:
        return None
    reps = _representatives(ga, gb)
    if reps is None:
        return None
    a, b = reps
    also_a = tuple(c for c in ga if c is not a)
    also_b = tuple(c for c in gb if c is not b)
    if (b.source, b.start) < (a.source, a.start):
        a, b, also_a, also_b = b, a, also_b, also_a
    return ClaimPair(a=a, b=b, score=score, also_a=also_a, also_b=also_b)
