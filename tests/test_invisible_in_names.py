"""Format characters inside a name ("Tsikha\u200bnouskaya": zero-width space, joiners, word
joiner, zero-width no-break space, soft hyphen) are read through, as zw58 reads them through
inside a figure: one word whose text keeps the article's own characters and whose keys drop
them (qa59; before, the name ended at the character: "Sviatlana Tsikha")."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from crosscheck.names.finder import names_in
from crosscheck.text.sentences import split_sentences
from crosscheck.text.tokens import lowered_words, tokenize, word_tokens
from tests.clirun import run_cli

_INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
_SENTENCE = "Opposition leader Sviatlana {name} left Minsk on Tuesday, her office said."
_LATER = " {name} has lived in Vilnius since 2020.\n"


@pytest.mark.parametrize("mark", _INVISIBLE)
def test_a_format_character_inside_a_name_is_read_through(mark: str) -> None:
    text = _SENTENCE.format(name=f"Tsikha{mark}nouskaya")
    mentions = names_in(split_sentences(text), "en")
    assert text[mentions[0].start : mentions[0].end] == f"Sviatlana Tsikha{mark}nouskaya"
    assert (mentions[0].text, mentions[0].tokens) == (
        "Sviatlana Tsikhanouskaya",
        ("Sviatlana", "Tsikhanouskaya"),
    )


@pytest.mark.parametrize("mark", _INVISIBLE)
def test_a_word_keeps_its_characters_and_its_key_drops_them(mark: str) -> None:
    word = f"Tsikha{mark}nouskaya"
    for tokens in (tokenize(f"{word}'s office"), word_tokens(f"{word}'s office")):
        first = tokens[0]
        assert (first.text, first.lower) == (f"{word}'s", "tsikhanouskaya's")
    assert lowered_words(f"the {word} office") == ("the", "tsikhanouskaya", "office")


@pytest.mark.parametrize("mark", _INVISIBLE)
def test_a_format_character_at_a_word_end_is_no_part_of_it(mark: str) -> None:
    # read through only between two letters: before a space it parts words as before
    assert [t.text for t in tokenize(f"Tsikha{mark} nouskaya")] == ["Tsikha", mark, "nouskaya"]
    assert [t.text for t in tokenize(f"{mark}Minsk")] == [mark, "Minsk"]


@pytest.mark.timeout(10)
def test_a_long_run_of_format_characters_inside_a_word_is_linear() -> None:
    text = "Sviatlana Tsikha" + "\u200b" * 200_000 + "nouskaya left. " + "a\u200b " * 50_000
    mentions = names_in(split_sentences(text), "en")
    assert [m.text for m in mentions] == ["Sviatlana Tsikhanouskaya"]


def _story(folder: Path, names: dict[str, str]) -> Path:
    folder.mkdir()
    entries = []
    for source, name in names.items():
        text = "Minsk, 4 March 2025. " + _SENTENCE.format(name=name) + _LATER.format(name=name)
        (folder / f"{source}.txt").write_text(text, encoding="utf-8")
        entries.append(
            f'[[sources]]\nfile = "{source}.txt"\noutlet = "{source.upper()}"\n'
            "published = 2025-03-04\n"
        )
    (folder / "story.toml").write_text('title = "t"\n' + "".join(entries), encoding="utf-8")
    return folder


def _rows(out: Path) -> list[dict[str, str]]:
    text = (out / "discrepancies.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_a_name_with_a_zero_width_space_is_the_same_spelling(tmp_path, capsys) -> None:
    story = _story(tmp_path / "s", {"a": "Tsikha\u200bnouskaya", "c": "Tsikhanouskaya"})
    status, _, stderr = run_cli(["run", str(story), "--out", str(tmp_path / "o")], capsys)
    assert status == 0, stderr
    assert [r for r in _rows(tmp_path / "o") if r["kind"] == "name.variant"] == []


def test_a_name_with_a_zero_width_space_counts_with_its_spelling(tmp_path, capsys) -> None:
    names = {"a": "Tsikha\u200bnouskaya", "b": "Tsikhanovskaya", "c": "Tsikhanouskaya"}
    story = _story(tmp_path / "s", names)
    status, _, stderr = run_cli(["run", str(story), "--out", str(tmp_path / "o")], capsys)
    assert status == 0, stderr
    (row,) = [r for r in _rows(tmp_path / "o") if r["kind"] == "name.variant"]
    # before: a's mentions were "Sviatlana Tsikha" and "Tsikha", and went uncounted
    assert (row["source_a"], row["value_a"]) == ("a", "Tsikhanouskaya")
    assert row["claim_a"] == "Sviatlana Tsikha\u200bnouskaya"  # the article's own text
    assert row["details"] == "'Tsikhanouskaya': 2 in a, 2 in c | 'Tsikhanovskaya': 2 in b"
