"""Roots of word families (crosscheck.match.word_roots) and the date pairs they let form."""

from __future__ import annotations

from datetime import date

from filler import FILLER

from crosscheck.claims.date_events import stem
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
    assert root(stem("election")) == stem("election")
    assert root(stem("assassination")) == stem("assassination")


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
