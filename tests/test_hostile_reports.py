"""Untrusted text in the JSON and HTML reports (qa58): a file name with an undecodable byte,
bidi overrides and control characters in articles, outlets and review notes; a story.toml
whose byte-order mark names an encoding its bytes are not."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import unicodedata
from pathlib import Path

import pytest

from crosscheck.report.escapes import printable
from crosscheck.report.html import shown
from crosscheck.report.tables import _MAYBE_INERT, json_text
from tests.clirun import run_cli as _run
from tests.clirun import story_with_centre

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources" / "belarus"
# What a terminal or a browser would act on rather than show.
ACTIVE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
ARTICLE = (
    "Minsk. On 3 March 2025 the \x1b[2J\x07centre said \u202e1,200 political prisoners were"
    " held\u2066 by the \x9b31mstate.\n"
)
OUTLET = "Centre \u202eB"


def _story(tmp_path: Path) -> Path:
    return story_with_centre(tmp_path, ARTICLE)


def test_a_file_name_with_an_undecodable_byte_leaves_a_json_report(tmp_path, capsys):
    story = tmp_path / "s"
    shutil.copytree(SAMPLE, story)
    bad = os.fsdecode(bytes(story) + b"/x\xffy.txt")  # "x\udcffy.txt"
    shutil.copy(story / "un-news-2025-02-14.txt", bad)
    out = tmp_path / "o"
    args = ["run", str(story), "--out", str(out), "--format", "json"]
    status, stdout, stderr = _run(args, capsys)
    assert status == 3, stderr  # the file is skipped with one line, the run goes on
    assert "Traceback" not in stderr
    payload = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert any(bad in line for line in payload["problems"])  # read back exactly
    assert json.loads(stdout)["problems"] == payload["problems"]


def test_bidi_and_control_characters_are_escaped_in_json_and_read_back(tmp_path, capsys):
    out = tmp_path / "o"
    args = ["run", str(_story(tmp_path)), "--out", str(out), "--format", "json"]
    status, stdout, _ = _run(args, capsys)
    assert status == 0
    written = (out / "report.json").read_text(encoding="utf-8")
    for text in (stdout, written):
        assert ACTIVE.search(text) is None
        assert "\\u202e" in text
    payload = json.loads(written)
    outlet = next(s["outlet"] for s in payload["sources"] if s["source"] == "centre")
    assert outlet == OUTLET
    sentences = {c["sentence"] for c in payload["claims"] if c["source"] == "centre"}
    assert any("\u202e1,200" in s and "\x9b31m" in s for s in sentences)


def test_bidi_and_control_characters_are_shown_in_the_html_report(tmp_path, capsys):
    out = tmp_path / "o"
    args = ["run", str(_story(tmp_path)), "--out", str(out), "--format", "csv"]
    assert _run(args, capsys)[0] == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    assert ACTIVE.search(page.replace("\u2028", "").replace("\u2029", "")) is None
    assert "Centre \\u202eB" in page
    assert "the \\u001b[2J\\u0007centre said " in page  # the text split around its claims
    assert page.count("\\u202e") >= 2


def test_the_html_shows_text_but_leaves_our_markup_and_numbers():
    from markupsafe import Markup

    assert shown("a\u2067b\x1bc\ud800") == "a\\u2067b\\u001bc\\ud800"
    assert shown("tab\tline\nend\r\u200f\u00ad") == "tab\tline\nend\r\u200f\u00ad"
    assert shown(Markup("<b>\u202e</b>")) == Markup("<b>\u202e</b>")
    assert shown(3) == 3


def test_json_escapes_every_character_the_terminal_escapes():
    """The regex that finds candidates misses none of printable's characters."""
    missed = [
        hex(point)
        for point in range(0x80, sys.maxunicode + 1)
        if printable(chr(point)) != chr(point) and not _MAYBE_INERT.match(chr(point))
    ]
    assert missed == []
    text = "\u202e\u2028\x85\udcff\ue000\U000e0001 “ok” é 😀"
    assert json.loads(json_text(text)) == text
    assert ACTIVE.search(json_text(text)) is None
    assert unicodedata.category("\U000e0001") == "Cf"


@pytest.mark.parametrize(("codec", "name"), [("utf-16", "UTF-16"), ("utf-32", "UTF-32")])
def test_a_story_toml_cut_short_after_its_mark_names_the_marked_encoding(
    tmp_path, capsys, codec, name
):
    story = tmp_path / "s"
    shutil.copytree(SAMPLE, story)
    text = (SAMPLE / "story.toml").read_text(encoding="utf-8")
    (story / "story.toml").write_bytes(text.encode(codec)[:-1])  # the last letter cut off
    status, _, stderr = _run(["run", str(story), "--out", str(tmp_path / "o")], capsys)
    assert status == 3
    assert f"story.toml: not {name} text as its byte-order mark says (line " in stderr
    assert "UTF-8 text" not in stderr and "Traceback" not in stderr


