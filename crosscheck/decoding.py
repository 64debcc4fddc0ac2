"""Article bytes -> (text, encoding name): byte-order marks, UTF-8/16/32, Cyrillic code pages.

The encoding is detected per file: ``utf-8``, ``utf-8-sig``, ``utf-16``, ``utf-32``,
``utf-16-le`` / ``utf-16-be`` (no byte-order mark), ``cp1251``, ``koi8-r`` or ``cp1252``; a
name ending in ``" (with replacements)"`` means some bytes could not be decoded and became
U+FFFD. Decoding never raises.
"""

from __future__ import annotations

import codecs
import math
import re
from types import MappingProxyType
from typing import Final

from crosscheck.messages import message

_CONTROL: Final = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BINARY_CONTROL_SHARE: Final = 0.05

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Letter frequencies (per cent) of Russian, with the Belarusian letters I and short U,
# used to tell a Windows-1251 text from a KOI8-R one: the right decoding reads as common
# letters; the wrong one as rare letters with capitals inside words.
_CYRILLIC_FREQUENCY: Final = MappingProxyType(
    {
        "\N{CYRILLIC SMALL LETTER O}": 10.97,
        "\N{CYRILLIC SMALL LETTER IE}": 8.45,
        "\N{CYRILLIC SMALL LETTER A}": 8.01,
        "\N{CYRILLIC SMALL LETTER I}": 7.35,
        "\N{CYRILLIC SMALL LETTER EN}": 6.7,
        "\N{CYRILLIC SMALL LETTER TE}": 6.26,
        "\N{CYRILLIC SMALL LETTER ES}": 5.47,
        "\N{CYRILLIC SMALL LETTER ER}": 4.73,
        "\N{CYRILLIC SMALL LETTER VE}": 4.54,
        "\N{CYRILLIC SMALL LETTER EL}": 4.4,
        "\N{CYRILLIC SMALL LETTER KA}": 3.49,
        "\N{CYRILLIC SMALL LETTER EM}": 3.21,
        "\N{CYRILLIC SMALL LETTER DE}": 2.98,
        "\N{CYRILLIC SMALL LETTER PE}": 2.81,
        "\N{CYRILLIC SMALL LETTER U}": 2.62,
        "\N{CYRILLIC SMALL LETTER YA}": 2.01,
        "\N{CYRILLIC SMALL LETTER YERU}": 1.9,
        "\N{CYRILLIC SMALL LETTER SOFT SIGN}": 1.74,
        "\N{CYRILLIC SMALL LETTER GHE}": 1.7,
        "\N{CYRILLIC SMALL LETTER ZE}": 1.65,
        "\N{CYRILLIC SMALL LETTER BE}": 1.59,
        "\N{CYRILLIC SMALL LETTER CHE}": 1.44,
        "\N{CYRILLIC SMALL LETTER SHORT I}": 1.21,
        "\N{CYRILLIC SMALL LETTER HA}": 0.97,
        "\N{CYRILLIC SMALL LETTER ZHE}": 0.94,
        "\N{CYRILLIC SMALL LETTER SHA}": 0.73,
        "\N{CYRILLIC SMALL LETTER YU}": 0.64,
        "\N{CYRILLIC SMALL LETTER TSE}": 0.48,
        "\N{CYRILLIC SMALL LETTER SHCHA}": 0.36,
        "\N{CYRILLIC SMALL LETTER E}": 0.32,
        "\N{CYRILLIC SMALL LETTER EF}": 0.26,
        "\N{CYRILLIC SMALL LETTER HARD SIGN}": 0.04,
        "\N{CYRILLIC SMALL LETTER IO}": 0.04,
        "\N{CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I}": 5.0,
        "\N{CYRILLIC SMALL LETTER SHORT U}": 1.5,
    }
)
_RARE_LETTER: Final = 0.01


