"""Ages told by their decade: "in his 70s", "in her early 30s", "in their mid-forties".

Each is a vague age (``Unit.AGE``, dimension year) spanning the decade, or the part of it a
word before the decade names; the span starts at the possessive ("in his 70s"). The words are
``[decade_ages]`` of numbers.toml; only a decade after one of its ``determiners`` is read, so
"the 1970s" and "highs in the 70s" are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import Unit
from crosscheck.quantities.bounds import _Interval
from crosscheck.quantities.intervals import _Span
from crosscheck.quantities.kinds import _Scan
from crosscheck.text.leads import with_lead

_LEXICON = "numbers"


@dataclass(frozen=True, slots=True)
class _DecadeAges:
    """``[decade_ages]`` of numbers.toml, with its pattern compiled."""

    pattern: re.Pattern[str]
    parts: Mapping[str, tuple[int, int]]
    words: Mapping[str, int]


def _alternation(phrases: list[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any run of spaces."""
    ordered = sorted(phrases, key=lambda p: -len(p))
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


@cache
def _decade_ages(lang: str) -> _DecadeAges:
    """``[decade_ages]`` of language ``lang``'s numbers.toml, read and compiled once."""
    table = require(load_lexicon(_LEXICON, lang), "decade_ages", dict, _LEXICON, lang=lang)
    determiners = [str(d) for d in require(table, "determiners", list, _LEXICON, lang=lang)]
    raw_parts = require(table, "parts", dict, _LEXICON, lang=lang)
    parts = {str(k).lower(): (int(v[0]), int(v[1])) for k, v in raw_parts.items()}
    words = {
        str(k).lower(): int(v)
        for k, v in require(table, "words", dict, _LEXICON, lang=lang).items()
    }
    suffixes = [str(s) for s in require(table, "digit_suffixes", list, _LEXICON, lang=lang)]
    suffix = "|".join(re.escape(s) for s in sorted(suffixes, key=lambda s: -len(s)))
    pattern = re.compile(
        rf"(?<!\w)(?:{_alternation(determiners)})\s+"
        rf"(?:(?P<part>{_alternation(list(parts))})[\s-]+)?"
        rf"(?:(?P<digits>[1-9]0)(?:{suffix})|(?P<word>{_alternation(list(words))}))(?!\w)",
        re.IGNORECASE,
    )  # behind a look-ahead on its first two characters: tried at far fewer places
    return _DecadeAges(pattern=with_lead(pattern, pairs=True), parts=parts, words=words)


def _decade_age_spans(sc: _Scan) -> list[_Span]:
    """Every age told by its decade in the scanned text, as a vague age span."""
    lex = _decade_ages(sc.lang)
    out: list[_Span] = []
    for m in lex.pattern.finditer(sc.text):
        digits, word = m.group("digits"), m.group("word")
        decade = int(digits) if digits else lex.words[word.lower()]
        part = m.group("part")
        first, last = lex.parts[part.lower()] if part else (0, 9)
        out.append(
            _Span(
                start=m.start(),
                end=m.end(),
                interval=_Interval(
                    low=float(decade + first), high=float(decade + last), approximate=True
                ),
                unit=Unit.AGE,
                dimension="year",
                point=None,
                modifier=None,
                vague=True,
            )
        )
    return out
