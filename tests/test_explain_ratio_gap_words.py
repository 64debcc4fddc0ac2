"""What a row says of a ratio and of a gap between events (explain62, issue 12): a ratio
side's claim quotes the ratio as written ("more than 7-1", "7- or 8-to-1") and its frame names
the ratio ("both give the spending ratio"); a vague gap's frame names the gap by its words
("within hours" / "Within three hours") and a place only as both sentences write it.
Invented sentences of the shapes of bbd05ae9d5, bcf35ec702, 4fe06ec2cc, 0e7efdbf40."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck import Source, check
from crosscheck.model import Discrepancy

PUBLISHED = date(2025, 3, 10)


def _rows(a: str, b: str) -> list[Discrepancy]:
    sources = [Source(id=i, text=t, published=PUBLISHED) for i, t in (("a", a), ("b", b))]
    return check(sources).discrepancies


def _one(a: str, b: str) -> Discrepancy:
    rows = _rows(a, b)
    assert len(rows) == 1, [(d.kind.value, d.explanation) for d in rows]
    return rows[0]


RATIOS = [
    (
        "Unions pointed to the governor's supporters outspending his opponents by a more than"
        " 7-1 margin.",
        "A race where one side is outspending the other by a ratio of at least 8 to 1 tells us"
        " little, the spokesman said.",
        ("more than 7-1", "at least 8 to 1"),
        "spending ratio",
    ),
    (
        "Democrats were outspent by the governor and outside conservative groups by a 7-1 margin.",
        "He outspent his challenger by a magnitude of 7- or 8-to-1, with an enormous amount of"
        " outside money.",
        ("7-1", "7- or 8-to-1"),
        "spending ratio",
    ),
    (
        "The governor outraised his opponent by an almost 8-1 margin, aides said.",
        "The governor has outraised his opponent 5 1/2 to 1 since last year, aides said.",
        ("almost 8-1", "5 1/2 to 1"),
        "fundraising ratio",
    ),
]


@pytest.mark.parametrize(("a", "b", "words", "ratio"), RATIOS)
def test_a_ratio_side_quotes_the_ratio_and_names_it(
    a: str, b: str, words: tuple[str, str], ratio: str
) -> None:
    row = _one(a, b)
    assert (row.a.text, row.b.text) == words
    assert f"both give the {ratio}:" in row.explanation
    assert "ratios (" not in row.explanation  # not "both count spending ratios (spent)"


def test_a_ratio_keeps_its_value() -> None:
    row = _one(*RATIOS[1][:2])
    assert row.claim_a is not None and row.claim_b is not None
    qa, qb = row.claim_a.value, row.claim_b.value
    assert qa is not None and qb is not None
    assert (qa.point, qb.low, qb.high) == (7, 7, 8)


def test_a_gap_led_by_within_names_the_gap_and_the_place_as_written() -> None:
    row = _one(
        "The smaller of the two camps, at Nahda Square near Cairo University, was cleared"
        " within hours, the newspaper reported.",
        "Within three hours, the smaller camp -- Nahda, near Cairo University -- was clear of"
        " tents.",
    )
    said = "both give the time within which it happened (“within hours” / “Within three hours”)"
    assert said + ", at Cairo University:" in row.explanation
    assert "both give it" not in row.explanation
    assert "cairo university" not in row.explanation


def test_a_gap_after_an_event_names_the_gap() -> None:
    row = _one(
        "Asked why he still attacks the senator months after his death, the president explained.",
        "The president continued to deride the senator seven months after his death from cancer.",
    )
    said = "both give how long after the same event it happened"
    said += " (“months after” / “seven months after”)"
    assert said + ":" in row.explanation


def test_a_place_only_one_sentence_writes_is_left_out() -> None:
    row = _one(
        "The smaller of the two camps, at Nahda Square near Cairo University, was cleared"
        " within hours, the newspaper reported.",
        "Within three hours, the smaller camp at Nahda Square was clear of tents.",
    )
    assert "Cairo" not in row.explanation.split(";")[1]
    assert "(“within hours” / “Within three hours”):" in row.explanation


def test_a_duration_of_a_named_thing_keeps_its_frame() -> None:
    # Not a gap: a video's length, read as before (must not take the gap's words).
    row = _one(
        "The group released an eight-minute video on Tuesday.",
        "The group released an eight-and-a-half-minute video on Tuesday.",
    )
    assert "both give video (duration)" in row.explanation
    assert "happened" not in row.explanation
