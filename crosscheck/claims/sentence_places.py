"""Places with no place word before them: a figure's sentence part -> the place a region's
abbreviation, its subject or a named institution gives ("Meanwhile, Newtown, Conn.,
continues ...": Newtown).

A region's abbreviation ("Conn.,") is read among the place words (``frame_places.place_near``:
its dot ends no part, the name before it is a place); a subject or an institution only for a
figure to which no place word gives a place. Words from places.toml ``[sentence_places]``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

from crosscheck.claims.frame_words import frame_words
from crosscheck.claims.listed_places import date_places
from crosscheck.lexicon import LowerWords, table_settings
from crosscheck.text.words import Token

# Region kinds of ``[date_places]`` that make "City, Region," a place ("Newtown,
# Connecticut,"); a city there is no region ("Paris, London, Berlin, ...").
_REGION_KINDS = frozenset({"us_states", "countries"})
_NAME_WORDS = 3  # the longest place or region name read ("new york", "south carolina")
_INSTITUTION_WORDS = 5  # the most words of an institution's name ("Army Public School")
# How many tokens before a figure its institution's name may start ("Hillcrest High School
# had an armed guard on campus when the two gunmen killed [15]": 16).
_INSTITUTION_LOOK = 24
_END = itemgetter(1)  # a token's end (``Token`` is a named tuple)


@dataclass(frozen=True, slots=True)
class SentencePlaces:
    """The ``[sentence_places]`` table of ``places.toml``."""

    region_abbreviations: LowerWords
    subject_openers: LowerWords
    residence_words: LowerWords
    institution_nouns: LowerWords
    institution_links: LowerWords
    institution_reach: int


@cache
def sentence_places(lang: str) -> SentencePlaces:
    """The ``[sentence_places]`` table, read once."""
    return table_settings(SentencePlaces, "places", "sentence_places", lang=lang)


def is_abbreviation_dot(tokens: Sequence[Token], index: int, lang: str) -> bool:
    """Whether ``tokens[index]`` is the dot of a region's abbreviation between a place's
    comma and its own ("Newtown, Conn[.],"): it ends no sentence part. Not a dot before a
    dash ("PALM BEACH, Fla. -": a dateline) or at a sentence's end."""
    if not 2 <= index < len(tokens) - 1 or tokens[index].text != ".":
        return False
    word, comma = tokens[index - 1], tokens[index - 2]
    return (
        comma.text == ","
        and tokens[index + 1].text == ","
        and word.end == tokens[index].start
        and word.is_capitalised
        and word.lower in sentence_places(lang).region_abbreviations
    )


def region_city(part: Sequence[Token], index: int, lang: str) -> str:
    """The place a region's abbreviation at ``part[index]`` follows ("[Parkland], Fla., high
    school shooting"), in lower-case words; "" when it follows none or a residence word
    ("Martin Richard of Dorchester, Mass.": his home, not the event's place)."""
    if not is_abbreviation_dot(part, index + 1, lang):
        return ""
    start = index - 1  # the comma
    while start > 0 and index - 1 - start < _NAME_WORDS and _name_word(part[start - 1], lang):
        start -= 1
    if start > 0 and part[start - 1].lower in sentence_places(lang).residence_words:
        return ""
    if _attached(part, index + 2):
        return ""  # "an Arlington, Va.,-based company": where the company is based
    return " ".join(t.lower for t in part[start : index - 1])


def unstated_place(
    part: Sequence[Token], figure_start: int, *, opening: bool, institutions: bool, lang: str
) -> str:
    """The place of a figure starting at ``figure_start`` in ``part`` (its sentence part,
    a run of tokens in text order) given by the sentence's subject (``opening``: the part
    starts the sentence) or, with ``institutions``, by a named institution whose clause the
    figure's is linked to; "" when neither stands there."""
    subject = _subject_place(part, figure_start, lang) if opening else ""
    if subject or not institutions:
        return subject
    return _institution_place(part, figure_start, lang)


def _subject_place(part: Sequence[Token], figure_start: int, lang: str) -> str:
    """A "City, Region," subject at the sentence's start, past an opener, before a
    small-letter word: "[Riverton], Oregon, continues coping with the death of 26 people"."""
    i = 0
    if part and part[0].lower in sentence_places(lang).subject_openers:
        i = 2 if len(part) > 1 and part[1].text == "," else 1
    city = _capitalised(part, i, lang)
    j = i + len(city)
    if not city or not _is(part, j, ","):
        return ""
    k = _region_end(part, j + 1, lang)
    if k is None or not _is(part, k, ",") or k + 1 >= len(part):
        return ""
    verb = part[k + 1]
    if not verb.is_word or verb.is_capitalised or verb.start > figure_start:
        return ""
    return " ".join(t.lower for t in city)


def _region_end(part: Sequence[Token], i: int, lang: str) -> int | None:
    """The index past a region at ``part[i]``: an abbreviation and its dot ("Conn."), or a
    listed state or country ("Connecticut"); None when none stands there."""
    if is_abbreviation_dot(part, i + 1, lang):
        return i + 2
    words = _capitalised(part, i, lang)
    kinds = date_places(lang).kinds
    for n in range(len(words), 0, -1):
        if kinds(" ".join(t.lower for t in words[:n])) & _REGION_KINDS:
            return i + n
    return None


def _capitalised(part: Sequence[Token], i: int, lang: str) -> list[Token]:
    """The capitalised words from ``part[i]``, at most ``_NAME_WORDS``, none a not-place."""
    run: list[Token] = []
    for token in part[i : i + _NAME_WORDS]:
        if not _name_word(token, lang):
            break
        run.append(token)
    return run


def _attached(part: Sequence[Token], i: int) -> bool:
    """Whether a word or mark follows ``part[i]`` with no space ("Va.,[-]based")."""
    return i + 1 < len(part) and part[i + 1].start == part[i].end


def _is(part: Sequence[Token], i: int, text: str) -> bool:
    return i < len(part) and part[i].text == text


def _institution_place(part: Sequence[Token], figure_start: int, lang: str) -> str:
    """A named institution, not after a place preposition, a link word after it before the
    figure: "Hillcrest High School had an armed guard on campus [when] the gunmen killed
    15". The last institution before the figure, or none."""
    table = sentence_places(lang)
    fw = frame_words(lang)
    end = bisect_right(part, figure_start, key=_END)
    before = part[max(0, end - _INSTITUTION_LOOK) : end]
    for n in range(len(before) - 1, 0, -1):
        noun = before[n]
        if noun.lower not in table.institution_nouns or not noun.is_capitalised:
            continue
        links = before[n + 1 : n + 1 + table.institution_reach]
        if not any(t.lower in table.institution_links for t in links):
            return ""  # the nearest institution's clause is not the figure's
        s = n
        while s > 0 and n - s + 1 < _INSTITUTION_WORDS and _name_word(before[s - 1], lang):
            s -= 1
        if s == n:
            return ""  # "the School": no name
        p = s - 1
        if p >= 0 and before[p].lower in fw.place_determiners:
            p -= 1
        if p >= 0 and before[p].lower in fw.place_prepositions:
            return ""  # "at Hillcrest High School": the place words' reading
        return " ".join(t.lower for t in before[s : n + 1])
    return ""


def _name_word(token: Token, lang: str) -> bool:
    """A capitalised word of a place's or an institution's name (not "The" or a weekday)."""
    return (
        token.is_word and token.is_capitalised and token.lower not in frame_words(lang).not_places
    )
