"""A time right after a reporting verb dates the statement: the figure it reports is the
count known as of that day (``claims.statement_times``)."""

from __future__ import annotations

import datetime

import pytest

from crosscheck import extract_claims
from crosscheck.model import Source

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
