"""A row of two clock times says what their time zones tell: only one side names a zone, or
how far apart two named zones put them in UTC (texpl36)."""

from __future__ import annotations

from datetime import date

from crosscheck import check
from crosscheck.model import DiscrepancyKind, Source


def _conflicts(a: str, b: str) -> list[str]:
    sources = [
        Source(id="the-ledger", text=a, published=date(2019, 7, 2)),
        Source(id="the-courier", text=b, published=date(2019, 7, 2)),
    ]
    found = check(sources).discrepancies
    return [d.explanation for d in found if d.kind is DiscrepancyKind.TIME_CONFLICT]


def test_only_one_side_names_a_zone() -> None:
    rows = _conflicts(
        "The senators will vote on the Harlow bill at 5 p.m. Wednesday.",
        "The senators will vote on the Harlow bill at 6 p.m. ET Wednesday.",
    )
    assert len(rows) == 1
    assert (
        "Only the-courier names a time zone (ET); if the-ledger's “at 5 p.m. Wednesday” is "
        "another zone's local time, the two may be one moment."
    ) in rows[0]


def test_two_named_zones_give_their_gap_in_utc() -> None:
    rows = _conflicts(
        "The storm made landfall at 9 p.m. BST on Tuesday near Kelmouth.",
        "The storm made landfall at 10:30 p.m. GMT on Tuesday near Kelmouth.",
    )
    assert len(rows) == 1
    gap = ": in UTC the two times are 2 h 30 min apart."
    assert any(f"Both name a time zone ({z}){gap}" in rows[0] for z in ("BST, GMT", "GMT, BST"))
    assert "may be standard or daylight time" not in rows[0]
    assert "Only " not in rows[0]


def test_a_zone_without_standard_or_daylight_gives_both_gaps() -> None:
    rows = _conflicts(
        "The ceasefire took effect at 1 a.m. ET on Tuesday.",
        "The ceasefire took effect at 7 a.m. GMT on Tuesday.",
    )
    assert len(rows) == 1
    assert "in UTC the two times are 1 h or 2 h apart. ET may be standard or daylight" in rows[0]


def test_a_daylight_zone_is_read_as_written() -> None:
    rows = _conflicts(
        "The ceasefire took effect at 1 a.m. EDT on Tuesday.",
        "The ceasefire took effect at 6 a.m. GMT on Tuesday.",
    )
    assert len(rows) == 1
    gap = ": in UTC the two times are 1 h apart."
    assert any(f"Both name a time zone ({z}){gap}" in rows[0] for z in ("EDT, GMT", "GMT, EDT"))


def test_one_moment_in_two_zones_is_no_row() -> None:
    assert not _conflicts(
        "The ceasefire took effect at 1 a.m. EDT on Tuesday.",
        "The ceasefire took effect at 5 a.m. GMT on Tuesday.",
    )


def test_no_zone_sentence_without_a_zone_one_zone_or_local_time() -> None:
    pairs = [
        ("at 5 p.m. Wednesday", "at 6 p.m. Wednesday"),
        ("at 5 p.m. ET Wednesday", "at 6 p.m. ET Wednesday"),
        ("at 5 p.m. local time Wednesday", "at 6 p.m. ET Wednesday"),
        ("at 5 p.m. local time Wednesday", "at 6 p.m. Wednesday"),
    ]
    for first, second in pairs:
        rows = _conflicts(
            f"The senators will vote on the Harlow bill {first}.",
            f"The senators will vote on the Harlow bill {second}.",
        )
        assert len(rows) == 1, (first, second)
        assert "names a time zone" not in rows[0]
        assert "Both name a time zone" not in rows[0]
