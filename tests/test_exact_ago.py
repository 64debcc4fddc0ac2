"""Tests of crosscheck.timex.ago.exact_ago: the one reading of an exact count back ("ago")."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.model import Granularity, TimeRef
from crosscheck.timex import find_times
from crosscheck.timex.ago import exact_ago

ANCHOR = date(2020, 1, 15)


def _one(text: str, anchor: date | None = ANCHOR) -> TimeRef:
    [found] = find_times(text, anchor=anchor)
    return found


@pytest.mark.parametrize(
    ("text", "granularity"),
    [
        ("It began two weeks ago.", Granularity.WEEK),
        ("It began a month ago.", Granularity.MONTH),
        ("It began five years ago.", Granularity.YEAR),
        ("It began three decades ago.", Granularity.YEAR),  # a decade's unit is years
        ("It began nearly four years ago.", Granularity.YEAR),  # a hedge keeps the count
        ("The ruling dates from 50 years ago.", Granularity.YEAR),  # so does a scope word
        ("It began seven days ago.", Granularity.DAY),
    ],
)
def test_an_exact_count_back(text: str, granularity: Granularity) -> None:
    found = _one(text)
    assert exact_ago(found, "en")
    assert found.granularity is granularity


@pytest.mark.parametrize(
    "text",
    [
        "It began several years ago.",  # a vague count
        "It began decades ago.",  # a bare plural unit
        "It began more than 20 years ago.",  # an open bound, placed as "before"
        "It began less than two years ago.",  # a bound that is not placed
        "It began a year ago today.",  # the very day
        "It began last year.",  # no "ago"
    ],
)
def test_no_exact_count_back(text: str) -> None:
    assert not exact_ago(_one(text), "en")


def test_an_exact_count_back_of_an_undated_article() -> None:
    """Not placed (no publication date), "five years ago" is still a round distance."""
    found = _one("It began five years ago.", anchor=None)
    assert found.begin is None
    assert exact_ago(found, "en")
