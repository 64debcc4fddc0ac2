"""Every entry of every expectations/*.toml is a named test; plus the loader's validation."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from crosscheck import check, load_story
from crosscheck.errors import ConfigError
from crosscheck.expectations import evaluate, load_expectations
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
            yield pytest.param(spec.story, e, id=f"{path.stem}::{e.id}")


@pytest.mark.parametrize(("story", "expectation"), list(_entries()))
def test_expectation(story, expectation):
    outcome = evaluate(expectation, _report(story))
    assert outcome.passed, f"{outcome.message}\n  why: {expectation.why}"


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
