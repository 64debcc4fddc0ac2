"""Comparison rules: figures and dates of the same subject -> the right kind, or nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from claimfactory import quoted_claim

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.model import Claim, ClaimPair, Granularity, Quantity, Source, TimeRef
from crosscheck.quantities import find_quantities
from crosscheck.rules import compare_pairs
from crosscheck.rules.explain import value_text
from crosscheck.rules.numeric import bound_met, rounds_to
from crosscheck.rules.time import time_rule


def _quantity(words: str) -> Quantity:
    found = find_quantities(words)
    assert len(found) == 1, f"expected one quantity in {words!r}, got {found}"
    return found[0]


def _claim(
    source: str, words: str, value: Quantity | None = None, time: TimeRef | None = None
) -> Claim:
    return quoted_claim(
        source,
        words,
        value=value,
        time=time,
        subject="political prisoner",
        metric="held",
        event_words=("lukashenko", "opposition") if value is None else (),
    )


@pytest.mark.parametrize(
    ("precise", "rounded", "agree"),
    [
        (1.375e9, 1.4e9, True),
        (13_625_777, 13.6e6, True),
        (3.6e9, 3.5e9, False),
        (1_200, 1_400, False),
        (1_349, 1_300, True),
        (1_351, 1_300, False),
        (55, 55, True),
        (1_400, 1_000, False),
    ],
)
def test_rounds_to(precise, rounded, agree):
    assert rounds_to(precise, rounded, lang=DEFAULT_LANGUAGE) is agree


@pytest.mark.parametrize(
    ("bound", "other", "met"),
    [
        ("nearly 60,000", "58,700", True),  # a bound the exact figure meets, cut at its step
        ("nearly 60,000", "nearly 59,000", False),  # beside it, "nearly 60,000" is 59,xxx
        ("nearly 60,000", "just under 59,000", False),
        ("almost $6 million", "nearly $5.9 million", False),
        ("up to 60,000", "nearly 59,000", True),  # a ceiling says nothing of how near
        ("more than 80,000", "more than 88,000", True),  # nor does "more than"
        ("more than 40", "at least 49", True),
        ("nearly 60,000", "more than 59,000", True),  # bounds on opposite sides
    ],
)
def test_bound_met_reads_two_near_bounds_at_the_finer_step(bound, other, met):
    assert bound_met(_quantity(bound), _quantity(other), DEFAULT_LANGUAGE) is met


def _time(
    text: str, begin: date, end: date, granularity: Granularity, modifier: str | None
) -> TimeRef:
    return TimeRef(
        start=0, end=len(text), text=text, begin=begin, end_date=end,
        granularity=granularity, modifier=modifier,
    )  # fmt: skip


MAY_2020 = _time("since May 2020", date(2020, 5, 1), date(2020, 5, 31), Granularity.MONTH, "since")
YEAR_2020 = _time("since 2020", date(2020, 1, 1), date(2020, 12, 31), Granularity.YEAR, "since")
JUNE_2020 = _time(
    "since June 2020", date(2020, 6, 1), date(2020, 6, 30), Granularity.MONTH, "since"
)
AUG_9 = _time("on August 9", date(2020, 8, 9), date(2020, 8, 9), Granularity.DAY, "on")
AUG_10 = _time("on August 10", date(2020, 8, 10), date(2020, 8, 10), Granularity.DAY, "on")
LABEL_2020 = _time("2020", date(2020, 1, 1), date(2020, 12, 31), Granularity.YEAR, None)


@pytest.mark.parametrize(
    ("a", "b", "expect"),
    [
        pytest.param(MAY_2020, YEAR_2020, "time.precision", id="since-may-2020-vs-since-2020"),
        pytest.param(MAY_2020, JUNE_2020, "time.conflict", id="since-may-vs-since-june"),
        pytest.param(AUG_9, AUG_10, "time.conflict", id="august-9-vs-august-10"),
        pytest.param(AUG_9, replace(AUG_9, text="on 9 August"), "none", id="same-day"),
        pytest.param(AUG_9, LABEL_2020, "none", id="year-label-is-not-a-claim-of-precision"),
    ],
)
def test_time_rule(a, b, expect):
    found = time_rule(_claim("x", a.text, time=a), _claim("y", b.text, time=b), DEFAULT_LANGUAGE)
    assert (found.kind.value if found else "none") == expect


def test_time_conflict_needs_the_same_participants():
    a = _claim("x", AUG_9.text, time=AUG_9)
    b = replace(_claim("y", AUG_10.text, time=AUG_10), event_words=("netherlands", "opposition"))
    assert (
        time_rule(a, b, DEFAULT_LANGUAGE) is None
    )  # one shared word: two events of one class, not one
    assert (
        time_rule(a, replace(b, event_words=("opposition", "lukashenko")), DEFAULT_LANGUAGE)
        is not None
    )


def test_explanation_quotes_both_and_gives_publication_gap():
    a = _claim("un", "over 1,200 political prisoners", _quantity("over 1,200"))
    b = _claim("ngo", "nearly 1,400 political prisoners", _quantity("nearly 1,400"))
    sources = {
        "un": Source(id="un", text="", published=date(2025, 1, 31)),
        "ngo": Source(id="ngo", text="", published=date(2024, 8, 20)),
    }
    [d] = compare_pairs([ClaimPair(a=a, b=b, score=100.0)], sources, lang=DEFAULT_LANGUAGE)
    assert d.kind.value == "numeric.divergence"
    assert "“over 1,200 political prisoners”" in d.explanation
    assert "“nearly 1,400 political prisoners”" in d.explanation
    assert "more than 1,200" in d.explanation and "a little under 1,400" in d.explanation
    assert "5 months apart" in d.explanation
    assert d.value_a == "> 1200"


def test_ids_are_stable_and_order_free():
    a = _claim("un", "over 1,200", _quantity("over 1,200"))
    b = _claim("ngo", "nearly 1,400", _quantity("nearly 1,400"))
    sources = {"un": Source(id="un", text=""), "ngo": Source(id="ngo", text="")}
    [d1] = compare_pairs([ClaimPair(a=a, b=b, score=100.0)], sources, lang=DEFAULT_LANGUAGE)
    moved = replace(a, start=500, end=510, sentence_start=480)
    [d2] = compare_pairs([ClaimPair(a=moved, b=b, score=100.0)], sources, lang=DEFAULT_LANGUAGE)
    assert d1.id == d2.id  # an edit elsewhere in the article moves the claim, not its id
    [d4] = compare_pairs(
        [ClaimPair(a=replace(a, source="new"), b=b, score=100.0)], sources, lang=DEFAULT_LANGUAGE
    )
    assert d4.id == d1.id  # a new source saying the same does not change the row
    other = replace(b, text="nearly 1,500")
    [d3] = compare_pairs(
        [ClaimPair(a=a, b=replace(other, value=_quantity("nearly 1,500")), score=100.0)],
        sources,
        lang=DEFAULT_LANGUAGE,
    )
    assert d3.id != d1.id


def test_value_text_for_periods():
    assert value_text(_claim("x", "since May 2020", time=MAY_2020), "en") == "2020-05 onwards"
    assert value_text(_claim("x", "2020", time=LABEL_2020), "en") == "2020"


def test_value_text_of_a_time_just_past_a_clock_time_is_its_day() -> None:
    """A time "just after midnight on Tuesday" is a moment of that day, not a span's start;
    a bare "after 5 p.m." still reads as one."""
    day = date(2018, 3, 20)
    near = _time("just after midnight on Tuesday", day, day, Granularity.MINUTE, "after")
    bare = _time("after 5 p.m. on Tuesday", day, day, Granularity.HOUR, "after")
    assert value_text(_claim("x", near.text, time=near), "en") == "2018-03-20"
    assert value_text(_claim("x", bare.text, time=bare), "en") == "2018-03-20 onwards"


def test_explanation_names_at_most_five_other_sources():
    a = _claim("a0", "over 1,200", _quantity("over 1,200"))
    others = tuple(replace(a, source=f"a{n}") for n in range(1, 40))
    b = _claim("b", "nearly 1,400", _quantity("nearly 1,400"))
    sources = {"a0": Source(id="a0", text=""), "b": Source(id="b", text="")}
    [d] = compare_pairs(
        [ClaimPair(a=a, b=b, score=100.0, also_a=others)], sources, lang=DEFAULT_LANGUAGE
    )
    assert "a1, a10, a11, a12, a13 and 34 more also say" in d.explanation
    assert len(d.explanation) < 1000
    assert len(d.details) == 39  # every other source is still listed in the details
