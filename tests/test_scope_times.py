"""A time right after a reporting verb dates the statement: the figure it reports is the
count known as of that day (``claims.scope_times``)."""

from __future__ import annotations

import datetime

import pytest

from crosscheck import extract_claims
from crosscheck.model import Source
from tests.claimfactory import figure_time_text

_DAY = datetime.date(2025, 3, 14)


def _modifier(text: str, figure: str) -> str | None:
    claims = extract_claims(Source(id="s", text=text, published=_DAY))
    claim = next(c for c in claims if c.text.startswith(figure))
    assert claim.time is not None
    return claim.time.modifier


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The agency said Thursday that 1,400 families have been moved.", "1,400"),
        ("The mayor said on Tuesday 35 schools remain closed.", "35"),
        ("Officials announced Wednesday that 212 flights were cancelled.", "212"),
    ],
)
def test_a_day_after_a_reporting_verb_is_as_of(text: str, figure: str) -> None:
    assert _modifier(text, figure) == "as of"


@pytest.mark.parametrize(
    ("text", "figure", "modifier"),
    [
        ("On Thursday, 1,400 families were moved.", "1,400", "on"),
        ("The storm on Tuesday closed 35 schools.", "35", "on"),
        ("The agency said that since 2019, 212 flights were cancelled.", "212", "since"),
    ],
)
def test_other_times_keep_their_scope(text: str, figure: str, modifier: str | None) -> None:
    assert _modifier(text, figure) == modifier


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The index fell 500 points for the second time this week, closing at 11,250.", "11,250"),
        ("For the first time since 2009, turnout rose, to 61 percent.", "61 percent"),
    ],
)
def test_an_occasions_time_is_no_figures(text: str, figure: str) -> None:
    assert figure_time_text(text, figure, _DAY) is None


@pytest.mark.parametrize(
    ("text", "figure", "time"),
    [
        ("The index closed at 11,250 this week.", "11,250", "this week"),
        ("The plant would employ 400 fewer workers this time next year.", "400", "next year"),
        ("The second debate on Oct. 9 drew 66 million viewers.", "66 million", "Oct. 9"),
    ],
)
def test_other_times_stay_the_figures(text: str, figure: str, time: str) -> None:
    found = figure_time_text(text, figure, _DAY)
    assert found is not None and time in found
