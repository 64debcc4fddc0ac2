"""A verb of appearance before a participle of being on the way ("appears headed for a
runoff"), "projected to", and an outlet's own report ("CNN can report that"): what the hedged
statement reader (crosscheck/certainty/hedged_statements.py) and the outright side
(crosscheck/match/statements/outright.py) make of them (cert42). End-to-end pairs, including
those that must not be flagged, are in tests/cases/rules/certainty.toml."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.certainty.hedged_statements import find_hedged_statements
from crosscheck.certainty.sentence_words import StatementWords
from crosscheck.certainty.statement_rules import statement_rules
from crosscheck.claims.extract import prepare
from crosscheck.model import Source


def _hedged(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    source = Source(id="a", text=text, published=date(2025, 3, 10))
    found = find_hedged_statements(source, prepare(source).sentences)
    return [(h.hedge, h.head, h.objects) for h in found]


@pytest.mark.parametrize(
    ("text", "hedge", "head", "objects"),
    [
        (
            "The county primary appears headed for a runoff in June.",
            "appears",
            "headed",
            ("runoff", "june"),
        ),
        ("The two brothers seemed set for more bombings.", "seemed", "set", ("bombings",)),
        (
            "The freighter seems bound for the port of Rotterdam.",
            "seems",
            "bound",
            ("port", "rotterdam"),
        ),
        (
            "The senator had seemed destined for the national spotlight.",
            "seemed",
            "destined",
            ("national", "spotlight"),
        ),
        (
            "Republicans were projected to hold their majority in the Senate.",
            "projected to",
            "hold",
            ("majority", "senate"),
        ),
    ],
)
def test_a_verb_of_appearance_or_a_projection_hedges_a_statement(
    text: str, hedge: str, head: str, objects: tuple[str, ...]
) -> None:
    assert _hedged(text) == [(hedge, head, objects)]


@pytest.mark.parametrize(
    "text",
    [
        "The suspect appeared in federal court on Monday.",
        "The commissioner appeared before the committee for three hours.",
        "The governor seemed tired after the long debate over the budget.",
        "The senator appeared determined to pass the farm bill.",
        "Voters seem eager for a change in the capital.",
    ],
)
def test_a_verb_of_appearance_with_no_head_of_the_list_is_no_statement(text: str) -> None:
    assert _hedged(text) == []


def _unconfirmed(text: str) -> bool:
    return StatementWords(text, 0, len(text), statement_rules("en")).unconfirmed


@pytest.mark.parametrize(
    ("text", "unconfirmed"),
    [
        ("CNN can report that the primary is headed for a runoff.", False),
        ("Local stations report that the primary is headed for a runoff.", True),
        ("CNN can report that the primary, sources say, is headed for a runoff.", True),
        ("The primary is headed for a runoff.", False),
    ],
)
def test_an_outlets_own_report_is_no_unconfirmed_account(text: str, unconfirmed: bool) -> None:
    assert _unconfirmed(text) is unconfirmed
