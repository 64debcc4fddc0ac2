"""Located figures: a length that says how far one named place lies from another.

"Samarra, about 70 miles north of Baghdad", "Peshawar lies 120 km (75 miles) from
Islamabad", "the city of Samarra, approximately 80 miles north of the Iraqi capital", "70
miles north of Baghdad in Samarra": the figure measures how far the place P the phrase is
attached to lies from the reference place R. Its frame's what is the pair ("samarra from
baghdad", the joiner from ``events.toml`` [located]) and its event ``LOCATED``: it is
compared only with a figure of the same two places (``same_places``; P's distance from R is
R's from P), never with a depth, a length or a distance travelled. Both P and R must be
names (or a capital named through ``[located_capitals]``); anything else is left as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from crosscheck.claims.frame_roles import TOTAL
from crosscheck.claims.frame_words import CLAUSE_END, frame_words
from crosscheck.claims.frames import Frame
from crosscheck.claims.listed_places import date_places
from crosscheck.lexicon import LowerWords, load_lexicon, require, table_settings
from crosscheck.model import Quantity, TimeRef, Unit
from crosscheck.text.possessive import possessives
from crosscheck.text.words import Token, claim_words

LOCATED = "located"
_LENGTH = "length"
_LEXICON = "events"
_COMMA = ","
_OPEN = "("
_CLOSE = ")"
# How many tokens a bracketed conversion after the unit may hold: "120 km [(75 miles)]".
_BRACKET_REACH = 6


@dataclass(frozen=True, slots=True, kw_only=True)
class _LocatedWords:
    """``events.toml`` [located], read once."""

    joiner: str
    approximators: LowerWords
    links: LowerWords
    relatives: LowerWords
    descriptor_openers: LowerWords
    descriptor_reach: int
    place_nouns: LowerWords
    directions: LowerWords
    direction_of: LowerWords
    references: LowerWords
    place_after: LowerWords
    place_after_of: LowerWords
    name_abbreviations: LowerWords
    capital_nouns: LowerWords
    capital_of: LowerWords
    name_reach: int


@cache
def _words(lang: str) -> _LocatedWords:
    return table_settings(_LocatedWords, _LEXICON, "located", lang=lang)


@cache
def _capitals(lang: str) -> dict[str, str]:
    """Country name or adjective -> its capital (``[located_capitals]``)."""
    table = require(load_lexicon(_LEXICON, lang), "located_capitals", dict, _LEXICON, lang=lang)
    return {
        str(name).lower(): str(capital).lower()
        for capital, names in sorted(table.items())
        for name in names
    }


@cache
def _qualifiers(lang: str) -> frozenset[str]:
    """States and countries, which qualify a place before them ("Warsaw, Virginia, ...")."""
    places = date_places(lang)
    return frozenset(places.us_states | places.countries)


def located_frame(
    frame: Frame,
    q: Quantity,
    before: Sequence[Token],
    after: Sequence[Token],
    times: Sequence[TimeRef],
    lang: str,
) -> Frame:
    """The frame of a length that says how far a named place lies from another, else
    ``frame`` unchanged. ``before`` ends right before the figure, ``after`` starts right
    after its unit word."""
    if q.unit is not Unit.MEASURE or q.dimension != _LENGTH:
        return frame
    found = _reference_after(after, times, lang)
    if found is None:
        return frame
    reference, rest = found
    place = _place_before(before, times, lang) or _place_after(rest, times, lang)
    if not place or place == reference:
        return frame
    what = f"{place} {_words(lang).joiner} {reference}"
    return replace(frame, what=what, event=LOCATED, place="", role=TOTAL, actor="", incident="")


def located_places(what: str, lang: str) -> tuple[str, str] | None:
    """(P, R) of a located figure's what ("samarra from baghdad"), else None."""
    place, joiner, reference = what.partition(f" {_words(lang).joiner} ")
    return (place, reference) if joiner and place and reference else None


def same_places(a: str, b: str, lang: str) -> bool:
    """Whether two located whats name the same two places, in either order."""
    pa, pb = located_places(a, lang), located_places(b, lang)
    return pa is not None and pb is not None and sorted(pa) == sorted(pb)


