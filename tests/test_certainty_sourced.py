"""Statements credited to unnamed sources (crosscheck/certainty/sourced.py) and the person a
pronoun subject stands for (crosscheck/certainty/pronouns.py). End-to-end cases, including
the pairs that must not be flagged, are in tests/cases/rules/certainty.toml."""

from __future__ import annotations

import pytest

from crosscheck import Source
from crosscheck.certainty.pronouns import named_person
from crosscheck.certainty.sourced import find_sourced_statements
from crosscheck.claims import prepare
from crosscheck.model import CertaintyLevel, Sentence


def _statements(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], bool]]:
    source = Source(id="a", text=text)
    found = find_sourced_statements(source, prepare(source).sentences)
    for statement in found:
        assert source.text[statement.start : statement.end] == statement.text
        assert statement.certainty.level is CertaintyLevel.HEDGED
    return [(s.head, s.subjects, s.objects, s.planned) for s in found]


@pytest.mark.parametrize(
    ("text", "head", "subjects", "objects", "planned"),
    [
        (
            "The inspector general referred the findings to federal prosecutors, according"
            " to people familiar with the matter.",
            "referred",
            ("inspector", "general"),
            ("findings", "federal", "prosecutors"),
            False,
        ),
        (
            "Three sources told CNN that Trump will meet House Republicans on Tuesday.",
            "meet",
            ("trump",),
            ("house", "republicans", "tuesday"),
            True,
        ),
        (
            "According to a source familiar with the call, Reid spoke with chief of staff"
            " Denis McDonough.",
            "spoke",
            ("reid",),
            ("chief", "staff", "denis", "mcdonough"),
            False,
        ),
    ],
    ids=["trailing-credit", "credit-then-that", "leading-credit"],
)
def test_a_credited_statement_has_its_words(
    text: str, head: str, subjects: tuple[str, ...], objects: tuple[str, ...], planned: bool
) -> None:
    assert _statements(text) == [(head, subjects, objects, planned)]


@pytest.mark.parametrize(
    "text",
    [
        "The government invoked the public safety exception in the case, officials said.",
        "The officials spoke on condition of anonymity because they were not authorized.",
        "Five Democrats will vote yes, and sources tell Fox News as many as 11 appear ready.",
        "An FBI source tells NPR that police have located the suspect.",
        "The suspect did not invoke the exception in the case, a source said.",
        "Romney's running mate Paul Ryan takes a tougher line on the trail, a source said.",
    ],
    ids=["named-officials", "no-clause", "own-statement", "one-object", "negated", "no-verb"],
)
def test_no_credited_statement_is_read(text: str) -> None:
    assert _statements(text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kim Dong Chul was arrested in October 2015.", "chul"),
        ("Senator John McCain met the president on Friday.", "mccain"),
        ("Tony Kim and Kim Hak Song were arrested in 2017.", None),
        ("The two men were arrested in 2017.", None),
    ],
    ids=["one-person", "titled-person", "two-people", "nobody"],
)
def test_named_person(text: str, person: str | None) -> None:
    assert named_person(Sentence(start=0, end=len(text), text=text)) == person
