"""Roots of word families (crosscheck.match.word_roots) and the date pairs they let form."""

from __future__ import annotations

from datetime import date

from filler import FILLER

from crosscheck.alignment import names_of
from crosscheck.claims.date_events import stem
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.descriptor_words import content_stems
from crosscheck.match.word_roots import root
from tests.pairrows import pair_rows


def test_a_verb_and_its_noun_share_a_root() -> None:
    assert content_stems("separations") == content_stems("separating") == {"separ"}
    assert content_stems("execution") == content_stems("executed")
    assert content_stems("protection") == content_stems("protected")


def test_a_short_root_keeps_its_ending() -> None:
    assert root("threat") == "threat"  # not "thre", which "three" is close to
    assert root("station") == "station"
    assert content_stems("police") != content_stems("policy")


def test_a_lexicon_s_stem_is_left_as_it_is() -> None:
    assert root(stem("election", DEFAULT_LANGUAGE)) == stem("election", DEFAULT_LANGUAGE)
    assert root(stem("assassination", DEFAULT_LANGUAGE)) == stem("assassination", DEFAULT_LANGUAGE)


def _rows(a: list[str], b: list[str]) -> list[str]:
    return pair_rows(" ".join(a), " ".join(b), date(2025, 9, 10))


ORDER = "The mayor signed an order in June ending the separation of harbor crews."


def test_one_act_told_with_a_verb_and_with_its_noun_pairs() -> None:
    told = (
        "The mayor signed an order halting the long practice of separating the harbor crews "
        "at the docks on June 20."
    )
    rows = _rows([*FILLER, ORDER], [*FILLER, told])
    assert "time.precision in June / on June 20" in rows


def test_another_act_on_the_same_family_stays_apart() -> None:
    other = "Dock unions protested the separating of harbor crews on June 20."
    rows = _rows([*FILLER, ORDER], [*FILLER, other])
    assert not [r for r in rows if "in June" in r]


def test_a_verb_and_its_noun_the_roots_leave_apart_share_a_class() -> None:
    # endings [roots] does not cut ("-al", "-ure", "-sion"), or a noun of another root
    assert content_stems("ordination") == content_stems("ordained")
    assert content_stems("departure") == content_stems("departed")
    assert content_stems("arrival") == content_stems("arrives")
    assert content_stems("expulsion") == content_stems("expelled")
    assert content_stems("collided") == content_stems("collision") == content_stems("crashed")
    assert content_stems("retired") != content_stems("retirement")  # "retired Gen. Allen"


ORDAINED = "Father Tomas Ruiz, the new pastor of the Harwick parish, was ordained in 1998."


def test_one_act_told_with_a_verb_and_with_a_noun_of_another_root_pairs() -> None:
    told = "Ruiz received his priestly ordination on May 30, 1998, from an aging bishop."
    rows = _rows([*FILLER, ORDAINED], [*FILLER, told])
    assert "time.precision in 1998 / on May 30, 1998" in rows


def test_that_act_of_another_participant_stays_apart() -> None:
    told = "Lena Ortiz received her ordination on May 30, 1998, from an aging bishop."
    rows = _rows([*FILLER, ORDAINED], [*FILLER, told])
    assert not [r for r in rows if "in 1998" in r]


def test_another_act_of_that_participant_stays_apart() -> None:
    told = "Ruiz announced his departure from the order on May 30, 1998, in a letter."
    rows = _rows([*FILLER, ORDAINED], [*FILLER, told])
    assert not [r for r in rows if "in 1998" in r]


def test_forms_of_one_word_split_by_a_final_e_share_a_root() -> None:
    # the suffix cutter takes "-ed", "-es", "-ing" with the base's "e"; the base keeps it
    assert content_stems("finalize") == content_stems("finalized") == {"finaliz"}
    assert content_stems("finalizes") == content_stems("finalizing") == {"finaliz"}
    assert content_stems("committee") == content_stems("committees")
    assert content_stems("missile") == content_stems("missiles")
    assert content_stems("package") == content_stems("packaged") == content_stems("packages")
    # a base kept whole before "-ment" or "-ing" loses its "e" too
    assert content_stems("improvement") == content_stems("improved") == content_stems("improve")
    assert content_stems("overseeing") == content_stems("oversee") == content_stems("oversees")


def test_different_words_a_final_e_would_join_stay_apart() -> None:
    assert content_stems("committee") != content_stems("committed")
    assert content_stems("police") != content_stems("policy")  # "-ce" / "-cy": kept
    assert content_stems("residence") != content_stems("residency")
    assert content_stems("separate") != content_stems("separation")  # no ending after it
    assert content_stems("candidate") != content_stems("candid")
    assert content_stems("plane") != content_stems("plans")  # a root of min_root letters
    assert content_stems("buckle") != content_stems("Buckley")  # "-y" cut: no whole base


def test_names_weigh_as_the_content_stems_they_are() -> None:
    text = "Crews met the Harbor Committee at Grande Square in the rain."
    assert names_of(text) <= content_stems(text)
    assert {"committe", "grand", "squar"} <= names_of(text)


ENDED = "The mayor signed an order in June ending the exchange of harbor crews."


def test_one_act_told_with_a_word_and_its_form_less_its_e_pairs() -> None:
    told = (
        "The mayor signed an order halting the long practice of exchanging the harbor crews "
        "at the docks on June 20."
    )
    rows = _rows([*FILLER, ENDED], [*FILLER, told])
    assert "time.precision in June / on June 20" in rows


def test_another_act_on_that_word_stays_apart() -> None:
    other = "Dock unions protested the exchanging of harbor crews on June 20."
    rows = _rows([*FILLER, ENDED], [*FILLER, other])
    assert not [r for r in rows if "in June" in r]


def test_a_word_a_final_e_would_join_to_another_stays_apart() -> None:
    patrols = "The mayor signed an order in June ending the police patrols of harbor crews."
    told = (
        "The mayor signed an order halting the long practice of policing the harbor crews "
        "at the docks on June 20."
    )
    rows = _rows([*FILLER, patrols], [*FILLER, told])
    assert not [r for r in rows if "in June" in r]
