"""A speech verb's gerund next to a date dates the statement, as its other forms do
(crosscheck.match.statement_dates; the `statement_verbs` of time.toml)."""

from __future__ import annotations

from datetime import date

from claimfactory import date_in_sentence
from filler import FILLER

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.statement_dates import is_statement_date
from tests.pairrows import pair_rows


def _statement(sentence: str, date_text: str) -> bool:
    return is_statement_date(
        date_in_sentence(sentence, date_text, metric="dated"), DEFAULT_LANGUAGE
    )


def test_a_gerund_right_after_a_date_dates_the_statement() -> None:
    assert _statement("Ana Ruiz sent a memo Monday saying the fee waiver is unlawful.", "Monday")
    assert _statement(
        "The harbor chief called the council on Tuesday, telling members the port would close.",
        "on Tuesday",
    )


def test_a_gerund_right_before_a_date_dates_the_statement() -> None:
    assert _statement(
        "Ruiz defended the waiver, saying in 2019 that small boats paid too much.", "in 2019"
    )


def test_a_gerund_further_off_dates_no_statement() -> None:
    assert not _statement(
        "Saying little, the port closed the dredging channel on Monday.", "on Monday"
    )


def _rows(a: list[str], b: list[str]) -> list[str]:
    return pair_rows(" ".join(a), " ".join(b), date(2025, 6, 10))


def test_one_memo_told_with_a_gerund_and_with_a_speech_verb_is_one_statement() -> None:
    memo = (
        "Harbor chief Ana Ruiz sent a memo Monday saying she doubts the legality of the "
        "dredging fee waiver for small boats."
    )
    said = (
        "Ruiz said around 5 p.m. Monday that she was not convinced about the legality of the "
        "dredging fee waiver for small boats."
    )
    rows = _rows([*FILLER, memo], [*FILLER, said])
    assert "time.precision Monday / around 5 p.m. Monday" in rows


def test_a_gerund_s_statement_date_does_not_pair_with_the_act_it_speaks_of() -> None:
    spoke = (
        "Harbor chief Ana Ruiz spoke to shipping firms on Tuesday, saying the port had "
        "waived dredging fees for small boats."
    )
    acted = (
        "The port waived dredging fees for small boats around 5 p.m. Monday, after harbor "
        "chief Ana Ruiz met the board."
    )
    rows = _rows([*FILLER, spoke], [*FILLER, acted])
    assert not [r for r in rows if "on Tuesday" in r]
