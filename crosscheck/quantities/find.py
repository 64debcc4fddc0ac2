"""Text -> list[Quantity] (find_quantities) and one number expression -> value (parse_number)."""

from __future__ import annotations

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.model import Quantity
from crosscheck.quantities.decade_ages import _decade_age_spans
from crosscheck.quantities.intervals import (
    _group,
    _implicit_spans,
    _items,
    _quantity,
    _vague_spans,
    _without_overlaps,
)
from crosscheck.quantities.readings import _readings
from crosscheck.quantities.scan import _scan

# --- public API -----------------------------------------------------------------------------------


def find_quantities(text: str, lang: str = DEFAULT_LANGUAGE) -> list[Quantity]:
    """Find every quantity of a news text, read as an interval with its modifier and unit.

    Args:
        text: Any text; offsets in the result index it.
        lang: The language whose lexicons read it (``lexicon/<lang>/numbers.toml``,
            ``modifiers.toml``, ``magnitudes.toml``, ``currencies.toml``, ``units.toml``).

    Returns:
        Quantities sorted by start, not overlapping, with ``text[q.start:q.end] == q.text``.
    """
    sc = _scan(text, lang)
    items = _items(sc, _readings(sc))
    spans = _group(sc, items) + _vague_spans(sc) + _implicit_spans(sc) + _decade_age_spans(sc)
    return [_quantity(text, s) for s in _without_overlaps(spans)]


def parse_number(words: str, lang: str = DEFAULT_LANGUAGE) -> float | None:
    """Read one whole number expression ("one hundred and five", "1,200", "half a million").

    Args:
        words: The expression alone; surrounding white space is ignored.
        lang: The language whose number words it is written in.

    Returns:
        Its value, or None when the text is not exactly one number (ordinals count: "sixth"
        is 6).
    """
    stripped = words.strip()
    if not stripped:
        return None
    if stripped.startswith("-") and stripped[1:2].isdigit():  # alone it is a sign, no bullet
        value = parse_number(stripped[1:], lang)
        return None if value is None else -value
    sc = _scan(stripped, lang)
    found = _readings(sc)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(stripped):
        return None
    return found[0].value
