"""``crosscheck add`` against pages served on 127.0.0.1: every outcome, nothing half-written."""

from __future__ import annotations

import contextlib
import time
import tomllib
from collections.abc import Iterator
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from localserver import serve

from crosscheck.errors import InputError
from crosscheck.ingest.fetch import FetchLimits, add_sources, slug_for_url, toml_string

DATA = Path(__file__).parent / "data" / "ingest"
PAGE = (DATA / "news-page.html").read_bytes()
LIMITS = FetchLimits(timeout=0.5, total_timeout=1.5, max_bytes=200_000, use_proxies=False)
NOW = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)
STORY_TOML = (
    '# Collected by hand\ntitle = "Floods"   # keep this comment\n\n'
    '[[sources]]\nfile = "a.txt"\noutlet = "Agency"\n'
)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _send(self, code: int, body: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError):  # the client gave up first (slow page)
            self.wfile.write(body)

    def _redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        path = self.path
        if path == "/news/flood-toll-rises.html":
            self._send(200, PAGE)
        elif path == "/short-link":
            self._redirect("/news/flood-toll-rises.html")
        elif path == "/missing":
            self._send(404, b"<h1>Not found</h1>")
        elif path in ("/loop-a", "/loop-b"):
            self._redirect("/loop-b" if path == "/loop-a" else "/loop-a")
        elif path == "/huge.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the limit must hold while reading
            for _ in range(100):
                self.wfile.write(b"<p>" + b"x" * 10_000 + b"</p>")
        elif path == "/data.json":
            self._send(200, b'{"deaths": 381}', "application/json")
        elif path == "/slow.html":
            time.sleep(1.5)
            self._send(200, PAGE)
        elif path.startswith("/chain/"):
            left = int(path.rsplit("/", 1)[1])
            self._redirect(f"/chain/{left - 1}" if left else "/news/flood-toll-rises.html")
        elif path == "/trickle.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            with contextlib.suppress(OSError):
                for _ in range(15):  # a byte every 0.2 s: each read is quick, the whole is not
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.2)
        elif path == "/to-file":
            self._redirect("file:///etc/passwd")
        else:
            self._send(404, b"")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve(Handler) as url:
        yield url


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "floods"
    folder.mkdir()
    (folder / "story.toml").write_text(STORY_TOML, encoding="utf-8")
    (folder / "a.txt").write_text("The agency said 381 people died.\n", encoding="utf-8")
    return folder


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_good_page_is_kept_with_its_text_and_entry(server: str, story: Path) -> None:
    url = f"{server}/news/flood-toll-rises.html"
    [result] = add_sources(story, [url], limits=LIMITS, now=NOW)
    assert result.ok, result.error
    assert result.file == story / "127-0-0-1-flood-toll-rises.html"
    assert result.file.read_bytes() == PAGE
    assert result.text_file == story / "extracted" / "127-0-0-1-flood-toll-rises.txt"
    assert "has risen to 381" in result.text_file.read_text(encoding="utf-8")
    text = (story / "story.toml").read_text(encoding="utf-8")
    assert text.startswith(STORY_TOML)  # appended, nothing reformatted
    entry = tomllib.loads(text)["sources"][-1]
    assert entry == {
        "file": "127-0-0-1-flood-toll-rises.html",
        "outlet": "The Riverside Courier",
        "title": "Flood death toll rises to 381 as rescuers reach cut-off villages",
        "published": date(2025, 3, 4),
        "url": url,
        "fetched": NOW,
    }
    assert result.date_found == "page markup"
    assert "published = 2025-03-04  # found in the page markup\n" in text
    assert result.language == "en"


def test_redirect_is_followed_and_the_final_url_recorded(server: str, story: Path) -> None:
    [result] = add_sources(story, [f"{server}/short-link"], limits=LIMITS, now=NOW)
    assert result.ok, result.error
    entry = tomllib.loads((story / "story.toml").read_text(encoding="utf-8"))["sources"][-1]
    assert entry["url"] == f"{server}/news/flood-toll-rises.html"


def test_adding_the_same_url_twice_is_refused(server: str, story: Path) -> None:
    url = f"{server}/news/flood-toll-rises.html"
    first, second = add_sources(story, [url, url], limits=LIMITS, now=NOW)
    assert first.ok
    assert second.error is not None and "already in story.toml" in second.error
    assert len(tomllib.loads((story / "story.toml").read_text())["sources"]) == 2


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "HTTP 404"),
        ("/loop-a", "redirect loop"),
        ("/huge.html", "larger than the limit of 200,000 bytes"),
        ("/data.json", "content type application/json"),
        ("/slow.html", "no answer within 0.5 s"),
        ("/to-file", "redirected to a non-web address"),
        ("/chain/6", "too many redirects"),
        ("/trickle.html", "download took longer than 1.5 s"),
    ],
)
def test_failed_fetch_gives_one_line_and_writes_nothing(
    server: str, story: Path, path: str, message: str
) -> None:
    before = _snapshot(story)
    [result] = add_sources(story, [f"{server}{path}"], limits=LIMITS, now=NOW)
    assert result.error is not None
    assert message in result.error
    assert result.error.startswith(f"{server}{path}: ")
    assert "\n" not in result.error
    assert _snapshot(story) == before
    assert not any(p.name.endswith(".tmp") for p in story.rglob("*"))


def test_one_bad_item_does_not_stop_the_others(server: str, story: Path) -> None:
    results = add_sources(
        story, [f"{server}/missing", f"{server}/news/flood-toll-rises.html"], limits=LIMITS
    )
    assert [r.ok for r in results] == [False, True]


def test_file_is_copied_in_with_its_entry(story: Path) -> None:
    [result] = add_sources(story, [str(DATA / "page-date-in-text.html")], now=NOW)
    assert result.ok, result.error
    assert result.file == story / "page-date-in-text.html"
    entry = tomllib.loads((story / "story.toml").read_text())["sources"][-1]
    assert entry == {
        "file": "page-date-in-text.html",
        "title": "Council approves new bridge",
        "published": date(2024, 6, 17),
    }


def test_unreadable_file_writes_nothing(story: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 nothing else")
    before = _snapshot(story)
    [result] = add_sources(story, [str(broken)])
    assert result.error is not None and "not a readable PDF" in result.error
    assert _snapshot(story) == before


def test_missing_story_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="story folder not found"):
        add_sources(tmp_path / "nope", ["x.html"])


def test_story_toml_is_created_when_missing(tmp_path: Path) -> None:
    [result] = add_sources(tmp_path, [str(DATA / "news-page.html")])
    assert result.ok, result.error
    assert tomllib.loads((tmp_path / "story.toml").read_text())["sources"][0]["file"] == (
        "news-page.html"
    )


def test_toml_strings_survive_hostile_titles() -> None:
    hostile = 'A "quoted" \\ title\n[[sources]]\x7f\x00 end'
    assert tomllib.loads(f"t = {toml_string(hostile)}")["t"] == hostile


def test_slug_for_url_names_site_and_page() -> None:
    assert slug_for_url("https://www.example.org/2025/03/flood-toll.html?x=1") == (
        "example-org-flood-toll"
    )
    assert slug_for_url("https://news.example.org/") == "news-example-org"


def test_redirects_up_to_the_limit_are_followed(server: str, story: Path) -> None:
    [result] = add_sources(story, [f"{server}/chain/4"], limits=LIMITS, now=NOW)
    assert result.ok, result.error
