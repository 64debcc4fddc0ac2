"""Places with no place word before them (place56, ``claims/sentence_places.py``): a region's
abbreviation ("Newtown, Conn.,") ends no sentence part and its place is read; a "City,
Region," subject places its sentence's figures; a named institution places a figure whose
clause a "when"/"where" links to it. A home, a company's base and a dateline place nothing."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claimfactory import figure_place

_DAY = date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a subject "City, Region," places the sentence's figures
        (
            "Meanwhile, Riverton, Ore., continues coping with the death of 26 people.",
            "26",
            "riverton",
        ),
        ("Riverton, Oregon, is still mourning the 26 people killed.", "26", "riverton"),
        ("Lyon, France, counted 40,000 marchers on Saturday.", "40,000", "lyon"),
        # a region's abbreviation ends no part: the place word before it is read
        ("A gunman stormed a school in Riverton, Ore., and killed 20 students.", "20", "riverton"),
        ("The attack at an Elmwood, Colo., theater left 12 people dead.", "12", "elmwood"),
        # the name before an abbreviated region, with no place word, is a place
        (
            "Students affected by the Elmwood, Fla., shooting which left 17 dead met him.",
            "17",
            "elmwood",
        ),
        # a named institution whose clause a "when" or "where" links to the figure's
        (
            "Graham said Hillcrest High School had an armed guard on campus when the two gunmen"
            " killed 15 and injured 23.",
            "15",
            "hillcrest high school",
        ),
        (
            "Oakdale Central Mall, where 12 people were hurt, reopened.",
            "12",
            "oakdale central mall",
        ),
        # must-not: a home, a company's base, a dateline, a list of senators, no link
        ("The third person killed was 8-year-old Tom Reed of Dorchester, Mass.", "third", ""),
        ("Ann Lee, a 55-year-old nurse from Mobile, Ala., says 40 people came.", "40", ""),
        ("The founder of an Arlington, Va.,-based firm served two months in prison.", "two", ""),
        ("PALM BEACH, Fla. - For more than two years, the club has grown.", "more than two", ""),
        (
            "Tom Cruz, Texas; Mike Lee, Utah; and Jim Hale, Oklahoma, are the three others.",
            "three",
            "",
        ),
        ("Mercy General Hospital received two victims of the shooting.", "two", ""),
        ("A Hillcrest University poll found 42 percent support the plan.", "42", ""),
    ],
)
def test_place_of_figure(text: str, figure: str, place: str) -> None:
    assert figure_place(text, figure, _DAY) == place
