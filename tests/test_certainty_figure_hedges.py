"""How far a figure hedge reaches (crosscheck/certainty/figure_hedges.py). End-to-end cases,
including the pairs that must not be flagged, are in tests/cases/rules/certainty.toml."""

from __future__ import annotations

import pytest

from crosscheck.certainty.figure_hedges import negation_end, quoted_hedge_read
from crosscheck.certainty.sentence_words import StatementWords
from crosscheck.certainty.statement_rules import statement_rules


def _reach(text: str, hedge: str) -> tuple[str, ...]:
    """The words after ``hedge`` up to where a negation still negates its statement."""
    rules = statement_rules("en")
    words = StatementWords(text, 0, len(text), rules)
    after = words.index(text.index(hedge) + len(hedge))
    end = negation_end(words, hedge, after, len(words.keys), rules)
    return tuple(words.keys[after:end])


def test_a_figure_hedge_reaches_to_the_first_punctuation_mark() -> None:
    text = "The board held perhaps nine votes on the plan, none of which passed."
    assert _reach(text, "perhaps") == ("nine", "votes", "on", "the", "plan")


def test_another_hedge_reaches_to_the_clause_end() -> None:
    text = "The board reportedly held nine votes on the plan, none of which passed."
    assert _reach(text, "reportedly")[-1] == "passed"


@pytest.mark.parametrize(
    ("hedge", "read"),
    [("perhaps", True), ("possibly", True), ("reportedly", False), ("appears to", False)],
)
def test_only_figure_hedges_are_read_inside_a_quotation(hedge: str, read: bool) -> None:
    assert quoted_hedge_read(hedge, statement_rules("en")) is read
