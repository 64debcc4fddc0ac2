"""The boilerplate lexicon -> the cleaning rules, validated and compiled (read once).

``crosscheck/lexicon/boilerplate.toml`` holds the word lists and patterns of cleaning
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
from crosscheck.lexicon import lexicon_path, load_lexicon, require
from crosscheck.text.cues import Cues

LEXICON: Final = "boilerplate"


@dataclass(frozen=True, slots=True, kw_only=True)
class CleaningRules:
    """The boilerplate lexicon, validated and compiled."""

    typography: dict[int, str]
    typography_chars: re.Pattern[str]  # any character that typography replaces
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


@cache
def cleaning_rules() -> CleaningRules:
    return build_cleaning_rules(load_lexicon(LEXICON))


def build_cleaning_rules(data: dict[str, Any]) -> CleaningRules:
    """Validate and compile parsed boilerplate.toml data.

    Raises:
        LexiconError: A table or key is missing, of the wrong type, or a pattern is invalid.
    """
    typography = _table(data, "typography")
    chrome = _table(data, "chrome")
    credits = _table(data, "credits")
    social = _table(data, "social")
    nav = _table(data, "navigation")
    teasers = _table(data, "teasers")
    appeal = _table(data, "appeal")
    self_description = _table(data, "self_description")
    inline = _table(data, "inline")
    markers = require(nav, "markers", str, LEXICON)
    translation = _translation(typography)
    return CleaningRules(
        typography=translation,
        typography_chars=re.compile(
            "[" + "".join(re.escape(chr(c)) for c in sorted(translation)) + "]"
            if translation
            else "(?!)"
        ),
        chrome_lines=frozenset(_key(p) for p in _strings(chrome, "lines")),
        chrome_patterns=tuple(_pattern(p) for p in _strings(chrome, "patterns")),
        credit_max_words=_positive(credits, "max_words"),
        credit_separators=_strings(credits, "separators"),
        credit_agencies=frozenset(_strings(credits, "agencies")),
        social_networks=frozenset(_strings(social, "networks")),
        social_filler=frozenset(_strings(social, "filler")),
        nav_min_run=_positive(nav, "min_run"),
        nav_max_words=_positive(nav, "max_words"),
        nav_max_chars=_positive(nav, "max_chars"),
        nav_words=frozenset(_key(w) for w in _strings(nav, "words")),
        marker=re.compile(rf"^[ \t]*[{re.escape(markers)}]+[ \t]+"),
        inline=tuple(_pattern(f"(?i:{p})") for p in _strings(inline, "patterns")),
        trim=string.punctuation + string.whitespace + markers + "\u2026",
        teaser_headings=frozenset(_key(h) for h in _strings(teasers, "headings")),
        teaser_prefixes=tuple(_key(h) for h in _strings(teasers, "heading_prefixes")),
        teaser_max_heading_words=_positive(teasers, "max_heading_words"),
        teaser_max_title_words=_positive(teasers, "max_title_words"),
        teaser_inline=tuple(p.casefold() for p in _strings(teasers, "inline_prefixes")),
        appeal_strong=Cues(_strings(appeal, "strong")),
        appeal_strong_phrases=tuple(sorted({p.casefold() for p in _strings(appeal, "strong")})),
        appeal_weak=Cues(_strings(appeal, "weak")),
        appeal_strong_weight=_positive(appeal, "strong_weight"),
        appeal_weak_weight=_positive(appeal, "weak_weight"),
        appeal_min_score=_positive(appeal, "min_score"),
        appeal_max_gap=_positive(appeal, "max_gap"),
        self_cues=Cues(_strings(self_description, "cues")),
        self_min_cues=_positive(self_description, "min_cues"),
        first_person=Cues(_strings(self_description, "first_person")),
    )


def _bad(message: str) -> LexiconError:
    return LexiconError(message, path=lexicon_path(LEXICON))


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    table: dict[str, Any] = require(data, key, dict, LEXICON)
    return table


def _strings(table: dict[str, Any], key: str) -> tuple[str, ...]:
    values = require(table, key, list, LEXICON)
    if not values or not all(isinstance(v, str) and v.strip() for v in values):
        raise _bad(f"key {key!r} must be a non-empty list of non-empty strings")
    return tuple(values)


def _positive(table: dict[str, Any], key: str) -> int:
    value = table.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _bad(f"key {key!r} must be a positive integer, found {value!r}")
    return value


def _pattern(source: str) -> re.Pattern[str]:
    try:
        return re.compile(source)
    except re.error as exc:
        raise _bad(f"bad regular expression {source!r}: {exc}") from None


def _translation(table: dict[str, Any]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for target, sources in table.items():
        if len(target) != 1 or not isinstance(sources, str) or not sources:
            raise _bad("each [typography] key must be one character mapped to a string")
        for char in sources:
            if char in "\r\n" or target in "\r\n":
                raise _bad("[typography] must not replace or produce line breaks")
            mapping[ord(char)] = target
    return mapping


def _key(text: str, trim: str = string.punctuation + string.whitespace) -> str:
    return " ".join(text.casefold().split()).strip(trim)
