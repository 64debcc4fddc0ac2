"""Ordinals compared (nord38): the rank of the story's own occasion ("It's the fifth debate" /
"in the fourth debate" last night, ``claims/frame_occasions.py``) and a named person's finish
("Kasich finished third", ``claims/frame_finishes.py``). The pair cases are the ``ranks-*`` and
``finish-*`` cases of ``tests/cases/frames/pairs.toml``; here, the frame each reading gives, and
a known limit."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck import Source, check
from crosscheck.claims.frame_finishes import FINISH
from crosscheck.claims.frame_occasions import RANKED_OCCASION


def _ordinals(text: str, published: date = date(2025, 3, 10)) -> list[tuple[str, str, str]]:
    found = check([Source(id="a", text=text, published=published)]).claims
    return [(c.text, c.what, c.event) for c in found if c.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It's the fifth debate, and voters are tired.", ("fifth debate", "debate")),
        ("Voters are tired; this is the sixth summit.", ("sixth summit", "summit")),
        (
            "Last night, ten candidates met in Dayton in the fourth Democratic debate.",
            ("fourth Democratic debate", "debate"),
        ),
    ],
)
def test_the_rank_of_the_story_occasion_is_read(text: str, expected: tuple[str, str]) -> None:
    assert (*expected, RANKED_OCCASION) in _ordinals(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's the first debate where the senator spoke last.",  # a record, not a rank
        "Polls since the second debate on March 2 show little change.",  # another day's debate
        "Last week, ten candidates met in the fourth debate.",  # no day: a week
        "On March 1, the candidates met in the fourth debate.",  # a day too long ago
        "Last night, they met in the fourth debate after the third debate on March 1.",  # two times
        "It's the second time this week the bill has stalled.",  # no series of occasions
        "He said it's the third round of talks.",  # the copula opens no clause
        "Last night, they met in the second quarter of the game.",  # no series of occasions
    ],
)
def test_other_ordinals_keep_no_occasion(text: str) -> None:
    assert all(event != RANKED_OCCASION for _, _, event in _ordinals(text))


@pytest.mark.xfail(
    strict=True,
    reason="known limit: the sentence's day may date another act than the occasion's",
)
def test_a_day_of_another_act_does_not_rank_the_occasion() -> None:
    sources = [
        Source(
            id="a", text="It's the fifth debate, and voters are tired.", published=date(2025, 3, 10)
        ),
        Source(
            id="b",
            text="Yesterday the candidates recalled what they said in the fourth debate.",
            published=date(2025, 3, 10),
        ),
    ]
    assert not check(sources).discrepancies


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Voss finished third, behind Pell.", "voss"),
        ("John Voss came in a distant second to Pell.", "voss"),
        ("Former HP CEO Carly Voss placed seventh.", "voss"),
        ("Gov. Chris Voss of New Jersey finished sixth.", ""),  # a place before the verb
        ("Brown and Ann Pell finished in first and second place, respectively.", ""),
        ("Voss was the second speaker.", ""),  # no verb of finishing
    ],
)
def test_the_owner_of_a_finish(text: str, owner: str) -> None:
    found = check([Source(id="a", text=text, published=date(2025, 3, 10))]).claims
    owners = {c.actor for c in found if c.kind == "ordinal" and c.event == FINISH}
    assert owners == ({owner} if owner else set())
