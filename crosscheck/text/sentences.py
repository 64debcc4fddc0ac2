"""Cleaned text -> Sentences with character offsets into that same text.

Rules, in order:

* Lines: a blank line, a line break, and every table row ("| a | b |") end a sentence, so
  a headline without final punctuation is a sentence of its own. A line break is a soft
  wrap (the sentence goes on) only when the next line starts with a lower-case letter or
  the line before ends with a comma.
* Inside a line, a sentence ends after ``.``, ``!``, ``?`` or an ellipsis (with any closing
  quotes or brackets) when a capital letter, an opening quote or a digit follows after
  white space, or a usual lower-case opening ("it", "the", ...) follows a period.
* Glued sentences are split where they touch, without moving any offset:
  "dissent.The climate" -> "dissent." + "The climate"; "abuses."The" -> "abuses." + '"The'.
  Not inside "U.S.", decimals ("1.2"), e-mail addresses and URLs.
* Abbreviations (``crosscheck/lexicon/<lang>/abbreviations.toml``, of the language given):
  titles ("Dr. Kovalenko"), "e.g.", "No. 5", initials ("J. K. Rowling") and "U.S.
  Ambassador" do not end a sentence.

``Sentence.text == text[start:end]``, stripped of surrounding white space and never empty;
stretches with no letter or digit (blanked boilerplate, table rules) give no sentence.
Runs in linear time: every look around a candidate boundary is bounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from crosscheck.errors import LexiconError
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.lexicon import lexicon_path, load_lexicon, require
from crosscheck.model import Sentence

LEXICON: Final = "abbreviations"

_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
_TERMINAL: Final = re.compile(r"[.!?\u2026]+[\"')\]\u201d\u2019\u00bb]*")
_OPENERS: Final = "\"'(\u201c\u2018\u00ab["
_QUOTES: Final = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
_WORD_AT: Final = re.compile(r"[^\W\d_][\w'\u2019-]{0,30}")
_ALNUM: Final = re.compile(r"[^\W_]")
_INITIALISM: Final = re.compile(r"(?:[a-z]{1,2}\.){1,4}[a-z]{1,2}")
_URL_MARKS: Final = ("://", "@", "www.")
_LOOK: Final = 40
"""How far (characters) to look back for the word before a period, or ahead for the next."""


@dataclass(frozen=True, slots=True, kw_only=True)
class _Rules:
    """The abbreviation lexicon, validated."""

    titles: frozenset[str]
    never_final: frozenset[str]
    before_number: frozenset[str]
    may_end: frozenset[str]
    starters: frozenset[str]
    lowercase_starters: frozenset[str]

    def is_abbreviation(self, word: str) -> bool:
        """True when ``word`` (lower case, no final period) is a listed abbreviation."""
        return (
            word in self.titles
            or word in self.never_final
            or word in self.before_number
            or word in self.may_end
            or _INITIALISM.fullmatch(word) is not None
        )


@cache
def _rules(lang: str) -> _Rules:
    return build_splitting_rules(load_lexicon(LEXICON, lang), lang)


def title_words(lang: str) -> frozenset[str]:
    """The titles before a name of abbreviations.toml (lower case, no period: "mr", "sen"),
    whose period never ends a sentence; the time finder reads them too (a clause goes on past
    "Mr.")."""
    return _rules(lang).titles


def build_splitting_rules(data: dict[str, Any], lang: str = DEFAULT_LANGUAGE) -> _Rules:
    """Validate parsed abbreviations.toml data of language ``lang`` (the file errors name).

    Raises:
        LexiconError: A list is missing, empty, or not of lower-case words without a period.
    """
    return _Rules(
        titles=_words(data, "titles", lang),
        never_final=_words(data, "never_final", lang),
        before_number=_words(data, "before_number", lang),
        may_end=_words(data, "may_end", lang),
        starters=_words(data, "starters", lang),
        lowercase_starters=_words(data, "lowercase_starters", lang),
    )


def _words(data: dict[str, Any], key: str, lang: str) -> frozenset[str]:
    values = require(data, key, list, LEXICON, lang=lang)
    good = all(
        isinstance(v, str) and v and v == v.strip().lower() and not v.endswith(".") for v in values
    )
    if not values or not good:
        raise LexiconError(
            f"key {key!r} must be a non-empty list of lower-case words without a final period",
            path=lexicon_path(LEXICON, lang),
        )
    return frozenset(values)


# ---------------------------------------------------------------------------------------


def split_sentences(text: str, lang: str = DEFAULT_LANGUAGE) -> tuple[Sentence, ...]:
    """Split cleaned text into sentences whose spans index ``text``.

    Args:
        text: Usually the output of ``crosscheck.text.clean.clean_text``; any text works.
        lang: The language whose abbreviations are read (a lexicon folder, as
            ``lexicon.reading_language`` gives it).

    Returns:
        The sentences in text order, each stripped of surrounding white space.
    """
    rules = _rules(lang)
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        start = block_start
        for boundary in _boundaries(text, block_start, block_end, rules):
            _append(sentences, text, start, boundary)
            start = boundary
        _append(sentences, text, start, block_end)
    return tuple(sentences)


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()  # white space as ``str.isspace`` has it
    if stripped and _ALNUM.search(stripped) is not None:
        start += len(piece) - len(piece.lstrip())
        sentences.append(Sentence(start=start, end=start + len(stripped), text=stripped))


# Blocks: lines joined by soft wraps ----------------------------------------------------


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _LINE_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Spans of text that no sentence crosses: single lines, or lines joined by soft wraps."""
    current: tuple[int, int] | None = None
    previous = ""  # the last line of the current block, stripped
    for start, end in _lines(text):
        stripped = text[start:end].strip()
        if not stripped:
            if current is not None:
                yield current
            current = None
            continue
        is_row = stripped.startswith("|")
        joins = not is_row and not previous.startswith("|") and _soft_wrap(previous, stripped)
        if current is not None and joins:
            current = (current[0], end)
        else:
            if current is not None:
                yield current
            current = (start, end)
        previous = stripped
    if current is not None:
        yield current


