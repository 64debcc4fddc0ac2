"""Text -> tokens with spans: the one tokenizer every stage reads words with.

A token is a word (letters of any script, with inner apostrophes and hyphens: "D'Arcy",
"Lukashenko's", "Secretary-General", read through the invisible format characters a pasted
or hostile text may hold between two letters: "Tsikha\u200bnouskaya"), a dotted initialism
("U.S."), a number with its separators ("1,200.5") or any other single non-space
character. ``tokenize`` gives all of them; ``word_tokens`` only the words, for stages that
read words alone (names). Both use the same definition of a word, so every stage agrees on
where a word starts and ends.

Letters are Unicode letters (``[^\\W\\d_]``), never an ASCII class. Every pattern is an
alternation of single-class repetitions, each repetition opened by a required separator,
so it runs in linear time on any input.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

_LETTERS: Final = r"[^\W\d_]"
INVISIBLE: Final = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
"""Format characters read through inside a word or a figure, never at its ends: soft hyphen,
zero-width space and (non-)joiner, word joiner, zero-width no-break space. A token's text
keeps them (the article's exact characters); its key (``Token.lower``) drops them."""
_WORD_BODY: Final = (  # the first letter is read once, outside the alternation: faster
    rf"{_LETTERS}(?:"
    rf"\.(?:{_LETTERS}\.)+"  # initialisms with dots: U.S., U.N.
    # words, with inner apostrophes and hyphens, or a run of invisible format characters
    rf"|{_LETTERS}*(?:(?:['\u2019\-]|[{INVISIBLE}]+){_LETTERS}+)*)"
)
WORD: Final = re.compile(_WORD_BODY)
"""One word (see the module's docstring)."""
TOKEN: Final = re.compile(
    rf"{_WORD_BODY}"
    r"|\d+(?:[.,]\d+)*"  # numbers with separators
    r"|[^\w\s]"  # any other single non-space character
)
"""One token: a word, a number or a single mark."""
WORD_OR_NUMBER: Final = re.compile(rf"{_WORD_BODY}|\d+(?:[.,]\d+)*")
"""A word or a number token (``TOKEN`` without the single marks)."""
APOSTROPHES: Final = "'\u2019"


class Token(NamedTuple):
    """One word, number or punctuation mark, with its offsets in the text it came from, and
    its lower-case key (``lower``: folded to lower case, with straight apostrophes), made
    once here since every stage asks it (build a token with ``token_of``).

    A named tuple rather than a dataclass: a source has one token per few characters and
    building a tuple costs a fraction of a frozen dataclass.
    """

    start: int
    end: int
    text: str
    lower: str

    @property
    def is_word(self) -> bool:
        """True for a token that starts with a letter."""
        return self.text[:1].isalpha()

    @property
    def is_number(self) -> bool:
        """True for a token that starts with a digit."""
        return self.text[:1].isdigit()

    @property
    def is_capitalised(self) -> bool:
        """True for a word that starts with an upper-case letter."""
        return self.text[:1].isupper()


_new: Final = tuple.__new__  # builds a Token without the named tuple's Python-level __new__


_CURLY: Final = "\u2019"
_HAS_INVISIBLE: Final = re.compile(f"[{INVISIBLE}]")
_DROP_INVISIBLE: Final = str.maketrans("", "", INVISIBLE)


def without_invisible(text: str) -> str:
    """``text`` without the invisible format characters (``INVISIBLE``) a word reads through."""
    return text.translate(_DROP_INVISIBLE) if _HAS_INVISIBLE.search(text) else text


def word_key(text: str) -> str:
    """A word's key: lower case, straight apostrophes, no invisible format characters."""
    return without_invisible(text.lower().replace(_CURLY, "'"))


def token_of(text: str, start: int = 0, end: int = 0) -> Token:
    """A token of ``text`` with its lower-case key (offsets 0 unless given)."""
    return _new(Token, (start, end, text, word_key(text)))


def _keyed_tokens(pattern: re.Pattern[str], text: str, start: int, stop: int) -> list[Token]:
    """The tokens ``pattern`` finds in ``text[start:stop]`` keyed by :func:`word_key` (the
    slower path, for a span that holds an invisible format character)."""
    return [
        _new(Token, (*m.span(), g := m.group(), word_key(g)))
        for m in pattern.finditer(text, start, stop)
    ]


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Split text into word, number and punctuation tokens with offsets (plus ``offset``)."""
    if _HAS_INVISIBLE.search(text):
        return tuple(
            _new(Token, (t.start + offset, t.end + offset, t.text, t.lower))
            for t in _keyed_tokens(TOKEN, text, 0, len(text))
        )
    return tuple(  # a list comprehension: faster than a generator into ``tuple``
        [
            _new(
                Token,
                (
                    m.start() + offset,
                    m.end() + offset,
                    g := m.group(),
                    g.lower().replace(_CURLY, "'"),
                ),
            )
            for m in TOKEN.finditer(text)
        ]
    )


def tokenize_span(text: str, start: int, end: int) -> tuple[Token, ...]:
    """``tokenize(text[start:end], start)`` without slicing the text (``TOKEN`` reads no
    character outside the span: it has no look-around and no anchor)."""
    if text.find(_CURLY, start, end) >= 0 or _HAS_INVISIBLE.search(text, start, end):
        return tuple(_keyed_tokens(TOKEN, text, start, end))
    return tuple(  # no curly apostrophe (cleaned text has none): the key is the lower case
        [
            _new(Token, (m.start(), m.end(), g := m.group(), g.lower()))
            for m in TOKEN.finditer(text, start, end)
        ]
    )


def lowered_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` (``WORD``), lower-cased, in order: the form word lists are
    compared in (no offsets, no numbers, no marks)."""
    if _HAS_INVISIBLE.search(text):
        return tuple(m.group().lower().translate(_DROP_INVISIBLE) for m in WORD.finditer(text))
    return tuple(m.group().lower() for m in WORD.finditer(text))


def word_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The word tokens of ``text[start:end]``, offsets in ``text`` (no numbers, no marks)."""
    stop = len(text) if end is None else end
    if _HAS_INVISIBLE.search(text, start, stop):
        return _keyed_tokens(WORD, text, start, stop)
    return [
        _new(Token, (*m.span(), g := m.group(), g.lower().replace(_CURLY, "'")))
        for m in WORD.finditer(text, start, stop)
    ]


def word_and_number_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The word and number tokens of ``text[start:end]``, offsets in ``text``: the tokens of
    ``tokenize`` that start with a letter or a digit, without slicing the text or building
    the marks (a mark is one character that no word or number starts with)."""
    stop = len(text) if end is None else end
    if _HAS_INVISIBLE.search(text, start, stop):
        return _keyed_tokens(WORD_OR_NUMBER, text, start, stop)
    return [
        _new(Token, (*m.span(), g := m.group(), g.lower().replace(_CURLY, "'")))
        for m in WORD_OR_NUMBER.finditer(text, start, stop)
    ]
