"""Concepts said in other words (crosscheck/certainty/concepts.py): which mentions are hedged,
which are stated outright, and which are no mention at all. End-to-end pairs, including those
that must not be flagged, are in tests/cases/rules/certainty.toml."""

from __future__ import annotations

import pytest

from crosscheck import Source
from crosscheck.certainty.concepts import find_concept_mentions
from crosscheck.claims.extract import prepare


def _mentions(text: str) -> list[tuple[str, str | None, str]]:
    source = Source(id="a", text=text)
    found = find_concept_mentions(source, prepare(source).sentences)
    for mention in found:
        assert source.text[mention.start : mention.end] == mention.text
    return [(m.concept, m.hedge, m.text) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gunman died in an apparent suicide at the base.",
            [("suicide", "apparent", "apparent suicide")],
        ),
        (
            "They found the shooter dead, apparently of a self-inflicted wound.",
            [("suicide", "apparently", "apparently of a self-inflicted")],
        ),
        (
            "The Marine then killed himself in the barracks.",
            [("suicide", None, "killed himself")],
        ),
        (
            "She spoke in what appeared to be a reference to the campaign slogan.",
            [("reference", "what appeared to be", "what appeared to be a reference to")],
        ),
    ],
    ids=["apparent", "apparently-of", "outright", "what-appeared-to-be"],
)
def test_mentions(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The suicide bombing killed 14 people at the market.",
        "The gunman did not kill himself, his family said.",
        "He threatened to kill himself before the standoff.",
        '"He killed himself," the sheriff told reporters.',
        "Did the gunman kill himself?",
        "Police are investigating whether the gunman killed himself.",
        "The gunman, apparently angry, shot at the crowd before he took his own life.",
    ],
    ids=["bombing", "negated", "modal", "quoted", "question", "whether", "hedge-elsewhere"],
)
def test_no_mention(text: str) -> None:
    """Neither side: another thing, a denial, a threat, a quotation, a question, or a clause
    whose hedge governs another part (it is neither stated outright nor hedged as such)."""
    assert _mentions(text) == []