# --- the reference after the figure ------------------------------------------------------


def _reference_after(
    after: Sequence[Token], times: Sequence[TimeRef], lang: str
) -> tuple[str, Sequence[Token]] | None:
    """R and the tokens after it: "[(75 miles)] north of Baghdad", "from the Iraqi capital"."""
    words = _words(lang)
    i = _past_bracket(after)
    first = i
    while i < len(after) and after[i].lower in words.directions and i - first < 2:
        i += 1
    directed = i > first
    if i >= len(after):
        return None
    link = after[i].lower
    if not (link in words.references or (directed and link in words.direction_of)):
        return None
    i += 1
    capital = _capital_at(after, i, times, lang)
    if capital is not None:
        return capital  # "the Iraqi capital", not "Iraqi"
    name, j = _name_at(after, i, times, lang)
    return (name, after[j:]) if name and _name_ends(after, j, lang) else None


def _past_bracket(after: Sequence[Token]) -> int:
    """The index past a bracketed conversion right after the unit ("120 km [(75 miles)]")."""
    if not after or after[0].text != _OPEN:
        return 0
    for k, token in enumerate(after[1 : 1 + _BRACKET_REACH], start=1):
        if token.text == _CLOSE:
            return k + 1
    return 0


def _capital_at(
    after: Sequence[Token], i: int, times: Sequence[TimeRef], lang: str
) -> tuple[str, Sequence[Token]] | None:
    """A capital named by its country: "the Iraqi capital", "the capital of Iraq", "the
    country's capital, Islamabad", "the capital, Baghdad" (a name given after it wins)."""
    words = _words(lang)
    if i >= len(after) or after[i].lower not in frame_words(lang).place_determiners:
        return None
    k = i + 1
    owner: list[str] = []
    while k < len(after) and after[k].lower not in words.capital_nouns and len(owner) < 3:
        if not after[k].is_word:
            return None
        owner.append(after[k].lower)
        k += 1
    if k >= len(after) or after[k].lower not in words.capital_nouns:
        return None
    k += 1
    if k < len(after) and after[k].text == _COMMA:
        name, end = _name_at(after, k + 1, times, lang)
        if name and _name_ends(after, end, lang):
            return name, after[end:]  # "the country's capital, Islamabad"
    if not owner and k < len(after) and after[k].lower in words.capital_of:
        country, end = _name_at(after, k + 1, times, lang)
        capital = _capitals(lang).get(country, "")
        return (capital, after[end:]) if capital and _name_ends(after, end, lang) else None
    capital = _capitals(lang).get(" ".join(owner), "")
    return (capital, after[k:]) if capital else None  # not "the country's capital": which?


# --- the place the phrase is attached to -------------------------------------------------


def _place_before(before: Sequence[Token], times: Sequence[TimeRef], lang: str) -> str:
    """P before the figure: "Samarra, [only]", "Bulomarer, which is [about]", "Peshawar, a
    city [about]", "Peshawar, the capital of ... Province that sits [about]", "Alamogordo
    is [about]"."""
    words = _words(lang)
    i = len(before)
    while i > 0 and before[i - 1].lower in words.approximators:
        i -= 1
    linked = False
    while i > 0 and (before[i - 1].lower in words.links or before[i - 1].lower in words.relatives):
        linked = linked or before[i - 1].lower in words.links
        i -= 1
    if i == 0:
        return ""
    if before[i - 1].text == _COMMA:
        named = _name_before(before, i - 1, times, lang)
        if named:
            return named
        i -= 1  # "Baghdad, the capital, lies ...": the descriptor ends at the comma
    opened = _descriptor_start(before, i, lang)
    if opened is not None:
        return _name_before(before, opened - 1, times, lang)
    if linked:
        return _name_before(before, i, times, lang)  # "Peshawar lies 120 km from Islamabad"
    return ""


