"""Figures -> text: thousands separators (format_number) and words (spell_number, from
numbers.toml's ``[spelling]``, read here by its one reader ``_spelling``)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from crosscheck.errors import LexiconError
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.lexicon import lexicon_path, load_lexicon, require
from crosscheck.quantities.lexicons import _number_table, _strings


@dataclass(frozen=True, slots=True, kw_only=True)
class _Spelling:
    """How whole numbers are written in words (numbers.toml [spelling] and its tables)."""

    units: tuple[str, ...]  # 0..19
    tens: tuple[str, ...]  # index 2..9 used
    hundred: str
    scales: tuple[tuple[int, str], ...]  # largest first, thousand and up
    conjunction: str
    hyphen: str
    minus: str


@cache
def _spelling(lang: str) -> _Spelling:
    """The words spell_number writes: the first word listed for each value in numbers.toml."""
    name = "numbers"
    data = load_lexicon(name, lang)
    table = require(data, "spelling", dict, name, lang=lang)
    by_value: dict[float, str] = {}
    for key in ("cardinals", "tens", "scales"):
        for word, value in _number_table(data, key, name, lang).items():
            by_value.setdefault(value, word)
    scale_words = _strings(table.get("scales"), "spelling.scales", name, lang)
    scales = _number_table(data, "scales", name, lang)
    if not all(w in scales for w in scale_words) or not all(v in by_value for v in range(20)):
        raise LexiconError("spelling needs 0..19 and known scales", path=lexicon_path(name, lang))
    return _Spelling(
        units=tuple(by_value[v] for v in range(20)),
        tens=("", "", *(by_value[10.0 * t] for t in range(2, 10))),
        hundred=by_value[100.0],
        scales=tuple(sorted(((int(scales[w]), w) for w in scale_words), reverse=True)),
        conjunction=require(table, "conjunction", str, name, lang=lang),
        hyphen=require(table, "hyphen", str, name, lang=lang),
        minus=require(table, "minus", str, name, lang=lang),
    )


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
