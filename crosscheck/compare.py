"""Comparison stage: ClaimPair -> Discrepancy, one small rule per kind of discrepancy.

Values are intervals: two figures conflict when their intervals cannot both hold, diverge
when both can hold but the figures cited differ beyond tolerance (and neither is the other
correctly rounded), and differ in precision when one is a vague magnitude. Dates conflict
when their periods differ, and differ in precision when one period contains the other at a
coarser granularity. Agreement is never a discrepancy.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache

from crosscheck.ids import stable_id
from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import (
    GRANULARITY_RANK,
    SEVERITY_RANK,
    Claim,
    ClaimPair,
    Discrepancy,
    DiscrepancyKind,
    Granularity,
    Mention,
    Quantity,
    Severity,
    Source,
    TimeRef,
    Unit,
    format_period,
    interval_text,
)


@dataclass(frozen=True, slots=True)
class CompareRules:
    """The comparison lexicon, parsed once."""

    severity: dict[DiscrepancyKind, Severity]
    relative_tolerance: float
    days_per: dict[str, float]
    describe: dict[str, str]


@cache
def compare_rules() -> CompareRules:
    """Severities, tolerances and wording from ``lexicon/compare.toml``."""
    data = load_lexicon("compare")
    severity = require(data, "severity", dict, "compare")
    numeric = require(data, "numeric", dict, "compare")
    return CompareRules(
        severity={DiscrepancyKind(k): Severity(v) for k, v in severity.items()},
        relative_tolerance=float(require(numeric, "relative_tolerance", float, "compare")),
        days_per={
            str(k): float(v) for k, v in require(numeric, "days_per", dict, "compare").items()
        },
        describe={str(k): str(v) for k, v in require(data, "describe", dict, "compare").items()},
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """What a comparison rule found for one pair, before it becomes a Discrepancy."""

    kind: DiscrepancyKind
    reason: str


Rule = Callable[[Claim, Claim], Finding | None]


# --- numbers ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Interval:
    low: float
    high: float
    low_inclusive: bool
    high_inclusive: bool
    point: float | None


def _interval(q: Quantity, scale: float = 1.0) -> _Interval:
    low = -math.inf if q.low is None else q.low * scale
    high = math.inf if q.high is None else q.high * scale
    point = None if q.point is None else q.point * scale
    return _Interval(low, high, q.low_inclusive, q.high_inclusive, point)


def _scale(q: Quantity) -> float:
    if q.unit in (Unit.DURATION, Unit.AGE) and q.dimension:
        return compare_rules().days_per.get(q.dimension, 1.0)
    if q.unit is Unit.MEASURE:
        return q.factor  # "12 km" vs "8 miles": compared in the dimension's base unit
    return 1.0


def _disjoint(a: _Interval, b: _Interval) -> bool:
    if a.high < b.low or b.high < a.low:
        return True
    if a.high == b.low:
        return not (a.high_inclusive and b.low_inclusive)
    if b.high == a.low:
        return not (b.high_inclusive and a.low_inclusive)
    return False


def rounds_to(precise: float, rounded: float) -> bool:
    """True when ``rounded`` is ``precise`` correctly rounded to ``rounded``'s precision.

    "$1.375 billion" rounds to "$1.4 billion"; "13,625,777" to "13.6 million"; 3.6 does
    not round to 3.5. A figure with one significant digit ("1,000") agrees only with itself.
    """
    if precise == rounded:
        return True
    if rounded == 0:
        return False
    step = _precision_step(rounded)
    if step <= 0 or step > abs(rounded) / 10:
        return False  # one significant digit: "1,000" is not "1,400" rounded, for a reader
    return math.isclose(round(precise / step) * step, rounded, rel_tol=1e-9, abs_tol=1e-9)


def _precision_step(x: float) -> float:
    """The place value of a figure's last significant digit (1,400 -> 100, 13.6e6 -> 1e5)."""
    text = f"{abs(x):.10g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        digits = mantissa.replace(".", "").rstrip("0") or "0"
        return float(10 ** (int(exponent) - (len(digits) - 1)))
    if "." in text:
        return float(10 ** -len(text.split(".")[1]))
    stripped = text.rstrip("0")
    return float(10 ** (len(text) - len(stripped)))


