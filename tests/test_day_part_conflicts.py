"""One event dated on one day in two parts of it that cannot overlap ("Monday afternoon" /
"Monday night") is a time conflict (crosscheck.rules.time ``part_rule``; ``day_parts`` and
``parts_apart`` of compare.toml's ``[dates]``); two parts that may overlap, a part beside a
bare day and a clock time inside or near the part make none; a clock time far outside it is
a conflict (``part_clock_rule``)."""

from __future__ import annotations

from datetime import date

from claimfactory import placed_date
from filler import FILLER

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.date_words import date_words
from crosscheck.match.day_parts import day_part
from crosscheck.model import DiscrepancyKind
from crosscheck.rules.time import time_rule
from tests.pairrows import pair_rows

# A Wednesday: "Saturday" is 2025-06-07, "Monday" 2025-06-09.
_DAY = date(2025, 6, 11)


def _part(sentence: str) -> str | None:
    return day_part(placed_date(sentence, _DAY), date_words(DEFAULT_LANGUAGE))


def test_a_part_of_the_day_is_read_after_before_and_across_on() -> None:
    assert _part("The mayor said Saturday evening that the bridge would reopen.") == "evening"
    assert _part("In a statement issued early Monday, the port named a new chief.") == "early"
    assert _part("The council voted late on Monday to close the pier.") == "late"
    assert _part("The mayor said Saturday that the bridge would reopen.") is None


def test_the_last_part_read_is_the_side_s_part() -> None:
    assert _part("The council voted early Monday morning to close the pier.") == "morning"
    assert _part("The council voted late Monday night to close the pier.") == "night"


def test_a_name_or_a_word_apart_is_no_part_of_the_day() -> None:
    assert _part("Fans watched Monday Night Football at the pier.") is None
    assert _part("The ferry ran late, Monday the pier closed for repairs.") is None


def _finding(first: str, second: str) -> DiscrepancyKind | None:
    found = time_rule(placed_date(first, _DAY), placed_date(second, _DAY), DEFAULT_LANGUAGE)
    return None if found is None else found.kind


def test_two_parts_that_cannot_overlap_conflict() -> None:
    for first, second in [
        ("Monday afternoon", "Monday night"),
        ("Monday morning", "Monday evening"),
        ("early Monday", "Monday evening"),
        ("late Monday", "Monday morning"),
    ]:
        found = _finding(
            f"The council voted {first} to close the pier.",
            f"The council voted {second} to close the pier.",
        )
        assert found is DiscrepancyKind.TIME_CONFLICT, (first, second)


def test_two_parts_that_may_overlap_make_no_row() -> None:
    for first, second in [
        ("late Monday", "Monday night"),
        ("early Monday", "Monday morning"),
        ("Monday evening", "Monday night"),
        ("Monday afternoon", "Monday evening"),
        ("late Monday", "early Monday"),
        ("overnight Monday", "Monday morning"),
    ]:
        found = _finding(
            f"The council voted {first} to close the pier.",
            f"The council voted {second} to close the pier.",
        )
        assert found is None, (first, second)


def test_a_part_beside_the_bare_day_is_the_same_day_at_two_precisions() -> None:
    """README reading Q7 (part58): "voted Monday" / "voted Monday night" of one act."""
    for first, second in [("Monday", "Monday night"), ("Monday morning", "on Monday")]:
        found = _finding(
            f"The council voted {first} to close the pier.",
            f"The council voted {second} to close the pier.",
        )
        assert found is DiscrepancyKind.TIME_PRECISION, (first, second)


def test_the_explanation_tells_both_parts() -> None:
    found = time_rule(
        placed_date("The newspaper published its report Monday afternoon.", _DAY),
        placed_date("The story broke Monday night.", _DAY),
        DEFAULT_LANGUAGE,
    )
    assert found is not None
    assert "one source says Monday afternoon, the other Monday night" in found.reason


def _rows(a: str, b: str) -> list[str]:
    return pair_rows(" ".join([*FILLER, a]), " ".join([*FILLER, b]), _DAY)


_DREDGE = (
    "The harbor board voted {when} to end the dredging fee waiver for small boats at the Ruiz pier."
)


def test_one_vote_told_in_the_morning_and_at_night_is_flagged() -> None:
    rows = _rows(_DREDGE.format(when="Monday morning"), _DREDGE.format(when="Monday night"))
    assert "time.conflict Monday morning / Monday night" in rows


def test_one_vote_told_late_and_at_night_is_not_flagged() -> None:
    rows = _rows(_DREDGE.format(when="late Monday"), _DREDGE.format(when="Monday night"))
    assert not [r for r in rows if r.startswith("time.")]


def test_a_clock_time_inside_or_near_a_part_of_the_day_is_no_conflict() -> None:
    for clock, part in [
        ("at 7 p.m. Monday", "Monday evening"),
        ("at 5 p.m. Monday", "Monday night"),
    ]:
        rows = _rows(_DREDGE.format(when=clock), _DREDGE.format(when=part))
        assert not [r for r in rows if r.startswith("time.conflict")], (clock, part)


def test_a_clock_time_far_outside_a_part_of_the_day_conflicts() -> None:
    """rel29 (``part_clock_rule``): more than ``part_clock_margin`` minutes outside the part's
    minutes (time.toml's ``[clock.day_part_first]`` / ``day_part_last``)."""
    rows = _rows(_DREDGE.format(when="at 9 a.m. Monday"), _DREDGE.format(when="Monday evening"))
    assert "time.conflict at 9 a.m. Monday / Monday evening" in rows
    found = time_rule(
        placed_date("The council voted at 9 a.m. Monday to close the pier.", _DAY),
        placed_date("The council voted Monday evening to close the pier.", _DAY),
        DEFAULT_LANGUAGE,
    )
    assert found is not None and found.kind is DiscrepancyKind.TIME_CONFLICT
    assert "one source says at 9 a.m. Monday, the other Monday evening" in found.reason


def test_one_source_with_both_parts_tells_two_votes() -> None:
    rows = _rows(
        _DREDGE.format(when="Monday morning") + " " + _DREDGE.format(when="again Monday night"),
        _DREDGE.format(when="Monday night"),
    )
    assert not [r for r in rows if r.startswith("time.conflict")]


def test_one_night_across_midnight_stays_no_row() -> None:
    rows = _rows(
        "The harbor chief Ana Ruiz died late Sunday at her home near the dredging pier.",
        "The harbor chief Ana Ruiz died early Monday at her home near the dredging pier.",
    )
    assert not [r for r in rows if r.startswith("time.")]


def test_a_part_of_the_day_of_another_clause_s_event_is_not_flagged() -> None:
    rows = _rows(
        "The smuggler Ivo Brand was arrested early Friday morning at the dredging pier.",
        "Police questioned his partner, who fled the raid at the dredging pier that arrested "
        "the smuggler Ivo Brand, before her capture on a ferry Friday night.",
    )
    assert not [r for r in rows if r.startswith("time.conflict")]


def test_a_part_of_the_day_in_the_arrest_s_own_clause_is_flagged() -> None:
    rows = _rows(
        "The smuggler Ivo Brand was arrested early Friday morning at the dredging pier.",
        "The smuggler Ivo Brand was arrested Friday night at the dredging pier, police said.",
    )
    assert "time.conflict early Friday morning / Friday night" in rows