def _two_articles(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name in ("un-news-2025-02-14.txt", "moscow-times-2020-11.txt"):
        shutil.copy(SAMPLE / name, folder / name)
    return folder


def test_a_story_folder_is_never_its_own_report_folder(tmp_path, capsys):
    story = _two_articles(tmp_path / "news")
    before = sorted(p.name for p in story.iterdir())
    status, _, stderr = _run(["run", str(story), "--out", str(story) + "/"], capsys)
    assert status == 2
    assert "is the story folder" in stderr and "choose another --out" in stderr
    other = _two_articles(tmp_path / "other")
    status, _, stderr = _run(["run", str(story), str(other), "--out", str(tmp_path)], capsys)
    assert status == 2  # --out sources for every story under sources
    draft = tmp_path / "draft.txt"
    draft.write_text("Police detained 1,300 protesters.\n", encoding="utf-8")
    args = ["draft", str(draft), "--against", str(story), "--out", str(story)]
    assert _run(args, capsys)[0] == 2
    assert sorted(p.name for p in story.iterdir()) == before  # nothing written there
    assert _run(["run", str(story), "--out", str(story / "reports")], capsys)[0] == 0


def _interrupting_show(*args: object, **kwargs: object) -> None:
    raise KeyboardInterrupt  # Ctrl-C while the report prints, after its files are written


def test_ctrl_c_while_a_run_prints_says_its_reports_were_written(tmp_path, capsys, monkeypatch):
    from crosscheck.cli import output

    story = _two_articles(tmp_path / "news")
    out = tmp_path / "o"
    assert _run(["run", str(story), "--out", str(out), "--format", "csv"], capsys)[0] == 0
    (out / "claims.csv").write_text("old\n", encoding="utf-8")
    monkeypatch.setattr(output.Printer, "show", _interrupting_show)
    status, _, stderr = _run(["run", str(story), "--out", str(out), "--format", "csv"], capsys)
    assert status == 130
    assert (out / "claims.csv").read_text(encoding="utf-8") != "old\n"  # replaced
    assert "reports written for: news" in stderr
    assert "earlier reports were left as they were" not in stderr


def test_ctrl_c_while_a_draft_prints_says_its_reports_were_written(tmp_path, capsys, monkeypatch):
    from crosscheck.cli import output

    story = _two_articles(tmp_path / "news")
    draft = tmp_path / "draft.txt"
    draft.write_text("Police detained 1,300 protesters on 3 March 2025.\n", encoding="utf-8")
    monkeypatch.setattr(output.Printer, "show", _interrupting_show)
    out = tmp_path / "o"
    args = ["draft", str(draft), "--against", str(story), "--out", str(out), "--format", "csv"]
    status, _, stderr = _run(args, capsys)
    assert status == 130
    assert (out / "draft.csv").exists()
    assert "the reports of this story were written" in stderr
    assert "earlier reports were left as they were" not in stderr


@pytest.mark.parametrize("address", ["processes", "foo://x:1", "tls://127.0.0.1:1"])
def test_a_scheduler_address_dask_cannot_use_is_one_line(tmp_path, capsys, address):
    pytest.importorskip("dask.distributed")
    args = ["run", str(SAMPLE), "--engine", "dask", "--scheduler", address]
    status, _, stderr = _run([*args, "--out", str(tmp_path / "o")], capsys)
    assert status == 2
    assert stderr.startswith(f"crosscheck: error: cannot use {address!r} as a Dask scheduler")
    assert "Traceback" not in stderr and len(stderr.splitlines()) == 1


def test_jobs_beyond_the_cores_start_no_more_processes(tmp_path, capsys):
    from crosscheck.execution import LocalEngine, cores

    assert LocalEngine(100_000).jobs == cores()
    assert LocalEngine(1).jobs == 1
    out = tmp_path / "o"
    status, _, _ = _run(
        ["run", str(_story(tmp_path)), "--out", str(out), "--jobs", "100000"], capsys
    )
    assert status == 0


def test_a_local_dask_cluster_gets_at_most_one_worker_per_core(monkeypatch):
    from crosscheck import execution

    asked: list[int | None] = []
    monkeypatch.setattr(execution, "DaskEngine", lambda scheduler, jobs: asked.append(jobs))
    execution.make_engine("dask", jobs=100_000)
    execution.make_engine("dask", jobs=1)
    assert asked == [execution.cores(), None]
