"""Durations: what a length of time measures, from the words around it.

``timed_before`` reads the timed thing named before a duration: "the session, which lasted
[nearly two hours]" -> "session"; "the jury deliberated for [five hours]" -> "deliberations".
``timed_noun`` and ``timed_form`` say whether a noun (or an "of" word) is a timed thing whose
length a story gives once. ``is_limit`` says whether a duration is a limit ("up to six
hours"), never the length of something that was; ``one_dated_length`` lets two lengths of
one timed thing be compared when only one side dates it. Words come from ``lexicon/durations.toml``
(added to events.toml's ``timed_nouns`` and ``timed_forms``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.claims.frame_words import (
    canonical,
    frame_words,
    noun_phrase_back,
    noun_phrase_forward,
)
from crosscheck.claims.function_words import function_words
from crosscheck.lexicon import load_lexicon, lower_table, lower_words, require
from crosscheck.model import Claim, Quantity
from crosscheck.text.words import Token, claim_words, lemma

# The event of a duration that measures a timed thing (``Claim.event``).
DURATION_EVENT = "duration"
# How many link words ("for", "about") may stand between a length verb and the figure.
_LINKS = 2
# How many words after "before" may name the body a witness sat before ("before [the Senate
# Judiciary Committee]").
_BODY_REACH = 6


@dataclass(frozen=True, slots=True, kw_only=True)
class DurationWords:
    """``durations.toml``, parsed once."""

    timed_nouns: frozenset[str]
    timed_forms: dict[str, str]
    topical_forms: frozenset[str]
    topic_links: frozenset[str]
    allowance_verbs: frozenset[str]
    allowance_reach: int
    timed_verbs: dict[str, str]
    length_verbs: frozenset[str]
    length_links: frozenset[str]
    relative_words: frozenset[str]
    limit_modifiers: frozenset[str]
    part_determiners: frozenset[str]
    term_nouns: frozenset[str]
    term_links: frozenset[str]
    witness_verbs: frozenset[str]
    witness_fillers: frozenset[str]
    witness_links: frozenset[str]
    witness_bodies: frozenset[str]
    witness_noun: str
    service_nouns: frozenset[str]
    service_articles: frozenset[str]
    service_copulas: frozenset[str]
    service_closers: frozenset[str]
    service_reach: int
    service_other_times: frozenset[str]
    service_military: frozenset[str]
    service_noun: str


def _words(data: dict[str, object], key: str) -> frozenset[str]:
    return lower_words(data, key, "durations")


def _table(data: dict[str, object], key: str) -> dict[str, str]:
    return lower_table(data, key, "durations")


@cache
def duration_words(lang: str) -> DurationWords:
    """The duration words, with events.toml's timed nouns and forms merged in."""
    data = load_lexicon("durations", lang)
    fw = frame_words(lang)
    return DurationWords(
        timed_nouns=fw.timed_nouns | _words(data, "timed_nouns"),
        timed_forms={**fw.timed_forms, **_table(data, "timed_forms")},
        topical_forms=_words(data, "topical_forms"),
        topic_links=_words(data, "topic_links"),
        allowance_verbs=_words(data, "allowance_verbs"),
        allowance_reach=int(require(data, "allowance_reach", int, "durations", lang=lang)),
        timed_verbs=_table(data, "timed_verbs"),
        length_verbs=_words(data, "length_verbs"),
        length_links=_words(data, "length_links"),
        relative_words=_words(data, "relative_words"),
        limit_modifiers=_words(data, "limit_modifiers"),
        part_determiners=_words(data, "part_determiners"),
        term_nouns=_words(data, "term_nouns"),
        term_links=_words(data, "term_links"),
        witness_verbs=_words(data, "witness_verbs"),
        witness_fillers=_words(data, "witness_fillers"),
        witness_links=_words(data, "witness_links"),
        witness_bodies=_words(data, "witness_bodies"),
        witness_noun=str(data["witness_noun"]),
        service_nouns=_words(data, "service_nouns"),
        service_articles=_words(data, "service_articles"),
        service_copulas=_words(data, "service_copulas"),
        service_closers=_words(data, "service_closers"),
        service_reach=int(require(data, "service_reach", int, "durations", lang=lang)),
        service_noun=str(require(data, "service_noun", str, "durations", lang=lang)),
        service_other_times=_words(data, "service_other_times"),
        service_military=_words(data, "service_military"),
    )


