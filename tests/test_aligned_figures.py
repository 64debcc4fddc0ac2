"""Figures of one statement: which figures of two aligned sentences are paired."""

from __future__ import annotations

from datetime import date

from crosscheck.aligned_figures import aligned_figure_pairs
from crosscheck.check import prepare_and_extract
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.model import Source

_A = [
    "Hiring slowed for a third month.",
    "Economists had expected a stronger report.",
    "Wages rose slightly.",
    "Stocks fell after the release.",
    "The jobless rate held steady.",
    "Retail sales dipped in the spring.",
]
_B = [
    "The report came out on Friday morning.",
    "Retailers added workers before the holidays.",
    "Analysts called the report mixed.",
    "Construction firms hired more people.",
    "The White House welcomed the news.",
    "Mortgage rates edged up again.",
]


def _pairs(a: str, b: str) -> list[tuple[str, str]]:
    sources = [
        Source(id="a", text=" ".join([a, *_A]), published=date(2025, 3, 10)),
        Source(id="b", text=" ".join([*_B, b]), published=date(2025, 3, 10)),
    ]
    claims = [c for s in sources for c in prepare_and_extract(s).claims]
    return [
        (p.a.text, p.b.text) for p in aligned_figure_pairs(claims, sources, lang=DEFAULT_LANGUAGE)
    ]


def test_the_figures_told_differently_are_paired_and_noted() -> None:
    a = "Meanwhile, the federal government cut 14,000 jobs and manufacturers cut 8,000 jobs."
    b = "Manufacturers cut 9,000 jobs, and the federal government shed 14,000."
    assert _pairs(a, b) == [("8,000 jobs", "9,000 jobs")]


def test_two_figures_left_on_each_side_are_no_pair() -> None:
    a = "Meanwhile, the federal government cut 12,000 jobs and manufacturers cut 8,000 jobs."
    b = "Manufacturers cut 9,000 jobs, and the federal government shed 14,000 jobs."
    assert _pairs(a, b) == []  # which of the two is meant: the sentence does not say


def test_sentences_of_different_statements_are_not_read() -> None:
    a = "Meanwhile, the federal government cut 14,000 jobs and manufacturers cut 8,000 jobs."
    b = "Construction firms said they would add 9,000 jobs next year in the Midwest."
    assert _pairs(a, b) == []


def test_shares_are_never_paired_by_their_sentence() -> None:
    a = "In Ohio, 43 percent of likely voters back the governor, the Quinnipiac poll found."
    b = "Among men in Ohio, 51 percent of likely voters back the governor, Quinnipiac said."
    assert _pairs(a, b) == []