def _agree_by_rounding(a: Quantity, b: Quantity) -> bool:
    if a.point is None or b.point is None:
        return False
    pa, pb = a.point * _scale(a), b.point * _scale(b)
    return rounds_to(pa, pb) or rounds_to(pb, pa)


def numeric_rule(a: Claim, b: Claim) -> Finding | None:
    """Conflict, divergence or precision between two figures about the same thing."""
    qa, qb = a.value, b.value
    if qa is None or qb is None:
        return None
    ia, ib = _interval(qa, _scale(qa)), _interval(qb, _scale(qb))
    exact = not qa.approximate and not qb.approximate
    if _disjoint(ia, ib):
        if exact and _agree_by_rounding(qa, qb):
            return None
        if not exact and _agree_by_rounding(qa, qb) and not (qa.vague or qb.vague):
            return None
        return Finding(
            kind=DiscrepancyKind.NUMERIC_CONFLICT,
            reason="both cannot be true: the ranges do not overlap",
        )
    if qa.vague != qb.vague:
        return Finding(
            kind=DiscrepancyKind.NUMERIC_PRECISION,
            reason="one gives a vague magnitude, the other a specific figure; they agree",
        )
    if qa.vague and qb.vague:
        return None
    if ia.point is None or ib.point is None or _agree_by_rounding(qa, qb):
        return None
    larger = max(abs(ia.point), abs(ib.point))
    if larger == 0:
        return None
    difference = abs(ia.point - ib.point)
    share = difference / larger
    if share <= compare_rules().relative_tolerance:
        return None
    return Finding(
        kind=DiscrepancyKind.NUMERIC_DIVERGENCE,
        reason=(
            f"both can be true, but the figures cited differ by {_figure(difference)} ({share:.0%})"
        ),
    )


# --- dates -----------------------------------------------------------------------------


def _period(t: TimeRef) -> tuple[date, date] | None:
    if t.begin is None:
        return None
    return t.begin, t.end_date or t.begin


def time_rule(a: Claim, b: Claim) -> Finding | None:
    """Conflict or precision between two dates or periods of the same event."""
    if a.time is None or b.time is None:
        return None
    pa, pb = _period(a.time), _period(b.time)
    if pa is None or pb is None or pa == pb:
        return None
    a_in_b = pb[0] <= pa[0] and pa[1] <= pb[1]
    b_in_a = pa[0] <= pb[0] and pb[1] <= pa[1]
    ga, gb = a.time.granularity, b.time.granularity
    if (a_in_b or b_in_a) and ga != gb:
        if a.time.modifier is None or b.time.modifier is None:
            return None  # "the 2020 election" next to "on August 9, 2020": a label, not a claim
        finer, coarser = (
            (a.time, b.time)
            if GRANULARITY_RANK[ga] < GRANULARITY_RANK[gb]
            else (
                b.time,
                a.time,
            )
        )
        return Finding(
            kind=DiscrepancyKind.TIME_PRECISION,
            reason=(
                f"the same period at different precision: {finer.value} is within {coarser.value}"
            ),
        )
    return Finding(
        kind=DiscrepancyKind.TIME_CONFLICT,
        reason=f"different dates for the same event: {a.time.value} vs {b.time.value}",
    )


def compare_pair(pair: ClaimPair) -> Finding | None:
    """The finding of the rule for this pair's kind of value, if any."""
    rule: Rule = time_rule if pair.a.value is None else numeric_rule
    return rule(pair.a, pair.b)


# --- discrepancies ---------------------------------------------------------------------


