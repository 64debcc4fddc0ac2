"""A time that ends a short clause opened by "since" starts the period of the figure before
it: a running total since then (``claims.scope_times.since_clause_time``)."""

from __future__ import annotations

import datetime

import pytest

from crosscheck import extract_claims
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.figure_blocks import CUMULATIVE, scope_of
from crosscheck.model import Claim, Source

_DAY = datetime.date(2025, 3, 14)


def _claim(text: str, figure: str) -> Claim:
    claims = extract_claims(Source(id="s", text=text, published=_DAY))
    return next(c for c in claims if c.text.startswith(figure))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "At least 30 people have been killed since the riots broke out in January.",
            "At least 30",
        ),
        (
            "More than 4,000 homes have burned since the fire started two weeks ago.",
            "More than 4,000",
        ),
        ("Some 800 families have been moved since at least June 2023.", "Some 800"),
        ("Nearly half of the money raised since Ash Wednesday went to the poor.", "Nearly half"),
    ],
)
def test_a_since_clauses_time_starts_a_running_total(text: str, figure: str) -> None:
    claim = _claim(text, figure)
    assert claim.time is not None and claim.time.modifier == "since"
    assert scope_of(claim, DEFAULT_LANGUAGE) == CUMULATIVE


@pytest.mark.parametrize(
    ("text", "figure", "modifier"),
    [
        # a superlative before "since": the time is the comparison's, not the figure's
        (
            "Turnout fell to 48 percent, the lowest since the state changed its rules in 2010.",
            "48",
            "in",
        ),
        ("The storm killed 12 people, the worst since the levees failed in 2005.", "12", "in"),
        # too many words between "since" and the time: the time is another clause's
        (
            "Police made 40 arrests since the marchers who had gathered near the old stadium "
            "left on Monday.",
            "40",
            "on",
        ),
        # no "since": the time keeps its own scope
        ("The fire destroyed 300 homes in January.", "300", "in"),
    ],
)
def test_other_times_after_a_figure_keep_their_scope(
    text: str, figure: str, modifier: str | None
) -> None:
    claim = _claim(text, figure)
    assert claim.time is not None and claim.time.modifier == modifier
