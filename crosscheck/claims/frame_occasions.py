"""Ranked occasions: an ordinal of a numbered series -> the rank of the story's own occasion.

An ordinal is never compared across outlets ("the third debate" and "the fourth debate" of one
article are two debates), except the rank an article gives the occasion it reports: "It's the
fifth debate" (a present copula at the start of a clause) and "Last night, ... in the fourth
Democratic debate" (a preposition before "the", the sentence's one time a day just before the
article's date) both rank the debate the story is about, so they are one fact told two ways.
Such an ordinal gets the event ``RANKED_OCCASION`` and, as what it counts, the series noun
alone ("debate" of "fourth Democratic debate"), with no place (the occasion's place is the
story's); the blocks compare it with the same event of other outlets, and a differing rank is
a ``numeric.conflict``. The words are
``claims.toml``'s ``ranked_occasions``, ``occasion_copulas``, ``occasion_prepositions``,
``occasion_min_rank`` and ``occasion_days``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from crosscheck.claims.frames import Frame
from crosscheck.claims.function_words import function_words
from crosscheck.lexicon import load_lexicon, lower_words, require
from crosscheck.model import Granularity, Quantity, TimeRef, Unit
from crosscheck.text.words import Token

RANKED_OCCASION = "rank"


@dataclass(frozen=True, slots=True)
class OccasionWords:
    """The lexicon of ranked occasions (``claims.toml``)."""

    nouns: frozenset[str]
    copulas: tuple[tuple[str, ...], ...]
    prepositions: frozenset[str]
    min_rank: int
    days: int


@cache
def occasion_words(lang: str) -> OccasionWords:
    data = load_lexicon("claims", lang)
    copulas = lower_words(data, "occasion_copulas", "claims", lang=lang)
    return OccasionWords(
        nouns=lower_words(data, "ranked_occasions", "claims", lang=lang),
        copulas=tuple(sorted(tuple(c.split()) for c in copulas)),
        prepositions=lower_words(data, "occasion_prepositions", "claims", lang=lang),
        min_rank=int(require(data, "occasion_min_rank", int, "claims", lang=lang)),
        days=int(require(data, "occasion_days", int, "claims", lang=lang)),
    )


def is_ranked_occasion(kind: str, event: str) -> bool:
    """Whether a claim is the rank of its story's occasion (compared across outlets)."""
    return kind == Unit.ORDINAL.value and event == RANKED_OCCASION


def _series_rank(q: Quantity, what: str, words: OccasionWords) -> bool:
    """An ordinal of at least ``min_rank`` whose noun's head is a series of occasions."""
    if q.unit is not Unit.ORDINAL or q.low is None or q.low < words.min_rank or not what:
        return False
    return what.split()[-1] in words.nouns


def _after_copula(before: Sequence[Token], opening: bool, words: OccasionWords, lang: str) -> bool:
    """``before`` ends in "<copula> the" at the start of a clause: "It's the", "; this is the"."""
    lowered = [t.lower for t in before]
    if not lowered or lowered[-1] != function_words(lang).definite_article:
        return False
    for copula in words.copulas:
        start = len(lowered) - 1 - len(copula)
        if start < 0 or tuple(lowered[start:-1]) != copula:
            continue
        if start == 0 and opening:
            return True
        if start > 0 and not before[start - 1].is_word:
            return True
    return False


def _dated_today(
    before: Sequence[Token],
    times: Sequence[TimeRef],
    published: date | None,
    words: OccasionWords,
    lang: str,
) -> bool:
    """``before`` ends in "<preposition> the" and the sentence's one time is a day at most
    ``days`` before the article's date: "Last night, ... in the fourth debate"."""
    lowered = [t.lower for t in before]
    if (
        len(lowered) < 2
        or lowered[-1] != function_words(lang).definite_article
        or lowered[-2] not in words.prepositions
    ):
        return False
    if published is None or len(times) != 1 or times[0].granularity is not Granularity.DAY:
        return False
    day = times[0].begin
    if day is None or day != times[0].end_date:
        return False
    return 0 <= (published - day).days <= words.days


def occasion_frame(
    frame: Frame,
    q: Quantity,
    before: Sequence[Token],
    context: tuple[Sequence[TimeRef], date | None, bool],
    lang: str,
) -> Frame:
    """``frame`` with the event ``RANKED_OCCASION`` when ``q`` ranks the story's own occasion;
    ``context`` is the sentence's times, the article's date and whether ``before`` opens the
    sentence."""
    times, published, opening = context
    words = occasion_words(lang)
    if frame.event or not _series_rank(q, frame.what, words):
        return frame
    if _after_copula(before, opening, words, lang) or _dated_today(
        before, times, published, words, lang
    ):
        return replace(frame, what=frame.what.split()[-1], event=RANKED_OCCASION, place="")
    return frame
