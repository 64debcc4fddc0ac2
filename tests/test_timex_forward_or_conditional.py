"""``forward_or_conditional`` answers as the two tests it joins (speed63)."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.timex.lexicon import time_lexicon
from crosscheck.timex.records import Context
from crosscheck.timex.tense import conditional_before, forward_or_conditional, weekday_looks_forward

SENTENCES = [
    ("If we win on Tuesday, the race is over.", True),  # conditional, no tense cue
    ("The debates, which begin Wednesday, are the first test.", True),  # schedule verb
    ("The senator will speak Thursday in Ohio.", True),  # future
    ("The senator spoke Thursday in Ohio.", False),  # past
    ("If the GOP uses Tuesday's election as an omen, it will lose.", None),  # possessive
    ("According to a statement late Wednesday the plant closed.", False),  # attributed
    ("Walker faces Barrett on Tuesday.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_same_answer_as_the_two_tests(sentence: str, expected: bool | None) -> None:
    ctx = Context(sentence, date(2020, 3, 2), time_lexicon("en"), "en")
    day = next(d for d in ("Tuesday", "Wednesday", "Thursday") if d in sentence)
    start = sentence.index(day)
    end = start + len(day)
    both = weekday_looks_forward(ctx, start, end) or conditional_before(ctx, start, end)
    assert forward_or_conditional(ctx, start, end, lead=None) is both
    if expected is not None:
        assert both is expected


def test_a_leading_name_reads_its_own_clause() -> None:
    sentence = "If it rains on Easter Sunday, the parade moves."
    ctx = Context(sentence, date(2020, 3, 2), time_lexicon("en"), "en")
    start = sentence.index("Sunday")
    end, lead = start + len("Sunday"), sentence.index("Easter")
    both = weekday_looks_forward(ctx, start, end, lead=lead) or conditional_before(ctx, start, end)
    assert forward_or_conditional(ctx, start, end, lead=lead) is both
