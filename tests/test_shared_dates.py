"""Both outlets of a date pair write one finer date (crosscheck/match/shared_dates.py): the
pair is explained when each article writes out that day, told with other event words; it
stays a row when only one outlet writes the day, or the shared day is outside the pair."""

from __future__ import annotations

from datetime import date

from crosscheck import Source, check
from crosscheck.model import DiscrepancyKind

PUBLISHED = date(2025, 6, 7)

_FINER = (
    "In early October of last year, a gunman opened fire on the crowd at the Harbor Days "
    "fair. The city has sued the fair's owners over the deadly Oct. 1 incident."
)
_COARSE = "The fair's owners blamed the city for last October's shooting at the Harbor Days fair."


def _precision_rows(texts: dict[str, str]) -> list[tuple[str, str]]:
    """(value of a, value of b) of each time.precision row of the invented articles."""
    sources = [Source(id=k, text=v, published=PUBLISHED) for k, v in texts.items()]
    return [
        (d.value_a, d.value_b)
        for d in check(sources).discrepancies
        if d.kind is DiscrepancyKind.TIME_PRECISION
    ]


def test_both_outlets_giving_the_day_in_other_words_explain_the_pair() -> None:
    """b's "last October's shooting" is a shorthand: b writes "Oct. 1" of the massacre, and
    a writes "Oct. 1" of the incident; neither outlet lacks the day."""
    coarse = _COARSE + " The massacre happened on the night of Oct. 1, police said."
    assert _precision_rows({"a": _FINER, "b": coarse}) == []


def test_the_pair_stays_when_the_coarser_outlet_never_gives_the_day() -> None:
    assert _precision_rows({"a": _FINER, "b": _COARSE}) == [("2024-10-01..2024-10-10", "2024-10")]


def test_a_day_both_outlets_give_outside_the_finer_period_explains_nothing() -> None:
    """Both write "April 2" (a council meeting): a day outside b's "April 9" does not tell
    that a dates the firing to the day."""
    texts = {
        "a": "Mayor Ortiz fired police chief Dana Kell in April, the council said. "
        "The council met on April 2 to hear the audit.",
        "b": "Mayor Ortiz fired police chief Dana Kell on April 9, the council said. "
        "The council met on April 2.",
    }
    assert _precision_rows(texts) == [("2025-04", "2025-04-09")]


def test_a_yearless_day_of_the_articles_own_year_is_not_read_in_the_pairs_year() -> None:
    """Both write "by June 30" (of 2025): it is no day of the 2003 death."""
    texts = {
        "a": "Kell died in 2003, his family said. The estate will be sold by June 30.",
        "b": "Kell died in June 2003, his family said. The estate will be sold by June 30.",
    }
    assert _precision_rows(texts) == [("2003", "2003-06")]


def test_an_outlet_that_writes_the_finer_date_too_is_left_out_of_the_coarser_side() -> None:
    """b writes "in 2024" and, of the dismissal, "April 2024", as c does besides its own
    date: only a never gives the month, so the row's coarser side is a alone."""
    texts = {
        "a": "Mayor Ortiz fired police chief Dana Kell in 2024, the council said.",
        "b": "Mayor Ortiz fired police chief Dana Kell in 2024, the council said. "
        "The dismissal came in April 2024 after an audit.",
        "c": "Mayor Ortiz fired police chief Dana Kell in April 2024, the council said. "
        "The audit had come out in April 2024 too.",
    }
    sources = [Source(id=k, text=v, published=PUBLISHED) for k, v in texts.items()]
    rows = [
        (d.a.source, d.b.source, d.details)
        for d in check(sources).discrepancies
        if d.kind is DiscrepancyKind.TIME_PRECISION
    ]
    assert rows == [("a", "c", ())]
