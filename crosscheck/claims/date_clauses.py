"""Clauses of dates that other readers miss: a date's clause tokens -> whether, or which
event, it dates.

- A statement told by a pronoun ("he said Tuesday", "she on Monday told"): the date dates
  the statement as it does one told by a name (date_keys.dates_statement).
- A clause of time after a date ("in 2012, when Obama created the program"): the date dates
  that clause's event when its own clause names none (date_claim reads its key there), and
  always after a bound word ("holed up since 2012, when he was granted asylum": the state
  runs from the date, the event of the clause of time happened at it; ``dates_when``).

Words from the ``[date_clauses]`` table of time.toml; no English in code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.claims.date_keys import date_event_words
from crosscheck.lexicon import load_lexicon, lower_words, require
from crosscheck.text.words import Token


@dataclass(frozen=True, slots=True)
class DateClauseWords:
    """The ``[date_clauses]`` table of ``time.toml``."""

    speaker_pronouns: frozenset[str]
    when_openers: frozenset[str]
    when_statement_words: frozenset[str]
    when_statement_reach: int
    when_bounds: frozenset[str]


@cache
def date_clause_words() -> DateClauseWords:
    """The ``[date_clauses]`` table, read once."""
    data = require(load_lexicon("time"), "date_clauses", dict, "time")
    return DateClauseWords(
        speaker_pronouns=lower_words(data, "speaker_pronouns", "time"),
        when_openers=lower_words(data, "when_openers", "time"),
        when_statement_words=lower_words(data, "when_statement_words", "time"),
        when_statement_reach=int(require(data, "when_statement_reach", int, "time")),
        when_bounds=lower_words(data, "when_bounds", "time"),
    )


def pronoun_speaks(before: list[Token], after: list[Token]) -> bool:
    """Whether a date's clause has a speech verb right next to the date whose subject is a
    pronoun right before it: "he said [Tuesday]", "she [on Monday] told"."""
    verbs = date_event_words().statement_verbs
    pronouns = date_clause_words().speaker_pronouns
    if len(before) > 1 and before[-1].lower in verbs:
        return before[-2].lower in pronouns
    return bool(before and after) and after[0].lower in verbs and before[-1].lower in pronouns


def when_clause(tokens: Sequence[Token], end: int, ends: frozenset[str]) -> list[Token]:
    """The clause of time right after a date that ends at offset ``end`` in ``tokens`` (a
    comma, then a word of ``when_openers``), up to the next mark of ``ends``: "in 2012,
    [when] Obama created the program" gives "Obama created the program"; [] for none."""
    i = next((k for k, x in enumerate(tokens) if x.start >= end), len(tokens))
    if i + 1 >= len(tokens) or tokens[i].text != ",":
        return []
    if tokens[i + 1].lower not in date_clause_words().when_openers:
        return []
    clause: list[Token] = []
    for token in tokens[i + 2 :]:
        if token.text in ends:
            break
        clause.append(token)
    return [] if _tells_statement(clause) else clause


def _tells_statement(clause: list[Token]) -> bool:
    """Whether a clause of time tells a statement in its first words ("when he was asked
    about his meeting", "when she said"): the date dates that, not the event it speaks of."""
    words = date_clause_words()
    said = date_event_words().statement_verbs | words.when_statement_words
    return any(x.lower in said for x in clause[: words.when_statement_reach])


def when_bound(modifier: str | None) -> bool:
    """Whether a date's scope word is one of ``when_bounds`` ("since", "until"): a bound
    that a clause of time after the date turns into the date of that clause's event."""
    return (modifier or "").lower() in date_clause_words().when_bounds


_WORDS = re.compile(r"\w+|[^\w\s]")


def dates_when(modifier: str | None, rest: str) -> bool:
    """Whether a bound date (``when_bound``) dates the event of the clause of time right
    after it, ``rest`` being its sentence's text after the date: a comma, a word of
    ``when_openers``, and no statement in its first words (``_tells_statement``), as
    ``when_clause`` reads it ("since Saturday, when a police officer shot Brown")."""
    if not when_bound(modifier):
        return False
    words = date_clause_words()
    found = _WORDS.findall(rest[:_REST_CHARS])
    if len(found) < 3 or found[0] != "," or found[1].lower() not in words.when_openers:
        return False
    said = date_event_words().statement_verbs | words.when_statement_words
    return not any(x.lower() in said for x in found[2 : 2 + words.when_statement_reach])


# Characters of a sentence after a date read for its clause of time (a comma, an opener and
# the first words of the clause).
_REST_CHARS = 120
