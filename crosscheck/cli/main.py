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
from crosscheck.messages import message
from crosscheck.model import Severity

SEVERITIES = [s.value for s in Severity]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command (each has --help)."""
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description=message("cli.help.description"),
    )
    parser.add_argument(
        "--version", action="version", version=message("cli.version", version=__version__)
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "run",
        help=message("cli.help.run"),
        description=message("cli.help.run_description"),
    )
    run.add_argument(
        "stories", nargs="*", type=Path, metavar="STORY_DIR",
        help=message("cli.help.stories"),
    )  # fmt: skip
    run.add_argument("--out", type=Path, help=message("cli.help.out"))
    _add_output_options(run)
    _add_follow_links(run)
    run.add_argument("--review", type=Path, metavar="FILE", help=message("cli.help.review"))
    run.add_argument("--all", action="store_true", help=message("cli.help.all"))
    run.add_argument(
        "--jobs", type=_positive, default=1, metavar="N",
        help=message("cli.help.jobs"),
    )  # fmt: skip
    run.add_argument(
        "--engine", choices=["local", "dask"], default="local",
        help=message("cli.help.engine"),
    )  # fmt: skip
    run.add_argument(
        "--scheduler", metavar="ADDRESS",
        help=message("cli.help.scheduler"),
    )  # fmt: skip

    claims = commands.add_parser(
        "claims",
        help=message("cli.help.claims"),
        description=message("cli.help.claims_description"),
    )
    claims.add_argument("path", type=Path, metavar="STORY_DIR|FILE")
    claims.add_argument(
        "--format", choices=["table", "csv", "json"], default="table",
        help=message("cli.help.claims_format"),
    )  # fmt: skip
    claims.add_argument("--json", action="store_true", help=message("cli.help.json"))
    _add_follow_links(claims)
    claims.add_argument("--width", type=int, default=None, help=argparse.SUPPRESS)

    verify = commands.add_parser(
        "verify",
        help=message("cli.help.verify"),
        description=message("cli.help.verify_description"),
    )
    verify.add_argument(
        "files", nargs="*", type=Path, metavar="EXPECTATIONS",
        help=message("cli.help.files"),
    )  # fmt: skip

    init = commands.add_parser(
        "init",
        help=message("cli.help.init"),
        description=message("cli.help.init_description"),
    )
    init.add_argument("story", type=Path, metavar="STORY_DIR")
    _add_follow_links(init)

    add = commands.add_parser(
        "add",
        help=message("cli.help.add"),
        description=message("cli.help.add_description"),
    )
    add.add_argument("story", type=Path, metavar="STORY_DIR")
    add.add_argument("items", nargs="+", metavar="URL|FILE", help=message("cli.help.items"))
    add.add_argument(
        "--timeout", type=_seconds, default=20.0, metavar="SECONDS",
        help=message("cli.help.timeout"),
    )  # fmt: skip

    draft = commands.add_parser(
        "draft",
        help=message("cli.help.draft"),
        description=message("cli.help.draft_description"),
    )
    draft.add_argument("file", type=Path, metavar="FILE")
    draft.add_argument("--against", type=Path, required=True, metavar="STORY_DIR")
    draft.add_argument("--out", type=Path, help=message("cli.help.draft_out"))
    draft.add_argument(
        "--published", metavar="DATE",
        help=message("cli.help.published"),
    )  # fmt: skip
    _add_output_options(draft)
    _add_follow_links(draft)
    return parser


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=["table", "csv", "json", "html"], default="table",
        help=message("cli.help.format"),
    )  # fmt: skip
    parser.add_argument(
        "--min-severity", choices=SEVERITIES, default="low",
        help=message("cli.help.min_severity"),
    )  # fmt: skip
    parser.add_argument(
        "--fail-on", choices=SEVERITIES, metavar="SEVERITY",
        help=message("cli.help.fail_on"),
    )  # fmt: skip
    parser.add_argument(
        "--width", type=int, default=None, help=argparse.SUPPRESS
    )  # fixed width for tests


def _add_follow_links(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--follow-links-outside", action="store_true",
        help=message("cli.help.follow_links_outside"),
    )  # fmt: skip


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(message("cli.not_seconds", text=text)) from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError(message("cli.seconds_range"))
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(message("cli.not_whole_number", text=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(message("cli.at_least_one"))
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
        text = str(exc) or message("cli.interrupted")
        print(message("cli.said", text=one_line(text)), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader of stdout stopped early: not worth a message
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as exc:
        reason = (exc.strerror or type(exc).__name__).lower()
        if exc.filename is not None:  # every write of ours names its file in an OutputError
            tell("error", message("cli.cannot_read", file=exc.filename, reason=reason))
            return EXIT_INPUT
        tell("error", message("cli.cannot_write_stdout", reason=reason))  # a full disk
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
