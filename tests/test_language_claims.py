"""The claims stage's frame readers read the lexicons of the source's language: ``prepare``
keeps it (``Prepared.lang``), ``claims_from`` hands it down to the figure and date frames, and
every lexicon reader of ``crosscheck/claims/`` (``frame_words(lang)``, ``date_event_words(lang)``
...) is cached per language. ``match/`` and ``rules/`` hand those readers the story's language
(tests/test_language_match.py, tests/test_language_rules.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from crosscheck.claims.date_events import date_event_words, stem
from crosscheck.claims.extract import extract_claims
from crosscheck.claims.frame_words import frame_words
from crosscheck.model import Claim, Source
from tests.cached_readers import cached_parameters, cached_readers, language_faults
from tests.fakelang import FAKE, add_after, fake_language

ANCHOR = date(2024, 3, 14)
WORD = "umgebracht"  # an event word of the fake language's events.toml, no English word
TEXT = f"Officials said 12 people were {WORD} in the blast on Monday."


@pytest.fixture
def lexicon_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped lexicons copied to a temporary root with a fake language ``FAKE``:
    English's files plus one word of the event class "killed" in events.toml."""

    def edit(fake: Path) -> None:
        add_after(fake / "events.toml", "[events]\nkilled = [", f'"{WORD}",')

    yield from fake_language(tmp_path, monkeypatch, edit)


def _claims(language: str) -> list[Claim]:
    return list(extract_claims(Source(id="a", text=TEXT, language=language, published=ANCHOR)))


def _events(language: str) -> list[tuple[str, str]]:
    return [(c.text, c.event) for c in _claims(language)]


def test_a_figure_s_event_word_is_read_in_the_source_s_language(lexicon_root: Path) -> None:
    assert _events(FAKE) == [("12 people", "killed"), ("on Monday", "killed")]
    assert _events("en") == [("12 people", ""), ("on Monday", "")]  # no such English word
    assert _events(f"{FAKE}-YY") == _events(FAKE)  # a regional tag of the fake language


def test_the_frame_readers_are_cached_per_language(lexicon_root: Path) -> None:
    assert frame_words(FAKE).events[(WORD,)] == "killed"
    assert (WORD,) not in frame_words("en").events
    assert frame_words(FAKE) is frame_words(FAKE)  # read once per language
    assert stem(WORD, FAKE) == "killed" and stem(WORD, "en") != "killed"
    assert date_event_words(FAKE) is not date_event_words("en")


def test_english_claims_are_the_default_language_s() -> None:
    english = Source(id="a", text=TEXT.replace(WORD, "killed"), published=ANCHOR)
    assert [(c.text, c.event) for c in extract_claims(english)] == [
        ("12 people", "killed"),
        ("on Monday", "killed"),
    ]


# --- every call of a claims reader hands it the language --------------------------------
# ``functools.cache`` hides a reader's signature from mypy, so a call that leaves the
# language out (``frame_words()``, say one a merged branch adds) fails only when it runs.


def test_every_call_of_a_claims_reader_hands_it_the_language() -> None:
    readers = cached_readers("claims")
    assert len(readers) >= 50  # not vacuous: the package's readers were found
    faults = language_faults(readers, "claims")
    assert not faults, faults


# --- every cached reader of text/ takes the language (lang53) -----------------------------
# ``text/words.py``'s readers (``claim_words``, ``lemma``, the lemmas and synonyms tables)
# read the language they are handed, as the sentence and cleaning rules do. Cached functions
# of text/ that read no lexicon: the pattern checks of ``text/required.py``.
TEXT_NO_LANGUAGE = {("required", "_regex_internals"), ("required", "required_word")}


def test_every_call_of_a_text_reader_hands_it_the_language() -> None:
    parameters = cached_parameters("text")
    assert len(parameters) >= 8  # not vacuous: the package's readers were found
    missing = [key for key, names in parameters.items() if "lang" not in names]
    assert sorted(missing) == sorted(TEXT_NO_LANGUAGE)
    readers = {k: n for k, n in cached_readers("text").items() if k not in TEXT_NO_LANGUAGE}
    faults = language_faults(readers, "text")
    assert not faults, faults
