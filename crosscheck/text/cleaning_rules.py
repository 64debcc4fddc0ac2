"""The boilerplate lexicon of a language -> the cleaning rules, validated and compiled (read
once per language).

``crosscheck/lexicon/<lang>/boilerplate.toml`` holds the word lists and patterns of cleaning
(``text.clean``: typography, and ``text.boilerplate``: the saved web page's furniture);
``build_cleaning_rules`` checks every table and key and compiles the patterns, so a broken
data file fails loudly with the file's name.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from crosscheck.errors import LexiconError
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.lexicon import lexicon_path, load_lexicon, require
from crosscheck.text.cues import Cues
from crosscheck.text.link_headlines import closing_word, name_twice

LEXICON: Final = "boilerplate"


@dataclass(frozen=True, slots=True, kw_only=True)
class CleaningRules:
    """The boilerplate lexicon, validated and compiled."""

    typography: dict[int, str]
    typography_chars: re.Pattern[str]  # any character that typography replaces
    word_break_dashes: frozenset[str]  # dashes kept as written between two letters
    chrome_lines: frozenset[str]
    chrome_patterns: tuple[re.Pattern[str], ...]
    credit_max_words: int
    credit_separators: tuple[str, ...]
    credit_agencies: frozenset[str]
    social_networks: frozenset[str]
    social_filler: frozenset[str]
    nav_min_run: int
    nav_max_words: int
    nav_max_chars: int
    nav_words: frozenset[str]
    marker: re.Pattern[str]
    inline: tuple[re.Pattern[str], ...]  # widget labels inside a kept line
    trim: str
    teaser_headings: frozenset[str]
    teaser_prefixes: tuple[str, ...]
    teaser_max_heading_words: int
    teaser_max_title_words: int
    teaser_inline: tuple[str, ...]
    appeal_strong: Cues
    appeal_strong_phrases: tuple[str, ...]  # the strong cues, case-folded (a quick test)
    appeal_weak: Cues
    appeal_strong_weight: int
    appeal_weak_weight: int
    appeal_min_score: int
    appeal_max_gap: int
    self_cues: Cues
    self_min_cues: int
    first_person: Cues  # words of the first person plural: "we", "our"
    link_closing: tuple[re.Pattern[str], ...]  # the words closing a link's headlines
    link_names: re.Pattern[str]  # a name written again in full, where a link starts
    link_closing_words: tuple[str, ...]  # the closing words as written (a quick test)
    link_min_headline_words: int
    link_max_chars: int


@cache
def cleaning_rules(lang: str) -> CleaningRules:
    """The cleaning rules of language ``lang`` (a lexicon folder: ``lexicon_language``)."""
    return build_cleaning_rules(load_lexicon(LEXICON, lang), lang)


def build_cleaning_rules(data: dict[str, Any], lang: str = DEFAULT_LANGUAGE) -> CleaningRules:
    """Validate and compile parsed boilerplate.toml data of language ``lang`` (the file
    errors name).

    Raises:
        LexiconError: A table or key is missing, of the wrong type, or a pattern is invalid.
    """
    typography = _table(data, "typography", lang)
    word_breaks = _table(data, "word_breaks", lang)
    chrome = _table(data, "chrome", lang)
    credits = _table(data, "credits", lang)
    social = _table(data, "social", lang)
    nav = _table(data, "navigation", lang)
    teasers = _table(data, "teasers", lang)
    appeal = _table(data, "appeal", lang)
    self_description = _table(data, "self_description", lang)
    inline = _table(data, "inline", lang)
    links = _table(data, "links", lang)
    closing = _strings(links, "closing", lang)
    markers = require(nav, "markers", str, LEXICON, lang=lang)
    translation = _translation(typography, lang)
    return CleaningRules(
        typography=translation,
        typography_chars=re.compile(
            "[" + "".join(re.escape(chr(c)) for c in sorted(translation)) + "]"
            if translation
            else "(?!)"
        ),
        word_break_dashes=frozenset(require(word_breaks, "dashes", str, LEXICON, lang=lang)),
        chrome_lines=frozenset(_key(p) for p in _strings(chrome, "lines", lang)),
        chrome_patterns=tuple(_pattern(p, lang) for p in _strings(chrome, "patterns", lang)),
        credit_max_words=_positive(credits, "max_words", lang),
        credit_separators=_strings(credits, "separators", lang),
        credit_agencies=frozenset(_strings(credits, "agencies", lang)),
        social_networks=frozenset(_strings(social, "networks", lang)),
        social_filler=frozenset(_strings(social, "filler", lang)),
        nav_min_run=_positive(nav, "min_run", lang),
        nav_max_words=_positive(nav, "max_words", lang),
        nav_max_chars=_positive(nav, "max_chars", lang),
        nav_words=frozenset(_key(w) for w in _strings(nav, "words", lang)),
        marker=re.compile(rf"^[ \t]*[{re.escape(markers)}]+[ \t]+"),
        inline=tuple(_pattern(f"(?i:{p})", lang) for p in _strings(inline, "patterns", lang)),
        trim=string.punctuation + string.whitespace + markers + "\u2026",
        teaser_headings=frozenset(_key(h) for h in _strings(teasers, "headings", lang)),
        teaser_prefixes=tuple(_key(h) for h in _strings(teasers, "heading_prefixes", lang)),
        teaser_max_heading_words=_positive(teasers, "max_heading_words", lang),
        teaser_max_title_words=_positive(teasers, "max_title_words", lang),
        teaser_inline=tuple(p.casefold() for p in _strings(teasers, "inline_prefixes", lang)),
        appeal_strong=Cues(_strings(appeal, "strong", lang)),
        appeal_strong_phrases=tuple(
            sorted({p.casefold() for p in _strings(appeal, "strong", lang)})
        ),
        appeal_weak=Cues(_strings(appeal, "weak", lang)),
        appeal_strong_weight=_positive(appeal, "strong_weight", lang),
        appeal_weak_weight=_positive(appeal, "weak_weight", lang),
        appeal_min_score=_positive(appeal, "min_score", lang),
        appeal_max_gap=_positive(appeal, "max_gap", lang),
        self_cues=Cues(_strings(self_description, "cues", lang)),
        self_min_cues=_positive(self_description, "min_cues", lang),
        first_person=Cues(_strings(self_description, "first_person", lang)),
        link_closing=tuple(closing_word(word) for word in closing),
        link_names=name_twice(_positive(links, "max_name_words", lang)),
        link_closing_words=closing,
        link_min_headline_words=_positive(links, "min_headline_words", lang),
        link_max_chars=_positive(links, "max_chars", lang),
    )


def _bad(message: str, lang: str) -> LexiconError:
    return LexiconError(message, path=lexicon_path(LEXICON, lang))


def _table(data: dict[str, Any], key: str, lang: str) -> dict[str, Any]:
    table: dict[str, Any] = require(data, key, dict, LEXICON, lang=lang)
    return table


def _strings(table: dict[str, Any], key: str, lang: str) -> tuple[str, ...]:
    values = require(table, key, list, LEXICON, lang=lang)
    if not values or not all(isinstance(v, str) and v.strip() for v in values):
        raise _bad(f"key {key!r} must be a non-empty list of non-empty strings", lang)
    return tuple(values)


def _positive(table: dict[str, Any], key: str, lang: str) -> int:
    value = table.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _bad(f"key {key!r} must be a positive integer, found {value!r}", lang)
    return value


def _pattern(source: str, lang: str) -> re.Pattern[str]:
    try:
        return re.compile(source)
    except re.error as exc:
        raise _bad(f"bad regular expression {source!r}: {exc}", lang) from None


def _translation(table: dict[str, Any], lang: str) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for target, sources in table.items():
        if len(target) != 1 or not isinstance(sources, str) or not sources:
            raise _bad("each [typography] key must be one character mapped to a string", lang)
        for char in sources:
            if char in "\r\n" or target in "\r\n":
                raise _bad("[typography] must not replace or produce line breaks", lang)
            mapping[ord(char)] = target
    return mapping


def _key(text: str, trim: str = string.punctuation + string.whitespace) -> str:
    return " ".join(text.casefold().split()).strip(trim)
