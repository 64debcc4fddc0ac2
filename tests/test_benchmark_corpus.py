"""The benchmark story generator: deterministic, valid story folders, real variation.

Small sizes only; no timing here (benchmarks run on demand, never in the test suite).
"""

from __future__ import annotations

import random
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from benchmarks.corpus import (
    CorpusDataError,
    articles_of_size,
    build_story,
    format_dateline,
    generate_articles,
    load_variants,
    parse_variants,
    rewrite,
    tempeval_text,
)

ARTICLES_SHAPE: dict[str, Any] = {
    "unrelated_share": 0.0,
    "unrelated_paragraphs": [0, 0],
    "paragraph_drop": 0.0,
    "date_spread_days": [0, 0],
    "undated_base": date(2024, 6, 15),
    "outlets": ["Test Outlet"],
}


def _folder_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _variants(*rules: dict[str, Any]) -> dict[str, Any]:
    return {"shares": {"keep": 1.0}, "articles": dict(ARTICLES_SHAPE), "rule": list(rules)}


def test_same_seed_gives_identical_folders(tmp_path: Path) -> None:
    first = build_story(12, tmp_path / "a", seed=3)
    second = build_story(12, tmp_path / "b", seed=3)
    assert _folder_files(first) == _folder_files(second)


def test_other_seed_gives_other_articles(tmp_path: Path) -> None:
    first = _folder_files(build_story(12, tmp_path / "a", seed=3))
    second = _folder_files(build_story(12, tmp_path / "b", seed=4))
    assert first != second


def test_smaller_story_is_a_prefix_of_a_larger_one() -> None:
    small = list(generate_articles(5, seed=1))
    large = list(generate_articles(9, seed=1))
    assert large[:5] == small


def test_articles_of_size_stops_at_the_first_article_reaching_the_size() -> None:
    articles = articles_of_size(20_000, seed=0)
    sizes = [len(a.text.encode("utf-8")) for a in articles]
    assert sum(sizes) >= 20_000
    assert sum(sizes[:-1]) < 20_000
    assert articles == list(generate_articles(len(articles), seed=0))


def test_folder_is_a_valid_story(tmp_path: Path) -> None:
    folder = build_story(10, tmp_path / "story", seed=0)
    with (folder / "story.toml").open("rb") as handle:
        story = tomllib.load(handle)
    entries = story["sources"]
    assert isinstance(story["title"], str)
    assert len(entries) == 10
    files = sorted(p.name for p in folder.glob("*.txt"))
    assert sorted(e["file"] for e in entries) == files
    for entry in entries:
        assert isinstance(entry["outlet"], str) and entry["outlet"]
        assert isinstance(entry["published"], date)
        assert (folder / entry["file"]).read_text(encoding="utf-8").strip()


def test_rebuilding_replaces_an_earlier_larger_story(tmp_path: Path) -> None:
    build_story(8, tmp_path / "story", seed=0)
    folder = build_story(3, tmp_path / "story", seed=0)
    assert len(list(folder.glob("*.txt"))) == 3


def test_story_loads_with_the_project_loader(tmp_path: Path) -> None:
    sources = pytest.importorskip("crosscheck.sources")
    folder = build_story(6, tmp_path / "story", seed=2)
    story = sources.load_story(folder)
    assert len(story.sources) == 6
    assert story.problems == ()
    assert all(s.published is not None and s.outlet for s in story.sources)


def test_coverage_varies_like_real_coverage() -> None:
    texts = [a.text for a in generate_articles(60, seed=0)]
    prisoners = [t for t in texts if "political prisoners" in t]
    # Some articles keep the sample's figure, others change it.
    assert any("over 1,200 political prisoners" in t for t in prisoners)
    assert any(
        "political prisoners" in t and "over 1,200" not in t and "nearly 1,400" not in t
        for t in prisoners
    )
    assert any("Lukashenko" in t for t in texts)
    assert any("Lukashenka" in t for t in texts)


def test_average_article_is_about_the_size_of_the_samples() -> None:
    sizes = [len(a.text.encode("utf-8")) for a in generate_articles(80, seed=0)]
    assert 2500 < sum(sizes) / len(sizes) < 6500


