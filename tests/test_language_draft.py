"""The draft command reads a draft in its story's language: a draft's text has no story.toml
entry, so ``crosscheck draft`` gives it the story's (``check.story_language`` of the loaded
sources, the one language a story is read in) when it loads it (``articles.load_source(...,
language=...)``), and every reader below the one orchestrator reads the draft in it. Before,
the draft was read in the default language, and a story in another one failed with "one story
is read in one language"."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from crosscheck.cli import main
from crosscheck.cli.draft import load_draft
from crosscheck.match.vague_setting import common_words
from tests.fakelang import FAKE, add_common_words, fake_language

# A vague count and an exact one of one noun, paired when their sentences share two content
# words besides the noun (``match.vague_setting.same_happening``, less ``common_words``): these
# share "amendments", "filed" and "monday"; the fake language's common_words.toml lists two of
# them, so read in it the draft's vague count meets no source's figure.
DRAFT = "Hundreds of amendments were filed on Monday.\n"
SOURCE = "More than 550 amendments were filed on Monday.\n"
COMMON = ("filed", "monday")


@pytest.fixture
def lexicon_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped lexicons with a fake language ``FAKE``: English's files plus two common
    words in common_words.toml."""
    yield from fake_language(tmp_path, monkeypatch, add_common_words(COMMON))


def _story(tmp_path: Path, language: str) -> Path:
    folder = tmp_path / f"story-{language}"
    folder.mkdir()
    (folder / "wire.txt").write_text(SOURCE, encoding="utf-8")
    (folder / "story.toml").write_text(
        f'language = "{language}"\n[[sources]]\nfile = "wire.txt"\npublished = 2024-03-14\n',
        encoding="utf-8",
    )
    return folder


def _verdicts(tmp_path: Path, language: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    out = tmp_path / f"out-{language}"
    story = _story(tmp_path, language)
    args = ["draft", str(draft), "--against", str(story), "--out", str(out), "--format", "csv"]
    args += ["--published", "2024-03-14"]
    code = main(args)
    err = capsys.readouterr().err
    assert code == 0, err
    rows = csv.DictReader(io.StringIO((out / "draft.csv").read_text(encoding="utf-8")))
    return [f"{r['draft_claim']}: {r['verdict']}" for r in rows if r["draft_claim"] != "on Monday"]


def test_a_draft_is_read_in_its_story_s_language(
    lexicon_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert set(COMMON) <= common_words(FAKE)
    # read in English, the vague count meets the source's figure and is told apart from it
    assert _verdicts(tmp_path, "en", capsys) == ["Hundreds of amendments: disagrees"]
    # read in the fake language, whose common words leave the two sentences one in common
    assert _verdicts(tmp_path, FAKE, capsys) == ["Hundreds of amendments: unsupported"]


def test_the_draft_loader_gives_the_draft_the_language(lexicon_root: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    assert load_draft(draft, None, "en").language == "en"
    assert load_draft(draft, None, FAKE).language == FAKE
