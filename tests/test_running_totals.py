"""A named owner's running total ("Trump has 743 delegates") read where no owner is read yet
(ntally35, measured, no owner rule kept): the gold misses of this class are a total after
"<name> leads the race with", a listed "ahead of <name> with N", "<name> entered the night
with", and a tally owned through a pronoun ("That would raise his national tally to 743")
or a participle clause before its subject. The first and the third are read since nevent44
(``events.toml`` ``owner_object_verbs``: a verb of standing and its object before "with"), the
listed "ahead of <name> with N" since nwhat44 (``claims/tallies.py``, only after a count with
its noun in the same sentence, whose clause's opening name then owns that count too); the
others stay expected failures; the traps such a rule must keep out are the ``owners-*``
must-nots of ``tests/cases/frames/pairs.toml``."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck import Source, check
from crosscheck.model import DiscrepancyKind

PUBLISHED = date(2025, 3, 10)
_NUMERIC = (DiscrepancyKind.NUMERIC_CONFLICT, DiscrepancyKind.NUMERIC_DIVERGENCE)


def _paired(a: str, b: str, claim_a: str, claim_b: str) -> bool:
    sources = [
        Source(id="a", text=a, published=PUBLISHED),
        Source(id="b", text=b, published=PUBLISHED),
    ]
    report = check(sources)
    assert {claim_a, claim_b} <= {c.text for c in report.claims}
    return any(
        {d.a.text, d.b.text} == {claim_a, claim_b}
        for d in report.discrepancies
        if d.kind in _NUMERIC
    )


def test_owned_total_flagged() -> None:
    """The shape main reads: one owner, one unit, two totals."""
    assert _paired(
        "Garcia has 812 delegates.",
        "Garcia now has 830 delegates.",
        "812 delegates",
        "830 delegates",
    )


@pytest.mark.parametrize(
    ("a", "b", "claim_a", "claim_b"),
    [
        # an object between the owner's verb and "with" (nevent44)
        (
            "Garcia leads the Democratic race with 812 delegates.",
            "Garcia now has 830 delegates.",
            "812 delegates",
            "830 delegates",
        ),
        # a verb of entering a time or a contest before "with" (nevent44)
        (
            "Garcia entered the night with 812 delegates.",
            "Garcia now has 830 delegates.",
            "812 delegates",
            "830 delegates",
        ),
    ],
)
def test_owner_past_object_flagged(a: str, b: str, claim_a: str, claim_b: str) -> None:
    """The subject of a verb of standing owns the total after "with", past the verb's object."""
    assert _paired(a, b, claim_a, claim_b)


def test_listed_rival_total_flagged() -> None:
    """A rival's bare count listed after the leader's count with its noun, "ahead of <name>
    with N" (nwhat44, ``claims/tallies.py``): the leader's noun, the rival's own."""
    assert _paired(
        "Garcia leads with 812 delegates, ahead of Okafor with 530.",
        "Okafor has 547 delegates.",
        "530",
        "547 delegates",
    )


@pytest.mark.xfail(strict=True, reason="ntally35: owners of these shapes are not read")
@pytest.mark.parametrize(
    ("a", "b", "claim_a", "claim_b"),
    [
        # a tally owned through a pronoun of the sentence before
        (
            "Garcia won six delegates in the state. That raised his national tally to 812.",
            "Garcia now has 830 delegates.",
            "812",
            "830 delegates",
        ),
        # a participle clause before its subject
        (
            "Raising his national tally to 530, Okafor has little chance of a majority.",
            "Okafor has 547 delegates.",
            "530",
            "547 delegates",
        ),
    ],
)
def test_unread_owner_flagged(a: str, b: str, claim_a: str, claim_b: str) -> None:
    assert _paired(a, b, claim_a, claim_b)