def _soft_wrap(previous: str, line: str) -> bool:
    """True when ``line`` goes on with the sentence of the line before it."""
    if previous.endswith(","):
        return True
    return line[0].islower() and not previous.endswith((".", "!", "?", ":", "\u2026", '"'))


# Boundaries inside a block -------------------------------------------------------------


def _boundaries(text: str, start: int, end: int, rules: _Rules) -> Iterator[int]:
    for match in _TERMINAL.finditer(text, start, end):
        if match.end() >= end:
            continue
        boundary = _boundary_after(text, match, start, end, rules)
        if boundary is not None:
            yield boundary


def _boundary_after(
    text: str, match: re.Match[str], block_start: int, block_end: int, rules: _Rules
) -> int | None:
    """Where a sentence ends at this run of terminal punctuation, or None if it goes on."""
    if match.start() > block_start and text[match.start() - 1] in "([":
        return None  # "[...]" marks an omission inside a quotation
    after = match.end()
    if text[after].isspace():
        return after if _ends_before_space(text, match, block_start, block_end, rules) else None
    return _glued_boundary(text, match, block_start, block_end, rules)


def _ends_before_space(
    text: str, match: re.Match[str], block_start: int, block_end: int, rules: _Rules
) -> bool:
    following = match.end()
    while following < block_end and text[following].isspace():
        following += 1
    if following >= block_end:
        return False
    first = text[following]
    word = _next_word(text, following, block_end)
    before = _word_before(text, match.start(), block_start)
    if first in _OPENERS:
        inner = text[following + 1] if following + 1 < block_end else ""
        return (inner.isupper() or inner.isdigit()) and not _abbreviation_goes_on(before, "", rules)
    if first.isdigit():
        return not _abbreviation_goes_on(before, "0", rules) and not _list_number(
            text, match, before, block_start
        )
    if first.isupper():
        if _list_number(text, match, before, block_start):
            return False
        return not _abbreviation_goes_on(before, word, rules)
    if first.islower() and match.group() == ".":
        return (
            word.lower() in rules.lowercase_starters
            and before is not None
            and len(before) >= 2
            and before.isalpha()
            and not rules.is_abbreviation(before.lower())
        )
    return False


