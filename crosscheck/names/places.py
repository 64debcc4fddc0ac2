"""Name-finder helpers: a place told by its last or first word, and two names run together.

``place_by_head`` says whether a capitalised name found without a title is a place by its
last word ("Falkland Islands", "Holloman Air Force Base"; names.toml ``place_heads``) or its
first ("South Bend", "Fort Campbell"; ``place_first_words``); a last word that is also a
surname ("Bay", "Park") counts only right after a word of ``place_head_openers`` ("in Tampa
Bay", not "Michael Bay said"). ``person_after_body`` finds a person's name run into a body's
("Department of Homeland Security Kristjen Nielsen"; ``organisation_tails``).
``place_by_next_word`` says whether the lower-case word after a name makes it a place's
("the Abu Ghraib prison"; ``place_heads_after``). ``split_repeated`` splits "Jennifer
Coolidge Audrey Coolidge" into two names. Pure functions over words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol, TypeVar

from crosscheck.lexicon import load_lexicon
from crosscheck.names.lexicon import (
    NAMES_LEXICON,
    is_initial,
    lexicon_number,
    name_word_rules,
    word_sets,
)


class _Keyed(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def cap(self) -> bool: ...


_T = TypeVar("_T", bound=_Keyed)


@dataclass(frozen=True, slots=True, kw_only=True)
class _PlaceWords:
    heads: frozenset[str]
    first: frozenset[str]  # "south", "fort": the first word of a place's name
    surname_heads: frozenset[str]
    openers: frozenset[str]
    tails: frozenset[str]
    after: frozenset[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class _FirstWordPlaces:
    """What ``place_first_words`` reads besides its words: how long such a name may be, and
    the words of a people ("african", "koreans") after which it is no place."""

    max_words: int
    people: frozenset[str]


@cache
def _first_word_places(lang: str) -> _FirstWordPlaces:
    words = name_word_rules(lang)
    people = words.demonyms | words.place_people
    endings = words.inflection_endings
    data = load_lexicon(NAMES_LEXICON, lang)
    return _FirstWordPlaces(
        max_words=int(lexicon_number(data, "place_first_word_max_words", NAMES_LEXICON, lang)),
        people=people | frozenset(word + ending for word in people for ending in endings),
    )


def _place_by_first_word(keys: Sequence[str], words: _PlaceWords, lang: str) -> bool:
    """ "South Bend", "Fort Campbell": a first word of ``place_first_words`` in a short name
    with no people's word after it ("West African" is no place)."""
    if keys[0] not in words.first:
        return False
    found = _first_word_places(lang)
    return len(keys) <= found.max_words and found.people.isdisjoint(keys[1:])


@cache
def _place_words(lang: str) -> _PlaceWords:
    return word_sets(
        _PlaceWords,
        lang,
        heads="place_heads",
        first="place_first_words",
        surname_heads="surname_place_heads",
        openers="place_head_openers",
        tails="organisation_tails",
        after="place_heads_after",
    )


def place_by_head(keys: Sequence[str], text: str, at: int, *, possessive: bool, lang: str) -> bool:
    """Whether a name of two or more capitalised words is a place by its last or first word.

    Args:
        keys: The name's words, lower case, without a final period.
        text: The text of the sentence.
        at: Where the name starts in ``text`` (the text before it is read only when the
            last word is also a surname).
        possessive: Whether the name ends in a possessive ("Michael Bay's").
        lang: The language of the text (whose ``names.toml`` lists the words).
    """
    if len(keys) < 2:
        return False
    words = _place_words(lang)
    if keys[-1] in words.heads or _place_by_first_word(keys, words, lang):
        return True
    if keys[-1] not in words.surname_heads or possessive:
        return False
    previous = text[:at].rsplit(maxsplit=1)[-1:]
    return bool(previous) and previous[0] in words.openers


def place_by_next_word(text: str, end: int, lang: str) -> bool:
    """Whether the lower-case word right after a name ends at ``end`` in ``text`` makes it a
    place's ("Abu Ghraib prison", "Khyber Pakhtunkhwa province"; ``place_heads_after`` of
    language ``lang``)."""
    rest = text[end : end + 24]
    if rest[:1] != " ":
        return False  # "Abu Ghraib's prison", "Abu Ghraib, prison": another reading
    word = rest.split(maxsplit=1)[:1]
    return bool(word) and word[0].rstrip(".,;:!?") in _place_words(lang).after


def split_repeated(part: Sequence[_T]) -> list[list[_T]]:
    """ "Jennifer Coolidge Audrey Coolidge" -> two names (a surname seen two words back)."""
    if len(part) < 3:  # no word two back: one piece (the usual case)
        return [list(part)] if part else []
    pieces: list[list[_T]] = [[]]
    for index, tok in enumerate(part):
        current = pieces[-1]
        if index >= 2 and len(current) >= 2 and part[index].key == part[index - 2].key:
            moved = current.pop()
            pieces.append([moved])
        pieces[-1].append(tok)
    return [p for p in pieces if p]


_PERSON_WORDS = 2  # a given name and a surname


def person_after_body(body: Sequence[_T], name_word: Callable[[_T], bool], lang: str) -> int:
    """Where a person's name run into the end of a body's name starts, or 0.

    "Department of Homeland Security Kristjen Nielsen": two capitalised person words
    (``name_word``, no initials) after a body's name of two or more words that ends in a
    word of ``organisation_tails`` (of language ``lang``).
    """
    split = len(body) - _PERSON_WORDS
    if split < 2 or body[split - 1].key not in _place_words(lang).tails:
        return 0
    person = body[split:]
    return split if all(t.cap and not is_initial(t.text) and name_word(t) for t in person) else 0
