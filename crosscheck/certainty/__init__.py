"""Sentence text -> certainty and attribution; sentences -> assertions -> certainty discrepancies.

Contracts:

* ``find_hedges(sentence_text, start, end) -> Certainty``: the hedges ("may", "reportedly",
  "reasonable grounds to believe") that govern the clause holding ``[start, end)``.
* ``find_attribution(sentence_text, start, end) -> str | None``: whom the sentence credits
  with that part ("according to the UN" -> "UN", "the experts said" -> "the experts").
* ``find_assertions(source, sentences) -> list[Assertion]``: non-numeric statements worth
  comparing across sources ("<subject> may amount to crimes against humanity").
* ``find_hedged_statements(source, sentences) -> list[HedgedStatement]``: statements of
  fact a source hedges ("explosives were reportedly thrown").
* ``find_statements(source, sentences) -> Statements``: all of the above for one source.
* ``assertion_pairs`` and ``match_statements``: where one source hedges what another states
  outright. ``crosscheck.rules.certainty`` turns the pairs into discrepancies.

Offsets given to and returned by ``find_hedges``/``find_attribution`` are local to the
sentence text. Sentences are never split here. Word lists live in ``lexicon/hedges.toml``
and ``lexicon/attribution.toml``. Every regular expression is an alternation of literal
phrases, with single white-space classes between words, so it runs in linear time.

Attribution is normalised lightly and readably: a leading "the" is dropped before a name
or an acronym ("according to the UN" -> "UN", "the UN Special Rapporteur for Belarus" ->
"UN Special Rapporteur for Belarus") and kept, in lower case, before a common noun ("The
experts said" -> "the experts", "the Group noted" -> "the Group"). A pronoun ("they said")
names nobody and gives ``None``: coreference is not resolved.
"""

from crosscheck.certainty.assertions import Assertion, find_assertions
from crosscheck.certainty.matching import (
    OutrightStatement,
    StatementPair,
    match_statements,
    same_word,
)
from crosscheck.certainty.outright import through_stop_words
from crosscheck.certainty.pairs import AssertionPair, assertion_pairs, wording
from crosscheck.certainty.reading import (
    SentenceReading,
    attribution_in,
    find_attribution,
    find_hedges,
    hedges_in,
    read_sentence,
)
from crosscheck.certainty.rules import ATTRIBUTION_LEXICON, CERTAINTY_KIND, HEDGES_LEXICON
from crosscheck.certainty.statements import (
    HedgedStatement,
    Statements,
    find_hedged_statements,
    find_statements,
    statement_rules,
)

__all__ = [
    "ATTRIBUTION_LEXICON",
    "CERTAINTY_KIND",
    "HEDGES_LEXICON",
    "Assertion",
    "AssertionPair",
    "HedgedStatement",
    "OutrightStatement",
    "SentenceReading",
    "StatementPair",
    "Statements",
    "assertion_pairs",
    "attribution_in",
    "find_assertions",
    "find_attribution",
    "find_hedged_statements",
    "find_hedges",
    "find_statements",
    "hedges_in",
    "match_statements",
    "read_sentence",
    "same_word",
    "statement_rules",
    "through_stop_words",
    "wording",
]