def looks_binary(text: str) -> bool:
    """True when decoded text has NUL characters or is more than 5 % control characters."""
    if "\x00" in text:
        return True
    controls = _CONTROL.subn("", text)[1]
    return controls > _BINARY_CONTROL_SHARE * len(text)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes, detecting the encoding; never raises.

    Order: byte-order mark; UTF-16 without one; strict UTF-8; UTF-8 with a few bad bytes;
    a single-byte code page (Windows-1251 or KOI8-R for Cyrillic text, else Windows-1252).

    Returns:
        The text and the encoding name (with ``" (with replacements)"`` when bytes were lost).
    """
    codec = bom_codec(data)
    if codec is not None:
        return _decode(data, codec)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace"), "utf-8" + replaced_suffix()
    return _decode_single_byte(data)


def bom_codec(data: bytes) -> str | None:
    """The codec a byte-order mark at the start of ``data`` names (UTF-8, -16, -32), or None."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def replaced_suffix() -> str:
    """Suffix of ``Source.encoding`` when undecodable bytes were replaced by U+FFFD
    (" (with replacements)" in English)."""
    return message("decoding.replaced")


def _decode(data: bytes, codec: str) -> tuple[str, str]:
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError:
        return data.decode(codec, errors="replace"), codec + replaced_suffix()


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    head = data[:4096]
    pairs = len(head) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even_nuls, odd_nuls = head[0::2].count(0), head[1::2].count(0)
    if odd_nuls >= 0.4 * pairs and even_nuls <= 0.05 * pairs:
        codec = "utf-16-le"
    elif even_nuls >= 0.4 * pairs and odd_nuls <= 0.05 * pairs:
        codec = "utf-16-be"
    else:
        return None
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError:
        return None


def _mostly_utf8(data: bytes) -> bool:
    """True when the non-ASCII bytes are mostly well-formed UTF-8 sequences."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for char in text if char > "\x7f") - bad
    return good > 0 and good >= 2 * bad


def _decode_single_byte(data: bytes) -> tuple[str, str]:
    as_cp1251 = _decode(data, "cp1251")
    if not looks_cyrillic(as_cp1251[0]):
        return _decode(data, "cp1252")
    as_koi8r = _decode(data, "koi8-r")
    if cyrillic_score(as_koi8r[0]) > cyrillic_score(as_cp1251[0]):
        return as_koi8r
    return as_cp1251


def looks_cyrillic(text: str) -> bool:
    """True when Cyrillic letters mostly stand next to Cyrillic letters, not Latin ones.

    A Western text wrongly decoded as Windows-1251 has its accented letters turned into
    isolated Cyrillic letters inside Latin words ("GrцЯe"); a Cyrillic text has whole words.
    """
    same = mixed = 0
    previous = ""
    for char in text:
        if char.isalpha() and previous.isalpha():
            first, second = _is_cyrillic(previous), _is_cyrillic(char)
            if first and second:
                same += 1
            elif first or second:
                mixed += 1
        previous = char
    return same > 0 and same >= 2 * mixed


def cyrillic_score(text: str) -> float:
    """How much ``text`` reads like Russian or Belarusian, from its letters.

    The mean log frequency of its Cyrillic letters, less a penalty for case changes inside
    words ("пРАВО": the other code page's capitals misread) and for box-drawing characters
    (KOI8-R's upper half misread). Case alone would fail on text set in capitals.
    """
    total = 0.0
    letters = inner_capitals = boxes = 0
    previous = ""
    for char in text:
        if _is_cyrillic(char) and char.isalpha():
            letters += 1
            total += math.log(_CYRILLIC_FREQUENCY.get(char.lower(), _RARE_LETTER))
            inner_capitals += char.isupper() and _is_cyrillic(previous) and previous.islower()
        elif "\u2500" <= char <= "\u259f":
            boxes += 1
        previous = char
    if letters == 0:
        return -math.inf
    return (total - 5.0 * inner_capitals - 5.0 * boxes) / letters


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"
