"""A date's possessive reaches its event noun through a name of several words joined by a
lower-case link ("until next Tuesday's District of Columbia primary"): the date then labels
the event past its scope word (date_scopes.labels_event, date_nouns.modified_noun), and the
keys path's scope-word gate lets it pair as "during Tuesday's debate" does. A link between
lower-case words, or a name the other outlet does not give, keeps the pair apart."""

from __future__ import annotations

from datetime import date

import pytest
from filler import FILLER

from crosscheck import Source, check
from crosscheck.claims.date_nouns import modified_noun
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.model import Granularity, TimeRef
from tests.pairrows import pair_rows

PUBLISHED = date(2025, 6, 7)


def _time_rows(a: str, b: str) -> list[str]:
    rows = pair_rows(" ".join([*FILLER, a]), " ".join([*FILLER, b]), PUBLISHED)
    return [r for r in rows if r.startswith("time.")]


def _day() -> TimeRef:
    return TimeRef(
        start=0,
        end=7,
        text="Tuesday",
        begin=PUBLISHED,
        end_date=PUBLISHED,
        granularity=Granularity.DAY,
        modifier="until",
    )


@pytest.mark.parametrize(
    ("after", "noun"),
    [
        ("'s District of Columbia primary", "primary"),
        ("'s Bank of Kaldor vote on rates", "vote"),
        ("'s Kaldor primary", "primary"),
        ("'s end of the primary count", ""),
        ("'s District of the primary", ""),
        ("'s Port of Lund City Council Hall vote", ""),
    ],
)
def test_a_link_inside_a_name_reaches_the_noun(after: str, noun: str) -> None:
    """The link "of" is passed only between two capitalised words, and the name's words
    still count against the gap (``HEAD_GAP``): a lower-case word before "of" or after it
    ends the search."""
    assert modified_noun("Tuesday" + after, 7, _day(), DEFAULT_LANGUAGE) == noun


_UNTIL = (
    "Senator Vale said she will stay in the race until next Tuesday's District of Columbia"
    " primary and then decide."
)


def test_a_bound_before_a_named_primary_dates_that_primary() -> None:
    other = "Vale vowed to press on to the District of Columbia primary next week, aides said."
    assert _time_rows(_UNTIL, other) == ["time.precision until next Tuesday / next week"]


def test_a_primary_of_another_state_is_no_pair() -> None:
    other = "Vale vowed to press on to the Maryland primary next week, aides said."
    assert not _time_rows(_UNTIL, other)


def test_a_link_between_lower_case_words_names_no_event() -> None:
    """In "until next Tuesday's end of the ... count" the date bounds the stay, no primary."""
    bound = (
        "Senator Vale said she will stay in the race until next Tuesday's end of the Columbia"
        " primary count."
    )
    other = "Vale vowed to press on to the District of Columbia primary next week, aides said."
    assert not _time_rows(bound, other)


def test_the_labelled_day_is_shown_as_the_events_day_not_a_bound() -> None:
    """The row shows "until next Tuesday" as the primary's day (2025-06-10), not "up to"
    it: the scope word bounds the stay, the date dates the primary."""
    other = "Vale vowed to press on to the District of Columbia primary next week, aides said."
    report = check(
        [
            Source(id="a", text=" ".join([*FILLER, _UNTIL]), published=PUBLISHED),
            Source(id="b", text=" ".join([*FILLER, other]), published=PUBLISHED),
        ]
    )
    values = {d.value_a for d in report.discrepancies} | {d.value_b for d in report.discrepancies}
    assert "2025-06-10" in values
    assert not any(v.startswith("up to") for v in values)
