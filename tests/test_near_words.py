"""``match.near_words``: the words of a text read backwards equal its words found forwards."""

from __future__ import annotations

import re

import pytest

from crosscheck.match.near_words import STRETCH, last_words, words_backward
from crosscheck.match.statement_dates import _WORD
from crosscheck.text.tokens import WORD

_TEXTS = (
    "",
    " ",
    "a",
    "  a  b ",
    "x" * (5 * STRETCH),
    "word " * 100 + "end",
    "a-" * 300 + " b",
    "don't  stop\tnow\n x" * 40,
    "U.S. officials said on Tuesday's vote, the Secretary-General's 1,200 \u2019quoted\u2019 words",
    ("Lukashenko's " + "y" * (3 * STRETCH) + " ") * 5,
)


@pytest.mark.parametrize("pattern", [WORD, _WORD], ids=["tokens", "statement-dates"])
@pytest.mark.parametrize("text", _TEXTS)
def test_backward_words_are_the_forward_words_reversed(pattern: re.Pattern[str], text: str) -> None:
    assert list(words_backward(pattern, text)) == pattern.findall(text)[::-1]
    for count in (1, 2, 6, 1000):
        assert last_words(pattern, text, count) == pattern.findall(text)[-count:]
