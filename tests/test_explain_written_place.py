"""A numeric row's place as the articles write it (place62, issue 12): "in the U.S.", "at the
Washington Navy Yard", never the reading's lower case ("in u.s.", "in washington navy yard"),
and no place at all when neither sentence writes it. Invented sentences of the shapes of
9197ad7465, 5cb6aa5170, 8d71d63946."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from crosscheck import Source, check
from crosscheck.model import Claim, Discrepancy
from crosscheck.rules.explain import frame_text

PUBLISHED = date(2025, 3, 10)

DEPOT = (
    "Besides the 13 people who were killed, eight people were injured in the shooting at the"
    " Seaside Naval Depot, the mayor said.",
    "Officials said 9 people were killed at the Seaside Naval Depot on Monday.",
)


def _rows(a: str, b: str) -> list[Discrepancy]:
    sources = [Source(id=i, text=t, published=PUBLISHED) for i, t in (("a", a), ("b", b))]
    return check(sources).discrepancies


def _claims() -> tuple[Claim, Claim]:
    """The two claims of the depot pair, as the pipeline reads them."""
    (row,) = _rows(*DEPOT)
    assert row.claim_a is not None and row.claim_b is not None
    return row.claim_a, row.claim_b


def test_a_place_both_give_is_printed_as_written_with_its_lead_words() -> None:
    (row,) = _rows(*DEPOT)
    assert "both count people (killed), at the Seaside Naval Depot," in row.explanation
    assert "seaside naval depot" not in row.explanation


def test_an_abbreviated_country_keeps_its_article_and_capitals() -> None:
    rows = _rows(
        "The pandemic has now infected more than 2,200 people in the U.S. and caused at least"
        " 50 deaths.",
        "Discovered in China in late December, the novel virus has infected 1,629 people in the"
        " U.S. and killed 41, according to officials.",
    )
    assert len(rows) == 2
    for row in rows:
        assert "), in the U.S.:" in row.explanation
        assert "u.s." not in row.explanation


def test_a_place_no_sentence_writes_is_left_out() -> None:
    # Must not: a headline's "Navy shooting" and a sentence without the place; the frame
    # names no place rather than the reading's lower case.
    a, b = _claims()
    a = replace(a, sentence="Reports: 13 dead, suspects sought in Navy shooting")
    b = replace(b, sentence="Officials said 9 people were killed on Monday.")
    assert a.place and b.place
    text = frame_text(a, b, "en")
    assert text.startswith("both count people (killed)")
    assert "easide" not in text and "navy" not in text.lower()


def test_a_place_written_only_in_lower_case_is_not_a_name() -> None:
    # Must not: "in nice weather" does not write the town of Nice.
    a, b = _claims()
    a = replace(a, place="nice", sentence="Thirteen people were killed in nice weather.")
    b = replace(b, place="nice", sentence="Nine people were killed in nice weather.")
    assert "nice" not in frame_text(a, b, "en").lower()
