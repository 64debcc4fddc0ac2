"""Vague durations read by find_quantities: a time unit with no figure, or with a vague
quantifier, before a relation word ("Hours after the tweet", "a few days before the vote"),
or as a length after "for", "within" or "in" ("for several days", "within hours")."""

from __future__ import annotations

import math

import pytest

from crosscheck.model import Unit
from crosscheck.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "span", "dimension", "low", "high"),
    [
        ("Hours after the tweet, he resigned.", "Hours", "hour", 2, 24),
        ("He resigned just days before the vote.", "days", "day", 2, 14),
        ("Weeks later, the company closed.", "Weeks", "week", 2, 9),
        ("He resigned a few days before the vote.", "a few days", "day", 2, 5),
        ("Several hours later, police arrived.", "Several hours", "hour", 3, 9),
        # a length after "for"/"within"/"in", no relation word after it (lost55)
        ("It rained for several days.", "several days", "day", 3, 9),
        ("The camp was cleared within hours.", "hours", "hour", 2, 24),
    ],
)
def test_vague_gap_is_a_vague_duration(
    text: str, span: str, dimension: str, low: float, high: float
) -> None:
    found = [q for q in find_quantities(text) if q.unit is Unit.DURATION]
    assert [q.text for q in found] == [span]
    q = found[0]
    assert q.vague and q.approximate and q.point is None
    assert q.dimension == dimension
    assert q.low is not None and q.high is not None
    assert math.isclose(q.low, low) and math.isclose(q.high, high)


@pytest.mark.parametrize(
    "text",
    [
        "In the days after the storm, the governor asked for aid.",  # a period, not a gap
        "In the final days before the vote, both campaigned.",
        "It rained for days.",  # a bare plural after "for": no relation word after it
        "He won a few days ago.",
        "He worked for hours.",
    ],
)
def test_no_vague_gap(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.unit is Unit.DURATION and q.vague]


def test_single_follow_word_still_required() -> None:
    """ "scores" counts only before "of" (a single follow word, as before)."""
    assert [q.text for q in find_quantities("Scores of people fled.")] == ["Scores"]
    assert not [q for q in find_quantities("He scores often.") if q.vague]
