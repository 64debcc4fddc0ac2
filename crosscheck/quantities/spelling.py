"""Figures -> text: thousands separators (format_number) and words (spell_number)."""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Final


def format_number(x: float) -> str:
    """Write a figure with thousands separators: 1200 -> "1,200", -3.5 -> "-3.5".

    Args:
        x: A finite number.

    Returns:
        Digits that ``parse_number`` reads back as exactly ``x``.

    Raises:
        ValueError: when ``x`` is infinite or not a number.
    """
    if not math.isfinite(x):
        raise ValueError(f"cannot write {x!r} as a figure")
    if float(x).is_integer():
        whole, frac = format(Decimal(int(x)), "f"), ""
    else:
        plain = format(Decimal(repr(float(x))), "f")
        whole, _, frac = plain.partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    grouped = f"{int(digits):,}" if len(digits) <= 4000 else digits
    return f"{sign}{grouped}" + (f".{frac}" if frac else "")


# fmt: off
_SPELL_UNITS: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)
_SPELL_TENS: Final = (
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
)
# fmt: on
_SPELL_SCALES: Final = (
    (10**12, "trillion"),
    (10**9, "billion"),
    (10**6, "million"),
    (1000, "thousand"),
)


def spell_number(n: int) -> str:
    """Write a whole number in words: 105 -> "one hundred and five".

    Args:
        n: A whole number below 10**15 in absolute value.

    Returns:
        The number in British-style words ("and" after hundreds), "minus" for negatives.

    Raises:
        ValueError: when ``n`` is too large.
    """
    if abs(n) >= 10**15:
        raise ValueError(f"{n} is too large to spell")
    if n < 0:
        return "minus " + spell_number(-n)
    if n == 0:
        return "zero"
    parts: list[str] = []
    rest = n
    for size, name in _SPELL_SCALES:
        if rest >= size:
            parts.append(f"{_spell_below_thousand(rest // size)} {name}")
            rest %= size
    if rest:
        below = _spell_below_thousand(rest)
        if parts and rest < 100:
            below = "and " + below
        parts.append(below)
    return " ".join(parts)


def _spell_below_thousand(n: int) -> str:
    """1..999 in words."""
    hundreds, rest = divmod(n, 100)
    out = []
    if hundreds:
        out.append(f"{_SPELL_UNITS[hundreds]} hundred")
    if rest:
        if rest < 20:
            words = _SPELL_UNITS[rest]
        else:
            tens, unit = divmod(rest, 10)
            words = _SPELL_TENS[tens] + (f"-{_SPELL_UNITS[unit]}" if unit else "")
        out.append(("and " if hundreds else "") + words)
    return " ".join(out)
