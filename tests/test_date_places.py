"""Places of dated events (match/date_places): a date's own clause -> the listed place its
event happened in, and whether two dates' places are two places of one kind."""

from __future__ import annotations

from datetime import date

from crosscheck.claims.listed_places import date_places
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.date_places import event_place, places_apart
from crosscheck.model import Claim
from tests.claimfactory import placed_date

PUBLISHED = date(2025, 3, 10)


def _date(text: str) -> Claim:
    """The one placed date claim of ``text``."""
    return placed_date(text, PUBLISHED)


def test_a_place_before_or_after_the_date_in_its_clause() -> None:
    assert event_place(_date("Polls in Ohio closed at 7 p.m. Tuesday."), DEFAULT_LANGUAGE) == "ohio"
    assert (
        event_place(_date("Polls closed at 8 p.m. Tuesday in Michigan."), DEFAULT_LANGUAGE)
        == "michigan"
    )


def test_an_unlisted_place_a_dateline_or_a_speakers_place_is_none() -> None:
    assert (
        event_place(_date("Polls in Springfield closed at 7 p.m. Tuesday."), DEFAULT_LANGUAGE) == ""
    )
    assert event_place(_date("OHIO - Polls closed at 7 p.m. Tuesday."), DEFAULT_LANGUAGE) == ""
    assert (
        event_place(
            _date("The rally was held on March 4, 2025, she told reporters in Ohio."),
            DEFAULT_LANGUAGE,
        )
        == ""
    )


def test_a_place_in_another_clause_is_not_the_events() -> None:
    text = "Polls closed at 7 p.m. Tuesday, and the governor later campaigned in Michigan."
    assert event_place(_date(text), DEFAULT_LANGUAGE) == ""


def test_two_places_of_one_kind_are_apart_a_city_and_a_state_are_not() -> None:
    ohio = _date("Polls in Ohio closed at 7 p.m. Tuesday.")
    assert places_apart(
        ohio, _date("Polls in Michigan closed at 8 p.m. Tuesday."), DEFAULT_LANGUAGE
    )
    assert not places_apart(
        ohio, _date("Polls in Ohio closed at 8 p.m. Tuesday."), DEFAULT_LANGUAGE
    )
    assert not places_apart(
        ohio, _date("Polls in Detroit closed at 8 p.m. Tuesday."), DEFAULT_LANGUAGE
    )
    assert not places_apart(ohio, _date("Polls closed at 8 p.m. Tuesday."), DEFAULT_LANGUAGE)


def test_a_name_of_two_kinds_is_read_under_both() -> None:
    assert date_places(DEFAULT_LANGUAGE).kinds("georgia") == {"us_states", "countries"}
    assert date_places(DEFAULT_LANGUAGE).kinds("springfield") == frozenset()