def test_rewrite_decides_once_per_article_and_keeps_capitals() -> None:
    data = _variants(
        {
            "kind": "figure",
            "find": ["over 1,200", "Over 1,200"],
            "conflict": ["fewer than 900"],
            "weights": {"conflict": 1.0},
        }
    )
    variants = parse_variants(data)
    text = "Over 1,200 remain; over 1,200 political prisoners."
    out = rewrite(text, variants, random.Random(0))
    assert out == "Fewer than 900 remain; fewer than 900 political prisoners."


def test_rewrite_leaves_longer_figures_and_words_alone() -> None:
    data = _variants(
        {"kind": "figure", "find": ["over 1,200"], "conflict": ["X"], "weights": {"conflict": 1}},
        {"kind": "name", "find": ["Lukashenko"], "diverge": ["Y"], "weights": {"diverge": 1}},
    )
    variants = parse_variants(data)
    text = "over 1,200,000 people; over 1,200.5 tons; Lukashenkos; over 1,200."
    assert rewrite(text, variants, random.Random(0)) == (
        "over 1,200,000 people; over 1,200.5 tons; Lukashenkos; X."
    )


def test_group_shares_one_decision() -> None:
    data = _variants(
        {
            "kind": "figure",
            "group": "g",
            "find": ["hundreds of thousands of"],
            "diverge": ["over {n}"],
            "range": [5, 5, 1],
            "weights": {"diverge": 1},
        },
        {
            "kind": "figure",
            "group": "g",
            "find": ["Hundreds of thousands"],
            "diverge": ["over {n}"],
            "range": [5, 5, 1],
            "weights": {"diverge": 1},
        },
    )
    text = "the exodus of hundreds of thousands of people. Hundreds of thousands fled."
    out = rewrite(text, parse_variants(data), random.Random(0))
    assert out == "the exodus of over 5 people. Over 5 fled."


@pytest.mark.parametrize(
    "rule",
    [
        pytest.param({"kind": "figure", "agree": ["x"]}, id="no-find"),
        pytest.param({"kind": "figure", "find": ["a"], "agree": ["{n}"]}, id="n-without-range"),
        pytest.param({"kind": "figure", "find": ["a"], "agree": [3]}, id="not-strings"),
        pytest.param({"kind": "figure", "find": ["a"], "oops": ["x"]}, id="unknown-key"),
        pytest.param(
            {"kind": "figure", "find": ["a"], "agree": ["x"], "range": [5, 1, 1]},
            id="reversed-range",
        ),
        pytest.param(
            {"kind": "figure", "find": ["a"], "conflict": ["x"], "weights": {"agree": 1}},
            id="no-usable-category",
        ),
    ],
)
def test_bad_rules_are_refused(rule: dict[str, Any]) -> None:
    with pytest.raises(CorpusDataError):
        parse_variants(_variants(rule))


def test_group_with_different_shapes_is_refused() -> None:
    first = {"kind": "f", "group": "g", "find": ["a"], "agree": ["x", "y"]}
    second = {"kind": "f", "group": "g", "find": ["b"], "agree": ["z"]}
    with pytest.raises(CorpusDataError):
        parse_variants(_variants(first, second))


def test_shipped_variants_file_is_valid() -> None:
    variants = load_variants()
    assert len(variants.rules) > 20
    assert "over 1,200" in variants.by_find


def test_tempeval_text_strips_markup() -> None:
    markup = (
        '<TimeML><DCT><TIMEX3 value="2013-03-22">March 22</TIMEX3></DCT><TEXT>\n'
        'It <EVENT eid="e1">killed</EVENT> 105 children &amp; more <TIMEX3>last week'
        "</TIMEX3>.\n</TEXT></TimeML>"
    )
    assert tempeval_text(markup) == "It killed 105 children & more last week."
    assert tempeval_text("<TimeML>no text element</TimeML>") == ""


@pytest.mark.parametrize(
    ("style", "expected"),
    [("month-day-year", "March 5, 2024"), ("day-month-year", "5 March 2024")],
    ids=["month-day-year", "day-month-year"],
)
def test_format_dateline(style: str, expected: str) -> None:
    assert format_dateline(date(2024, 3, 5), style) == expected
