"""Which scope words let a date claim date one event (date_match._dated): an approximate
clock time does ("around 4:00 p.m. Tuesday", "just after midnight"), an approximate day or
longer does not; a span word does only before the possessive of an event noun ("during
Tuesday's debate")."""

from __future__ import annotations

from datetime import date

import pytest
from claimfactory import date_in_sentence

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.date_scopes import dating_scope, labels_event
from crosscheck.model import Claim, Granularity, TimeRef

DAY = date(2025, 3, 4)


def _time(modifier: str | None, granularity: Granularity, text: str = "x") -> TimeRef:
    clock = 16 * 60 if granularity in (Granularity.MINUTE, Granularity.HOUR) else None
    return TimeRef(
        start=0,
        end=len(text),
        text=text,
        begin=DAY,
        end_date=DAY,
        granularity=granularity,
        modifier=modifier,
        minute_start=clock,
    )


@pytest.mark.parametrize(
    ("modifier", "granularity", "dates"),
    [
        (None, Granularity.DAY, True),
        ("on", Granularity.DAY, True),
        ("around", Granularity.MINUTE, True),
        ("about", Granularity.HOUR, True),
        ("around", Granularity.DAY, False),
        ("about", Granularity.YEAR, False),
        ("during", Granularity.DAY, False),
        ("since", Granularity.MINUTE, False),
        ("as of", Granularity.DAY, False),  # the time a state is reported at
        ("as of", Granularity.HOUR, False),
    ],
)
def testdating_scope(modifier: str | None, granularity: Granularity, dates: bool) -> None:
    assert dating_scope(_time(modifier, granularity), DEFAULT_LANGUAGE) is dates


@pytest.mark.parametrize(
    ("modifier", "granularity", "text", "dates"),
    [
        ("after", Granularity.MINUTE, "just after midnight on March 19", True),
        ("after", Granularity.HOUR, "shortly after 9 p.m. Tuesday", True),
        ("before", Granularity.HOUR, "just before 8 a.m.", True),
        ("after", Granularity.HOUR, "after 5 p.m. Friday", False),  # a bound: from then on
        ("before", Granularity.HOUR, "before 9 a.m.", False),
        ("after", Granularity.DAY, "shortly after Tuesday", False),  # no clock time
        ("since", Granularity.HOUR, "just since 9 a.m.", False),
    ],
)
def test_a_time_just_past_a_clock_time_dates_its_event(
    modifier: str, granularity: Granularity, text: str, dates: bool
) -> None:
    """A time "just after midnight" is a moment a few minutes wide, as "around midnight" is;
    a bare "after 5 p.m." is the bound of a span and dates no one event."""
    assert dating_scope(_time(modifier, granularity, text), DEFAULT_LANGUAGE) is dates


def _claim(sentence: str, date_text: str, granularity: Granularity) -> Claim:
    return date_in_sentence(sentence, date_text, time=_time("during", granularity, date_text))


@pytest.mark.parametrize(
    ("sentence", "date_text", "granularity", "labels"),
    [
        ("She hit back during Tuesday's debate.", "Tuesday", Granularity.DAY, True),
        ("She hit back during Tuesday's Democratic debate.", "Tuesday", Granularity.DAY, True),
        ("She spoke during last week's vote.", "last week", Granularity.WEEK, True),
        (
            "She clashed with rivals during last year's debate.",
            "last year",
            Granularity.YEAR,
            False,
        ),
        ("She held rallies during March.", "March", Granularity.MONTH, False),
        ("She held rallies during Tuesday's sunshine.", "Tuesday", Granularity.DAY, False),
    ],
)
def test_labels_event(
    sentence: str, date_text: str, granularity: Granularity, labels: bool
) -> None:
    assert labels_event(_claim(sentence, date_text, granularity), DEFAULT_LANGUAGE) is labels
