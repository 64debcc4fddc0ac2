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
    assert "for the date of one event (both sentences mention" in rows[0]
    assert "marlowe" in rows[0].lower()
    assert "was dated" not in rows[0]
