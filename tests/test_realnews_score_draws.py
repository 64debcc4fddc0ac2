"""benchmarks.realnews.score splits recall and precision by draw (developed-on vs blind)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from benchmarks.realnews.sample import Row, unjudged_text
from benchmarks.realnews.score import blind_stories, draw_files, draw_table, read_draw, score_story
from crosscheck import check
from crosscheck.expectations import Expectation, ExpectationFile
from crosscheck.model import DiscrepancyKind, Source

PUBLISHED = date(2025, 3, 10)


def _score(story: str, a: str, b: str):
    report = check(
        [Source(id="a", text=a, published=PUBLISHED), Source(id="b", text=b, published=PUBLISHED)]
    )
    gold = Expectation(
        id="toll",
        must_flag=True,
        claims=("12 people", "15 people"),
        kind=DiscrepancyKind.NUMERIC_CONFLICT,
        sources=("a", "b"),
    )
    spec = ExpectationFile(path=Path("x.toml"), story=Path("x"), expectations=(gold,))
    return score_story(spec, report, story)


def _write(folder: Path, name: str, ids: list[str]) -> Path:
    path = folder / name
    path.write_text("# seed=1 count=2\n" + "\n".join(ids) + "\n", encoding="utf-8")
    return path


def test_draw_files_come_in_draw_order_and_skip_comments(tmp_path: Path) -> None:
    _write(tmp_path, "draw10.txt", ["j"])
    _write(tmp_path, "draw2.txt", ["b"])
    first = _write(tmp_path, "draw.txt", ["a", "c"])
    assert [p.name for p in draw_files(tmp_path)] == ["draw.txt", "draw2.txt", "draw10.txt"]
    assert read_draw(first) == ["a", "c"]


def test_each_story_is_counted_under_its_own_draw(tmp_path: Path) -> None:
    draws = [_write(tmp_path, "draw.txt", ["s1"]), _write(tmp_path, "draw2.txt", ["s2"])]
    found = _score("s1", "The fire killed 12 people.", "The fire killed 15 people.")
    missed = _score("s2", "The fire killed 12 people.", "Rain fell on 15 people.")
    stray = _score("s3", "The fire killed 12 people.", "Rain fell on 15 people.")
    lines = draw_table([found, missed, stray], draws).splitlines()
    cells = {
        line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:-1]] for line in lines[2:]
    }
    assert cells["draw"][:3] == ["1", "1/1", "100%"]
    assert cells["draw2"][:3] == ["1", "0/1", "0%"]
    assert cells["other"][:3] == ["1", "0/1", "0%"]


def test_development_and_blind_draws_are_summed_apart(tmp_path: Path) -> None:
    draws = [
        _write(tmp_path, "draw.txt", ["s1"]),
        _write(tmp_path, "draw2.txt", ["s2"]),
        _write(tmp_path, "draw3.txt", ["s3"]),
    ]
    found = _score("s1", "The fire killed 12 people.", "The fire killed 15 people.")
    missed = _score("s2", "The fire killed 12 people.", "Rain fell on 15 people.")
    blind = _score("s3", "The fire killed 12 people.", "The fire killed 15 people.")
    lines = draw_table([found, missed, blind], draws, first_blind="draw3").splitlines()
    cells = {
        line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:-1]] for line in lines[2:]
    }
    assert cells["development draws (draw-draw2)"][:3] == ["2", "1/2", "50%"]
    assert cells["blind draws (draw3-draw3)"][:3] == ["1", "1/1", "100%"]
    no_cut = draw_table([found, missed, blind], draws, first_blind="draw9")
    assert "blind draws" not in no_cut


def test_blind_stories_are_those_of_the_first_blind_draw_and_later(tmp_path: Path) -> None:
    draws = [
        _write(tmp_path, "draw.txt", ["a"]),
        _write(tmp_path, "draw2.txt", ["b"]),
        _write(tmp_path, "draw3.txt", ["c", "d"]),
    ]
    assert blind_stories(draws, "draw2") == {"b", "c", "d"}
    assert blind_stories(draws, "draw3") == {"c", "d"}
    assert blind_stories(draws, "draw9") == frozenset()


def test_the_sample_prints_no_words_of_a_blind_storys_row() -> None:
    row = Row(
        story="s1", id="time-1", kind="time.precision", severity="low", source_a="a",
        claim_a="Tuesday night", quote_a="met on Tuesday night", source_b="b",
        claim_b="Tuesday", quote_b="met Tuesday", explanation="both date one event",
    )  # fmt: skip
    shown = unjudged_text(row, None, frozenset({"s1"}))
    assert "s1 time-1" in shown
    assert "Tuesday" not in shown and "met" not in shown
    assert "met on Tuesday night" in unjudged_text(row, None, frozenset({"s2"}))
