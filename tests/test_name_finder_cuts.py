"""Names the finder used to cut short: syllables of two letters, opening words, possessives."""

from __future__ import annotations

import pytest
from storyrules import name_variants

from crosscheck.match.names.notices import not_own_spans
from crosscheck.model import Sentence, Source
from crosscheck.names.finder import find_names


def _names(text: str) -> list[tuple[str, str]]:
    sentence = Sentence(start=0, end=len(text), text=text)
    return [(m.text, m.kind.name) for m in find_names(sentence, "en")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The delegation met Pak Song Il in the capital.", "Pak Song Il"),
        ("Premier Wu Ling answered questions.", "Wu Ling"),
        ("Ma Jianhua was named envoy on Friday.", "Ma Jianhua"),
        ("A letter from Lin Yi reached the court.", "Lin Yi"),
        ("Voters backed Bo Derrington in the primary.", "Bo Derrington"),
    ],
)
def test_two_letter_syllable_stays_in_the_name(text: str, name: str) -> None:
    assert name in [found for found, _ in _names(text)]


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("Walter Brandon Jr spoke first.", "Walter Brandon Jr"),  # a suffix, not a syllable
        ("Please Sign Up Today for alerts.", "Sign Up Today"),  # an English word
        ("Crane Co announced the deal.", "Crane Co"),  # a company's abbreviation
    ],
)
def test_abbreviations_are_no_syllable(text: str, left_out: str) -> None:
    assert left_out not in [found for found, _ in _names(text)]


def test_a_two_letter_word_alone_is_still_no_person() -> None:
    assert ("Ko", "PERSON") not in _names("Ko said nothing.")


def test_two_people_sharing_a_surname_stay_apart() -> None:
    sources = [Source(id="one", text="x"), Source(id="two", text="y")]
    sentences = {
        "one": (Sentence(start=0, end=29, text="Minister Li Na met reporters."),),
        "two": (Sentence(start=0, end=30, text="Minister Li Wei met reporters."),),
    }
    assert name_variants(sources, sentences) == []


def test_a_syllable_spelt_alike_is_no_variant() -> None:
    sources = [Source(id="one", text="x"), Source(id="two", text="y")]
    sentences = {
        "one": (Sentence(start=0, end=26, text="Envoy Pak Song Il arrived."),),
        "two": (Sentence(start=0, end=24, text="Pak Song Il left Monday."),),
    }
    assert name_variants(sources, sentences) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Consider Dalton County, where turnout fell.", "Dalton County"),
        ("Whether Ortiz runs again is unclear.", "Ortiz"),
        ("Outside Port Ellen, the road was closed.", "Port Ellen"),
        ("Given Marlowe's record, few were surprised.", "Marlowe"),
    ],
)
def test_an_opening_word_is_not_part_of_the_name(text: str, name: str) -> None:
    found = [found for found, _ in _names(text)]
    assert name in found
    assert not any(f != name and f.endswith(name) for f in found)


def test_a_surname_opening_the_sentence_is_kept() -> None:
    assert "Hannah Mercer" in [found for found, _ in _names("Hannah Mercer left on Monday.")]


def test_a_list_after_a_colon_is_the_outlets_own_wording() -> None:
    text = "According to the commissioner:\n\n-- Nothing links Ferrand to Dario Vell.\n"
    assert not_own_spans(text, "en") == []


def test_a_paragraph_after_a_credit_and_a_colon_is_still_a_block_quote() -> None:
    text = "According to the Courier:\n\nNothing links Ferrand to Dario Vell.\n"
    quoted = "Nothing links Ferrand to Dario Vell."
    start = text.index(quoted)
    assert not_own_spans(text, "en") == [(start, start + len(quoted))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Envoy Seo Min-jun arrived on Monday.", "Seo Min-jun"),
        ("The talks with Park Ha-na ended early.", "Park Ha-na"),
        ("Activist Wong Siu-lan was detained.", "Wong Siu-lan"),
    ],
)
def test_a_hyphenated_given_name_of_syllables_stays(text: str, name: str) -> None:
    assert name in [found for found, _ in _names(text)]


@pytest.mark.parametrize(
    "text",
    ["Old Harlan Crow-era rules still apply.", "The Ferrand Moss-led panel met."],
)
def test_a_hyphenated_adjective_is_not_a_given_name(text: str) -> None:
    assert not any("-" in found for found, _ in _names(text))


def test_a_hyphen_or_a_space_in_a_given_name_is_no_variant() -> None:
    sources = [Source(id="one", text="x"), Source(id="two", text="y")]
    sentences = {
        "one": (Sentence(start=0, end=25, text="Envoy Seo Min-jun spoke."),),
        "two": (Sentence(start=0, end=25, text="Envoy Seo Min Jun spoke."),),
    }
    assert name_variants(sources, sentences) == []


def test_the_arabic_article_written_apart_makes_no_person() -> None:
    assert ("Al Harran", "PERSON") not in _names("Fighters loyal to Al Harran attacked.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("House Speaker Dana Whitfield said no.", "Dana Whitfield"),
        ("Congresswoman Ines Morrow voted yes.", "Ines Morrow"),
        ("FBI Agent Carl Deming testified.", "Carl Deming"),
    ],
)
def test_a_title_before_a_person_is_not_part_of_the_name(text: str, name: str) -> None:
    found = dict(_names(text))
    assert found.get(name) == "PERSON"
    assert not any(f != name and f.endswith(name) for f in found)


def test_a_places_people_of_two_words_is_no_name() -> None:
    assert _names("North Korean diplomats left Geneva.") == [("Geneva", "PLACE")]
    assert ("North Korea", "PLACE") in _names("Envoys from North Korea left.")