def _descriptor_start(before: Sequence[Token], end: int, lang: str) -> int | None:
    """The index of the opener of a descriptor of a place ending at ``end`` right after a
    comma: ", [a city] about 120 km"; None when there is none within reach, or it names no
    place noun (", a driver who travelled 80 miles")."""
    words = _words(lang)
    floor = max(0, end - words.descriptor_reach)
    placed = False
    for k in range(end - 1, floor - 1, -1):
        token = before[k]
        if token.text in CLAUSE_END:
            return None
        placed = placed or token.lower in words.place_nouns
        opens = token.lower in words.descriptor_openers and k > 0 and before[k - 1].text == _COMMA
        if opens:
            return k if placed else None
    return None


def _name_before(before: Sequence[Token], end: int, times: Sequence[TimeRef], lang: str) -> str:
    """The name ending right before index ``end``; a state or country after a comma names
    the place before it ("Warsaw, Virginia,": Warsaw)."""
    start = _run_start(before, end, times, lang)
    if start == end:
        return ""
    if start > 0 and before[start - 1].text == ".":
        return ""  # "St. Charles": a name cut by its abbreviation's period
    name = " ".join(t.lower for t in before[start:end])
    if name in _qualifiers(lang) and start > 1 and before[start - 1].text == _COMMA:
        return _name_before(before, start - 1, times, lang) or name
    return name


def _run_start(tokens: Sequence[Token], end: int, times: Sequence[TimeRef], lang: str) -> int:
    """The start of the run of name words ending right before ``end``."""
    k = end
    while k > 0 and end - k < _words(lang).name_reach and _name_word(tokens[k - 1], times, lang):
        k -= 1
    return k


def _place_after(rest: Sequence[Token], times: Sequence[TimeRef], lang: str) -> str:
    """P after the reference: "70 miles north of Baghdad [in Samarra]", "... in the city of
    Samarra"."""
    words = _words(lang)
    if not rest or rest[0].lower not in words.place_after:
        return ""
    i = 1
    fw = frame_words(lang)
    if (
        i + 2 < len(rest)
        and rest[i].lower in fw.place_determiners
        and rest[i + 1].lower in words.place_nouns
        and rest[i + 2].lower in words.place_after_of
    ):
        i += 3
    name, end = _name_at(rest, i, times, lang)
    return name if name and _name_ends(rest, end, lang) else ""


# --- names -------------------------------------------------------------------------------


def _name_word(token: Token, times: Sequence[TimeRef], lang: str) -> bool:
    """A capitalised word that may be part of a place's name (no month, weekday or article,
    no word inside a time)."""
    if not token.is_word or not token.is_capitalised:
        return False
    if (
        token.lower in frame_words(lang).not_places
        or token.lower in _words(lang).name_abbreviations
    ):
        return False
    return not any(t.start <= token.start < t.end for t in times)


def _name_at(
    tokens: Sequence[Token], i: int, times: Sequence[TimeRef], lang: str
) -> tuple[str, int]:
    """The name starting at index ``i`` (past "the": "the Paso Del Norte ..."), and the
    index after it; ("", i) when none starts there."""
    start = i
    if start < len(tokens) and tokens[start].lower in frame_words(lang).place_determiners:
        start += 1
    k = start
    while (
        k < len(tokens)
        and k - start < _words(lang).name_reach
        and _name_word(tokens[k], times, lang)
    ):
        k += 1
    if k == start:
        return "", i
    return " ".join(t.lower for t in tokens[start:k]), k


def _name_ends(tokens: Sequence[Token], end: int, lang: str) -> bool:
    """Whether a name ends a noun phrase: nothing after it but a mark or a function word
    ("Baghdad, although", "Austin after"), never a noun it qualifies ("the Israeli
    [border]", "the El Paso [station]") or an abbreviation's period ("St[.] Louis")."""
    if end >= len(tokens):
        return True
    token = tokens[end]
    if token.text == "." and end + 1 < len(tokens) and tokens[end + 1].start == token.end:
        return False
    if token.text == "." and tokens[end - 1].lower in _words(lang).name_abbreviations:
        return False
    if not token.is_word:
        return token.text != "-" and token.text not in possessives(lang).endings
    return token.lower in claim_words(lang).stop_words
