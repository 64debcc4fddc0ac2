"""The noun phrase a date is said of: a date's tokens -> the words of what happened then.

"[the group] was established in April 2024", "investigating [alleged violations] since
2020", "[violations] committed in 2023"; names run on through joiners ("the Group of
Independent Experts on the Human Rights Situation in Belarus"). Words from the
``[date_claims]`` table of time.toml; no English in code.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

from crosscheck.lexicon import LowerWordList, LowerWords, table_settings
from crosscheck.model import TimeRef
from crosscheck.text.possessive import possessives
from crosscheck.text.words import Token, claim_words


@dataclass(frozen=True, slots=True)
class DateClaimWords:
    """The ``[date_claims]`` table of ``time.toml``: how a date's noun phrase is read."""

    joiners: LowerWords
    auxiliaries: LowerWords
    determiners: LowerWords
    object_verb_endings: LowerWordList
    participle_endings: LowerWordList
    parentheticals: LowerWords
    listed_scopes: LowerWords


@cache
def date_claim_words(lang: str) -> DateClaimWords:
    """The ``[date_claims]`` table, read once."""
    return table_settings(DateClaimWords, "time", "date_claims", lang=lang)


def event_subject(tokens: tuple[Token, ...], event_index: int, lang: str) -> list[Token]:
    """The noun phrase an event word is said of.

    A nominal event ("the presidential election") is its own subject; an -ing verb takes
    its object ("investigating [alleged violations]"); any other verb the noun phrase
    before it ("[the group] was established"), or, opening the sentence, the subject after
    the first comma ("Established in April 2024 ..., [the Group of Independent Experts]").
    """
    words = claim_words(lang)
    event = tokens[event_index]
    if event.lower in words.nominal_events:
        return noun_phrase_before(tokens, event_index + 1, lang)
    if event.lower.endswith(date_claim_words(lang).object_verb_endings):
        return _noun_phrase_forward(tokens, event_index + 1, lang)
    phrase = noun_phrase_before(tokens, event_index, lang)
    if phrase:
        return phrase
    comma = next((i for i in range(event_index + 1, len(tokens)) if tokens[i].text == ","), None)
    return [] if comma is None else _noun_phrase_forward(tokens, comma + 1, lang)


def plain_date_subject(
    tokens: tuple[Token, ...], t: TimeRef, *, opens_sentence: bool, lang: str
) -> list[Token]:
    """The noun phrase a date with no event word is said of: before its preposition, or,
    for a date that opens the sentence, the subject after the comma."""
    index = _starting_from(tokens, t.start)
    while index > 0 and tokens[index - 1].lower.endswith(date_claim_words(lang).participle_endings):
        index -= 1  # "violations committed in 2023": skip the participle
    phrase = noun_phrase_before(tokens, index, lang)
    if phrase:
        return phrase
    after = _starting_from(tokens, t.end)
    if opens_sentence and after < len(tokens) and tokens[after].text == ",":
        return _noun_phrase_forward(tokens, after + 1, lang)
    return []


def _is_possessive(token: Token, lang: str) -> bool:
    return token.lower.endswith(possessives(lang).with_plural)


def noun_phrase_before(tokens: tuple[Token, ...], end_index: int, lang: str) -> list[Token]:
    """Content words ending right before ``end_index``, through auxiliaries ("was", "has been").

    Capitalised names run on through "of", "on", "the", "for", "in" ("Group of Independent
    Experts on the Human Rights Situation in Belarus"); a possessive ends the phrase.
    """
    words = claim_words(lang)
    joiners = date_claim_words(lang).joiners
    i = end_index - 1
    while i >= 0 and tokens[i].lower in date_claim_words(lang).auxiliaries:
        i -= 1
    phrase: list[Token] = []
    head: Token | None = None  # the phrase's first word that is no joiner, so far
    while i >= 0 and len(phrase) < words.max_subject_words * 3:
        token = tokens[i]
        low = token.lower
        if not token.is_word or _is_possessive(token, lang):
            break
        joins_name = low in joiners and head is not None and head.is_capitalised
        if low in words.stop_words and not joins_name:
            break
        phrase.insert(0, token)
        if low not in joiners:
            head = token
        i -= 1
    while phrase and phrase[0].lower in joiners:
        phrase.pop(0)
    return [p for p in phrase if p.lower not in joiners]


def _noun_phrase_forward(tokens: tuple[Token, ...], start_index: int, lang: str) -> list[Token]:
    """Content words from ``start_index``, after determiners and possessives, through
    capitalised names ("the Group of Independent Experts")."""
    words = claim_words(lang)
    joiners, determiners = date_claim_words(lang).joiners, date_claim_words(lang).determiners
    i = start_index
    while i < len(tokens) and (tokens[i].lower in determiners or _is_possessive(tokens[i], lang)):
        i += 1
    phrase: list[Token] = []
    while i < len(tokens) and len(phrase) < words.max_subject_words * 3:
        token = tokens[i]
        low = token.lower
        if token.is_word and low not in words.stop_words and not _is_possessive(token, lang):
            phrase.append(token)
        elif not (low in joiners and phrase and phrase[-1].is_capitalised):
            break
        i += 1
    if phrase and not phrase[0].is_capitalised:
        phrase = phrase[: words.max_subject_words]
    return phrase


_START = itemgetter(0)  # a token's start (``Token`` is a named tuple)


def _starting_from(tokens: Sequence[Token], offset: int) -> int:
    """Index of the first token starting at or after ``offset`` (``len(tokens)`` if none)."""
    return bisect_left(tokens, offset, key=_START)
