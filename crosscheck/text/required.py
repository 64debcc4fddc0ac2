"""Regex -> a plain word every match of it holds: a test that a text cannot match, without a pass.

``required_word`` reads the parsed pattern and returns the longest run of ASCII letters and
digits written as plain characters one after another in the pattern's own sequence (or
inside the one group that is all of it), lower-cased: "caption" for
``(?i:\\bhide caption \\d{1,4} of \\d{1,4}\\b)``. Each of those characters is matched by
exactly one character of any match, in that order, with nothing between them, so every match
holds the run. Under ``re.IGNORECASE`` an ASCII letter also matches a few non-ASCII
characters ("\\u0131" for "i", "\\u017f" for "s", "\\u212a" for "k"); ``may_match`` therefore
answers from the word only for an ASCII text, where case-insensitive matching of an ASCII
character is equality of lower case: a text without the word cannot hold a match, and the
pass over it is not made. A non-ASCII text, or a pattern without such a run, is always
scanned.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from types import ModuleType
from typing import Any

__all__ = ["may_match", "required_word"]


@cache
def _regex_internals() -> tuple[ModuleType, ModuleType] | None:
    """The standard library's regex parser and its constants (``re._parser``, private since
    Python 3.11); None on a Python without them, where every text is scanned (slower, the
    same result)."""
    try:
        return importlib.import_module("re._parser"), importlib.import_module("re._constants")
    except ImportError:
        return None


@cache
def required_word(pattern: re.Pattern[str]) -> str | None:
    """The longest plain run of ASCII letters and digits every match holds, lower-cased;
    None when the pattern has none (an alternation at its top, say). Read once per pattern."""
    modules = _regex_internals()
    if modules is None:
        return None
    parser, c = modules
    ops: list[Any] = list(parser.parse(pattern.pattern, pattern.flags))
    while len(ops) == 1 and ops[0][0] is c.SUBPATTERN:
        ops = list(ops[0][1][3])  # (group, add flags, del flags, body): the body
    best = run = ""
    for op, av in ops:
        char = chr(av) if op is c.LITERAL else ""
        if char.isascii() and char.isalnum():
            run += char
            best = max(best, run, key=len)
        else:
            run = ""
    return best.lower() or None


def may_match(word: str | None, text: str, lowered: str | None = None) -> bool:
    """False only when ``text`` cannot hold a match of the pattern whose ``required_word`` is
    ``word`` (an ASCII text without it, in any case). ``lowered`` is ``text.lower()`` when
    the caller has it already (one text tested for several patterns lowers it once)."""
    if word is None or not text.isascii():
        return True
    return word in (text.lower() if lowered is None else lowered)
