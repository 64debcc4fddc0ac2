"""Nested dates of one event (crosscheck/match/nested_dates.py): two dates of a shared
predicate, their years written, one inside the other, of a period over before the articles
were published, date one event without the key words ``same_event`` asks for."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from crosscheck.check import prepare_and_extract
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.nested_dates import NestedMatch, nested_written
from crosscheck.model import Claim, Source

PUBLISHED = date(2025, 3, 10)


def _date(text: str, published: date = PUBLISHED) -> tuple[Source, Claim]:
    source = Source(id=str(abs(hash(text))), text=text, published=published)
    claims = [c for c in prepare_and_extract(source).claims if c.kind == "date"]
    assert len(claims) == 1, claims
    return source, claims[0]


def _widens(first: str, second: str, published: date = PUBLISHED) -> bool:
    sa, a = _date(first, published)
    sb, b = _date(second, published)
    return NestedMatch.of([sa, sb], DEFAULT_LANGUAGE).widens(a, b)


def test_a_month_and_a_day_of_one_death_named_otherwise() -> None:
    first = "Her brother Tomas ran the farm. Her brother died in March 2011."
    second = (
        "Tomas was her brother. She often spoke of Tomas, who died March 14, 2011, as her anchor."
    )
    assert _widens(first, second)
    assert _widens(second, first)


def test_disjoint_written_dates_are_left_to_the_stricter_key() -> None:
    first = "Her brother Tomas ran the farm. Her brother died in March 2011."
    assert not _widens(
        first,
        "Tomas was her brother. She often spoke of Tomas, who died April 14, 2011, as her anchor.",
    )


def test_two_dates_at_one_precision_are_not_nested() -> None:
    first = "Her brother Tomas ran the farm. Her brother died in March 2011."
    assert not _widens(first, "Tomas died in March 2011, friends said in a statement.")


def test_a_relative_month_named_is_written_out() -> None:
    first = "Her brother Tomas ran the farm. Her brother died last March."
    second = (
        "Tomas was her brother. She often spoke of Tomas, who died March 14, 2024, as her anchor."
    )
    assert _widens(first, second)


def test_a_relative_period_that_names_no_month_is_a_passing_mention() -> None:
    first = "Her brother Tomas ran the farm. Her brother died last year."
    second = (
        "Tomas was her brother. She often spoke of Tomas, who died March 14, 2024, as her anchor."
    )
    assert not _widens(first, second)
    first = "Her brother Tomas ran the farm. Her brother died last month."
    second = "Tomas was her brother. She spoke of Tomas, who died February 14, 2025."
    assert not _widens(first, second)


def test_a_period_not_over_when_published_holds_many_events() -> None:
    first = "Her brother Tomas ran the farm. Her brother died in March 2025."
    second = (
        "Tomas was her brother. She often spoke of Tomas, who died March 4, 2025, as her anchor."
    )
    assert not _widens(first, second)
    assert _widens(first, second, published=date(2025, 4, 2))


def test_a_bare_year_names_which_event() -> None:
    first = "He disputed the 2016 gubernatorial election results for months."
    assert not _widens(first, "The governor was elected in November 2016 after a bitter race.")


def test_a_weak_predicate_needs_a_shared_name() -> None:
    first = "The meeting in June 2016 with a banker was attended by the mayor's aide."
    second = "Reporters first revealed the June 9, 2016, city hall meeting in a story."
    assert not _widens(first, second)


def test_a_weak_predicate_with_a_shared_name() -> None:
    first = "The younger Varga confirmed the meeting in June 2016 but said it was brief."
    second = "Reporters first revealed the June 9, 2016, Varga Tower meeting in a story."
    assert _widens(first, second)


def test_a_period_the_articles_are_written_in_holds_many_events() -> None:
    first = "The younger Varga confirmed the meeting in June 2016 but said it was brief."
    second = "Reporters first revealed the June 9, 2016, Varga Tower meeting in a story."
    assert not _widens(first, second, published=date(2016, 6, 20))
    assert _widens(first, second, published=date(2016, 7, 1))


def test_an_article_of_unknown_date_gives_no_past() -> None:
    sa, a = _date("Her brother Tomas ran the farm. Her brother died in March 2011.")
    source = Source(
        id="undated", text="Tomas was her brother. She spoke of Tomas, who died March 14, 2011."
    )
    b = next(c for c in prepare_and_extract(source).claims if c.kind == "date")
    assert nested_written(a, b, DEFAULT_LANGUAGE)
    assert NestedMatch.of([sa, replace(source, published=PUBLISHED)], DEFAULT_LANGUAGE).widens(a, b)
    assert not NestedMatch.of([sa, source], DEFAULT_LANGUAGE).widens(a, b)


def test_a_name_the_other_article_never_gives_is_another_person() -> None:
    first = "Her brother Tomas ran the farm. Her brother died in March 2011."
    assert not _widens(first, "She often spoke of Pavel, who died March 14, 2011, as her anchor.")


def test_another_subject_the_other_article_never_speaks_of() -> None:
    first = "The factory closed in 2019."
    assert not _widens(first, "The bakery closed on June 12, 2019.")
    assert _widens(first, "The factory, long a bakery, closed on June 12, 2019.")
