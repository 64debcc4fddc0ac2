"""Pair guards: a matched pair and its story's context -> whether a finding is set aside.

What ``judge_pair`` reads before it flags a pair: the claims their own article replaces
(``without_superseded``), one source that dates an event class on both days
(``both_days_in_one``) or states both figures (``one_source_gives_both``), an article that
says the other side's figure is its count of before (``article_says_replaced``), and a
reason of ``[frame] drop_when`` (``dropped``); the sources of a pair's sides beside.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import replace

from crosscheck.match.figure_blocks import block_key
from crosscheck.match.figures import claim_groups, pairs_in_block
from crosscheck.model import Claim, ClaimPair, Quantity, Source
from crosscheck.rules.base import Finding, compare_rules, far_apart
from crosscheck.rules.context import FigureKey, PairContext, day_key, part_key
from crosscheck.rules.figure_bands import BandIndex, agreement_band, candidates
from crosscheck.rules.numeric import near, rounds_to, vague_apart
from crosscheck.rules.superseded import Superseded, same_frame
from crosscheck.text.headline import in_headline


def both_days_in_one(pair: ClaimPair, context: PairContext) -> bool:
    """Whether a source of one side also dates the event class on the other side's day, or,
    for one day told in two parts, in the other side's part of it ("one blast Monday
    morning and another Monday night")."""
    key_a, key_b = day_key(pair.a), day_key(pair.b)
    if key_a is None or key_b is None:
        return False
    if key_a == key_b:  # one day: every side dates it, the parts tell the two apart
        return _in_other_source(
            pair, part_key(pair.a, context.lang), part_key(pair.b, context.lang), context.parted
        )
    return _in_other_source(pair, key_a, key_b, context.dated)


def _in_other_source(
    pair: ClaimPair,
    key_a: Hashable | None,
    key_b: Hashable | None,
    dated: Mapping[str, AbstractSet[Hashable]],
) -> bool:
    """Whether a source of side a has side b's key, or one of side b has side a's."""
    if key_a is None or key_b is None:
        return False
    return any(key_b in dated.get(s, set()) for s in side_sources(pair, "a")) or any(
        key_a in dated.get(s, set()) for s in side_sources(pair, "b")
    )


def one_source_gives_both(
    pair: ClaimPair,
    figures: Mapping[FigureKey, list[Claim]],
    sources: Mapping[str, Source],
    lang: str,
    *,
    compare: Callable[[ClaimPair, str], Finding | None],
    bands: Mapping[FigureKey, BandIndex] | None = None,
) -> bool:
    """Whether a source of one side also states, for the same frame, the other side's figure.
    Not a headline's figure its own body restates otherwise ("6 dead" above "the 12 killed"):
    a stale headline is still compared (``rules.superseded``). ``compare`` is the registry's
    first finding of a pair (``rules.compare_pair``): no finding, the figures agree.
    ``bands`` (``PairContext.bands``) indexes the long lists of ``figures``: of those, only
    the figures that may agree with the other side's (``rules.figure_bands``) are read, in
    their order, which decides as reading them all does, since no other figure can."""
    for side, other in (("a", pair.b), ("b", pair.a)):
        for source in sorted(side_sources(pair, side)):
            stale = _headline_only(pair, side, source, sources)
            own = _own(pair, side, source)  # read once: a side may group thousands of claims
            key = (source, block_key(other, lang), other.what)
            for claim in _may_agree(figures.get(key, []), (bands or {}).get(key), other, lang):
                if claim.source == other.source:
                    continue
                if stale and not _headline_claim(claim, sources):
                    continue
                if _rounds_both(claim, other, own, lang):
                    continue  # "closed at 15,871" gives neither 15,871.35 nor 15,871.28
                if len(claim_groups((claim, other), lang)) == 1:
                    return True  # the same figure, said the same way
                matched = pairs_in_block((claim, other), lang)
                if matched and compare(matched[0], lang) is None:
                    return not vague_apart(claim, other, lang)
    return False


def _may_agree(
    claims: list[Claim], index: BandIndex | None, other: Claim, lang: str
) -> list[Claim]:
    """The figures of ``claims`` that may agree with ``other`` (all, when not indexed)."""
    if index is None:
        return claims
    return [claims[p] for p in candidates(index, agreement_band(other, lang))]


def _own(pair: ClaimPair, side: str, source: str) -> Claim | None:
    """The claim of ``source`` on one side of the pair (the first, when it has several)."""
    return next((c for c in _side_claims(pair, side) if c.source == source), None)


def _rounds_both(claim: Claim, other: Claim, own: Claim | None, lang: str) -> bool:
    """Whether ``claim`` is a rounding of both sides' figures, more precise than it: the
    source that gives it ("closed at 15,871") gives neither 15,871.35 nor its own 15,871.28."""
    mine, theirs, ours = (_point(c) for c in (claim, other, own))
    if mine is None or theirs is None or ours is None or mine in (theirs, ours):
        return False
    return rounds_to(theirs, mine, lang=lang) and rounds_to(ours, mine, lang=lang)


