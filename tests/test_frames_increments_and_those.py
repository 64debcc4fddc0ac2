"""claims.csv read as an editor (claims52): a figure's frame where the words around it name
what it is, with the same words beside a real figure as must-nots."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck import Source, check


def _claim(text: str, figure: str) -> tuple[str, str, str, str]:
    """The kind, metric, subject and role of the claim of ``figure`` in ``text``."""
    claims = check([Source(id="a", text=text, published=date(2025, 3, 10))]).claims
    [claim] = [c for c in claims if c.text == figure]
    return claim.kind, claim.metric, claim.subject, claim.role


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The court extended the ban for 25 more years.", "25 more years"),
        ("Rescuers searched for at least three more days.", "at least three more days"),
        ("The board gave the agency six additional months to finish.", "six additional months"),
        ("Voters cannot afford four more years of the failed policies.", "four more years"),
    ],
)
def test_more_inside_a_duration_is_an_increment(text: str, figure: str) -> None:
    assert _claim(text, figure) == ("duration", "duration", "", "increment")


def test_straight_days_are_a_duration_not_a_count_of_straight_days() -> None:
    text = "For four straight days, no briefing was held."
    assert _claim(text, "four straight days") == ("duration", "duration", "", "total")


def test_more_before_a_noun_stays_a_count_and_an_increment() -> None:
    # the claim's words run to its noun past "more" (claims55)
    assert _claim("Three more people died on Sunday.", "Three more people") == (
        "count",
        "killed",
        "person",
        "increment",
    )


def _subjects(text: str) -> dict[str, str]:
    claims = check([Source(id="a", text=text, published=date(2025, 3, 10))]).claims
    return {c.text: c.subject for c in claims}


@pytest.mark.parametrize(
    "text",
    [
        "Smith leads with 48 percent. Only 24% of those questioned said the debate mattered.",
        "Smith leads with 48 percent. Only 24% of those who watched said the debate mattered.",
    ],
)
def test_those_polled_borrow_no_earlier_claims_noun(text: str) -> None:
    assert _subjects(text)["24%"] == ""


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("He met 30 activists. He invited four of those women.", "four of those women", "woman"),
        ("He met 30 activists. He invited four of those men.", "four of those men", "man"),
        ("He met 30 activists. He invited four of these people.", "four of these people", "person"),
    ],
)
def test_a_demonstrative_before_a_plural_without_s_is_a_determiner(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


def test_those_before_a_place_still_borrow_the_earlier_noun() -> None:
    text = "Police counted 40 protesters and detained 12 of those in the square."
    assert _subjects(text)["12 of those"] == "protester"
