"""frame_labels.count_label: what a bare count figure's label counts, and its event."""

from __future__ import annotations

import pytest

from crosscheck.claims.frame_labels import CountLabel, count_label
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.text.tokens import Token, tokenize


def _before(sentence: str) -> list[Token]:
    """The tokens of ``sentence`` before its last figure ("N")."""
    tokens = tokenize(sentence)
    last = max(i for i, t in enumerate(tokens) if t.text == "N")
    return list(tokens[:last])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The number of people killed in the attack is at least N",
            CountLabel(what="person", event="killed"),
        ),
        ("The number of people who were killed is N", CountLabel(what="person", event="killed")),
        ("The number of dead rose to N", CountLabel(event="killed")),
        ("The tally of deaths stands at N", CountLabel(event="killed")),
        ("The death toll from the attack has risen to N", CountLabel(event="killed")),
        (
            "raising the Palestinian death toll to at least N",
            CountLabel(what="palestinian", event="killed"),
        ),
        ("The number of states is N", CountLabel(what="state")),
    ],
)
def test_count_label_reads_what_and_event(sentence, expected):
    assert count_label(_before(sentence), DEFAULT_LANGUAGE) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The attack killed N",  # no link word before the figure
        "Others put the death toll at N",  # one party's estimate: left unread
        "The count said he was N",  # the head is no label
        "The number of people killed and injured is N",  # two counts in one
        "But the number of people is far higher than the N",  # another verb between
        "The death toll from the fire, ranging from the low hundreds to more than N",
    ],
)
def test_count_label_reads_no_label(sentence):
    assert count_label(_before(sentence), DEFAULT_LANGUAGE) is None
