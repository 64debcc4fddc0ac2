"""Function words of the frame readers: ``[function_words]`` of ``events.toml``, read once.

The small words and endings the claims stage matches by their place in a clause
(conjunctions, articles, "of", "to", "-ly" ...), so a new language changes no code. Read
in the default language, as ``frame_words`` is: the claims stage's frame readers take no
language yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import LowerWordList, LowerWords, table_settings


@dataclass(frozen=True, slots=True, kw_only=True)
class FunctionWords:
    """``events.toml``'s ``[function_words]`` table (each key described there)."""

    clause_conjunctions: LowerWords
    list_conjunctions: LowerWords
    articles: LowerWords
    indefinite_articles: LowerWords
    trivial_counts: LowerWords
    definite_article: str
    of_link: str
    to_link: str
    duration_link: str
    kept_measure_word: str
    whole_quantifier: str
    level_move_to: LowerWordList
    adverb_ending: str
    participle_ending: str
    plural_ending: str


@cache
def function_words(lang: str) -> FunctionWords:
    """The ``[function_words]`` table of ``events.toml`` (the default language)."""
    return table_settings(FunctionWords, "events", "function_words", lang=lang)
