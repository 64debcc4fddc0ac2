"""Named ages: an age and the words around it, in its article -> the person it is the age of.

An age is compared with another outlet's age only when both name one person: "Ariel Castro,
52" (a name, a comma and the age), "52-year-old Ariel Castro" (the age before the name),
"James Hodgkinson, a 66-year-old man" (``age_apposition_links``; not after a preposition of
``names.toml``'s ``ordinary_before``: "In Paris, a 30-year-old man" names a place) and
"Trump is in his 70s" (a name, a present copula of ``claims.toml``'s ``age_owner_links``, a
decade). A past copula ("Moore was in his early 30s") dates the age to another time and
names no owner. A surname alone ("Tsarnaev, 19") is read through the article's other
mentions, as a reader does: a person is named in full before the surname alone refers back.
With one given name before that surname earlier in the article (anywhere in it, when none
earlier) the owner is that full name; with two or more (two brothers) the age has no owner.

A named age is background to its clause: a hedge of the clause's verb ("Manafort, 69, could
continue to commit crimes", "Authorities believe that Cherif Kouachi, 32, entered a wooded
area") is no hedge of the age, so the age is read as asserted; and a day or week near the
article's date ("Castro, 52, was arrested Monday") dates the clause, not the age.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cache

from crosscheck.claims.frames import Frame
from crosscheck.lexicon import load_lexicon, lower_words, require
from crosscheck.model import Granularity, Quantity, Source, TimeRef, Unit
from crosscheck.quantities.lexicons import apposed_age_now
from crosscheck.text.words import Token

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_GIVEN = r"\b([A-Z][a-z][\w'\u2019-]*) +(?:[A-Z]\. +)?(?i:{surname})\b"


@cache
def _claims_words(key: str, lang: str) -> frozenset[str]:
    return lower_words(load_lexicon("claims", lang), key, "claims", lang=lang)


@cache
def _not_given(lang: str) -> frozenset[str]:
    """Capitalised words that are no given name: titles, roles, function and common words."""
    data = load_lexicon("names", lang)
    keys = ("titles", "roles", "function_words", "common_words")
    return frozenset().union(*(lower_words(data, key, "names", lang=lang) for key in keys))


def _name_word(token: Token, lang: str) -> bool:
    return token.is_word and token.is_capitalised and token.lower not in _not_given(lang)


def _names_before(before: Sequence[Token], lang: str) -> list[str]:
    """The capitalised name words that end ``before`` ("Mark Anthony" of "Mark Anthony")."""
    names: list[str] = []
    for token in reversed(before):
        if not _name_word(token, lang):
            break
        names.insert(0, token.lower)
    return names


def _apposed(before: Sequence[Token], lang: str) -> bool:
    """Whether ``before`` ends in "<name>, a" ("James Hodgkinson, [a] 66-year-old man"), the
    name not after a preposition ("In Paris, a 30-year-old man": a place)."""
    if len(before) < 3 or before[-1].lower not in _claims_words("age_apposition_links", lang):
        return False
    if before[-2].text != ",":
        return False
    names = _names_before(before[:-2], lang)
    opener = len(before) - 2 - len(names) - 1
    return bool(names) and (opener < 0 or before[opener].lower not in _ordinary_before(lang))


@cache
def _ordinary_before(lang: str) -> frozenset[str]:
    return lower_words(load_lexicon("names", lang), "ordinary_before", "names", lang=lang)


def age_owner(
    q: Quantity, before: Sequence[Token], subject: Sequence[Token], text: str, lang: str
) -> str:
    """The full name (lower case) of the person an age is said of, or "" when none is named
    or the article names two people of its surname; ``before`` and ``subject`` are the
    tokens before the age and the subject words after it, ``text`` the whole article."""
    if q.unit is not Unit.AGE:
        return ""
    words = _WORD.findall(q.text)
    if words and q.text[:1].isupper() and "," in q.text:  # "Castro, 52"
        first = words[0]
        if first.lower() in _not_given(lang):
            return ""
        names = [*_names_before(before, lang), first.lower()]
    elif subject and not q.vague and all(_name_word(t, lang) for t in subject):
        names = [t.lower for t in subject]  # "52-year-old Ariel Castro"
    elif not q.vague and _apposed(before, lang):
        names = _names_before(before[:-2], lang)  # "James Hodgkinson, a 66-year-old man"
    elif (
        q.vague and len(before) >= 2 and before[-1].lower in _claims_words("age_owner_links", lang)
    ):
        names = _names_before(before[:-1], lang)  # "Trump is in his 70s"
    else:
        return ""
    if not names:
        return ""
    return _full_name(names, text, q.start, lang)


def _full_name(names: list[str], text: str, at: int, lang: str) -> str:
    """``names`` as one name; a lone surname at ``at`` takes the one given name the article
    writes before that surname earlier (anywhere, when it writes none earlier); none when it
    writes two ("Dzhokhar Tsarnaev" and "Tamerlan Tsarnaev")."""
    if len(names) > 1:
        return " ".join(names)
    surname = names[0]
    pattern = re.compile(_GIVEN.format(surname=re.escape(surname)))
    found = [
        (m.start(), m.group(1).lower())
        for m in pattern.finditer(text)
        if m.group(1).lower() not in _not_given(lang)
    ]
    given = {name for start, name in found if start < at} or {name for _, name in found}
    if len(given) > 1:
        return ""
    return " ".join([*given, surname])


def is_named_age(kind: str, actor: str, what: str) -> bool:
    """Whether a figure of ``kind`` (a unit's value) is an age its frame names the owner of
    (``named_age``: the person is both its ``what`` and its ``actor``)."""
    return kind == Unit.AGE.value and bool(actor) and actor == what


def named_age(frame: Frame, owner: str) -> Frame:
    """The frame of an age said of ``owner``: the person is both what is measured and whose
    it is, with no event (the block every named age shares)."""
    if not owner:
        return frame
    return replace(frame, what=owner, actor=owner, event="")


_DAYS = frozenset({Granularity.MINUTE, Granularity.HOUR, Granularity.DAY, Granularity.WEEK})


def age_time(
    time: TimeRef | None, published: date | None, lang: str, *, now: bool = False
) -> TimeRef | None:
    """The period of a named age: none for an age said to be now (``now``: "Knight, now 30,
    vanished in August 2002") or for a day or week within ``claims.toml``'s
    ``age_same_days`` of the article's date ("Castro, 52, was arrested Monday": the age
    now, the day is the arrest's); else ``time`` (an age "in 1979" is another year's)."""
    if now:
        return None
    if time is None or published is None or time.granularity not in _DAYS:
        return time
    day = time.end_date or time.begin
    near = day is not None and abs((day - published).days) <= _same_days(lang)
    return None if near else time


@cache
def _same_days(lang: str) -> int:
    return int(require(load_lexicon("claims", lang), "age_same_days", int, "claims", lang=lang))


def owned_age(
    frame: Frame,
    time: TimeRef | None,
    q: Quantity,
    words: tuple[Sequence[Token], Sequence[Token]],
    source: Source,
    lang: str,
) -> tuple[Frame, TimeRef | None, bool]:
    """A figure's frame and period, read again when it is a named age, and whether it is
    one (then read as asserted); ``words`` are the tokens before the figure and its subject
    words after it."""
    before, subject = words
    frame = named_age(frame, age_owner(q, before, subject, source.text, lang))
    named = is_named_age(q.unit.value, frame.actor, frame.what)
    if not named:
        return frame, time, named
    return frame, age_time(time, source.published, lang, now=_said_now(q, lang)), named


def _said_now(q: Quantity, lang: str) -> bool:
    """Whether an apposed age is said to be the age now ("Knight, now 30"), a word of
    numbers.toml's ``apposed_age_now`` inside its text."""
    words = {w.lower() for w in _WORD.findall(q.text)}
    return bool(words & apposed_age_now(lang))
