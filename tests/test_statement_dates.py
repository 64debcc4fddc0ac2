"""Dates of statements told by a noun (crosscheck.match.statement_dates)."""

from __future__ import annotations

from datetime import date

from claimfactory import date_in_sentence
from filler import FILLER

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.statement_dates import beside_statement_noun
from tests.pairrows import pair_rows


def _beside(sentence: str, date_text: str) -> bool:
    return beside_statement_noun(
        date_in_sentence(sentence, date_text, metric="dated"), DEFAULT_LANGUAGE
    )


def test_a_noun_right_before_a_date_names_a_statement() -> None:
    assert _beside("Ruiz's announcement this spring surprised the council.", "this spring")
    assert _beside("The port said in a statement Tuesday that fees will fall.", "Tuesday")


def test_a_noun_right_after_a_date_names_a_statement() -> None:
    assert _beside("Tuesday's announcement surprised the council.", "Tuesday")
    assert _beside("A Monday statement from the port set new fees.", "Monday")


def test_a_noun_further_off_names_no_statement() -> None:
    assert not _beside("The announcement came after the vote on Tuesday.", "Tuesday")
    assert not _beside("The fee cut took effect this spring.", "this spring")


def _rows(a: list[str], b: list[str]) -> list[str]:
    return pair_rows(" ".join(a), " ".join(b), date(2025, 6, 10))


NOUN = (
    "Harbor chief Ana Ruiz's announcement this spring that the port will waive dredging "
    "fees for small boats angered shipping firms."
)


def test_a_statement_noun_s_date_pairs_with_the_announcement_s_date() -> None:
    told = (
        "The dredging fee waiver for small boats, announced by harbor chief Ana Ruiz on "
        "April 8, angered shipping firms."
    )
    rows = _rows([*FILLER, NOUN], [*FILLER, told])
    assert "time.precision this spring / on April 8" in rows


def test_a_statement_noun_s_date_pairs_with_a_clause_that_reports_the_statement() -> None:
    told = "Harbor chief Ana Ruiz announced the fee waiver in April, angering shipping firms."
    rows = _rows([*FILLER, NOUN], [*FILLER, told])
    assert "time.precision this spring / in April" in rows


def test_a_statement_noun_s_date_does_not_pair_with_the_act_it_speaks_of() -> None:
    acted = (
        "The port waived dredging fees for small boats in April, after harbor chief Ana Ruiz "
        "met shipping firms."
    )
    rows = _rows([*FILLER, NOUN], [*FILLER, acted])
    assert not [r for r in rows if "this spring" in r]
