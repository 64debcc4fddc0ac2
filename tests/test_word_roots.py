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
    assert (
        content_stems("separations", DEFAULT_LANGUAGE)
        == content_stems("separating", DEFAULT_LANGUAGE)
        == {"separ"}
    )
    assert content_stems("execution", DEFAULT_LANGUAGE) == content_stems(
        "executed", DEFAULT_LANGUAGE
    )
    assert content_stems("protection", DEFAULT_LANGUAGE) == content_stems(
        "protected", DEFAULT_LANGUAGE
    )


def test_a_short_root_keeps_its_ending() -> None:
    assert root("threat", DEFAULT_LANGUAGE) == "threat"  # not "thre", which "three" is close to
    assert root("station", DEFAULT_LANGUAGE) == "station"
    assert content_stems("police", DEFAULT_LANGUAGE) != content_stems("policy", DEFAULT_LANGUAGE)


def test_a_lexicon_s_stem_is_left_as_it_is() -> None:
    assert root(stem("election", DEFAULT_LANGUAGE), DEFAULT_LANGUAGE) == stem(
        "election", DEFAULT_LANGUAGE
    )
    assert root(stem("assassination", DEFAULT_LANGUAGE), DEFAULT_LANGUAGE) == stem(
        "assassination", DEFAULT_LANGUAGE
    )


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
    assert content_stems("ordination", DEFAULT_LANGUAGE) == content_stems(
        "ordained", DEFAULT_LANGUAGE
    )
    assert content_stems("departure", DEFAULT_LANGUAGE) == content_stems(
        "departed", DEFAULT_LANGUAGE
    )
    assert content_stems("arrival", DEFAULT_LANGUAGE) == content_stems("arrives", DEFAULT_LANGUAGE)
    assert content_stems("expulsion", DEFAULT_LANGUAGE) == content_stems(
        "expelled", DEFAULT_LANGUAGE
    )
    assert (
        content_stems("collided", DEFAULT_LANGUAGE)
        == content_stems("collision", DEFAULT_LANGUAGE)
        == content_stems("crashed", DEFAULT_LANGUAGE)
    )
    assert content_stems("retired", DEFAULT_LANGUAGE) != content_stems(
        "retirement", DEFAULT_LANGUAGE
    )  # "retired Gen. Allen"


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
    assert (
        content_stems("finalize", DEFAULT_LANGUAGE)
        == content_stems("finalized", DEFAULT_LANGUAGE)
        == {"finaliz"}
    )
    assert (
        content_stems("finalizes", DEFAULT_LANGUAGE)
        == content_stems("finalizing", DEFAULT_LANGUAGE)
        == {"finaliz"}
    )
    assert content_stems("committee", DEFAULT_LANGUAGE) == content_stems(
        "committees", DEFAULT_LANGUAGE
    )
    assert content_stems("missile", DEFAULT_LANGUAGE) == content_stems("missiles", DEFAULT_LANGUAGE)
    assert (
        content_stems("package", DEFAULT_LANGUAGE)
        == content_stems("packaged", DEFAULT_LANGUAGE)
        == content_stems("packages", DEFAULT_LANGUAGE)
    )
    # a base kept whole before "-ment" or "-ing" loses its "e" too
    assert (
        content_stems("improvement", DEFAULT_LANGUAGE)
        == content_stems("improved", DEFAULT_LANGUAGE)
        == content_stems("improve", DEFAULT_LANGUAGE)
    )
    assert (
        content_stems("overseeing", DEFAULT_LANGUAGE)
        == content_stems("oversee", DEFAULT_LANGUAGE)
        == content_stems("oversees", DEFAULT_LANGUAGE)
    )


def test_different_words_a_final_e_would_join_stay_apart() -> None:
    assert content_stems("committee", DEFAULT_LANGUAGE) != content_stems(
        "committed", DEFAULT_LANGUAGE
    )
    assert content_stems("police", DEFAULT_LANGUAGE) != content_stems(
        "policy", DEFAULT_LANGUAGE
    )  # "-ce" / "-cy": kept
    assert content_stems("residence", DEFAULT_LANGUAGE) != content_stems(
        "residency", DEFAULT_LANGUAGE
    )
    assert content_stems("separate", DEFAULT_LANGUAGE) != content_stems(
        "separation", DEFAULT_LANGUAGE
    )  # no ending after it
    assert content_stems("candidate", DEFAULT_LANGUAGE) != content_stems("candid", DEFAULT_LANGUAGE)
    assert content_stems("plane", DEFAULT_LANGUAGE) != content_stems(
        "plans", DEFAULT_LANGUAGE
    )  # a root of min_root letters
    assert content_stems("buckle", DEFAULT_LANGUAGE) != content_stems(
        "Buckley", DEFAULT_LANGUAGE
    )  # "-y" cut: no whole base


def test_names_weigh_as_the_content_stems_they_are() -> None:
    text = "Crews met the Harbor Committee at Grande Square in the rain."
    assert names_of(text, DEFAULT_LANGUAGE) <= content_stems(text, DEFAULT_LANGUAGE)
    assert {"committe", "grand", "squar"} <= names_of(text, DEFAULT_LANGUAGE)


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