def _glued_boundary(
    text: str, match: re.Match[str], block_start: int, block_end: int, rules: _Rules
) -> int | None:
    """Split "dissent.The" or 'abuses."The' where they touch; None when not a sentence end."""
    if match.start() == block_start or not text[match.start() - 1].islower():
        return None
    next_start = _glued_next_start(text, match, block_end)
    if next_start is None:
        return None
    word = _next_word(text, next_start, block_end)
    if not _is_glued_word(text, next_start, word, block_end):
        return None
    before = _word_before(text, match.start(), block_start)
    if before is None or _looks_like_address(before) or _abbreviation_goes_on(before, word, rules):
        return None
    return next_start


def _glued_next_start(text: str, match: re.Match[str], block_end: int) -> int | None:
    """Where the next sentence starts: at the capital, or at the quote that opens it.

    Quotes between the period and a capital ('abuses."The') open the next sentence; a
    quote after the punctuation with no letter glued to it was already handled as closing.
    """
    punctuation_end = match.start() + len(match.group().rstrip(_QUOTES + ")]"))
    following = match.end()
    if following >= block_end:
        return None
    if punctuation_end < following:  # quotes glued on both sides
        quoted = text[punctuation_end] in _QUOTES and text[following].isupper()
        return punctuation_end if quoted else None
    if text[following] in _OPENERS:
        inner = following + 1
        return following if inner < block_end and text[inner].isupper() else None
    return following if text[following].isupper() else None


def _is_glued_word(text: str, start: int, word: str, block_end: int) -> bool:
    """A capitalised word ("The", "A") that is not part of an address ("site.Com/x")."""
    word_start = start + (1 if text[start] in _OPENERS else 0)
    word_end = word_start + len(word)
    if len(word) > 1 and not word[1].islower():
        return False
    limit = min(block_end, word_end + _LOOK)
    tail = word_end
    while tail < limit and not text[tail].isspace():
        tail += 1
    rest = text[word_end:tail]
    return not any(mark in rest for mark in ("/", "@", ".com", ".org", ".net"))


def _looks_like_address(word: str) -> bool:
    lowered = word.lower()
    return any(mark in lowered for mark in _URL_MARKS)


def _next_word(text: str, start: int, block_end: int) -> str:
    if start < block_end and text[start] in _OPENERS:
        start += 1
    match = _WORD_AT.match(text, start, min(block_end, start + _LOOK))
    return "" if match is None else match.group()


def _word_before(text: str, position: int, block_start: int) -> str | None:
    """The word before ``position`` (quotes and brackets stripped); None if over 40 chars."""
    start = position
    limit = max(block_start, position - _LOOK)
    while start > limit and not text[start - 1].isspace():
        start -= 1
    if start == limit and start > block_start and not text[start - 1].isspace():
        return None
    return text[start:position].lstrip(_OPENERS + "-")


def _abbreviation_goes_on(before: str | None, next_word: str, rules: _Rules) -> bool:
    """True when the period after ``before`` belongs to an abbreviation inside a sentence."""
    if before is None or not before:
        return False
    word = before.lower()
    if word in rules.titles or word in rules.never_final:
        return True
    if word in rules.before_number:
        return next_word[:1].isdigit()
    may_end = (
        word in rules.may_end
        or _INITIALISM.fullmatch(word) is not None
        or (len(before) == 1 and before.isupper())
    )
    return may_end and next_word.lower() not in rules.starters


def _list_number(text: str, match: re.Match[str], before: str | None, block_start: int) -> bool:
    """True for the period of a line's list number or letter ("1. The first", "Q. What")."""
    if before is None or match.group() != ".":
        return False
    if not (before.isdigit() and len(before) <= 3) and not (len(before) == 1 and before.isalpha()):
        return False
    position = match.start() - len(before)
    limit = max(block_start, position - 8)
    while position > limit and text[position - 1] in " \t":
        position -= 1
    return position == block_start or text[position - 1] in "\r\n"
