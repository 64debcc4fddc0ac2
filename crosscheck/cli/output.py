"""What the CLI prints and writes: Report -> report files, terminal, CSV or JSON on stdout."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from crosscheck.cli.exits import one_line
from crosscheck.model import SEVERITY_RANK, Report, Severity
from crosscheck.report.files import write_all_atomically
from crosscheck.report.tables import (
    CLAIM_COLUMNS,
    DISCREPANCY_COLUMNS,
    SOURCE_COLUMNS,
    claim_rows,
    discrepancy_rows,
    source_rows,
    to_csv,
    to_json,
)
from crosscheck.report.terminal import make_console, render_report

HIDDEN_STATUSES = ("explained", "false-positive")


def at_least(severity: Severity, threshold: str) -> bool:
    """True when ``severity`` is ``threshold`` or worse."""
    return SEVERITY_RANK[severity] <= SEVERITY_RANK[Severity(threshold)]


def fail_on_met(report: Report, threshold: str | None) -> bool:
    """Whether an unreviewed discrepancy of at least ``threshold`` severity remains."""
    if threshold is None:
        return False
    return any(
        at_least(d.severity, threshold) and d.status.strip().lower() in ("", "confirmed")
        for d in report.discrepancies
    )


def write_reports(report: Report, out: Path, story: str, *, with_json: bool = False) -> None:
    """Write discrepancies.csv, claims.csv and sources.csv (and report.json) atomically."""
    files = {
        out / "discrepancies.csv": to_csv(discrepancy_rows(report), DISCREPANCY_COLUMNS),
        out / "claims.csv": to_csv(claim_rows(report), CLAIM_COLUMNS),
        out / "sources.csv": to_csv(source_rows(report), SOURCE_COLUMNS),
    }
    if with_json:
        files[out / "report.json"] = to_json(report, story)
    write_all_atomically(files)


def show(
    report: Report, args: argparse.Namespace, *, title: str, vanished: list[str] | None = None
) -> None:
    """Print the report in the chosen format, honouring --min-severity and --all."""
    visible = [
        d
        for d in report.discrepancies
        if at_least(d.severity, args.min_severity)
        and (getattr(args, "all", False) or d.status.strip().lower() not in HIDDEN_STATUSES)
    ]
    if args.format == "json":
        write_stdout(to_json(replace(report, discrepancies=tuple(visible)), title))
        return
    if args.format == "csv":
        shown = replace(report, discrepancies=tuple(visible))
        write_stdout(to_csv(discrepancy_rows(shown), DISCREPANCY_COLUMNS))
        return
    console = make_console(width=args.width)
    for renderable in render_report(report, title=title, discrepancies=visible):
        console.print(renderable)
    hidden = len(report.discrepancies) - len(visible)
    if hidden:
        console.print(
            f"{hidden} more not shown (reviewed as explained/false-positive, or below "
            f"--min-severity); see the CSV or use --all."
        )
    for ident in vanished or []:
        console.print(f"reviewed row no longer found: {ident}")


def write_stdout(text: str) -> None:
    """Print CSV or JSON text; on a terminal, control characters in it are shown as escapes.

    Redirected to a file or a pipe, the text is written exactly. On a terminal, article text
    such as "\\x1b[2J" must not clear the screen or forge output.
    """
    if stdout_is_terminal():
        text = "\n".join(one_line(line) for line in text.split("\n"))
    sys.stdout.write(text)


def stdout_is_terminal() -> bool:
    """Whether standard output is a terminal."""
    try:
        return sys.stdout.isatty()
    except ValueError:  # closed
        return False
