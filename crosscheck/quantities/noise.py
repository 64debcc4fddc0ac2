"""Readings -> the ones that are not amounts: dates, times, codes, phones, labels, years."""

from __future__ import annotations

import re
from typing import Final

from crosscheck.model import Unit
from crosscheck.quantities.bounds import _Item, _prefix_at
from crosscheck.quantities.kinds import (
    _K,
    _R,
    _RESCUES_YEAR,
    _WINDOW,
    _Reading,
    _Scan,
    _word_after,
    _word_before,
)
from crosscheck.quantities.lexicons import _modifiers, _NumberLexicon, _numbers
from crosscheck.quantities.patterns import _Patterns, _patterns
from crosscheck.text.cues import OTHER_CASES
from crosscheck.text.possessive import possessives

# --- what is not a quantity -----------------------------------------------------------


_NON_SPACE: Final = re.compile(r"\S*")
_CLAUSE_BREAK: Final = re.compile('[.,;:!?()"\u201c\u201d\u2014\n]')


def _token_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The non-space text glued to a figure on its left and on its right (bounded)."""
    window = text[max(0, start - _WINDOW) : start]
    left = _NON_SPACE.match(window[::-1])
    right = _NON_SPACE.match(text, end, min(len(text), end + _WINDOW))
    left_len = left.end() if left is not None else 0
    return window[len(window) - left_len :], right.group() if right is not None else ""


def _chain_length(sc: _Scan, i: int) -> int:
    """How many figures are joined by "-" or "/" into one chain with atom i (dates, phones)."""
    n = 1
    j = i
    while j > 0 and sc.left_joint[j] and n < 8:
        j -= 1
        n += 1
    j = i
    while j < len(sc.atoms) - 1 and sc.right_joint[j] and n < 8:
        j += 1
        n += 1
    return n


def _is_noise(sc: _Scan, r: _Reading) -> bool:
    """True for figures that are not amounts: parts of codes, dates, times, phones, URLs."""
    lex = _numbers(sc.lang)
    pat = _patterns(sc.lang)
    text = sc.text
    a = sc.atoms[r.first]
    if a.kind is _K.SLASH and not _slash_is_amount(sc, r, lex):
        return True
    if any(sc.atoms[k].dotted for k in range(r.first, r.last + 1)):
        return True
    if r.bare_half and not _half_is_amount(sc, r, lex):
        return True
    if a.kind is _K.DIGITS and r.first == r.last:
        joints = (sc.left_joint[r.first], sc.right_joint[r.first])
        if "/" in joints or _chain_length(sc, r.first) >= 3:
            return True
    if a.kind is _K.DIGITS and r.first == r.last and _list_number(text, r.start, r.end, lex):
        return True  # "2. Round 2 of trade talks": the number of a list's item
    if a.kind is _K.DIGITS and r.first == r.last and _short_year(text, r.start, r.end, lex):
        return True  # "in '94", "a green '99 Honda": a year written short
    if _inside_not_figure(text, r.start, r.end, pat):
        return True  # "in the first place", "the First Amendment", "call 911"
    if r.kind is _R.ORDINAL and pat.ordinal_name.match(text, r.end, r.end + _WINDOW):
        return True  # "the 12th Amendment", "the Ninth Circuit", "Georgia's 6th District"
    if pat.kind_part.match(text, r.end, r.end + _WINDOW):
        return True  # "a two-way race", "a 10-way tie": a kind of contest
    if r.first == r.last and _adverb_ordinal(text, r.start, r.end, lex, sc.lang):
        return True  # "was first reported by", "First, the Pentagon said"
    if r.first == r.last and _vague_pair(text, r.start, r.end, lex):
        return True  # "in the next week or two"
    left, right = _token_around(text, r.start, r.end)
    glued = left + right
    if "://" in glued or "www." in glued.lower() or "@" in glued:
        return True
    if left[-1:] in ("/", "-") and any(ch.isalpha() for ch in _code_before(sc, r, left)):
        return True  # "A/HRC/RES/55/27", "COVID-19"
    if right[:1] == "/" and right[1:2].isalpha():
        return True
    if left.endswith("[") and right.startswith("]"):
        return True  # footnote marker
    if left.endswith("#") or _label_before(text, r.start, lex):
        return True
    if text[r.start - 1 : r.start] in (" ", "\u00a0") and pat.name_before.search(
        text, max(0, r.start - _WINDOW), r.start
    ):
        return True  # "S&P 500", "Group of 20", "Air Force One": the figure is part of a name
    if a.kind is _K.DIGITS and pat.time_after.match(text, r.end, r.end + _WINDOW):
        return True
    if a.kind is _K.DIGITS and r.first == r.last and _street_number(text, r.end, pat, lex):
        return True  # "10 Downing Street", "1600 Pennsylvania Avenue"
    if (
        text[max(0, r.start - 1) : r.start] == ":"
        and text[max(0, r.start - 2) : r.start - 1].isdigit()
    ):
        return True
    return _is_day(sc, r, lex, pat)


def _list_number(text: str, start: int, end: int, lex: _NumberLexicon) -> bool:
    """Whether the digits at start:end number an item of a list (numbers.toml's
    ``list_marks``, ``list_number_digits``): they open their line (nothing but spaces before
    them since the line break or the text's start) and one of the marks and a space follow
    them: "2. Round 2 of trade talks", "5) Rand Paul goes back to basics" on a line of their
    own. Not "2.5 million people", "3 people died." nor a year ("2012. That was the year")."""
    if not lex.list_marks or not 0 < end - start <= lex.list_number_digits:
        return False
    if text[end : end + 1] not in lex.list_marks or text[end + 1 : end + 2] not in (" ", "\t"):
        return False
    head = text[max(0, start - _WINDOW) : start]
    if "\n" not in head and start > _WINDOW:
        return False
    return not head.rsplit("\n", 1)[-1].strip()


def _short_year(text: str, start: int, end: int, lex: _NumberLexicon) -> bool:
    """Whether two digits follow one of ``year_apostrophes`` with no letter or digit before
    it nor after them, and no closing apostrophe after them on their line: "in '94", "the mean
    '08/'10 electorate" (a year written short), not "'47 percent'" (a quoted figure)."""
    if end - start != 2 or start < 1 or text[start - 1] not in lex.year_apostrophes:
        return False
    before = text[start - 2 : start - 1]
    after = text[end : end + 1]
    if before.isalnum() or after.isalnum():
        return False
    line = text[end : end + _WINDOW].split("\n", 1)[0]
    closing = any(
        line[k] in lex.year_apostrophes
        and not line[k - 1].isspace()
        and not line[k + 1 : k + 2].isalnum()
        for k in range(1, len(line))
    )
    return not closing  # "Romney's '47 percent'?": a quoted figure, closed on its line


def _inside_not_figure(text: str, start: int, end: int, pat: _Patterns) -> bool:
    """Whether the figure at start:end lies inside one of the phrases that are no amount
    (``not_figures`` in numbers.toml: "in the first place", "a 911 call"). A figure whose
    words, as written, are in no such phrase is in none: that test spares the phrase search
    for nearly every figure (plain ASCII only, where lower-casing is the pattern's case rule).
    The phrase search itself runs case-sensitively on the lower-cased window where that
    finds the same matches (``patterns.lowered_not_figure``), case-insensitively elsewhere."""
    words = " ".join(text[start:end].split())
    if words.isascii() and words.lower() not in pat.not_figure_text:
        return False
    lo, hi = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    lowered = pat.not_figure_lower
    if lowered is not None:
        first = max(0, lo - 1)  # the pattern's look-behind reads the character before ``lo``
        window = text[first:hi]
        low = window.lower()
        if len(low) == len(window) and all(c not in window for c in OTHER_CASES):
            start, end = start - first, end - first  # the same matches, found in ``low``
            return any(
                m.start() <= start and end <= m.end() for m in lowered.finditer(low, lo - first)
            )
    return any(m.start() <= start and end <= m.end() for m in pat.not_figure.finditer(text, lo, hi))


def _adverb_ordinal(text: str, start: int, end: int, lex: _NumberLexicon, lang: str) -> bool:
    """Whether the ordinal word at start:end is an adverb (numbers.toml's ``adverb_ordinals``):
    a verb follows it and no determiner stands before it ("was [first] reported by", "who
    [first] acknowledged"), or a comma follows it at a sentence's start ("[First], the
    Pentagon said"). "the first reported case", "was first to voice" stay ranks."""
    if text[start:end].lower() not in lex.adverb_ordinals:
        return False
    before = _word_before(text, start)
    if before in lex.adverb_not_after or _possessive(before, lang):
        return False  # "the first reported case", "America's first elected woman"
    if not before and text[end : end + 1] == ",":
        opening = text[max(0, start - _WINDOW) : start].rstrip(" \u00a0\"\u201c'\u2018")
        return not opening or opening[-1] in ".!?:\n"
    after = _word_after(text, end)
    if after in lex.adverb_verbs or _priority(text, start, end, after, lex):
        return True
    ending = lex.adverb_verb_ending
    if ending and after.endswith(ending) and len(after) > len(ending) + 2:
        return True
    return _gerund_with_object(text, end, after, lex)


def _gerund_with_object(text: str, end: int, after: str, lex: _NumberLexicon) -> bool:
    """Whether ``after``, the word after an adverb ordinal ending at ``end``, is a verb in
    ``adverb_gerund_ending`` written in lower case with an object of ``adverb_gerund_objects``
    right after it: "after first [changing] them", "without first [having] to"."""
    ending = lex.adverb_gerund_ending
    if not ending or not after.endswith(ending) or len(after) <= len(ending) + 2:
        return False
    at = text.find(after, end, end + _WINDOW)
    if at < 0 or not text[at : at + 1].islower():
        return False  # "First Hearing Is Over": a headline's noun
    return _word_after(text, at + len(after)) in lex.adverb_gerund_objects


def _priority(text: str, start: int, end: int, after: str, lex: _NumberLexicon) -> bool:
    """Whether the adverb ordinal at start:end says what matters most (numbers.toml's
    ``priority_verbs``): "put America [first]", "is not putting country [first], but",
    "Trump comes [first]." -- a verb of ``priority_next_verbs`` right before it, or one of
    ``priority_verbs`` at most ``priority_words`` words before it in its clause, and the
    ordinal ends its clause or a word of ``priority_after`` follows. "came first in the
    race", "comes first in Iowa", "put the first two" and "first-time buyers" stay."""
    nxt = text[end : end + 1]
    if nxt == "-" or (after and after not in lex.priority_after):
        return False
    clause = _CLAUSE_BREAK.split(text[max(0, start - 12 * lex.priority_words) : start])[-1]
    words = clause.lower().split()
    if words and words[-1] in lex.priority_next_verbs:
        return True
    return any(w in lex.priority_verbs for w in words[-lex.priority_words - 1 :])


def _vague_pair(text: str, start: int, end: int, lex: _NumberLexicon) -> bool:
    """Whether the figure at start:end closes a vague span (numbers.toml's
    ``vague_pair_figures``): "a week or [two]", "in the next day or [two]", but not "a day
    or [two] weeks later" nor "[two] weeks"."""
    if text[start:end].lower() not in lex.vague_pair_figures:
        return False
    before = text[max(0, start - 24) : start].lower().split()
    if (
        len(before) < 2
        or before[-1] != lex.vague_pair_joint
        or before[-2] not in lex.vague_pair_units
    ):
        return False
    after = _word_after(text, end)
    return (
        after not in lex.vague_pair_units
        and after.removesuffix(lex.plural_suffix) not in lex.vague_pair_units
    )


def _possessive(word: str, lang: str) -> bool:
    """Whether ``word`` ends with a possessive ending of lemmas.toml ("america's", "senators'")."""
    ends, written = possessives(lang), word.replace("\u2019", "'")
    return ends.owner(written, ends.with_plural) != written


def _street_number(text: str, end: int, pat: _Patterns, lex: _NumberLexicon) -> bool:
    """Whether the whole figure ending at ``end`` is a street number: capitalised words and a
    street word of numbers.toml's ``street_words`` follow it ("10 Downing Street"), and no
    plural noun in lower case after them ("200 Wall Street bankers" counts bankers)."""
    m = pat.street_after.match(text, end, min(len(text), end + 3 * _WINDOW))
    if m is None:
        return False
    following = m.group("next") or ""
    plural = following.endswith(lex.plural_suffix) and len(following) > len(lex.plural_suffix) + 2
    return not (following.islower() and plural)


def _label_before(text: str, start: int, lex: _NumberLexicon) -> bool:
    """Whether a label word stands right before a figure ("Article 5", "No. 5"): across a
    dot only before a figure that does not start with a capital, since a capital there starts
    a sentence ("... and its YouTube channel. Eight minutes from the briefing were cut")."""
    if _word_before(text, start, skip="#") in lex.labels:
        return True
    return not text[start : start + 1].isupper() and (
        _word_before(text, start, skip=".#") in lex.labels
    )


def _code_before(sc: _Scan, r: _Reading, left: str) -> str:
    """The text glued before a figure that could make it part of a code: all of it, except a
    figure with a multiplier suffix ("5k-20k", "$10m-$20m" are ranges, not codes)."""
    if r.first > 0:
        prev = sc.atoms[r.first - 1]
        if prev.scale != 1.0 and r.start - len(left) <= prev.end <= r.start:
            return sc.text[prev.end : r.start]
        if r.start - len(left) <= prev.end <= r.start and _dashed_joiner(
            sc.text[prev.end : r.start], sc.lang
        ):
            return ""  # "a 5-to-4 decision", "a seven-to-nine-year term": two figures joined
    return left


def _dashed_joiner(gap: str, lang: str) -> bool:
    """Whether ``gap`` is a range joiner between two dashes ("-to-"; modifiers.toml's
    ``joiners`` and ``dashes``)."""
    mods = _modifiers(lang)
    return (
        len(gap) > 2
        and gap[0] in mods.dashes
        and gap[-1] in mods.dashes
        and gap[1:-1].lower() in mods.joiners
    )


def _slash_is_amount(sc: _Scan, r: _Reading, lex: _NumberLexicon) -> bool:
    """Whether "1/2" written with digits is a fraction: a proper one, signed ("-4/5"), after a
    bound word ("more than 1/2") or before "of" ("2/3 of voters"); "9/11", "24/7" and dates
    ("on 3/4") are not."""
    if not 0 < abs(r.value) < 1 or r.first != r.last:
        return False
    if r.value < 0 or _word_after(sc.text, r.end) in lex.partitive:
        return True
    prefix = _prefix_at(sc, r.start)
    return prefix is not None and prefix[2] != "opener"


def _half_is_amount(sc: _Scan, r: _Reading, lex: _NumberLexicon) -> bool:
    """Whether a bare "half" is a figure: after a bound word, or before "of"."""
    if _prefix_at(sc, r.start) is not None:
        return True
    return (
        _word_after(sc.text, r.end) in lex.partitive
        and _word_before(sc.text, r.start) not in lex.half_not_after
    )


def _is_day(sc: _Scan, r: _Reading, lex: _NumberLexicon, pat: _Patterns) -> bool:
    """True for the day of a date: "May 1, 2020", "14 February 2025", "the 9th of August"."""
    a = sc.atoms[r.first]
    if r.first != r.last or a.kind is not _K.DIGITS or not a.integer or a.signed:
        return False
    if not (1 <= a.value <= lex.day_max) or a.ndigits > 2:
        return False
    lo = max(0, r.start - 24)
    if pat.month_before.search(sc.text, lo, r.start):
        return True
    return pat.month_after.match(sc.text, r.end, r.end + _WINDOW) is not None


_YEAR_BEFORE: Final = re.compile(r"(?<![0-9])([0-9]{4})\s*[-\u2013/]\s*$")


def _is_year(sc: _Scan, item: _Item) -> bool:
    """True for a bare four-digit figure in the year span with nothing making it an amount."""
    lex = _numbers(sc.lang)
    r = item.reading
    a = sc.atoms[r.first]
    if r.first != r.last or a.kind is not _K.DIGITS or r.kind is not _R.CARDINAL:
        return False
    if item.unit is not Unit.COUNT or item.bound in _RESCUES_YEAR:
        return False
    if a.plain and a.ndigits == 4 and lex.year_min <= a.value <= lex.year_max:
        return True
    m = _YEAR_BEFORE.search(sc.text, max(0, r.start - 8), r.start)
    return bool(a.plain and m and lex.year_min <= int(m.group(1)) <= lex.year_max)
