"""Roots of word families: a content stem -> the root its family's nouns and verbs share.

The suffix stemmer of date keys leaves one family of words under several stems: "separated"
and "separating" -> "separat", "separations" -> "separation"; "executed" -> "execut",
"execution" -> "execution". Two clauses that tell one event, one with the verb and one with
its noun ("signed an order ending family separations" / "signed an order ending the
practice of separating families"), then share no stem for it. A root is the stem less the
first ending of ``[roots]`` of date_events.toml that leaves at least ``min_root`` letters
("separat" and "separation" -> "separ"). A word the suffix cutter leaves whole ("finalize",
"committee") is its stem less the first of ``base_endings`` (a final "e") that leaves
``min_root`` letters, as its inflections lost it with their suffix ("finalized" ->
"finaliz", "committees" -> "committe"; so for a stem cut before a suffix that keeps the
base whole: "settlement" -> "settl"): one word's forms share one root. The stems of the
event lexicons (synonym and event classes, irregular forms, event nouns) are left as they
are: their classes name the family.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from crosscheck.claims.date_events import date_event_words, stem
from crosscheck.lexicon import load_lexicon, require


@dataclass(frozen=True, slots=True, kw_only=True)
class RootRules:
    """The ``[roots]`` table: endings (ending -> what replaces it), the endings of a word
    the suffix cutter leaves whole, and the least root."""

    endings: tuple[tuple[str, str], ...]
    base_endings: tuple[tuple[str, str], ...]
    whole_suffixes: frozenset[str]
    kept_endings: tuple[str, ...]
    min_root: int


@cache
def root_rules(lang: str) -> RootRules:
    """The ``[roots]`` table of date_events.toml, read once."""
    table = require(load_lexicon("date_events", lang), "roots", dict, "date_events", lang=lang)
    endings = require(table, "endings", list, "date_events", lang=lang)
    base_endings = require(table, "base_endings", list, "date_events", lang=lang)
    return RootRules(
        endings=tuple((str(e[0]), str(e[1])) for e in endings),
        base_endings=tuple((str(e[0]), str(e[1])) for e in base_endings),
        kept_endings=tuple(
            str(e) for e in require(table, "kept_endings", list, "date_events", lang=lang)
        ),
        whole_suffixes=frozenset(
            str(w) for w in require(table, "whole_suffixes", list, "date_events", lang=lang)
        ),
        min_root=int(require(table, "min_root", int, "date_events", lang=lang)),
    )


@cache
def _lexicon_stems(lang: str) -> frozenset[str]:
    """The stems the event lexicons give their words (left as they are)."""
    words = date_event_words(lang)
    listed = set(words.synonyms).union(words.classes, words.stems, words.event_nouns)
    return frozenset(stem(w, lang) for w in listed)


@cache
def root(word_stem: str, lang: str) -> str:
    """The root of a content stem's word family ("separat", "separation" -> "separ"); the
    stem itself when it is a lexicon's stem or no ending leaves ``min_root`` letters."""
    if word_stem in _lexicon_stems(lang):
        return word_stem
    rules = root_rules(lang)
    return _less_ending(word_stem, rules.endings, rules.min_root)


@cache
def word_root(word: str, lang: str) -> str:
    """The root of a folded word: its stem's root, or, for a stem that is the word's whole
    base form and no lexicon's, the stem less a final "e" its inflections lost with their
    suffix ("finalize" -> "finaliz", as "finalized"; "committee" -> "committe", as
    "committees"; "settlement" -> "settl", as "settled")."""
    word_stem = stem(word, lang)
    family = root(word_stem, lang)
    rules = root_rules(lang)
    if (
        family != word_stem
        or word_stem in _lexicon_stems(lang)
        or not _whole(word, word_stem, lang)
    ):
        return family
    if word_stem.endswith(rules.kept_endings):
        return word_stem
    return _less_ending(word_stem, rules.base_endings, rules.min_root)


def _whole(word: str, word_stem: str, lang: str) -> bool:
    """Whether ``word_stem`` is ``word``'s whole base form: the word itself, or the word less
    one of ``whole_suffixes`` ("settlement" -> "settle", "overseeing" -> "oversee")."""
    return word.startswith(word_stem) and (
        word == word_stem or word[len(word_stem) :] in root_rules(lang).whole_suffixes
    )


def _less_ending(word_stem: str, endings: tuple[tuple[str, str], ...], min_root: int) -> str:
    """``word_stem`` less the first of ``endings`` that leaves ``min_root`` letters (with
    what replaces it), or as it is."""
    for ending, replacement in endings:
        kept = len(word_stem) - len(ending)
        if word_stem.endswith(ending) and kept + len(replacement) >= min_root:
            return word_stem[:kept] + replacement
    return word_stem
