"""Severity: a flagged pair, its kind and its sources -> the row's Severity.

The kind's severity comes from ``[severity]`` of ``lexicon/common/compare.toml``; it drops
by the steps of ``[frame.lower_steps]`` for each reason that holds: the sources were
published apart, the frames agree only loosely (``frame_doubts``), a side is a bare figure,
stands in an older part of a live document, or a certainty pair's asserting side reports.
"""

from __future__ import annotations

from crosscheck.claims.frame_owner import owner_events
from crosscheck.match.figure_gates import ONE_SIDE_HEDGES, frame_unknowns
from crosscheck.model import (
    CertaintyLevel,
    Claim,
    ClaimPair,
    DiscrepancyKind,
    Severity,
    Source,
    Unit,
)
from crosscheck.rules.base import compare_rules, far_apart
from crosscheck.rules.explain import published_apart

_ORDER = (Severity.HIGH, Severity.MEDIUM, Severity.LOW)


def bare_figure(claim: Claim, lang: str) -> bool:
    """Whether a count is the figure alone ("16", "Dozens"): what it counts came from the
    sentence, not from a noun beside it (money, measures and percentages carry a unit)."""
    q = claim.value
    if claim.event in owner_events(lang):
        return False  # "closed at 21,200.62": a named owner's level has no noun to read
    return q is not None and q.unit is Unit.COUNT and claim.text.strip() == q.text.strip()


def frame_doubts(a: Claim, b: Claim, kind: DiscrepancyKind, lang: str) -> int:
    """How many parts of two frames could not be shown to agree (``frame_unknowns``), with a
    vague magnitude in a conflict, a hedged date, and figures ``far_apart`` times apart each
    one more doubt; a certainty pair's own hedge is what it flags, not a doubt."""
    unknowns = frame_unknowns(a, b, lang)
    if kind is DiscrepancyKind.CERTAINTY:
        unknowns = [u for u in unknowns if u != ONE_SIDE_HEDGES]
    doubts = len(unknowns) + far_apart(a, b, lang)
    vague = a.value is not None and b.value is not None and (a.value.vague or b.value.vague)
    if vague and kind is DiscrepancyKind.NUMERIC_CONFLICT:
        doubts += 1
    if a.value is None and b.value is None and _hedged(a, b):
        doubts += 1  # "probably since 1992": a hedged date is no firm date to set against
    return doubts


def _hedged(a: Claim, b: Claim) -> bool:
    return CertaintyLevel.HEDGED in (a.certainty.level, b.certainty.level)


def uncertain_frame(a: Claim, b: Claim, kind: DiscrepancyKind, lang: str) -> bool:
    """Whether two frames agree only loosely, so a flag deserves less urgency."""
    return frame_doubts(a, b, kind, lang) >= 1


def doubtful_frame(a: Claim, b: Claim, kind: DiscrepancyKind, lang: str) -> bool:
    """Whether two frames have two doubts or more: nothing shows one measure of one event
    ("six people" killed, said of no place, against "17 dead" at a named school)."""
    return frame_doubts(a, b, kind, lang) >= 2


def reported_assertion(a: Claim, b: Claim, kind: DiscrepancyKind) -> bool:
    """Whether a certainty pair's asserting side is itself a report ("a group said the
    airstrikes killed 14" against "reportedly killed at least 14"): both sides report."""
    if kind is not DiscrepancyKind.CERTAINTY:
        return False
    asserting = [c for c in (a, b) if c.certainty.level is not CertaintyLevel.HEDGED]
    return bool(asserting) and all(c.attribution for c in asserting)


def severity_of(
    pair: ClaimPair,
    kind: DiscrepancyKind,
    sa: Source | None,
    sb: Source | None,
    *,
    lang: str,
    older: bool = False,
    stale: bool = False,
    rising: bool = False,
) -> Severity:
    """The kind's severity from data, lower by the steps of each reason that holds
    (``[frame.lower_steps]``); ``older``: a side stands in an older part of a live document;
    ``stale``: a side is its article's stale headline; ``rising``: the lower side's own
    article shows the count rising; ``lang``: the story's language."""
    rules = compare_rules(lang)
    a, b = pair.a, pair.b
    holds = {
        "published_apart": published_apart(sa, sb, lang),
        "uncertain_frame": uncertain_frame(a, b, kind, lang),
        "doubtful_frame": doubtful_frame(a, b, kind, lang),
        "bare_figure": bare_figure(a, lang) or bare_figure(b, lang),
        "older_part": older,
        "stale_headline": stale,
        "rising_count": rising,
        "reported_assertion": reported_assertion(a, b, kind),
    }
    steps = sum(n for reason, n in rules.lower_steps.items() if holds.get(reason, False))
    base = _ORDER.index(rules.severity[kind])
    return _ORDER[min(len(_ORDER) - 1, base + steps)]
