"""benchmarks.realnews.diagnose puts each missed gold conflict at the stage that lost it."""

from __future__ import annotations

from datetime import date

from benchmarks.realnews.diagnose import Story, stage, story_of
from crosscheck.expectations import Expectation
from crosscheck.model import DiscrepancyKind, Source

PUBLISHED = date(2025, 3, 10)


def _report(a: str, b: str) -> Story:
    return story_of(
        [Source(id="a", text=a, published=PUBLISHED), Source(id="b", text=b, published=PUBLISHED)]
    )


def _gold(kind: DiscrepancyKind, first: str, second: str) -> Expectation:
    return Expectation(
        id="x", must_flag=True, claims=(first, second), kind=kind, sources=("a", "b")
    )


def test_a_side_with_no_claim_is_lost_at_extraction():
    report = _report("The fire killed 12 people.", "The fire killed many people.")
    assert stage(_gold(DiscrepancyKind.NUMERIC_CONFLICT, "12 people", "many"), report) == (
        "no claim: one side"
    )


def test_two_claims_of_different_measures_are_lost_after_extraction():
    report = _report("The fire killed 12 people.", "About 300 people were inside the factory.")
    gold = _gold(DiscrepancyKind.NUMERIC_CONFLICT, "12 people", "300 people")
    assert stage(gold, report) == "claims, not flagged"


def test_names_and_certainty_are_not_claim_kinds():
    report = _report("Gaddafi spoke.", "Qaddafi spoke.")
    gold = _gold(DiscrepancyKind.NAME_VARIANT, "Gaddafi", "Qaddafi")
    assert stage(gold, report) == "not a claim kind"


def test_a_source_outside_the_named_ones_does_not_count():
    report = _report("The fire killed 12 people.", "The fire killed 15 people.")
    gold = Expectation(
        id="x",
        must_flag=True,
        claims=("12 people", "15 people"),
        kind=DiscrepancyKind.NUMERIC_CONFLICT,
        sources=("a", "c"),
    )
    assert stage(gold, report) == "no claim: one side"


def test_a_date_claim_inside_the_gold_s_longer_words_is_no_missing_claim():
    report = _report("The pier collapsed on Monday.", "The harbor reopened in 2019.")
    gold = _gold(DiscrepancyKind.TIME_CONFLICT, "the pier collapsed on Monday", "in 2019")
    assert stage(gold, report) == "claim inside the words"


def test_a_row_of_the_claims_inside_the_gold_s_words_is_said_to_be_flagged():
    report = _report(
        "The pier on Main Street collapsed on March 3, killing two.",
        "The pier on Main Street collapsed on March 4, killing two.",
    )
    gold = _gold(DiscrepancyKind.TIME_CONFLICT, "Main Street collapsed on March 3", "on March 4")
    assert stage(gold, report) == "claim inside the words, flagged"


def test_gold_words_holding_no_date_claim_are_still_no_claim():
    report = _report("The pier collapsed on Monday.", "The pier collapsed after the storm.")
    gold = _gold(DiscrepancyKind.TIME_CONFLICT, "on Monday", "after the storm")
    assert stage(gold, report) == "no claim: one side"


def test_figure_words_are_never_read_as_a_claim_inside():
    report = _report("The fire killed 12 people on Monday.", "The fire killed many people.")
    gold = _gold(DiscrepancyKind.NUMERIC_CONFLICT, "12 people", "many people on Monday")
    assert stage(gold, report) == "no claim: one side"


def test_a_figure_claim_inside_the_gold_s_longer_words_is_no_missing_claim():
    report = _report("The ferry docked 20 minutes later.", "The ferry docked 35 minutes late.")
    gold = _gold(DiscrepancyKind.NUMERIC_CONFLICT, "docked 20 minutes later", "35 minutes")
    assert stage(gold, report).startswith("claim inside the words")
