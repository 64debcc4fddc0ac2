"""A figure before "times" that multiplies ("2.92 times more likely", "nine times as many
doors", "several times the size of Trump's", "7 1/2 times that of Barrett"): a ratio, no count
of occasions ("shot three times", "three times in a week", "eight times as the man ran",
"the six times the FBI has looked").

The words are claims.toml's ``[multipliers]``."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import load_lexicon, lower_words, require
from crosscheck.text.words import Token


@dataclass(frozen=True, slots=True)
class _Multipliers:
    nouns: frozenset[str]
    comparatives: frozenset[str]
    as_word: str
    as_before: frozenset[str]
    the_word: str
    the_not_before: frozenset[str]
    that_of: tuple[str, str]


@cache
def _multipliers(lang: str) -> _Multipliers:
    table = require(load_lexicon("claims", lang), "multipliers", dict, "claims", lang=lang)

    def words(key: str) -> frozenset[str]:
        return lower_words(table, key, "claims", lang=lang)

    that_of = require(table, "that_of", list, "claims", lang=lang)
    return _Multipliers(
        nouns=words("nouns"),
        comparatives=words("comparatives"),
        as_word=str(require(table, "as_word", str, "claims", lang=lang)),
        as_before=words("as_before"),
        the_word=str(require(table, "the_word", str, "claims", lang=lang)),
        the_not_before=words("the_not_before"),
        that_of=(str(that_of[0]), str(that_of[1])),
    )


def is_multiplier(subject: Sequence[Token], after: Sequence[Token], lang: str) -> bool:
    """Whether a figure whose noun is ``subject`` (one of ``after``, the tokens after the
    figure) multiplies: its noun is "times" and a comparative follows ("more", "larger"),
    or "as" before a word of degree ("as likely", "as many"; not "as the man ran"), or "the"
    before a lower-case word that is no time word ("the size"; not "the next day", "the FBI
    has looked"), or "that of"."""
    table = _multipliers(lang)
    if len(subject) != 1 or subject[0].lower not in table.nouns:
        return False
    index = bisect_left(after, subject[0].end, key=_start)
    if index >= len(after) or not after[index].is_word:
        return False
    word = after[index].lower
    nxt = after[index + 1].lower if index + 1 < len(after) and after[index + 1].is_word else ""
    if word in table.comparatives:
        return True
    if word == table.as_word:
        return nxt in table.as_before
    if word == table.the_word:
        following = after[index + 1].text if index + 1 < len(after) else ""
        return following[:1].islower() and nxt not in table.the_not_before
    return (word, nxt) == table.that_of


def _start(token: Token) -> int:
    return token.start
