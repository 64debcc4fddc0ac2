"""Which side says both periods of a date pair (crosscheck/match/both_sides.py): the passing
periods whose finer side's own coarse date still explains a pair (a clock time beside the
bare day no longer does), and the coarser side's outlets left out of a row because they give
the finer period too."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck import Source, check
from crosscheck.match.both_sides import passing_period
from crosscheck.model import DiscrepancyKind, TimeRef
from crosscheck.timex import find_times

PUBLISHED = date(2025, 6, 7)


def _time(text: str) -> TimeRef:
    found = find_times(text, anchor=PUBLISHED)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "passing"),
    [
        ("The ferry sank last weekend.", True),
        ("The ferry sank this year.", True),
        ("The ferry sank last month.", True),
        ("The ferry sank on Sunday.", False),  # a weekday names its day
        ("The ferry sank late Thursday night.", False),
        ("The ferry sank in May 2025.", False),  # written out, not relative
    ],
)
def test_a_passing_period_is_a_relative_period_longer_than_a_day(text: str, passing: bool) -> None:
    assert passing_period(_time(text)) is passing


def _coarse_sources(texts: dict[str, str], coarse: str) -> list[str]:
    """The source of the side whose value is ``coarse`` in each time.precision row."""
    sources = [Source(id=k, text=v, published=PUBLISHED) for k, v in texts.items()]
    found = check(sources).discrepancies
    return [
        d.a.source if d.value_a == coarse else d.b.source
        for d in found
        if d.kind is DiscrepancyKind.TIME_PRECISION
    ]


def test_one_outlets_shorthand_does_not_hide_the_outlet_that_never_gives_the_day() -> None:
    """b writes "in April" and "on April 9": its own month is a shorthand; a never gives the
    day, so a's month makes the row (before, b on both sides dropped it)."""
    texts = {
        "a": "Mayor Ortiz fired police chief Dana Kell in April, the council said.",
        "b": "Mayor Ortiz fired police chief Dana Kell in April. "
        "Ortiz fired Kell on April 9 after the audit.",
        "c": "Mayor Ortiz fired police chief Dana Kell on April 9, the council said.",
    }
    assert _coarse_sources(texts, "2025-04") == ["a"]


def test_a_year_most_outlets_give_beside_the_day_is_a_label() -> None:
    """Two of the three outlets that write "the final debate of 2015" also give its day: the
    year names which debate, it is no vaguer date of it. The one row is a part of the day
    beside the bare day."""
    texts = {
        "a": "In the final Republican presidential debate of 2015, Cruz and Rubio clashed over "
        "immigration. Voters spoke before Tuesday's Republican debate in Las Vegas.",
        "b": "Here are seven observations from this, the final Republican debate of 2015.",
        "c": "There was a split victory in the final Republican debate of 2015. Tonight's "
        "Republican debate in Las Vegas was a contest of machismo.",
        "d": "Tuesday night's Republican debate in Las Vegas drew 18 million viewers.",
    }
    sources = [Source(id=k, text=v, published=date(2015, 12, 16)) for k, v in texts.items()]
    found = check(sources).discrepancies
    assert not [d for d in found if "2015" in d.a.text + d.b.text]
    # "before Tuesday's debate" / "Tuesday night's debate": the same day at two precisions
    # (part58, README reading Q7), no row of the year
    assert [(d.a.text, d.b.text) for d in found] == [("before Tuesday", "Tuesday night")]


def _precision_rows(texts: dict[str, str]) -> list[set[tuple[str, str]]]:
    """The two sides (source, words) of each time.precision row."""
    sources = [Source(id=k, text=v, published=PUBLISHED) for k, v in texts.items()]
    found = check(sources).discrepancies
    return [
        {(d.a.source, d.a.text), (d.b.source, d.b.text)}
        for d in found
        if d.kind is DiscrepancyKind.TIME_PRECISION
    ]


def test_a_clock_time_beside_the_day_does_not_hide_the_outlet_that_never_gives_the_time() -> None:
    """a writes "on Sunday" and "at 9:40 p.m. Sunday" of one capsizing; b only "Sunday":
    b's day makes the row (before, a's own day read as saying both hid it), and a's day,
    a shorthand beside its own clock time, is left out of the row."""
    texts = {
        "a": "The ferry Marisol capsized on Sunday near the harbor, the coast guard said. "
        "The ferry Marisol capsized at 9:40 p.m. Sunday after its engine failed.",
        "b": "The ferry Marisol capsized on Sunday near the harbor, officials said.",
    }
    assert _precision_rows(texts) == [{("a", "at 9:40 p.m. Sunday"), ("b", "on Sunday")}]


def test_the_day_of_one_event_beside_the_clock_time_of_another_is_no_row() -> None:
    """a's clock time is of a march, its day of the vote both outlets date alike."""
    texts = {
        "a": "The council voted on Tuesday to close the Denton plant. "
        "Protesters marched outside city hall at 6 p.m. Tuesday.",
        "b": "The council voted Tuesday to close the Denton plant.",
    }
    assert _precision_rows(texts) == []
