"""Every run writes report.html and the texts it read beside the CSVs; links out of a story."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources" / "belarus"
PAGE = ROOT / "tests" / "data" / "ingest" / "news-page.html"
A_TEXT = "The national disaster agency said on Tuesday that 350 people died in the floods.\n"
B_TEXT = "Local officials said at least 400 people died in the floods, and 55 are missing.\n"
SECRET = "The private ledger says 9,999 people were paid in March.\n"


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


@pytest.fixture
def floods(tmp_path: Path) -> Path:
    """A story of two text articles and one saved web page with no story.toml entry."""
    story = tmp_path / "floods"
    story.mkdir()
    (story / "a.txt").write_text(A_TEXT, encoding="utf-8")
    (story / "b.txt").write_text(B_TEXT, encoding="utf-8")
    shutil.copy(PAGE, story / "courier.html")
    return story


def test_a_run_writes_report_html_and_the_texts_it_read(floods, tmp_path, capsys):
    out = tmp_path / "out"
    code, _, err = _run(["run", str(floods), "--out", str(out)], capsys)
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == [
        "claims.csv", "discrepancies.csv", "report.html", "sources.csv", "texts",
    ]  # fmt: skip
    assert sorted(p.name for p in (out / "texts").iterdir()) == ["courier.txt"]
    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") or page.lstrip().lower().startswith("<!doctype")
    assert "courier" in page and "The Riverside Courier" in page
    # every claim read from the page is found again, at its offsets, in texts/courier.txt
    text = (out / "texts" / "courier.txt").read_text(encoding="utf-8")
    claims = [r for r in _rows(out / "claims.csv") if r["source"] == "courier"]
    assert claims
    for row in claims:
        assert text[int(row["start"]) : int(row["end"])] == row["text"]


def test_texts_of_sources_gone_from_the_story_are_removed(floods, tmp_path, capsys):
    out = tmp_path / "out"
    assert _run(["run", str(floods), "--out", str(out)], capsys)[0] == 0
    (out / "texts" / "my-notes.md").write_text("kept", encoding="utf-8")
    (floods / "courier.html").unlink()
    (floods / "c.txt").write_text(A_TEXT, encoding="utf-8")
    assert _run(["run", str(floods), "--out", str(out)], capsys)[0] == 0
    assert sorted(p.name for p in (out / "texts").iterdir()) == ["my-notes.md"]
    (out / "texts" / "my-notes.md").unlink()
    assert _run(["run", str(floods), "--out", str(out)], capsys)[0] == 0
    assert not (out / "texts").exists()  # an empty texts/ folder is not left behind


def test_report_html_shows_the_review_decisions_carried_forward(tmp_path, capsys):
    out = tmp_path / "out"
    assert _run(["run", str(SAMPLE), "--out", str(out)], capsys)[0] == 0
    assert "checked with the UN office" not in (out / "report.html").read_text(encoding="utf-8")
    text = (out / "discrepancies.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    rows[0]["status"], rows[0]["note"] = "explained", "checked with the UN office"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    (out / "discrepancies.csv").write_text(buffer.getvalue(), encoding="utf-8")
    assert _run(["run", str(SAMPLE), "--out", str(out)], capsys)[0] == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "checked with the UN office" in page
    assert "Human rights in Belarus" in page  # the story's title


def test_format_html_prints_the_report_path_per_story(floods, tmp_path, capsys):
    other = tmp_path / "other" / "rivers"
    shutil.copytree(floods, other)
    out = tmp_path / "out"
    code, printed, err = _run(
        ["run", str(floods), str(other), "--out", str(out), "--format", "html"], capsys
    )
    assert code == 0, err
    assert printed.splitlines() == [
        str(out / "floods" / "report.html"),
        str(out / "rivers" / "report.html"),
    ]
    assert (out / "rivers" / "report.html").is_file()


def test_draft_writes_report_html_and_prints_its_path(floods, tmp_path, capsys):
    draft = tmp_path / "draft.md"
    draft.write_text("At least 900 people died in the floods, officials said.\n", "utf-8")
    out = tmp_path / "draft-out"
    code, printed, err = _run(
        ["draft", str(draft), "--against", str(floods), "--out", str(out), "--format", "html"],
        capsys,
    )
    assert code == 0, err
    assert printed == f"{out / 'report.html'}\n"
    assert "<html" in (out / "report.html").read_text(encoding="utf-8")
    assert (out / "texts" / "courier.txt").is_file() and (out / "draft.csv").is_file()


def test_sources_csv_and_json_say_where_a_date_was_found(floods, tmp_path, capsys):
    out = tmp_path / "out"
    code, printed, err = _run(["run", str(floods), "--out", str(out), "--format", "json"], capsys)
    assert code == 0, err
    rows = {r["source"]: r for r in _rows(out / "sources.csv")}
    header = (out / "sources.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.endswith(",claims,published_found,resolved_path")
    assert rows["courier"]["published"] == "2025-03-04"
    assert rows["courier"]["published_found"] == "page markup"
    assert rows["a"]["published_found"] == "" and rows["a"]["resolved_path"] == ""
    sources = {s["source"]: s for s in json.loads(printed)["sources"]}
    assert sources["courier"]["published_found"] == "page markup"


# --- links out of the story folder ------------------------------------------------------


@pytest.fixture
def linked(floods, tmp_path: Path) -> tuple[Path, Path]:
    """The floods story with c.txt a symbolic link to a private file outside it."""
    (floods / "courier.html").unlink()
    private = tmp_path / "private"
    private.mkdir()
    secret = private / "ledger.txt"
    secret.write_text(SECRET, encoding="utf-8")
    (floods / "c.txt").symlink_to(secret)
    return floods, secret


def _outside_lines(err: str, story: Path, secret: Path) -> list[str]:
    return [
        line
        for line in err.splitlines()
        if str(story / "c.txt") in line and str(secret) in line and "outside" in line
    ]


def test_run_skips_a_link_outside_the_story_unless_asked(linked, tmp_path, capsys):
    story, secret = linked
    out = tmp_path / "out"
    code, printed, err = _run(["run", str(story), "--out", str(out)], capsys)
    assert code == 3
    assert len(_outside_lines(err, story, secret)) == 1
    assert "9,999" not in (out / "claims.csv").read_text(encoding="utf-8") + printed
    code, _, err = _run(["run", str(story), "--out", str(out), "--follow-links-outside"], capsys)
    assert code == 0, err
    assert "9,999" in (out / "claims.csv").read_text(encoding="utf-8")
    rows = {r["source"]: r for r in _rows(out / "sources.csv")}
    assert rows["c"]["resolved_path"] == Path(os.path.realpath(secret)).as_posix()
    assert rows["a"]["resolved_path"] == ""


def test_claims_and_draft_skip_a_link_outside_unless_asked(linked, tmp_path, capsys):
    story, secret = linked
    code, printed, err = _run(["claims", str(story), "--format", "csv"], capsys)
    assert code == 3 and "9,999" not in printed
    assert len(_outside_lines(err, story, secret)) == 1
    code, printed, err = _run(
        ["claims", str(story), "--format", "csv", "--follow-links-outside"], capsys
    )
    assert code == 0 and "9,999" in printed, err
    draft = tmp_path / "draft.txt"
    draft.write_text("The ledger says 9,999 people were paid in March.\n", encoding="utf-8")
    base = ["draft", str(draft), "--against", str(story), "--out", str(tmp_path / "d")]
    code, _, err = _run(base, capsys)
    assert code == 3 and len(_outside_lines(err, story, secret)) == 1
    code, _, err = _run([*base, "--follow-links-outside"], capsys)
    assert code == 0, err
    assert "9,999" in (tmp_path / "d" / "claims.csv").read_text(encoding="utf-8")


def test_init_skips_a_link_outside_unless_asked(linked, capsys):
    story, secret = linked
    code, _, err = _run(["init", str(story)], capsys)
    assert code == 3 and len(_outside_lines(err, story, secret)) == 1
    written = (story / "story.toml").read_text(encoding="utf-8")
    assert '"c.txt"' not in written and '"a.txt"' in written
    (story / "story.toml").unlink()
    code, _, err = _run(["init", str(story), "--follow-links-outside"], capsys)
    assert code == 0, err
    assert '"c.txt"' in (story / "story.toml").read_text(encoding="utf-8")


def test_help_and_start_up_do_not_load_the_template_engine():
    code = (
        "import sys\n"
        "from crosscheck.cli.main import main\n"
        "import crosscheck.cli.run, crosscheck.cli.draft, crosscheck.cli.add\n"
        "assert 'jinja2' not in sys.modules, 'jinja2 loaded at start-up'\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


# --- texts/ in the atomic report set ------------------------------------------------------


def test_a_killed_run_after_the_commit_is_completed_texts_included(tmp_path, monkeypatch):
    from crosscheck.report import files

    out = tmp_path / "out"
    out.mkdir()
    (out / "claims.csv").write_text("old", encoding="utf-8")
    new = {
        out / "claims.csv": "new claims",
        out / "report.html": "new page",
        out / "texts" / "odd\tname%41.txt": "text of a source with a tab and a % in its id",
    }

    def killed(folder: Path, journal: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(files, "_apply", killed)
    with pytest.raises(KeyboardInterrupt):
        files.write_all_atomically(new, remove=[out / "texts" / "gone.txt"])
    assert (out / "claims.csv").read_text(encoding="utf-8") == "old"  # not yet replaced
    monkeypatch.undo()
    (out / "texts" / "gone.txt").write_text("stale", encoding="utf-8")
    files.recover(out)
    assert {p.relative_to(out).as_posix(): p.read_text("utf-8") for p in out.rglob("*.*")} == {
        p.relative_to(out).as_posix(): text for p, text in new.items()
    }


def test_a_journal_never_renames_outside_the_report_folder(tmp_path):
    from crosscheck.report import files

    out = tmp_path / "out"
    out.mkdir()
    (out / ".x.tmp").write_text("payload", encoding="utf-8")
    victim = tmp_path / "victim.txt"
    victim.write_text("kept", encoding="utf-8")
    (out / files.JOURNAL_NAME).write_text(
        ".x.tmp\t../victim.txt\n\t../victim.txt\n.x.tmp\tother/a.txt\n\ttexts/../../victim.txt\n",
        encoding="utf-8",
    )
    files.recover(out)
    assert victim.read_text(encoding="utf-8") == "kept"
    assert not (out / "other").exists()


def test_a_texts_path_that_is_not_a_folder_is_refused_and_nothing_replaced(
    floods, tmp_path, capsys
):
    out = tmp_path / "out"
    assert _run(["run", str(floods), "--out", str(out)], capsys)[0] == 0
    before = (out / "claims.csv").read_bytes()
    shutil.rmtree(out / "texts")
    (out / "texts").symlink_to(tmp_path)
    (floods / "b.txt").write_text(B_TEXT.replace("400", "450"), encoding="utf-8")
    code, _, err = _run(["run", str(floods), "--out", str(out)], capsys)
    assert code == 2 and "texts" in err and "not a folder" in err
    assert (out / "claims.csv").read_bytes() == before
    assert not list(tmp_path.glob("*.txt"))  # nothing written through the link
