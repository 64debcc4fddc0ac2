"""Thousands of figures of one frame in one article: each stage pays per frame or per pair
of sources, never per pair of the article's own figures (qa57: 4,000 "N people were
detained." sentences took 76 s to check, 20,000 over 90 s)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from crosscheck.aligned_figures import _wanted
from crosscheck.check import check
from crosscheck.claims.dates import DATE_KIND
from crosscheck.claims.extract import extract_claims
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.date_descriptors import descriptor_pairs
from crosscheck.model import Claim, Source
from crosscheck.names.quoted import inside_quotes
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


def _dates(source: str, sentence: str) -> list[Claim]:
    claims = extract_claims(Source(id=source, text=sentence, published=date(2024, 3, 6)))
    return [c for c in claims if c.kind == DATE_KIND]


@pytest.mark.timeout(20)
def test_dates_of_one_source_are_never_paired_with_each_other() -> None:
    day = _dates("a", "The protesters were detained on 5 March 2024 in the capital.")[0]
    month = _dates("b", "The protesters were detained in March 2024 in the capital.")[0]
    many = _copies(day, 60000)
    source_a = Source(id="a", text=day.sentence)
    source_b = Source(id="b", text=month.sentence)
    pairs = descriptor_pairs(
        [*many, month],
        [source_a, source_b],
        lambda a, b, stems: True,  # every candidate told already: only the pairing is timed
        lambda a, b: (a, b),
        lang=DEFAULT_LANGUAGE,
    )
    assert pairs == []


@pytest.mark.timeout(60)
def test_a_megabyte_on_one_line_is_checked_within_a_minute() -> None:
    sentence = "The ministry said 1,200 people were detained on 5 March 2024, according to Petrov. "
    a = Source(id="a", text=sentence * (1_000_000 // len(sentence)))
    b = Source(id="b", text="The ministry said 1,450 people were detained on 6 March 2024.")
    report = check((a, b))
    assert report.discrepancies


@pytest.mark.timeout(20)
def test_names_of_a_megabyte_paragraph_are_placed_by_counting_marks() -> None:
    unit = 'Petrov said: "Ivanov was detained." Then Petrov left. '
    text = unit * (2_000_000 // len(unit))
    units = range(0, len(text) // len(unit), 2)
    inside = [
        inside_quotes(text, i * len(unit) + unit.index("Ivanov"), DEFAULT_LANGUAGE) for i in units
    ]
    outside = [
        inside_quotes(text, i * len(unit) + unit.rindex("Petrov"), DEFAULT_LANGUAGE) for i in units
    ]
    assert all(inside) and not any(outside)
