"""Numeric rule: two figures of the same frame -> conflict, divergence or precision, or none.

Values are intervals: two figures conflict when their intervals cannot both hold, diverge
when both can hold but the figures cited differ beyond tolerance (and neither is the other
correctly rounded), and differ in precision when one is a vague magnitude. An approximate
figure ("about 225") stands for a range as wide as its roundness: a figure given to the
nearest 25 or coarser covers half a step each side, and never less than ``about_tolerance``.
Measures are compared in their dimension's base unit (6 miles ~ 9.7 km).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from crosscheck.claims.frame_incidents import incidents_differ
from crosscheck.claims.frame_places import places_differ
from crosscheck.claims.frame_roles import ESTIMATE
from crosscheck.claims.frame_words import PLAN
from crosscheck.match.loose_plurals import loosely_met_either
from crosscheck.model import Claim, ClaimPair, DiscrepancyKind, Quantity, Unit
from crosscheck.quantities.lexicons import unit_surface
from crosscheck.rules.base import COMPARE, Finding, Rule, compare_rules, explain_words, in_days
from crosscheck.rules.wording import plural
from crosscheck.text.words import lemma


@dataclass(frozen=True, slots=True)
class _Interval:
    low: float
    high: float
    low_inclusive: bool
    high_inclusive: bool
    point: float | None


def scale(q: Quantity, lang: str) -> float:
    """The factor to a common base: days for durations, base units for measures."""
    return q.factor if q.unit is Unit.MEASURE else in_days(q, lang)


def relative_difference(a: Quantity, b: Quantity, lang: str) -> float | None:
    """How far apart two cited figures are, as a share of the larger (in a common base).

    ``None`` when either has no cited figure or both are zero.
    """
    if a.point is None or b.point is None:
        return None
    pa, pb = a.point * scale(a, lang), b.point * scale(b, lang)
    larger = max(abs(pa), abs(pb))
    return abs(pa - pb) / larger if larger else None


def _interval(q: Quantity, lang: str) -> _Interval:
    factor = scale(q, lang)
    low = -math.inf if q.low is None else q.low * factor
    high = math.inf if q.high is None else q.high * factor
    point = None if q.point is None else q.point * factor
    if (
        q.approximate
        and not q.vague
        and point is not None
        and (q.modifier or "").lower() in compare_rules(lang).about_modifiers
    ):
        spread = roundness(abs(point), lang)
        low, high = min(low, point - spread), max(high, point + spread)
    return _Interval(low, high, q.low_inclusive, q.high_inclusive, point)


def roundness(x: float, lang: str) -> float:
    """How far either side of an "about" figure it may stand: its roundness, or a share."""
    least = compare_rules(lang).about_tolerance * x
    step = _round_step(x)
    return max(least, step / 2)


def _round_step(x: float) -> float:
    """The coarsest of 10^k, 5*10^k and 2.5*10^k that divides the figure (225 -> 25)."""
    if x <= 0:
        return 0.0
    best = 0.0
    power = 10 ** math.floor(math.log10(x))
    for candidate in (power, power * 5, power * 2.5, power / 2, power / 4, power / 10):
        if candidate >= 1 and math.isclose(x / candidate, round(x / candidate), abs_tol=1e-9):
            best = max(best, candidate)
    return best


def _disjoint(a: _Interval, b: _Interval) -> bool:
    if a.high < b.low or b.high < a.low:
        return True
    if a.high == b.low:
        return not (a.high_inclusive and b.low_inclusive)
    if b.high == a.low:
        return not (b.high_inclusive and a.low_inclusive)
    return False


def rounds_to(precise: float, rounded: float, *, scaled: bool = False, lang: str) -> bool:
    """True when ``rounded`` is ``precise`` correctly rounded to ``rounded``'s precision.

    "$1.375 billion" rounds to "$1.4 billion"; "13,625,777" to "13.6 million"; 3.6 does
    not round to 3.5. A figure with one significant digit ("1,000") agrees only with itself,
    unless it is ``scaled`` (written with a scale word: "$4 million").
    """
    if precise == rounded:
        return True
    if rounded == 0:
        return False
    step = precision_step(rounded)
    if step <= 0 or (step > abs(rounded) / 10 and not scaled):
        return False  # one significant digit: "1,000" is not "1,400" rounded, for a reader
    if step > abs(rounded) / 10 and abs(precise - rounded) > _loose(rounded, lang):
        return False  # "$4 million" is "$4.2 million" rounded; "$100 million" not "$132.5 million"
    if math.isclose(round(precise / step) * step, rounded, rel_tol=1e-9, abs_tol=1e-9):
        return True
    # a whole figure that drops the decimals of the precise one ("fell 2,352 points" for
    # 2,352.6): cut, not rounded, as reporters often write; never for tens or more (141
    # dead is not "140 dead")
    return step == 1 and precise != int(precise) and abs(rounded) == abs(int(precise))


def _loose(rounded: float, lang: str) -> float:
    """How far a figure of one significant digit and a scale word may stand from the figure
    it rounds: a share of it, as a reader takes "$4 million" for "$4.2 million"."""
    return compare_rules(lang).about_tolerance * abs(rounded)


def precision_step(x: float) -> float:
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


def agree_by_rounding(a: Quantity, b: Quantity, lang: str) -> bool:
    """Whether one cited figure is the other correctly rounded.

    A figure of one significant digit agrees only with itself ("1,000" is not "1,400"
    rounded), unless a scale word shows it is rounded: "$4 million" is "$4.2 million" to the
    nearest million, as a reader takes it.
    """
    if a.point is None or b.point is None:
        return False
    pa, pb = a.point * scale(a, lang), b.point * scale(b, lang)
    if not math.isclose(scale(a, lang), scale(b, lang)):
        return math.isclose(pa, pb, rel_tol=compare_rules(lang).relative_tolerance)
    return rounds_to(pa, pb, scaled=scaled(b), lang=lang) or rounds_to(
        pb, pa, scaled=scaled(a), lang=lang
    )


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SCALE_WORD_FACTOR = 1000  # a figure a thousand times its digits was scaled by a word


def scaled(q: Quantity) -> bool:
    """Whether a figure is written as a few digits and a scale word ("4 million", "$2bn")."""
    if q.point is None or q.point == 0:
        return False
    found = _DIGITS.search(q.text)
    if found is None:
        return False
    digits = found.group().replace(",", "")
    try:
        written = float(digits)
    except ValueError:
        return False
    return written > 0 and abs(q.point) / written >= _SCALE_WORD_FACTOR


LOWER, UPPER, NEAR_UPPER = "lower", "upper", "near_upper"


def bound_side(q: Quantity) -> str | None:
    """Which kind of one-sided bound a figure is: ``LOWER`` ("more than 40", "at least 49"),
    ``NEAR_UPPER`` ("nearly 1,400": approximate, just under its figure), ``UPPER`` ("up to
    $2 trillion"), or ``None`` (an exact, "about" or two-sided figure)."""
    if q.vague or q.is_range or q.point is None:
        return None
    if q.high is None and q.low == q.point:
        return LOWER
    if q.high == q.point and (q.low is None or q.low < q.point):
        return NEAR_UPPER if q.approximate else UPPER
    return None


def read_finer(bound: Quantity, other: Quantity, lang: str) -> bool:
    """Whether a bound and another bound on the same side of the value, citing another figure,
    are read at the finer precision, so that the bound is not met (``finer_same_side`` in
    the compare lexicon): "nearly 60,000" beside "nearly 59,000" means 59,xxx, not 58,xxx."""
    side, other_side = bound_side(bound), bound_side(other)
    if side is None or other_side is None or side not in compare_rules(lang).finer_same_side:
        return False
    if (side == LOWER) != (other_side == LOWER):
        return False
    return (
        bound.point is not None
        and other.point is not None
        and not math.isclose(bound.point * scale(bound, lang), other.point * scale(other, lang))
    )


def bound_met(bound: Quantity, other: Quantity, lang: str) -> bool:
    """Whether a round bound is the other figure truncated at the bound's precision.

    "more than 40" and "at least 49", "more than 100" and 170, "at least 100" and 147 agree:
    the bound is the other figure cut to its own round step, so both are true and the
    writers merely rounded differently. "at least 130" and "more than 140" do not (140 cut
    to tens is 140), nor "over 1,200" and "nearly 1,400". An upper bound works the other way
    ("nearly 10%" and 9.99%, "almost 12" and 11).
    """
    if bound.vague or other.vague or bound.is_range or bound.point is None:
        return False
    if other.point is None or not math.isclose(scale(bound, lang), scale(other, lang)):
        return False
    if (bound.modifier or "").lower() in compare_rules(lang).about_modifiers:
        return False
    if read_finer(bound, other, lang):
        return False
    point, value = bound.point, other.point
    step = precision_step(point)
    if step <= 0:
        return False
    side = bound_side(bound)
    if side == LOWER:  # "more than 40"
        return point <= value < point + step
    if side in (UPPER, NEAR_UPPER):  # "nearly 1,400", "up to 1,400"
        return point - step <= value <= point
    return False


def bound_excludes(a: Quantity, b: Quantity, lang: str) -> bool:
    """Whether one figure is a strict bound on the very count the other gives, counted to
    the unit or the ten (``counted_step``): "more than 10 children" beside "10 children"
    cannot both be true, though the figures cited are one ("900,000 signatures" is a round
    figure, which "more than 900,000" may merely cut)."""
    for bound, count in ((a, b), (b, a)):
        if bound_side(bound) not in (LOWER, UPPER) or not _exact_point(count, lang):
            continue
        if count.unit is not Unit.COUNT or count.point is None or count.point != bound.point:
            continue
        if 0 < precision_step(count.point) <= compare_rules(lang).counted_step:
            return True
    return False


def figure(x: float) -> str:
    """A figure for the reader as written, "1,200", "2.5", "15,871.35" (never rounded to
    fewer digits than the article gives); a difference of two figures loses its float
    noise ("0.07", not "0.0699999999997")."""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{Decimal(f'{round(x, 9):.12g}'):,f}"  # 12 digits: no float noise, no exponent


def _exact_point(q: Quantity, lang: str) -> bool:
    """Whether a figure is one exact number ("59 people"), as ``explain.describe_value``
    says "exactly 59": no range, bound, estimate or vague word."""
    bound = (q.modifier or "").lower() in compare_rules(lang).describe
    return q.point is not None and not (q.vague or q.approximate or q.is_range or bound)


def range_holds_point(a: Claim, b: Claim, lang: str) -> bool:
    """Whether one side is a range ("between $20 billion and $30 billion", "7- or 8-to-1")
    and the other one exact figure (the caller has found their intervals overlap, so the
    figure lies inside the range). Not when a side is a plan, prediction or estimate: a
    forecast range holds another forecast or the result (economists' "140,000 to 150,000
    jobs" and a survey's 145,000), as two bodies' estimates are their own."""
    qa, qb = a.value, b.value
    if qa is None or qb is None or a.role in _ESTIMATED_ROLES or b.role in _ESTIMATED_ROLES:
        return False
    return (qa.is_range and _exact_point(qb, lang)) or (qb.is_range and _exact_point(qa, lang))


def numeric_rule(a: Claim, b: Claim, lang: str) -> Finding | None:
    """Conflict, divergence or precision between two figures about the same thing."""
    qa, qb = a.value, b.value
    if qa is None or qb is None:
        return None
    ia, ib = _interval(qa, lang), _interval(qb, lang)
    exact = not qa.approximate and not qb.approximate
    if _disjoint(ia, ib):
        if loosely_met_either(qa, qb, lang):
            return Finding(  # "thousands of pages" and "roughly 43,000 pages"
                kind=DiscrepancyKind.NUMERIC_PRECISION,
                reason=explain_words(COMPARE)["vague_loose"],
            )
        if _vague_apart(qa, qb, ia, ib, lang):
            return None  # "several injuries" and 200 injured: another measure, or loose words
        counted = a.event in compare_rules(lang).exact_events  # a tally: "420-3" not "419-3"
        if (
            exact
            and agree_by_rounding(qa, qb, lang)
            and not counted
            and not bound_excludes(qa, qb, lang)
        ):
            return None
        if not exact and agree_by_rounding(qa, qb, lang) and not (qa.vague or qb.vague):
            return None
        if _estimates_of_two_bodies(a, b):
            return Finding(  # "12% to 15%, the insurers said" / "20%, the budget office estimated"
                kind=DiscrepancyKind.NUMERIC_DIVERGENCE,
                reason=explain_words(COMPARE)["two_estimates"].format(
                    a=a.attribution, b=b.attribution
                ),
            )
        apart = "ranks_apart" if qa.unit is Unit.ORDINAL else "ranges_apart"
        if apart == "ranges_apart" and _exact_point(qa, lang) and _exact_point(qb, lang):
            apart = "figures_apart"  # "59 people" / "58 people": no range to speak of
        return Finding(
            kind=DiscrepancyKind.NUMERIC_CONFLICT,
            reason=explain_words(COMPARE)[apart] + _converted(a, b, lang),
        )
    if qa.vague != qb.vague:
        return Finding(
            kind=DiscrepancyKind.NUMERIC_PRECISION,
            reason=explain_words(COMPARE)["vague_and_specific"],
        )
    if qa.vague and qb.vague:
        return None
    if range_holds_point(a, b, lang):
        return Finding(  # "7- or 8-to-1" and "a 7-1 margin": the same ratio, one side as a range
            kind=DiscrepancyKind.NUMERIC_PRECISION,
            reason=explain_words(COMPARE)["range_and_point"],
        )
    if ia.point is None or ib.point is None:
        return None
    if agree_by_rounding(qa, qb, lang) and not (
        read_finer(qa, qb, lang) or read_finer(qb, qa, lang)
    ):
        return None  # "nearly $6 million" and "nearly $5.9 million" cite different figures
    if bound_met(qa, qb, lang) or bound_met(qb, qa, lang):
        return None
    share = relative_difference(qa, qb, lang)
    if share is None:
        return None
    if share <= compare_rules(lang).relative_tolerance and not (
        round_bound(qa, lang) or round_bound(qb, lang)
    ):
        return None  # a round bound the other figure does not meet differs, however near
    if _exact_within(qa, ib, ia) or _exact_within(qb, ia, ib):
        if a.event in compare_rules(lang).rounded_events:
            return None  # "about 70 miles" / "75 miles" from Baghdad: a distance is rounded
        return Finding(  # "60" and "at least 55": the exact figure fulfils the bound
            kind=DiscrepancyKind.NUMERIC_PRECISION,
            reason=explain_words(COMPARE)["bound_and_exact"].format(
                gap=_figure_gap(a, abs(ia.point - ib.point), lang), share=share
            )
            + _converted(a, b, lang),
        )
    return Finding(
        kind=DiscrepancyKind.NUMERIC_DIVERGENCE,
        reason=explain_words(COMPARE)["figures_differ"].format(
            gap=_figure_gap(a, abs(ia.point - ib.point), lang), share=share
        )
        + _converted(a, b, lang),
    )


def _unit_word(claim: Claim, lang: str) -> str:
    """The unit a measure is written in, as its claim writes it ("miles", "km", "square
    kilometres"), when units.toml reads those last words as a unit of the measure's factor,
    or when they are the word its measure was named from ("degrees"); else the unit's
    canonical ``measure`` ("kilopascal")."""
    q = claim.value
    if q is None or q.unit is not Unit.MEASURE:
        return ""
    words = [w.strip(".,;:()") for w in claim.text.split()]
    for n in range(len(words), 0, -1):
        written = " ".join(words[-n:])
        found = unit_surface(written, lang)
        if found is not None and found[2] == q.factor:
            return written.lower() if unit_surface(written.lower(), lang) else written
    last = words[-1].lower() if words else ""
    return last if last and lemma(last, lang) == q.measure else q.measure or ""


def _figure_gap(a: Claim, gap: float, lang: str) -> str:
    """A gap between two figures (in their common base) in the first side's unit: "15.4
    miles" for a measure, "1 hour" for a duration (its base is days), the bare figure
    otherwise."""
    q = a.value
    if q is not None and q.unit in (Unit.DURATION, Unit.AGE) and q.dimension:
        value = figure(round(gap / in_days(q, lang), 2))  # "1 hour", not "0.0416667" days
        unit = q.dimension if value == "1" else plural(q.dimension, lang)
        return explain_words(COMPARE)["measure_gap"].format(gap=value, unit=unit)
    if q is None or q.unit is not Unit.MEASURE or not q.factor:
        return figure(gap)
    return explain_words(COMPARE)["measure_gap"].format(
        gap=figure(round(gap / q.factor, 1)), unit=_unit_word(a, lang)
    )


def _converted(a: Claim, b: Claim, lang: str) -> str:
    """For two measures in different units, the second's figure in the first's unit: " (120
    km is about 74.6 miles)"; "" otherwise."""
    qa, qb = a.value, b.value
    if qa is None or qb is None or Unit.MEASURE not in (qa.unit, qb.unit) or qb.point is None:
        return ""
    if qa.unit is not qb.unit or qa.factor == qb.factor or not qa.factor:
        return ""
    value = figure(round(qb.point * qb.factor / qa.factor, 1))
    return explain_words(COMPARE)["converted"].format(
        other=f"{figure(qb.point)} {_unit_word(b, lang)}", value=value, unit=_unit_word(a, lang)
    )


# Roles of a figure that is someone's estimate or forecast, not a count.
_ESTIMATED_ROLES = frozenset({ESTIMATE, PLAN})


def _estimates_of_two_bodies(a: Claim, b: Claim) -> bool:
    """Whether both figures are estimates or forecasts, attributed to different bodies."""
    if a.role not in _ESTIMATED_ROLES or b.role not in _ESTIMATED_ROLES:
        return False
    return bool(a.attribution and b.attribution) and a.attribution != b.attribution


def round_bound(q: Quantity, lang: str) -> bool:
    """Whether a figure is a one-sided bound at a round cited point ("more than 19,000",
    "nearly 1,400"), not an "about" figure: ``bound_met`` alone says when it agrees. A bound
    to the unit ("at least 22") is left to the tolerance: 23 is near enough."""
    if q.vague or q.is_range or q.point is None or precision_step(q.point) <= 1:
        return False
    if (q.modifier or "").lower() in compare_rules(lang).about_modifiers:
        return False
    return bound_side(q) is not None


def vague_gap(a: _Interval, b: _Interval) -> float:
    """How many times apart two disjoint intervals lie (the nearer ends compared)."""
    lower, upper = (a, b) if a.high <= b.low else (b, a)
    if lower.high <= 0 or math.isinf(lower.high):
        return math.inf
    return upper.low / lower.high


def _vague_apart(qa: Quantity, qb: Quantity, ia: _Interval, ib: _Interval, lang: str) -> bool:
    if not (qa.vague or qb.vague) or not _disjoint(ia, ib):
        return False
    if loosely_met_either(qa, qb, lang):
        return False  # "thousands" of 43,000: the vague word told loosely, not another measure
    return vague_gap(ia, ib) >= compare_rules(lang).vague_gap


def vague_apart(a: Claim, b: Claim, lang: str) -> bool:
    """Whether a vague magnitude and another figure lie too far apart to be one measure."""
    qa, qb = a.value, b.value
    if qa is None or qb is None:
        return False
    return _vague_apart(qa, qb, _interval(qa, lang), _interval(qb, lang), lang)


def agree(a: Claim, b: Claim, lang: str) -> bool:
    """Whether two figures say the same (the rule finds nothing, and not for being apart; a
    range and an exact figure inside it agree, as before their precision row)."""
    if numeric_rule(a, b, lang) is None:
        return not vague_apart(a, b, lang)
    qa, qb = a.value, b.value
    return (
        qa is not None
        and qb is not None
        and range_holds_point(a, b, lang)
        and not _disjoint(_interval(qa, lang), _interval(qb, lang))
    )


def near(a: Claim, b: Claim, lang: str) -> bool:
    """Whether two figures agree, or lie apart by no more than the tolerance."""
    qa, qb = a.value, b.value
    if qa is None or qb is None:
        return False
    if agree(a, b, lang):
        return True
    if vague_apart(a, b, lang):
        return False
    ia, ib = _interval(qa, lang), _interval(qb, lang)
    tolerance = compare_rules(lang).relative_tolerance
    if _disjoint(ia, ib):
        return vague_gap(ia, ib) <= 1 + tolerance
    share = relative_difference(qa, qb, lang)
    return share is not None and share <= tolerance


def _exact_within(q: Quantity, other: _Interval, own: _Interval) -> bool:
    """Whether an exact figure lies inside the other side's interval, and is no rounder
    than the other's round bound ("20,000" against "more than 19,000" is a round figure
    of its own: the two diverge)."""
    if q.approximate or q.modifier or q.vague or own.point is None:
        return False
    if other.point is not None and precision_step(own.point) > precision_step(other.point) > 1:
        return False
    return other.low <= own.point <= other.high


# (source, event class, unit and dimension, the figure in its base unit)
ExactKey = tuple[str, str, str, float]


def _exact_key(claim: Claim, lang: str) -> tuple[str, str, float] | None:
    """(event class, unit, figure) of an exact figure of an event ("40 patients died"); None
    for a bound, an approximate or vague figure, or a figure of no event."""
    q = claim.value
    if q is None or not claim.event or q.point is None or q.vague or q.approximate:
        return None
    if q.modifier or q.low != q.point or q.high != q.point:
        return None
    return claim.event, f"{q.unit.value}:{q.dimension or ''}", round(q.point * scale(q, lang), 6)


def _stated_key(claim: Claim, lang: str) -> tuple[str, str, float] | None:
    """(event class, unit, figure) of a figure of an event as written, its bound word aside:
    "as many as 40 veterans" states the figure 40 as much as "40 veterans" does. None for a
    vague figure, a range or a figure of no event."""
    q = claim.value
    if q is None or not claim.event or q.point is None or q.vague or q.is_range:
        return None
    return claim.event, f"{q.unit.value}:{q.dimension or ''}", round(q.point * scale(q, lang), 6)


def exact_figures(claims: Iterable[Claim], lang: str) -> dict[ExactKey, list[Claim]]:
    """Every figure of an event as written, by source, event class, unit and figure
    (whatever its frame or bound word: a figure no matching compares is indexed too)."""
    index: dict[ExactKey, list[Claim]] = {}
    for claim in claims:
        key = _stated_key(claim, lang)
        if key is not None:
            index.setdefault((claim.source, *key), []).append(claim)
    return index


def stated_under_other_noun(
    sides: tuple[frozenset[str], frozenset[str]],
    pair: ClaimPair,
    index: Mapping[ExactKey, list[Claim]],
    lang: str,
) -> bool:
    """Whether a source of one side (``sides``: the sources of a and of b) itself states
    the other side's exact figure, of the same event class, of a thing it names otherwise
    ("six died" beside "the 40 patients who died", a 40-minute flight in Japan's words
    beside the 37 minutes U.S. Pacific Command gave). That article gives both figures,
    each of its own measure or body: the outlets differ in which they picked, not on the
    figure. A restatement under the same noun is the frame's own (``one source gives
    both``): a stale headline beside the body's count stays flagged."""
    for own, other in ((sides[0], pair.b), (sides[1], pair.a)):
        key = _exact_key(other, lang)
        if key is None:
            continue
        for source in sorted(own - {other.source}):
            stated = index.get((source, *key), [])
            if any(claim.what == other.what for claim in stated):
                continue  # the same figure of the same noun: the frame's own restatement
            if any(_same_scene(claim, other, lang) for claim in stated):
                return True
    return False


def _same_scene(a: Claim, b: Claim, lang: str) -> bool:
    return not places_differ(a.place, b.place) and not incidents_differ(
        a.incident, b.incident, lang
    )


def _has_values(pair: ClaimPair) -> bool:
    return pair.a.value is not None and pair.b.value is not None


RULE = Rule(
    name="numeric",
    kinds=(
        DiscrepancyKind.NUMERIC_CONFLICT,
        DiscrepancyKind.NUMERIC_DIVERGENCE,
        DiscrepancyKind.NUMERIC_PRECISION,
    ),
    applies=_has_values,
    find=numeric_rule,
)
