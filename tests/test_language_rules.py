"""The rules stage is handed the story's language: ``check.compare_extracted`` gives
``check.story_language`` to ``rules.superseded_in``, ``rules.compare_pairs`` and, for a draft,
``rules.pair_context``; the pair context carries it (``PairContext.lang``) to the readers the
pair rules' filters call (``_figures_by_source``, ``_one_source_gives_both``,
``numeric.stated_under_other_noun``, ``casualty_mates.unlike_mates``, ``superseded``'s
``same_frame``). The pair rules themselves, their explanations and severities, and
``aligned_figures``/``alignment`` still read the default language (issue 10: a later step)."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crosscheck import rules
from crosscheck.check import run_story
from crosscheck.model import Source
from tests.fakelang import FAKE, fake_language

ANCHOR = date(2024, 3, 14)
CHECK = importlib.import_module("crosscheck.check")  # the module: the package exports ``check``


@pytest.fixture
def lexicon_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped lexicons copied to a temporary root with a fake language ``FAKE``."""
    yield from fake_language(tmp_path, monkeypatch, lambda _: None)


def _story(language: str) -> list[Source]:
    return [
        Source(id="a", text="At least 12 people were killed.", language=language, published=ANCHOR),
        Source(id="b", text="At least 15 people were killed.", language=language, published=ANCHOR),
    ]


def _languages_handed(monkeypatch: pytest.MonkeyPatch, language: str, **kw: Any) -> set[str]:
    """The languages ``check`` hands the rules stage's entries for a story in ``language``."""
    seen: set[str] = set()

    def spy(name: str) -> None:
        real = getattr(rules, name)

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
    context = rules.pair_context(rules.by_source(_story("en")), lang="en")
    assert context.lang == "en"
