"""A time in an aside dates the aside, not the figures after it: a phrase of origin
("Discovered in Peru in late January, the fungus has sickened 340 people") or a relative clause
("The inquiry, which began in May 2017, has led to 30 indictments"):
``claims.scope_times.aside_time``. Such a count is compared with the undated counts of other
sources. Invented sentences."""

from __future__ import annotations

import datetime

import pytest

from tests.claimfactory import figure_time_text
from tests.pairrows import pair_rows

_DAY = datetime.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Discovered in Peru in late January, the fungus has sickened 340 people.", "340"),
        ("Founded in 1998, the charity now employs 120 people.", "120"),
        (
            "The permit, issued in May 2021 and never made public, let the firm pump 2.4 million "
            "gallons a day.",
            "2.4 million",
        ),
        ("Elected last November, the council has hired 45 new inspectors.", "45"),
        ("The inquiry, which began in May 2017, has led to 30 indictments.", "30"),
        ("The mayor, who took office in 2019, now oversees 14,000 workers.", "14,000"),
        ("The treaty (signed in 1994) caps each fleet at 90 ships.", "90"),
    ],
)
def test_a_time_of_origin_is_no_figures(text: str, figure: str) -> None:
    assert figure_time_text(text, figure, _DAY) is None


@pytest.mark.parametrize(
    ("text", "figure", "time"),
    [
        # a measuring act's days are its figures' days
        ("The poll, taken Friday through Tuesday, shows 47 percent back the plan.", "47", "Friday"),
        # no participle: the time opens the clause of the figure
        ("In late January, the fungus sickened 340 people in the state.", "340", "January"),
        # the participle's phrase is not closed by a comma before the figure
        ("Inspectors founded in 2019 a unit that checked 800 farms.", "800", "2019"),
        # the participle does not open its phrase
        ("The fungus the lab identified in January had sickened 340 people by May.", "340", "May"),
        # a restrictive relative clause: no mark before the pronoun
        ("Voters who decided in the last week, 46 percent, backed Ruiz.", "46", "last week"),
        # a colon carries the aside's time on to the figure
        (
            "Late deciders, who wavered in the last week: of those, 46 percent backed Ruiz.",
            "46",
            "last week",
        ),
    ],
)
def test_other_times_before_a_figure_stay_its(text: str, figure: str, time: str) -> None:
    found = figure_time_text(text, figure, _DAY)
    assert found is not None and time in found


FIRST = "Discovered in Peru in late January, the fungus has sickened 340 people in Chile."
SECOND = "The fungus has now sickened more than 500 people in Chile, health officials said."


def test_a_count_after_a_phrase_of_origin_meets_an_undated_count() -> None:
    rows = pair_rows(FIRST, SECOND, _DAY)
    assert any("340 people" in row and "500 people" in row for row in rows), rows


def test_a_count_of_the_origins_own_period_is_still_apart() -> None:
    first = "In late January, the fungus sickened 340 people in Chile."
    rows = pair_rows(first, SECOND, _DAY)
    assert not any("340" in row for row in rows), rows
