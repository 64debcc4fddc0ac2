"""Rules stage: ClaimPair -> Discrepancy, through one registry of rules (a module per kind).

Each rule module defines ``RULE`` (a dotted name, which pairs it reads, what it finds);
``REGISTRY`` lists them in the order they are tried. Severity comes from
``lexicon/compare.toml`` and drops when the sources were published apart or the frames
agree only loosely; ``rules.explain`` builds every explanation. Adding a kind of
discrepancy is one rule module, one line here, and a case file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from crosscheck.ids import stable_id
from crosscheck.match import block_key, claim_groups, comparable, frame_unknowns, pairs_in_block
from crosscheck.model import (
    SEVERITY_RANK,
    Claim,
    ClaimPair,
    Discrepancy,
    DiscrepancyKind,
    Mention,
    Severity,
    Source,
)
from crosscheck.rules import certainty, figure_certainty, numeric, time
from crosscheck.rules.base import Finding, Rule, compare_rules, far_apart
from crosscheck.rules.explain import also_text, details, explain, published_apart, value_text

REGISTRY: tuple[Rule, ...] = (numeric.RULE, time.RULE, figure_certainty.RULE, certainty.RULE)

_PRECISION = {DiscrepancyKind.NUMERIC_PRECISION, DiscrepancyKind.TIME_PRECISION}
_FIGURES = {
    DiscrepancyKind.NUMERIC_CONFLICT,
    DiscrepancyKind.NUMERIC_DIVERGENCE,
    DiscrepancyKind.NUMERIC_PRECISION,
}
_ORDER = (Severity.HIGH, Severity.MEDIUM, Severity.LOW)


def compare_pair(pair: ClaimPair) -> Finding | None:
    """The first finding of the registered rules that read this pair, if any."""
    for rule in REGISTRY:
        if rule.applies(pair):
            found = rule.find(pair.a, pair.b)
            if found is not None:
                return found
    return None


def compare_pairs(
    pairs: Iterable[ClaimPair], sources: Mapping[str, Source], claims: Iterable[Claim] = ()
) -> list[Discrepancy]:
    """Discrepancies for matched pairs of claim groups, worst first.

    A precision difference is not flagged when one source itself states both values (it
    says "August 9" in one place and "in August" in another): that is a shorthand, not a
    discrepancy between sources. Nor is a date conflict when one source (of ``claims``,
    all claims of the story) dates the same event class on both days ("one blast on March
    2 and two more on March 12"): those are two events. Nor is a figure difference when a
    source of one side also gives, for the same frame, a figure that agrees with the other
    side (a live report's earlier toll beside its latest, a vague figure beside the exact
    one): that source says both, so the sources do not disagree.
    """
    claims = tuple(claims)
    dated = _event_days(claims)
    figures = _figures_by_source(claims)
    found: list[Discrepancy] = []
    for pair in pairs:
        finding = compare_pair(pair)
        if finding is None:
            continue
        if finding.kind in _PRECISION and _sources(pair, "a") & _sources(pair, "b"):
            continue
        if finding.kind is DiscrepancyKind.TIME_CONFLICT and _both_days_in_one(pair, dated):
            continue
        if finding.kind in _FIGURES and _one_source_gives_both(pair, figures):
            continue
        found.append(discrepancy(pair, finding, sources))
    return sort_discrepancies(found)


_DayKey = tuple[str, date, int | None]  # (event class, day, minute of the day)


def _day_key(claim: Claim) -> _DayKey | None:
    t = claim.time
    if claim.value is not None or not claim.event or t is None or t.begin is None:
        return None
    return claim.event, t.begin, t.minute_start


def _event_days(claims: Iterable[Claim]) -> dict[str, set[_DayKey]]:
    """Per source, the (event class, day, minute) of every dated event claim."""
    days: dict[str, set[_DayKey]] = {}
    for claim in claims:
        key = _day_key(claim)
        if key is not None:
            days.setdefault(claim.source, set()).add(key)
    return days


def _both_days_in_one(pair: ClaimPair, dated: Mapping[str, set[_DayKey]]) -> bool:
    """Whether a source of one side also dates the event class on the other side's day."""
    key_a, key_b = _day_key(pair.a), _day_key(pair.b)
    if key_a is None or key_b is None:
        return False
    return any(key_b in dated.get(s, set()) for s in _sources(pair, "a")) or any(
        key_a in dated.get(s, set()) for s in _sources(pair, "b")
    )


_FigureKey = tuple[str, tuple[str, str, str, str], str]  # (source, block, what)


def _figures_by_source(claims: Iterable[Claim]) -> dict[_FigureKey, list[Claim]]:
    """Every comparable figure claim, by source, block and what it counts."""
    index: dict[_FigureKey, list[Claim]] = {}
    for claim in claims:
        if claim.value is not None and comparable(claim):
            index.setdefault((claim.source, block_key(claim), claim.what), []).append(claim)
    return index


def _one_source_gives_both(pair: ClaimPair, figures: Mapping[_FigureKey, list[Claim]]) -> bool:
    """Whether a source of one side also states, for the same frame, the other side's figure."""
    for side, other in (("a", pair.b), ("b", pair.a)):
        for source in sorted(_sources(pair, side)):
            for claim in figures.get((source, block_key(other), other.what), ()):
                if claim.source == other.source:
                    continue
                if len(claim_groups((claim, other))) == 1:
                    return True  # the same figure, said the same way
                matched = pairs_in_block((claim, other))
                if matched and compare_pair(matched[0]) is None:
                    return True
    return False


def _sources(pair: ClaimPair, side: str) -> set[str]:
    first, others = (pair.a, pair.also_a) if side == "a" else (pair.b, pair.also_b)
    return {first.source, *(c.source for c in others)}


def uncertain_frame(a: Claim, b: Claim, kind: DiscrepancyKind) -> bool:
    """Whether two frames agree only loosely, so a flag deserves less urgency."""
    unknowns = frame_unknowns(a, b)
    vague = a.value is not None and b.value is not None and (a.value.vague or b.value.vague)
    if vague and kind is DiscrepancyKind.NUMERIC_CONFLICT:
        return True
    if kind is DiscrepancyKind.CERTAINTY:
        unknowns = [u for u in unknowns if u != "one side hedges"]
    return bool(unknowns) or far_apart(a, b)



def severity_of(
    pair: ClaimPair, kind: DiscrepancyKind, sa: Source | None, sb: Source | None
) -> Severity:
    """The kind's severity from data, one level lower for each reason that holds."""
    rules = compare_rules()
    holds = {
        "published_apart": published_apart(sa, sb),
        "uncertain_frame": uncertain_frame(pair.a, pair.b, kind),
    }
    steps = sum(1 for reason in rules.lower_when if holds.get(reason, False))
    base = _ORDER.index(rules.severity[kind])
    return _ORDER[min(len(_ORDER) - 1, base + steps)]


def sort_discrepancies(items: Iterable[Discrepancy]) -> list[Discrepancy]:
    """Worst first, then by subject, kind and where the first side stands."""
    return sorted(
        items,
        key=lambda d: (
            SEVERITY_RANK[d.severity],
            d.subject,
            d.kind.value,
            d.a.source,
            d.a.start,
            d.b.source,
            d.b.start,
        ),
    )


def mention_of(claim: Claim) -> Mention:
    """The quoted place of a claim."""
    return Mention(
        source=claim.source,
        start=claim.start,
        end=claim.end,
        text=claim.text,
        sentence=claim.sentence,
    )


def discrepancy(pair: ClaimPair, finding: Finding, sources: Mapping[str, Source]) -> Discrepancy:
    """The Discrepancy of one finding: stable id, severity, values and explanation."""
    a, b = pair.a, pair.b
    sa, sb = sources.get(a.source), sources.get(b.source)
    kind = finding.kind
    value_a, value_b = value_text(a), value_text(b)
    return Discrepancy(
        id=stable_id(kind.value.split(".")[0], kind.value, a.subject, a.metric, value_a, value_b),
        kind=kind,
        severity=severity_of(pair, kind, sa, sb),
        subject=a.subject,
        metric=a.metric,
        a=mention_of(a),
        b=mention_of(b),
        value_a=value_a,
        value_b=value_b,
        published_a=sa.published if sa else None,
        published_b=sb.published if sb else None,
        explanation=explain(a, b, finding, sa, sb, also=also_text(pair)),
        claim_a=a,
        claim_b=b,
        details=details(pair),
    )


def by_source(sources: Iterable[Source]) -> dict[str, Source]:
    """Sources keyed by id."""
    return {s.id: s for s in sources}


__all__ = [
    "REGISTRY",
    "Finding",
    "Rule",
    "by_source",
    "compare_pair",
    "compare_pairs",
    "compare_rules",
    "discrepancy",
    "mention_of",
    "severity_of",
    "sort_discrepancies",
]
