"""Input defects qa57 and fix57 left (fix59): control characters reaching CSV cells, a
UTF-16 story.toml, and ``init`` leaving a page's site name out."""

from __future__ import annotations

import codecs
import re
import shutil
from pathlib import Path

import pytest

from crosscheck.report.cells import escape_cell, unescape_cell
from tests.clirun import centre_page
from tests.clirun import csv_rows as _rows
from tests.clirun import run_cli as _run

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources" / "belarus"
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
ARTICLE = (
    "Minsk. On 3 March 2025 the \x1b[2J\x1b]0;owned\x07centre said 1,200 political prisoners"
    " were held.\n"
)


def _story(tmp_path: Path, *, toml: bytes | None = None) -> Path:
    story = tmp_path / "s"
    shutil.copytree(SAMPLE, story)
    if toml is not None:
        (story / "story.toml").write_bytes(toml)
    return story


def test_control_characters_reach_no_csv_cell(tmp_path, capsys):
    story = _story(tmp_path)
    (story / "centre.txt").write_text(ARTICLE, encoding="utf-8")
    with (story / "story.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[sources]]\nfile = "centre.txt"\noutlet = "Centre\\u001b[31m\\u0007"\n')
    out = tmp_path / "o"
    assert _run(["run", str(story), "--out", str(out), "--format", "csv"], capsys)[0] == 0
    for name in ("claims.csv", "sources.csv", "discrepancies.csv"):
        assert RAW_CONTROL.search((out / name).read_text(encoding="utf-8")) is None, name
    sentence = next(r["sentence"] for r in _rows(out / "claims.csv") if r["source"] == "centre")
    assert "the \u241b[2J\u241b]0;owned\u2407centre said" in sentence  # one picture a control
    outlet = next(r["outlet"] for r in _rows(out / "sources.csv") if r["source"] == "centre")
    assert outlet == "Centre\u241b[31m\u2407"


def test_a_cell_keeps_its_length_and_layout_and_reads_back():
    text = "a\tb\nc\r\x00\x7f\x1b[1m"
    assert escape_cell(text) == "a\tb\nc\r\u2400\u2421\u241b[1m"
    assert unescape_cell(escape_cell(text)) == text
    assert escape_cell("\x1b=1") == "\u241b=1"  # starts with a picture: no formula
    assert unescape_cell(escape_cell("=\x07")) == "=\x07"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_story_toml_with_a_byte_order_mark_is_read(tmp_path, capsys, codec):
    text = (SAMPLE / "story.toml").read_text(encoding="utf-8")
    bom = {"utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    story = _story(tmp_path, toml=bom + text.encode(codec))
    code, _, err = _run(
        ["run", str(story), "--out", str(tmp_path / "o"), "--format", "csv"], capsys
    )
    assert (code, err.count("story.toml")) == (0, 0)
    code, _, _ = _run(["run", str(SAMPLE), "--out", str(tmp_path / "u"), "--format", "csv"], capsys)
    same = (tmp_path / "o" / "discrepancies.csv").read_bytes()
    assert same == (tmp_path / "u" / "discrepancies.csv").read_bytes()


def test_utf16_without_a_mark_is_named(tmp_path, capsys):
    text = (SAMPLE / "story.toml").read_text(encoding="utf-8")
    story = _story(tmp_path, toml=text.encode("utf-16-le"))
    code, _, err = _run(["run", str(story), "--out", str(tmp_path / "o")], capsys)
    assert code == 3
    assert err.strip().splitlines() == [
        f"crosscheck: error: {story / 'story.toml'}: UTF-16 text without a byte-order mark"
        " (NUL bytes between the letters); save it as UTF-8"
    ]


def test_add_keeps_a_utf16_story_toml_in_utf16(tmp_path, capsys):
    text = (SAMPLE / "story.toml").read_text(encoding="utf-8")
    story = _story(tmp_path, toml=text.encode("utf-16"))
    extra = tmp_path / "extra.txt"
    extra.write_text("Ten people died on 3 May 2024.\n", encoding="utf-8")
    code, _, err = _run(["add", str(story), str(extra)], capsys)
    assert (code, err) == (0, "")
    raw = (story / "story.toml").read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    assert raw.decode("utf-16").startswith(text)
    assert raw.decode("utf-16").endswith('[[sources]]\nfile = "extra.txt"\n')


PAGE = centre_page("Viasna")


def test_init_gives_a_page_site_name_as_the_outlet_to_check(tmp_path, capsys):
    story = tmp_path / "s"
    story.mkdir()
    (story / "centre.html").write_text(PAGE, encoding="utf-8")
    shutil.copyfile(SAMPLE / "un-news-2025-02-14.txt", story / "un-news-2025-02-14.txt")
    assert _run(["init", str(story)], capsys)[0] == 0
    page, text = (story / "story.toml").read_text(encoding="utf-8").split("[[sources]]")[1:]
    assert (
        '# outlet = "Viasna"   # CHECK: the file\'s own site name, which run uses while no'
        " outlet is set here" in page
    )
    assert '# outlet = ""' in text  # a text file has no site name of its own
