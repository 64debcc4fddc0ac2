"""Date claims of spans ago told loosely (tago40): placed as spans, dating no one event."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck import Source, extract_claims
from crosscheck.model import Claim


def _dates(text: str, published: date = date(2018, 6, 14)) -> dict[str, Claim]:
    claims = extract_claims(Source(id="s", text=text, published=published))
    return {c.text: c for c in claims if c.kind == "date"}


@pytest.mark.parametrize(
    ("text", "words", "period", "scope"),
    [
        ("The Hartwell mill was sold to a rival firm several years ago.", "several years ago",
         "2008..2016", "about"),
        ("Mayor Ortiz was fired by the council a few months ago.", "a few months ago",
         "2018-01..2018-04", "about"),
        ("The Hartwell church burned down decades ago.", "decades ago", "1998", "before"),
        ("The Hartwell dam was completed more than 20 years ago, engineers said.",
         "20 years ago", "1998", "before"),
    ],
)  # fmt: skip
def test_a_loose_span_ago_is_placed_and_dates_no_event(
    text: str, words: str, period: str, scope: str
) -> None:
    dated = _dates(text)
    assert words in dated, f"no date claim {words!r}; found {list(dated)}"
    claim = dated[words]
    assert claim.time is not None
    assert (claim.time.value, claim.time.modifier) == (period, scope)
    assert (claim.event, claim.what) == ("", "")
