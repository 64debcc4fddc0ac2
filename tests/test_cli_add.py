"""``crosscheck add`` on the command line: pages from 127.0.0.1 and a local file, then a run."""

from __future__ import annotations

import contextlib
import csv
import io
import tomllib
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from localserver import serve

from crosscheck.cli import main

PAGE = (Path(__file__).parent / "data" / "ingest" / "news-page.html").read_bytes()
STORY_TOML = 'title = "Floods"\n\n[[sources]]\nfile = "a.txt"\noutlet = "Agency"\n'
A_TEXT = "The national disaster agency said on Tuesday that 350 people died in the floods.\n"
B_TEXT = "Local officials said at least 400 people died in the floods, and 55 are missing.\n"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        found = self.path == "/news/flood-toll-rises.html"
        body = PAGE if found else b"<h1>Not found</h1>"
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError):
            self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve(Handler) as url:
        yield url


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "floods"
    folder.mkdir()
    (folder / "story.toml").write_text(STORY_TOML, encoding="utf-8")
    (folder / "a.txt").write_text(A_TEXT, encoding="utf-8")
    return folder


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_add_a_page_and_a_file_then_run_reads_them(server, story, tmp_path, capsys):
    url = f"{server}/news/flood-toll-rises.html"
    collected = tmp_path / "collected" / "Officials Say.txt"
    collected.parent.mkdir()
    collected.write_text(B_TEXT, encoding="utf-8")
    code, out, err = _run(["add", str(story), url, str(collected)], capsys)
    assert code == 0, err
    page_file = story / "127-0-0-1-flood-toll-rises.html"
    assert out.splitlines() == [
        f"added {page_file}: outlet The Riverside Courier, published 2025-03-04 "
        "(found in the page markup)",
        f"added {story / 'officials-say.txt'}: no outlet found, no publication date found "
        "(add published to its story.toml entry)",
    ]
    assert page_file.read_bytes() == PAGE
    entries = tomllib.loads((story / "story.toml").read_text(encoding="utf-8"))["sources"]
    assert [e["file"] for e in entries] == [
        "a.txt", "127-0-0-1-flood-toll-rises.html", "officials-say.txt",
    ]  # fmt: skip
    assert entries[1]["url"] == url and entries[1]["published"] == date(2025, 3, 4)
    assert (story / "officials-say.txt").read_text(encoding="utf-8") == B_TEXT

    reports = tmp_path / "out"
    code, _, err = _run(["run", str(story), "--out", str(reports)], capsys)
    assert code == 0, err
    text = (reports / "sources.csv").read_text(encoding="utf-8")
    rows = {r["source"]: r for r in csv.DictReader(io.StringIO(text))}
    assert set(rows) == {"a", "127-0-0-1-flood-toll-rises", "officials-say"}
    page = rows["127-0-0-1-flood-toll-rises"]
    assert page["outlet"] == "The Riverside Courier" and page["url"] == url
    assert page["published"] == "2025-03-04" and int(page["claims"]) > 0
    assert (reports / "texts" / "127-0-0-1-flood-toll-rises.txt").is_file()


def test_a_failed_item_is_one_line_exit_3_and_the_others_are_added(server, story, capsys):
    before = (story / "story.toml").read_text(encoding="utf-8")
    missing = f"{server}/missing"
    code, out, err = _run(
        ["add", str(story), missing, f"{server}/news/flood-toll-rises.html"], capsys
    )
    assert code == 3
    [line] = err.splitlines()
    assert line.startswith("crosscheck: error: ") and missing in line and "HTTP 404" in line
    assert len(out.splitlines()) == 1 and out.startswith("added ")
    after = (story / "story.toml").read_text(encoding="utf-8")
    assert after.startswith(before) and missing not in after
    assert len(tomllib.loads(after)["sources"]) == 2


def test_add_to_a_missing_story_folder_is_exit_3(tmp_path, capsys):
    code, out, err = _run(["add", str(tmp_path / "nowhere"), "x.txt"], capsys)
    assert code == 3 and out == ""
    assert "story folder not found" in err


def test_add_needs_at_least_one_item(story, capsys):
    assert _run(["add", str(story)], capsys)[0] == 2


def test_every_line_add_prints_is_inert(server, story, tmp_path, capsys):
    evil = f"{server}/missing\x1b]0;title\x07\x1b[2J"
    named = tmp_path / "odd\x1b[2J" / "b.txt"
    named.parent.mkdir()
    named.write_text(B_TEXT, encoding="utf-8")
    code, out, err = _run(["add", str(story), evil, str(named)], capsys)
    assert code == 3
    assert "\x1b" not in out + err and "\x07" not in out + err
    assert len(err.splitlines()) == 1 and "\\u001b" in err
    assert out.startswith("added ")
