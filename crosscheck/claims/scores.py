"""A figure of a score -> whether it counts the noun after the score.

"a 5-4 decision", "a 51-49 majority", "by a 92-47 vote", "a 47-47 percent tie", "a 5-to-4
decision": two figures joined by a dash (or "-to-"), the larger or an equal one first (the
smaller first is a range, read as one figure), are the two sides of a vote, a seat count or
a poll. Neither counts the noun
after them ("4 decisions", "49 majorities", "47 voters" would be claims the article never
made), so neither has a `what` of its own. The dashes are claims.toml's ``score_dashes``.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import Quantity, Unit
from crosscheck.quantities import parse_number

# How many characters a side of a score may have ("234-193", "47.8-47.6").
_SIDE = 12


@cache
def score_dashes(lang: str) -> tuple[str, ...]:
    """The dashes that join a score's two sides (claims.toml's ``score_dashes``), read once."""
    data = load_lexicon("claims", lang)
    return tuple(str(d) for d in require(data, "score_dashes", list, "claims", lang=lang))


def is_score_side(text: str, q: Quantity, lang: str) -> bool:
    """Whether the figure ``q`` of ``text`` is a side of a score: a plain number joined by a
    dash to another plain number, the first at least the second ("5-4", "47-47")."""
    if q.unit not in (Unit.COUNT, Unit.PERCENT) or q.low is None:
        return False
    dashes = score_dashes(lang)
    before = next((d for d in dashes if text.endswith(d, 0, q.start)), None)
    if before is not None and q.start > len(before) and text[q.start - len(before) - 1].isdigit():
        other = _side_before(text, q.start - len(before), dashes, lang)
        return other is not None and other >= q.low
    after = next((d for d in dashes if text.startswith(d, q.end)), None)
    if after is not None and text[q.end + len(after) : q.end + len(after) + 1].isdigit():
        if before is not None:
            return False  # "+1-222-2222": a chain
        other = _side_after(text, q.end + len(after), dashes, lang)
        return other is not None and q.low >= other
    return False


def _side_before(text: str, end: int, dashes: tuple[str, ...], lang: str) -> float | None:
    start = end
    while start > max(0, end - _SIDE) and (text[start - 1].isdigit() or text[start - 1] in ".,"):
        start -= 1
    mark = text[start - 1] if start > 0 else " "
    if mark.isalnum() or _dash_at_end(text, start, dashes) or unicodedata.category(mark) == "Sc":
        return None  # "COVID-19", "+1-222-2222", "$5-4": no score
    return parse_number(text[start:end], lang)


def _side_after(text: str, start: int, dashes: tuple[str, ...], lang: str) -> float | None:
    end = start
    while end < min(len(text), start + _SIDE) and (text[end].isdigit() or text[end] in ".,"):
        end += 1
    while end > start and text[end - 1] in ".,":
        end -= 1  # "51-49." ends a sentence
    if end < len(text) and (text[end].isalpha() or any(text.startswith(d, end) for d in dashes)):
        return None  # "4-4th", "1-222-2222": no score
    return parse_number(text[start:end], lang)


def _dash_at_end(text: str, end: int, dashes: tuple[str, ...]) -> bool:
    """Whether one of the score's dashes ends at ``end``."""
    return any(text.endswith(d, 0, end) for d in dashes)
