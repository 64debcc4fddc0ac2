"""Bugs the README check (docs57) found in the commands a journalist runs, one test each."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crosscheck.cli import build_parser
from tests.clirun import centre_page
from tests.clirun import csv_rows as _rows
from tests.clirun import run_cli as _run
from tests.clirun import write_csv_rows as _write_rows

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources" / "belarus"
PAGE = centre_page()


def test_a_config_in_the_story_folder_is_used_not_warned_about(tmp_path, capsys):
    story = tmp_path / "belarus"
    shutil.copytree(SAMPLE, story)
    (story / "crosscheck.toml").write_text("tolerance = 0.10\n", encoding="utf-8")
    (story / "notes.csv").write_text("a,b\n", encoding="utf-8")
    code, _, err = _run(["run", str(story), "--out", str(tmp_path / "o")], capsys)
    assert code == 0
    assert f"crosscheck: config: {story / 'crosscheck.toml'} (for belarus)" in err
    assert "crosscheck.toml: ignored" not in err
    assert f"{story / 'notes.csv'}: ignored" in err  # another file is still named


def test_review_file_counts_its_decisions_not_its_rows(tmp_path, capsys):
    out = tmp_path / "out"
    assert _run(["run", str(SAMPLE), "--out", str(out)], capsys)[0] == 0
    rows = _rows(out / "discrepancies.csv")
    assert len(rows) > 2
    rows[0]["status"] = "confirmed"
    rows[1]["status"], rows[1]["note"] = "false-positive", "two different counts"
    _write_rows(out / "discrepancies.csv", rows)
    review = tmp_path / "review.csv"
    shutil.copyfile(out / "discrepancies.csv", review)
    code, _, err = _run(["run", str(SAMPLE), "--out", str(out), "--review", str(review)], capsys)
    assert code == 0
    assert "2 review decision(s) carried forward" in err
    assert {r["id"]: r["status"] for r in _rows(out / "discrepancies.csv")}[rows[0]["id"]] == (
        "confirmed"
    )


def test_init_reads_pages_and_word_files_as_run_reads_them(tmp_path, capsys):
    docx = pytest.importorskip("docx")
    story = tmp_path / "s"
    story.mkdir()
    document = docx.Document()
    document.add_paragraph(
        "Minsk. Over 1,200 political prisoners were held in Belarus on 3 March 2025, the"
        " group said."
    )
    document.save(str(story / "group.docx"))
    (story / "centre.html").write_text(PAGE, encoding="utf-8")
    shutil.copyfile(SAMPLE / "un-news-2025-02-14.txt", story / "un-news-2025-02-14.txt")
    code, stdout, err = _run(["init", str(story)], capsys)
    assert (code, err) == (0, "")
    assert "3 article(s), 3 with a publication date to check" in stdout
    entries = (story / "story.toml").read_text(encoding="utf-8").split("[[sources]]")[1:]
    page, word, text = entries
    assert 'file = "centre.html"' in page
    assert "# published = 2025-02-20   # CHECK: the file's own date (page markup)" in page
    assert '2025-01-10 (line 3: "On 10 January 2025")' in page  # a line of the page's text
    assert 'file = "group.docx"' in word
    assert "# published = 2025-03-03   # CHECK: the first full date in the text, line 1" in word
    assert "# published = 2025-02-14   # CHECK" in text
    assert _run(["run", str(story), "--out", str(tmp_path / "o")], capsys)[0] == 0


def test_init_help_names_every_article_type(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["init", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert ".txt and .md articles" not in said
    assert ".html" in said and ".pdf" in said and ".docx" in said


def test_an_article_with_no_lexicon_says_skipped_once(tmp_path, capsys):
    story = tmp_path / "s"
    story.mkdir()
    (story / "ru.txt").write_text("Правозащитники насчитали 1400 политзаключённых.\n", "utf-8")
    (story / "a.txt").write_text("Over 1,200 political prisoners were held.\n", "utf-8")
    (story / "b.txt").write_text("Nearly 1,400 political prisoners were held.\n", "utf-8")
    (story / "story.toml").write_text(
        '[[sources]]\nfile = "ru.txt"\nlanguage = "ru"\n'
        '[[sources]]\nfile = "a.txt"\n[[sources]]\nfile = "b.txt"\n',
        encoding="utf-8",
    )
    code, _, err = _run(["run", str(story), "--out", str(tmp_path / "o")], capsys)
    assert code == 3
    assert err == f"crosscheck: skipped: {story / 'ru.txt'}: no lexicon for language 'ru' yet\n"


def test_verify_labels_an_ignored_entry_ignored(tmp_path, capsys):
    (tmp_path / "expectations").mkdir()
    shutil.copytree(SAMPLE, tmp_path / "sources" / "belarus")
    spec = tmp_path / "expectations" / "belarus.toml"
    spec.write_text(
        'story = "sources/belarus"\n[[ignored]]\nid = "menu"\nwords = "Subscribe to our"\n',
        encoding="utf-8",
    )
    code, out, _ = _run(["verify", str(spec)], capsys)
    assert code == 0
    assert "belarus::menu (ignored" in out
    assert "consistent" not in out
