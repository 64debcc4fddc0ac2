"""C1 control characters (U+0080-U+009F) in article text, an outlet and a review note (qa62):
written ``\\u0092`` in every CSV cell, read back exactly, and shown inertly by the terminal,
HTML and JSON reports. Four real articles hold them as mojibake: a Windows-1252 apostrophe
(0x92) or en dash (0x96) read as Latin-1, and the UTF-8 bytes of a curly quote or a dash read
as Latin-1 ("\u00e2\\x80\\x99")."""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

import pytest

from crosscheck.report.cells import escape_cell, unescape_cell
from crosscheck.report.tables import read_csv_cells
from crosscheck.review import parse_review
from tests.clirun import SAMPLE, csv_rows, write_csv_rows
from tests.clirun import run_cli as _run

C1 = re.compile("[\x80-\x9f]")
# the shapes of the four real articles: a Windows-1252 apostrophe and en dash read as Latin-1,
# a UTF-8 curly quote read as Latin-1, and a CSI (U+009B) that some terminals would run
ARTICLE = (
    "Minsk. Currently, nearly 1,900 of Belarus\x92s political prisoners endure harsh"
    " conditions \x96 at least 30,000 were detained unjustly since 2020, Tsikhanouskaya"
    "\u00e2\x80\x99s aides said \u00e2\x80\x9cin full\u00e2\x80\x9d\x9b31m, in cell C:\\u0092.\n"
)


def _story(tmp_path: Path) -> Path:
    story = tmp_path / "s"
    shutil.copytree(SAMPLE, story)
    (story / "centre.txt").write_text(ARTICLE, encoding="utf-8")
    with (story / "story.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[sources]]\nfile = "centre.txt"\noutlet = "Centre\\u0092s B"\n')
    return story


def _run_ok(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    status, stdout, stderr = _run(args, capsys)
    assert status == 0, stderr
    return stdout, stderr


def test_c1_controls_reach_no_csv_cell_and_read_back(tmp_path, capsys):
    out = tmp_path / "o"
    _run_ok(["run", str(_story(tmp_path)), "--out", str(out), "--format", "csv"], capsys)
    for name in ("claims.csv", "discrepancies.csv", "sources.csv"):
        assert C1.search((out / name).read_text(encoding="utf-8")) is None, name
    claims = read_csv_cells((out / "claims.csv").read_text(encoding="utf-8"))
    sentence = next(r["sentence"] for r in claims if r["source"] == "centre")
    assert sentence == ARTICLE.split(". ", 1)[1].strip()  # the article's text exactly
    raw = next(r["sentence"] for r in csv_rows(out / "claims.csv") if r["source"] == "centre")
    assert "Belarus\\u0092s" in raw and "\\u009b31m" in raw
    assert "C:\\\\u0092." in raw  # a literal escape in the article is doubled
    outlets = read_csv_cells((out / "sources.csv").read_text(encoding="utf-8"))
    assert next(r["outlet"] for r in outlets if r["source"] == "centre") == "Centre\x92s B"


def test_claims_and_discrepancies_quote_a_c1_text_alike(tmp_path, capsys):
    out = tmp_path / "o"
    _run_ok(["run", str(_story(tmp_path)), "--out", str(out), "--format", "csv"], capsys)
    claims = {r["sentence"] for r in csv_rows(out / "claims.csv") if r["source"] == "centre"}
    quoted = {
        r[f"quote_{side}"]
        for r in csv_rows(out / "discrepancies.csv")
        for side in "ab"
        if r[f"source_{side}"] == "centre"
    }
    assert quoted and quoted <= claims
    assert all("Belarus\\u0092s" in quote for quote in quoted)


def test_a_review_note_with_c1_controls_round_trips(tmp_path, capsys):
    story, out = _story(tmp_path), tmp_path / "o"
    _run_ok(["run", str(story), "--out", str(out), "--format", "csv"], capsys)
    rows = csv_rows(out / "discrepancies.csv")
    # raw controls typed into the file, and an escape typed as the CSV shows one
    rows[0]["status"], rows[0]["note"] = "confirmed", "it\x92s \x9b2J \\u0085 done"
    review = tmp_path / "review.csv"
    write_csv_rows(review, rows)
    _run_ok(["run", str(story), "--out", str(out), "--review", str(review)], capsys)
    written = (out / "discrepancies.csv").read_text(encoding="utf-8")
    assert C1.search(written) is None
    note = parse_review(written, out / "discrepancies.csv")[rows[0]["id"]].note
    assert note == "it\x92s \x9b2J \x85 done"


@pytest.mark.parametrize("form", ["table", "html", "json"])
def test_every_other_report_shows_c1_controls_escaped(tmp_path, capsys, form):
    out = tmp_path / "o"
    stdout, _ = _run_ok(["run", str(_story(tmp_path)), "--out", str(out), "--format", form], capsys)
    assert C1.search(stdout) is None
    if form == "html":
        page = (out / "report.html").read_text(encoding="utf-8")
        assert C1.search(page) is None and "\\u0092" in page
    if form == "json":
        payload = json.loads(stdout)
        assert any("Belarus\x92s" in r["sentence"] for r in payload["claims"])  # reads back


def test_every_text_with_c1_controls_reads_back_from_its_cell():
    marks = ["\\", "u", "0", "0", "8", "9", "f", "F", "\x80", "\x92", "\x9f", "\x1b", "=", "x"]
    rnd = random.Random(62)
    texts = ["".join(rnd.choices(marks, k=rnd.randint(0, 12))) for _ in range(20_000)]
    for text in texts:
        cell = escape_cell(text)
        assert C1.search(cell) is None
        assert unescape_cell(cell) == text, (text, cell)
    assert [escape_cell(chr(c)) for c in (0x80, 0x85, 0x9B, 0x9F)] == [
        "\\u0080",
        "\\u0085",
        "\\u009b",
        "\\u009f",
    ]
    assert escape_cell("\\u009F") == "\\\\u009F"  # a literal escape stays literal
    assert escape_cell("\u00e2\u00a0x") == "\u00e2\u00a0x"  # Latin-1 letters and NBSP stay
    assert escape_cell("\\u00a0 \\u0070") == "\\u00a0 \\u0070"  # escapes of nothing we escape
