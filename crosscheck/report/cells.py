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

The C1 controls (U+0080-U+009F) and the bidi embeddings, overrides and isolates
(U+202A-U+202E, U+2066-U+2069) have no picture: they are written ``\u0092``, ``\u202e``, as
the terminal, HTML and JSON reports show them. A C1 control is mostly mojibake (a
Windows-1252 apostrophe "\x92" read as Latin-1), but U+009B is a CSI and U+0085 a line end to
some terminals and editors, and a spreadsheet shows it as a box or nothing. A raw bidi control
turns the rest of its cell around in a spreadsheet (a quoted "1,200" reads "002,1") and the
rest of the line in a terminal or a text editor showing the CSV. A backslash run that would
read as such an escape is doubled, so :func:`unescape_cell` restores every text exactly.
"""

from __future__ import annotations

import re
from typing import Final

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CONTROLS = "".join(chr(c) for c in (*range(0x20), 0x7F) if chr(c) not in "\t\n\r")
_PICTURES = "".join(chr(0x2400 + ord(c)) if c != "\x7f" else "\u2421" for c in _CONTROLS)
_INERT = str.maketrans(_CONTROLS, _PICTURES)
_RESTORED = str.maketrans(_PICTURES, _CONTROLS)
# written as a \uXXXX escape (no picture exists): C1 controls, bidi embeddings, overrides, isolates
_ESCAPED_CHARS = "\x80-\x9f\u202a-\u202e\u2066-\u2069"
_ESCAPED_HEX = "(?:00[89][0-9a-fA-F]|202[a-eA-E]|206[6-9])"
_ESCAPABLE: Final = re.compile(rf"\\+(?=[{_ESCAPED_CHARS}]|u{_ESCAPED_HEX})|[{_ESCAPED_CHARS}]")
_ESCAPE_READ: Final = re.compile(rf"(\\+)u({_ESCAPED_HEX})")


class Figure(str):
    """A number we formatted ourselves ("-2", "1.5"): a cell that needs no formula guard."""

    __slots__ = ()


def escape_cell(text: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula and the control characters a
    terminal would run (both reversible)."""
    if isinstance(text, Figure):
        return str(text)
    text = text.translate(_INERT)
    if _ESCAPABLE.search(text):
        text = _ESCAPABLE.sub(_escape, text)
    if text.lstrip("'").startswith(FORMULA_START):
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    """Undo :func:`escape_cell`."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_START):
        text = text[1:]
    if "\\" in text:
        text = _ESCAPE_READ.sub(_restore, text)
    return text.translate(_RESTORED)


def _escape(match: re.Match[str]) -> str:
    found = match.group()
    return found * 2 if found[0] == "\\" else f"\\u{ord(found):04x}"


def _restore(match: re.Match[str]) -> str:
    slashes, code = match.groups()
    if len(slashes) % 2:  # the last backslash opens an escape
        return slashes[: len(slashes) // 2] + chr(int(code, 16))
    return slashes[: len(slashes) // 2] + "u" + code


def value_cell(text: str) -> str:
    """A normalised value as a report cell: an exact value is the bare number ("2000").

    The notation of :func:`crosscheck.model.interval_text` writes an exact value "= 2000",
    which the formula guard would have to escape ("'= 2000"); every other form ("> 1200",
    "[1300, 1400)", ">= 55") starts with a character no spreadsheet runs. Files written
    before this change hold "'= 2000" and still read back (as "= 2000").
    """
    return text[2:] if text.startswith("= ") else text
