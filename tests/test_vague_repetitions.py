"""Vague counts against exact ones where the vague path does not reach (vague34, measured,
no rule kept): counts of times ("multiple times" / "at least four times": "time" is a vague
what), nouns whose modifiers are synonyms ("scores of business leaders" / "nearly 200
corporate leaders"). The must-flag cases are expected failures; the must-not cases guard the
traps any such rule must keep out (a ratio or rate of "times", a quoted witness's count, a
part of a toll under another noun, a vague count beside its own sentence's exact figure)."""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks.realnews.diagnose import story_of
from crosscheck.model import DiscrepancyKind, Source

PUBLISHED = date(2025, 3, 10)


def _flagged(texts: list[str], vague: str, exact: str) -> bool:
    story = story_of([Source(id=f"s{i}", text=t, published=PUBLISHED) for i, t in enumerate(texts)])
    assert any(c.text == vague for c in story.claims)
    assert any(c.text == exact for c in story.claims)
    return any(
        {d.a.text, d.b.text} == {vague, exact}
        for d in story.compared.figures
        if d.kind is DiscrepancyKind.NUMERIC_PRECISION
    )


@pytest.mark.xfail(strict=True, reason="vague34: no rule kept for these classes")
@pytest.mark.parametrize(
    ("texts", "vague", "exact"),
    [
        # one act counted loosely and exactly, in the outlets' own voice
        (
            [
                "Regulators found that the mill dumped dye into the canal multiple times in "
                "the last year, according to an inspection summary released Monday.",
                "The inspection summary said the mill dumped dye into the canal at least "
                "four times over the past year.",
            ],
            "multiple times",
            "at least four times",
        ),
        # one group under synonymous modifiers
        (
            [
                "The tariff plan was opposed by unions, farm groups and scores of business "
                "leaders from the region.",
                "Nearly 150 corporate leaders from the region signed a letter opposing the "
                "tariff plan.",
            ],
            "scores of business leaders",
            "Nearly 150 corporate leaders",
        ),
    ],
)
def test_vague_count_flagged(texts: list[str], vague: str, exact: str) -> None:
    assert _flagged(texts, vague, exact)


@pytest.mark.parametrize(
    ("texts", "vague", "exact"),
    [
        # a rate ("a few times a day") beside a ratio ("0.74 times as likely")
        (
            [
                "Members who check the forum a few times a day were less likely to post "
                "their views at the meeting.",
                "Members who check the forum were only 0.74 times as likely to post their "
                "views at the meeting.",
            ],
            "a few times",
            "0.74 times",
        ),
        # a quoted onlooker's count of the act an outlet counts loosely
        (
            [
                "At the forum on Tuesday, the mayor stumbled and repeated the same slogan "
                "several times about the harbor budget.",
                "\u201cThe mayor got asked about the harbor budget and repeated the same "
                "slogan three times!\u201d one council member said of the forum on Tuesday.",
            ],
            "several times",
            "three times",
        ),
        # a vague count of a part of a toll under another noun
        (
            [
                "Tens of thousands of miners were killed in the collapse of the valley "
                "dams, historians say.",
                "The collapse of the valley dams killed 60,000 people, historians say.",
            ],
            "Tens of thousands of miners",
            "60,000 people",
        ),
        # the vague count's own sentence gives the exact figure of the larger set
        (
            [
                "The audit says the treasurer misled the board on at least four separate "
                "occasions, denying several times that he knew of the transfers.",
                "The audit found the treasurer misled the board under oath three times about "
                "the transfers.",
            ],
            "several times",
            "three times",
        ),
    ],
)
def test_vague_count_not_flagged(texts: list[str], vague: str, exact: str) -> None:
    assert not _flagged(texts, vague, exact)
