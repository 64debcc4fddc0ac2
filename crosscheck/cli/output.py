"""What the CLI prints and writes: Report -> report files; terminal, CSV, JSON or a path."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from rich.console import RenderableType

from crosscheck.cli.exits import one_line, tell
from crosscheck.ingest import TEXTS_FOLDER, extracted_texts
from crosscheck.messages import message
from crosscheck.model import SEVERITY_RANK, Discrepancy, Report, Severity
from crosscheck.report.files import stale_files
from crosscheck.report.tables import (
    CLAIM_COLUMNS,
    DISCREPANCY_COLUMNS,
    SOURCE_COLUMNS,
    claim_rows,
    discrepancy_rows,
    json_text,
    report_payload,
    source_rows,
    to_csv,
    to_json,
)
from crosscheck.report.terminal import make_console, render_report
from crosscheck.review import Decision

HIDDEN_STATUSES = ("explained", "false-positive")
LISTED = 5  # ids listed by name before "and N more"


def at_least(severity: Severity, threshold: str) -> bool:
    """True when ``severity`` is ``threshold`` or worse."""
    return SEVERITY_RANK[severity] <= SEVERITY_RANK[Severity(threshold)]


def fail_on_rows(report: Report, threshold: str | None) -> list[Discrepancy]:
    """The unreviewed discrepancies of at least ``threshold`` severity (``--fail-on``)."""
    if threshold is None:
        return []
    return [
        d
        for d in report.discrepancies
        if at_least(d.severity, threshold) and d.status.strip().lower() in ("", "confirmed")
    ]


def tell_fail_on(rows: Sequence[Discrepancy], threshold: str | None) -> None:
    """Say on stderr which rows met ``--fail-on``."""
    named = ", ".join(f"{d.id} ({d.severity.value} {d.kind.value})" for d in rows[:LISTED])
    more = message("cli.and_more", count=len(rows) - LISTED) if len(rows) > LISTED else ""
    key = "cli.fail_on_one" if len(rows) == 1 else "cli.fail_on_many"
    tell("fail-on", message(key, count=len(rows), threshold=threshold, rows=named, more=more))


_PIECE = 1024  # characters: at most 4 KiB of UTF-8, within io's 8 KiB buffer


def listed(items: Sequence[str]) -> str:
    """``a, b, c, d, e and 7 more``: a long list summarised on one line."""
    shown = ", ".join(items[:LISTED])
    return shown + (
        message("cli.and_more", count=len(items) - LISTED) if len(items) > LISTED else ""
    )


def report_files(
    report: Report,
    out: Path,
    story: str,
    *,
    with_json: bool = False,
    statuses: Mapping[str, Decision] | None = None,
    title: str | None = None,
) -> dict[Path, str]:
    """The texts of a report set: the CSVs, report.html, the extracted texts (and report.json).

    ``texts/<id>.txt`` holds the text read from each page, PDF or Word source: claim spans
    index it, so every quote of the report can be found again.
    """
    from crosscheck.report.html import render_html  # jinja2 loads only when a report is made

    files = {
        out / "discrepancies.csv": to_csv(discrepancy_rows(report), DISCREPANCY_COLUMNS),
        out / "claims.csv": to_csv(claim_rows(report), CLAIM_COLUMNS),
        out / "sources.csv": to_csv(source_rows(report), SOURCE_COLUMNS),
        out / "report.html": _encodable(
            render_html(report, statuses=statuses, title=title or story)
        ),
    }
    if with_json:
        files[out / "report.json"] = to_json(report, story)
    files.update(extracted_texts(out, report.sources))
    return files


def _encodable(text: str) -> str:
    """``text`` with the undecodable bytes of file names (surrogates) shown as ``\\udcXX``."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def replaced_files(out: Path, files: Mapping[Path, str]) -> list[Path]:
    """What a report set removes: a report.json it does not write, texts of gone sources."""
    return [out / "report.json", *stale_files(out, TEXTS_FOLDER, files)]


