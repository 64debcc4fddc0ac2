"""Jobs added told as a noun: the tokens before a count -> its (what, event) as jobs added.

"an addition of 171,000 jobs", "a net gain of 171,000 jobs", "job growth of 175,000": a
move noun (``[job_moves]`` ``moves`` in ``lexicon/en/events.toml``) right before "of" and
the figure says jobs were added, as "added 171,000 jobs" does, when the figure counts jobs
(``nouns``) or, with no noun of its own, when a job noun stands right before the move noun.

A count with no noun of its own under a jobs event (``implied_events``) whose sentence names
jobs counts jobs ("just 80,000 added to the payrolls", "and the government shed 14,000"):
``implied_what``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.claims.frame_what import PERSON
from crosscheck.claims.frame_words import frame_words
from crosscheck.lexicon import (
    LowerWords,
    table_settings,
)
from crosscheck.text.words import Token, lemma


@dataclass(frozen=True, slots=True, kw_only=True)
class JobMove:
    """What the figure counts and the event class of jobs added."""

    what: str
    event: str


@dataclass(frozen=True, slots=True, kw_only=True)
class _JobWords:
    event: str
    moves: LowerWords
    nouns: LowerWords
    of: LowerWords
    what: str
    implied_events: LowerWords


@cache
def _job_words(lang: str) -> _JobWords:
    return table_settings(_JobWords, "events", "job_moves", lang=lang)


def job_move(before: Sequence[Token], what: str, has_noun: bool, lang: str) -> JobMove | None:
    """Jobs added, when a move noun and "of" stand right before the figure (bound words
    aside) and the figure counts jobs; None otherwise ("a gain of 5 percent")."""
    jw = _job_words(lang)
    fillers = frame_words(lang).fillers - jw.of
    i = len(before)
    while i > 0 and before[i - 1].lower in fillers:
        i -= 1  # "a net gain of [nearly] 171,000"
    if i < 2 or before[i - 1].lower not in jw.of or not _is(before[i - 2], jw.moves, lang):
        return None
    if has_noun:
        last = what.split()[-1:] if what else []
        return JobMove(what=what, event=jw.event) if last and last[0] in jw.nouns else None
    if i >= 3 and _is(before[i - 3], jw.nouns, lang):
        return JobMove(what=jw.what, event=jw.event)  # "job growth of 175,000"
    return None


def _is(token: Token, words: frozenset[str], lang: str) -> bool:
    return token.lower in words or lemma(token.text, lang) in words


def implied_what(event: str, sentence: Sequence[Token], lang: str) -> str:
    """What a count with no noun of its own under ``event`` counts: jobs when the event is
    one of ``implied_events`` and a job noun stands in its sentence, people otherwise."""
    jw = _job_words(lang)
    if event in jw.implied_events and any(_is(t, jw.nouns, lang) for t in sentence):
        return jw.what
    return PERSON
