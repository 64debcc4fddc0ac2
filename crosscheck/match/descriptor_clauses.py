"""The clause of a date for its descriptor: a date claim -> the sentence text telling its event.

A clause runs between the breaks around the date: a semicolon, a colon, a dash, or a comma
before a clause opener of ``[date_events]`` of time.toml (", and Trump Jr. met a lawyer
later": another clause's event). An opener of ``aside_openers`` of date_events.toml set off
by commas on both sides is no break but an adverb inside the clause ("The Justice
Department, though, had sent the governor a letter last Wednesday"): cutting there would
drop the clause's subject. Other openers stay breaks so ("the bill, which, if passed, ...").
A relative clause set off by commas between a subject and its verb (``relative_asides``,
``aside_resumers``: "The documentary, which will stream on Hulu, will be released on March
6") is left out of the clause of a date after it: the clause is the subject before the
opener and the predicate after the aside.
"""

from __future__ import annotations

import re
from functools import cache

from crosscheck.claims.date_keys import date_event_words
from crosscheck.lexicon import load_lexicon, lower_words
from crosscheck.model import Claim

_BREAK = re.compile(r"[;:\u2014]|,\s*([\w'\u2019-]+)")
_ASIDE_END = re.compile(r"\s*,")
_RESUMED = re.compile(r",\s*([\w'\u2019-]+)")


@cache
def _relative_asides() -> tuple[frozenset[str], frozenset[str]]:
    """The ``relative_asides`` and ``aside_resumers`` of date_events.toml, folded."""
    data = load_lexicon("date_events")
    return (
        lower_words(data, "relative_asides", "date_events"),
        lower_words(data, "aside_resumers", "date_events"),
    )


@cache
def aside_openers() -> frozenset[str]:
    """The ``aside_openers`` of date_events.toml, folded."""
    return lower_words(load_lexicon("date_events"), "aside_openers", "date_events")


def _is_aside(sentence: str, m: re.Match[str]) -> bool:
    """Whether a comma break's opener is an adverb set off by a comma after it as well
    (", though,")."""
    return m.group(1).lower() in aside_openers() and _ASIDE_END.match(sentence, m.end()) is not None


def clause_of(claim: Claim) -> str:
    """The clause of a date's sentence: the text between the breaks around the date, a
    break being a semicolon, a colon, a dash, or a comma before a clause opener that is
    no aside (see the module doc)."""
    openers = date_event_words().clause_openers
    sentence = claim.sentence
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    first, last, outer = 0, len(sentence), 0
    relative: re.Match[str] | None = None
    for m in _BREAK.finditer(sentence):
        opener = m.group(1)
        if opener is not None and (opener.lower() not in openers or _is_aside(sentence, m)):
            continue
        if m.end() <= at:
            outer, relative = first, m if opener is not None else None
            first = m.start(1) if opener is not None else m.end()
        elif m.start() >= end:
            last = m.start()
            break
    main = _main_clause(sentence, outer, relative, (at, last))
    if main is not None:
        return main
    return sentence[first : _aside_end(sentence, relative, (end, last))]


def _main_clause(
    sentence: str, outer: int, relative: re.Match[str] | None, date: tuple[int, int]
) -> str | None:
    """The main clause of a date after a relative aside, without the aside: the subject
    from ``outer`` up to ``relative`` (a comma break before one of ``relative_asides``) and
    the predicate from the first comma and word of ``aside_resumers`` before the date
    (``date``: where it starts, where its clause ends) on ("Sebelius, who declined an
    invite, will face the panel Wednesday" -> "Sebelius will face the panel Wednesday");
    None when the date's clause opens with no such aside."""
    asides, resumers = _relative_asides()
    if relative is None or relative.group(1).lower() not in asides:
        return None
    at, last = date
    for m in _RESUMED.finditer(sentence, relative.end(), at):
        if m.group(1).lower() in resumers:
            return f"{sentence[outer : relative.start()]} {sentence[m.start(1) : last]}"
    return None


def _aside_end(sentence: str, relative: re.Match[str] | None, date: tuple[int, int]) -> int:
    """Where the clause of a date inside a relative aside ends: at the comma that closes the
    aside before one of ``aside_resumers`` ("Ruiz, who was elected in May, will face the
    board" -> "who was elected in May"); else at the clause's end (``date``: where the date
    ends, where its clause ends)."""
    asides, resumers = _relative_asides()
    end, last = date
    if relative is None or relative.group(1).lower() not in asides:
        return last
    for m in _RESUMED.finditer(sentence, end, last):
        if m.group(1).lower() in resumers:
            return m.start()
    return last