def compare_pairs(pairs: Iterable[ClaimPair], sources: Mapping[str, Source]) -> list[Discrepancy]:
    """Discrepancies for matched pairs of claim groups, worst first.

    A precision difference is not flagged when one source itself states both values (it
    says "August 9" in one place and "in August" in another): that is a shorthand, not a
    discrepancy between sources.
    """
    found: list[Discrepancy] = []
    for pair in pairs:
        finding = compare_pair(pair)
        if finding is None:
            continue
        if finding.kind in _PRECISION and _sources(pair, "a") & _sources(pair, "b"):
            continue
        found.append(_discrepancy(pair, finding, sources))
    return sort_discrepancies(found)


_PRECISION = {DiscrepancyKind.NUMERIC_PRECISION, DiscrepancyKind.TIME_PRECISION}


def _sources(pair: ClaimPair, side: str) -> set[str]:
    first, others = (pair.a, pair.also_a) if side == "a" else (pair.b, pair.also_b)
    return {first.source, *(c.source for c in others)}


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


def _discrepancy(pair: ClaimPair, finding: Finding, sources: Mapping[str, Source]) -> Discrepancy:
    a, b = pair.a, pair.b
    sa, sb = sources.get(a.source), sources.get(b.source)
    kind = finding.kind
    value_a, value_b = value_text(a), value_text(b)
    return Discrepancy(
        id=stable_id(kind.value.split(".")[0], kind.value, a.subject, a.metric, value_a, value_b),
        kind=kind,
        severity=compare_rules().severity[kind],
        subject=a.subject,
        metric=a.metric,
        a=mention_of(a),
        b=mention_of(b),
        value_a=value_a,
        value_b=value_b,
        published_a=sa.published if sa else None,
        published_b=sb.published if sb else None,
        explanation=explain(a, b, finding, sa, sb, also=_also(pair)),
        claim_a=a,
        claim_b=b,
        details=_details(pair),
    )


def _other_sources(first: Claim, others: tuple[Claim, ...]) -> list[str]:
    return sorted({c.source for c in others} - {first.source})


_NAMED_SOURCES = 5


def _also(pair: ClaimPair) -> str:
    parts = []
    for claim, others in ((pair.a, pair.also_a), (pair.b, pair.also_b)):
        more = _other_sources(claim, others)
        if more:
            named = ", ".join(more[:_NAMED_SOURCES])
            if len(more) > _NAMED_SOURCES:
                named += f" and {len(more) - _NAMED_SOURCES} more"
            verb = "say" if len(more) > 1 else "says"
            parts.append(f"{named} also {verb} “{claim.text.strip()}” or the same")
    return ("Also: " + "; ".join(parts) + ".") if parts else ""


def _details(pair: ClaimPair) -> tuple[str, ...]:
    lines = []
    for label, others in (("a", pair.also_a), ("b", pair.also_b)):
        for other in others:
            lines.append(f"{label}: {other.source} {other.start}-{other.end} “{other.text}”")
    return tuple(lines)


def value_text(claim: Claim) -> str:
    """A readable normalised value: "> 1200", "2020-05 onwards", "[200000, 999999] (vague)"."""
    if claim.value is not None:
        q = claim.value
        text = interval_text(q)
        if q.unit is Unit.MONEY and q.dimension:
            text = f"{text} {q.dimension}"
        elif q.unit in (Unit.DURATION, Unit.AGE) and q.dimension:
            text = f"{text} {q.dimension}s"
        elif q.unit is Unit.PERCENT:
            text = f"{text} %"
        if q.vague:
            text += " (vague)"
        elif q.approximate:
            text += " (approx.)"
        return text
    if claim.time is not None:
        t = claim.time
        period = format_period(t.begin, t.end_date, t.granularity)
        if t.modifier in {"since", "from", "starting", "after"}:
            return f"{period} onwards"
        if t.modifier in {"until", "till", "by", "before", "through"}:
            return f"up to {period}"
        return period
    return ""


