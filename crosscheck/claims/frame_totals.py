"""Totals told after their noun: the tokens before a figure -> what a "totaling" figure sums.

"three grants totaling $40 million", "the damage, which totals $3 billion", "Chinese
imports to the U.S. totaled $539 billion": the figure follows a total link
(``links`` of ``[total]`` in ``lexicon/en/events.toml``), perhaps after a relative word
(``relatives``) and a comma (``breaks``), and sums the noun phrase before it.
One prepositional phrase of a name after that noun (``hop_prepositions``: "imports
[to the U.S.]") is skipped, so the noun that is summed, not the place or body after it, is
what.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.claims.frame_words import canonical, frame_words, noun_phrase_back
from crosscheck.lexicon import LowerWords, table_settings
from crosscheck.text.words import Token

# How many words a skipped prepositional phrase may have ("to [the U.S.]").
HOP_WORDS = 4


@dataclass(frozen=True, slots=True, kw_only=True)
class _TotalWords:
    """``events.toml``'s ``[total]`` table."""

    links: LowerWords
    relatives: LowerWords
    breaks: LowerWords
    hop_prepositions: LowerWords


@cache
def _total_words(lang: str) -> _TotalWords:
    return table_settings(_TotalWords, "events", "total", lang=lang)


def total_what(before: Sequence[Token], lang: str) -> str | None:
    """What a figure right after a total link sums ("grant" of "three grants totaling $40
    million"); None when no total link stands right before the figure (bound words aside)
    or no noun phrase stands before the link."""
    tw = _total_words(lang)
    fillers = frame_words(lang).fillers
    i = len(before)
    while i > 0 and before[i - 1].lower in fillers and before[i - 1].lower not in tw.links:
        i -= 1  # "totaling [about] $85 billion", "totaling [nearly] $200 million"
    if i == 0 or before[i - 1].lower not in tw.links:
        return None
    i -= 1
    if i > 0 and before[i - 1].lower in tw.relatives:
        i -= 1  # "which total"
    if i > 0 and before[i - 1].text in tw.breaks:
        i -= 1  # "the damage, which totals"
    phrase = noun_phrase_back(before[:i], lang)
    start = i - len(phrase)
    hop = _hop_start(before, start, lang)
    if hop is not None:
        phrase = noun_phrase_back(before[:hop], lang) or phrase
    numbers = frame_words(lang).number_words
    counted = [k for k, t in enumerate(phrase) if t.is_number or t.lower in numbers]
    if counted:
        phrase = phrase[counted[-1] + 1 :]  # "awarded three [grants] totaling": the grants
    return canonical(phrase, lang) or None


def _hop_start(before: Sequence[Token], start: int, lang: str) -> int | None:
    """Where a short prepositional phrase of a name ending at ``start`` begins ("imports
    [to the] U.S."), when one does; None otherwise ("damages [for] repairs": the repairs)."""
    tw = _total_words(lang)
    determiners = frame_words(lang).place_determiners
    for k in range(start - 1, max(-1, start - 1 - HOP_WORDS), -1):
        token = before[k]
        if token.lower in tw.hop_prepositions:
            words = [t for t in before[k + 1 : start] if t.lower not in determiners]
            named = all(t.text[:1].isupper() for t in words if t.is_word)
            return k if named and start > k + 1 and k > 0 and before[k - 1].is_word else None
        if not token.is_word:
            return None
    return None