def _point(claim: Claim | None) -> float | None:
    return claim.value.point if claim is not None and claim.value is not None else None


def _headline_only(pair: ClaimPair, side: str, source: str, sources: Mapping[str, Source]) -> bool:
    """Whether every claim of ``source`` on one side of the pair stands in its headline."""
    own = [c for c in _side_claims(pair, side) if c.source == source]
    return bool(own) and all(_headline_claim(c, sources) for c in own)


def _headline_claim(claim: Claim, sources: Mapping[str, Source]) -> bool:
    source = sources.get(claim.source)
    return source is not None and in_headline(source.text, claim.start)


def without_superseded(pair: ClaimPair, superseded: Superseded) -> ClaimPair | None:
    """The pair without the claims their own article replaces; None when a side is left empty."""
    side_a = [c for c in (pair.a, *pair.also_a) if not superseded.set_aside(c)]
    side_b = [c for c in (pair.b, *pair.also_b) if not superseded.set_aside(c)]
    if len(side_a) == 1 + len(pair.also_a) and len(side_b) == 1 + len(pair.also_b):
        return pair
    for a in side_a:
        for b in side_b:
            if a.source != b.source:
                also_a = tuple(c for c in side_a if c is not a)
                also_b = tuple(c for c in side_b if c is not b)
                return replace(pair, a=a, b=b, also_a=also_a, also_b=also_b)
    return _with_replacement(pair, side_a, side_b, superseded)


def _with_replacement(
    pair: ClaimPair, side_a: list[Claim], side_b: list[Claim], superseded: Superseded
) -> ClaimPair | None:
    """A lone figure its article replaced, read as the article's newer figure of the frame
    ("More than two dozen" below an update's "at least 19"): the pair then compares what
    the article says now. None when no single replacement stands for an emptied side."""
    a = side_a[0] if side_a else (superseded.replacement(pair.a) if not pair.also_a else None)
    b = side_b[0] if side_b else (superseded.replacement(pair.b) if not pair.also_b else None)
    if a is None or b is None or a.source == b.source or len(side_a) > 1 or len(side_b) > 1:
        return None
    return replace(pair, a=a, b=b, also_a=(), also_b=())


def article_says_replaced(pair: ClaimPair, superseded: Superseded, lang: str) -> bool:
    """Whether a source of one side says the other side's figure is its count of before.

    "Previously, officials had said 170 to 180 people were injured" beside "more than 200":
    another source's "more than 180" is the old count, and the article says it changed.
    """
    for side, other in (("a", pair.b), ("b", pair.a)):
        for source in sorted(side_sources(pair, side)):
            for old in superseded.revisions.get(source, ()):
                if same_frame(old, other, lang) and near(old, other, lang):
                    return True
    return False


def both_sources(pair: ClaimPair) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(side_sources(pair, "a")), frozenset(side_sources(pair, "b"))


def side_sources(pair: ClaimPair, side: str) -> set[str]:
    return {c.source for c in _side_claims(pair, side)}


def _side_claims(pair: ClaimPair, side: str) -> tuple[Claim, ...]:
    """The claims of one side of a pair ("a" or "b"): its claim, then the rest of its group."""
    return (pair.a, *pair.also_a) if side == "a" else (pair.b, *pair.also_b)


def dropped(a: Claim, b: Claim, lang: str) -> bool:
    """Whether a reason of ``[frame] drop_when`` holds: the pair is not flagged at all."""
    holds = {"far_apart": far_apart(a, b, lang)}
    return any(holds.get(reason, False) for reason in compare_rules(lang).drop_when)


def stale_headline(
    pair: ClaimPair,
    figures: Mapping[FigureKey, list[Claim]],
    sources: Mapping[str, Source],
    lang: str,
) -> Claim | None:
    """The side of a figure pair that is its article's headline figure when the article's
    own body gives the same frame another figure ("56 dead" above "at least 149 people had
    been killed"); None otherwise. Such a headline is an earlier point its own article has
    replaced: both articles' figures may have been true when written, so the row is a stale
    headline to correct, not a firm conflict between the outlets."""
    for claim in (pair.a, pair.b):
        if claim.value is None or not _headline_claim(claim, sources):
            continue
        key = (claim.source, block_key(claim, lang), claim.what)
        for other in figures.get(key, ()):
            if other.value is None or other.value.vague or _headline_claim(other, sources):
                continue  # "dozens" in the body replaces no headline count
            if _cites_other(other.value, claim.value):
                return claim
    return None


def _cites_other(x: Quantity, y: Quantity) -> bool:
    """Whether two figures cite different numbers ("at least 12" / "6"), not one number in
    other words ("six people" / "6 dead", "at least 6" / "6")."""
    if x.point is not None and y.point is not None:
        return x.point != y.point
    return (x.low, x.high) != (y.low, y.high)
