"""Untrusted text qa58 left raw and review files a person edited (qa59): bidi controls (and,
qa62, C1 controls) in CSV cells, a NUL in a review note (in tests/test_hostile_cli.py), a
review CSV with a quoted cell never closed or no decision column, reviewed rows no longer
found under ``--format csv``, an expectations file naming a source its story does not have,
and a name word of 50,000 letters."""

from __future__ import annotations

import json
import random
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from crosscheck.check import check
from crosscheck.model import Source
from crosscheck.report.cells import escape_cell, unescape_cell
from crosscheck.report.tables import read_csv_cells
from crosscheck.review import parse_review
from tests.clirun import csv_rows, story_with_centre, write_csv_rows
from tests.clirun import run_cli as _run

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources" / "belarus"
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
ARTICLE = (
    "Minsk. Currently, \u202enearly 1,900 political prisoners\u202c endure harsh conditions in"
    " Belarus, with at least 30,000 detained unjustly since 2020 in the \u2067state\u2069, in"
    " cell C:\\u202e.\n"
)
# C1 controls (qa62), in the shapes of the four real articles that hold them: a Windows-1252
# apostrophe (0x92) and en dash (0x96) read as Latin-1, a UTF-8 curly quote read as Latin-1
# ("\u00e2\x80\x99"), and a CSI (U+009B) some terminals would run.
C1 = re.compile("[\x80-\x9f]")
C1_ARTICLE = (
    "Minsk. Currently, nearly 1,900 of Belarus\x92s political prisoners endure harsh"
    " conditions \x96 at least 30,000 were detained unjustly since 2020, Tsikhanouskaya"
    "\u00e2\x80\x99s aides said \u00e2\x80\x9cin full\u00e2\x80\x9d\x9b31m, in cell C:\\u0092.\n"
)


@dataclass(frozen=True)
class Controls:
    """Characters a CSV cell writes as ``\\u`` escapes, in an article, an outlet and a note."""

    found: re.Pattern[str]  # any of them
    article: str
    outlet: str  # as story.toml spells it
    escaped: tuple[str, ...]  # in the cell of the article's sentence
    note: str  # typed raw into a review, and an escape typed as the CSV shows one
    note_read: str


CONTROLS = {
    "bidi": Controls(
        found=BIDI,
        article=ARTICLE,
        outlet="Centre \\u202eB",
        escaped=("Currently, \\u202enearly", "C:\\\\u202e."),  # a literal escape doubled
        note="ok \u202eevil\u202c \\u2066 done",
        note_read="ok \u202eevil\u202c \u2066 done",
    ),
    "c1": Controls(
        found=C1,
        article=C1_ARTICLE,
        outlet="Centre\\u0092s B",
        escaped=("Belarus\\u0092s", "\\u009b31m", "C:\\\\u0092."),
        note="it\x92s \x9b2J \\u0085 done",
        note_read="it\x92s \x9b2J \x85 done",
    ),
}


def _story(tmp_path: Path, controls: Controls = CONTROLS["bidi"]) -> Path:
    return story_with_centre(tmp_path, controls.article, controls.outlet)


