"""Lede dates (crosscheck/lede_dates.py): which sentences are an article's lede, and when two
ledes' dates of a weak predicate date one event."""

from __future__ import annotations

from datetime import date

from crosscheck.check import prepare_and_extract
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.lede_dates import LedeMatch, lede_same_event, lede_spans
from crosscheck.model import Claim, Source

PUBLISHED = date(2025, 3, 10)


def _ledes(text: str) -> list[str]:
    return [text[a:b] for a, b in lede_spans(text)]


def test_the_headline_line_is_no_lede() -> None:
    text = (
        "Senator forced into runoff\n\n"
        "Senator Marta Reyes was forced into a runoff after no candidate won half of the vote. "
        "Her campaign said it would announce a new schedule of rallies across the state soon. "
        "Turnout was low."
    )
    assert _ledes(text) == [
        "Senator Marta Reyes was forced into a runoff after no candidate won half of the vote.",
        "Her campaign said it would announce a new schedule of rallies across the state soon.",
    ]


def test_a_text_without_a_headline_leads_with_its_first_sentence() -> None:
    text = "Senator Marta Reyes was forced into a runoff after no candidate won half of the vote."
    assert _ledes(text) == [text]


def test_short_lines_and_bylines_are_no_lede() -> None:
    text = (
        "Runoff looms\n\nBy Jane Doe\n\nStaff writer\n\n"
        "Senator Marta Reyes was forced into a runoff after no candidate won half of the vote."
    )
    assert _ledes(text) == [
        "Senator Marta Reyes was forced into a runoff after no candidate won half of the vote."
    ]


def _date(text: str) -> tuple[Source, Claim]:
    source = Source(id=str(abs(hash(text))), text=text, published=PUBLISHED)
    claims = [c for c in prepare_and_extract(source).claims if c.kind == "date"]
    assert len(claims) == 1, claims
    return source, claims[0]


def test_two_lede_dates_of_a_weak_predicate_and_one_name() -> None:
    sa, a = _date(
        "Runoff\n\nSix-term Senator Marta Reyes was forced into a runoff after no candidate "
        "cleared half of the ballots cast in Thursday's primary."
    )
    sb, b = _date(
        "Runoff\n\nBackers of the six-term senator are weighing whether to keep spending on "
        "an incumbent who fell short of a majority in last week's primary."
    )
    assert lede_same_event(a, b, DEFAULT_LANGUAGE)
    assert LedeMatch.of([sa, sb], DEFAULT_LANGUAGE).widens(a, b)
    assert not LedeMatch.of([sa], DEFAULT_LANGUAGE).widens(a, b)  # no article: no lede known


def test_disjoint_lede_dates_are_not_widened() -> None:
    _, a = _date(
        "Runoff\n\nSix-term Senator Marta Reyes was forced into a runoff after no candidate "
        "cleared half of the ballots cast in Thursday's primary."
    )
    _, b = _date(
        "Runoff\n\nBackers of the six-term senator are weighing whether to keep spending on "
        "an incumbent who fell short of a majority in Wednesday's primary."
    )
    assert not lede_same_event(a, b, DEFAULT_LANGUAGE)
