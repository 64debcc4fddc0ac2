"""Nested dates of one event (crosscheck/match/nested_dates.py): two dates of a strong
predicate, their years written, one inside the other, date one event without a shared name."""

from __future__ import annotations

from datetime import date

from crosscheck.check import prepare_and_extract
from crosscheck.match.nested_dates import nested_same_event
from crosscheck.model import Claim, Source

PUBLISHED = date(2025, 3, 10)


def _date(text: str) -> Claim:
    source = Source(id=str(abs(hash(text))), text=text, published=PUBLISHED)
    claims = [c for c in prepare_and_extract(source).claims if c.kind == "date"]
    assert len(claims) == 1, claims
    return claims[0]


def test_a_month_and_a_day_of_one_death_named_otherwise() -> None:
    a = _date("Her brother died in March 2011.")
    b = _date("She often spoke of Tomas, who died March 14, 2011, as her anchor.")
    assert nested_same_event(a, b)
    assert nested_same_event(b, a)


def test_disjoint_written_dates_are_left_to_the_stricter_key() -> None:
    a = _date("Her brother died in March 2011.")
    b = _date("She often spoke of Tomas, who died April 14, 2011, as her anchor.")
    assert not nested_same_event(a, b)


def test_two_dates_at_one_precision_are_not_nested() -> None:
    a = _date("Her brother died in March 2011.")
    b = _date("Tomas died in March 2011, friends said in a statement.")
    assert not nested_same_event(a, b)


def test_a_relative_date_gives_no_year_of_its_own() -> None:
    a = _date("Her brother died last March.")
    b = _date("She often spoke of Tomas, who died March 14, 2024, as her anchor.")
    assert not nested_same_event(a, b)


def test_a_bare_year_names_which_event() -> None:
    a = _date("He disputed the 2016 gubernatorial election results for months.")
    b = _date("The governor was elected in November 2016 after a bitter race.")
    assert not nested_same_event(a, b)


def test_a_weak_predicate_needs_a_shared_name() -> None:
    a = _date("The meeting in June 2016 with a banker was attended by the mayor's aide.")
    b = _date("Reporters first revealed the June 9, 2016, city hall meeting in a story.")
    assert not nested_same_event(a, b)
