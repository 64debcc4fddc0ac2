"""benchmarks.realnews.why_figures names the first gate that keeps two figure claims apart."""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks.realnews.diagnose import side_claims, story_of, tracers
from benchmarks.realnews.why_figures import first_gate
from crosscheck.expectations import Expectation
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.vague_pairs import NOT_VAGUE, vague_gate
from crosscheck.model import DiscrepancyKind, Source

PUBLISHED = date(2025, 3, 10)


def _gate(a: str, b: str, first: str, second: str, *, beyond: bool = False) -> str:
    story = story_of(
        [Source(id="a", text=a, published=PUBLISHED), Source(id="b", text=b, published=PUBLISHED)]
    )
    gold = Expectation(
        id="x",
        must_flag=True,
        claims=(first, second),
        kind=DiscrepancyKind.NUMERIC_CONFLICT,
        sources=("a", "b"),
    )
    sides = [side_claims(words, story.claims, gold.sources) for words in gold.claims]
    tracer = tracers(beyond=beyond)[DiscrepancyKind.NUMERIC_CONFLICT]
    return tracer(gold, sides[0], sides[1], story)


@pytest.mark.parametrize(
    ("a", "b", "first", "second", "gate"),
    [
        (
            "The fire killed 12 people.",
            "The fire injured 15 people.",
            "12 people",
            "15 people",
            "block: event",
        ),
        (
            "The fire killed 12 firefighters.",
            "The fire killed 15 tourists.",
            "12 firefighters",
            "15 tourists",
            "subject",
        ),
        (
            "The fire killed 12 people on March 3.",
            "The fire killed 15 people on February 20.",
            "12 people",
            "15 people",
            "guard: times",
        ),
        (
            "The fire killed 120 people.",
            "The fire killed 121 people.",
            "120 people",
            "121 people",
            "rule: agree",
        ),
        (
            "The fire killed 12 people.",
            "The fire killed 15 people.",
            "12 people",
            "15 people",
            "row: gold words not in it",
        ),
    ],
)
def test_the_first_gate_that_stops_a_pair_is_named(
    a: str, b: str, first: str, second: str, gate: str
) -> None:
    assert _gate(a, b, first, second) == gate


def test_sides_in_one_source_are_stopped_before_any_gate() -> None:
    assert _gate("The fire killed 12 people.", "Nothing.", "12 people", "12 people") == (
        "one source"
    )


def test_the_figure_kinds_are_registered() -> None:
    assert tracers()[DiscrepancyKind.NUMERIC_PRECISION] is first_gate


@pytest.mark.parametrize(
    ("a", "b", "first", "second", "gate"),
    [
        # no event word on either side: a new event class alone would make this pair a row
        (
            "Senators filed 550 amendments.",
            "Senators filed 600 amendments.",
            "550 amendments",
            "600 amendments",
            "comparable: no event (both) > beyond: a finding",
        ),
        # ... but not this one: the subjects differ too
        (
            "There were 550 amendments.",
            "There were 600 memos.",
            "550 amendments",
            "600 memos",
            "comparable: no event (both) > beyond: subject",
        ),
        # a pair the frame gate lets through is traced as before
        (
            "The fire killed 12 firefighters.",
            "The fire killed 15 tourists.",
            "12 firefighters",
            "15 tourists",
            "subject",
        ),
    ],
)
def test_beyond_names_the_gate_past_the_frame_gate(
    a: str, b: str, first: str, second: str, gate: str
) -> None:
    assert _gate(a, b, first, second, beyond=True) == gate


def test_without_beyond_the_frame_gate_is_named_alone() -> None:
    gate = _gate(
        "There were 550 amendments.", "There were 600 memos.", "550 amendments", "600 memos"
    )
    assert gate == "comparable: no event (both)"


@pytest.mark.parametrize(
    ("a", "b", "first", "second", "gate"),
    [
        # a vague count beside an exact count of its noun goes the vague path: its gate is named
        (
            "There are several memos from that spring.",
            "He wrote seven memos, and the inspector counted nine memos.",
            "several memos",
            "seven memos",
            "comparable: no event (both) > vague: rivals_differ",
        ),
        (
            "There were several sources.",
            "There were five anonymous sources.",
            "several sources",
            "five anonymous sources",
            "comparable: no event (both) > vague: other_noun",
        ),
        (
            "Hundreds of amendments passed on Thursday.",
            "There were 550 amendments in Ohio.",
            "Hundreds of amendments",
            "550 amendments",
            "comparable: no event (both) > vague: dated",
        ),
        (
            "He read dozens of letters.",
            "There were 40 memos.",
            "dozens of letters",
            "40 memos",
            "comparable: no event (both) > vague: not_rival",
        ),
    ],
)
def test_beyond_names_the_vague_path_gate(
    a: str, b: str, first: str, second: str, gate: str
) -> None:
    assert _gate(a, b, first, second, beyond=True) == gate


def test_vague_gate_is_empty_for_the_pair_vague_pairs_makes() -> None:
    """The tracer's reading and the pipeline's pairing are one function: a pair the vague
    path makes has no gate."""
    story = story_of(
        [
            Source(id="a", text="There are several memos.", published=PUBLISHED),
            Source(id="b", text="He wrote seven memos.", published=PUBLISHED),
        ]
    )
    [v] = [c for c in story.claims if c.text == "several memos"]
    [e] = [c for c in story.claims if c.text == "seven memos"]
    assert vague_gate(v, e, story.claims, DEFAULT_LANGUAGE) == ""
    assert vague_gate(e, v, story.claims, DEFAULT_LANGUAGE) == NOT_VAGUE
