"""Places of figures: the tokens of a figure's sentence part -> the place it holds in.

"In Lyon, 40,000 people marched" holds in Lyon; "nationwide" is a place too. Places come
from ``lexicon/events.toml`` (place prepositions, area words, words that are no place).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache
from operator import itemgetter
from typing import Protocol

from crosscheck.claims.frame_words import CLAUSE_END, HARD_END, frame_words
from crosscheck.claims.listed_places import date_places
from crosscheck.claims.sentence_places import (
    is_abbreviation_dot,
    region_city,
    sentence_places,
    unstated_place,
)
from crosscheck.model import TimeRef
from crosscheck.names.lexicon import name_word_rules
from crosscheck.text.possessive import possessives
from crosscheck.text.words import Token, TokenIndex
from crosscheck.timex.lexicon import time_lexicon


class Span(Protocol):
    """What a place is read around: a figure (``Quantity``) or a date claim (``Claim``)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


# How many tokens after a figure its own place may stand ("1,162 likely voters in Ohio").
_OWN_REACH = 5


def place_near(
    q: Span,
    tokens: Sequence[Token],
    times: Sequence[TimeRef],
    *,
    sentence: TokenIndex | None = None,
    subjects: bool = False,
    institutions: bool = False,
    lang: str,
) -> str:
    """The place nearest the figure in its sentence part: "In Lyon, ...", "nationwide".

    ``sentence``, when given, indexes the sentence of which ``tokens`` is a run with no gap
    (``SentenceWords``): the part's bounding marks and its place words are then found by
    bisection among the sentence's own, read once per sentence, instead of by a scan of
    ``tokens`` for each figure. The dot of a region's abbreviation ("Newtown, Conn.,")
    bounds no part, and the name before such a region is a place ("the Parkland, Fla.,
    shooting"). When no place word gives a place, the sentence's subject (``subjects``) or
    a named institution (``institutions``) may (``sentence_places.unstated_place``)."""
    fw = frame_words(lang)
    lo = hi = None
    if sentence is not None:
        lo, hi = _bounds(q, tokens, sentence.mark_starts(HARD_END), lang)
    else:
        marks = [
            i
            for i, t in enumerate(tokens)
            if t.text in HARD_END and not is_abbreviation_dot(tokens, i, lang)
        ]
        for index in marks:  # rare marks
            token = tokens[index]
            if token.end <= q.start:
                lo = index
            if token.start >= q.end and hi is None:
                hi = index
    part = tokens[(lo + 1 if lo is not None else 0) : hi]
    own = _own_place(q, part, times, lang)
    if own:
        return own  # "1,196 voters in Florida, 1,162 voters [in Ohio]"
    best: tuple[int, str] | None = None
    areas, prepositions = fw.area_words, fw.place_prepositions
    if sentence is None:
        place_words = _place_words(lang)
        found = [i for i, t in enumerate(part) if t.lower in place_words]
    else:
        found = _runs_of(part, sentence.word_starts(_place_words(lang)))
    for index in found:
        token = part[index]
        if token.lower in areas:
            name = token.lower
        elif token.lower not in prepositions:  # a region's abbreviation: "Parkland, Fla.,"
            name = region_city(part, index, lang)
            if not name:
                continue
        else:  # a place preposition; a name that is no place is still the nearest name
            words = capitalised_words(part[index + 1 :], times, lang)
            if not words:
                continue
            name = named_place(words, lang)  # "in Trump's view": no place, not a farther one
        distance = min(abs(token.start - q.start), abs(token.start - q.end))
        if best is None or distance < best[0]:
            best = (distance, name)
    if best is None and (subjects or institutions):
        return unstated_place(
            part, q.start, opening=subjects and lo is None, institutions=institutions, lang=lang
        )
    return "" if best is None else best[1]


@cache
def _place_words(lang: str) -> frozenset[str]:
    """The words a place is read at: area words, place prepositions and regions'
    abbreviations."""
    fw = frame_words(lang)
    return fw.area_words | fw.place_prepositions | sentence_places(lang).region_abbreviations


def _runs_of(part: Sequence[Token], starts: Sequence[int]) -> list[int]:
    """The indices in ``part`` (a run of the sentence with no gap) of the tokens starting at
    ``starts`` (sorted starts of tokens of the sentence)."""
    if not part:
        return []
    first = bisect_left(starts, part[0].start)
    last = bisect_right(starts, part[-1].start)
    return [bisect_left(part, s, key=_START) for s in starts[first:last]]


