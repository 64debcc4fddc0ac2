"""Figure bands: one source's figures of a frame -> those that may agree with a given figure.

``numeric_rule`` finds nothing for two figures with cited points, neither vague, only when
their sizes (absolute values in the common base, ``numeric.scale``) lie close:

* one is the other correctly rounded (``rounds_to``: within the step of the rounded one's
  last digit, or within ``about_tolerance`` of it when it has one significant digit; in two
  different bases, within ``relative_tolerance``), or a bound the other meets (``bound_met``:
  within the bound's own step). Each figure's *core* band covers the sizes these reach.
* or they lie apart by no more than ``relative_tolerance`` and neither is a round bound
  (``round_bound``: "more than 19,000"). Each figure that is no round bound has a *loose*
  band, its core widened by the tolerance.

Two figures whose core bands do not meet, and whose loose bands do not meet (or one has
none), always get a finding. A figure with no band at all (no value, vague, no cited point,
zero, a distance of ``rounded_events``, which agrees with any figure inside a bound, or a
band too wide to index: a one-digit bound, "nearly 1,000", meets every figure below it) may
agree with any. ``tests/test_figure_bands.py`` checks the bands against ``numeric_rule``.

``BandIndex`` keeps one list of figures (a source's figures of one block and ``what``,
``rules.context``) by band, so ``candidates`` gives, in the list's order, every figure that
may agree with another without comparing each: ``rules.guards.one_source_gives_both`` reads
a source's figures for each pair with it, and a story of hundreds of figures of one noun
costs a few comparisons per pair, not one per figure.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from crosscheck.model import Claim
from crosscheck.rules.base import compare_rules
from crosscheck.rules.numeric import LOWER, bound_side, precision_step, round_bound, scale

_Key = TypeVar("_Key", bound=Hashable)
Range = tuple[float, float]  # sizes (absolute values in the common base)

_SLACK = 1e-6  # beyond the float tolerances of the rules (``math.isclose``, 1e-9)
_WIDEST = 2.0**20  # a band wider than this ratio is read as none
INDEXED = 16
"""A list shorter than this is read whole: indexing it costs more than it saves."""


@dataclass(frozen=True, slots=True)
class Band:
    """The sizes a figure may agree with: ``core`` with any figure, ``loose`` (None for a
    round bound) with a figure that has a loose band too."""

    core: Range
    loose: Range | None


def agreement_band(claim: Claim, lang: str) -> Band | None:
    """The sizes of the figures ``numeric_rule`` may find ``claim``'s figure agrees with;
    None when it may agree with any (see the module's docstring)."""
    q = claim.value
    rules = compare_rules(lang)
    if q is None or q.vague or q.point is None or claim.event in rules.rounded_events:
        return None
    factor = scale(q, lang)
    size = abs(q.point * factor)
    tolerance = rules.relative_tolerance
    if not (math.isfinite(size) and size > 0 and factor > 0 and 0 <= tolerance < 1):
        return None
    down, up = _rounding(size, rules.about_tolerance)
    if bound_side(q) is not None:  # ``bound_met``: a bound reaches one step past itself
        step = precision_step(q.point) * factor
        if (bound_side(q) == LOWER) == (q.point > 0):
            up = max(up, step)  # "more than 40": 40 <= x < 50
        else:
            down = max(down, step)  # "nearly 1,400": 1,300 <= x <= 1,400
    if factor != 1:  # ``agree_by_rounding`` in two bases: within the tolerance
        down, up = max(down, size * tolerance), max(up, size * tolerance / (1 - tolerance))
    core = _range(size - down, size + up)
    if core is None:
        return None
    half = math.sqrt(1 - tolerance)  # two loose bands meet within the tolerance of each other
    loose = None if round_bound(q, lang) else _range(size * half, size / half)
    return Band(core=core, loose=loose)


def _rounding(size: float, about: float) -> tuple[float, float]:
    """How far below and above ``size`` a figure may stand that rounds to it (``rounds_to``):
    half its last digit's step, a whole step above when that is 1 (2,352.6 cut to 2,352);
    within ``about`` of it for a figure of one significant digit."""
    step = precision_step(size)
    if step > size / 10:
        return about * size, about * size
    return step / 2, (step if step == 1 else step / 2)


def meets(a: Band, b: Band) -> bool:
    """Whether two figures of these bands may agree: their cores meet, or their loose bands."""
    return _overlap(a.core, b.core) or (
        a.loose is not None and b.loose is not None and _overlap(a.loose, b.loose)
    )


def _overlap(a: Range, b: Range) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _range(low: float, high: float) -> Range | None:
    low, high = low * (1 - _SLACK), high * (1 + _SLACK)
    return (low, high) if low > 0 and high / low <= _WIDEST else None


@dataclass(frozen=True, slots=True)
class BandIndex:
    """A list of figures by band: positions by the power-of-two bins their core and their
    loose band cover, and the positions of the figures with no band."""

    bands: tuple[Band | None, ...]
    core_bins: Mapping[int, tuple[int, ...]]
    loose_bins: Mapping[int, tuple[int, ...]]
    unbanded: tuple[int, ...]


def band_index(claims: Sequence[Claim], lang: str) -> BandIndex:
    """The index of one list of figures (read once per story)."""
    bands = tuple(agreement_band(c, lang) for c in claims)
    return BandIndex(
        bands=bands,
        core_bins=_binned((p, b.core) for p, b in enumerate(bands) if b is not None),
        loose_bins=_binned((p, b.loose) for p, b in enumerate(bands) if b and b.loose),
        unbanded=tuple(p for p, band in enumerate(bands) if band is None),
    )


def candidates(index: BandIndex, band: Band | None) -> list[int]:
    """Positions, in the list's order, of the figures that may agree with a figure of this
    band: those whose core band meets its core, or whose loose band meets its loose band,
    and those with no band (all, when it has none)."""
    if band is None:
        return list(range(len(index.bands)))
    found = set(index.unbanded)
    found.update(_meeting(index.core_bins, index.bands, band.core, loose=False))
    if band.loose is not None:
        found.update(_meeting(index.loose_bins, index.bands, band.loose, loose=True))
    return sorted(found)


def band_indexes(figures: Mapping[_Key, list[Claim]], lang: str) -> dict[_Key, BandIndex]:
    """The index of every list of at least ``INDEXED`` figures, by the list's key."""
    return {k: band_index(claims, lang) for k, claims in figures.items() if len(claims) >= INDEXED}


def _binned(ranges: Iterable[tuple[int, Range]]) -> dict[int, tuple[int, ...]]:
    bins: dict[int, list[int]] = {}
    for position, found in ranges:
        for number in _bins(found):
            bins.setdefault(number, []).append(position)
    return {number: tuple(positions) for number, positions in bins.items()}


def _meeting(
    bins: Mapping[int, tuple[int, ...]], bands: Sequence[Band | None], wanted: Range, *, loose: bool
) -> set[int]:
    """Positions whose core (or loose) band meets ``wanted``."""
    found: set[int] = set()
    for number in _bins(wanted):
        for position in bins.get(number, ()):
            band = bands[position]
            got = None if band is None else (band.loose if loose else band.core)
            if got is not None and _overlap(got, wanted):
                found.add(position)
    return found


def _bins(found: Range) -> range:
    """The power-of-two bins a range covers: 2^(k-1) <= size < 2^k for each k."""
    return range(math.frexp(found[0])[1], math.frexp(found[1])[1] + 1)
