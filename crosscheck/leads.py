"""Regex -> the same regex with a first-character look-ahead (a faster scan, same matches).

``re`` tries a pattern at every position of the text. When the pattern opens with an
assertion (``\\b``, a look-behind) or a group, every try runs that opening; a look-ahead on
the set of characters any match can start with (its *lead set*) rejects most positions in
one class test. ``with_lead`` computes the lead set from the parsed pattern and returns the
pattern behind that look-ahead: the matches are identical (a match's first character is
always in the set; the look-ahead consumes nothing and leaves every group alone). A pattern
whose lead set cannot be bounded (it may start with any character, or match the empty
string) is returned unchanged.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["lead_class", "with_lead"]

_CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_SPACE: r"\s"}
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)


class _UnboundedError(Exception):
    """The pattern may start with any character (or with one this module does not read)."""


def with_lead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead on its lead set; itself when none can be found."""
    lead = lead_class(pattern.pattern, pattern.flags)
    if lead is None:
        return pattern
    return re.compile(f"(?={lead})(?:{pattern.pattern})", pattern.flags)


def lead_class(pattern: str, flags: int = 0) -> str | None:
    """A character class holding every character a match of ``pattern`` can start with."""
    try:
        items, nullable = _sequence(list(_parser.parse(pattern, flags)))
    except _UnboundedError:
        return None
    if nullable or not items:
        return None
    return "[" + "".join(sorted(items)) + "]"


def _sequence(ops: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """The lead items of a sequence, and whether the whole sequence can match empty."""
    items: set[str] = set()
    for op, av in ops:
        first, nullable = _one(op, av)
        items |= first
        if not nullable:
            return items, False
    return items, True


def _one(op: Any, av: Any) -> tuple[set[str], bool]:
    if op in _ZERO_WIDTH:
        return set(), True  # an assertion narrows the starts; ignoring it keeps a superset
    if op is c.LITERAL:
        return {_char(av)}, False
    if op is c.IN:
        return _charset(av), False
    if op is c.BRANCH:
        items: set[str] = set()
        nullable = False
        for alternative in av[1]:
            first, empty = _sequence(list(alternative))
            items |= first
            nullable = nullable or empty
        return items, nullable
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _UnboundedError  # inline flags would need the look-ahead to carry them
        return _sequence(list(sub))
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in _REPEATS:
        low, _high, sub = av
        first, empty = _sequence(list(sub))
        return first, empty or low == 0
    raise _UnboundedError


def _charset(items: list[tuple[Any, Any]]) -> set[str]:
    found: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            found.add(_char(av))
        elif op is c.RANGE:
            found.add(f"{_char(av[0])}-{_char(av[1])}")
        elif op is c.CATEGORY and av in _CATEGORIES:
            found.add(_CATEGORIES[av])
        else:
            raise _UnboundedError  # a negated set, \w, \W...
    return found


def _char(code: int) -> str:
    return f"\\U{code:08x}"
