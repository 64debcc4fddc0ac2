"""Finishes: "Kasich finished third" -> the place a named candidate took in a contest.

An ordinal right after a finish verb ("finished", "came in", "placed"; ``claims.toml``'s
``finish_verbs``), at most an article and one word between ("came in [a distant] second"),
with a name word right before the verb, is that person's finish: what "finish", the event
``FINISH`` and the name as its actor. Two outlets' finishes of one person are compared like
any figure of one owner (places that differ keep them apart: "second in Michigan" / "third in
Mississippi"); other owners' finishes never meet ("Kasich finished third" / "Cruz finished
second"), nor ordinals of no finish verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from crosscheck.claims.frames import Frame
from crosscheck.claims.function_words import function_words
from crosscheck.lexicon import load_lexicon, lower_words, require
from crosscheck.model import ASSERTED, Certainty, Quantity, Unit
from crosscheck.text.words import Token

FINISH = "finish"


@dataclass(frozen=True, slots=True)
class FinishWords:
    """The lexicon of finishes (``claims.toml``) and the capitalised words no name is."""

    verbs: tuple[tuple[str, ...], ...]
    not_names: frozenset[str]


@cache
def finish_words(lang: str) -> FinishWords:
    verbs = lower_words(load_lexicon("claims", lang), "finish_verbs", "claims", lang=lang)
    names = load_lexicon("names", lang)
    keys = ("titles", "roles", "function_words", "common_words")
    return FinishWords(
        verbs=tuple(sorted(tuple(v.split()) for v in verbs)),
        not_names=frozenset().union(*(lower_words(names, key, "names", lang=lang) for key in keys)),
    )


def is_finish(kind: str, event: str) -> bool:
    """Whether a claim is a named person's finish (compared across outlets)."""
    return kind == Unit.ORDINAL.value and event == FINISH


def _verb_end(lowered: Sequence[str], lang: str) -> int:
    """Where the finish verb ends in ``lowered`` (the words before the ordinal): right before
    it, or before "a/an" and at most one word ("came in a distant"); -1 when none."""
    for end in (len(lowered), len(lowered) - 1, len(lowered) - 2):
        if end < 0:
            return -1
        if end < len(lowered) and lowered[end] not in function_words(lang).indefinite_articles:
            continue
        for verb in finish_verbs(lang):
            if tuple(lowered[max(0, end - len(verb)) : end]) == verb:
                return end - len(verb)
    return -1


def finish_verbs(lang: str) -> tuple[tuple[str, ...], ...]:
    return finish_words(lang).verbs


def _name(token: Token, lang: str) -> bool:
    return (
        token.is_word and token.is_capitalised and token.lower not in finish_words(lang).not_names
    )


def finish_owner(before: Sequence[Token], lang: str) -> str:
    """The name word right before a finish verb that ends ``before``, lower case, or "".

    The name's run of capitalised words must not follow a word of ``finish_not_after``: "of
    [New Jersey] finished" names a place, "Brown and [Neel Kashkari] finished ..., respectively"
    two people."""
    start = _verb_end([t.lower for t in before], lang)
    if start < 1 or not _name(before[start - 1], lang):
        return ""
    first = start - 1
    while first > 0 and before[first - 1].is_word and before[first - 1].is_capitalised:
        first -= 1
    if first > 0 and before[first - 1].lower in finish_not_after(lang):
        return ""
    return before[start - 1].lower


@cache
def finish_not_after(lang: str) -> frozenset[str]:
    return lower_words(load_lexicon("claims", lang), "finish_not_after", "claims", lang=lang)


def _place_near(place: str, after: Sequence[Token], lang: str) -> bool:
    """Whether ``place`` is named in the words right after the ordinal ("second [in Michigan]")."""
    words = [t.lower for t in after[: finish_place_words(lang)]]
    return bool(place) and all(w in words for w in place.split())


@cache
def finish_place_words(lang: str) -> int:
    return int(
        require(load_lexicon("claims", lang), "finish_place_words", int, "claims", lang=lang)
    )


def finish_frame(
    frame: Frame, q: Quantity, before: Sequence[Token], after: Sequence[Token], lang: str
) -> Frame:
    """``frame`` as a named person's finish when ``q`` is one ("Kasich finished third"): its
    place only when named right after the ordinal (not "his showdown next week in Ohio")."""
    if q.unit is not Unit.ORDINAL:
        return frame
    owner = finish_owner(before, lang)
    if not owner:
        return frame
    place = frame.place if _place_near(frame.place, after, lang) else ""
    return replace(frame, what=FINISH, event=FINISH, actor=owner, place=place)


def finish_certainty(
    certainty: Certainty, hedges: Sequence[re.Match[str]], start: int
) -> Certainty:
    """A finish is hedged only by a hedge word before it: "which [may] bode poorly" after
    "came in a distant second" hedges what follows, not the result."""
    return certainty if any(m.start() < start for m in hedges) else ASSERTED
