"""CSV cells: text <-> spreadsheet-safe cell text, both ways (writers and the review reader).

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is prefixed
with an apostrophe, so a spreadsheet shows it as text instead of running it as a formula;
:func:`unescape_cell` restores the original. A figure we format ourselves
(:class:`Figure`, such as "-2" in ``low``) is a number a spreadsheet reads as that number,
never a formula: it is not escaped.

Control characters (C0 but tab, newline and carriage return, and DEL), which only a broken
or hostile file puts in an article, an outlet or a note, are written as their pictures
("\u241b" for ESC, "\u2407" for BEL, one character each, so a quote keeps its length): a
spreadsheet or ``cat`` of a report shows them instead of running them as terminal sequences;
:func:`unescape_cell` restores them too. (A picture written in an article would read back
as its control: no news text has one.)
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CONTROLS = "".join(chr(c) for c in (*range(0x20), 0x7F) if chr(c) not in "\t\n\r")
_PICTURES = "".join(chr(0x2400 + ord(c)) if c != "\x7f" else "\u2421" for c in _CONTROLS)
_INERT = str.maketrans(_CONTROLS, _PICTURES)
_RESTORED = str.maketrans(_PICTURES, _CONTROLS)


class Figure(str):
    """A number we formatted ourselves ("-2", "1.5"): a cell that needs no formula guard."""

    __slots__ = ()


def escape_cell(text: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula and the control characters a
    terminal would run (both reversible)."""
    if isinstance(text, Figure):
        return str(text)
    text = text.translate(_INERT)
    if text.lstrip("'").startswith(FORMULA_START):
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    """Undo :func:`escape_cell`."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_START):
        text = text[1:]
    return text.translate(_RESTORED)


def value_cell(text: str) -> str:
    """A normalised value as a report cell: an exact value is the bare number ("2000").

    The notation of :func:`crosscheck.model.interval_text` writes an exact value "= 2000",
    which the formula guard would have to escape ("'= 2000"); every other form ("> 1200",
    "[1300, 1400)", ">= 55") starts with a character no spreadsheet runs. Files written
    before this change hold "'= 2000" and still read back (as "= 2000").
    """
    return text[2:] if text.startswith("= ") else text
