"""Relative dates read against each article's own publication date, end to end: two sources
through ``crosscheck.check``, each with its own ``published`` (issue 12). The readings are
timex's; the pairing is date_match's, so these cases check that the date claims exist with
the right period and are eligible, and that what must not pair does not."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck import Source, check

JUNE_14 = date(2018, 6, 14)  # a Thursday

CASES = [
    # (a, published a, b, published b, kinds expected)
    pytest.param(
        "Comey was fired by President Trump last month.",
        JUNE_14,
        "Comey was fired by President Trump on May 9.",
        date(2018, 6, 10),
        ["time.precision"],
        id="last-month-in-june-vs-may-9",
    ),
    pytest.param(
        "Kelley bought the Ruger rifle in Texas in April of last year.",
        date(2017, 11, 6),
        "Kelley bought the Ruger rifle in Texas on April 7, 2016.",
        date(2017, 11, 6),
        ["time.precision"],
        id="april-of-last-year-vs-the-day-in-that-april",
    ),
    pytest.param(
        "Kelley bought the Ruger rifle in Texas in April of last year.",
        date(2017, 11, 6),
        "Kelley bought the Ruger rifle in Texas on April 7, 2017.",
        date(2017, 11, 6),
        [],
        id="must-not-april-of-last-year-vs-april-of-this-year",
    ),
    pytest.param(
        "Senator Warner will meet Kushner next week.",
        date(2018, 6, 6),
        "Senator Warner will meet Kushner on Wednesday.",
        JUNE_14,
        [],
        id="must-not-next-week-vs-a-wednesday-after-that-week",
    ),
    pytest.param(
        "Senate Democrats passed the Kidal bill last year.",
        JUNE_14,
        "Senate Democrats passed the Kidal bill in March 2016.",
        JUNE_14,
        [],
        id="must-not-last-year-vs-a-date-of-another-year",
    ),
    pytest.param(
        "In 2015, Mayor Kidal said: \u201cThe Gao bridge opened this month.\u201d",
        JUNE_14,
        "Mayor Kidal opened the Gao bridge on June 2.",
        JUNE_14,
        [],
        id="must-not-a-relative-date-inside-a-quote-of-an-old-statement",
    ),
    pytest.param(
        "The Kidal polls close at 7 p.m.",
        JUNE_14,
        "The Kidal polls close at 7pm or 8pm depending on location.",
        JUNE_14,
        [],
        id="must-not-a-clock-time-vs-alternatives-that-hold-it",
    ),
]


@pytest.mark.parametrize(("a", "published_a", "b", "published_b", "kinds"), CASES)
def test_relative_date_pair(
    a: str, published_a: date, b: str, published_b: date, kinds: list[str]
) -> None:
    sources = [
        Source(id="a", text=a, published=published_a),
        Source(id="b", text=b, published=published_b),
    ]
    found = check(sources).discrepancies
    shown = [(d.kind.value, d.value_a, d.value_b) for d in found]
    assert sorted({d.kind.value for d in found}) == kinds, shown
