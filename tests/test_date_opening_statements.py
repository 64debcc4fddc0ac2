"""A date that opens its sentence, then a comma, a pronoun and a speech verb, dates the
statement (``date_clauses.opening_pronoun_speaks``): "In May of 2014, she wrote that ..."
gives a date claim with the metric "stated". Where the speech verb stands between commas
("Last year, he said, exports rose") the date may date what is said, so no statement's date
is read; nor for "we" (the outlet's own voice) or a date inside its clause."""

from __future__ import annotations

from datetime import date

import pytest
from claimfactory import sentence_dates

from crosscheck.claims.dates import STATED
from crosscheck.model import Claim

PUBLISHED = date(2019, 6, 1)


def _dates(sentence: str) -> list[Claim]:
    return sentence_dates(sentence, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("In May of 2014, she wrote that the bridge was unsafe.", "In May of 2014"),
        ("In January, he told a radio host that he would run again.", "In January"),
        ('Late last week, she tweeted: "We are closing the plant."', "Late last week"),
        ('On Friday, he said, "The vote will go ahead."', "On Friday"),
    ],
)
def test_opening_date_of_a_pronoun_statement_is_stated(sentence: str, words: str) -> None:
    dates = _dates(sentence)
    assert [(c.text, c.metric) for c in dates] == [(words, STATED)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year, he said, exports grew faster than imports.",  # what is said is dated
        "In 2015, she noted, buyers paid in cash.",
        "On Monday, we said the plan would fail.",  # the outlet's own voice
        "The plan, he said on Monday, would fail.",  # no opening date (read elsewhere)
    ],
)
def test_no_opening_pronoun_statement(sentence: str) -> None:
    assert not [c for c in _dates(sentence) if c.metric == STATED and c.text[0].isupper()]
