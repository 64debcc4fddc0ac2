"""Dates beside figures and events: the words around a date -> the event it dates, and a
year the time stage left unread before a figure ("a storm in 2011").

Driven by ``lexicon/events.toml`` (event classes, stamp words, period prepositions, the
year range); like the frames, each function reads a few tokens on each side of one date or
figure, so the cost per item is bounded.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from crosscheck.claims.frame_reading import SentenceWords
from crosscheck.claims.frame_words import (
    CLAUSE_END,
    HARD_END,
    clause_after,
    clause_before,
    frame_words,
    phrase_at,
)
from crosscheck.model import Granularity, TimeRef
from crosscheck.text.words import Token

_HARD_OR_COMMA = HARD_END | {","}  # what ends the words a date's event may stand in


def date_event(
    before: Sequence[Token],
    after: Sequence[Token],
    *,
    words: SentenceWords | None = None,
    lang: str,
) -> tuple[str, int] | None:
    """The event a date is attached to: (class, index in ``before`` or len + index in after).

    Only an event word within a few words of the date, in its clause, counts: "the river
    burst its banks [on March 3]"; "a deadline that passed [Friday]" dates no event.
    ``words``, the reading of the sentence ``before`` and ``after`` come from, lets the
    stamp words be skipped when none of them stands in the sentence.
    """
    fw = frame_words(lang)
    window_before = clause_before(before, stop=_HARD_OR_COMMA, last=fw.date_event_before)
    offset = len(before) - len(window_before)
    window_after = clause_after(after, fw.date_event_after, lang=lang)
    if words is None or words.may_hold(fw.stamp_words):
        clause = [
            t.lower
            for t in (*clause_before(before, stop=HARD_END), *clause_after(after, 12, lang=lang))
        ]
        if phrase_at(clause, fw.stamp_words, 2):
            return None  # "(We last added to this post at 4:10 p.m. ET.)": the article's stamp
    candidates: list[tuple[int, int, str]] = []
    for first, last, name in phrase_at(
        [t.lower for t in window_before], fw.events, fw.longest_event
    ):
        candidates.append((len(window_before) - last, offset + first, name))
    for first, _, name in phrase_at([t.lower for t in window_after], fw.events, fw.longest_event):
        candidates.append((first, len(before) + first, name))
    dateless = fw.ignored_events | fw.money_events  # "since taking office in January": no sum
    candidates = [c for c in candidates if c[2] not in dateless]
    if not candidates:
        return None
    _, where, name = min(candidates)
    return name, where


def year_before(before: Sequence[Token], lang: str) -> TimeRef | None:
    """A year the time stage left unread in the clause before a figure: "a storm in 2011"."""
    fw = frame_words(lang)
    window = list(before[-8:])
    for i in range(len(window) - 1, 0, -1):
        token = window[i]
        if token.text in CLAUSE_END:
            return None
        if not token.is_number:
            continue
        year = int(token.text) if token.text.isdigit() and len(token.text) == 4 else 0
        if window[i - 1].lower not in fw.period_prepositions or not (
            fw.year_min <= year <= fw.year_max
        ):
            return None
        first = window[i - 1]
        return TimeRef(
            start=first.start,
            end=token.end,
            text=f"{first.text} {token.text}",
            begin=date(year, 1, 1),
            end_date=date(year, 12, 31),
            granularity=Granularity.YEAR,
            modifier=first.lower,
        )
    return None