def is_limit(q: Quantity, lang: str) -> bool:
    """Whether a duration is a limit ("up to six hours of debate"), not a length that was."""
    return (q.modifier or "").lower() in duration_words(lang).limit_modifiers


def is_part_of(token: Token, lang: str) -> bool:
    """Whether the word after "N <unit> of" makes the length a part of a thing: "33 days of
    [a] shutdown" that lasted 35, "seven years of [his] sentence"."""
    return token.lower in duration_words(lang).part_determiners


def is_term(noun: Token, rest: Sequence[Token], lang: str) -> bool:
    """Whether a timed noun followed by a link names a body's term, not a sitting: "a
    two-year [session] of Congress", "a one-day [session] of the legislature"."""
    dw = duration_words(lang)
    return lemma(noun.text, lang) in dw.term_nouns and bool(rest) and rest[0].lower in dw.term_links


def timed_noun(what: str, lang: str) -> bool:
    """Whether a noun phrase ends in a timed noun ("government shutdown", "phone call")."""
    nouns = duration_words(lang).timed_nouns
    words = what.split()
    return bool(words) and (words[-1] in nouns or " ".join(words[-2:]) in nouns)


def timed_form(word: str, lang: str) -> str:
    """The timed noun an "of" word is ("deliberation" -> "deliberations"), or ""."""
    return duration_words(lang).timed_forms.get(word, "")


def is_allowance(before: Sequence[Token], lang: str) -> bool:
    """Whether a length of an "of" word is time given, not time taken: "the rules [give] each
    side 24 hours of arguments" (a verb of `allowance_verbs` among the last few words)."""
    dw = duration_words(lang)
    return any(t.lower in dw.allowance_verbs for t in before[-dw.allowance_reach :])


def of_topic(form: str, following: Sequence[Token], lang: str) -> bool:
    """Whether the "of" word of a length names one topic's share of a timed thing that a
    story splits by topic: "one hour of debate [on] the rule", "six hours of debate [over]
    the articles" are two debates; "13 hours of arguments [that] lasted until 2 a.m." is the
    one the story tells."""
    dw = duration_words(lang)
    return form in dw.topical_forms and bool(following) and following[0].lower in dw.topic_links


def _past_links(before: Sequence[Token], length_links: frozenset[str]) -> tuple[int, int]:
    """Where the words before a duration end once at most ``_LINKS`` link words ("for",
    "about") are read back past, and how many were: "deliberated [for] five hours" -> the
    index after "deliberated", 1."""
    i = len(before)
    links = 0
    while i > 0 and before[i - 1].lower in length_links and links < _LINKS:
        i -= 1
        links += 1
    return i, links


def timed_before(before: Sequence[Token], lang: str) -> str:
    """The timed thing named before a duration: "the hearing, which lasted [six hours]" ->
    "hearing"; "jurors deliberated for [five hours]" -> "deliberations"; "" otherwise."""
    dw = duration_words(lang)
    i, links = _past_links(before, dw.length_links)
    if i == 0:
        return ""
    verb = before[i - 1].lower
    if verb in dw.timed_verbs and links and before[i].lower == function_words(lang).duration_link:
        return dw.timed_verbs[verb]  # "deliberated [for] five hours", not "flew 500 miles"
    if verb not in dw.length_verbs:
        return ""
    i -= 1
    while i > 0 and before[i - 1].lower in dw.relative_words:
        i -= 1
    what = canonical(noun_phrase_back(before[:i], lang), lang)
    return what if timed_noun(what, lang) else ""


def witness_length(before: Sequence[Token], after: Sequence[Token], lang: str) -> str:
    """The testimony a witness's time before a body measures: "Barr sat for [six hours]
    before the Senate Judiciary Committee" -> "barr testimony"; "" with no name right before
    the verb ("the secretary spent ...") or no body noun after "before"."""
    dw = duration_words(lang)
    i, _ = _past_links(before, dw.length_links)
    if i < 2 or before[i - 1].lower not in dw.witness_verbs:
        return ""
    name = before[i - 2]
    if not (name.is_word and name.is_capitalised) or name.lower in claim_words(lang).stop_words:
        return ""
    rest = list(after[1:] if after and after[0].lower in dw.witness_fillers else after)
    if not rest or rest[0].lower not in dw.witness_links:
        return ""
    for token in rest[1:_BODY_REACH]:
        if not token.is_word:
            return ""
        if lemma(token.text, lang) in dw.witness_bodies:
            return f"{lemma(name.text, lang)} {dw.witness_noun}"
    return ""


