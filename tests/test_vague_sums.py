"""Bare magnitudes read as sums of money by crosscheck.match.vague_pairs ("spent millions",
"billions in federal aid"), and not when they count people ("millions of Americans",
"millions in the streets")."""

from __future__ import annotations

import pytest

from crosscheck.check import prepare_and_extract
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.vague_money import bare_sum
from crosscheck.model import Source


def _vague_claims(text: str) -> list[str]:
    claims = prepare_and_extract(Source(id="a", text=text)).claims
    return [
        c.value.text
        for c in claims
        if c.value is not None and c.value.vague and bare_sum(c, DEFAULT_LANGUAGE)
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The state lost billions in federal aid for the highway.", "billions"),
        ("Iran had stored billions in Omani rials.", "billions"),
        ("Outside groups spent millions on ads in the race.", "millions"),
        ("He was able to raise millions in a matter of weeks.", "millions"),
        ("Allies have spent tens of millions defending him.", "tens of millions"),
    ],
)
def test_bare_magnitude_is_a_sum(text: str, span: str) -> None:
    assert _vague_claims(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "The cuts would cost millions of Americans their health care.",  # "of": a count
        "Millions in the streets protested the law.",  # "in" and a determiner
        "The plan would suspend deportations for millions.",  # no money word near
        "Hundreds in poverty were left without aid.",  # below a million
        "Millions can't pay rent.",
    ],
)
def test_bare_magnitude_not_a_sum(text: str) -> None:
    assert _vague_claims(text) == []
