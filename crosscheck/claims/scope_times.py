"""Times of a figure's clause read closer: a time and the tokens before it -> the scope it
gives the figures of its clause.

- A statement's day: "The United Nations said Thursday that 92,000 people have been
  killed": Thursday is the day of the saying, so the count is the one known as of
  Thursday, not a count of deaths on Thursday. The reporting verbs are ``claims.toml``'s
  ``statement_verbs``; a day may follow them with a link ("said on Friday that").
- An occasion's time: "fell 2,000 points for the second time this week, closing at
  21,400": "this week" dates the count of occasions ("the second time"), so it is no
  figure's period. The occasion nouns are ``claims.toml``'s ``occasion_nouns``.
- A time in an aside: "Discovered in China in late December, the virus has infected 1,629
  people"; "The inquiry, which began in May 2017, has led to 30 indictments": the time dates
  the aside (how its noun came to be, what it did), not the count, so the figures after the
  aside take no time from it. The openers are ``claims.toml``'s ``origin_participles`` and
  ``relative_pronouns``.
- A time ending a "since" clause: "25 people have been killed since protests broke out six
  months ago": the time starts the figure's period (a running total since then), as "since
  six months ago" would. The openers are ``claims.toml``'s ``since_clause_openers``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from crosscheck.lexicon import load_lexicon, lower_words, require
from crosscheck.model import Quantity, TimeRef, Unit
from crosscheck.text.words import Token, TokenIndex
from crosscheck.timex.clock import read_on_publication

AS_OF = "as of"
"""The scope of a count known as of a day (time.toml's modifier "as of"): the statement day
this module gives, and what ``match.figures`` reads as a current count."""


@cache
def _words(key: str, lang: str) -> frozenset[str]:
    return lower_words(load_lexicon("claims", lang), key, "claims", lang=lang)


def statement_time(time: TimeRef, before: Sequence[Token], lang: str) -> TimeRef:
    """``time`` with the scope "as of" when the tokens ``before`` it end in a reporting verb
    (and a link such as "on"): the day a statement was made; else ``time`` unchanged."""
    links = _words("statement_day_links", lang)
    if time.modifier is not None and time.modifier not in links:
        return time
    words = list(before)
    if words and words[-1].lower in links:
        words.pop()
    if not words or words[-1].lower not in _words("statement_verbs", lang):
        return time
    return replace(time, modifier=AS_OF)


def since_clause_time(time: TimeRef, between: Sequence[Token], lang: str) -> TimeRef:
    """``time`` with the scope of a "since" clause's opener when the tokens ``between`` a
    figure and it hold that opener at most ``since_clause_words`` words before it ("killed
    [since] protests broke out six months ago", "since the riots broke out in January") and no
    superlative before the opener ("the lowest since Obama took office five years ago"); else
    ``time`` unchanged. A time with a scope word of its own keeps it but "in" and "on"
    (``since_clause_overrides``)."""
    if time.modifier and time.modifier not in _words("since_clause_overrides", lang):
        return time
    openers = _words("since_clause_openers", lang)
    at = next((i for i in range(len(between) - 1, -1, -1) if between[i].lower in openers), None)
    if at is None or len(between) - at - 1 > _number("since_clause_words", lang):
        return time
    superlatives = _words("since_clause_superlatives", lang)
    if any(t.lower in superlatives for t in between[:at]):
        return time
    return replace(time, modifier=between[at].lower)


def other_clause_time(between: Sequence[Token], lang: str) -> bool:
    """Whether a time after a figure stands in another clause than the figure's: the tokens
    ``between`` them hold a comma, then within ``other_clause_words`` tokens (no comma among
    them) a relative word (``other_clause_relatives``: ", a move [that]", ", [which]", ", both
    of [whom]") or, right after it, a conjunction (``other_clause_conjunctions``: ", [but]"),
    and no comma after it to close that clause before the time ("Five people, who were in
    the car, were killed on Monday" keeps it)."""
    relatives = _words("other_clause_relatives", lang)
    reach = _number("other_clause_words", lang)
    last_comma = max((i for i, t in enumerate(between) if t.text == ","), default=None)
    if last_comma is None:
        return False
    # the clause the time stands in opens at the last comma: its first words
    opening = between[last_comma + 1 : last_comma + 1 + reach]
    if opening and opening[0].lower in _words("other_clause_conjunctions", lang):
        return True  # "for two hours, but Tuesday night's debate continued"
    return any(t.lower in relatives for t in opening)


def aside_time(time: TimeRef, figure_start: int, tokens: TokenIndex, lang: str) -> bool:
    """Whether ``time`` stands in an aside that a mark (``aside_marks``, met before any
    ``aside_stops``: a colon carries the time on) closes before the figure starting at
    ``figure_start``, opened at most ``aside_words`` words before the time by a participle of
    origin (at the sentence's start or after a mark: "[Created] by Congress in 1990, the
    lottery grants 50,000 visas"; "The license, [issued] in February 2016, would have let Iran
    convert $5.7 billion") or by a relative pronoun after a mark ("The inquiry, [which] began
    in May 2017, has led to 30 indictments"). The time dates the aside (how its noun came to
    be, what its noun did), not the figure."""
    marks = _words("aside_marks", lang)
    found = tokens.mark_starts(_aside_marks_and_stops(lang))
    after = bisect_left(found, time.end)
    if after == len(found) or found[after] >= figure_start:
        return False  # no mark closes the aside before the figure
    if tokens.tokens[tokens.first_at_or_after(found[after])].text not in marks:
        return False  # "wounds in the last week: of those, 46 percent": the time goes on
    last = tokens.last_ending_by(time.start)
    first = max(0, last - _number("aside_words", lang) - 1)
    for index in range(last - 1, first - 1, -1):
        word = tokens.tokens[index]
        if word.text in marks:
            return False  # the aside before the time holds no mark of its own
        origin = word.lower in _words("origin_participles", lang)
        if origin or word.lower in _words("relative_pronouns", lang):
            before = tokens.tokens[index - 1].text if index > 0 else ""
            return before in marks or (origin and not tokens.has_word_before(index))
    return False


@cache
def _aside_marks_and_stops(lang: str) -> frozenset[str]:
    return _words("aside_marks", lang) | _words("aside_stops", lang)


@cache
def _number(key: str, lang: str) -> int:
    return int(require(load_lexicon("claims", lang), key, int, "claims", lang=lang))


def figure_times(
    times: Sequence[TimeRef], quantities: Sequence[Quantity], tokens: TokenIndex, lang: str
) -> list[TimeRef]:
    """The times of a sentence a figure may take: not a clock time with no day of its
    own ("at 7:15am", read on the publication day only to pair with another clock time),
    not an occasion's time ("the second time this week")."""
    return [
        t
        for t in times
        if (t.minute_start is None or (t.begin is not None and not read_on_publication(t)))
        and not occasion_time(tokens.before(t.start, 2), quantities, lang)
    ]


def occasion_time(before: Sequence[Token], quantities: Sequence[Quantity], lang: str) -> bool:
    """Whether the two tokens ``before`` a time are an ordinal of ``quantities`` and an
    occasion noun ("the second time [this week]"): the time dates the occasion."""
    if len(before) < 2 or before[-1].lower not in _words("occasion_nouns", lang):
        return False
    ordinal_end = before[-2].end
    return any(q.unit is Unit.ORDINAL and q.end == ordinal_end for q in quantities)
