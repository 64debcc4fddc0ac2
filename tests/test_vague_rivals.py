"""match.vague_pairs: a vague count beside the exact total of its noun, when the other
figures of the noun are parts of that total, and when only one side is dated."""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks.realnews.diagnose import story_of
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.vague_pairs import vague_gate
from crosscheck.model import Source

PUBLISHED = date(2025, 3, 10)


def _gates(texts: list[str], vague: str, exact: str) -> list[str]:
    story = story_of([Source(id=f"s{i}", text=t, published=PUBLISHED) for i, t in enumerate(texts)])
    vs = [c for c in story.claims if c.text == vague]
    es = [c for c in story.claims if c.text == exact]
    assert vs and es
    return [vague_gate(v, e, story.claims, DEFAULT_LANGUAGE) for v in vs for e in es]


@pytest.mark.parametrize(
    ("texts", "vague", "exact"),
    [
        # a part ("four of them") and a modified noun ("four classified reports") smaller than
        # the total of the noun do not compete with it; the vague side's own date is no bar
        (
            [
                "There are several reports from early January to April of 2024.",
                "The agency wrote seven reports, and four of them were classified. "
                "Two of the four classified reports are secret.",
            ],
            "several reports",
            "seven reports",
        ),
        # a vague count dated by another clause ("on Thursday") beside a bare total
        (
            [
                "Hundreds of petitions were debated in the chamber on Thursday.",
                "Of more than 550 petitions filed, only a dozen were read.",
            ],
            "Hundreds of petitions",
            "more than 550 petitions",
        ),
    ],
)
def test_paired(texts: list[str], vague: str, exact: str) -> None:
    assert _gates(texts, vague, exact) == [""]


@pytest.mark.parametrize(
    ("texts", "vague", "exact", "gate"),
    [
        # two totals of the noun that differ: no one figure to compare with
        (
            [
                "There are several reports from that spring.",
                "The agency wrote seven reports.",
                "The auditor counted nine reports.",
            ],
            "several reports",
            "seven reports",
            "rivals_differ",
        ),
        # a modified noun larger than the total is no part of it: it competes
        (
            [
                "There are several reports from that spring.",
                "The agency wrote seven reports. It found twelve classified reports.",
            ],
            "several reports",
            "seven reports",
            "rivals_differ",
        ),
        # the dated exact side counts those who did something (another group)
        (
            [
                "Several members of the panel changed their stance.",
                "As of Tuesday afternoon, seven members had signed on.",
            ],
            "Several members",
            "seven members",
            "dated",
        ),
        # the undated exact side names a place of its own (another candidate's wins)
        (
            [
                "She is poised to take a handful of wins this weekend.",
                "He came away with two wins in Ohio.",
            ],
            "a handful of wins",
            "two wins",
            "dated",
        ),
        # a small vague count beside the size of a whole set: a part of it
        (
            [
                "Several justices questioned the lawyer on Monday.",
                "The nine justices are split.",
            ],
            "Several justices",
            "nine justices",
            "dated",
        ),
        # a vague count beside the children still in hospital: another measure
        (
            [
                "Dozens of children were at the fair on Monday.",
                "Officials said 28 children remained hospitalized.",
            ],
            "Dozens of children",
            "28 children",
            "dated",
        ),
    ],
)
def test_not_paired(texts: list[str], vague: str, exact: str, gate: str) -> None:
    assert _gates(texts, vague, exact) == [gate]
