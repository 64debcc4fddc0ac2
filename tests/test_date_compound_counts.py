"""A count joined by a hyphen to the next word ("a six-term senator", "the 40-page ruling")
describes a thing: the date it takes as its period still dates its clause's event, so it is
listed as a date claim of its own (``extract._modifier``) and pairs with another outlet's
date of that event. The count keeps its period, so two reports of two years stay apart."""

from __future__ import annotations

from datetime import date

import pytest
from claimfactory import figure_time_text, sentence_dates

from tests.pairrows import pair_rows

PUBLISHED = date(2019, 9, 20)
_PRIMARY = "The six-term congressman Ana Ruiz won the GOP primary in early August after a race."


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (_PRIMARY, "in early August"),
        ("A three-judge panel heard the appeal on Tuesday.", "on Tuesday"),
    ],
)
def test_the_date_a_hyphened_count_takes_is_listed(sentence: str, words: str) -> None:
    assert words in [c.text for c in sentence_dates(sentence, PUBLISHED)]


@pytest.mark.parametrize(
    ("sentence", "figure", "words"),
    [
        (_PRIMARY, "six", "in early August"),  # the hyphened count keeps its period
        ("Six people were killed on Tuesday.", "Six", "on Tuesday"),  # a count of the event
        ("The vote was 5-4 on Tuesday.", "4", "on Tuesday"),  # a score: a digit after the hyphen
        ("Officials held two-day talks on Tuesday.", "two-day", "on Tuesday"),  # a length
    ],
)
def test_the_figure_keeps_its_period(sentence: str, figure: str, words: str) -> None:
    assert figure_time_text(sentence, figure, PUBLISHED) == words


def test_the_date_after_a_hyphened_count_pairs_with_a_finer_date() -> None:
    rows = pair_rows(_PRIMARY, "Ana Ruiz won the GOP primary on Aug. 7.", PUBLISHED)
    assert [r for r in rows if r.startswith("time.precision")], rows


@pytest.mark.parametrize(
    ("first", "other"),
    [
        (  # another year's primary
            _PRIMARY.replace("early August", "August 2014"),
            "Ana Ruiz lost the GOP primary on Aug. 7, 2018.",
        ),
        (_PRIMARY, "Ana Ruiz's brother was arrested on Aug. 7 in Dallas."),  # another act
    ],
)
def test_the_date_after_a_hyphened_count_pairs_no_other_date(first: str, other: str) -> None:
    rows = pair_rows(first, other, PUBLISHED)
    assert not [r for r in rows if r.startswith("time.")], rows


def test_two_reports_of_two_years_stay_apart() -> None:
    rows = pair_rows(
        "The agency released a 120-page report in 2016 on the dam.",
        "The agency released a 300-page report in 2019 on the dam.",
        PUBLISHED,
    )
    assert not [r for r in rows if r.startswith("numeric.")], rows


def test_one_report_of_one_year_is_compared() -> None:
    """A count sizing a thing both sides date to one period is compared (claims62: a size
    dated by both sides to two periods is two things, ``figure_gates._any_day``)."""
    rows = pair_rows(
        "The agency released a 120-page report in 2016 on the dam.",
        "The agency released a 300-page report in 2016 on the dam.",
        PUBLISHED,
    )
    assert [r for r in rows if r.startswith("numeric.")], rows
