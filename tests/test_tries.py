"""crosscheck.text.tries: a phrase list as one trie alternation matches what the plain list does."""

from __future__ import annotations

import re

import pytest

from crosscheck.text.tries import trie_alternation

PHRASES = ["alleged", "appear", "appears", "a", "at about", "is believed to"]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("alleged", True),
        ("appears", True),
        ("appear", True),
        ("a", True),
        ("at   about", True),
        ("is believed\nto", True),
        ("appea", False),
        ("al", False),
        ("atabout", False),
    ],
)
def test_the_trie_matches_exactly_the_phrases(text: str, whole: bool) -> None:
    assert bool(re.fullmatch(trie_alternation(PHRASES), text)) is whole


def test_a_longer_phrase_is_tried_before_its_prefix() -> None:
    found = re.match(trie_alternation(["appear", "appears"]), "appears to")
    assert found is not None and found.group() == "appears"


def test_the_space_pattern_is_the_callers() -> None:
    bounded = trie_alternation(["at about"], r"[ ]")
    assert re.fullmatch(bounded, "at about") and not re.fullmatch(bounded, "at  about")


def test_no_phrase_is_an_empty_pattern() -> None:
    assert trie_alternation([]) == ""
