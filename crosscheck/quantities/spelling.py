"""Figures -> text: thousands separators (format_number) and words (spell_number)."""

from __future__ import annotations

import math
from decimal import Decimal

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.quantities.lexicons import _Spelling, _spelling


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


def spell_number(n: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """Write a whole number in words: 105 -> "one hundred and five".

    Args:
        n: A whole number below 10**15 in absolute value.
        lang: The language whose numbers.toml gives the words (default English).

    Returns:
        The number in British-style words ("and" after hundreds), "minus" for negatives.

    Raises:
        ValueError: when ``n`` is too large.
    """
    if abs(n) >= 10**15:
        raise ValueError(f"{n} is too large to spell")
    words = _spelling(lang)
    if n < 0:
        return f"{words.minus} {spell_number(-n, lang)}"
    if n == 0:
        return words.units[0]
    parts: list[str] = []
    rest = n
    for size, name in words.scales:
        if rest >= size:
            parts.append(f"{_spell_below_thousand(rest // size, words)} {name}")
            rest %= size
    if rest:
        below = _spell_below_thousand(rest, words)
        if parts and rest < 100:
            below = f"{words.conjunction} {below}"
        parts.append(below)
    return " ".join(parts)


def _spell_below_thousand(n: int, words: _Spelling) -> str:
    """1..999 in words."""
    hundreds, rest = divmod(n, 100)
    out = []
    if hundreds:
        out.append(f"{words.units[hundreds]} {words.hundred}")
    if rest:
        if rest < 20:
            said = words.units[rest]
        else:
            tens, unit = divmod(rest, 10)
            said = words.tens[tens] + (f"{words.hyphen}{words.units[unit]}" if unit else "")
        out.append((f"{words.conjunction} " if hundreds else "") + said)
    return " ".join(out)
