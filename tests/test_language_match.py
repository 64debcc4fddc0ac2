"""The matching stage reads the lexicons of the story's language: ``check.compare_extracted``
hands the sources' reading language (``check.story_language``) to the figure and date
matchers of ``crosscheck/match/`` (``claim_blocks``, ``pairs_in_block``, ``with_date_pairs``,
``vague_pairs``), and every lexicon reader of ``match/`` (``match_rules(lang)``,
``date_words(lang)``, ``common_words(lang)`` ...) is cached per language. The pair context
of ``rules/`` hands them the story's language too, and so do the pair rules, their
explanations and severities, ``aligned_figures`` and ``alignment``
(tests/test_language_rules.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from crosscheck.check import run_story, story_language
from crosscheck.match.vague_setting import common_words
from crosscheck.model import Source
from tests.cached_readers import cached_readers, language_faults
from tests.fakelang import FAKE, add_common_words, fake_language

ANCHOR = date(2024, 3, 14)
# A vague count and an exact one of one noun and no event word (``match.vague_pairs``), both
# dated: paired when their sentences share two content words besides the noun
# (``vague_setting.same_happening``, less the ``common_words`` of common_words.toml). These
# share three, "amendments", "filed", "monday"; the fake language's common_words.toml lists
# two of them, so its sentences share one and the two counts are not paired.
VAGUE = "Hundreds of amendments were filed on Monday."
EXACT = "More than 550 amendments were filed on Monday."
COMMON = ("filed", "monday")


@pytest.fixture
def lexicon_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped lexicons copied to a temporary root with a fake language ``FAKE``:
    English's files plus two common words in common_words.toml."""
    yield from fake_language(tmp_path, monkeypatch, add_common_words(COMMON))


def _story(language: str) -> list[Source]:
    return [
        Source(id="a", text=VAGUE, language=language, published=ANCHOR),
        Source(id="b", text=EXACT, language=language, published=ANCHOR),
    ]


def _pairs(language: str) -> list[tuple[str, str]]:
    _, compared = run_story(_story(language))
    return [(p.a.text, p.b.text) for p in compared.pairs]


def test_a_matching_word_is_read_in_the_story_s_language(lexicon_root: Path) -> None:
    assert _pairs("en") == [("Hundreds of amendments", "More than 550 amendments")]
    assert _pairs(FAKE) == []  # "filed" and "monday" are common words of the fake language
    assert _pairs(f"{FAKE}-YY") == []  # a regional tag of the fake language


def test_the_match_readers_are_cached_per_language(lexicon_root: Path) -> None:
    assert set(COMMON) <= common_words(FAKE)
    assert not set(COMMON) & common_words("en")
    assert common_words(FAKE) is common_words(FAKE)  # read once per language


def test_the_story_s_language_is_its_sources_reading_language(lexicon_root: Path) -> None:
    assert story_language(_story(f"{FAKE}-YY")) == FAKE
    assert story_language(_story("en-GB")) == "en"
    assert story_language([]) == "en"
    mixed = [*_story("en")[:1], *_story(FAKE)[1:]]
    with pytest.raises(ValueError, match="one language"):
        story_language(mixed)


# --- every call of a match reader hands it the language ----------------------------------
# As for the claims readers (tests/test_language_claims.py): ``functools.cache`` hides a
# reader's signature from mypy, so a call that leaves the language out fails only when it
# runs.

# Cached functions of match/ that read no language's lexicon: the scorers of the matching
# engine (common/matching.toml, shared with the name and certainty families).
NO_LANGUAGE = {("engine", "scorer_names"), ("engine", "scorer")}


def test_every_call_of_a_match_reader_hands_it_the_language() -> None:
    readers = {k: n for k, n in cached_readers("match").items() if k not in NO_LANGUAGE}
    assert len(readers) >= 25  # not vacuous: the package's readers were found
    faults = language_faults(readers, "match")
    assert not faults, faults