def _bounds(
    q: Span, tokens: Sequence[Token], marks: Sequence[int], lang: str
) -> tuple[int | None, int | None]:
    """The indices in ``tokens`` of the last mark before the figure and the first after it,
    from the sorted starts of the sentence's marks, past an abbreviation's dot. A mark is
    one character, so it ends at or before the figure's start exactly when it starts
    before it; ``tokens`` is a run of the sentence with no gap, so its marks are those
    starting within its span."""
    lo = hi = None
    if tokens:
        before = bisect_left(marks, q.start) - 1
        while before >= 0 and marks[before] >= tokens[0].start:
            lo = bisect_left(tokens, marks[before], key=_START)
            if not is_abbreviation_dot(tokens, lo, lang):
                break
            before, lo = before - 1, None
        after = bisect_left(marks, q.end)
        while after < len(marks) and marks[after] <= tokens[-1].start:
            hi = bisect_left(tokens, marks[after], key=_START)
            if not is_abbreviation_dot(tokens, hi, lang):
                break
            after, hi = after + 1, None
    return lo, hi


_START = itemgetter(0)  # a token's start (``Token`` is a named tuple)


def _own_place(q: Span, part: Sequence[Token], times: Sequence[TimeRef], lang: str) -> str:
    """The place named after a figure in its own clause, before any comma or other figure:
    "1,162 likely voters [in Ohio]" (not the "in Florida" of the figure before it)."""
    fw = frame_words(lang)
    following = part[bisect_left(part, q.end, key=_START) :]  # in text order
    for index, token in enumerate(following[:_OWN_REACH]):
        if token.text in CLAUSE_END or token.is_number:
            return ""
        if token.lower in fw.place_prepositions and index + 1 < len(following):
            return capitalised_run(following[index + 1 :], times, lang)
    return ""


def capitalised_run(tokens: Sequence[Token], times: Sequence[TimeRef], lang: str) -> str:
    """The place a capitalised name after a place preposition names (``named_place``)."""
    return named_place(capitalised_words(tokens, times, lang), lang)


def capitalised_words(tokens: Sequence[Token], times: Sequence[TimeRef], lang: str) -> list[str]:
    """The capitalised name after a place preposition, past "a"/"the" ("at a Tennessee
    Waffle House", "at the Radisson Blu"), in lower-case words."""
    fw = frame_words(lang)
    run: list[str] = []
    skip = 1 if tokens and tokens[0].lower in fw.place_determiners else 0
    for token in tokens[skip : skip + 4]:
        if not token.is_word or not token.is_capitalised:
            break
        if token.lower in fw.not_places or any(t.start <= token.start < t.end for t in times):
            return [*run, token.lower] if _names_day(run, token.lower, lang) else run
        run.append(token.lower)
    return run


def _names_day(run: Sequence[str], stop: str, lang: str) -> bool:
    """Whether the run before the weekday ``stop`` names a day with it (time.toml
    ``named_day_heads``): "across the [Super] Tuesday states", "on [Super Bowl] Sunday".
    Such a name is no place, but it is the nearest name ("in Ohio Tuesday" keeps Ohio)."""
    lex = time_lexicon(lang)
    ending = next((e for e in possessives(lang).endings if stop.endswith(e)), "")
    day = stop.removesuffix(ending) if ending else stop
    return (
        bool(run)
        and all(word in lex.named_day_heads for word in run)
        and any(name.lower() == day for name in lex.weekdays)
    )


def named_place(words: Sequence[str], lang: str) -> str:
    """The place a capitalised run after a place preposition names, or "" when it names none
    (lower-case words): a run ending in an owner's possessive, unless it is a listed place's
    ("in Trump's position", not "in Georgia's race"; "in Hart's Location" does not end in
    one), or only people's adjectives ("in the Democratic primary", "in Republican hands",
    "in Chinese"; names.toml ``demonyms``), or a day's name ("in Super Tuesday states")."""
    endings = possessives(lang).endings
    ending = next((e for e in endings if words and words[-1].endswith(e)), "")
    if ending:
        owner = " ".join([*words[:-1], words[-1].removesuffix(ending)])
        return owner if date_places(lang).kinds(owner) else ""
    if words and all(w in name_word_rules(lang).demonyms for w in words):
        return ""
    if len(words) > 1 and _names_day(words[:-1], words[-1], lang):
        return ""  # "in Super Tuesday states": a day's name
    return " ".join(words)


def places_differ(a: str, b: str) -> bool:
    """Two places differ when both are known and neither contains the other."""
    if not a or not b:
        return False
    return a != b and a not in b and b not in a
