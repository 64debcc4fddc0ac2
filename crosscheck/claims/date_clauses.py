"""Clauses of dates that other readers miss: a date's clause tokens -> whether, or which
event, it dates.

- A statement told by a pronoun ("he said Tuesday", "she on Monday told", "On Monday, he
  said"): the date dates the statement as it does one told by a name
  (date_keys.dates_statement).
- A clause of time after a date ("in 2012, when Obama created the program"): the date dates
  that clause's event when its own clause names none (date_claim reads its key there).

Words from the ``[date_clauses]`` table of time.toml; no English in code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.claims.date_events import date_event_words
from crosscheck.lexicon import (
    LowerWords,
    table_settings,
)
from crosscheck.text.words import Token

# Marks that open a quotation after a speech verb (the cleaned text has straight quotes).
_QUOTE_MARKS = frozenset({'"', "\u201c"})


@dataclass(frozen=True, slots=True)
class DateClauseWords:
    """The ``[date_clauses]`` table of ``time.toml``."""

    speaker_pronouns: LowerWords
    when_openers: LowerWords
    when_statement_words: LowerWords
    when_statement_reach: int


@cache
def date_clause_words(lang: str) -> DateClauseWords:
    """The ``[date_clauses]`` table, read once."""
    return table_settings(DateClauseWords, "time", "date_clauses", lang=lang)


def pronoun_speaks(before: list[Token], after: list[Token], lang: str) -> bool:
    """Whether a date's clause has a speech verb right next to the date whose subject is a
    pronoun right before it: "he said [Tuesday]", "she [on Monday] told"."""
    verbs = date_event_words(lang).statement_verbs
    pronouns = date_clause_words(lang).speaker_pronouns
    if len(before) > 1 and before[-1].lower in verbs:
        return before[-2].lower in pronouns
    return bool(before and after) and after[0].lower in verbs and before[-1].lower in pronouns


def opening_pronoun_speaks(before: list[Token], following: Sequence[Token], lang: str) -> bool:
    """Whether a date that opens its clause (``before``, its clause's tokens before it, holds
    no word) dates a statement told by a pronoun right after its comma (``following``, the
    tokens after the date): "In August of 2010, he tweeted that ...", "On Friday, they told
    the judge ...". Not where the speech verb stands between commas or ends the clause ("Last
    year, he said, exports rose", "On Thursday, he tweeted: ..."): the date may date what
    is said there, not the saying."""
    if any(x.is_word or x.is_number for x in before) or len(following) < 4:
        return False
    comma, pronoun, verb, then = following[:4]
    if not (
        comma.text == ","
        and pronoun.lower in date_clause_words(lang).speaker_pronouns
        and verb.lower in date_event_words(lang).statement_verbs
    ):
        return False
    if then.text == ",":  # a quote after the comma is what is said: "he said, "We ...""
        return len(following) > 4 and following[4].text in _QUOTE_MARKS
    return then.is_word or then.is_number or then.text in _QUOTE_MARKS or then.text == ":"


def when_clause(tokens: Sequence[Token], end: int, ends: frozenset[str], lang: str) -> list[Token]:
    """The clause of time right after a date that ends at offset ``end`` in ``tokens`` (a
    comma, then a word of ``when_openers``), up to the next mark of ``ends``: "in 2012,
    [when] Obama created the program" gives "Obama created the program"; [] for none."""
    i = next((k for k, x in enumerate(tokens) if x.start >= end), len(tokens))
    if i + 1 >= len(tokens) or tokens[i].text != ",":
        return []
    if tokens[i + 1].lower not in date_clause_words(lang).when_openers:
        return []
    clause: list[Token] = []
    for token in tokens[i + 2 :]:
        if token.text in ends:
            break
        clause.append(token)
    return [] if _tells_statement(clause, lang) else clause


def _tells_statement(clause: list[Token], lang: str) -> bool:
    """Whether a clause of time tells a statement in its first words ("when he was asked
    about his meeting", "when she said"): the date dates that, not the event it speaks of."""
    words = date_clause_words(lang)
    said = date_event_words(lang).statement_verbs | words.when_statement_words
    return any(x.lower in said for x in clause[: words.when_statement_reach])
