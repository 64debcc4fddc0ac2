"""One day told with a part of the day on one side and bare on the other ("said Saturday
evening" / "said Saturday") is the same day at two precisions (crosscheck.rules.time
``part_rule``; the ``day_parts`` of compare.toml's ``[dates]``)."""

from __future__ import annotations

from datetime import date

from claimfactory import placed_date
from filler import FILLER

from crosscheck.match.date_words import date_words
from crosscheck.model import DiscrepancyKind
from crosscheck.rules.time import day_part, time_rule
from tests.pairrows import pair_rows

# A Wednesday: "Saturday" is 2025-06-07, "Monday" 2025-06-09.
_DAY = date(2025, 6, 11)


def _part(sentence: str) -> str | None:
    return day_part(placed_date(sentence, _DAY), date_words())


def test_a_part_of_the_day_is_read_after_before_and_across_on() -> None:
    assert _part("The mayor said Saturday evening that the bridge would reopen.") == "evening"
    assert _part("In a statement issued early Monday, the port named a new chief.") == "early"
    assert _part("The council voted late on Monday to close the pier.") == "late"
    assert _part("The mayor said Saturday that the bridge would reopen.") is None


def test_a_name_or_a_word_apart_is_no_part_of_the_day() -> None:
    assert _part("Fans watched Monday Night Football at the pier.") is None
    assert _part("The ferry ran late, Monday the pier closed for repairs.") is None


def _finding(first: str, second: str) -> DiscrepancyKind | None:
    a, b = placed_date(first, _DAY), placed_date(second, _DAY)
    found = time_rule(a, b)
    return None if found is None else found.kind


def test_a_part_of_the_day_is_finer_than_the_bare_day() -> None:
    assert (
        _finding(
            "The mayor said Saturday evening that the bridge would reopen.",
            "The mayor said Saturday that the bridge would reopen.",
        )
        is DiscrepancyKind.TIME_PRECISION
    )


def test_two_parts_of_one_day_make_no_row() -> None:
    assert (
        _finding(
            "The council voted late Monday to close the pier.",
            "The council voted early Monday to close the pier.",
        )
        is None
    )
    assert (
        _finding(
            "The council voted Monday night to close the pier.",
            "The council voted late Monday to close the pier.",
        )
        is None
    )


def _rows(a: str, b: str) -> list[str]:
    return pair_rows(" ".join([*FILLER, a]), " ".join([*FILLER, b]), _DAY)


def test_one_statement_told_with_and_without_its_evening_is_flagged() -> None:
    rows = _rows(
        '"The dredging fee waiver for small boats will end in July, and no one will be '
        'exempt," harbor chief Ana Ruiz said Saturday evening.',
        '"The dredging fee waiver for small boats will end in July, and no one will be '
        'exempt," Ruiz said Saturday.',
    )
    assert "time.precision Saturday evening / Saturday" in rows


def test_a_clock_time_stays_the_finer_side_of_a_part_of_the_day() -> None:
    rows = _rows(
        '"The dredging fee waiver for small boats will end in July, and no one will be '
        'exempt," harbor chief Ana Ruiz said Monday evening.',
        '"The dredging fee waiver for small boats will end in July, and no one will be '
        'exempt," Ruiz said at 7 p.m. Monday.',
    )
    assert "time.precision Monday evening / at 7 p.m. Monday" in rows
    assert len([r for r in rows if r.startswith("time.")]) == 1


def test_an_embedded_post_s_stamp_is_no_coarser_telling() -> None:
    rows = _rows(
        '"The dredging fee waiver for small boats will end in July, and no one will be '
        'exempt," harbor chief Ana Ruiz tweeted early Monday.',
        "The dredging fee waiver for small boats will end in July, and no one will be "
        "exempt. — Ana Ruiz (@anaruiz) June 9, 2025",
    )
    assert not [r for r in rows if r.startswith("time.")]


def test_one_night_across_midnight_stays_no_row() -> None:
    rows = _rows(
        "The harbor chief Ana Ruiz died late Sunday at her home near the dredging pier.",
        "The harbor chief Ana Ruiz died early Monday at her home near the dredging pier.",
    )
    assert not [r for r in rows if r.startswith("time.")]
