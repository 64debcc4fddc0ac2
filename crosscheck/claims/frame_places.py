"""Places of figures: the tokens of a figure's sentence part -> the place it holds in.

"In Lyon, 40,000 people marched" holds in Lyon; "nationwide" is a place too. Places come
from ``lexicon/events.toml`` (place prepositions, area words, words that are no place).
"""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.claims.frame_words import CLAUSE_END, HARD_END, frame_words
from crosscheck.model import Quantity, TimeRef
from crosscheck.text.words import Token

# How many tokens after a figure its own place may stand ("1,162 likely voters in Ohio").
_OWN_REACH = 5


def place_near(q: Quantity, tokens: Sequence[Token], times: Sequence[TimeRef]) -> str:
    """The place nearest the figure in its sentence part: "In Lyon, ...", "nationwide"."""
    fw = frame_words()
    lo = hi = None
    for index in [i for i, t in enumerate(tokens) if t.text in HARD_END]:  # rare marks
        token = tokens[index]
        if token.end <= q.start:
            lo = index
        if token.start >= q.end and hi is None:
            hi = index
    part = tokens[(lo + 1 if lo is not None else 0) : hi]
    own = _own_place(q, part, times)
    if own:
        return own  # "1,196 voters in Florida, 1,162 voters [in Ohio]"
    best: tuple[int, str] | None = None
    areas, prepositions = fw.area_words, fw.place_prepositions
    for index in [i for i, t in enumerate(part) if t.lower in areas or t.lower in prepositions]:
        token = part[index]
        name = ""
        low = token.lower
        if low in areas:
            name = low
        elif index + 1 < len(part):  # a place preposition
            name = _capitalised_run(part[index + 1 :], times)
        if name:
            distance = min(abs(token.start - q.start), abs(token.start - q.end))
            if best is None or distance < best[0]:
                best = (distance, name)
    return "" if best is None else best[1]


def _own_place(q: Quantity, part: Sequence[Token], times: Sequence[TimeRef]) -> str:
    """The place named after a figure in its own clause, before any comma or other figure:
    "1,162 likely voters [in Ohio]" (not the "in Florida" of the figure before it)."""
    fw = frame_words()
    following = [t for t in part if t.start >= q.end]
    for index, token in enumerate(following[:_OWN_REACH]):
        if token.text in CLAUSE_END or token.is_number:
            return ""
        if token.lower in fw.place_prepositions and index + 1 < len(following):
            return _capitalised_run(following[index + 1 :], times)
    return ""


def _capitalised_run(tokens: Sequence[Token], times: Sequence[TimeRef]) -> str:
    """The capitalised name after a place preposition, past "a"/"the" ("at a Tennessee
    Waffle House", "at the Radisson Blu")."""
    fw = frame_words()
    run: list[str] = []
    skip = 1 if tokens and tokens[0].lower in fw.place_determiners else 0
    for token in tokens[skip : skip + 4]:
        if not token.is_word or not token.is_capitalised:
            break
        if token.lower in fw.not_places or any(t.start <= token.start < t.end for t in times):
            break
        run.append(token.text)
    return " ".join(run).lower()


def places_differ(a: str, b: str) -> bool:
    """Two places differ when both are known and neither contains the other."""
    if not a or not b:
        return False
    return a != b and a not in b and b not in a
