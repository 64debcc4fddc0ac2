"""Statement times: a time a figure takes from before it -> that time read as "as of" when
it dates the statement that reports the figure.

"The United Nations said Thursday that 92,000 people have been killed": Thursday is the
day of the saying, so the count is the one known as of Thursday, not a count of deaths on
Thursday. The reporting verbs are ``claims.toml``'s ``statement_verbs``; a day may follow
them with "on" ("said on Friday that").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from crosscheck.lexicon import load_lexicon, lower_words
from crosscheck.model import TimeRef
from crosscheck.text.words import Token

AS_OF = "as of"


@cache
def _statement_verbs() -> frozenset[str]:
    return lower_words(load_lexicon("claims"), "statement_verbs", "claims")


@cache
def _day_links() -> frozenset[str]:
    return lower_words(load_lexicon("claims"), "statement_day_links", "claims")


def statement_time(time: TimeRef, before: Sequence[Token]) -> TimeRef:
    """``time`` with the scope "as of" when the tokens ``before`` it end in a reporting verb
    (and a link such as "on"): the day a statement was made; else ``time`` unchanged."""
    if time.modifier is not None and time.modifier not in _day_links():
        return time
    words = list(before)
    if words and words[-1].lower in _day_links():
        words.pop()
    if not words or words[-1].lower not in _statement_verbs():
        return time
    return replace(time, modifier=AS_OF)
