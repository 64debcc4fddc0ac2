"""The unit an explanation names a measure by: as written when units.toml reads it so.

A unit is one row of ``lexicon/en/units.toml``: the quantities finder reads and compares
through it, and ``_unit_word`` (``rules/numeric.py``) names the measure by the words written
when that same table reads them as a unit of the measure's factor; else by its ``measure``.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.model import Claim, Quantity, Unit
from crosscheck.quantities import find_quantities
from crosscheck.rules.numeric import _unit_word
from tests.claimfactory import quoted_claim


def _claim(text: str, q: Quantity) -> Claim:
    return quoted_claim("a", text, value=q, subject="", metric="")


def _measure(text: str) -> Quantity:
    [q] = find_quantities(text)
    assert q.unit is Unit.MEASURE, q
    return q


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("a 40 mph", "mph"),  # units.toml only: events.toml's factor for it was another
        ("3 square kilometres", "square kilometres"),  # two words, not "kilometres"
        ("55 miles per hour", "miles per hour"),
        ("12 kms", "kms"),
        ("600 MW", "MW"),  # a case-sensitive symbol stays as written
        ("8 Miles", "miles"),
        ("20 km", "km"),
    ],
)
def test_a_measure_is_named_as_written(text: str, word: str) -> None:
    claim = _claim(text, _measure(text))
    assert _unit_word(claim, DEFAULT_LANGUAGE) == word


def test_words_of_another_factor_or_no_unit_give_the_canonical_measure() -> None:
    q = _measure("20 km")
    # the claim's last words name another unit than the one read: not used
    assert _unit_word(_claim("20 miles", q), DEFAULT_LANGUAGE) == "kilometre"
    # the last word is no unit at all ("a 6-foot wall"): the measure, as before
    wall = _measure("a 6-foot wall")
    assert _unit_word(_claim("a 6-foot wall", wall), DEFAULT_LANGUAGE) == "foot"


def test_a_measure_the_claims_stage_made_keeps_its_word() -> None:
    """ "degrees" is no unit of units.toml (the claims stage reads it, unit_of): the
    measure it was named from is still written as it stands."""
    count = find_quantities("30 degrees")[0]
    q = replace(count, unit=Unit.MEASURE, dimension="temperature", measure="degree")
    assert _unit_word(_claim("30 degrees", q), DEFAULT_LANGUAGE) == "degrees"


def test_a_count_has_no_unit_word() -> None:
    [q] = find_quantities("30 people")
    assert _unit_word(_claim("30 people", q), DEFAULT_LANGUAGE) == ""
