"""Items -> spans: ranges, pairs of bounds, vague magnitudes; spans -> Quantity records."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from crosscheck.model import Quantity, Unit
from crosscheck.quantities.bounds import _context, _Interval, _interval, _Item, _prefix_at
from crosscheck.quantities.kinds import (
    _LOWER,
    _MAX_GAP,
    _R,
    _UPPER,
    _WINDOW,
    _Reading,
    _Scan,
    _word_after,
    _word_before,
)
from crosscheck.quantities.lexicons import (
    _currencies,
    _magnitude_table,
    _modifiers,
    _NumberLexicon,
    _numbers,
)
from crosscheck.quantities.noise import _is_noise, _is_year
from crosscheck.quantities.patterns import _patterns, currency_joined
from crosscheck.slotted import fast_init

# --- ranges and pairs -----------------------------------------------------------------------------


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class _Span:
    """A finished interval with its span, before it becomes a Quantity."""

    start: int
    end: int
    interval: _Interval
    unit: Unit
    dimension: str | None
    point: float | None
    modifier: str | None
    vague: bool = False
    measure: str | None = None
    factor: float = 1.0


def _joined_by_dash(sc: _Scan, a: _Item, b: _Item) -> bool:
    """Whether "A-B" is a range and not part of a longer chain ("+1-222-2222")."""
    ia, ib = a.reading.last, b.reading.first
    if sc.left_joint[a.reading.first] or sc.right_joint[ib]:
        return False
    return ib == ia + 1


def _range(sc: _Scan, a: _Item, b: _Item) -> _Span | None:
    """ "between A and B", "from A to B", "A to B", "A-B" as one interval, if they are one."""
    pat = _patterns(sc.lang)
    if a.suffixed or b.bound is not None or b.opener is not None:
        return None
    if a.bound not in (None, "approx"):
        return None
    if b.fig_start - a.fig_end > _MAX_GAP:
        return None
    gap = sc.text[a.fig_end : b.fig_start]
    m = pat.range_gap.fullmatch(gap)
    if m is None:
        return None
    paired = a.opener in _modifiers(sc.lang).between_openers  # "between 20 and 30"
    if m.group("and") is not None and not paired:
        return None
    if m.group("to") is not None and paired:
        return None
    if m.group("alt") is not None and not _alternatives(sc, a, b):
        return None
    if gap == "-" and not _joined_by_dash(sc, a, b):
        return None  # "+1-222-2222": a chain, not a range
    if (a.reading.kind is _R.ORDINAL) != (b.reading.kind is _R.ORDINAL):
        return None
    if a.reading.kind is _R.ORDINAL:
        return None
    unit_of = b  # the side that names the unit: "5 to 10 miles", "$5 to $6"
    low = a.value
    if a.unit is not Unit.COUNT:
        if b.unit is not Unit.COUNT and _unit_key(a) != _unit_key(b):
            return None
        unit_of = a
    elif b.unit in (Unit.DURATION, Unit.AGE) and b.reading.value:
        low = a.value * (b.value / b.reading.value)  # "two to three decades"
    if a.reading.scale == 1.0 and b.reading.scale > 1.0 and low <= b.reading.base:
        low *= b.reading.scale  # "$5-6 billion"
    if not low < b.value:
        return None
    if m.group("alt") is not None and b.value > low * _modifiers(sc.lang).alternatives_max_ratio:
        return None  # "three or 10 years": two figures, not one range
    mods = _modifiers(sc.lang)
    high_inclusive = mods.high_inclusive
    start = a.start if a.bound == "approx" else a.fig_start
    if a.opener_start is not None:
        start = a.opener_start
    return _Span(
        start=start,
        end=b.end,
        interval=_Interval(
            low=low, high=b.value, high_inclusive=high_inclusive, approximate=a.bound == "approx"
        ),
        unit=unit_of.unit,
        dimension=unit_of.dimension,
        point=None,
        modifier="range",
        measure=unit_of.measure,
        factor=unit_of.factor,
    )


def _alternatives(sc: _Scan, a: _Item, b: _Item) -> bool:
    """Whether "A or B" gives one figure as two alternatives ("two or three attackers"): no
    opener ("between 20 or 30"), no dashed chain of scores ("7-2 or 6-3"), and a unit only
    on the second or the same on both ("9.5% or 260.74 points" says it twice)."""
    if a.opener is not None:
        return False
    before = sc.text[max(0, a.fig_start - 2) : a.fig_start]
    after = sc.text[b.end : b.end + 2]
    if any(before.endswith(d) or after.startswith(d) for d in _modifiers(sc.lang).dashes):
        return False
    return a.unit is Unit.COUNT or _unit_key(a) == _unit_key(b)


def _unit_key(item: _Item) -> tuple[Unit, str | None, str | None]:
    """What two figures must share to be one interval: unit, dimension and unit of measure."""
    return item.unit, item.dimension, item.measure


def _pair(sc: _Scan, a: _Item, b: _Item) -> _Span | None:
    """ "more than 10 and less than 40" as one interval, if the two bounds meet."""
    pat = _patterns(sc.lang)
    sides = _LOWER | _UPPER
    if a.bound not in sides or b.bound not in sides or a.suffixed:
        return None
    if (a.bound in _LOWER) == (b.bound in _LOWER):
        return None  # "more than 20, above 170": two lower bounds
    if _unit_key(a) != _unit_key(b):
        return None
    if b.start - a.end > _MAX_GAP:
        return None
    gap = sc.text[a.end : b.start]
    if not gap.strip() or pat.combine_gap.fullmatch(gap) is None:
        return None
    lower, upper = (a, b) if a.bound in _LOWER else (b, a)
    if not lower.value < upper.value:
        return None
    return _Span(
        start=a.start,
        end=b.end,
        interval=_Interval(
            low=lower.value,
            high=upper.value,
            low_inclusive=lower.bound == "ge",
            high_inclusive=upper.bound == "le",
        ),
        unit=a.unit,
        dimension=a.dimension,
        point=None,
        modifier="range",
        measure=a.measure,
        factor=a.factor,
    )


def _single(item: _Item, lang: str) -> _Span:
    """One figure with its own bound (tolerances of language ``lang``'s modifiers.toml)."""
    return _Span(
        start=item.start,
        end=item.end,
        interval=replace(_interval(item.bound, item.value, lang), approximate=True)
        if item.approximate
        else _interval(item.bound, item.value, lang),
        unit=item.unit,
        dimension=item.dimension,
        point=item.value,
        modifier=item.modifier,
        measure=item.measure,
        factor=item.factor,
    )


def _group(sc: _Scan, items: Sequence[_Item]) -> list[_Span]:
    """Join neighbouring items into ranges and pairs, left to right."""
    out: list[_Span] = []
    k = 0
    while k < len(items):
        a = items[k]
        if k + 1 < len(items):
            joined = _range(sc, a, items[k + 1]) or _pair(sc, a, items[k + 1])
            if joined is not None:
                out.append(joined)
                k += 2
                continue
        if k + 1 < len(items) and _score_pair(sc, a, items[k + 1]):
            b = items[k + 1]
            a = replace(a, unit=b.unit, dimension=b.dimension, measure=b.measure, factor=b.factor)
        out.append(_single(a, sc.lang))
        k += 1
    return out


def _score_pair(sc: _Scan, a: _Item, b: _Item) -> bool:
    """Whether "A-B UNIT" gives two figures of one unit, the larger or an equal one first (a
    poll's "leading 49-45 percent", "a 47-47 percent tie"): a bare count joined by a dash to a
    percent, no range (the smaller first, "45-49 percent", is one)."""
    if a.unit is not Unit.COUNT or b.unit is not Unit.PERCENT or a.suffixed:
        return False
    if a.reading.kind is _R.ORDINAL or b.reading.kind is _R.ORDINAL or a.value < b.value:
        return False
    if a.bound is not None or b.bound is not None or a.fig_end != a.end:
        return False
    gap = sc.text[a.fig_end : b.fig_start]
    return gap in _modifiers(sc.lang).dashes and _joined_by_dash(sc, a, b)


def _items(sc: _Scan, readings: Sequence[_Reading]) -> list[_Item]:
    """Each reading with its context; the non-quantities are left out."""
    out: list[_Item] = []
    for n, r in enumerate(readings):
        if _is_noise(sc, r):
            continue
        next_start = readings[n + 1].start if n + 1 < len(readings) else None
        item = _context(sc, r, next_start)
        if _is_year(sc, item):
            continue
        out.append(item)
    return out


# --- vague magnitudes and durations without a figure ----------------------------------


def _vague_spans(sc: _Scan) -> list[_Span]:
    """ "hundreds of thousands", "several", "dozens" as vague intervals."""
    pat = _patterns(sc.lang)
    table = _magnitude_table(sc.lang)
    out: list[_Span] = []
    for group, begin, end in sc.phrases:
        if group != "vague":
            continue
        mag = table.get(" ".join(sc.text[begin:end].lower().split()))
        if mag is None:
            continue
        if (
            mag.follow
            and _word_after(sc.text, end) not in mag.follow
            and _word_before(sc.text, begin) not in mag.after
        ):
            continue  # "several weeks" only before "after"/"later", or after "for"/"within"
        if mag.not_after and _word_before(sc.text, begin) in mag.not_after:
            continue
        interval = _Interval(
            low=mag.low, high=mag.high, high_inclusive=mag.high_inclusive, approximate=True
        )
        start, modifier = begin, None
        prefix = _prefix_at(sc, begin)
        if prefix is not None and prefix[2] in ("approx", "gt", "ge"):
            start, modifier = prefix[0], prefix[1]
            if prefix[2] != "approx":
                interval = _Interval(
                    low=mag.low, high=None, low_inclusive=prefix[2] == "ge", approximate=True
                )
        unit, dimension = Unit.COUNT, None
        u = None if mag.duration else pat.units.match(sc.text, end, end + _WINDOW)
        if mag.duration:
            unit, dimension = Unit.DURATION, mag.duration
        elif u is not None and u.lastgroup == "cur" and currency_joined(u, mag.low, sc.lang):
            unit = Unit.MONEY
            dimension = _currencies(sc.lang).words.get(" ".join(u.group("cur_w").lower().split()))
            end = u.end()
        out.append(
            _Span(
                start=start,
                end=end,
                interval=interval,
                unit=unit,
                dimension=dimension,
                point=None,
                modifier=modifier,
                vague=True,
            )
        )
    return out


def _implicit_spans(sc: _Scan) -> list[_Span]:
    """ "a decade", "more than a century": durations written without a figure; "more than a
    month", "nearly a year": the smaller units, only after a bound word."""
    lex = _numbers(sc.lang)
    out: list[_Span] = []
    for group, begin, end in sc.phrases:
        if group not in ("implicit", "bounded"):
            continue
        words = " ".join(sc.text[begin:end].lower().split())
        start, bound, modifier = begin, None, None
        prefix = _prefix_at(sc, begin)
        if prefix is not None and prefix[2] != "opener":
            start, bound, modifier = prefix[0], prefix[2], prefix[1]
        if group == "bounded" and (bound is None or _compound_follows(sc.text, end, lex)):
            continue
        table = lex.implicit_durations if group == "implicit" else lex.bounded_durations
        dim, value = table[words]
        out.append(
            _Span(
                start=start,
                end=end,
                interval=_interval(bound, value, sc.lang),
                unit=Unit.DURATION,
                dimension=dim,
                point=value,
                modifier=modifier,
            )
        )
    return out


def _compound_follows(text: str, end: int, lex: _NumberLexicon) -> bool:
    """Whether a figure-less duration goes on into a longer phrase: "a year-long", "a year
    and a half" (``bounded_durations_not_followed``)."""
    rest = " ".join(text[end : end + 20].lower().split())
    return any(rest.startswith(w) for w in lex.bounded_durations_not_followed)


def _without_overlaps(spans: Iterable[_Span]) -> list[_Span]:
    """Spans sorted by start; where two overlap, the longer (then the earlier) wins."""
    starts: list[int] = []
    kept: list[_Span] = []
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        k = bisect_left(starts, s.start)
        if k > 0 and kept[k - 1].end > s.start:
            continue
        if k < len(kept) and kept[k].start < s.end:
            continue
        starts.insert(k, s.start)
        kept.insert(k, s)
    return kept


def _quantity(text: str, s: _Span) -> Quantity:
    """The public record of a span."""
    iv = s.interval
    return Quantity(
        start=s.start,
        end=s.end,
        text=text[s.start : s.end],
        low=iv.low,
        high=iv.high,
        low_inclusive=iv.low_inclusive,
        high_inclusive=iv.high_inclusive,
        approximate=iv.approximate or s.vague,
        unit=s.unit,
        point=s.point,
        modifier=s.modifier,
        vague=s.vague,
        dimension=s.dimension,
        measure=s.measure,
        factor=s.factor,
    )
