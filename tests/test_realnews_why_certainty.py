"""benchmarks.realnews.why_certainty names the stage where a certainty conflict is lost."""

from __future__ import annotations

from datetime import date

from benchmarks.realnews.why_certainty import (
    A_NOT_READ,
    B_NOT_STATED,
    C_NOT_PAIRED,
    D_GUARD,
    FOUND,
    UNPLACED,
    Traced,
    read_story,
    trace,
)
from crosscheck.expectations import Expectation
from crosscheck.model import DiscrepancyKind, Source

PUBLISHED = date(2025, 3, 10)
FILLER = (
    "The council met on Tuesday. Residents filled the hall. "
    "The meeting lasted three hours. Several speakers raised questions about the budget."
)


def _trace(a: str, b: str, first: str, second: str) -> Traced:
    story = read_story(
        [
            Source(id="a", text=f"{a} {FILLER}", published=PUBLISHED),
            Source(id="b", text=f"{b} {FILLER}", published=PUBLISHED),
        ]
    )
    gold = Expectation(
        id="x",
        must_flag=True,
        claims=(first, second),
        kind=DiscrepancyKind.CERTAINTY,
        sources=("a", "b"),
    )
    return trace(gold, story)


def test_a_flagged_pair_is_found():
    got = _trace(
        "The mayor reportedly fired the police chief Arnold Vickers on Monday.",
        "The mayor fired the police chief Arnold Vickers on Monday.",
        "reportedly fired",
        "fired the police chief",
    )
    assert got.stage == FOUND


def test_a_hedge_the_lexicons_do_not_know_is_lost_at_reading():
    got = _trace(
        "The mayor is rumoured to have fired the police chief Arnold Vickers on Monday.",
        "The mayor fired the police chief Arnold Vickers on Monday.",
        "rumoured to have fired",
        "fired the police chief",
    )
    assert got == Traced(stage=A_NOT_READ, guard="no hedge word of the lexicons")


def test_a_hedge_inside_a_quotation_is_lost_at_reading():
    got = _trace(
        'A resident said "the mayor reportedly fired the police chief Arnold Vickers" on Monday.',
        "The mayor fired the police chief Arnold Vickers on Monday.",
        "reportedly fired",
        "fired the police chief",
    )
    assert got == Traced(stage=A_NOT_READ, guard="the hedge is inside a quotation")


def test_an_outright_side_with_another_verb_is_no_statement():
    got = _trace(
        "The mayor reportedly fired the police chief Arnold Vickers on Monday.",
        "The mayor dismissed the police chief Arnold Vickers on Monday.",
        "reportedly fired",
        "dismissed the police chief",
    )
    assert got.stage == B_NOT_STATED


def test_a_verb_with_other_words_around_it_is_never_paired():
    got = _trace(
        "The mayor reportedly fired the police chief Arnold Vickers on Monday.",
        "A gunman fired shots near the harbour.",
        "reportedly fired",
        "fired shots",
    )
    assert got.stage == C_NOT_PAIRED
    assert got.guard.startswith("_candidate:")


def test_a_credited_outright_side_is_dropped_by_a_guard():
    got = _trace(
        "The mayor reportedly fired the police chief Arnold Vickers on Monday.",
        "The mayor fired the police chief Arnold Vickers on Monday, officials said.",
        "reportedly fired",
        "fired the police chief",
    )
    assert got.stage == D_GUARD
    assert got.guard.startswith("_outright:")


def test_words_in_no_named_source_are_unplaced():
    got = _trace(
        "The mayor reportedly fired the police chief Arnold Vickers on Monday.",
        "The mayor fired the police chief Arnold Vickers on Monday.",
        "reportedly fired",
        "words that are nowhere",
    )
    assert got.stage == UNPLACED


def test_a_hedge_of_another_proposition_in_the_outright_sentence_is_not_the_hedged_side():
    # the gold's hedge ("reportedly") is quoted, so its side holds no hedged record; the
    # outright sentence's own "could cost" is another proposition, not the gold's hedge
    got = _trace(
        'A resident said "the mayor reportedly fired the police chief Arnold Vickers" on Monday.',
        "The mayor fired the police chief Arnold Vickers on Monday, a move that could cost the"
        " city millions in legal fees.",
        "reportedly fired",
        "fired the police chief",
    )
    assert got == Traced(stage=A_NOT_READ, guard="the hedge is inside a quotation")


def test_a_hedged_record_inside_the_gold_words_names_the_hedged_side():
    # both sentences hold a hedged record; the one inside its gold words ("reportedly fired")
    # is traced, not the outright sentence's "could cost" (which its other side never states)
    got = _trace(
        "A gunman fired shots near the harbour on Monday, a scare that could cost the port"
        " millions.",
        "The mayor reportedly fired the police chief Arnold Vickers on Monday.",
        "fired shots",
        "reportedly fired",
    )
    assert got.stage == C_NOT_PAIRED
