"""The ``crosscheck`` command: argv -> parsed options -> one command's exit status.

Exit statuses are listed in :mod:`crosscheck.cli.exits` and in the README.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from crosscheck import __version__
from crosscheck.cli.exits import (
    EXIT_BROKEN_PIPE,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    one_line,
    tell,
)
from crosscheck.errors import CrosscheckError
from crosscheck.model import Severity

SEVERITIES = [s.value for s in Severity]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command (each has --help)."""
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description="Find where news sources about one story disagree.",
    )
    parser.add_argument("--version", action="version", version=f"crosscheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "run",
        help="check one or more stories and write the reports",
        description="Extract the claims of every source of each story, flag where they "
        "disagree, show the report and write discrepancies.csv, claims.csv, sources.csv, "
        "report.html and the texts read from pages, PDF and Word files (texts/).",
    )
    run.add_argument(
        "stories", nargs="*", type=Path, metavar="STORY_DIR",
        help="story folders (default: every folder under ./sources)",
    )  # fmt: skip
    run.add_argument("--out", type=Path, help="report folder (default: reports/<story>/)")
    _add_output_options(run)
    _add_follow_links(run)
    run.add_argument("--review", type=Path, metavar="FILE", help="a reviewed discrepancies.csv")
    run.add_argument(
        "--all", action="store_true", help="also show rows reviewed as explained or false-positive"
    )
    run.add_argument(
        "--jobs", type=_positive, default=1, metavar="N",
        help="worker processes for extraction and matching (default 1; results are identical)",
    )  # fmt: skip
    run.add_argument(
        "--engine", choices=["local", "dask"], default="local",
        help="where the work runs: this machine (default) or a Dask cluster (extra 'dask')",
    )  # fmt: skip
    run.add_argument(
        "--scheduler", metavar="ADDRESS",
        help="with --engine dask: the scheduler's address (default: start a local cluster)",
    )  # fmt: skip

    claims = commands.add_parser(
        "claims",
        help="list the claims extracted from a story or one article",
        description="Print the claims extracted from a story folder or a single article: "
        "a table (source, line:column, words, subject, metric, value), or claims.csv or JSON.",
    )
    claims.add_argument("path", type=Path, metavar="STORY_DIR|FILE")
    claims.add_argument(
        "--format", choices=["table", "csv", "json"], default="table",
        help="what to print: a table (default), the claims.csv text, or JSON",
    )  # fmt: skip
    claims.add_argument("--json", action="store_true", help="the same as --format json")
    _add_follow_links(claims)
    claims.add_argument("--width", type=int, default=None, help=argparse.SUPPRESS)

    verify = commands.add_parser(
        "verify",
        help="check the known conflicts of expectations files",
        description="Run each story of the given expectations files and check every known "
        "conflict is flagged and every must-not pair is not. Exit 1 on a miss.",
    )
    verify.add_argument(
        "files", nargs="*", type=Path, metavar="EXPECTATIONS",
        help="expectations files (default: expectations/*.toml)",
    )  # fmt: skip

    init = commands.add_parser(
        "init",
        help="write a story.toml for the articles of a folder",
        description="Write STORY_DIR/story.toml listing the .txt and .md articles present, "
        "with the full dates found in each as commented publication dates to check. "
        "An existing story.toml is never overwritten.",
    )
    init.add_argument("story", type=Path, metavar="STORY_DIR")
    _add_follow_links(init)

    add = commands.add_parser(
        "add",
        help="add web pages (URLs) or article files to a story",
        description="Fetch each URL (or copy each file) into STORY_DIR, keep the text read "
        "from it in STORY_DIR/extracted/, and append its entry (outlet, title, published, "
        "url, fetched) to story.toml. Each item is added whole or not at all; exit 3 when "
        "any item failed.",
    )
    add.add_argument("story", type=Path, metavar="STORY_DIR")
    add.add_argument("items", nargs="+", metavar="URL|FILE", help="http(s) URLs or article files")
    add.add_argument(
        "--timeout", type=_seconds, default=20.0, metavar="SECONDS",
        help="give up on a site that sends nothing for this long (default 20)",
    )  # fmt: skip

    draft = commands.add_parser(
        "draft",
        help="check a draft article against a story's sources",
        description="Extract the claims of a draft (.txt or .md) and report those that "
        "disagree with the sources, those no source supports, and those confirmed.",
    )
    draft.add_argument("file", type=Path, metavar="FILE")
    draft.add_argument("--against", type=Path, required=True, metavar="STORY_DIR")
    draft.add_argument("--out", type=Path, help="report folder (default: reports/draft-<name>/)")
    draft.add_argument(
        "--published", metavar="DATE",
        help="the draft's publication date, for its relative dates (default: today)",
    )  # fmt: skip
    _add_output_options(draft)
    _add_follow_links(draft)
    return parser


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=["table", "csv", "json", "html"], default="table",
        help="what to print: the terminal report (default), discrepancies CSV, JSON, or "
        "the path of report.html (one line per story)",
    )  # fmt: skip
    parser.add_argument(
        "--min-severity", choices=SEVERITIES, default="low",
        help="show only discrepancies of at least this severity (files keep all)",
    )  # fmt: skip
    parser.add_argument(
        "--fail-on", choices=SEVERITIES, metavar="SEVERITY",
        help="exit 1 when an unreviewed discrepancy of at least this severity remains",
    )  # fmt: skip
    parser.add_argument(
        "--width", type=int, default=None, help=argparse.SUPPRESS
    )  # fixed width for tests


def _add_follow_links(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--follow-links-outside", action="store_true",
        help="read articles that are symbolic links to files outside the story folder "
        "(by default each is skipped with one line naming link and target)",
    )  # fmt: skip


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, not {text!r}") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 3600")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _tolerate_unencodable_output() -> None:
    """Let a terminal that cannot show a character print an escape instead of crashing."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``crosscheck`` command."""
    _tolerate_unencodable_output()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return _command(args.command)(args)
    except CrosscheckError as exc:
        tell("error", str(exc))
        return exc.exit_code
    except KeyboardInterrupt as exc:
        message = str(exc) or "interrupted; earlier reports were left as they were"
        print(f"crosscheck: {one_line(message)}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader of stdout stopped early: not worth a message
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as exc:
        reason = (exc.strerror or type(exc).__name__).lower()
        if exc.filename is not None:  # every write of ours names its file in an OutputError
            tell("error", f"{exc.filename}: cannot read ({reason})")
            return EXIT_INPUT
        tell("error", f"standard output: cannot write ({reason})")  # a full disk
        return EXIT_USAGE


def _command(name: str) -> Callable[[argparse.Namespace], int]:
    """The command's function, imported only when it runs (keeps ``--help`` fast)."""
    if name == "run":
        from crosscheck.cli.run import run_command

        return run_command
    if name == "claims":
        from crosscheck.cli.claims import claims_command

        return claims_command
    if name == "verify":
        from crosscheck.cli.verify import verify_command

        return verify_command
    if name == "init":
        from crosscheck.cli.init import init_command

        return init_command
    if name == "add":
        from crosscheck.cli.add import add_command

        return add_command
    from crosscheck.cli.draft import draft_command

    return draft_command


def _silence_stdout() -> None:
    """Point stdout at the null device, so the flush at exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # not a real file (tests), or already closed
        pass
