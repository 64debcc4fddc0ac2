"""Regex -> the same regex behind a look-ahead on its first characters (same matches).

``re`` tries a pattern at every position of the text. When the pattern opens with an
assertion (``\\b``, a look-behind) or a group, every try runs that opening; a look-ahead on
the characters a match can start with (its *lead*) rejects most positions in one or two
class tests. ``with_lead`` reads the lead off the parsed pattern (the first characters, or
per first character the characters that may follow it: ``(?=a[bc]|d)``) and returns the
pattern behind that look-ahead. The matches are identical: every match starts with a lead (the
look-ahead allows a superset of them), and the look-ahead consumes nothing and leaves every
group alone. A pattern whose lead cannot be bounded (it may start with any character, or
match the empty string) is returned unchanged.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["lead_class", "lead_pattern", "with_lead"]

_CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_SPACE: r"\s"}
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_DEPTH = 2  # characters read: a second one rejects most word starts too
_MOST = 20_000  # prefixes kept at most while reading (a bound on the work, never reached)

# A prefix is a tuple of character-class bodies, one per character; shorter than _DEPTH
# only when the match can end there.
_Prefix = tuple[str, ...]


class _UnboundedError(Exception):
    """The pattern may start with any character (or with one this module does not read)."""


def with_lead(pattern: re.Pattern[str], *, pairs: bool = False, depth: int = 0) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead on its lead; itself when none can be found.

    The look-ahead tests the first character (one class test per position), or with
    ``pairs`` the first two (a branch per first character: dearer per position, so worth it
    only before a pattern whose every try is dear, such as a large alternation), or with
    ``depth`` the first ``depth`` characters (a trie of them: worth it before a pattern
    whose common openings, such as "the " before a date, rarely go on to a match).
    """
    if depth:
        lead = lead_pattern(pattern.pattern, pattern.flags, depth)
    else:
        lead = (lead_pattern if pairs else lead_class)(pattern.pattern, pattern.flags)
    if lead is None:
        return pattern
    return re.compile(f"(?={lead})(?:{pattern.pattern})", pattern.flags)


def lead_pattern(pattern: str, flags: int = 0, depth: int = _DEPTH) -> str | None:
    """A pattern matching the first ``depth`` characters (two unless given) of every match
    of ``pattern`` (all of a shorter match); None when there is none short of "any
    character". It is a trie: one branch per first character, then per next one."""
    prefixes = _prefixes(pattern, flags, depth)
    if prefixes is None:
        return None
    return _trie(prefixes)


def _trie(prefixes: set[_Prefix]) -> str:
    """A pattern matching exactly the given prefixes, as a branch per first character (the
    last characters of a branch merged into one class)."""
    following: dict[str, set[_Prefix] | None] = {}
    for prefix in prefixes:
        rest = following.setdefault(prefix[0], set())
        if len(prefix) == 1:
            following[prefix[0]] = None  # the match may end after its first character
        elif rest is not None:
            rest.add(prefix[1:])
    branches: list[str] = []
    for first, rests in sorted(following.items()):
        if rests is None:
            branches.append(f"[{first}]")
        elif all(len(r) == 1 for r in rests):
            branches.append(f"[{first}][" + "".join(sorted(r[0] for r in rests)) + "]")
        else:
            branches.append(f"[{first}]" + _trie(rests))
    return "(?:" + "|".join(branches) + ")"


def lead_class(pattern: str, flags: int = 0) -> str | None:
    """A character class holding every character a match of ``pattern`` can start with."""
    prefixes = _prefixes(pattern, flags, 1)
    if prefixes is None:
        return None
    return "[" + "".join(sorted({p[0] for p in prefixes})) + "]"


def _prefixes(pattern: str, flags: int, depth: int) -> set[_Prefix] | None:
    try:
        found = _sequence(list(_parser.parse(pattern, flags)), depth)
    except _UnboundedError:
        return None
    if not found or any(not p for p in found):
        return None  # no match at all, or an empty one
    return found


def _join(heads: set[_Prefix], tails: set[_Prefix], depth: int) -> set[_Prefix]:
    out = {h for h in heads if len(h) >= depth}
    for h in heads:
        if len(h) < depth:
            out.update((h + t)[:depth] for t in tails)
    if len(out) > _MOST:
        raise _UnboundedError
    return out


def _sequence(ops: list[tuple[Any, Any]], depth: int) -> set[_Prefix]:
    found: set[_Prefix] = {()}
    for op, av in ops:
        if all(len(p) >= depth for p in found):
            break
        found = _join(found, _one(op, av, depth), depth)
    return found


def _one(op: Any, av: Any, depth: int) -> set[_Prefix]:
    if op in _ZERO_WIDTH:
        return {()}  # an assertion narrows the matches; ignoring it keeps a superset
    if op is c.LITERAL:
        return {(_char(av),)}
    if op is c.IN:
        return {(_charset(av),)}
    if op is c.BRANCH:
        either: set[_Prefix] = set()
        for alternative in av[1]:
            either |= _sequence(list(alternative), depth)
        return either
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _UnboundedError  # inline flags would need the look-ahead to carry them
        return _sequence(list(sub), depth)
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av), depth)
    if op in _REPEATS:
        low, high, sub = av
        one = _sequence(list(sub), depth)
        found: set[_Prefix] = {()} if low == 0 else set()
        reps: set[_Prefix] = {()}  # the prefixes of ``count`` repetitions
        count = 0
        while count < high:
            count += 1
            grown = _join(reps, one, depth)
            if grown == reps:  # a fixed point: every further count gives the same
                return found | grown
            if count >= low:
                found |= grown
            reps = grown
        return found
    raise _UnboundedError


def _charset(items: list[tuple[Any, Any]]) -> str:
    found: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            found.append(_char(av))
        elif op is c.RANGE:
            found.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is c.CATEGORY and av in _CATEGORIES:
            found.append(_CATEGORIES[av])
        else:
            raise _UnboundedError  # a negated set, \w, \W...
    return "".join(found)


def _char(code: int) -> str:
    return f"\\U{code:08x}"
