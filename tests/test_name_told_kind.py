"""The kind a name-variant row tells ("the same person's name"): only when its mentions bear
it out (crosscheck/match/names/told_kind.py). Invented sentences."""

from __future__ import annotations

import pytest

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.name_pairs import variant_pairs
from crosscheck.match.names.told_kind import told_kind
from crosscheck.model import Sentence
from crosscheck.names.finder import find_names
from crosscheck.names.places import place_by_next_word
from crosscheck.names.records import NameKind, SourcedName
from crosscheck.rules.name_variant import explain_variant


def _items(text: str, name: str, source: str = "a") -> list[SourcedName]:
    """The mentions of ``name`` that the finder reads in one invented sentence."""
    sentence = Sentence(start=0, end=len(text), text=text)
    found = [
        SourcedName(source=source, mention=m) for m in find_names(sentence, "en") if m.text == name
    ]
    assert found, (text, name)
    return found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighters of Jaish al-Mahdi clashed with police on Monday.", "Jaish al-Mahdi"),
        ("The Liwa al-Tawhid brigade withdrew.", "Liwa al-Tawhid"),
        ("Officials said al-Qaida had claimed the attack.", "al-Qaida"),
        ("Strikes hit Kataib Hezbollah depots overnight.", "Kataib Hezbollah"),
    ],
)
def test_a_group_named_with_a_transliterated_word_is_an_organisation(text: str, name: str) -> None:
    items = _items(text, name)
    assert told_kind(NameKind.PERSON, items, lang="en") is NameKind.ORGANISATION
    assert told_kind(NameKind.UNKNOWN, items, lang="en") is NameKind.ORGANISATION


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Abdel Fattah al-Sisi spoke on Monday.", "Abdel Fattah al-Sisi"),
        ("The lawyer Ansar Mahmoud Rahimi filed the appeal.", "Ansar Mahmoud Rahimi"),
        ("Marwan Halabi said he would stay.", "Marwan Halabi"),
    ],
)
def test_a_persons_name_stays_a_persons(text: str, name: str) -> None:
    """Must not: a given name that is also a group's word ("Ansar") without an article after."""
    assert told_kind(NameKind.PERSON, _items(text, name), lang="en") is NameKind.PERSON


def test_a_name_read_as_a_person_and_as_a_prison_tells_no_kind() -> None:
    one = _items("Relatives waited outside Kobar Halim for news.", "Kobar Halim")
    other = _items("Guards moved the men to the Kobar Halim prison at dawn.", "Kobar Halim", "b")
    assert told_kind(NameKind.PERSON, one, other, lang="en") is NameKind.UNKNOWN


def test_a_campaign_camp_is_no_place() -> None:
    """Must not: "the Trump camp" is a campaign, not a place."""
    items = _items("The Donald Trump camp said nothing.", "Donald Trump")
    assert told_kind(NameKind.PERSON, items, lang="en") is NameKind.PERSON


@pytest.mark.parametrize(
    ("text", "end", "place"),
    [
        ("the Kobar Halim prison held them", 15, True),
        ("in Nador Rif province, officials said", 12, True),
        ("the Donald Trump camp said", 16, False),
        ("Kobar Halim's prison", 11, False),
        ("Kobar Halim, prison guards said", 11, False),
    ],
)
def test_place_by_next_word(text: str, end: int, place: bool) -> None:
    assert place_by_next_word(text, end, "en") is place


def test_a_kind_read_only_in_a_shouted_dateline_is_not_told() -> None:
    """ "ODESSA (Wire)" reads as an acronym; the city is written "Odessa" elsewhere."""
    shouted = _items("ODESSA (Wire) - Ships left port.", "ODESSA")
    plain = _items("Ships left Odessa on Monday.", "Odessa", "b")
    assert told_kind(NameKind.ORGANISATION, shouted, plain, lang="en") is NameKind.UNKNOWN


def test_an_acronym_alone_keeps_its_kind() -> None:
    """Must not: an acronym with no lower-case spelling beside it stays an organisation's."""
    assert (
        told_kind(NameKind.ORGANISATION, _items("NATO met.", "NATO"), lang="en")
        is NameKind.ORGANISATION
    )


def test_a_clear_majority_keeps_the_kind() -> None:
    """A person's name misread once in a heading does not undo 'person'."""
    person = _items("Marwan Halabi said he would stay.", "Marwan Halabi") * 3
    heading = _items("Kobar Halim Group met.", "Kobar Halim Group", "b")
    assert heading[0].mention.kind is NameKind.ORGANISATION
    assert told_kind(NameKind.PERSON, person, heading, lang="en") is NameKind.PERSON
    assert told_kind(NameKind.PERSON, person[:1], heading, lang="en") is NameKind.UNKNOWN


def test_a_groups_row_says_organisation() -> None:
    """End to end: two outlets transliterate one militia's name two ways."""
    texts = {
        "a": "Strikes hit Kataib Hezbollah depots. Kataib Hezbollah denied it.",
        "b": "The Kataeb Hezbollah militia said it would respond.",
    }
    mentions = {}
    for source, text in texts.items():
        found = []
        for part in text.split(". "):
            start = text.index(part)
            found.extend(find_names(Sentence(start=start, end=start + len(part), text=part), "en"))
        mentions[source] = found
    pairs = variant_pairs(texts, mentions, "en")
    assert pairs
    assert all(p.kind is NameKind.ORGANISATION for p in pairs)
    assert "the same organisation's name" in explain_variant(pairs[0], DEFAULT_LANGUAGE)