class Printer:
    """Prints each story's report in the chosen format; several stories make one document."""

    def __init__(self, args: argparse.Namespace, *, several: bool = False) -> None:
        self.args = args
        self.several = several
        self._documents: list[dict[str, Any]] = []
        self._header_done = False

    def show(
        self,
        report: Report,
        *,
        title: str,
        story: str | None = None,
        vanished: Sequence[str] = (),
        report_path: Path | None = None,
    ) -> None:
        """Print one story's report, honouring --min-severity and --all.

        With ``--format html`` only ``report_path`` (the story's report.html) is printed.
        """
        args = self.args
        if args.format == "html":
            if report_path is not None:
                write_stdout(f"{report_path}\n")
            return
        show_all = getattr(args, "all", False)
        by_severity = [d for d in report.discrepancies if at_least(d.severity, args.min_severity)]
        reviewed = [d for d in by_severity if d.status.strip().lower() in HIDDEN_STATUSES]
        visible = by_severity if show_all else [d for d in by_severity if d not in reviewed]
        shown = replace(report, discrepancies=tuple(visible))
        if args.format == "json":
            payload = report_payload(shown, title)
            if self.several:
                self._documents.append(payload)
            else:
                write_stdout(json_text(payload))
            return
        if args.format == "csv":
            self._csv(shown, story or title)
            return
        lines: list[RenderableType] = list(
            render_report(report, title=title, discrepancies=visible)
        )
        below = len(report.discrepancies) - len(by_severity)
        if reviewed and not show_all:
            lines.append(message("cli.reviewed_hidden", count=len(reviewed)))
        if below:
            lines.append(message("cli.below_hidden", count=below, severity=args.min_severity))
        if vanished:
            key = "cli.vanished_many" if len(vanished) > 1 else "cli.vanished_one"
            lines.append(one_line(message(key, rows=listed(list(vanished)))))
        print_renderables(lines, width=getattr(args, "width", None))

    def _csv(self, shown: Report, story: str) -> None:
        rows = discrepancy_rows(shown)
        columns: Sequence[str] = DISCREPANCY_COLUMNS
        if self.several:
            columns = ("story", *DISCREPANCY_COLUMNS)
            rows = [{"story": story, **row} for row in rows]
        text = to_csv(rows, columns)
        if self._header_done:
            text = text.split("\n", 1)[1]
        self._header_done = True
        write_stdout(text)

    def finish(self) -> None:
        """Print what several stories make together (one JSON document)."""
        if self.args.format == "json" and self.several:
            write_stdout(json_text(self._documents))


def print_renderables(renderables: Iterable[RenderableType | str], width: int | None) -> None:
    """Print rich renderables: styled on a terminal; piped, plain lines without padding."""
    if stdout_is_terminal():
        console = make_console(width=width)
        for renderable in renderables:
            console.print(renderable)
        return
    buffer = io.StringIO()
    console = make_console(width=width, file=buffer)
    for renderable in renderables:
        console.print(renderable)
    text = "\n".join(line.rstrip() for line in buffer.getvalue().split("\n"))
    write_plain(text)


def write_stdout(text: str) -> None:
    """Print CSV or JSON text; on a terminal, control characters in it are shown as escapes.

    Redirected to a file or a pipe, the text is written exactly. On a terminal, article text
    such as "\\x1b[2J" must not clear the screen or forge output.
    """
    if stdout_is_terminal():
        text = "\n".join(one_line(line) for line in text.split("\n"))
    write_plain(text)


def write_plain(text: str) -> None:
    """Write text to stdout as it is, in pieces no larger than its buffer, then flush.

    One large write to a pipe whose reader leaves (``| head``) returns short, and Python
    then drops the rest without an error; pieces make the next write fail with
    ``BrokenPipeError``, so a closed pipe ends every format the same way (exit 141).
    """
    for start in range(0, len(text), _PIECE):
        sys.stdout.write(text[start : start + _PIECE])
        sys.stdout.flush()


def stdout_is_terminal() -> bool:
    """Whether standard output is a terminal."""
    try:
        return sys.stdout.isatty()
    except ValueError:  # closed
        return False
