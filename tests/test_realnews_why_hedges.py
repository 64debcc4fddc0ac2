"""benchmarks.realnews.why_hedges names the stage where ``diagnose --why`` loses a certainty
conflict: the figure route for two figures, the statement route otherwise."""

from __future__ import annotations

from datetime import date

from benchmarks.realnews.diagnose import Story, side_claims, stage, story_of, tracers
from benchmarks.realnews.why_hedges import figure_gate, first_gate
from crosscheck.expectations import Expectation
from crosscheck.model import DiscrepancyKind, Source

PUBLISHED = date(2025, 3, 10)
FILLER = (
    "The council met on Tuesday. Residents filled the hall. "
    "The meeting lasted three hours. Several speakers raised questions about the budget."
)


def _story(a: str, b: str) -> Story:
    return story_of(
        [
            Source(id="a", text=f"{a} {FILLER}", published=PUBLISHED),
            Source(id="b", text=f"{b} {FILLER}", published=PUBLISHED),
        ]
    )


def _gold(first: str, second: str) -> Expectation:
    return Expectation(
        id="x",
        must_flag=True,
        claims=(first, second),
        kind=DiscrepancyKind.CERTAINTY,
        sources=("a", "b"),
    )


def _figure_gate(story: Story) -> str:
    """``figure_gate`` of the first figure claim of source "a" and of source "b"."""
    a, b = (
        next(c for c in story.claims if c.source == source and c.value is not None)
        for source in ("a", "b")
    )
    return figure_gate(a, b, story)


def _gate(story: Story, gold: Expectation) -> str:
    first, second = (side_claims(w, story.claims, gold.sources) for w in gold.claims)
    return first_gate(gold, first, second, story)


def test_diagnose_sends_certainty_to_its_tracer_only_with_why():
    story = _story(
        "The mayor is rumoured to have fired the police chief Arnold Vickers on Monday.",
        "The mayor fired the police chief Arnold Vickers on Monday.",
    )
    gold = _gold("rumoured to have fired", "fired the police chief")
    assert stage(gold, story) == "not a claim kind"
    assert stage(gold, story, tracers()) == (
        "a: hedged side not read: no hedge word of the lexicons"
    )


def test_an_unread_hedge_of_the_lexicons_is_named():
    story = _story(
        'A resident said "the mayor reportedly fired the police chief Arnold Vickers" on Monday.',
        "The mayor fired the police chief Arnold Vickers on Monday.",
    )
    gate = _gate(story, _gold("reportedly fired", "fired the police chief"))
    assert gate.startswith("a: hedged side not read: the hedge is inside a quotation")
    assert gate.endswith("(hedge: reportedly)")


def test_another_verb_counts_the_shared_identifying_words():
    story = _story(
        "The mayor reportedly fired the police chief Arnold Vickers on Monday.",
        "The mayor dismissed the police chief Arnold Vickers on Monday.",
    )
    gate = _gate(story, _gold("reportedly fired", "dismissed the police chief"))
    assert gate.startswith("b: asserted side not a statement: no form of the statement's first")
    assert "(shares " in gate
    held, of = gate.rsplit("(shares ", 1)[1].rstrip(")").split("/")
    assert 0 < int(held) <= int(of)


def test_a_paraphrase_with_no_shared_words_shares_none():
    story = _story(
        "The mayor reportedly fired the police chief Arnold Vickers on Monday.",
        "Residents cheered when the town hall reopened last week.",
    )
    gate = _gate(story, _gold("reportedly fired", "cheered when the town hall reopened"))
    assert "(shares 0/" in gate


def test_two_figures_go_the_figure_route():
    story = _story(
        "The storm is rumoured to have killed 300 people in the valley.",
        "The storm killed 300 people in the valley.",
    )
    gate = _gate(story, _gold("300 people", "300 people"))
    assert gate == "figure: hedge not read; statement: a"


def test_a_figure_inside_the_gold_words_goes_the_figure_route():
    story = _story(
        "The storm reportedly killed 300 people in the valley.",
        "Rescuers said 300 people in the valley died when the storm hit.",
    )
    gate = _gate(story, _gold("reportedly killed 300 people", "said 300 people in the valley"))
    assert gate.startswith("figure: ")
    assert "; statement: " in gate


def test_a_hedged_figure_the_rule_flags_is_a_finding():
    story = _story(
        "The storm may have killed 300 people in the valley.",
        "The storm killed 300 people in the valley.",
    )
    assert _figure_gate(story) == "rule: a finding, not among the rows"


def test_two_different_figures_are_the_numeric_rule_s():
    story = _story(
        "The storm may have killed 300 people in the valley.",
        "The storm killed 450 people in the valley.",
    )
    assert _figure_gate(story) == "rule: figures differ"
