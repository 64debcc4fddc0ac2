"""The claims stage's sentence pre-checks (speed48) only rule a reader out, never in.

A date's event word (``dates._may_name_event``), a date's event phrase
(``frame_dates.date_event``), a figure's owner (``frame_owner.owner_before``), its event
(``frame_events.may_read_event``) and its incident (``frame_incidents.may_hold_incident``)
are read only when the sentence holds a word they read at; a date's key words come from one
table per language (``date_keys._key_word_table``). With each check forced true, the
claims of the Belarus sample, of the claims and frames case files and of the invented
sentences of ``test_claims_reading`` are the same; each call of a reader that takes the
sentence's reading answers what it answers without it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from crosscheck.claims import (
    date_keys,
    dates,
    frame_dates,
    frame_events,
    frame_reading,
    frame_words,
    frames,
)
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.text.tokens import Token, tokenize
from crosscheck.text.words import lemma
from tests.test_claims_reading import _claims, _sources

_CHECKS: tuple[tuple[Any, str], ...] = (
    (dates, "_may_name_event"),
    (frame_events, "may_read_event"),
    (frames, "may_hold_incident"),
)


@pytest.fixture(scope="module")
def claims_with_checks() -> list[Any]:
    return _claims(_sources())


@pytest.mark.parametrize(("module", "name"), _CHECKS, ids=[name for _, name in _CHECKS])
def test_each_check_forced_true_gives_the_same_claims(
    module: Any, name: str, claims_with_checks: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(module, name, lambda *_: True)
    assert _claims(_sources()) == claims_with_checks


def _unchecked(fn: Callable[..., Any], calls: list[bool]) -> Callable[..., Any]:
    """``fn`` asserting that each call with a sentence reading answers what it answers with
    none (the full path), and counting the calls the reading ruled out."""

    def checked(*args: Any, **kwargs: Any) -> Any:
        found = fn(*args, **kwargs)
        if kwargs.get("words") is not None:
            assert found == fn(*args, **{**kwargs, "words": None})
            calls.append(kwargs["words"].vocabulary is not None)
        return found

    return checked


def test_every_reader_call_equals_its_full_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """``date_event``, ``owner_before`` and ``event_of`` with the sentence's reading give, on
    every call the stage makes, what they give without it."""
    seen: dict[str, list[bool]] = {"date_event": [], "owner_before": [], "event_of": []}
    monkeypatch.setattr(dates, "date_event", _unchecked(frame_dates.date_event, seen["date_event"]))
    for name in ("owner_before", "event_of"):
        monkeypatch.setattr(frames, name, _unchecked(getattr(frames, name), seen[name]))
    _claims(_sources())
    assert min(len(calls) for calls in seen.values()) > 20, {k: len(v) for k, v in seen.items()}


def test_checks_rule_out_sentences_and_can_fail(
    claims_with_checks: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The comparisons above can fail: checks that rule out every sentence lose claims'
    events, incidents and owners."""
    for module, name in _CHECKS:
        monkeypatch.setattr(module, name, lambda *_: False)
    monkeypatch.setattr(frame_reading.SentenceWords, "may_hold_word", lambda self, words: False)
    assert _claims(_sources()) != claims_with_checks


def _sentences() -> list[str]:
    return [s.text for s in _sources()]


def test_may_open_answers_what_each_form_and_lemma_answer() -> None:
    """``may_open`` is true exactly when a lower-case form of the sentence, or its lemma,
    opens a phrase (its per-form record read afresh or grown, the same answer)."""
    lang = DEFAULT_LANGUAGE
    openers = frame_words.event_openers(lang)
    for text in _sentences():
        words = frame_reading.read_words(text, 0, len(text), frozenset())
        assert words.vocabulary is not None
        expected = any(w in openers or lemma(w, lang) in openers for w in words.vocabulary)
        assert frame_reading.may_open(words, openers, lang) == expected
        frame_reading._FORMS.clear()
        assert frame_reading.may_open(words, openers, lang) == expected
        assert frame_reading.may_open(frame_reading.full_reading(words), frozenset(), lang)


# words whose lower case changes their letters: dotted I, a curly apostrophe, final sigma
_CASED = "\u0130stanbul\u2019s \u03a3\u039f\u03a6\u039f\u03a3 Stra\u00dfe \u00c6THER"


def test_a_tokens_lemma_is_its_lower_case_forms() -> None:
    """What ``may_open`` rests on: the readers take a token's lemma from its text, the
    check from its lower-case form."""
    for text in [*_sentences(), _CASED]:
        for token in tokenize(text):
            assert lemma(token.text, DEFAULT_LANGUAGE) == lemma(token.lower, DEFAULT_LANGUAGE)


def _folded_key_words(tokens: Sequence[Token], used: set[int], lang: str) -> tuple[str, ...]:
    """``date_keys._key_words`` as written before its table: each token folded by a call."""
    found = {
        word
        for x in tokens
        if x.text[:1].isalpha()
        and x.start not in used
        and (word := date_keys._key_word(x.lower, lang))
    }
    return tuple(sorted(found))


def test_key_words_from_the_table_are_the_folded_ones() -> None:
    lang = DEFAULT_LANGUAGE
    for text in _sentences():
        tokens = list(tokenize(text))
        used = {t.start for t in tokens[::3]}
        half = len(tokens) // 2
        expected = _folded_key_words(tokens, used, lang)
        date_keys._KEY_WORDS.clear()
        assert date_keys._key_words(tokens[:half], tokens[half:], used, lang) == expected
        assert date_keys._key_words(tokens[:half], tokens[half:], used, lang) == expected
