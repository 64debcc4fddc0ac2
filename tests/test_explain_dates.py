"""A date row's explanation names what both dates are said of in plain English."""

from __future__ import annotations

from datetime import date

from crosscheck import check
from crosscheck.model import DiscrepancyKind, Source


def _time_rows(a: str, b: str) -> list[str]:
    sources = [
        Source(id="a", text=a, published=date(2019, 7, 2)),
        Source(id="b", text=b, published=date(2019, 7, 2)),
    ]
    kinds = {DiscrepancyKind.TIME_PRECISION, DiscrepancyKind.TIME_CONFLICT}
    return [d.explanation for d in check(sources).discrepancies if d.kind in kinds]


def test_dates_paired_by_their_event_name_the_shared_words_not_a_dated_phrase() -> None:
    rows = _time_rows(
        "Senator Marlowe resigned from the Senate on June 12, 2018.",
        "Senator Marlowe resigned from the Senate in June 2018 after the vote.",
    )
    assert len(rows) == 1
    assert "both date one event, “resigned” (both sentences mention" in rows[0]
    assert "marlowe" in rows[0].lower()
    assert "was dated" not in rows[0]


def test_a_date_row_names_the_event_word_of_each_side_and_quotes_both_passages() -> None:
    rows = _time_rows(
        "President Trump fired FBI Director James Comey on May 9, 2019, in a stunning move.",
        "Comey's firing in May shocked Washington.",
    )
    assert len(rows) == 1
    assert "both date one event, “fired” / “firing” (both sentences mention comey)" in rows[0]
    passage = "a: “… Trump fired FBI Director James Comey on May 9, 2019, in a stunning move.”"
    assert passage in rows[0]
    assert "b: “Comey's firing in May shocked Washington.”" in rows[0]


def test_a_phrase_of_two_words_is_named_whole() -> None:
    rows = _time_rows(
        "The jobless rate was 7.8 percent when Obama took office in January 2009.",
        "Jobs grew after the inauguration of President Obama on January 20, 2009.",
    )
    assert len(rows) == 1
    assert "“took office” / “inauguration”" in rows[0]


def test_a_date_said_of_a_noun_names_the_noun_not_when_it_was_dated() -> None:
    rows = _time_rows(
        "At last month's GOP debate, the front-runner had the audience booing within minutes.",
        "Two candidates surged in the polls following the June 6 debate in Cleveland.",
    )
    assert len(rows) == 1
    assert "says “June 6” (2019-06-06) for the debate: the same period" in rows[0]
    assert "was dated" not in rows[0]


def test_dates_of_one_event_word_with_no_other_shared_word_name_the_event_word() -> None:
    rows = _time_rows(
        "Denholm Marsh was her rock for fifty years. Her husband died in June 2003.",
        "She often called Denholm, who died June 26, 2003, her rock.",
    )
    assert len(rows) == 1
    assert "both date one event, “died”: the same period" in rows[0]
    assert "for when" not in rows[0]
