"""The person a pronoun subject of a hedged statement stands for
(crosscheck/certainty/pronouns.py). End-to-end cases are in tests/cases/rules/certainty.toml."""

from __future__ import annotations

import pytest

from crosscheck.certainty.hedged_statements import find_hedged_statements
from crosscheck.certainty.pronouns import named_person
from crosscheck.claims.extract import prepare
from crosscheck.model import Sentence, Source


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
    assert named_person(Sentence(start=0, end=len(text), text=text), "en") == person


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Amash is expected to vote with Democrats. One Democrat, Rep. Jeff Van Drew of New"
            " Jersey, announced he would vote against it and he might switch parties.",
            ("drew",),
        ),
        (
            "Kim Dong Chul was arrested in October 2015. Senator John Smith said that he"
            " reportedly ran Rasonex.",
            ("smith",),
        ),
        ("Kim Dong Chul was arrested in October 2015. He reportedly ran Rasonex.", ("chul",)),
        (
            "Kim Dong Chul was arrested in October 2015. Senator John Smith told Senator Ann"
            " Jones that he reportedly ran Rasonex.",
            (),
        ),
    ],
    ids=[
        "own-sentence-person",
        "own-sentence-person-not-the-previous",
        "previous-sentence-person",
        "two-people-in-own-sentence",
    ],
)
def test_a_pronoun_subject_is_first_the_person_named_in_its_own_sentence(
    text: str, subjects: tuple[str, ...]
) -> None:
    source = Source(id="a", text=text)
    found = find_hedged_statements(source, prepare(source).sentences)
    assert found[-1].subjects == subjects
