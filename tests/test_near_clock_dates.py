"""A clock time told as just past or short of it ("just after midnight on March 19",
"shortly before 8 a.m.") dates its event as "around" does (date_scopes.dating_scope): two
outlets that put one act at two clock times of one day are paired and the clock rule reads
them with its slack. A bare "after 5 p.m." stays the bound of a span; two places and two
acts stay apart."""

from __future__ import annotations

from datetime import date

from filler import FILLER

from tests.pairrows import pair_rows

PUBLISHED = date(2025, 6, 7)
_BLAST = "A parcel bomb exploded at a FedEx depot in Austin"


def _time_rows(a: str, b: str) -> list[str]:
    rows = pair_rows(" ".join([*FILLER, a]), " ".join([*FILLER, b]), PUBLISHED)
    return [r for r in rows if r.startswith("time.")]


def test_one_blast_shortly_after_nine_and_at_eleven_conflicts() -> None:
    rows = _time_rows(
        f"{_BLAST} shortly after 9 p.m. on May 12.", f"{_BLAST} at 11 p.m. on May 12."
    )
    assert rows == ["time.conflict shortly after 9 p.m. on May 12 / at 11 p.m. on May 12"]


def test_one_blast_just_before_eight_and_at_half_past_ten_conflicts() -> None:
    rows = _time_rows(
        f"{_BLAST} just before 8 a.m. on May 12.", f"{_BLAST} at 10:30 a.m. on May 12."
    )
    assert rows == ["time.conflict just before 8 a.m. on May 12 / at 10:30 a.m. on May 12"]


def test_a_time_within_the_slack_is_no_conflict() -> None:
    """ "shortly after 9 p.m." and "9:05 p.m." may be one moment."""
    assert not _time_rows(
        f"{_BLAST} shortly after 9 p.m. on May 12.", f"{_BLAST} at 9:05 p.m. on May 12."
    )


def test_two_places_of_one_day_are_two_blasts() -> None:
    other = "A parcel bomb exploded at a FedEx depot in San Antonio at 11 p.m. on May 12."
    assert not _time_rows(f"{_BLAST} shortly after 9 p.m. on May 12.", other)


def test_a_follow_up_act_later_that_day_is_another_event() -> None:
    """An arrest shortly after 9 p.m. and a charge at 11 p.m.: two acts of one day."""
    arrested = (
        "Police arrested Dan Vora at the FedEx depot in Austin shortly after 9 p.m. on May 12."
    )
    charged = "Police charged Dan Vora at the FedEx depot in Austin at 11 p.m. on May 12."
    assert not _time_rows(arrested, charged)


def test_a_bare_after_is_the_bound_of_a_span() -> None:
    """ "closed after 9 p.m." is from then on: no moment of one event."""
    closed = "The FedEx depot in Austin stayed closed to workers after 9 p.m. on May 12."
    returned = "Workers returned to the FedEx depot in Austin at 11 p.m. on May 12."
    assert not _time_rows(closed, returned)


def test_a_find_and_a_blast_of_one_evening_are_two_acts() -> None:
    found = "A parcel bomb was found at a FedEx depot in Austin shortly after 9 p.m. on May 12."
    assert not _time_rows(found, f"{_BLAST} at 11 p.m. on May 12.")
