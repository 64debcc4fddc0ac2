"""The [open_questions] table of the hedges lexicon -> the phrases of an open question.

"it was not immediately clear whether [Conditt was shot]", "it remains unclear if [...]": the
statement under the question is not asserted. A phrase is an opener, a verb, at most one
adverb, a word and a complementizer; a word of ``open_words`` ("unclear") follows a plain
verb ("it remains unclear whether"), one of ``closed_words`` ("clear", "known") a negated
verb ("it wasn't clear if", "it is not known whether"). The phrases are clause hedges of
figures and statements alike (``rules._hedge_rules`` and ``statement_rules.statement_rules``).
"""

from __future__ import annotations

from functools import cache
from itertools import product
from typing import Any

from crosscheck.errors import LexiconError
from crosscheck.lexicon import lexicon_path, load_lexicon, require

_LEXICON = "hedges"
_TABLE = "open_questions"


def _words(table: dict[str, Any], key: str, lang: str) -> tuple[str, ...]:
    """A list of the table as lower-case phrases with straight apostrophes, single spaces."""
    values = require(table, key, list, _LEXICON, lang=lang)
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise LexiconError(
            f"[{_TABLE}] {key!r} must list non-empty strings", path=lexicon_path(_LEXICON, lang)
        )
    return tuple(" ".join(v.replace("\u2019", "'").casefold().split()) for v in values)


def expand(table: dict[str, Any], lang: str) -> tuple[str, ...]:
    """Every phrase the table describes (see the module's docstring), sorted."""
    openers = _words(table, "openers", lang)
    adverbs = ("", *_words(table, "adverbs", lang))
    complementizers = _words(table, "complementizers", lang)
    phrases: set[str] = set()
    for verbs, words in (
        (_words(table, "verbs", lang), _words(table, "open_words", lang)),
        (_words(table, "negated_verbs", lang), _words(table, "closed_words", lang)),
    ):
        for parts in product(openers, verbs, adverbs, words, complementizers):
            phrase = " ".join(part for part in parts if part)
            phrases.add(phrase.replace(" '", "'"))  # a clitic verb: "it's unclear whether"
    return tuple(sorted(phrases))


@cache
def open_question_phrases(lang: str) -> tuple[str, ...]:
    """The open-question phrases of the ``hedges.toml`` of language ``lang`` (read once)."""
    table = require(load_lexicon(_LEXICON, lang), _TABLE, dict, _LEXICON, lang=lang)
    return expand(table, lang)
