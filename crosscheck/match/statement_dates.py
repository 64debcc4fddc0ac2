"""Dates of statements told by a noun: a date claim -> whether a statement noun dates it.

A date next to a speech verb dates the statement (date_descriptors.is_statement_date: "Sessions
announced on April 8"); a date next to a statement noun does as well ("Sessions's
announcement this spring", "in a statement Tuesday", "Tuesday's announcement"): the noun
names the act of saying, and its date pairs with another statement's date, never with the
date of the act the statement speaks of. The nouns are ``statement_nouns`` of
date_events.toml's ``[statements]``.
"""

from __future__ import annotations

import re
from functools import cache

from crosscheck.lexicon import load_lexicon, lower_words, require
from crosscheck.model import Claim

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_POSSESSIVE = ("'s", "\u2019s")


@cache
def statement_nouns() -> frozenset[str]:
    """The ``statement_nouns`` of date_events.toml's ``[statements]``."""
    table = require(load_lexicon("date_events"), "statements", dict, "date_events")
    return lower_words(table, "statement_nouns", "date_events")


def beside_statement_noun(claim: Claim) -> bool:
    """Whether a statement noun stands right before a date ("announcement this spring",
    "a statement Tuesday") or right after it, past a possessive ending ("a Monday statement",
    "Tuesday's announcement")."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    before = _WORD.findall(claim.sentence[:at])
    tail = claim.sentence[end:]
    after = _WORD.findall(tail[2:] if tail.startswith(_POSSESSIVE) else tail)
    nouns = statement_nouns()
    if before and _fold(before[-1]) in nouns:
        return True
    return bool(after) and _fold(after[0]) in nouns


def _fold(word: str) -> str:
    return word.lower().replace("\u2019", "'")
