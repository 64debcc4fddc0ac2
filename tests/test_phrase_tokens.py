"""``phrase_tokens`` reads lazily what the eager reading gave: the tokens up to the first
contraction, through scare quotes, ending at any other quotation mark."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.text.tokens import Token, tokenize
from crosscheck.text.words import claim_words, is_contraction, phrase_tokens


def _eager(after: Sequence[Token]) -> list[Token]:
    """The reading before it was lazy: cut at the first contraction, then the scare quotes."""
    words = claim_words("en")
    end = next((k for k, t in enumerate(after) if is_contraction(t.lower, "en")), len(after))
    cut = after[:end]
    out: list[Token] = []
    i = 0
    while i < len(cut):
        token = cut[i]
        if token.text in words.scare_quotes:
            inner = cut[i + 1 : i + 2 + words.scare_quote_words]
            close = next((k for k, t in enumerate(inner) if t.text in words.scare_quotes), -1)
            quoted = inner[:close]
            if close > 0 and all(t.is_word and t.lower not in words.stop_words for t in quoted):
                out.extend(quoted)
                i += close + 2
                continue
            out.extend(cut[i:])
            return out
        out.append(token)
        i += 1
    return out


def _texts(text: str) -> list[str]:
    return [t.text for t in phrase_tokens(tokenize(text), "en")]


def test_named_cases() -> None:
    assert _texts('"stimulus" package') == ["stimulus", "package"]
    assert _texts("million-plus system isn't working") == ["million-plus", "system"]
    assert _texts('"the" package') == ['"', "the", '"', "package"]  # a stop word: no scare quotes
    assert _texts('"big isn\'t" x') == ['"', "big"]  # the contraction ends it inside the quotes
    assert _texts('"very big new" plan') == ['"', "very", "big", "new", '"', "plan"]


_WORDS = ["package", "big", "the", "isn't", "we'll", '"', "\u201c", "\u201d", ",", "12", "-"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12))
def test_lazy_reading_is_the_eager_one(words: list[str]) -> None:
    tokens = tokenize(" ".join(words))
    assert list(phrase_tokens(tokens, "en")) == _eager(tokens)
