"""benchmarks.realnews.score: a row matches gold words that are longer than its claim only at
the very place those words stand (the README's "shortest words" rule, kept to positions)."""

from __future__ import annotations

from rowfactory import mention, row

from benchmarks.realnews.score import gold_matches, must_not_matches
from crosscheck.expectations import Expectation
from crosscheck.model import Discrepancy, DiscrepancyKind, Mention, Severity

TEXT_A = "In a tweet issued Monday night, the senator said so. On Monday night she slept."
TEXT_B = "The tweet was posted on July 18, 2017."
TEXTS = {"a": TEXT_A, "b": TEXT_B}


def _mention(source: str, words: str, nth: int = 0) -> Mention:
    text = TEXTS[source]
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return mention(source, words, start=start, sentence=text)


def _row(a: Mention, b: Mention) -> Discrepancy:
    return row(
        a,
        b,
        id="time-x",
        kind=DiscrepancyKind.TIME_CONFLICT,
        severity=Severity.MEDIUM,
        subject="tweet",
        metric="stated",
    )


def _gold(first: str, second: str = "July 18, 2017") -> Expectation:
    return Expectation(id="g", must_flag=True, claims=(first, second), sources=("a", "b"))


def test_a_claim_inside_the_gold_words_at_their_place_matches() -> None:
    row = _row(_mention("a", "Monday night"), _mention("b", "July 18, 2017"))
    assert gold_matches(_gold("In a tweet issued Monday night"), row, TEXTS)
    # either order of the sides, and case and spacing as the expectations rule folds them
    assert gold_matches(_gold("july 18,  2017", "in a TWEET issued Monday night"), row, TEXTS)


def test_the_same_words_elsewhere_in_the_source_do_not_match() -> None:
    # the second "Monday night" is not inside "In a tweet issued Monday night"
    row = _row(_mention("a", "Monday night", nth=1), _mention("b", "July 18, 2017"))
    assert not gold_matches(_gold("In a tweet issued Monday night"), row, TEXTS)
    # but the gold's own shortest words match it, as before
    assert gold_matches(_gold("Monday night"), row, TEXTS)


def test_gold_words_not_holding_the_claim_do_not_match() -> None:
    row = _row(_mention("a", "Monday night"), _mention("b", "July 18, 2017"))
    assert not gold_matches(_gold("In a tweet issued"), row, TEXTS)
    assert not gold_matches(_gold("In a tweet issued Monday night", "July 19, 2017"), row, TEXTS)


def test_a_side_of_another_source_does_not_match() -> None:
    row = _row(_mention("a", "Monday night"), _mention("b", "July 18, 2017"))
    gold = Expectation(
        id="g",
        must_flag=True,
        claims=("In a tweet issued Monday night", "July 18, 2017"),
        sources=("c", "b"),
    )
    assert not gold_matches(gold, row, TEXTS)


def _must_not(kind: DiscrepancyKind | None) -> Expectation:
    return Expectation(
        id="m",
        must_flag=False,
        claims=("Monday night", "July 18, 2017"),
        sources=("a", "b"),
        kind=kind,
    )


def test_a_must_not_with_a_kind_is_tripped_only_by_rows_of_that_kind() -> None:
    row = _row(_mention("a", "Monday night"), _mention("b", "July 18, 2017"))  # a time.conflict
    assert must_not_matches(_must_not(None), row, TEXTS)
    assert must_not_matches(_must_not(DiscrepancyKind.TIME_CONFLICT), row, TEXTS)
    assert not must_not_matches(_must_not(DiscrepancyKind.NAME_VARIANT), row, TEXTS)
