"""The HTML report: escaping and layout checked on the string, behaviour in headless Chromium.

The browser tests drive Debian's ``/usr/bin/chromium`` over the Chrome DevTools Protocol
(a websocket on 127.0.0.1); they are skipped when Chromium or websocket-client is missing.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from rowfactory import mention, row

from crosscheck.model import (
    Discrepancy,
    DiscrepancyKind,
    Mention,
    Report,
    Severity,
    Source,
)
from crosscheck.report.html import render_html, segments
from crosscheck.review import Decision

ROOT = Path(__file__).parent.parent
HOSTILE = (
    'Officials said <script>window.__pwned = "script";</script> that '
    '<img src="x" onerror="window.__pwned = \'img\'"> 381 people died, see '
    "<a href=\"javascript:window.__pwned = 'link'\">the list</a> for names."
)


def _mention(source: Source, words: str) -> Mention:
    start = source.text.index(words)
    line_start = source.text.rfind("\n", 0, start) + 1
    line_end = source.text.find("\n", start)
    sentence = source.text[line_start : line_end if line_end >= 0 else None]
    return mention(source.id, words, start=start, sentence=sentence)


def _discrepancy(
    number: int,
    kind: DiscrepancyKind,
    severity: Severity,
    a: Mention,
    b: Mention,
    *,
    status: str = "",
    note: str = "",
) -> Discrepancy:
    return row(
        a,
        b,
        id=f"d{number}",
        kind=kind,
        severity=severity,
        subject="person",
        metric="killed",
        value_a=a.text,
        value_b=b.text,
        published_a=date(2025, 3, 4),
        explanation=f"explanation {number}: {a.text} vs {b.text}",
        status=status,
        note=note,
    )


def sample_report() -> Report:
    """Four discrepancies of different kinds, severities and statuses, one hostile source."""
    agency = Source(
        id="agency",
        text="The agency said 381 people died.\nAbout 2,400 homes were destroyed.\n",
        outlet="National Agency",
        published=date(2025, 3, 4),
        url="https://agency.example/flood",
    )
    paper = Source(
        id="paper",
        text="The paper said 400 people died.\nAbout 2,000 homes were destroyed.\n"
        "The floods began on 26 February.\n",
        outlet="Riverside <b>Courier</b>",
        url="javascript:alert('url')",
    )
    hostile = Source(id="hostile", text=HOSTILE + "\n", outlet="<script>alert(1)</script>")
    return Report(
        sources=(agency, paper, hostile),
        claims=(),
        discrepancies=(
            _discrepancy(
                1,
                DiscrepancyKind.NUMERIC_DIVERGENCE,
                Severity.LOW,
                _mention(agency, "2,400 homes"),
                _mention(paper, "2,000 homes"),
            ),
            _discrepancy(
                2,
                DiscrepancyKind.NUMERIC_CONFLICT,
                Severity.HIGH,
                _mention(agency, "381 people"),
                _mention(paper, "400 people"),
                status="confirmed",
                note="Agency figure is newer.",
            ),
            _discrepancy(
                3,
                DiscrepancyKind.NUMERIC_DIVERGENCE,
                Severity.MEDIUM,
                _mention(hostile, "381 people"),
                _mention(paper, "400 people"),
            ),
            _discrepancy(
                4,
                DiscrepancyKind.TIME_CONFLICT,
                Severity.HIGH,
                _mention(paper, "26 February"),
                _mention(agency, "381 people"),
            ),
        ),
    )


# --- the page as a string ------------------------------------------------------------------


def test_cards_are_worst_first_with_review_decisions_applied() -> None:
    page = render_html(
        sample_report(),
        statuses={"d4": Decision(id="d4", status="false-positive", note="Different events.")},
    )
    order = [page.index(f'id="d-d{n}"') for n in (2, 4, 3, 1)]
    assert order == sorted(order)
    assert 'data-status="false-positive"' in page
    assert "Different events." in page
    assert "Agency figure is newer." in page


def test_article_text_is_escaped_everywhere() -> None:
    page = render_html(sample_report(), title="<i>Floods</i>")
    assert "<script>window.__pwned" not in page
    assert "<img" not in page
    assert 'href="javascript:' not in page
    assert "&lt;script&gt;window.__pwned" in page
    assert "&lt;img src=&#34;x&#34; onerror=" in page
    assert "<title>&lt;i&gt;Floods&lt;/i&gt;</title>" in page
    assert "Riverside &lt;b&gt;Courier&lt;/b&gt;" in page
    assert page.count("<script>") == 1  # the report's own filter script, nothing else


def test_claim_words_are_highlighted_inside_the_quote() -> None:
    page = render_html(sample_report())
    assert "The agency said <mark>381 people</mark> died." in page


def test_page_is_self_contained() -> None:
    page = render_html(sample_report())
    for external in ('src="http', "src='http", '<link rel="stylesheet"', "@import", "url("):
        assert external not in page
    assert "https://agency.example/flood" in page  # shown as the source's address, a link


def test_segments_cut_overlapping_passages_and_anchor_each() -> None:
    text = "0123456789"
    cut = segments(text, [(2, 6), (4, 8), (2, 6)], 0)
    assert "".join(s.text for s in cut) == text
    assert [(s.text, s.marked, s.anchors) for s in cut] == [
        ("01", False, ()),
        ("23", True, ("p0-2-6",)),
        ("45", True, ("p0-4-8",)),
        ("67", True, ()),
        ("89", False, ()),
    ]


# --- the page in a real browser --------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--window-size=1280,1800",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
)


class Browser:
    """A page of a headless Chromium driven over the DevTools Protocol."""

    def __init__(self, socket: Any) -> None:
        self.socket = socket
        self.events: list[dict[str, Any]] = []
        self.next_id = 0

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                return dict(message.get("result", {}))
            self.events.append(message)

    def wait_for(self, method: str, timeout: float = 15) -> None:
        deadline = time.monotonic() + timeout
        while not any(e.get("method") == method for e in self.events):
            if time.monotonic() > deadline:
                raise AssertionError(f"no {method} within {timeout} s")
            self.events.append(json.loads(self.socket.recv()))

    def open(self, path: Path) -> None:
        self.events.clear()
        self.call("Page.navigate", url=path.resolve().as_uri())
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def errors(self) -> list[str]:
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(str(params["exceptionDetails"]))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(str(params.get("args")))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(params["entry"]["text"])
        return found

    def screenshot(self, path: Path) -> None:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (.ci/run installs it)")
    websocket = pytest.importorskip("websocket")
    profile = tempfile.mkdtemp(prefix="crosscheck-chromium-")
    process = subprocess.Popen(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = Path(profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or process.poll() is not None:
                pytest.fail("chromium did not start its DevTools endpoint")
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
            targets = json.load(answer)
        page = next(t for t in targets if t.get("type") == "page")
        socket = websocket.create_connection(
            page["webSocketDebuggerUrl"], timeout=20, suppress_origin=True
        )
        driver = Browser(socket)
        for domain in ("Page", "Runtime", "Log"):
            driver.call(f"{domain}.enable")
        yield driver
        socket.close()
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(profile, ignore_errors=True)


def _write(tmp_path: Path, page: str) -> Path:
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    return path


def test_real_story_report_renders_without_errors(browser: Browser, tmp_path: Path) -> None:
    import crosscheck

    story = crosscheck.load_story(ROOT / "sources" / "belarus")
    report = crosscheck.check(story.sources)
    browser.open(_write(tmp_path, render_html(report, title=story.title)))
    assert browser.errors() == []
    assert browser.evaluate("document.querySelectorAll('article.card').length") == len(
        report.discrepancies
    )
    assert browser.evaluate("document.getElementById('shown').textContent") == (
        f"{len(report.discrepancies)} of {len(report.discrepancies)} shown"
    )
    shot = ROOT / "reports" / "screenshots" / "report.png"
    browser.screenshot(shot)
    assert shot.read_bytes().startswith(b"\x89PNG")


def _visible(browser: Browser) -> list[str]:
    return list(
        browser.evaluate(
            "Array.from(document.querySelectorAll('article.card'))"
            ".filter(c => !c.hidden && c.offsetParent !== null).map(c => c.id)"
        )
    )


def _toggle(browser: Browser, field: str, value: str) -> None:
    browser.evaluate(
        f"document.querySelector('input[data-filter={field}][value=\"{value}\"]').click()"
    )


def test_filters_hide_and_show_the_right_cards(browser: Browser, tmp_path: Path) -> None:
    browser.open(_write(tmp_path, render_html(sample_report())))
    assert browser.errors() == []
    assert _visible(browser) == ["d-d2", "d-d4", "d-d3", "d-d1"]
    _toggle(browser, "severity", "high")
    assert _visible(browser) == ["d-d3", "d-d1"]
    _toggle(browser, "kind", "numeric.divergence")
    assert _visible(browser) == []
    assert browser.evaluate("document.getElementById('shown').textContent") == "0 of 4 shown"
    _toggle(browser, "severity", "high")
    assert _visible(browser) == ["d-d2", "d-d4"]
    _toggle(browser, "status", "confirmed")
    assert _visible(browser) == ["d-d4"]
    _toggle(browser, "kind", "numeric.divergence")
    _toggle(browser, "status", "confirmed")
    assert _visible(browser) == ["d-d2", "d-d4", "d-d3", "d-d1"]


def test_passage_link_opens_the_source_text_at_the_quote(browser: Browser, tmp_path: Path) -> None:
    browser.open(_write(tmp_path, render_html(sample_report())))
    href = browser.evaluate("document.querySelector('#d-d2 a.passage').getAttribute('href')")
    browser.evaluate(f"location.hash = '{href}'")
    time.sleep(0.2)  # let the hashchange handler run
    assert browser.evaluate(f"document.querySelector('{href}').closest('details').open") is True
    assert browser.evaluate(f"document.querySelector('{href}').nextElementSibling.textContent") == (
        "381 people"
    )


def test_hostile_article_shows_as_text_and_runs_nothing(browser: Browser, tmp_path: Path) -> None:
    browser.open(_write(tmp_path, render_html(sample_report())))
    assert browser.errors() == []
    assert browser.evaluate("typeof window.__pwned") == "undefined"
    assert browser.evaluate("document.querySelectorAll('img').length") == 0
    assert browser.evaluate("document.scripts.length") == 1
    assert browser.evaluate("document.querySelectorAll('a[href^=\"javascript\"]').length") == 0
    quote = browser.evaluate("document.querySelector('#d-d3 blockquote').textContent")
    assert '<script>window.__pwned = "script";</script>' in quote
    assert '<img src="x" onerror=' in quote
    assert "<a href=\"javascript:window.__pwned = 'link'\">" in quote
    # following every in-page link still runs none of the article's code (the page's one
    # outside link, the source's own address, is not followed: tests stay on this machine)
    browser.evaluate("document.querySelectorAll('a[href^=\"#\"]').forEach(a => a.click())")
    assert browser.evaluate("typeof window.__pwned") == "undefined"
