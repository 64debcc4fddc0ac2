"""How far a place lies from another (nplace40, ``claims/frame_located.py``): a length said of
two named places is one claim across outlets. The pair cases are those of
``tests/cases/frames/located.toml``; here, the frame each reading gives and the explanation."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck import Source, check
from crosscheck.claims.frame_located import LOCATED, located_places, same_places
from crosscheck.language import DEFAULT_LANGUAGE

_DAY = date(2025, 3, 10)


def _lengths(text: str) -> list[tuple[str, str, str]]:
    found = check([Source(id="a", text=text, published=_DAY)]).claims
    return [(c.text, c.what, c.event) for c in found if c.kind == "measure"]


@pytest.mark.parametrize(
    ("text", "figure", "what"),
    [
        (
            "Rebels took Kerem, about 40 miles west of Dorvana.",
            "about 40 miles",
            "kerem from dorvana",
        ),
        ("Kerem, which lies 60 miles west of Dorvana, fell.", "60 miles", "kerem from dorvana"),
        ("Kerem lies 95 km from Dorvana.", "95 km", "kerem from dorvana"),
        ("Kerem is some 60 miles outside Dorvana.", "some 60 miles", "kerem from dorvana"),
        (
            "Troops entered Halvik, a market town 35 miles south of the Iraqi capital.",
            "35 miles",
            "halvik from baghdad",
        ),
        (
            "Troops entered Halvik, 35 miles south of the capital of Iraq.",
            "35 miles",
            "halvik from baghdad",
        ),
        (
            "The school in Varsk, a city about 120 kilometers (75 miles) from the country's "
            "capital, Lenovo, was hit.",
            "about 120 kilometers",
            "varsk from lenovo",
        ),
        (
            "Varsk, the capital of Upper Nanda Province that sits about 90 miles northwest of "
            "Lenovo, was hit.",
            "about 90 miles",
            "varsk from lenovo",
        ),
        (
            "Brill, a town of about 700 residents about 85 miles northwest of Tamsin, burned.",
            "about 85 miles",
            "brill from tamsin",
        ),
        ("The bomb went off 20 miles north of Tamsin in Orlek.", "20 miles", "orlek from tamsin"),
        (
            "Esterholm, the capital, lies 50 miles south of Nordby.",
            "50 miles",
            "esterholm from nordby",
        ),
        (
            "He was held in Warsaw, Virginia, 90 miles south of Tamsin.",
            "90 miles",
            "warsaw from tamsin",
        ),
    ],
)
def test_a_distance_between_two_named_places_is_located(text: str, figure: str, what: str) -> None:
    assert (figure, what, LOCATED) in _lengths(text)


@pytest.mark.parametrize(
    "text",
    [
        "The quake struck at a depth of 8 miles near Kerem.",  # a depth
        "A convoy travelled 80 miles from Dorvana to Kerem.",  # a distance travelled
        "The agency built 70 miles of fence near Dorvana.",  # a length of something
        "The base, about 37 miles south of Dorvana, was closed.",  # no named place
        "Kerem, 70 miles north of the capital, was hit.",  # which capital?
        "Kerem is about 80 miles away from the Dorvana station.",  # a name qualifying a noun
        "On Monday, 70 miles north of Dorvana, gunmen struck.",  # a weekday is no place
        "Smith, a driver who travelled 80 miles from Dorvana, spoke.",  # no place noun
        "St. Charles, about 20 miles west of St. Louis, is quiet.",  # names cut by periods
        "Kerem, 70 miles north of Dorvana in Salva province, was hit.",  # P is Kerem, read once
    ],
)
def test_other_lengths_are_not_located_or_keep_their_first_place(text: str) -> None:
    located = [what for _, what, event in _lengths(text) if event == LOCATED]
    assert located in ([], ["kerem from dorvana"])


def test_the_same_two_places_in_either_order() -> None:
    assert located_places("kerem from dorvana", DEFAULT_LANGUAGE) == ("kerem", "dorvana")
    assert same_places("kerem from dorvana", "dorvana from kerem", DEFAULT_LANGUAGE)
    assert not same_places("kerem from dorvana", "lasko from dorvana", DEFAULT_LANGUAGE)
    assert not same_places("kerem from dorvana", "kerem", DEFAULT_LANGUAGE)


def test_the_explanation_names_both_places_and_the_gap_in_the_first_unit() -> None:
    sources = [
        Source(id="a", text="The blast hit Varsk, about 90 miles from Lenovo.", published=_DAY),
        Source(id="b", text="Varsk, a city 210 kilometers from Lenovo, was hit.", published=_DAY),
    ]
    (row,) = check(sources).discrepancies
    assert "both give how far Varsk lies from Lenovo" in row.explanation
    assert "(210 kilometers is about 130.5 miles)" in row.explanation


def test_a_divergence_gives_its_gap_in_the_first_unit() -> None:
    sources = [
        Source(id="a", text="Kerem, about 70 miles north of Dorvana, fell.", published=_DAY),
        Source(id="b", text="Kerem, about 85 miles north of Dorvana, fell.", published=_DAY),
    ]
    (row,) = check(sources).discrepancies
    assert "differ by 15 miles" in row.explanation
