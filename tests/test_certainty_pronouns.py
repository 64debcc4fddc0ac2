"""The person a pronoun subject of a hedged statement stands for
(crosscheck/certainty/pronouns.py). End-to-end cases are in tests/cases/rules/certainty.toml."""

from __future__ import annotations

import pytest

from crosscheck.certainty.pronouns import named_person
from crosscheck.model import Sentence


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
