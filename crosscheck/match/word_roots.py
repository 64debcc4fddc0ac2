"""Roots of word families: a content stem -> the root its family's nouns and verbs share.

The suffix stemmer of date keys leaves one family of words under several stems: "separated"
and "separating" -> "separat", "separations" -> "separation"; "executed" -> "execut",
"execution" -> "execution". Two clauses that tell one event, one with the verb and one with
its noun ("signed an order ending family separations" / "signed an order ending the
practice of separating families"), then share no stem for it. A root is the stem less the
first ending of ``[roots]`` of date_events.toml that leaves at least ``min_root`` letters
("separat" and "separation" -> "separ"). The stems of the event lexicons (synonym and event
classes, irregular forms, event nouns) are left as they are: their classes name the family.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from crosscheck.claims.date_events import date_event_words, stem
from crosscheck.lexicon import load_lexicon, require


@dataclass(frozen=True, slots=True, kw_only=True)
class RootRules:
    """The ``[roots]`` table: endings (ending -> what replaces it) and the least root."""

    endings: tuple[tuple[str, str], ...]
    min_root: int


@cache
def root_rules() -> RootRules:
    """The ``[roots]`` table of date_events.toml, read once."""
    table = require(load_lexicon("date_events"), "roots", dict, "date_events")
    endings = require(table, "endings", list, "date_events")
    return RootRules(
        endings=tuple((str(e[0]), str(e[1])) for e in endings),
        min_root=int(require(table, "min_root", int, "date_events")),
    )


@cache
def _lexicon_stems() -> frozenset[str]:
    """The stems the event lexicons give their words (left as they are)."""
    words = date_event_words()
    listed = set(words.synonyms).union(words.classes, words.stems, words.event_nouns)
    return frozenset(stem(w) for w in listed)


@cache
def root(word_stem: str) -> str:
    """The root of a content stem's word family ("separat", "separation" -> "separ"); the
    stem itself when it is a lexicon's stem or no ending leaves ``min_root`` letters."""
    if word_stem in _lexicon_stems():
        return word_stem
    rules = root_rules()
    for ending, replacement in rules.endings:
        kept = len(word_stem) - len(ending)
        if word_stem.endswith(ending) and kept + len(replacement) >= rules.min_root:
            return word_stem[:kept] + replacement
    return word_stem
