"""The clause of a date for its descriptor: a date claim -> the sentence text telling its event.

A clause runs between the breaks around the date: a semicolon, a colon, a dash, or a comma
before a clause opener of ``[date_events]`` of time.toml (", and Trump Jr. met a lawyer
later": another clause's event). An opener of ``aside_openers`` of date_events.toml set off
by commas on both sides is no break but an adverb inside the clause ("The Justice
Department, though, had sent the governor a letter last Wednesday"): cutting there would
drop the clause's subject. Other openers stay breaks so ("the bill, which, if passed, ...").
A clause right after a date and its comma that opens with one of ``date_openers`` of
date_events.toml tells what happened at that date ("in January 2009, when Obama took
office"): it is the date's clause too, which runs on to the next break, and the date dates
its event whatever scope word stands before it ("since Saturday, when ...": ``tells_event``).
A relative clause set off by commas between a subject and its verb (``relative_asides``,
``aside_resumers``: "Sebelius, who declined an invite to Thursday's hearing, will face the
panel Wednesday") is no part of the clause of a date after it, which is the predicate after
the aside ("will face the panel Wednesday"; the subject is left out too, as it was: a name
alone tells no event); and the clause of a date inside the aside ends where the aside does
("who was appointed in 1986, was the longest-serving justice" -> "who was appointed in
1986").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from crosscheck.claims.date_events import date_event_words
from crosscheck.lexicon import load_lexicon, lower_words
from crosscheck.model import Claim

_BREAK = re.compile(r"[;:\u2014]|,\s*([\w'\u2019-]+)")
_ASIDE_END = re.compile(r"\s*,")
_RESUMED = re.compile(r",\s*([\w'\u2019-]+)")


@cache
def _relative_asides(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The ``relative_asides`` and ``aside_resumers`` of date_events.toml, folded."""
    data = load_lexicon("date_events", lang)
    return (
        lower_words(data, "relative_asides", "date_events", lang=lang),
        lower_words(data, "aside_resumers", "date_events", lang=lang),
    )


@cache
def aside_openers(lang: str) -> frozenset[str]:
    """The ``aside_openers`` of date_events.toml, folded."""
    return lower_words(load_lexicon("date_events", lang), "aside_openers", "date_events", lang=lang)


def _is_aside(sentence: str, m: re.Match[str], lang: str) -> bool:
    """Whether a comma break's opener is an adverb set off by a comma after it as well
    (", though,")."""
    return (
        m.group(1).lower() in aside_openers(lang)
        and _ASIDE_END.match(sentence, m.end()) is not None
    )


def clause_of(claim: Claim, *, told: bool = True, lang: str) -> str:
    """The clause of a date's sentence: the text between the breaks around the date, a
    break being a semicolon, a colon, a dash, or a comma before a clause opener that is
    no aside (see the module doc). With ``told``, a clause right after the date that tells
    what happened at it ("in January 2009, when Obama took office") is the date's too;
    without, the clause ends before it (the date's own predicate: ``other_predicates``)."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    return _clause(claim.sentence, at, end, told, lang)


@lru_cache(maxsize=1 << 12)
def _clause(sentence: str, at: int, end: int, told: bool, lang: str) -> str:
    """``clause_of`` of the date at ``at:end`` of ``sentence``, read once per date and
    ``told``: the pairings of a story ask it of one date several times (32,646 calls, 14,953
    dates and ``told`` over the 451 stories)."""
    openers = date_event_words(lang).clause_openers
    first, last = 0, len(sentence)
    relative: re.Match[str] | None = None
    for m in _BREAK.finditer(sentence):
        opener = m.group(1)
        if opener is not None and (opener.lower() not in openers or _is_aside(sentence, m, lang)):
            continue
        if m.end() <= at:
            relative = m if opener is not None else None
            first = m.start(1) if opener is not None else m.end()
        elif m.start() >= end:
            if told and _tells_date(sentence, m, end, lang):
                continue  # "in January 2009, when Obama took office": the date's own event
            last = m.start()
            break
    if relative is None or relative.group(1).lower() not in _relative_asides(lang)[0]:
        return sentence[first:last]
    resumed = _resumer(sentence, relative.end(), at, lang)
    if resumed is not None:
        return sentence[resumed.start(1) : last]  # the predicate after the aside
    closed = _resumer(sentence, end, last, lang)
    return sentence[first : closed.start() if closed is not None else last]


def _tells_date(sentence: str, m: re.Match[str], end: int, lang: str) -> bool:
    """Whether a comma break right after a date opens a clause that tells what happened at
    that date (``date_openers`` of date_events.toml: "in January 2009, when Obama took
    office"): the clause is the date's, not another event's."""
    opener = m.group(1)
    return (
        opener is not None
        and opener.lower() in date_openers(lang)
        and not sentence[end : m.start()].strip()
    )


# A comma and the word after it, right after a date ("since Saturday[, when] ...").
_OPENER = re.compile(r"\s*,\s*([^\W\d_]+)")


def tells_event(claim: Claim, lang: str) -> bool:
    """Whether a date with a scope word is followed by its comma and one of
    ``date_openers`` (as ``_tells_date`` reads them): "protests since Saturday, when a police
    officer shot Brown", "by October, when the court starts its next term". The clause
    after the opener tells what happened at that date (``clause_of`` reads it as the date's
    own), so the date dates that event as "on Saturday" would; the scope word bounds only
    the clause before it."""
    t = claim.time
    if t is None or t.modifier is None:
        return False
    m = _OPENER.match(claim.sentence, claim.end - claim.sentence_start)
    return m is not None and m.group(1).lower() in date_openers(lang)


@cache
def date_openers(lang: str) -> frozenset[str]:
    """The ``date_openers`` of date_events.toml, folded."""
    return lower_words(load_lexicon("date_events", lang), "date_openers", "date_events", lang=lang)


def _resumer(sentence: str, start: int, end: int, lang: str) -> re.Match[str] | None:
    """The first comma between ``start`` and ``end`` followed by a word of
    ``aside_resumers`` (", will face"): where a relative aside closes and the main clause
    resumes; None when there is none."""
    resumers = _relative_asides(lang)[1]
    for m in _RESUMED.finditer(sentence, start, end):
        if m.group(1).lower() in resumers:
            return m
    return None
