"""Dates of one named interview (crosscheck/match/interview_dates.py): which dates date an
interview, which outlet they name, and when two outlets' dates are one interview's."""

from __future__ import annotations

from datetime import date

from crosscheck import check
from crosscheck.check import prepare_and_extract
from crosscheck.match.interview_dates import interview_of, interview_pairs, one_interview
from crosscheck.model import Claim, Source

PUBLISHED = date(2025, 3, 10)  # a Monday
SATURDAY = (
    "In an interview with Harbor Radio on Saturday, Mayor Lena Brandt said the bridge would reopen."
)


def _source(name: str, text: str) -> tuple[Source, list[Claim]]:
    source = Source(id=name, text=text, published=PUBLISHED)
    return source, [c for c in prepare_and_extract(source).claims if c.kind == "date"]


def _pairs(*texts: str) -> list[tuple[str, str]]:
    read = [_source(f"s{i}", t) for i, t in enumerate(texts)]
    claims = [c for _, cs in read for c in cs]
    return [(p.a.text, p.b.text) for p in interview_pairs(claims, [s for s, _ in read])]


def test_an_interview_date_names_its_outlet_and_speaker() -> None:
    source, claims = _source(
        "a",
        SATURDAY,
    )
    saturday = [c for c in claims if "Saturday" in c.text]
    item = interview_of(saturday[0], source.published)
    assert item is not None
    assert item.outlet == "harbor radio"
    assert {"lena", "brandt"} <= item.names
    assert "saturday" not in item.names and "mayor" not in item.names


def test_an_outlet_before_the_interview_noun_is_read() -> None:
    source, claims = _source(
        "a", "Brandt said in a Harbor Radio interview on Sunday that the bridge would reopen."
    )
    item = interview_of(claims[0], source.published)
    assert item is not None and item.outlet == "harbor radio"


def test_two_outlets_dating_one_interview_a_day_apart_pair() -> None:
    pairs = _pairs(
        SATURDAY,
        "Brandt told Harbor Radio host Tom Reyes on Friday, in an interview taped at city hall, "
        "that repairs were nearly done.",
    )
    assert pairs == [("on Saturday", "on Friday")] or pairs == [("on Friday", "on Saturday")]


def test_the_paired_claims_carry_the_interview_note() -> None:
    read = [
        _source("a", "In an interview with Harbor Radio on Saturday, Mayor Lena Brandt said so."),
        _source("b", "Brandt told Harbor Radio on Friday, in an interview, that it was so."),
    ]
    claims = [c for _, cs in read for c in cs]
    (pair,) = interview_pairs(claims, [s for s, _ in read])
    assert one_interview(pair.a, pair.b)
    assert not one_interview(pair.a, read[0][1][0])


def test_the_pair_is_a_medium_time_conflict_at_most() -> None:
    report = check(
        [
            Source(
                id="a",
                text="In an interview with Harbor Radio on March 8, Mayor Lena Brandt said the "
                "bridge would reopen.",
                published=PUBLISHED,
            ),
            Source(
                id="b",
                text="Brandt told Harbor Radio host Tom Reyes on March 7, in an interview taped "
                "at city hall, that repairs were nearly done.",
                published=PUBLISHED,
            ),
        ]
    )
    rows = [d for d in report.discrepancies if d.kind.value == "time.conflict"]
    assert len(rows) == 1
    assert rows[0].severity.value != "high"
    assert "interview both name" in rows[0].explanation
    assert "Harbor Radio" in rows[0].explanation


def test_told_without_an_interview_noun_is_not_paired() -> None:
    # "told X on Sunday" / "said Monday on X": two conversations as often as one
    assert not _pairs(
        "A spokeswoman for Mayor Lena Brandt told Harbor Radio on Sunday that she was sorry.",
        "Former aide Paul Brandt said Monday on Harbor Radio that the plan was wrong.",
    )


def test_two_outlets_are_two_interviews() -> None:
    assert not _pairs(
        SATURDAY,
        "In an interview with Valley News on Friday, Mayor Lena Brandt said repairs were done.",
    )


def test_another_speaker_with_the_same_outlet_is_not_paired() -> None:
    assert not _pairs(
        SATURDAY,
        "In an interview with Harbor Radio on Friday, Governor Omar Haddad said the state pays.",
    )


def test_a_source_dating_two_interviews_pairs_neither() -> None:
    assert not _pairs(
        "In an interview with Harbor Radio on Saturday, Mayor Lena Brandt said the bridge would "
        "reopen. In another interview with Harbor Radio on Thursday, Brandt said it was unsafe.",
        "Brandt told Harbor Radio on Friday, in an interview taped at city hall, that it was done.",
    )


def test_interviews_days_apart_are_two_interviews() -> None:
    assert not _pairs(
        "In an interview with Harbor Radio on March 8, Mayor Lena Brandt said it would open.",
        "In an interview with Harbor Radio on March 3, Mayor Lena Brandt said repairs had begun.",
    )


def test_an_interview_on_the_same_day_is_no_pair() -> None:
    assert not _pairs(
        SATURDAY,
        "Brandt told Harbor Radio on Saturday, in an interview taped at home, that it was done.",
    )
