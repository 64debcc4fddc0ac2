"""claims.toml's ``clause_wh_words`` is one typed field of ``ClaimWords``, read once per
language and used by both readers of a figure's noun: the subject reader
(``figure_nouns``: "70 percent of [what] it asked for") and the object reader
(``frame_what``: "$5 million of [what] it asked for")."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from crosscheck.claims.extract import extract_claims
from crosscheck.model import Source
from crosscheck.text.words import claim_words
from tests.fakelang import FAKE, add_after, fake_language

WORD = "welches"  # a clause word of the fake language only
CODE = Path(__file__).resolve().parent.parent / "crosscheck"


@pytest.fixture
def lexicon_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """English's lexicons as the fake language ``FAKE``, with one more clause word."""

    def edit(fake: Path) -> None:
        add_after(fake / "claims.toml", "clause_wh_words = [", f'"{WORD}",')

    yield from fake_language(tmp_path, monkeypatch, edit)


def _read(text: str, language: str) -> list[tuple[str, str]]:
    source = Source(id="a", text=text, language=language, published=date(2024, 3, 14))
    return [(c.text, c.subject) for c in extract_claims(source)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (f"The union got 70 percent of {WORD} it asked for.", "70 percent"),  # figure_nouns
        (f"The union got $5 million of {WORD} it asked for.", "$5 million"),  # frame_what
    ],
)
def test_both_readers_take_the_field_of_the_source_s_language(
    lexicon_root: Path, text: str, figure: str
) -> None:
    assert _read(text, FAKE) == [(figure, "")]  # a clause follows: no noun
    assert _read(text, "en") == [(f"{figure} of {WORD}", "welch")]  # a noun in English


def test_the_field_is_read_once_per_language(lexicon_root: Path) -> None:
    assert WORD in claim_words(FAKE).clause_wh_words
    assert WORD not in claim_words("en").clause_wh_words
    assert claim_words(FAKE) is claim_words(FAKE)


def test_one_loader_reads_the_key() -> None:
    readers = [
        path.relative_to(CODE).as_posix()
        for path in sorted(CODE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and node.value == "clause_wh_words"
    ]
    assert readers == ["text/words.py"]
