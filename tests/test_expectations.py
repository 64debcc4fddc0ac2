"""Every entry of every expectations/*.toml is a named test; plus the loader's validation."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from crosscheck import check, load_story
from crosscheck.errors import ConfigError, InputError
from crosscheck.expectations import (
    check_expectation,
    contains_words,
    evaluate,
    load_expectations,
)
from crosscheck.model import Report

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "expectations").glob("*.toml"))


@cache
def _report(story: Path) -> Report:
    loaded = load_story(story)
    return check(loaded.sources, problems=loaded.problems)


def _entries():
    for path in FILES:
        spec = load_expectations(path)
        for e in spec.expectations:
            marks = [pytest.mark.xfail(strict=True, reason=e.xfail)] if e.xfail else []
            yield pytest.param(spec.story, e, id=f"{path.stem}::{e.id}", marks=marks)


@pytest.mark.parametrize(("story", "expectation"), list(_entries()))
def test_expectation(story, expectation):
    outcome = check_expectation(expectation, _report(story))
    assert outcome.passed, f"{outcome.message}\n  why: {expectation.why}"


def _known_miss_file(tmp_path: Path, claims: str) -> Path:
    path = tmp_path / "expectations" / "belarus.toml"
    path.parent.mkdir()
    path.write_text(
        f'story = "{(ROOT / "sources" / "belarus").as_posix()}"\n'
        f'[[conflict]]\nid = "k"\nclaims = {claims}\nxfail = "the finder misses it"\n',
        encoding="utf-8",
    )
    return path


def test_a_known_miss_passes_while_it_fails(tmp_path):
    spec = load_expectations(_known_miss_file(tmp_path, '["over 1,200", "at least 55"]'))
    (expectation,) = spec.expectations
    assert expectation.xfail == "the finder misses it"
    outcome = evaluate(expectation, _report(spec.story))
    assert outcome.passed and outcome.known_miss
    assert "known miss (the finder misses it)" in outcome.message


def test_a_known_miss_that_passes_fails(tmp_path):
    spec = load_expectations(_known_miss_file(tmp_path, '["over 1,200", "nearly 1,400"]'))
    outcome = evaluate(spec.expectations[0], _report(spec.story))
    assert not outcome.passed and "remove its 'xfail'" in outcome.message


def test_verify_counts_known_misses(tmp_path, capsys):
    from crosscheck.cli import main

    path = _known_miss_file(tmp_path, '["over 1,200", "at least 55"]')
    assert main(["verify", str(path)]) == 0
    out = capsys.readouterr().out
    assert "xfail belarus::k" in out and "0 passed, 0 failed, 1 known miss" in out


def test_every_story_has_expectations():
    stories = sorted(p.name for p in (ROOT / "sources").iterdir() if p.is_dir())
    assert stories == sorted(p.stem for p in FILES)


def test_each_file_has_conflicts_and_must_nots():
    for path in FILES:
        spec = load_expectations(path)
        assert any(e.must_flag for e in spec.expectations), path
        assert any(not e.must_flag for e in spec.expectations), path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("story = 'x'\n[[conflict]]\nid = 'a'\nclaims = ['1']\n", "two non-empty strings"),
        (
            "story = 'x'\n[[conflict]]\nid = 'a'\nclaims = ['1', '2']\nkind = 'numbers'\n",
            "unknown kind",
        ),
        ("story = 'x'\n[[conflict]]\nid = 'a'\nclaim = ['1', '2']\n", "unknown key 'claim'"),
        ("story = 'x'\n[[conflict]\n", "invalid TOML"),
        ("[[conflict]]\nid = 'a'\nclaims = ['1', '2']\n", "'story'"),
        (
            "story = 'x'\n[[conflict]]\nid = 'a'\nclaims = ['1', '2']\n"
            "[[consistent]]\nid = 'a'\nclaims = ['3', '4']\n",
            "duplicate ids: a",
        ),
        (
            "story = 'x'\n[[conflict]]\nid = 'a'\nclaims = ['1', '2']\nwhy = 3\n",
            "(a): 'why' must be a string",
        ),
        (
            "story = 'x'\n[[ignored]]\nid = 'b'\nwords = 'w'\nwhy = 3\n",
            "(b): 'why' must be a string",
        ),
    ],
)
def test_bad_expectations_files_name_file_and_problem(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_expectations(path)
    assert message in str(err.value)
    assert str(path) in str(err.value)


def test_a_must_not_pair_fails_when_a_claim_is_lost(tmp_path):
    path = tmp_path / "e.toml"
    path.write_text(
        "story = 'x'\n[[consistent]]\nid = 'lost'\nclaims = ['over 1,200', 'no such words']\n",
        encoding="utf-8",
    )
    [expectation] = load_expectations(path).expectations
    outcome = evaluate(expectation, _report(ROOT / "sources" / "belarus"))
    assert not outcome.passed
    assert "extraction lost it" in outcome.message


def test_deeply_nested_expectations_are_one_clear_error(tmp_path):
    path = tmp_path / "deep.toml"
    path.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="nested more than"):
        load_expectations(path)


def test_an_expectations_fifo_is_refused_not_waited_on(tmp_path):
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    path = tmp_path / "e.toml"
    os.mkfifo(path)
    with pytest.raises(InputError, match="not a regular file"):
        load_expectations(path)


@pytest.mark.parametrize(
    ("words", "text", "inside"),
    [
        ("Exxon", "ExxonMobile", False),
        ("Exxon", "Exxon Mobil", True),
        ("20", "since 2020", False),
        ("1,200", "over 1,200.", True),
        ("$2 billion", "up to $2 billion,", True),
        ("Mobil", "ExxonMobil", False),
        ("it's", "It\u2019s  over", True),
    ],
)
def test_expectation_words_match_whole_words(words, text, inside):
    assert contains_words(words, text) is inside


def test_a_must_not_name_pair_is_not_tripped_by_a_longer_name(tmp_path):
    """The must-not "Exxon" / "ExxonMobil" (two house styles) is not the row "ExxonMobil" /
    "ExxonMobile" (a misspelling): "Exxon" is no word of "ExxonMobile"."""
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text(
        "Exxon said on Monday that ExxonMobil would appeal. ExxonMobil declined to comment.\n",
        encoding="utf-8",
    )
    (story / "b.txt").write_text(
        "ExxonMobile said on Monday it would appeal. Exxon declined to comment further.\n",
        encoding="utf-8",
    )
    report = check(load_story(story).sources)
    rows = [d for d in report.discrepancies if d.kind.value == "name.variant"]
    assert any({d.a.text, d.b.text} == {"ExxonMobil", "ExxonMobile"} for d in rows)
    path = tmp_path / "e.toml"
    path.write_text(
        "story = 'story'\n[[consistent]]\nid = 'styles'\nkind = 'name.variant'\n"
        "claims = ['Exxon', 'ExxonMobil']\n",
        encoding="utf-8",
    )
    [expectation] = load_expectations(path).expectations
    assert evaluate(expectation, report).passed
