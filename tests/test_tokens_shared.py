"""The shared tokenizer's shortcuts give what the long way gives (speed pass, issue 10)."""

from __future__ import annotations

import pytest

from crosscheck.match.names.spelled import Texts as _Texts
from crosscheck.text.tokens import token_of, tokenize, tokenize_span, word_and_number_tokens

SENTENCES = [
    "Lukashenko\u2019s U.S. trip: 1,200.5 people (about 3%) - D'Arcy said, \u201cno.\u201d",
    "snake_case and \u00b2 and x\u2013y; 12/05/2020 at 9:30 a.m. \u2014 Secretary-General",
    "",
    "   ...   ",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_words_and_numbers_are_the_tokens_that_start_with_one(text: str) -> None:
    for start in range(0, len(text) + 1, 3):
        expected = [t for t in tokenize(text[start:], start) if t.text[:1].isalnum()]
        assert word_and_number_tokens(text, start, len(text)) == expected


@pytest.mark.parametrize("text", [*SENTENCES, "Plain ASCII: 1,200 people's votes."])
def test_a_span_is_tokenized_as_its_slice(text: str) -> None:
    for start in range(0, len(text) + 1, 3):
        for end in range(start, len(text) + 1, 5):
            assert tokenize_span(text, start, end) == tokenize(text[start:end], start)


def test_token_key_is_lower_case_with_straight_apostrophes() -> None:
    keys = [t.lower for t in tokenize("Lukashenko\u2019s RALLY")]
    assert keys == ["lukashenko's", "rally"]
    assert token_of("Don\u2019t").lower == "don't"


def test_written_lower_agrees_with_every_lower_case_word() -> None:
    texts = {
        "a": "The good news: good-will, goodness and GOOD. 'good' says d'good",
        "b": "Nothing here is Good, but re-elected and elected are.",
    }
    every = _Texts(texts, "en").lower_words()
    asked = _Texts(texts, "en")
    for word in ["good", "goodness", "elected", "re", "nothing", "here", "d", "will", "xyz"]:
        assert asked.written_lower(word) == (word in every), word
