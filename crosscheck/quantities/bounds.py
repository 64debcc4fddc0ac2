"""A reading and the words around it -> its bound (modifier) and interval."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from crosscheck.model import Unit
from crosscheck.quantities.kinds import _R, _WINDOW, _Reading, _Scan, _word_before
from crosscheck.quantities.lexicons import _modifiers, _numbers
from crosscheck.quantities.patterns import _patterns
from crosscheck.quantities.units import _unit_of, _UnitRead
from crosscheck.slotted import fast_init

# --- intervals ----------------------------------------------------------------------------------


def _place(x: float) -> float:
    """The place value of the last significant digit: 1,400 -> 100, 3.5 -> 0.1, 0 -> 0."""
    if x == 0 or not math.isfinite(x):
        return 0.0
    exponent = Decimal(repr(abs(x))).normalize().as_tuple().exponent
    return float(Decimal(1).scaleb(exponent)) if isinstance(exponent, int) else 0.0


def _tolerance(x: float, lang: str) -> float:
    """How far an approximate figure may be from what it says (see modifiers.toml)."""
    mods = _modifiers(lang)
    return min(_place(x) * mods.units, mods.relative * abs(x))


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class _Interval:
    """Bounds of a figure read with its modifier."""

    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True
    approximate: bool = False


def _interval(bound: str | None, v: float, lang: str) -> _Interval:
    """The interval a bound word gives a figure ("nearly" 1,400 -> [1300, 1400))."""
    if bound == "gt":
        return _Interval(low=v, high=None, low_inclusive=False, high_inclusive=False)
    if bound == "ge":
        return _Interval(low=v, high=None, high_inclusive=False)
    if bound == "lt":
        return _Interval(low=None, high=v, low_inclusive=False, high_inclusive=False)
    if bound == "le":
        return _Interval(low=None, high=v, low_inclusive=False)
    if bound == "near_below":
        return _Interval(
            low=v - _tolerance(v, lang), high=v, high_inclusive=False, approximate=True
        )
    if bound == "near_above":
        return _Interval(low=v, high=v + _tolerance(v, lang), low_inclusive=False, approximate=True)
    if bound == "approx":
        t = _tolerance(v, lang)
        return _Interval(low=v - t, high=v + t, approximate=True)
    if bound == "odd":
        return _Interval(low=v, high=v + _place(v), high_inclusive=False, approximate=True)
    return _Interval(low=v, high=v)


# --- context of a figure ---------------------------------------------------


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class _Item:
    """A figure with its context: modifier before or after, unit, currency."""

    reading: _Reading
    start: int  # with the modifier
    end: int  # with the unit and a modifier after
    fig_start: int  # with a currency sign or "aged"
    fig_end: int  # with the unit
    value: float
    unit: Unit = Unit.COUNT
    dimension: str | None = None
    measure: str | None = None
    factor: float = 1.0
    bound: str | None = None
    modifier: str | None = None
    opener: str | None = None  # "between" or "from" before the figure
    opener_start: int | None = None
    suffixed: bool = False
    approximate: bool = False  # "about 500 or more": the bound is the suffix's, the figure rough


def _prefix_at(sc: _Scan, start: int) -> tuple[int, str, str] | None:
    """The modifier phrase right before ``start``: (its start, phrase, bound)."""
    pat = _patterns(sc.lang)
    lo = max(0, start - _WINDOW)
    window = sc.text[lo:start][::-1]
    m = pat.prefix.match(window)
    if m is None:
        return None
    found = m.group("p")
    phrase = " ".join(found[::-1].split()).lower()
    bound = pat.prefix_bound.get(phrase)
    if bound is None:
        return None
    begin = start - len(m.group(0))
    while begin < start and sc.text[begin].isspace():
        begin += 1
    return begin, phrase, bound


def _suffix_at_figure(sc: _Scan, end: int, next_start: int | None) -> tuple[int, str, str] | None:
    """The modifier phrase right after ``end`` ("or more"): (its end, phrase, bound)."""
    pat = _patterns(sc.lang)
    m = pat.suffix.match(sc.text, end, end + _WINDOW)
    if m is None:
        return None
    found = m.group("s") if m.group("s") is not None else m.group("g")
    phrase = " ".join(found.split()).lower()
    bound = pat.suffix_bound.get(phrase)
    if bound is None:
        return None
    if next_start is not None and next_start - m.end() < 8:
        between = sc.text[m.end() : next_start]
        if not between.strip() or between.strip().lower() in _numbers(sc.lang).definite:
            return None  # "200 or greater than 190": the words go with 190
    return m.end(), phrase, bound


def _prefix_binds(sc: _Scan, prefix: tuple[int, str, str], unit: Unit) -> bool:
    """Whether a modifier before a figure bounds it in news text: never an ordinal; "over"
    before a duration only after "for", "after"... ("over four days" is "during"); "up to"
    after a move verb is where a level went ("ticked up to 7.9%"); a range dash glued to the
    figure before is no bound ("20~100")."""
    if unit is Unit.ORDINAL:
        return False
    mods = _modifiers(sc.lang)
    if prefix[1] in mods.dashes and sc.text[prefix[0] - 1 : prefix[0]].isdigit():
        return False
    if unit is Unit.DURATION and prefix[1] in mods.duration_phrases:
        return _word_before(sc.text, prefix[0]) in mods.duration_after
    if prefix[1] in mods.move_phrases:
        return _word_before(sc.text, prefix[0]) not in mods.move_after  # "ticked up to 7.9%"
    return True


def _combine_bounds(prefix: str | None, suffix: str | None) -> str | None:
    """One bound from the words before and after a figure."""
    if suffix is None:
        return prefix
    if suffix == "or_equal":
        return {"gt": "ge", "lt": "le"}.get(prefix or "")
    if prefix in (None, "eq") or (prefix == "approx" and suffix in ("ge", "le")):
        return suffix  # "about 500 or more" is at least about 500
    return prefix


def _context(sc: _Scan, r: _Reading, next_start: int | None) -> _Item:
    """A reading with the words around it: unit, currency, modifiers."""
    if r.kind is _R.ORDINAL:
        read = _UnitRead(start=r.start, end=r.end, unit=Unit.ORDINAL, value=r.value)
    else:
        read = _unit_of(sc, r)
    fig_start, fig_end, unit = read.start, read.end, read.unit
    prefix = None if read.apposed else _prefix_at(sc, fig_start)
    if prefix is not None and not _prefix_binds(sc, prefix, unit):
        prefix = None
    plain = unit is Unit.ORDINAL or read.apposed
    suffix = None if plain else _suffix_at_figure(sc, fig_end, next_start)
    opener = prefix[1] if prefix is not None and prefix[2] == "opener" else None
    pre_bound = prefix[2] if prefix is not None and opener is None else None
    bound = _combine_bounds(pre_bound, suffix[2] if suffix is not None else None)
    if bound == "or_equal":
        bound = None
    use_suffix = suffix is not None and bound is not None and bound != pre_bound
    modifier = None
    if pre_bound is not None and prefix is not None:
        modifier = prefix[1]
    if use_suffix and suffix is not None:
        modifier = suffix[1] if modifier is None else f"{modifier} {suffix[1]}"
    start = prefix[0] if prefix is not None and opener is None else fig_start
    end = suffix[0] if use_suffix and suffix is not None else fig_end
    return _Item(
        reading=r,
        start=start,
        end=end,
        fig_start=fig_start,
        fig_end=fig_end,
        value=read.value,
        unit=unit,
        dimension=read.dimension,
        measure=read.measure,
        factor=read.factor,
        bound=bound,
        modifier=modifier,
        opener=opener,
        opener_start=prefix[0] if prefix is not None and opener is not None else None,
        suffixed=use_suffix,
        approximate=pre_bound == "approx" and bound != pre_bound,
    )
