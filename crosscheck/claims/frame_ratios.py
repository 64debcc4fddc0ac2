"""Ratios of money: a figure of "N to 1" after a verb that compares two sides' money -> its
frame (the ratio it is, that money's event, a total: "by 7-1" is a level, no change).

"Walker supporters' outspending his opponents by a more than [7]-1 margin", "Walker has
outraised Barrett [7 1/2] to 1": the larger side of the ratio has no noun of its own, and the
verb says what it measures (``[ratios]`` in ``lexicon/en/events.toml``). A bare margin ("won
by more than 2-1 among independents") compares no money and is not read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from crosscheck.claims.frame_roles import TOTAL
from crosscheck.claims.frame_words import CLAUSE_END
from crosscheck.claims.frames import Frame
from crosscheck.lexicon import load_lexicon, lower_table, lower_words, require
from crosscheck.model import RANGE_MODIFIER, Quantity, Unit
from crosscheck.quantities import parse_number
from crosscheck.text.words import Token


@dataclass(frozen=True, slots=True, kw_only=True)
class RatioWords:
    """``[ratios]`` of ``events.toml``, parsed once."""

    links: tuple[str, ...]
    ones: frozenset[str]
    reach: int
    alternatives: frozenset[str]
    verbs: dict[str, str]
    events: dict[str, str]


@cache
def ratio_words(lang: str) -> RatioWords:
    """The ratio words of language ``lang``."""
    data = require(load_lexicon("events", lang), "ratios", dict, "events", lang=lang)
    links = require(data, "links", list, "events", lang=lang)
    return RatioWords(
        links=tuple(sorted((str(x) for x in links), key=len, reverse=True)),
        ones=lower_words(data, "ones", "events", lang=lang),
        reach=int(require(data, "reach", int, "events", lang=lang)),
        alternatives=lower_words(data, "alternatives", "events", lang=lang),
        verbs=lower_table(data, "verbs", "events", lang=lang),
        events=lower_table(data, "events", "events", lang=lang),
    )


def is_ratio_side(text: str, q: Quantity, lang: str) -> bool:
    """Whether the figure ``q`` of ``text`` is the first side of a ratio to one: "7-1",
    "8 to 1", "7 1/2 to 1", "three-to-one" (not "7-10", "4 to 1.5")."""
    return ratio_end(text, q, lang) is not None


def ratio_end(text: str, q: Quantity, lang: str) -> int | None:
    """Where the ratio whose first side is ``q`` ends in ``text``: after the "1" of "7-1",
    "8 to 1", "three-to-one" (a claim quotes the ratio as written); None when ``q`` is no
    ratio's first side."""
    if q.unit is not Unit.COUNT or q.low is None:
        return None
    rw = ratio_words(lang)
    for link in rw.links:
        if not text.startswith(link, q.end):
            continue
        start = q.end + len(link)
        end = start
        while end < len(text) and (text[end].isalnum() or text[end] in ".,/"):
            end += 1
        while end > start and text[end - 1] in ".,":
            end -= 1  # "by 7-1." ends a sentence
        return end if text[start:end].lower() in rw.ones else None
    return None


def ratio_verb(before: Sequence[Token], lang: str) -> str:
    """The ratio a verb among the last ``reach`` tokens of the figure's clause before it
    names ("outspent" -> "spending ratio"), the nearest one; "" when none is there."""
    rw = ratio_words(lang)
    for token in reversed(before[-rw.reach :]):
        if token.text in CLAUSE_END:
            return ""
        found = rw.verbs.get(token.lower, "")
        if found:
            return found
    return ""


def ratio_frame(frame: Frame, text: str, q: Quantity, before: Sequence[Token], lang: str) -> Frame:
    """The frame of the larger side of a money ratio ("outspent ... by a [7]-1 margin"): the
    verb's ratio as ``what``, its money event as ``event``; ``frame`` unchanged otherwise."""
    if not is_ratio_side(text, q, lang):
        return frame
    what = ratio_verb(before, lang)
    if not what:
        return frame
    event = ratio_words(lang).events.get(what, "")
    return replace(frame, what=what, event=event, role=TOTAL)  # "by 7-1": a level, no change


def ratio_alternatives(text: str, q: Quantity, lang: str) -> Quantity:
    """The ratio side ``q`` widened to the range its suspended-hyphen alternative opens: "by a
    magnitude of [7- or 8]-to-1" is 7 to 8; ``q`` as it is otherwise."""
    rw = ratio_words(lang)
    head = text[max(0, q.start - 24) : q.start]
    words = head.split()
    if len(words) < 2 or words[-1].lower() not in rw.alternatives or not head.endswith(" "):
        return q
    first = words[-2]
    dash = next((d for d in rw.links if d.strip() and first.endswith(d)), "")
    number = first[: -len(dash)] if dash else ""
    low = parse_number(number, lang) if number[:1].isdigit() else None
    if low is None or q.low is None or low >= q.low:
        return q
    start = q.start - len(head) + head.rindex(first)
    return replace(
        q, start=start, text=text[start : q.end], low=low, modifier=RANGE_MODIFIER, point=None
    )
