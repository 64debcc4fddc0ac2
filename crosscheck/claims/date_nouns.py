"""The noun a date labels or modifies: a date and its sentence -> the event noun after it.

"last year's [attack]", "the July 25 phone [call]", "the Sept. 11, 2012, Benghazi [attack]":
read from the ``[date_events]`` words (date_events) and date_events.toml's ``[nouns]``.
"""

from __future__ import annotations

import re
from functools import cache

from crosscheck.claims.date_events import date_event_words
from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import GRANULARITY_RANK, Granularity, TimeRef
from crosscheck.text.possessive import possessives

# The lexicon of event keys that adds to time.toml's [date_events] (its [nouns]).
_MORE = "date_events"


def labels_noun(text: str, t: TimeRef, lang: str) -> bool:
    """A relative year or longer period with a possessive after it ("last year's attack")."""
    if not t.relative or GRANULARITY_RANK[t.granularity] < GRANULARITY_RANK[Granularity.YEAR]:
        return False
    return text.startswith(possessives(lang).as_written, t.end)


# A word of a date's sentence after the date, or a mark between words.
_AFTER = re.compile(r"[\w'\u2019-]+|[^\w\s]")
# Names or noun modifiers that may stand between a date and the noun it modifies ("the
# Sept. 11, 2012, [Benghazi] attack", "the July 25 [phone] call").
HEAD_GAP = 2


def modified_noun(sentence: str, end: int, t: TimeRef, lang: str) -> str:
    """The event noun a date modifies, folded, from the sentence after the date (``end``
    indexes ``sentence``): "the September 2012 [attacks]", "Wednesday's [debate]", "the
    Sept. 11, 2012, Benghazi [attack]", "the July 25 phone [call]"; "" for none. Through a
    possessive ending, the comma that closes a full date, and up to ``HEAD_GAP`` names
    or noun modifiers, a link inside a name not counted ("next Tuesday's District of
    Columbia [primary]": ``_name_link``); any other word or mark first ends the search."""
    words = date_event_words(lang)
    rest = sentence[end:]
    for ending in possessives(lang).as_written:
        if rest.lower().startswith(ending):
            rest = rest[len(ending) :]
            break
    found: list[str] = _AFTER.findall(rest)
    if found[:1] == [","] and closes_full_date(t):
        found = found[1:]
    gap = 0
    for i, word in enumerate(found):
        low = word.lower()
        if low in words.event_nouns or low in words.nouns:
            return low
        if _name_link(found, i, lang):
            continue
        if gap == HEAD_GAP or not word[:1].isalpha():
            return ""
        if not (word[:1].isupper() or low in _noun_modifiers(lang)):
            return ""
        gap += 1
    return ""


def _name_link(found: list[str], i: int, lang: str) -> bool:
    """A ``name_links`` word inside a name of several words ("District [of] Columbia"):
    between two capitalised words."""
    if not 0 < i < len(found) - 1 or found[i].lower() not in _name_links(lang):
        return False
    return found[i - 1][:1].isupper() and found[i + 1][:1].isupper()


@cache
def _name_links(lang: str) -> frozenset[str]:
    """The ``name_links`` of date_events.toml's [nouns] ("of" of "District of Columbia")."""
    nouns = require(load_lexicon(_MORE, lang), "nouns", dict, _MORE, lang=lang)
    return frozenset(str(x).lower() for x in require(nouns, "name_links", list, _MORE, lang=lang))


@cache
def _noun_modifiers(lang: str) -> frozenset[str]:
    """The ``noun_modifiers`` and ``adjectives`` of date_events.toml's [nouns] ("phone" of
    "phone call", "fatal" of "Saturday's fatal shooting")."""
    nouns = require(load_lexicon(_MORE, lang), "nouns", dict, _MORE, lang=lang)
    return frozenset(
        str(x).lower()
        for key in ("noun_modifiers", "adjectives")
        for x in require(nouns, key, list, _MORE, lang=lang)
    )


def closes_full_date(t: TimeRef) -> bool:
    """A day with its year written ("June 9, 2016"): the comma after it closes the date."""
    return t.granularity is Granularity.DAY and t.text[-4:].isdigit() and t.minute_start is None
