"""Clauses of dates that other readers miss: a date's clause tokens -> whether, or which
event, it dates.

- A statement told by a pronoun ("he said Tuesday", "she on Monday told"): the date dates
  the statement as it does one told by a name (date_keys.dates_statement).

Words from the ``[date_clauses]`` table of time.toml; no English in code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from crosscheck.claims.date_keys import date_event_words
from crosscheck.lexicon import load_lexicon, lower_words, require
from crosscheck.text.words import Token


@dataclass(frozen=True, slots=True)
class DateClauseWords:
    """The ``[date_clauses]`` table of ``time.toml``."""

    speaker_pronouns: frozenset[str]


@cache
def date_clause_words() -> DateClauseWords:
    """The ``[date_clauses]`` table, read once."""
    data = require(load_lexicon("time"), "date_clauses", dict, "time")
    return DateClauseWords(
        speaker_pronouns=lower_words(data, "speaker_pronouns", "time"),
    )


def pronoun_speaks(before: list[Token], after: list[Token]) -> bool:
    """Whether a date's clause has a speech verb right next to the date whose subject is a
    pronoun right before it: "he said [Tuesday]", "she [on Monday] told"."""
    verbs = date_event_words().statement_verbs
    pronouns = date_clause_words().speaker_pronouns
    if len(before) > 1 and before[-1].lower in verbs:
        return before[-2].lower in pronouns
    return bool(before and after) and after[0].lower in verbs and before[-1].lower in pronouns
