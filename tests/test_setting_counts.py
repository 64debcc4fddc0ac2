"""Counts of settings ("married in nine states") beside counts of the same noun that act
("Twelve states have legalized"): which counts are settings, and which pairs stay apart."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.aligned_figures import aligned_figure_pairs
from crosscheck.check import prepare_and_extract
from crosscheck.claims.frame_settings import is_setting_count
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.model import Source
from tests.pairrows import pair_rows

_DAY = date(2025, 3, 10)

# Filler sentences around the sentence under test, so that the aligner has a story to weigh.
_A = [
    "The justices were split on the question.",
    "Lawyers for both sides spoke outside the court.",
    "Supporters gathered on the steps in the morning.",
    "The decision was read aloud just after ten.",
    "Opponents said they would keep fighting.",
    "Both parties issued statements within the hour.",
]
_B = [
    "The ruling came on the last day of the term.",
    "Crowds cheered outside the building.",
    "Several senators praised the outcome.",
    "Church leaders voiced disappointment.",
    "The White House welcomed the decision.",
    "Legal scholars called it a landmark.",
]


def _counts(text: str) -> dict[str, bool]:
    source = Source(id="a", text=text, published=_DAY)
    claims = prepare_and_extract(source).claims
    return {c.text: is_setting_count(c, DEFAULT_LANGUAGE) for c in claims if c.value is not None}


def _aligned(a: str, b: str) -> list[tuple[str, str]]:
    sources = [
        Source(id="a", text=" ".join([a, *_A]), published=_DAY),
        Source(id="b", text=" ".join([*_B, b]), published=_DAY),
    ]
    claims = [c for s in sources for c in prepare_and_extract(s).claims]
    return [
        (p.a.text, p.b.text) for p in aligned_figure_pairs(claims, sources, lang=DEFAULT_LANGUAGE)
    ]


@pytest.mark.parametrize(
    ("text", "figure", "setting"),
    [
        ("Couples are legally married in nine states.", "nine states", True),
        ("Challenges were filed across 12 federal districts.", "12 federal districts", True),
        ("Same-sex marriage is legal in all 13 states.", "13 states", True),
        ("Twelve states have legalized same-sex marriage.", "Twelve states", False),
        ("Governors of 28 states activated their guards.", "28 states", False),
        ("In the end, 12 states signed on.", "12 states", False),
    ],
)
def test_a_count_right_after_a_setting_preposition_counts_settings(
    text: str, figure: str, setting: bool
) -> None:
    assert _counts(text).get(figure) is setting


def test_states_married_in_and_states_that_legalized_are_two_sets() -> None:
    a = (
        "That means the 120,000 couples legally married in nine states and the District of "
        "Columbia are still not recognised."
    )
    b = "Twelve states and the District of Columbia have legalized same-sex marriage."
    assert _aligned(a, b) == []  # paired on main


def test_two_counts_of_settings_of_one_statement_are_still_paired() -> None:
    a = "Couples can now marry in nine states and the District of Columbia, the court said."
    b = "Couples can now marry in twelve states and the District of Columbia, the court said."
    assert _aligned(a, b) == [("nine states", "twelve states")]


def test_two_counts_that_act_of_one_statement_are_still_paired() -> None:
    a = "Twelve states and the District of Columbia allow couples to marry, the court said."
    b = "Nine states and the District of Columbia have legalized same-sex marriage, the court said."
    assert _aligned(a, b) == [("Twelve states", "Nine states")]


@pytest.mark.xfail(strict=True, reason="a setting count and an actor count may be one set")
def test_known_limit_states_one_can_marry_in_and_states_that_legalized() -> None:
    # "can marry in nine states" and "twelve states have legalized" count one set when the
    # laws are all in effect: the rule keeps them apart all the same.
    a = "Couples can now marry in nine states and the District of Columbia, the court said."
    b = "Twelve states and the District of Columbia have legalized gay marriage, the court said."
    assert _aligned(a, b) == [("nine states", "Twelve states")]


def test_the_same_event_keeps_a_setting_count_and_an_actor_count_together() -> None:
    rows = pair_rows(
        "Protesters were arrested in 12 cities.", "Fifteen cities have arrested protesters.", _DAY
    )
    assert rows == ["numeric.conflict 12 cities / Fifteen cities"]
