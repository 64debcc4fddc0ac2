"""An outright statement's shared words -> the span quoted as its claim (through its object).

``match.statement_search`` gives the outright side of a pair as the words both sides share
("has also given the memos"); where its wording goes on past them, what it says of the object is cut
off ("... to Mueller's team"). The quoted claim goes on to the end of that phrase: over at
most ``words`` more words, none after punctuation, and not into a word of ``breaks`` (a
coordinator or a word that opens another clause or phrase: "shot Conditt dead [after] he
detonated"). The table is [statements.quotes] of ``lexicon/hedges.toml``. Only the quoted
span changes: the row's id stays the one of the shared words, so a review carries forward.
``through_stop_words`` (moved here from ``outright.py``, arch41) is the shorter reach: a word
and the stop words after it, read both by the outright side of a pair
(``match/statements/outright.py``) and by the certainty rule's quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from crosscheck.certainty.rules import HARD_STOPS, HEDGES_LEXICON, _integer, _strings, _words_of
from crosscheck.certainty.sentence_words import _lower
from crosscheck.certainty.statement_rules import statement_rules
from crosscheck.lexicon import load_lexicon, require


@dataclass(frozen=True, slots=True, kw_only=True)
class _QuoteRules:
    breaks: frozenset[str]
    marks: frozenset[str]  # characters a figure carries ("$40", "5%"): no punctuation
    words: int


@cache
def _quote_rules(lang: str) -> _QuoteRules:
    """Load the [statements.quotes] table of the ``hedges.toml`` of language ``lang`` once."""
    lex = HEDGES_LEXICON
    statements = require(load_lexicon(lex, lang), "statements", dict, lex, lang=lang)
    table = require(statements, "quotes", dict, lex, lang=lang)
    return _QuoteRules(
        breaks=frozenset(_strings(table, "breaks", lex, lang)),
        marks=frozenset("".join(_strings(table, "figure_marks", lex, lang))),
        words=_integer(table, "words", lex, lang),
    )


_REACH_CHARACTERS = 30
"""Characters read per word the quote may still take (a generous bound on a word's length)."""


def object_end(text: str, end: int, limit: int, lang: str) -> int:
    """Where the phrase a quote ends in goes on to: past ``end`` over the words that follow
    it with only white space on one line (or a figure's mark, ``figure_marks``) between, up
    to the first word of ``breaks``, at most ``words`` of them and never past ``limit``, to
    the last of them that is no stop word; ``end`` when none follows (the words of language
    ``lang``)."""
    rules = _quote_rules(lang)
    reach = min(limit, end + _REACH_CHARACTERS * (rules.words + 1))
    stop = end  # after the last word taken
    kept = end  # after the last word taken that is no stop word ("treatment [of]")
    stop_words = statement_rules(lang).stop_words
    for word in _words_of(text, end, reach)[: rules.words]:
        gap = text[stop : word.start]
        if "\n" in gap or any(not c.isspace() and c not in rules.marks for c in gap):
            break
        if _lower(word) in rules.breaks:
            break
        stop = word.end
        if _lower(word) not in stop_words:
            kept = stop
    return kept


def mark_start(text: str, start: int, lang: str) -> int:
    """Where a quote starting at ``start`` starts with the figure's marks right before it
    ("[$]40 million severance", ``figure_marks``): the figure is quoted as written."""
    marks = _quote_rules(lang).marks
    while start > 0 and text[start - 1] in marks:
        start -= 1
    return start


def through_stop_words(text: str, end: int, lang: str) -> int:
    """The end of a word of ``text`` ending at ``end`` and of the stop words right after it;
    when they end the span on a stop word, of the word after them too ("killed in a
    [gunbattle]", not "killed in a"), unless punctuation stands between (the stop words of
    language ``lang``)."""
    words = _words_of(text, end, end + _STOP_WORDS_REACH)
    rules = statement_rules(lang)
    for taken, word in enumerate(words[: _STOP_WORDS_TAKEN + 1]):
        if any(c in HARD_STOPS or c == "." for c in text[end : word.start]):
            break
        if _lower(word) not in rules.stop_words:
            end = word.end if taken else end  # the word the stop words lead to
            break
        if taken == _STOP_WORDS_TAKEN:
            break
        end = word.end
    return end


_STOP_WORDS_REACH = 40
_STOP_WORDS_TAKEN = 2
"""At most this many stop words are quoted after a word (then the word that completes them)."""
