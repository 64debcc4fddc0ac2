"""benchmarks.realnews.why_dates names the first gate that stops two date claims."""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks.realnews.diagnose import side_claims, story_of, tracers
from benchmarks.realnews.why_dates import FLAGGED, first_gate, story_trace, why_miss
from crosscheck.expectations import Expectation
from crosscheck.model import DiscrepancyKind, Source

PUBLISHED = date(2025, 3, 10)


def _story(a: str, b: str):
    return story_of(
        [Source(id="a", text=a, published=PUBLISHED), Source(id="b", text=b, published=PUBLISHED)]
    )


def _sides(story, first: str, second: str):
    gold = Expectation(
        id="x",
        must_flag=True,
        claims=(first, second),
        kind=DiscrepancyKind.TIME_PRECISION,
        sources=("a", "b"),
    )
    return gold, [side_claims(words, story.claims, gold.sources) for words in gold.claims]


def _gate(a: str, b: str, first: str, second: str) -> str:
    story = _story(a, b)
    gold, sides = _sides(story, first, second)
    return first_gate(gold, sides[0], sides[1], story)


@pytest.mark.parametrize(
    ("a", "b", "first", "second", "gate"),
    [
        (  # the flagged pair: every gate passed
            "The factory closed on June 12, 2019.",
            "The factory closed in 2019.",
            "June 12, 2019",
            "in 2019",
            FLAGGED,
        ),
        (  # the vaguer side's own article gives the day
            "The factory closed on June 12, 2019.",
            "The factory closed in 2019. The factory closed on June 12, 2019, after a strike.",
            "June 12, 2019",
            "in 2019",
            "keys: says both",
        ),
        (  # two days more than CONFLICT_DAYS apart: two events
            "The factory closed on June 12, 2019.",
            "The factory closed on August 20, 2019.",
            "June 12, 2019",
            "August 20, 2019",
            "keys: disjoint periods",
        ),
        (  # a shared predicate but no shared name: the event match fails
            "The factory closed on June 12, 2019.",
            "The bakery closed in 2019.",
            "June 12, 2019",
            "in 2019",
            "keys: same event",
        ),
        (  # no shared predicate: the descriptor path gets further, and stops at shared stems
            "Acme closed the factory on June 12, 2019.",
            "Brown praised the museum in 2019.",
            "June 12, 2019",
            "in 2019",
            "desc: shared stems",
        ),
        (  # paired, then the rules: a season-or-coarser date to come is a forecast
            "The Senate trial of the governor will begin on January 6, 2026.",
            "The Senate trial of the governor is expected to begin early next year.",
            "January 6, 2026",
            "early next year",
            "rule: forecast",
        ),
        (  # a side is a figure's period, no date claim
            "The storm killed 12 people on June 12, 2019.",
            "The storm struck in 2019.",
            "June 12, 2019",
            "in 2019",
            "claim: a figure",
        ),
    ],
)
def test_first_gate(a: str, b: str, first: str, second: str, gate: str) -> None:
    assert _gate(a, b, first, second) == gate


def test_every_failed_gate_is_listed_past_the_first() -> None:
    story = _story(
        "The factory closed on June 12, 2019.",
        "The factory closed in 2019. The factory closed on June 12, 2019, after a strike.",
    )
    _, sides = _sides(story, "June 12, 2019", "in 2019")
    found = why_miss(
        (sides[0], sides[1]), story_trace(story.sources, (story.claims, story.compared))
    )
    assert found is not None
    assert found.keys == ("keys: says both", "keys: gives finer")
    assert found.only() is None  # two gates stop it: relaxing one makes no row


def test_a_lone_gate_is_the_only_one() -> None:
    story = _story("The factory closed on June 12, 2019.", "The bakery closed in 2019.")
    _, sides = _sides(story, "June 12, 2019", "in 2019")
    found = why_miss(
        (sides[0], sides[1]), story_trace(story.sources, (story.claims, story.compared))
    )
    assert found is not None and found.only() == "keys: same event"


def test_registered_for_the_time_kinds() -> None:
    found = tracers()
    assert found[DiscrepancyKind.TIME_PRECISION] is first_gate
    assert found[DiscrepancyKind.TIME_CONFLICT] is first_gate


@pytest.mark.parametrize("bare_first", [False, True])
def test_a_part_beside_the_bare_day_is_traced_as_date_pairs_reads_it(bare_first: bool) -> None:
    """date_pairs passes a day's part group before its bare group, and says_both reads the
    first of two dates of one granularity as the coarse one: the trace reads them so, in
    whichever order the gold names them (it named "one pair per periods" with the bare first)."""
    parted = (
        "The House approved the two-year budget plan on Monday evening, in a strong bipartisan "
        "vote. The House approved the budget plan Monday after weeks of talks."
    )
    bare = "The budget plan won easy approval Monday from the House."
    if bare_first:
        assert _gate(bare, parted, "Monday", "Monday evening") == "keys: says both"
    else:
        assert _gate(parted, bare, "Monday evening", "Monday") == "keys: says both"
