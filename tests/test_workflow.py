"""The fact-checker's workflow: draft check, review round-trip through a spreadsheet, --fail-on."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from crosscheck.cli import main
from crosscheck.review import parse_review
from crosscheck.text.markdown import strip_markdown

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources" / "belarus"


def _run(args, capsys):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


# --- draft -----------------------------------------------------------------------------

DRAFT = """# Belarus: the crackdown goes on

More than 1,500 political prisoners are held in Belarus, rights groups say.
The country's **zoo** counted 42 giraffes in the new enclosure.
At least 30,000 people have been detained since 2020.
"""


@pytest.fixture
def draft_file(tmp_path):
    path = tmp_path / "my-article.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_draft_flags_a_figure_the_sources_contradict(draft_file, tmp_path, capsys):
    out_dir = tmp_path / "out"
    code, out, err = _run(
        ["draft", str(draft_file), "--against", str(SAMPLE), "--out", str(out_dir),
         "--published", "2025-03-01", "--width", "120"],
        capsys,
    )  # fmt: skip
    assert code == 0, err
    rows = _rows(out_dir / "draft.csv")
    flagged = [r for r in rows if r["draft_claim"].startswith("More than 1,500")]
    assert flagged and all(r["verdict"] == "disagrees" for r in flagged)
    assert {r["source"] for r in flagged} >= {"un-experts-2025", "advocacy-justice-belarus"}
    assert "Disagrees with the sources" in out


def test_draft_reports_unsupported_and_confirmed_claims(draft_file, tmp_path, capsys):
    out_dir = tmp_path / "out"
    _run(["draft", str(draft_file), "--against", str(SAMPLE), "--out", str(out_dir),
          "--published", "2025-03-01"], capsys)  # fmt: skip
    rows = _rows(out_dir / "draft.csv")
    giraffes = [r for r in rows if "42" in r["draft_claim"]]
    assert [r["verdict"] for r in giraffes] == ["unsupported"]
    detained = [r for r in rows if r["draft_claim"].startswith("At least 30,000")]
    assert detained and detained[0]["verdict"] == "confirmed"
    assert detained[0]["source"] == "advocacy-justice-belarus"


def test_draft_spans_index_the_markdown_file(draft_file, tmp_path, capsys):
    out_dir = tmp_path / "out"
    _run(["draft", str(draft_file), "--against", str(SAMPLE), "--out", str(out_dir)], capsys)
    for r in _rows(out_dir / "draft.csv"):
        assert DRAFT[int(r["start"]) : int(r["end"])] == r["draft_claim"]


def test_draft_fail_on(draft_file, tmp_path, capsys):
    args = ["draft", str(draft_file), "--against", str(SAMPLE), "--out", str(tmp_path / "o")]
    # "more than 1,500" cannot be true with "nearly 1,400": a high-severity conflict
    assert _run([*args, "--fail-on", "high"], capsys)[0] == 1
    assert _run(args, capsys)[0] == 0
    agreeing = tmp_path / "agreeing.txt"
    agreeing.write_text("At least 30,000 people have been detained since 2020.\n", encoding="utf-8")
    args = ["draft", str(agreeing), "--against", str(SAMPLE), "--out", str(tmp_path / "o2")]
    assert _run([*args, "--fail-on", "low"], capsys)[0] == 0


def test_strip_markdown_keeps_offsets():
    text = "## Title\n**More than** 1,500 [people](http://x) fled `now`.\n"
    cleaned = strip_markdown(text)
    assert len(cleaned) == len(text)
    assert "More than   1,500  people" in cleaned
    assert "http" not in cleaned and "#" not in cleaned and "`" not in cleaned


# --- review round-trip -----------------------------------------------------------------


def _spreadsheet_save(rows: list[dict[str, str]], path: Path) -> None:
    """Save rows as a spreadsheet would: BOM, CRLF, reordered and extra columns, all quoted."""
    columns = ["note", "status", "reviewer", *[c for c in rows[0] if c not in ("note", "status")]]
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=columns, quoting=csv.QUOTE_ALL, lineterminator="\r\n"
    )
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "reviewer": "ana"})
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))


@pytest.fixture
def story_copy(tmp_path):
    story = tmp_path / "belarus"
    shutil.copytree(SAMPLE, story)
    return story


def test_review_decisions_carry_forward(story_copy, tmp_path, capsys):
    first = tmp_path / "first"
    assert _run(["run", str(story_copy), "--out", str(first)], capsys)[0] == 0
    rows = _rows(first / "discrepancies.csv")
    divergence = next(r for r in rows if r["kind"] == "numeric.divergence")
    precision = next(r for r in rows if r["kind"] == "time.precision")
    divergence["status"], divergence["note"] = "confirmed", "ask the UN which is current"
    precision["status"], precision["note"] = "explained", "typo in the statement: 'as' for 'since'"
    reviewed = tmp_path / "reviewed.csv"
    _spreadsheet_save(rows, reviewed)

    # a sixth source joins the story before the next run
    (story_copy / "extra-2025.txt").write_text(
        "Rights groups said on Monday that more than 1,150 political prisoners remain held.\n",
        encoding="utf-8",
    )
    second = tmp_path / "second"
    code, out, _ = _run(
        ["run", str(story_copy), "--out", str(second), "--review", str(reviewed), "--width", "200"],
        capsys,
    )
    assert code == 0
    again = {r["id"]: r for r in _rows(second / "discrepancies.csv")}
    assert again[divergence["id"]]["status"] == "confirmed"
    assert again[divergence["id"]]["note"] == "ask the UN which is current"
    assert again[precision["id"]]["status"] == "explained"
    assert precision["id"] not in out  # explained rows are hidden from the terminal
    assert divergence["id"] in out
    code, out, _ = _run(
        ["run", str(story_copy), "--out", str(second), "--review", str(reviewed), "--all",
         "--width", "200"],
        capsys,
    )  # fmt: skip
    assert precision["id"] in out


def test_review_lists_rows_that_no_longer_occur(story_copy, tmp_path, capsys):
    reviewed = tmp_path / "reviewed.csv"
    reviewed.write_text("id,status,note\nnumeric-0000000000,confirmed,gone\n", encoding="utf-8")
    code, out, _ = _run(
        ["run", str(story_copy), "--out", str(tmp_path / "o"), "--review", str(reviewed)], capsys
    )
    assert code == 0
    assert "reviewed row no longer found: numeric-0000000000" in out


def test_fail_on_ignores_rows_reviewed_away(story_copy, tmp_path, capsys):
    out_dir = tmp_path / "o"
    assert (
        _run(["run", str(story_copy), "--out", str(out_dir), "--fail-on", "medium"], capsys)[0] == 1
    )
    rows = _rows(out_dir / "discrepancies.csv")
    for r in rows:
        if r["severity"] in ("high", "medium"):
            r["status"] = "false-positive"
    reviewed = tmp_path / "reviewed.csv"
    _spreadsheet_save(rows, reviewed)
    code = _run(
        [
            "run",
            str(story_copy),
            "--out",
            str(out_dir),
            "--fail-on",
            "medium",
            "--review",
            str(reviewed),
        ],
        capsys,
    )[0]
    assert code == 0


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("status,note\nconfirmed,x\n", "no 'id' column"),
        ("id,status\nabc,maybe\n", "row 2: unknown status 'maybe'"),
        ("", "empty"),
    ],
)
def test_bad_review_files(text, problem, tmp_path):
    from crosscheck.errors import InputError

    with pytest.raises(InputError) as err:
        parse_review(text, tmp_path / "r.csv")
    assert problem in str(err.value)


def test_review_reads_semicolons_and_escaped_formulas(tmp_path):
    text = "id;status;note\r\nabc;Explained;'=not a formula\r\n"
    decisions = parse_review(text, tmp_path / "r.csv")
    assert decisions["abc"].status == "explained"
    assert decisions["abc"].note == "=not a formula"
