"""Mutual best match of date descriptors (crosscheck.match.date_descriptors): a date of a
period wholly apart is no rival for a date's best match."""

from __future__ import annotations

from datetime import date

from filler import FILLER

from tests.pairrows import pair_rows

# A Wednesday: "over the weekend" is March 8-9, "on Saturday night" March 8, "on Tuesday"
# March 11, "last week" March 3-9.
DAY = date(2025, 3, 12)


def _rows(a: list[str], b: list[str]) -> list[str]:
    return pair_rows(" ".join([*FILLER, *a]), " ".join([*FILLER, *b]), DAY)


RALLY = (
    "One aide argued that the mayor's campaign rally at the harbor over the weekend had "
    "carried Ruiz to a narrow victory in the council runoff."
)
RUNOFF = "Ruiz won a narrow victory in the council runoff on Tuesday."
CAMPAIGNED = (
    "The mayor took credit for the victory of Ruiz after he campaigned for her at the harbor "
    "on Saturday night."
)


def test_a_date_of_another_moment_is_no_rival_for_the_best_match() -> None:
    # the weekend's clause tells of the runoff's victory too, and is liker Tuesday's clause
    # than Saturday's; but Tuesday is no day of the weekend: Saturday is its best match in time
    rows = _rows([RALLY], [RUNOFF, CAMPAIGNED])
    assert "time.precision over the weekend / on Saturday night" in rows


def test_the_rally_alone_pairs_as_before() -> None:
    rows = _rows([RALLY], [CAMPAIGNED])
    assert "time.precision over the weekend / on Saturday night" in rows


CHARGED = "Prosecutors charged Ana Ruiz with bribery in the harbor contracts case last week."
CHARGED_EARLIER = (
    "Prosecutors charged Ana Ruiz with bribery in the harbor contracts case on March 1."
)
QUESTIONED = "Police questioned Ana Ruiz about the harbor contracts case on Thursday."


def test_another_act_of_the_participant_in_the_period_stays_apart() -> None:
    # the charge's best match is the other outlet's charge, dated apart (a conflict, not a
    # precision pair); the questioning on a day of last week is another act of Ruiz's
    rows = _rows([CHARGED], [CHARGED_EARLIER, QUESTIONED])
    assert not [r for r in rows if r.startswith("time.precision last week")]