def describe_value(q: Quantity) -> str:
    """The figure in plain words: "more than 1,200", "a little under 1,400", "55 or more"."""
    n = _figure(q.point) if q.point is not None else q.text
    if q.vague:
        low = _figure(q.low) if q.low is not None else "?"
        high = _figure(q.high) if q.high is not None else "?"
        return f"an unspecific number, read as {low} to {high}"
    template = compare_rules().describe.get((q.modifier or "").lower())
    if q.is_range and q.low is not None and q.high is not None:
        return f"between {_figure(q.low)} and {_figure(q.high)}"
    if template:
        return template.format(n=n)
    return f"exactly {n}" if not q.approximate else f"about {n}"


def _figure(x: float) -> str:
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.6g}"


def _what(claim: Claim) -> str:
    return claim.subject or "it"


def explain(
    a: Claim,
    b: Claim,
    finding: Finding,
    sa: Source | None,
    sb: Source | None,
    *,
    also: str = "",
) -> str:
    """One plain-English paragraph: both figures quoted, why they differ, what to weigh."""
    if a.value is not None and b.value is not None:
        parts = [
            f"{a.source} says “{a.text.strip()}” ({describe_value(a.value)}) "
            f"and {b.source} says “{b.text.strip()}” ({describe_value(b.value)}) "
            f"for {_what(a)} ({a.metric}): {finding.reason}."
        ]
    else:
        parts = [
            f"{a.source} says “{a.text.strip()}” ({value_text(a)}) and {b.source} says "
            f"“{b.text.strip()}” ({value_text(b)}) for when {_what(a)} was {a.metric}: "
            f"{finding.reason}."
        ]
    for note in (*a.notes, *b.notes):
        parts.append(f"Note: {note}.")
    parts.append(also)
    parts.append(_publication_context(a, b, sa, sb))
    attribution = _attribution_context(a, b)
    if attribution:
        parts.append(attribution)
    return " ".join(p for p in parts if p)


def _publication_context(a: Claim, b: Claim, sa: Source | None, sb: Source | None) -> str:
    da = sa.published if sa else None
    db = sb.published if sb else None
    if da is None and db is None:
        return "Neither source has a publication date: check when each was written."
    if da is None or db is None:
        missing = a.source if da is None else b.source
        return f"{missing} has no publication date, so the figure may have changed between them."
    assert sa is not None and sb is not None
    ga, gb = sa.published_granularity, sb.published_granularity
    months = abs((da.year - db.year) * 12 + da.month - db.month)
    label_a, label_b = _published_label(da, ga), _published_label(db, gb)
    if label_a == label_b:
        return f"Both were published {label_a}."
    if months == 0 or ((ga is Granularity.YEAR or gb is Granularity.YEAR) and da.year == db.year):
        return f"Published {label_a} and {label_b}."
    span = f"{months} months" if months < 24 else f"about {round(months / 12)} years"
    if months == 1:
        span = "1 month"
    if a.value is None:
        return f"Published {span} apart ({label_a} and {label_b})."
    return f"Published {span} apart ({label_a} and {label_b}): the count may have changed."


def _published_label(day: date, granularity: Granularity) -> str:
    if granularity is Granularity.YEAR:
        return f"in {day.year}"
    if granularity is Granularity.MONTH:
        return f"in {day:%B %Y}"
    return f"on {day.isoformat()}"


def _attribution_context(a: Claim, b: Claim) -> str:
    if a.attribution and b.attribution:
        if a.attribution.casefold() == b.attribution.casefold():
            return f"Both attribute it to {a.attribution}: the same body gives different figures."
        return f"{a.source} attributes it to {a.attribution}; {b.source} to {b.attribution}."
    if a.attribution:
        return f"{a.source} attributes it to {a.attribution}; {b.source} names no source."
    if b.attribution:
        return f"{b.source} attributes it to {b.attribution}; {a.source} names no source."
    return ""


def by_source(sources: Iterable[Source]) -> dict[str, Source]:
    """Sources keyed by id."""
    return {s.id: s for s in sources}
