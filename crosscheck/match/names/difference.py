"""Two spellings of one name -> what differs between them (said in a name.variant row).

The same words in another order; the name without its last word; one name transliterated two
ways; one letter added, lost, changed or two swapped; or else some other spelling
(``records.Difference``).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import DamerauLevenshtein

from crosscheck.match.names.spellings import (
    fold_name,
    same_given_name,
    skeleton,
    swap_around,
    vowel_letters,
)
from crosscheck.names.records import Difference


def name_words(value: str) -> list[str]:
    """The words of a spelling, split at spaces and hyphens."""
    return [w for w in re.split(r"[\s\-\u2010\u2011]+", value) if w]


def difference(a: str, b: str, lang: str) -> Difference:
    """What differs between two spellings of one name.

    The same words in another order; the name without its last words ("Kim Jong" / "Kim
    Jong Un"); one name transliterated two ways (the same skeleton,
    or given names listed as one); one letter added, lost, changed or two swapped; or else
    some other spelling. Transliteration and vowels are read in language ``lang``.
    """
    words_a, words_b = [fold_name(w) for w in name_words(a)], [fold_name(w) for w in name_words(b)]
    if len(words_a) > 1 and sorted(words_a) == sorted(words_b) and words_a != words_b:
        return Difference.ORDER
    if len(words_a) != len(words_b):
        shorter, longer = sorted((words_a, words_b), key=len)
        return Difference.CUT if longer[: len(shorter)] == shorter else Difference.SPELLING
    differing = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
    if not differing:
        return Difference.SPELLING
    letters = sum(DamerauLevenshtein.distance(x, y) for x, y in differing)
    if letters == 1 and not _same_but_doubling(*differing[0], lang):
        return _one_letter(*differing[0])
    if len(differing) == 1 and _swapped_apart(*differing[0]):
        return Difference.SWAPPED  # "Zahef" / "Zehaf"
    if all(
        skeleton(x, lang) == skeleton(y, lang) or same_given_name(x, y, lang) for x, y in differing
    ):
        return Difference.TRANSLITERATION
    return _one_letter(*differing[0]) if letters == 1 else Difference.SPELLING


def _one_letter(x: str, y: str) -> Difference:
    """Two letters swapped, or one letter added, lost or changed."""
    swapped = len(x) == len(y) and sum(1 for a, b in zip(x, y, strict=True) if a != b) == 2
    return Difference.SWAPPED if swapped else Difference.LETTER


def _swapped_apart(x: str, y: str) -> bool:
    """Two letters one apart swapped around the letter between them ("zahef" / "zehaf")."""
    if len(x) != len(y):
        return False
    apart = [i for i, (a, b) in enumerate(zip(x, y, strict=True)) if a != b]
    if len(apart) != 2 or apart[1] - apart[0] != 2:
        return False
    return swap_around(x, apart[0]) == y


def _same_but_doubling(x: str, y: str, lang: str) -> bool:
    """Whether two words differ by one transliteration letter, not a lost doubled letter."""
    shorter, longer = sorted((x, y), key=len)
    if len(shorter) == len(longer):
        return skeleton(x, lang) == skeleton(y, lang)  # "Sergey" / "Sergei"
    index = next((i for i in range(len(shorter)) if shorter[i] != longer[i]), len(shorter))
    doubled = index > 0 and longer[index] == longer[index - 1]
    if doubled and longer[index] in vowel_letters(lang):
        return True  # a long vowel: "Shabaab" / "Shabab"
    return not doubled and skeleton(x, lang) == skeleton(y, lang)  # "Zelenskiy" / "Zelensky"
