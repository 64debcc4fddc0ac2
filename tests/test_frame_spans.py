"""frame_what.without_span / span_label: the second figure of an "N1 <unit> to N2" span.

"the jobless rate fell from 8.4 percent to 8.1 percent" is read as "fell to 8.1 percent"
(the label before "from" is the second figure's); "by 61 percent to 35 percent" gives the
second figure no label ("percent" is the first figure's unit). Invented sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.model import Claim
from tests.claimfactory import sentence_claims

_DAY = date(2025, 3, 10)


def _figure(sentence: str, text: str) -> Claim:
    """The figure claim of ``sentence`` whose quoted words are ``text``."""
    [claim] = [c for c in sentence_claims(sentence, _DAY) if c.text == text]
    return claim


@pytest.mark.parametrize(
    ("spanned", "direct", "text"),
    [
        (
            "The jobless rate fell from 8.4 percent to 8.1 percent in May.",
            "The jobless rate fell to 8.1 percent in May.",
            "8.1 percent",
        ),
        (
            "The county's poverty rate dropped from about 19 percent to 16 percent.",
            "The county's poverty rate dropped to 16 percent.",
            "16 percent",
        ),
        (
            "The harbor clinic cut its number of beds from 120 to 45.",
            "The harbor clinic cut its number of beds to 45.",
            "45",
        ),
    ],
)
def test_a_from_span_reads_as_its_move(spanned, direct, text):
    a, b = _figure(spanned, text), _figure(direct, text)
    assert a.what  # fails on main: "percent" or nothing
    assert (a.what, a.event, a.role, a.actor) == (b.what, b.event, b.role, b.actor)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Voters backed the levy by 61 percent to 35 percent.", "35 percent"),
        ("Ruiz led Ortiz 52 percent to 44 percent.", "44 percent"),
        ("The fare is rising by 40 cents to $3.15.", "$3.15"),
        ("The union led in sign-ups, 31 million to 22 million.", "22 million"),
    ],
)
def test_a_unit_between_two_figures_is_no_label(sentence, text):
    assert _figure(sentence, text).what == ""  # main: "percent", "cent", "million"


@pytest.mark.parametrize(
    ("sentence", "text", "what", "role"),
    [
        # a noun between the figures may be what both count
        ("The estimate was revised by 2,000 jobs to 90,000.", "90,000", "job", "total"),
        # "up from" a tally: a prior tally, not where a move started
        (
            "Ruiz leads by 8 points, up from a 50 percent to 45 percent lead in May.",
            "45 percent lead",
            "lead",
            "total",
        ),
    ],
)
def test_what_is_kept(sentence, text, what, role):
    claim = _figure(sentence, text)
    assert (claim.what, claim.role) == (what, role)
