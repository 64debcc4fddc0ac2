"""Thousands of figures of one frame in one article: each stage pays per frame or per pair
of sources, never per pair of the article's own figures (qa57: 4,000 "N people were
detained." sentences took 76 s to check, 20,000 over 90 s)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from crosscheck.aligned_figures import _wanted
from crosscheck.claims.extract import extract_claims
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.model import Claim, Source
from crosscheck.rules.superseded import find_superseded

_SENTENCE = "The ministry said 1,200 people were detained in the capital."


def _figure(source: str, sentence: str) -> Claim:
    claims = extract_claims(Source(id=source, text=sentence, published=date(2024, 3, 6)))
    return next(c for c in claims if c.value is not None and c.kind == "count")


def _copies(claim: Claim, count: int) -> list[Claim]:
    """``count`` copies of a claim, one per sentence of a text of that many sentences."""
    step = len(claim.sentence) + 1
    return [
        replace(
            claim,
            start=claim.start + i * step,
            end=claim.end + i * step,
            sentence_start=claim.sentence_start + i * step,
        )
        for i in range(count)
    ]


@pytest.mark.timeout(30)
def test_thousands_of_figures_of_one_frame_are_read_once_per_frame() -> None:
    figures = _copies(_figure("a", _SENTENCE), 4000)
    source = Source(id="a", text=" ".join([_SENTENCE] * 4000))
    found = find_superseded({"a": source}, figures, lambda new, old: True, DEFAULT_LANGUAGE)
    assert not found.aside  # no update entry and no revision word: nothing is replaced


@pytest.mark.timeout(30)
def test_a_vague_figure_among_thousands_of_counts_is_set_aside_once() -> None:
    counts = _copies(_figure("a", _SENTENCE), 4000)
    vague = _figure("a", "The ministry said dozens of people were detained in the capital.")
    vague = replace(vague, start=vague.start + 10**6, end=vague.end + 10**6)
    source = Source(id="a", text=_SENTENCE)
    found = find_superseded({"a": source}, [*counts, vague], lambda n, o: True, DEFAULT_LANGUAGE)
    assert found.aside == {("a", vague.start, vague.end)}


@pytest.mark.timeout(10)
def test_figures_of_one_source_are_never_paired_with_each_other() -> None:
    many = _copies(_figure("a", _SENTENCE), 20000)
    other = _figure("b", "The ministry said 1,450 people were detained in the capital.")
    wanted = _wanted([*many, other], DEFAULT_LANGUAGE)
    assert len(wanted) == 20000
    assert {(x.source, y.source) for x, y in wanted} == {("a", "b")}
