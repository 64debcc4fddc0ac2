"""Whole-word cue phrases found regardless of case, fast: a compiled list of phrases."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from crosscheck.text.leads import with_lead

OTHER_CASES: Final = ("\u0131", "\u017f")
"""The characters other than an ASCII letter's two cases that ``re.IGNORECASE`` matches to
one ("\u0131" to "i", "\u017f" to "s"; "\u0130" lowers to two characters, caught by the
length, and "\u212a" lowers to "k"): a text holding neither, whose lower case has its
length, matches an ASCII pattern case-insensitively where its lower case matches it
case-sensitively (every code point checked against the ASCII letters, digits, "(", ")" and
"-")."""


class Cues:
    """Whole-word cue phrases, matched regardless of case.

    The pattern runs case-sensitively on ``text.lower()``, where Python's regular
    expressions skip alternatives by their first letter (several times faster than
    ``re.IGNORECASE``); text whose lower case has another length is matched with
    ``re.IGNORECASE`` directly.
    """

    __slots__ = ("exact", "folded")

    def __init__(self, phrases: Iterable[str]) -> None:
        ordered = sorted({p.casefold() for p in phrases}, key=len, reverse=True)
        body = "|".join(re.escape(p) for p in ordered)
        source = rf"(?<!\w)(?:{body})(?!\w)"
        self.exact = with_lead(re.compile(source))  # same matches, fewer tries
        self.folded = with_lead(re.compile(source, re.IGNORECASE))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the cues are in ``text``."""
        lower = text.lower()
        if len(lower) != len(text):
            return [m.span() for m in self.folded.finditer(text)]
        return [m.span() for m in self.exact.finditer(lower)]

    def found(self, text: str) -> bool:
        """Whether ``text`` holds a cue."""
        lower = text.lower()
        if len(lower) != len(text):
            return self.folded.search(text) is not None
        return self.exact.search(lower) is not None

    def count(self, text: str) -> int:
        """How many cues ``text`` holds."""
        lower = text.lower()
        if len(lower) != len(text):
            return len(self.folded.findall(text))
        return len(self.exact.findall(lower))
