"""One slip that joins two names the general rules of ``entities`` keep apart.

``slipped_places``: a place's name of several words with one word misspelt ("Loudon
County" / "Loudoun County"). Places join on their words (``entities``); this
adds the slip that persons and bodies already join on: two names of one number of words,
two words at least, all words alike but one, which is the other with one letter lost
inside it (not the first or the last letter: "Clark" / "Clarke", "Green" / "Greene" are
other places) or with two neighbouring letters swapped, the first kept; the shorter word
of ``place_min_length`` letters at least. A changed letter is another place more often
than a slip ("North Carolina" / "South Carolina"), and one-word places are left to the
counts of ``misspelling``.

``short_given_slip``: a short given name with an "h" lost inside it ("Jon" / "John
Tester"). ``entities`` joins given names one vowel or "h" apart only from
``given_slip_min_length`` letters, since two people of one family often have names that
close ("Jon" / "Joan"); an "h" alone names no other person.

Both read ``[slip_joins]`` in the story's language's ``names.toml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import combinations

from crosscheck.lexicon import table_settings
from crosscheck.match.names.spellings import lost_inside, swapped_once
from crosscheck.names.lexicon import NAMES_LEXICON

_BLANK = "\x00"  # the differing word's place in a key's words


@dataclass(frozen=True, slots=True, kw_only=True)
class _SlipRules:
    place_min_length: int
    short_given_letters: str
    short_given_min_length: int


@cache
def _rules(lang: str) -> _SlipRules:
    return table_settings(_SlipRules, NAMES_LEXICON, "slip_joins", lang=lang)


def word_slip(a: str, b: str, min_length: int) -> bool:
    """Two folded words one slip apart: a letter lost inside, or two neighbours swapped."""
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) < min_length or not (shorter.isalpha() and longer.isalpha()):
        return False
    return lost_inside(longer, shorter) or swapped_once(a, b)


def slipped_places(keys: Sequence[str], lang: str) -> list[tuple[int, int]]:
    """The pairs of indices (in order) of place keys (folded words joined by spaces) that
    name one place with one word misspelt (see the module docstring).

    Keys are bucketed by their words with one word blanked, so only keys alike but for one
    word are compared, never every pair.
    """
    minimum = _rules(lang).place_min_length
    split = [key.split(" ") for key in keys]
    buckets: dict[tuple[str, ...], list[int]] = {}
    for index, words in enumerate(split):
        if len(words) < 2:
            continue
        for at in range(len(words)):
            blanked = (*words[:at], _BLANK, *words[at + 1 :])
            buckets.setdefault(blanked, []).append(index)
    found: set[tuple[int, int]] = set()
    for blanked, indices in buckets.items():
        at = blanked.index(_BLANK)
        for i, j in combinations(indices, 2):
            if word_slip(split[i][at], split[j][at], minimum):
                found.add((i, j))
    return sorted(found)


def short_given_slip(shorter: str, longer: str, lang: str) -> bool:
    """Two folded given names, the shorter one of ``short_given_letters`` ("h") lost inside
    the longer: "jon" / "john"; not "jon" / "joan", "dan" / "dean" (a vowel)."""
    rules = _rules(lang)
    return len(shorter) >= rules.short_given_min_length and lost_inside(
        longer, shorter, rules.short_given_letters
    )
