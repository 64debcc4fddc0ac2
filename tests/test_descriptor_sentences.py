"""Date descriptors read a date's clause, not its whole sentence (crosscheck.match.
date_descriptors): words a sentence shares outside the dates' clauses tell a topic of two
acts more often than one act told twice (tdesc33 measured both ways over the non-draw
stories). The must-nots are pairs of that kind (the retirements pair when the shared-stems
gate counts the sentences' words); the known misses (strict xfail) are one-event pairs the
clause reading loses."""

from __future__ import annotations

from datetime import date

import pytest
from filler import FILLER

from tests.pairrows import pair_rows

# A Wednesday: "last week" is October 6-12, "next week" October 20-26, "next Tuesday"
# October 21, "this fall" September 22 - December 20, "on Sunday" October 12.
DAY = date(2025, 10, 15)


def _time_rows(a: list[str], b: list[str]) -> list[str]:
    rows = pair_rows(" ".join([*FILLER, *a]), " ".join([*FILLER, *b]), DAY)
    return [r for r in rows if r.startswith("time.")]


def test_two_retirements_sharing_a_sentence_with_one_name_stay_apart() -> None:
    # Silva retires this year; the other sentence's "this fall" dates Ruiz's retirement, and
    # names Silva only as the speaker of a warning: one word of the act and one name shared
    rows = _time_rows(
        ['"The harder task now is keeping the majority," said Silva, who is retiring this year.'],
        [
            "Ana Ruiz of Porto is retiring at the end of the session this fall, and Silva "
            "warned that the majority was at risk."
        ],
    )
    assert rows == []


def test_an_interview_and_a_budget_push_sharing_sentence_words_stay_apart() -> None:
    # the quotation shares the budget and the pushing, the clauses Ruiz alone; the date
    # dates the interview, not the budget's passage
    rows = _time_rows(
        [
            '"If they push the harbor budget through without hearing the unions, I am not '
            'voting yes," Ruiz told the Gazette on Sunday.'
        ],
        [
            "Council leaders have been pushing to get the harbor budget of Mayor Ruiz "
            "through this fall, before the runoff, brushing off the unions."
        ],
    )
    assert rows == []


def test_a_return_told_with_its_aside_pairs() -> None:
    # one return, the second clause's subject behind an aside: paired on main, kept
    rows = _time_rows(
        [
            "Dr. Ana Ruiz came back to Portugal last week after treating cholera patients in "
            "Angola, where she worked for the Red Cross."
        ],
        [
            "The doctor, Ana Ruiz, a member of the Red Cross who had been working in Angola, "
            "returned six days ago and reported Thursday morning coming down with a fever."
        ],
    )
    assert "time.precision last week / six days ago" in rows


@pytest.mark.xfail(
    strict=True,
    reason="the places stand outside the clause of 'next Tuesday' ('... by around 40 points, "
    "and in Faro and Braga on the same day'); a second reading of unpaired dates by their "
    "sentences pairs it, but also flagged a blind must-not (tdesc33)",
)
def test_one_day_of_primaries_told_by_its_places_pairs() -> None:
    rows = _time_rows(
        [
            "Porto, Faro and Braga will hold council primaries next week, and the former "
            "mayor is heavily favored in all."
        ],
        [
            "It is because today's wins will likely be followed by Ruiz beating Silva in Porto "
            "next Tuesday by around 40 points, and in Faro and Braga on the same day."
        ],
    )
    assert "time.precision next week / next Tuesday" in rows


@pytest.mark.xfail(
    strict=True,
    reason="the straw poll stands in the date's own ', when ...' clause, cut from its "
    "descriptor (tdesc23 measured keeping it: a gold row lost)",
)
def test_a_peak_told_by_its_when_clause_pairs() -> None:
    rows = _time_rows(
        [
            "Ruiz's run for mayor reached its peak in June 2025, when she beat a slate of "
            "rivals to win the harbor straw poll in Porto."
        ],
        [
            "Ruiz made an early splash in the race by winning the Porto harbor straw poll in "
            "the summer of 2025."
        ],
    )
    assert any(r.startswith("time.precision") and "June 2025" in r for r in rows)
