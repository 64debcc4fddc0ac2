"""A weekday naming a recurring thing: (date, the words after it) -> whether it dates nothing.

"Pence went on Fox and CBS' widely watched Sunday talk shows", "children attending Sunday
school", "her infamous Sunday news show appearances": the weekday modifies a noun of a thing
held every such day (``weekday_recurring_nouns`` of date_events.toml), so it names no one
day and gives no date claim. The noun may stand after a few words of its phrase ("Sunday
[talk] shows") and before words of ``weekday_recurring_after`` ("show [appearances]"); another
word after it makes it a modifier of something else ("a Tuesday school board meeting"). Right
after the weekday and before a word of ``weekday_recurring_verb_objects`` the noun is a verb
("A CNN poll released Tuesday shows that ..."). No English in code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import load_lexicon, lower_words, require
from crosscheck.model import Granularity, TimeRef
from crosscheck.text.tokens import APOSTROPHES, Token
from crosscheck.text.words import claim_words
from crosscheck.timex.lexicon import time_lexicon

__all__ = ["names_recurring_thing"]

_MORE = "date_events"


@dataclass(frozen=True, slots=True)
class RecurringWords:
    """The words of date_events.toml by which a weekday names a recurring thing."""

    nouns: frozenset[str]  # "shows", "school"
    after: frozenset[str]  # may follow the noun in its phrase ("show [appearances]")
    verb_objects: frozenset[str]  # after the noun right after the weekday: a verb ("shows that")
    reach: int  # most words of the phrase read after the weekday
    weekdays: frozenset[str]  # the weekday names, as the time lexicon writes them


@cache
def recurring_words(lang: str) -> RecurringWords:
    """The recurring-thing words of date_events.toml, read once."""
    more = load_lexicon(_MORE, lang)
    return RecurringWords(
        nouns=lower_words(more, "weekday_recurring_nouns", _MORE, lang=lang),
        after=lower_words(more, "weekday_recurring_after", _MORE, lang=lang),
        verb_objects=lower_words(more, "weekday_recurring_verb_objects", _MORE, lang=lang),
        reach=int(require(more, "weekday_recurring_reach", int, _MORE, lang=lang)),
        weekdays=frozenset(time_lexicon(lang).weekdays),
    )


def names_recurring_thing(t: TimeRef, text: str, after: Sequence[Token], lang: str) -> bool:
    """Whether the day ``t`` of ``text``, a bare weekday ("Sunday", "on Sunday"), modifies a
    noun of a thing held every such day (``after``: the tokens right after it): it dates
    nothing. A possessive weekday names one day ("on Sunday's talk shows")."""
    words = recurring_words(lang)
    last = t.text.split()[-1] if t.text.split() else ""
    if t.granularity is not Granularity.DAY or last not in words.weekdays:
        return False
    if t.end < len(text) and text[t.end] in APOSTROPHES:
        return False  # "on Sunday's talk shows": that Sunday's
    stop = claim_words(lang).stop_words
    phrase: list[str] = []
    for token in after[: words.reach]:
        if not token.is_word or token.lower in stop:
            break
        phrase.append(token.lower)
    at = next((i for i, w in enumerate(phrase) if w in words.nouns), None)
    if at is None:
        return False
    if any(w not in words.after and w not in words.nouns for w in phrase[at + 1 :]):
        return False  # "a Tuesday school board meeting": the noun modifies another
    following = after[len(phrase)].lower if len(after) > len(phrase) else ""
    return not (at == 0 == len(phrase) - 1 and following in words.verb_objects)
