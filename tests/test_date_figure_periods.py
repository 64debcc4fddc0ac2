"""A date a bare figure of a later clause is read against is still listed as a date claim
(``dates.keyed_only``): "it happened in the winter of 1990, when he was 12" reads the date,
with the metric "dated" and no frame; a date that is the period of a figure of its own
clause ("58.9 percent in 2008") gives no date claim of its own."""

from __future__ import annotations

from datetime import date

import pytest
from claimfactory import sentence_claims, sentence_dates

from crosscheck.claims.dates import DATE_KIND, DATED
from crosscheck.model import Claim

PUBLISHED = date(2018, 6, 1)


def _claims(sentence: str) -> tuple[Claim, ...]:
    return sentence_claims(sentence, PUBLISHED)


def _dates(sentence: str) -> list[Claim]:
    return sentence_dates(sentence, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The time when he says the theft happened was in the winter of 1990, when he was 12.",
            "in the winter of 1990",
        ),
        ("The index was weak on Monday, when it closed at 1,866.86.", "on Monday"),
        ("On Sunday, officials confirmed that the nurse, 26, had tested positive.", "On Sunday"),
    ],
)
def test_date_before_a_bare_figure_of_a_later_clause_is_listed(sentence: str, words: str) -> None:
    dates = _dates(sentence)
    assert [c.text for c in dates] == [words]
    listed = dates[0]
    assert (listed.metric, listed.what, listed.event) == (DATED, "", "")


def test_the_figure_keeps_its_period() -> None:
    figures = [c for c in _claims("The index was weak on Monday, when it closed at 1,866.86.")]
    figure = next(c for c in figures if c.kind != DATE_KIND)
    assert figure.time is not None and figure.time.text == "on Monday"


@pytest.mark.parametrize(
    "sentence",
    [
        "Turnout was 61.2 percent in 2004 and 58.9 percent in 2008.",  # figure before the date
        "In 2004, turnout was 61.2 percent.",  # a figure with a what: the date is its period
        "The deficit shrank by 3 percent in 2016.",  # the figure's own clause
    ],
)
def test_date_of_a_figure_of_its_own_or_a_framed_figure_is_not_listed(sentence: str) -> None:
    assert _dates(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Senators voted 54-46 late Wednesday to expand background checks.", "late Wednesday"),
        ("Electors cast 270 electoral votes Monday for the winner.", "Monday"),
    ],
)
def test_a_count_of_votes_keeps_the_date_of_the_vote(sentence: str, words: str) -> None:
    """A count whose noun is one of events.toml's ``counted_events`` ("votes") counts no
    events of a period: the date of the vote stays a date claim (claims62)."""
    dates = _dates(sentence)
    assert [c.text for c in dates] == [words]
    assert dates[0].metric == DATED


def test_a_count_of_hearings_still_takes_the_date() -> None:
    """must-not: "five hearings held so far this year" is a period of many hearings."""
    assert _dates("The committee has held five hearings this year.") == []
