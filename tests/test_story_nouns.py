"""A nameless date of an event noun ("Tuesday's bombing was ...") pairs by the noun's stem
(crosscheck.match.one_event._story_noun)."""

from __future__ import annotations

from datetime import date

from filler import FILLER

from tests.pairrows import pair_rows


def _rows(a: str, b: str) -> list[str]:
    return pair_rows(" ".join([*FILLER, a]), " ".join([*FILLER, b]), date(2025, 3, 10))


KILLED = "Ships left the Harwick harbor after a bombing that killed a dozen dockworkers last week."


def test_a_day_s_event_noun_pairs_with_a_coarser_date_of_its_stem() -> None:
    rows = _rows("Tuesday's bombing was the first since 2019.", KILLED)
    assert "time.precision Tuesday / last week" in rows


def test_a_week_s_event_noun_names_no_one_event() -> None:
    rows = _rows(
        "Last week's convention was the first since 2019.",
        "Delegates said the Harwick convention wraps up on Tuesday night.",
    )
    assert not [r for r in rows if "Last week" in r]


def test_a_date_with_a_scope_word_names_no_event_noun() -> None:
    rows = _rows("The report was the last before Tuesday's bombing.", KILLED)
    assert not [r for r in rows if "last week" in r]


def test_a_day_s_event_noun_of_another_stem_stays_apart() -> None:
    rows = _rows("Tuesday's shooting was the first since 2019.", KILLED)
    assert not [r for r in rows if "last week" in r]
