"""A vague plural of a power of ten read loosely upward: "thousands of pages" is literally
true of 43,000 pages. See ``loosely_met``; the bounds are ``scale_plural_least`` and
``scale_plural_reach`` of ``lexicon/common/compare.toml``.
"""

from __future__ import annotations

import math
from functools import cache

from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import Quantity, Unit

_COUNTED = (Unit.COUNT, Unit.MONEY)


@cache
def _bounds(lang: str) -> tuple[float, float]:
    """(least scale plural, reach) of ``[numeric]`` in ``compare.toml``."""
    numeric = require(load_lexicon("compare", lang), "numeric", dict, "compare", lang=lang)
    least = float(require(numeric, "scale_plural_least", int, "compare", lang=lang))
    return least, float(require(numeric, "scale_plural_reach", float, "compare", lang=lang))


def loose_top(q: Quantity, lang: str) -> float | None:
    """The highest figure a vague plural of a power of ten ("thousands": [2,000, 9,999])
    loosely covers (99,999 at a reach of 10), or None for any other figure."""
    least, reach = _bounds(lang)
    if not q.vague or q.unit not in _COUNTED or q.low is None or q.high is None:
        return None
    if q.low < least:
        return None
    step = q.low / 2
    power = 10 ** round(math.log10(step))
    if not math.isclose(step, power) or not math.isclose(q.high, 10 * step - 1):
        return None
    return reach * (q.high + 1) - 1


def loosely_met_either(a: Quantity, b: Quantity, lang: str) -> bool:
    """Whether either figure is a vague plural that loosely covers the other (``loosely_met``
    one way or the other)."""
    return loosely_met(a, b, lang) or loosely_met(b, a, lang)


def loosely_met(vague: Quantity, exact: Quantity, lang: str) -> bool:
    """Whether ``exact`` (not vague) cites a figure of the same unit above ``vague``'s range
    that the vague plural still covers when read loosely ("thousands" and "roughly 43,000")."""
    top = loose_top(vague, lang)
    point = exact.point
    if top is None or point is None or exact.vague or vague.high is None:
        return False
    if (exact.unit, exact.dimension) != (vague.unit, vague.dimension):
        return False
    return vague.high < point <= top
