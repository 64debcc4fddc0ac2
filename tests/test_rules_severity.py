"""Severity needs positive evidence of one measure of one event ([frame.lower_steps])."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from claimfactory import quoted_claim

from crosscheck import Source, check
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.model import Claim, ClaimPair, DiscrepancyKind, Quantity, Severity, Unit
from crosscheck.rules.base import compare_rules
from crosscheck.rules.severity_steps import doubtful_frame, frame_doubts, severity_of

PUBLISHED = date(2025, 3, 10)


def _killed(source: str, words: str, point: float, **frame: str) -> Claim:
    figure = words.split()[0]  # the figure alone; the claim adds its noun (not a bare figure)
    value = Quantity(
        start=0, end=len(figure), text=figure, unit=Unit.COUNT, point=point, low=point, high=point
    )
    return quoted_claim(
        source,
        words,
        value=value,
        subject="person",
        metric="killed",
        what="person",
        event="killed",
        **frame,
    )


def _severity(a: Claim, b: Claim) -> Severity:
    return severity_of(
        ClaimPair(a=a, b=b, score=100.0),
        DiscrepancyKind.NUMERIC_CONFLICT,
        None,
        None,
        lang=DEFAULT_LANGUAGE,
    )


def test_whole_frame_is_high() -> None:
    a, b = _killed("a", "24 people", 24), _killed("b", "22 people", 22)
    assert frame_doubts(a, b, DiscrepancyKind.NUMERIC_CONFLICT, DEFAULT_LANGUAGE) == 0
    assert _severity(a, b) is Severity.HIGH


def test_one_doubt_is_medium() -> None:
    a = _killed("a", "12 people", 12)
    b = _killed("b", "6 dead", 6, place="navy yard")
    assert not doubtful_frame(a, b, DiscrepancyKind.NUMERIC_CONFLICT, DEFAULT_LANGUAGE)
    assert _severity(a, b) is Severity.MEDIUM


def test_two_doubts_are_low() -> None:
    """ "six people" said of no place and no incident against "17 dead" at a named school."""
    a = _killed("a", "six people", 6)
    b = _killed("b", "17 dead", 17, place="lincoln high", incident="attack: school")
    assert frame_doubts(a, b, DiscrepancyKind.NUMERIC_CONFLICT, DEFAULT_LANGUAGE) == 2
    assert _severity(a, b) is Severity.LOW
    # the same place and incident on both sides: no doubt left
    assert _severity(replace(a, place=b.place, incident=b.incident), b) is Severity.HIGH


def test_every_reason_has_steps() -> None:
    steps = compare_rules(DEFAULT_LANGUAGE).lower_steps
    assert set(steps) == {
        "published_apart",
        "uncertain_frame",
        "doubtful_frame",
        "bare_figure",
        "older_part",
        "reported_assertion",
        "stale_headline",
        "rising_count",
    }
    assert all(n >= 1 for n in steps.values())


def _flagged(a: str, b: str, kind: str) -> set[str]:
    sources = [
        Source(id="a", text=a, published=PUBLISHED),
        Source(id="b", text=b, published=PUBLISHED),
    ]
    return {d.severity.value for d in check(sources).discrepancies if d.kind.value == kind}


@pytest.mark.parametrize(
    ("a", "b", "severity"),
    [
        # the asserting side is itself a report: both sides credit the figure, so no
        # certainty differs (not flagged at all; before the certainty rule knew that,
        # reported_assertion lowered it to low)
        (
            "The strike reportedly killed at least 14 people.",
            "A monitoring group said the airstrikes killed 14 people.",
            "",
        ),
        # the outlet asserts what the other hedges: stays at the kind's severity
        ("The strike reportedly killed 14 people.", "The strike killed 14 people.", "medium"),
    ],
)
def test_certainty_severity(a: str, b: str, severity: str) -> None:
    assert _flagged(a, b, "certainty") == ({severity} if severity else set())


def test_hedged_date_with_another_what_is_low() -> None:
    """A hedged date is no firm date to set against another ("probably since 1992")."""
    found = _flagged(
        "It would probably be our most divided election since 1992.",
        "The winner has been the nominee in every election since 1968.",
        "time.conflict",
    )
    assert found <= {"low"}


def test_body_figure_of_an_article_following_a_rising_toll_is_one_step_lower() -> None:
    """fp56 (8ce36a830e's shape): the lower side's own headline gives the same toll lower
    ("Toll rises to 130" above "left 141 people dead"): its article follows a rising
    count, so its body figure against another outlet's 145 of the same day is one step
    below a firm conflict, and said so; the headline's own row is the stale headline's."""
    sources = [
        Source(
            id="a",
            text="Toll rises to 130 in school attack\n\n"
            "The attack on the school left 141 people dead, officials said.",
            published=PUBLISHED,
        ),
        Source(
            id="b",
            text="The attack on the school killed 145 people, officials said.",
            published=PUBLISHED,
        ),
    ]
    rows = {(d.value_a, d.value_b): d for d in check(sources).discrepancies}
    body = rows[("= 141", "= 145")]
    assert body.severity is Severity.MEDIUM
    assert "a's own headline gives a lower count" in body.explanation
    assert "own headline gives a lower count" not in rows[("= 130", "= 145")].explanation
