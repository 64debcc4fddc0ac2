"""CSV cells: text <-> spreadsheet-safe cell text, both ways (writers and the review reader).

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is prefixed
with an apostrophe, so a spreadsheet shows it as text instead of running it as a formula;
:func:`unescape_cell` restores the original. A figure we format ourselves
(:class:`Figure`, such as "-2" in ``low``) is a number a spreadsheet reads as that number,
never a formula: it is not escaped.
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class Figure(str):
    """A number we formatted ourselves ("-2", "1.5"): a cell that needs no formula guard."""

    __slots__ = ()


def escape_cell(text: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula (reversible)."""
    if isinstance(text, Figure):
        return str(text)
    if text.lstrip("'").startswith(FORMULA_START):
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    """Undo :func:`escape_cell`."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_START):
        return text[1:]
    return text


def value_cell(text: str) -> str:
    """A normalised value as a report cell: an exact value is the bare number ("2000").

    The notation of :func:`crosscheck.model.interval_text` writes an exact value "= 2000",
    which the formula guard would have to escape ("'= 2000"); every other form ("> 1200",
    "[1300, 1400)", ">= 55") starts with a character no spreadsheet runs. Files written
    before this change hold "'= 2000" and still read back (as "= 2000").
    """
    return text[2:] if text.startswith("= ") else text