def _run_ok(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    status, stdout, stderr = _run(args, capsys)
    assert status == 0, stderr
    return stdout, stderr


@pytest.fixture(params=sorted(CONTROLS))
def controls(request: pytest.FixtureRequest) -> Controls:
    return CONTROLS[request.param]


def test_controls_reach_no_csv_cell_and_read_back(tmp_path, capsys, controls):
    out = tmp_path / "o"
    story = _story(tmp_path, controls)
    _run_ok(["run", str(story), "--out", str(out), "--format", "csv"], capsys)
    for name in ("claims.csv", "discrepancies.csv", "sources.csv"):
        assert controls.found.search((out / name).read_text(encoding="utf-8")) is None, name
    claims = read_csv_cells((out / "claims.csv").read_text(encoding="utf-8"))
    sentence = next(r["sentence"] for r in claims if r["source"] == "centre")
    assert sentence == controls.article.split(". ", 1)[1].strip()  # the article's text exactly
    raw = next(r["sentence"] for r in csv_rows(out / "claims.csv") if r["source"] == "centre")
    assert all(escaped in raw for escaped in controls.escaped), raw
    outlets = read_csv_cells((out / "sources.csv").read_text(encoding="utf-8"))
    outlet = next(r["outlet"] for r in outlets if r["source"] == "centre")
    assert outlet == tomllib.loads(f'o = "{controls.outlet}"')["o"]


def test_claims_and_discrepancies_quote_a_controlled_text_alike(tmp_path, capsys, controls):
    out = tmp_path / "o"
    story = _story(tmp_path, controls)
    _run_ok(["run", str(story), "--out", str(out), "--format", "csv"], capsys)
    claims = {r["sentence"] for r in csv_rows(out / "claims.csv") if r["source"] == "centre"}
    quoted = {
        r[f"quote_{side}"]
        for r in csv_rows(out / "discrepancies.csv")
        for side in "ab"
        if r[f"source_{side}"] == "centre"
    }
    assert quoted and quoted <= claims  # the same cell text in both files
    assert all(controls.escaped[0] in quote for quote in quoted)


def test_a_review_note_with_controls_round_trips(tmp_path, capsys, controls):
    story, out = _story(tmp_path, controls), tmp_path / "o"
    _run_ok(["run", str(story), "--out", str(out), "--format", "csv"], capsys)
    rows = csv_rows(out / "discrepancies.csv")
    rows[0]["status"], rows[0]["note"] = "confirmed", controls.note
    review = tmp_path / "review.csv"
    write_csv_rows(review, rows)
    _run_ok(["run", str(story), "--out", str(out), "--review", str(review)], capsys)
    written = (out / "discrepancies.csv").read_text(encoding="utf-8")
    assert controls.found.search(written) is None
    note = parse_review(written, out / "discrepancies.csv")[rows[0]["id"]].note
    assert note == controls.note_read  # read as the CSV shows it


@pytest.mark.parametrize("form", ["table", "html", "json"])
def test_every_other_report_shows_c1_controls_escaped(tmp_path, capsys, form):
    out = tmp_path / "o"
    story = _story(tmp_path, CONTROLS["c1"])
    stdout, _ = _run_ok(["run", str(story), "--out", str(out), "--format", form], capsys)
    assert C1.search(stdout) is None
    if form == "html":
        page = (out / "report.html").read_text(encoding="utf-8")
        assert C1.search(page) is None and "\\u0092" in page
    if form == "json":
        payload = json.loads(stdout)
        assert any("Belarus\x92s" in r["sentence"] for r in payload["claims"])  # reads back


@pytest.mark.parametrize(
    ("marks", "found"),
    [
        (
            ["\\", "u", "2", "0", "6", "7", "a", "E", "\u202e", "\u2066", "\x1b", "=", "'", "x"],
            BIDI,
        ),
        (["\\", "u", "0", "0", "8", "9", "f", "F", "\x80", "\x92", "\x9f", "\x1b", "=", "x"], C1),
    ],
    ids=["bidi", "c1"],
)
def test_every_text_reads_back_from_its_cell(marks, found):
    rnd = random.Random(59)
    texts = ["".join(rnd.choices(marks, k=rnd.randint(0, 12))) for _ in range(20_000)]
    for text in texts:
        cell = escape_cell(text)
        assert found.search(cell) is None
        assert unescape_cell(cell) == text, (text, cell)


def test_cells_escape_bidi_and_c1_controls_and_nothing_else():
    assert escape_cell("a\u202eb") == "a\\u202eb"
    assert escape_cell("\\u202e") == "\\\\u202e"  # a literal escape stays literal
    assert escape_cell("C:\\users") == "C:\\users"  # a lone backslash is left
    assert [escape_cell(chr(c)) for c in (0x80, 0x85, 0x9B, 0x9F)] == [
        "\\u0080",
        "\\u0085",
        "\\u009b",
        "\\u009f",
    ]
    assert escape_cell("\\u009F") == "\\\\u009F"
    assert escape_cell("\u00e2\u00a0x") == "\u00e2\u00a0x"  # Latin-1 letters and NBSP stay
    assert escape_cell("\\u00a0 \\u0070") == "\\u00a0 \\u0070"  # escapes of nothing escaped


def _reviewed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, str]:
    story, out = _story(tmp_path), tmp_path / "o"
    _run_ok(["run", str(story), "--out", str(out), "--format", "csv"], capsys)
    return story, out, (out / "discrepancies.csv").read_text(encoding="utf-8")


def test_a_quoted_cell_never_closed_is_refused_naming_the_row(tmp_path, capsys):
    story, out, before = _reviewed(tmp_path, capsys)
    ident = csv_rows(out / "discrepancies.csv")[1]["id"]
    review = tmp_path / "review.csv"
    review.write_text(f'id,status,note\nx,,\n"{ident},confirmed,ok\n', encoding="utf-8")
    args = ["run", str(story), "--out", str(out), "--review", str(review)]
    status, _, stderr = _run(args, capsys)
    # before: the open quote swallowed the rest of the file into one id, and nothing was said
    assert status == 3
    assert stderr.startswith(f"crosscheck: error: {review}: row 3: ")
    assert len(stderr.splitlines()) == 1 and "Traceback" not in stderr
    assert (out / "discrepancies.csv").read_text(encoding="utf-8") == before


