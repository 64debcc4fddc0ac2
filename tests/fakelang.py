"""The made-up languages of the tests, in one place: codes that can never be a real
language folder, so that adding one (``crosscheck/lexicon/<lang>/``) breaks no test.

ISO 639-2 reserves ``qaa``-``qtz`` for local use: no language has one of those codes, and
``tests/test_lexicon.py`` checks that no shipped folder takes one. They are still valid
language tags (``crosscheck.language.language_tag``), so the loader reads a folder of that
name in a temporary lexicon root like any other language's."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

import crosscheck.lexicon as lexicon_module
from crosscheck.check import run_story
from crosscheck.lexicon import COMMON
from crosscheck.model import DiscrepancyKind, Source
from tests.lexicon_caches import clear_lexicon_caches

PACKAGE = Path(str(resources.files(lexicon_module)))
FAKE = "qaa"  # a language the tests make: a copy of English's files with words changed
BARE = "qab"  # a language folder the tests make without the file a stage reads
ABSENT = "qtz"  # a language no test makes: there is never a folder for it
RESERVED = re.compile(r"q[a-t][a-z]")  # ISO 639-2's codes for local use


def shipped_languages() -> tuple[str, ...]:
    """The language folders under ``crosscheck/lexicon/``, read from the folder itself."""
    return tuple(
        sorted(
            child.name
            for child in PACKAGE.iterdir()
            if child.is_dir() and child.name != COMMON and not child.name.startswith("__")
        )
    )


def no_lexicon_message(source_id: str, tag: str) -> str:
    """The one line a source in a language with no folder fails with, today's folders named."""
    available = ", ".join(shipped_languages())
    return f"source {source_id!r}: no lexicon for language {tag!r} yet (available: {available})"


def copy_lexicons(tmp_path: Path) -> Path:
    """The shipped lexicons (data files only) copied to ``tmp_path / "lexicon"``."""
    root = tmp_path / "lexicon"
    shutil.copytree(PACKAGE, root, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return root


def replace_once(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` of the file at ``path`` with ``new`` (``old`` must be there)."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def add_after(path: Path, opening: str, line: str) -> None:
    """Add ``line`` right after the (first) text ``opening`` of the file at ``path``."""
    replace_once(path, opening, f"{opening}\n{line}")


def add_common_words(words: Iterable[str]) -> Callable[[Path], None]:
    """An ``edit`` for ``fake_language``: ``words`` added to the language's common_words.toml
    (words a stage then reads as too common to tell two sentences or claims apart)."""

    def edit(fake: Path) -> None:
        path = fake / "common_words.toml"
        opening = "words = ["
        assert path.read_text(encoding="utf-8").count(opening) == 1
        replace_once(path, opening, opening + "".join(f' "{w}",' for w in words))

    return edit


def copy_english(root: Path, language: str, files: Iterable[str]) -> None:
    """A new folder for ``language`` under the lexicon root ``root`` holding English's
    ``files`` (their names without ``.toml``), and no other."""
    (root / language).mkdir()
    for name in files:
        shutil.copy(root / "en" / f"{name}.toml", root / language / f"{name}.toml")


def missing_file_message(language: str, name: str) -> str:
    """The one line a stage fails with when ``language``'s folder lacks ``name``.toml."""
    return f"lexicon/{language}/{name}.toml: lexicon file is missing (language '{language}')"


def fake_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    edit: Callable[[Path], None],
    files: tuple[str, ...] | None = None,
) -> Iterator[Path]:
    """The shipped lexicons copied to a temporary root with a folder for the fake language
    ``FAKE``: English's files (only ``files``, their names without ``.toml``, when given),
    changed by ``edit`` (given that folder). The loader reads that root while the caller
    holds it (a fixture's ``yield from``); every lexicon cache is emptied before and after."""
    root = copy_lexicons(tmp_path)
    if files is None:
        shutil.copytree(root / "en", root / FAKE)
    else:
        copy_english(root, FAKE, files)
    edit(root / FAKE)
    monkeypatch.setattr("crosscheck.lexicon.resources.files", lambda _: root)
    clear_lexicon_caches()
    try:
        yield root
    finally:
        monkeypatch.undo()
        clear_lexicon_caches()


def wording_rows(
    texts: tuple[str, str], language: str, kind: DiscrepancyKind, published: date
) -> list[str]:
    """The explanations of the ``kind`` rows (a name or certainty kind: the story's wording
    rows) of a story of two sources, ``a`` and ``b``, both in ``language``."""
    sources = [
        Source(id=source, text=text, language=language, published=published)
        for source, text in zip(("a", "b"), texts, strict=True)
    ]
    _, compared = run_story(sources)
    return [d.explanation for d in compared.wording if d.kind is kind]
