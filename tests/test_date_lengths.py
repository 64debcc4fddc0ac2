"""A date a length of time or an age took as its period is still listed as a date claim
(``dates.keyed_only``, ``_lengths_only``): "The hearings start Tuesday and are scheduled to
last three days" reads the date, with the metric "dated" and no frame, for its event key; a
date a count also took stays the count's period alone, and a date read after a length of
time ("two days after the shooting") never dates the event the length is counted from."""

from __future__ import annotations

from datetime import date

import pytest
from claimfactory import sentence_claims, sentence_dates
from filler import FILLER

from crosscheck.claims.dates import DATE_KIND, DATED
from crosscheck.model import Claim
from tests.pairrows import pair_rows

PUBLISHED = date(2025, 6, 7)


def _claims(sentence: str) -> tuple[Claim, ...]:
    return sentence_claims(sentence, PUBLISHED)


def _dates(sentence: str) -> list[Claim]:
    return sentence_dates(sentence, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # an event key with no names: the length would have swallowed the date
        ("The hearings start Tuesday and are scheduled to last three days.", "Tuesday"),
        ("The mayor surrendered last Friday and agreed to talks for three weeks.", "last Friday"),
        # names with no event key
        ("During the 70-minute session Wednesday, the mayor praised the dockers.", "Wednesday"),
        # an age is no event either
        ("Vance, 46, had been harbor master since December 2017.", "since December 2017"),
        ("Her 32-year-old sister told reporters on Tuesday that she was well.", "on Tuesday"),
    ],
)
def test_date_a_length_took_is_listed(sentence: str, words: str) -> None:
    dates = _dates(sentence)
    assert [c.text for c in dates] == [words]
    listed = dates[0]
    assert (listed.metric, listed.what, listed.event) == (DATED, "", "")


def test_the_length_keeps_its_period() -> None:
    claims = _claims("The hearings start Tuesday and are scheduled to last three days.")
    length = next(c for c in claims if c.kind != DATE_KIND)
    assert length.time is not None and length.time.text == "Tuesday"


@pytest.mark.parametrize(
    "sentence",
    [
        "It grew 3 percent in 2016 after a two-year slump.",  # the count's period, a length by
        "It grew 3 percent over two quarters in 2016.",  # the count's period
    ],
)
def test_date_a_count_took_is_not_listed(sentence: str) -> None:
    assert _dates(sentence) == []


def _time_rows(a: str, b: str) -> list[str]:
    rows = pair_rows(" ".join([*FILLER, a]), " ".join([*FILLER, b]), PUBLISHED)
    return [r for r in rows if r.startswith("time.")]


def test_a_date_counted_from_another_event_is_not_that_events_date() -> None:
    """ "The march began on Saturday, two days after the shooting": Saturday dates the
    march; it must not pair with the other source's day of the shooting."""
    march = "The march began on Saturday, two days after the shooting of Omar Vance."
    shooting = "Omar Vance was shot on Thursday near the harbor."
    assert _time_rows(march, shooting) == []


def test_a_days_noun_counted_from_another_shooting_is_not_its_date() -> None:
    """ "Thursday's shooting came days after police shot a man in Lisbon": Thursday is not
    the Lisbon shooting's day."""
    here = "Omar Vance's shooting on Thursday came just days after police shot a man in Lisbon."
    there = "Police shot a man in Lisbon on Monday."
    assert _time_rows(here, there) == []
