"""Shared records of the number reader: atom kinds, joints, readings -> used by every module."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Final

from crosscheck.slotted import fast_init
from crosscheck.text.tokens import INVISIBLE

_MAX_RUN: Final = 30  # number words one expression may hold; bounds every look-ahead
_WINDOW: Final = 64  # characters of context looked at around a figure
_MAX_GAP: Final = 24  # longest text between two figures read as one range or pair
_MAX_DIGITS: Final = 24  # longer digit strings are not figures (serials, adversarial input)
_SPACES: Final = " \t\u00a0\u202f\u2009"
_THIN_SPACES: Final = "\u00a0\u202f\u2009"
_INVISIBLE: Final = INVISIBLE
"""Format characters a figure is read through: soft hyphen, zero-width space and
(non-)joiner, word joiner, zero-width no-break space ("1,\u200b200" is 1,200)."""


class _K(IntEnum):
    """Kinds of atoms: the smallest pieces of a number expression."""

    DIGITS = 1
    UNIT = 2  # zero .. nine
    TEEN = 3  # ten .. nineteen
    TENS = 4  # twenty .. ninety
    HUNDRED = 5
    SCALE = 6  # thousand, million, lakh ...
    DOZEN = 7
    ORDINAL = 8
    FRACWORD = 9  # half, quarter
    NEGATIVE = 10
    VULGAR = 11  # ½
    SLASH = 12  # 3/4


class _C(IntEnum):
    """What joins two neighbouring atoms."""

    NONE = 1
    GLUE = 2
    SP = 3
    HYPHEN = 4
    AND = 5
    AND_A = 6
    A = 7
    OF_A = 8
    POINT = 9
    OVER = 10
    OUT_OF = 11
    IN = 12
    SLASH = 13
    OTHER = 14


class _R(IntEnum):
    """Kinds of readings."""

    CARDINAL = 1
    FRACTION = 2
    DECIMAL = 3
    ORDINAL = 4


_CARDINALISH: Final = frozenset(
    {_K.DIGITS, _K.UNIT, _K.TEEN, _K.TENS, _K.HUNDRED, _K.SCALE, _K.DOZEN}
)
_MULTIPLIERS: Final = frozenset({_K.HUNDRED, _K.SCALE, _K.DOZEN})
_LOWER: Final = frozenset({"gt", "ge"})
_UPPER: Final = frozenset({"lt", "le"})
_BOUNDS: Final = frozenset(
    {"gt", "ge", "lt", "le", "eq", "near_below", "near_above", "approx", "odd", "or_equal"}
)
_RESCUES_YEAR: Final = frozenset({"gt", "ge", "lt", "le", "near_below", "near_above", "eq"})


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class _Atom:
    """One piece of a number expression: a digit figure, a number word, a fraction sign."""

    start: int
    end: int
    kind: _K
    value: float
    word: str = ""
    plural: bool = False
    integer: bool = True
    plain: bool = False  # digits only: no separator, sign, suffix or exponent
    signed: bool = False
    ndigits: int = 0
    ordinal: bool = False  # "55th"
    dotted: bool = False  # from a chain like "192.168.1.2" or "2.3.1"
    scale: float = 1.0  # multiplier suffix carried ("6bn" -> 1e9)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Scan:
    """A text cut into atoms, with what joins each atom to the one before; ``lang`` is the
    language whose lexicons read it (every reader below the scan keys on it)."""

    text: str
    lang: str
    atoms: tuple[_Atom, ...]
    conn: tuple[_C, ...]
    left_joint: tuple[str, ...]
    right_joint: tuple[str, ...]
    next_ordinal: tuple[int, ...]  # index of the next ORDINAL/FRACWORD atom at or after i
    phrases: tuple[tuple[str, int, int], ...] = ()  # vague magnitudes and "a decade" (news)


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class _Reading:
    """One number expression found in the text."""

    start: int
    end: int
    value: float
    kind: _R
    first: int
    last: int
    scale: float = 1.0  # trailing scale word or suffix ("6 billion", "6bn")
    bare_half: bool = False

    @property
    def base(self) -> float:
        """The value before the trailing scale ("6 billion" -> 6)."""
        return self.value / self.scale if self.scale else self.value


def _article_before(text: str, start: int, articles: Sequence[str]) -> int | None:
    """Where "a"/"an" stands right before ``start`` ("a dozen"), if it does."""
    j = start
    while j > 0 and start - j < 3 and text[j - 1] in _SPACES:
        j -= 1
    if j == start:
        return None
    for article in articles:  # longest first
        k = j - len(article)
        if k >= 0 and text[k:j].lower() == article and (k == 0 or not text[k - 1].isalnum()):
            return k
    return None


def _word_before(text: str, start: int, skip: str = "") -> str:
    """The word right before ``start``, lower case (skipping spaces and ``skip`` characters)."""
    j = start
    while j > 0 and start - j < 8 and (text[j - 1] in _SPACES or text[j - 1] in skip):
        j -= 1
    k = j
    while k > 0 and j - k < 24 and (text[k - 1].isalpha() or text[k - 1] in "'\u2019"):
        k -= 1
    return text[k:j].lower()


def _word_after(text: str, end: int) -> str:
    """The word right after ``end``, lower case."""
    j = end
    while j < len(text) and j - end < 8 and text[j] in _SPACES:
        j += 1
    k = j
    while k < len(text) and k - j < 24 and text[k].isalpha():
        k += 1
    return text[j:k].lower()