def service_owner(q: Quantity, before: Sequence[Token], after: Sequence[Token], lang: str) -> str:
    """The surname of the person whose years of service a compound duration before a service
    noun gives: "Sean Smith, a foreign service officer and [21-year] diplomatic veteran",
    "Smith was a [10-year] veteran" -> "smith"; "Donohue, 33, a [three-year] veteran" ->
    "donohue"; "" with no name right before the phrase ("a 15-year veteran of the force")."""
    dw = duration_words(lang)
    if "-" not in q.text.strip("-") or q.vague:
        return ""
    phrase = noun_phrase_forward(after, lang)
    if not phrase or lemma(phrase[-1].text, lang) not in dw.service_nouns:
        return ""
    rest = after[len(phrase) :]
    if _other_time(rest, lang) or _military(phrase, rest, lang):
        return ""  # "a nine-year veteran [when] he joined", "a 20-year [Army] veteran"
    i = len(before)
    while i > 0 and _lower_word(before[i - 1]) and before[i - 1].lower not in dw.service_copulas:
        if len(before) - i > dw.service_reach:
            return ""
        i -= 1
    opened = before[i:]
    if not opened or opened[0].lower not in dw.service_articles:
        return ""
    if len(opened) > 1 and opened[-1].lower not in dw.service_closers:
        return ""  # "a foreign service officer [and] 21-year ...", not "a man with a 21-year"
    return _name_before(before[:i], lang)


def _other_time(rest: Sequence[Token], lang: str) -> bool:
    """Whether the clause after a service phrase holds a time word ("when he joined")."""
    words = duration_words(lang).service_other_times
    for token in rest:
        if not token.is_word and not token.is_number:
            return False  # a comma or a full stop ends the clause
        if token.lower in words:
            return True
    return False


def _military(phrase: Sequence[Token], rest: Sequence[Token], lang: str) -> bool:
    """Whether a service phrase or its "of" phrase names a military service ("a 20-year
    Army veteran", "a 10-year veteran of the Marines")."""
    body = (
        noun_phrase_forward(rest[1:], lang)
        if rest and rest[0].lower == function_words(lang).of_link
        else []
    )
    military = duration_words(lang).service_military
    return any(lemma(t.text, lang) in military or t.lower in military for t in [*phrase, *body])


def _lower_word(token: Token) -> bool:
    return token.is_word and not token.is_capitalised and not token.is_number


def _name_before(before: Sequence[Token], lang: str) -> str:
    """The surname ending "<Name>," / "<Name>, 33," / "<Name> was" before a service phrase."""
    dw = duration_words(lang)
    if not before:
        return ""
    if before[-1].text == ",":
        rest = before[:-1]
        if len(rest) >= 2 and rest[-1].is_number and rest[-2].text == ",":
            rest = rest[:-2]  # "Donohue, [33,] a three-year veteran"
    elif before[-1].lower in dw.service_copulas:
        rest = before[:-1]
    else:
        return ""
    if not rest or not _person_word(rest[-1], lang):
        return ""
    start = len(rest) - 1
    while start > 0 and _person_word(rest[start - 1], lang):
        start -= 1
    if start > 0 and rest[start - 1].lower in _name_words("ordinary_before", lang):
        return ""  # "In Paris, a 20-year veteran": a place
    return lemma(rest[-1].text, lang)


def _person_word(token: Token, lang: str) -> bool:
    if not (token.is_word and token.is_capitalised) or token.lower in claim_words(lang).stop_words:
        return False
    return not any(token.lower in _name_words(key, lang) for key in _NOT_NAMES)


_NOT_NAMES = ("titles", "roles", "function_words", "common_words")


@cache
def _name_words(key: str, lang: str) -> frozenset[str]:
    return lower_words(load_lexicon("names", lang), key, "names", lang=lang)


def one_dated_length(a: Claim, b: Claim) -> bool:
    """Two lengths of a timed thing, one side dating it and the other not ("the 70-minute
    session Wednesday" / "the almost two-hour session"): a one-off thing's length is no
    figure of a day, so the two are compared (two dated lengths must date the same days)."""
    return a.event == b.event == DURATION_EVENT and (a.time is None) != (b.time is None)
