"""Running the CLI in-process and reading or rewriting the CSV files it writes, for tests."""

from __future__ import annotations

import csv
import io
import shutil
import signal
from pathlib import Path

import pytest

from crosscheck.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "sources" / "belarus"


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``crosscheck ARGS`` in-process: its exit code, stdout and stderr."""
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def csv_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV file the CLI wrote, as dictionaries."""
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def write_csv_rows(path: Path, rows: list[dict[str, str]]) -> None:
    """Write rows back (an editor's review), header from the first row."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def centre_page(site_name: str | None = None) -> str:
    """A one-article HTML page of the Belarus story, as ``init`` reads a saved page: its
    title, publication date and, when given, the site's ``og:site_name``."""
    site = f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    return (
        f"<html><head><title>Prisoners</title>{site}"
        '<meta property="article:published_time" content="2025-02-20"></head>'
        "<body><article><h1>Political prisoners in Belarus</h1>"
        "<p>On 10 January 2025, nearly 1,400 political prisoners were held in Belarus, the centre"
        " said. The count rose through 2024, and the centre counted the people held every week in"
        " the capital and in the regions, from lists that lawyers and families sent to it.</p>"
        "</article></body></html>"
    )


def terminal_interrupts() -> None:
    """``preexec_fn`` of a child the test sends Ctrl-C: SIGINT's default action, as in a terminal,
    even when the suite runs where SIGINT is ignored (a background job of a non-interactive shell
    passes SIG_IGN on, and Python then installs no KeyboardInterrupt handler: the child would run
    on, finish and exit 0)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def story_with_centre(tmp_path: Path, article: str, outlet: str = "Centre \\u202eB") -> Path:
    """A copy of the Belarus sample with one more source, ``centre.txt`` holding ``article``, by
    ``outlet`` as story.toml spells it (by default "Centre <U+202E>B": a right-to-left
    override inside an outlet's name)."""
    story = tmp_path / "s"
    shutil.copytree(SAMPLE, story)
    (story / "centre.txt").write_text(article, encoding="utf-8")
    with (story / "story.toml").open("a", encoding="utf-8") as handle:
        handle.write(f'\n[[sources]]\nfile = "centre.txt"\noutlet = "{outlet}"\n')
    return story
