"""Dates of statements: a date claim -> whether a speech verb or a statement noun dates it.

A date next to a speech verb dates the statement (``is_statement_date``: "Sessions announced
on April 8", "said Tuesday"), and one whose clause has a speech verb a few words on may
(``reports_statement``: "On Sunday, adviser Robert Gibbs told CNN that ..."); a date next
to a statement noun does as well ("Sessions's
announcement this spring", "in a statement Tuesday", "Tuesday's announcement"): the noun
names the act of saying, and its date pairs with another statement's date, never with the
date of the act the statement speaks of. The nouns are ``statement_nouns`` of
date_events.toml's ``[statements]``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from crosscheck.claims.date_events import date_event_words
from crosscheck.lexicon import load_lexicon, lower_words, require
from crosscheck.match.descriptor_clauses import clause_of
from crosscheck.model import Claim
from crosscheck.text.possessive import possessives

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _statements(lang: str) -> dict[str, Any]:
    """date_events.toml's ``[statements]`` table, checked to be one."""
    table: dict[str, Any] = require(
        load_lexicon("date_events", lang), "statements", dict, "date_events", lang=lang
    )
    return table


@cache
def statement_nouns(lang: str) -> frozenset[str]:
    """The ``statement_nouns`` of date_events.toml's ``[statements]``."""
    return lower_words(_statements(lang), "statement_nouns", "date_events", lang=lang)


@cache
def deadline_scopes(lang: str) -> frozenset[str]:
    """The ``deadline_scopes`` of date_events.toml's ``[statements]`` ("by", "until")."""
    return lower_words(_statements(lang), "deadline_scopes", "date_events", lang=lang)


def beside_statement_noun(claim: Claim, lang: str) -> bool:
    """Whether a statement noun stands right before a date ("announcement this spring",
    "a statement Tuesday") or right after it, past a possessive ending ("a Monday statement",
    "Tuesday's announcement")."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    before = _WORD.findall(claim.sentence[:at])
    tail = claim.sentence[end:]
    ending = next((e for e in possessives(lang).as_written if tail.startswith(e)), "")
    after = _WORD.findall(tail[len(ending) :])
    nouns = statement_nouns(lang)
    if before and _fold(before[-1]) in nouns:
        return True
    return bool(after) and _fold(after[0]) in nouns


def _fold(word: str) -> str:
    return word.lower().replace("\u2019", "'")


# Words between a date and the speech verb of its clause that still let it date the
# statement ("On Sunday, top campaign adviser Robert Gibbs told CNN").
STATEMENT_REACH = 6


_LAST_WORD = re.compile(r"([\w'\u2019-]+)\W*$")
_FIRST_WORD = re.compile(r"\W*([\w'\u2019-]+)")


_LETTERS = re.compile(r"[^\W\d_]+")


def word_before_date(
    claim: Claim, *, letters_only: bool = False, across: frozenset[str] = frozenset()
) -> str:
    """The folded word right before a date in its sentence, "" for none.

    A word runs through letters, digits, apostrophes and hyphens ("rock-'n'-roll's",
    "2017's"), as a speech verb or a noun before a date is read. With ``letters_only`` a
    word is a run of letters alone, as the time rule reads a part of the day: inside a
    compound ("pre-dawn" -> "dawn") and past a number or a mark. A word of ``across`` is
    read past, once ("late [on] March 18" -> "late").
    """
    before = claim.sentence[: max(claim.start - claim.sentence_start, 0)]
    if letters_only:
        before = before.lower()  # folded first, as the letters are split after folding
    word, start = _last_word(before, letters_only)
    if word in across:
        word, _ = _last_word(before[:start], letters_only)
    return word


def _last_word(text: str, letters_only: bool) -> tuple[str, int]:
    """The last word of ``text`` (``word_before_date``'s two shapes), folded, and where it
    starts; ("", 0) for none."""
    if letters_only:
        last = None
        for found in _LETTERS.finditer(text):
            last = found
        return (last.group(), last.start()) if last is not None else ("", 0)
    m = _LAST_WORD.search(text, _last_run(text))
    return (m.group(1).lower(), m.start(1)) if m is not None else ("", 0)


def _last_run(text: str) -> int:
    """Where ``_LAST_WORD`` matches in ``text``, if anywhere but at a run of marks alone:
    the start of the run of word characters, apostrophes and hyphens that holds the last
    word character (0 when there is none). No match can start before it (that run is
    cut there, and a match runs on to the end through word characters), and one starts
    there, so searching from it finds the match a search from 0 finds, without trying
    every earlier place of a long sentence."""
    end = len(text)
    while end and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1
    start = end
    while start and (text[start - 1].isalnum() or text[start - 1] in _RUN_MARKS):
        start -= 1
    return start


_RUN_MARKS = frozenset("_'\u2019-")  # besides letters and digits, in ``_LAST_WORD``'s run


def is_statement_date(claim: Claim, lang: str) -> bool:
    """Whether a date stands next to a speech verb ("reported on November 23", "said
    Tuesday"): it dates the statement, not the act its clause tells. A deadline's date
    (``deadline_scopes``: "would be confirmed by October") dates no statement."""
    t = claim.time
    if t is not None and (t.modifier or "").lower() in deadline_scopes(lang):
        return False
    after = _FIRST_WORD.match(claim.sentence[claim.end - claim.sentence_start :])
    near = {word_before_date(claim), after.group(1).lower() if after is not None else ""}
    return bool(near & date_event_words(lang).statement_verbs)


def reports_statement(claim: Claim, lang: str) -> bool:
    """Whether a date's clause has a speech verb within ``STATEMENT_REACH`` words of the
    date, names not counted, and no verb form between ("On Sunday, top campaign adviser
    Robert Gibbs told CNN that ...", "Cruz told reporters on Monday"): the date may date
    the statement."""
    words = date_event_words(lang)
    clause = clause_of(claim, lang=lang)
    at = clause.find(claim.text)
    if at < 0:
        return False
    after = _WORD.findall(clause[at + len(claim.text) :])
    before = _WORD.findall(clause[:at])[::-1]
    for side in (after, before):
        seen = 0
        for word in side:
            low = word.lower()
            if low in words.statement_verbs:
                return True
            if word[:1].isupper():
                continue  # a name ("Robert Gibbs") or a title's word
            seen += 1
            if seen >= STATEMENT_REACH or low.endswith(words.verb_suffixes):
                break
    return False
