"""The rules stage is handed the story's language: ``check.compare_extracted`` gives
``check.story_language`` to ``rules.context.superseded_in``, ``rules.compare_pairs`` and, for a
draft, ``rules.context.pair_context``; the pair context carries it (``PairContext.lang``) to
the pair rules (``Rule.find(a, b, lang)``), their filters, explanations and severities, and the
story records (``StoryRecords.lang``) to the story rules; ``aligned_figures``/``alignment``
are handed it by ``check``. rules/'s own cached readers (``compare_rules(lang)``, the
``_words(lang)`` of ``superseded``, ``running_counts`` and ``name_variant`` ...) and those of
``aligned_figures`` are cached per language; the guard below fails on one that takes no
language or a call that leaves it out (lang52)."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crosscheck import alignment, rules
from crosscheck.check import run_story
from crosscheck.model import Source
from crosscheck.rules.base import compare_rules
from crosscheck.rules.context import pair_context
from tests.cached_readers import cached_parameters, cached_readers, language_faults
from tests.fakelang import FAKE, fake_language

ANCHOR = date(2024, 3, 14)
CHECK = importlib.import_module("crosscheck.check")  # the module: the package exports ``check``
# How compare.toml [describe] tells "at least 12" in a row's explanation (``describe_value``).
ENGLISH_AT_LEAST = '"at least" = "{n} or more"'
FAKE_AT_LEAST = '"at least" = "no fewer than {n} (fake)"'


@pytest.fixture
def lexicon_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped lexicons copied to a temporary root with a fake language ``FAKE``: English's
    files, its compare.toml describing "at least" in other words (``DESCRIBED``)."""

    def edit(fake: Path) -> None:
        path = fake / "compare.toml"
        text = path.read_text(encoding="utf-8")
        assert text.count(ENGLISH_AT_LEAST) == 1
        path.write_text(text.replace(ENGLISH_AT_LEAST, FAKE_AT_LEAST), encoding="utf-8")

    yield from fake_language(tmp_path, monkeypatch, edit)


def _story(language: str) -> list[Source]:
    return [
        Source(id="a", text="At least 12 people were killed.", language=language, published=ANCHOR),
        Source(id="b", text="At least 15 people were killed.", language=language, published=ANCHOR),
    ]


def _languages_handed(monkeypatch: pytest.MonkeyPatch, language: str, **kw: Any) -> set[str]:
    """The languages ``check`` hands the rules stage's entries for a story in ``language``."""
    seen: set[str] = set()

    def spy(name: str) -> None:
        real = getattr(CHECK, name)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            seen.add(kwargs["lang"] if "lang" in kwargs else args[-1])
            return real(*args, **kwargs)

        monkeypatch.setattr(CHECK, name, wrapped)

    for name in ("superseded_in", "compare_pairs", "pair_context"):
        spy(name)
    run_story(_story(language), **kw)
    return seen


def test_the_rules_stage_is_handed_the_story_s_language(
    lexicon_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _languages_handed(monkeypatch, f"{FAKE}-YY") == {FAKE}
    assert _languages_handed(monkeypatch, "en-GB") == {"en"}
    assert _languages_handed(monkeypatch, FAKE, focus="a") == {FAKE}  # a draft's pairs too


def test_the_pair_context_carries_the_language() -> None:
    context = pair_context(rules.by_source(_story("en")), lang="en")
    assert context.lang == "en"


def _explanations(language: str) -> list[str]:
    _, compared = run_story(_story(language))
    return [d.explanation for d in compared.figures]


def test_a_row_s_figures_are_described_in_the_story_s_language(lexicon_root: Path) -> None:
    """The pair rules' explanation reads compare.toml [describe] (``compare_rules(lang)``) of
    the story's language: the two tolls are one row either way, described in each's words."""
    [english] = _explanations("en")
    [fake] = _explanations(FAKE)
    assert "12 or more" in english and "(fake)" not in english
    assert "no fewer than 12 (fake)" in fake and "12 or more" not in fake
    assert compare_rules(FAKE) is compare_rules(FAKE)  # read once per language
    assert compare_rules(FAKE).describe["at least"] != compare_rules("en").describe["at least"]


# --- every cached reader of rules/ and aligned_figures takes the language -----------------
# As for the claims and match readers (tests/test_language_claims.py): ``functools.cache``
# hides a reader's signature from mypy, so a call that leaves the language out fails only
# when it runs, and a reader with no ``lang`` reads one language whatever the story's.
LEAST_READERS = {"rules": 8, "aligned_figures": 2}


@pytest.mark.parametrize("package", sorted(LEAST_READERS))
def test_every_cached_reader_takes_the_language_and_every_call_hands_it(package: str) -> None:
    parameters = cached_parameters(package)
    assert len(parameters) >= LEAST_READERS[package]  # not vacuous: the readers were found
    assert [key for key, names in parameters.items() if "lang" not in names] == []
    faults = language_faults(cached_readers(package), package)
    assert not faults, faults


def test_the_sentence_aligner_takes_the_language() -> None:
    """``alignment`` caches nothing of its own (its stems are match/'s readers, guarded
    there): each of its entries takes the story's language."""
    assert cached_readers("alignment") == {}
    for entry in (
        alignment.names_of,
        alignment.describe,
        alignment.align_sentences,
        alignment.may_align,
        alignment.story_aligner,
    ):
        assert "lang" in inspect.signature(entry).parameters, entry.__name__