def test_text_after_a_closing_quote_is_refused(tmp_path):
    with pytest.raises(Exception, match="row 2: ',' expected after"):
        parse_review('id,status\n"numeric-1"x,confirmed\n', tmp_path / "r.csv")


def test_an_excel_separator_line_names_the_separator(tmp_path):
    # before: "sep=;" was read as the header: "the review file has no 'id' column"
    text = 'sep=;\r\nid;status;note\r\nnumeric-1;confirmed;a, b\r\n"numeric-2;x\r\n'
    with pytest.raises(Exception, match="row 4: unexpected end of data"):
        parse_review(text, tmp_path / "r.csv")
    decisions = parse_review(text.rsplit("\r\n", 2)[0], tmp_path / "r.csv")
    assert [(d.id, d.status, d.note) for d in decisions.values()] == [
        ("numeric-1", "confirmed", "a, b")
    ]


def test_a_review_file_with_no_decision_column_is_refused(tmp_path, capsys):
    story, out, before = _reviewed(tmp_path, capsys)
    review = tmp_path / "ids.csv"
    write_csv_rows(review, [{"id": r["id"]} for r in csv_rows(out / "discrepancies.csv")])
    args = ["run", str(story), "--out", str(out), "--review", str(review)]
    status, _, stderr = _run(args, capsys)
    assert status == 3  # before: 0, and nothing said
    assert "neither a 'status' nor a 'note' column" in stderr
    assert (out / "discrepancies.csv").read_text(encoding="utf-8") == before


def test_reviewed_rows_no_longer_found_are_told_with_format_csv(tmp_path, capsys):
    story, out, _ = _reviewed(tmp_path, capsys)
    rows = csv_rows(out / "discrepancies.csv")
    rows.append({**rows[0], "id": "numeric-deadbeef00", "status": "confirmed"})
    review = tmp_path / "review.csv"
    write_csv_rows(review, rows)
    for fmt in ("csv", "json", "html"):
        args = ["run", str(story), "--out", str(out), "--review", str(review), "--format", fmt]
        _, stderr = _run_ok(args, capsys)
        # before: said only by the table report
        assert f"{review}: reviewed row no longer found: numeric-deadbeef00" in stderr


def test_the_table_report_lists_rows_no_longer_found_once(tmp_path, capsys):
    story, out, _ = _reviewed(tmp_path, capsys)
    rows = csv_rows(out / "discrepancies.csv")
    rows.append({**rows[0], "id": "numeric-deadbeef00", "status": "confirmed"})
    write_csv_rows(out / "discrepancies.csv", rows)  # reviewed in place, then a rerun
    stdout, stderr = _run_ok(["run", str(story), "--out", str(out)], capsys)
    assert stdout.count("numeric-deadbeef00") == 1 and "numeric-deadbeef00" not in stderr
    assert "1 reviewed row(s) are no longer found; the previous file is kept as" in stderr


def test_an_expectation_naming_no_source_of_its_story_is_an_error(tmp_path, capsys):
    spec = tmp_path / "e.toml"
    spec.write_text(
        f'story = "{SAMPLE.as_posix()}"\n[[consistent]]\nid = "x"\n'
        'claims = ["at least 55", "over 1,200"]\n'
        'sources = ["un-experts-2025", "advocacy-justice-belaru"]\n',
        encoding="utf-8",
    )
    status, stdout, stderr = _run(["verify", str(spec)], capsys)
    assert status == 3  # before: 0, "ok ... not flagged" (a conflict: "FAIL not flagged")
    assert stdout == ""
    assert stderr.startswith(f"crosscheck: error: {spec}: x: 'sources' names ")
    assert "'advocacy-justice-belaru', which is no source of the story" in stderr


@pytest.mark.timeout(120)
def test_a_name_word_of_50000_letters_is_read_in_linear_space():
    # before: every one-slip variant of the word was built (50,000 words of 50,000 letters):
    # 5 GB and over a minute; now words over ``max_length`` letters are no misspelling
    para = "The ministry said 1,200 people were detained in the capital on Sunday. "
    sources = [
        Source(
            id=name,
            text=f"{para}Opposition leader Sviatlana Tsikha{'n' * size}ouskaya left Minsk. {para}",
            published=date(2025, 3, 4),
        )
        for name, size in (("a", 50_000), ("b", 50_001))
    ]
    report = check(sources)
    found = {len(m.text) for m in report.names if m.text.startswith("Sviatlana")}
    assert found == {len("Sviatlana Tsikha") + size + len("ouskaya") for size in (50_000, 50_001)}
