"""The place a figure holds in is a place (place51, ``claims/frame_places.py``): a capitalised
run after "in"/"at" that ends in an owner's possessive or holds only people's adjectives names
no place, and is still the nearest name (no farther place is taken for it)."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck import Source, check
from tests.claimfactory import figure_place

_DAY = date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # an owner's possessive names no place
        ("In Trump's view, 40,000 people marched.", "40,000", ""),
        ("In Trump\u2019s view, 40,000 people marched.", "40,000", ""),
        ("The shutdown, in Obama's words, cost 800,000 workers their pay.", "800,000", ""),
        # a listed place's possessive is the place
        ("In Georgia's race, 40,000 people voted.", "40,000", "georgia"),
        ("In South Carolina\u2019s 5th District, 40,000 people voted.", "40,000", "south carolina"),
        # a possessive inside a name does not end it: the whole name is the place
        ("At Hart's Location, 21 people voted.", "21", "hart's location"),
        # only people's adjectives: no place
        ("In the Democratic primary, 40,000 people voted.", "40,000", ""),
        ("In Republican hands, the seat drew 40,000 votes.", "40,000", ""),
        ("At a Syrian air base, 40 people died.", "40", ""),
        # the nearest name, though no place, is not passed over for a farther place
        ("In Paris, officials said 12 people died in the Syrian civil war.", "12", ""),
        # must-not: real places after the same words
        ("In Washington, 40,000 people marched.", "40,000", "washington"),
        ("At Trump Tower, 40 people met.", "40", "trump tower"),
        ("In the Democratic Republic of Congo, 40 people died.", "40", "democratic republic"),
        ("40,000 people marched in Georgia.", "40,000", "georgia"),
    ],
)
def test_place_of_figure(text: str, figure: str, place: str) -> None:
    assert figure_place(text, figure, _DAY) == place


def test_owner_place_no_longer_one_side_only() -> None:
    """A possessive read as a place made a row say "(said by one side only)"."""
    report = check(
        [
            Source(id="a", text="In Trump's view, 40,000 people marched.", published=_DAY),
            Source(id="b", text="About 65,000 people marched.", published=_DAY),
        ]
    )
    assert all("trump's" not in d.explanation for d in report.discrepancies)
