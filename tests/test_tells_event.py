"""A date with a scope word, its comma and a ``date_openers`` word after it ("since Saturday,
when a police officer shot Brown") dates the event of that clause: ``tells_event`` reads it,
and ``labels_event`` lets it past the scope-word gate. No comma, another opener, or no scope
word at all is no such date (the last needs no help: it dates its event already)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.date_scopes import labels_event
from crosscheck.match.descriptor_clauses import tells_event
from crosscheck.model import Claim, Granularity, TimeRef
from tests.claimfactory import quoted_claim

SATURDAY = date(2025, 3, 8)


def _claim(sentence: str, text: str, modifier: str | None) -> Claim:
    at = sentence.index(text)
    time = TimeRef(
        start=at,
        end=at + len(text),
        text=text,
        begin=SATURDAY,
        end_date=SATURDAY,
        granularity=Granularity.DAY,
        modifier=modifier,
    )
    base = quoted_claim("a", sentence, time=time, subject="", metric="")
    return replace(base, start=at, end=at + len(text), text=text)


@pytest.mark.parametrize(
    ("sentence", "text", "modifier", "expected"),
    [
        (
            "Protests have gone on since Saturday, when police shot Brown.",
            "since Saturday",
            "since",
            True,
        ),
        ("The line had formed by Saturday , When doors opened.", "by Saturday", "by", True),
        (
            "Protests have gone on since Saturday when police shot Brown.",
            "since Saturday",
            "since",
            False,
        ),
        (
            "Protests have gone on since Saturday, after police shot Brown.",
            "since Saturday",
            "since",
            False,
        ),
        ("Police shot Brown on Saturday, when the town was quiet.", "Saturday", None, False),
        ("Protests have gone on since Saturday.", "since Saturday", "since", False),
    ],
)
def test_tells_event(sentence: str, text: str, modifier: str | None, expected: bool) -> None:
    claim = _claim(sentence, text, modifier)
    assert tells_event(claim, DEFAULT_LANGUAGE) is expected
    if modifier is not None:
        assert labels_event(claim, DEFAULT_LANGUAGE) is expected
