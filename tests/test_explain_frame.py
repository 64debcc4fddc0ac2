"""The frame a figure row was matched on says what each side gives: a place or a period only
one side gives is said to be so (``rules.explain.frame_text``), never as if both gave it, and a
period that cannot be placed is left out."""

from __future__ import annotations

from datetime import date

from claimfactory import quoted_claim

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.model import Claim, Granularity, Quantity, TimeRef, Unit
from crosscheck.rules.explain import frame_text

ONE_SIDE = "(said by one side only)"


def _memos(source: str, words: str, point: float, time: TimeRef | None = None) -> Claim:
    figure = words.split()[0]
    value = Quantity(
        start=0, end=len(figure), text=figure, unit=Unit.COUNT, point=point, low=point, high=point
    )
    return quoted_claim(
        source, words, value=value, subject="memo", metric="", what="memo", time=time
    )


def _period(begin: date | None, end: date | None) -> TimeRef:
    return TimeRef(
        start=0,
        end=5,
        text="early this year",
        begin=begin,
        end_date=end,
        granularity=Granularity.MONTH,
        modifier="from",
    )


SPRING = _period(date(2017, 1, 1), date(2017, 4, 30))


def test_a_period_one_side_gives_is_said_to_be_so() -> None:
    dated = _memos("a", "9 memos written from January to April", 9, SPRING)
    bare = _memos("b", "7 memos", 7)
    for first, second in ((dated, bare), (bare, dated)):
        text = frame_text(first, second, DEFAULT_LANGUAGE)
        assert text == f"both count memos, from 2017-01..2017-04 {ONE_SIDE}"


def test_a_period_both_sides_give_is_said_plainly() -> None:
    a = _memos("a", "9 memos written from January to April", 9, SPRING)
    b = _memos("b", "7 memos written from January to April", 7, SPRING)
    assert frame_text(a, b, DEFAULT_LANGUAGE) == "both count memos, from 2017-01..2017-04"


def test_a_period_that_cannot_be_placed_is_left_out() -> None:
    a = _memos("a", "9 memos written on Tuesday", 9, _period(None, None))
    b = _memos("b", "7 memos", 7)
    assert frame_text(a, b, DEFAULT_LANGUAGE) == "both count memos"
    assert frame_text(b, a, DEFAULT_LANGUAGE) == "both count memos"
