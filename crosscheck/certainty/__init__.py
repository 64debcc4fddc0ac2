"""Sentence text -> certainty and attribution; sentences -> assertions -> certainty discrepancies.

Contracts:

* ``find_hedges(sentence_text, start, end) -> Certainty``: the hedges ("may", "reportedly",
  "reasonable grounds to believe") that govern the clause holding ``[start, end)``.
* ``find_attribution(sentence_text, start, end) -> str | None``: whom the sentence credits
  with that part ("according to the UN" -> "UN", "the experts said" -> "the experts").
* ``find_assertions(source, sentences) -> list[Assertion]``: non-numeric statements worth
  comparing across sources ("<subject> may amount to crimes against humanity").
* ``certainty_discrepancies(sources, {source id: sentences}) -> list[Discrepancy]``: where
  one source hedges what another asserts.

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
from crosscheck.certainty.discrepancies import (
    certainty_discrepancies,
    certainty_from_assertions,
)
from crosscheck.certainty.reading import (
    SentenceReading,
    attribution_in,
    find_attribution,
    find_hedges,
    hedges_in,
    read_sentence,
)
from crosscheck.certainty.rules import ATTRIBUTION_LEXICON, CERTAINTY_KIND, HEDGES_LEXICON

__all__ = [
    "ATTRIBUTION_LEXICON",
    "CERTAINTY_KIND",
    "HEDGES_LEXICON",
    "Assertion",
    "SentenceReading",
    "attribution_in",
    "certainty_discrepancies",
    "certainty_from_assertions",
    "find_assertions",
    "find_attribution",
    "find_hedges",
    "hedges_in",
    "read_sentence",
]
