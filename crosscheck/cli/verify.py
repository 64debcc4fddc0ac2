"""``crosscheck verify``: expectations files -> each check passed or failed; an exit status."""

from __future__ import annotations

import argparse
from pathlib import Path

from crosscheck.check import check
from crosscheck.cli.exits import EXIT_FAIL_ON, EXIT_INPUT, EXIT_OK, one_line
from crosscheck.cli.stories import load_story_telling, tell_problems
from crosscheck.errors import InputError
from crosscheck.expectations import (
    Expectation,
    check_sources,
    evaluate_all,
    load_expectations,
)
from crosscheck.messages import message
from crosscheck.report.terminal import make_console


def verify_command(args: argparse.Namespace) -> int:
    """``crosscheck verify``: every known conflict flagged, every must-not pair not."""
    files = list(args.files) or sorted(Path("expectations").glob("*.toml"))
    if not files:
        raise InputError(message("cli.no_expectations_files"), path=Path("expectations"))
    console = make_console()
    failed = 0
    total = 0
    known = 0
    skipped = False
    for path in files:
        spec = load_expectations(path)
        try:
            story = load_story_telling(spec.story)
        except InputError as exc:  # name the expectations file that points there
            raise type(exc)(
                message("cli.in_story_of", message=exc.message, path=path), path=exc.path
            ) from None
        tell_problems(story)
        check_sources(spec, [source.id for source in story.sources])
        skipped = skipped or bool(story.problems)
        report = check(story.sources, problems=story.problems, warnings=story.warnings)
        for outcome in evaluate_all(spec, report):
            total += 1
            mark = message("cli.verify.passed" if outcome.passed else "cli.verify.failed")
            if outcome.known_miss:
                mark = message("cli.verify.known_miss")
                known += 1
            failed += 0 if outcome.passed else 1
            kind = message(_section(outcome.expectation))
            line = message(
                "cli.verify.line",
                mark=mark,
                file=path.stem,
                id=outcome.expectation.id,
                kind=kind,
                message=outcome.message,
            )
            console.print(one_line(line))
    summary = "cli.verify.no_misses" if not known else "cli.verify.one_miss"
    if known > 1:
        summary = "cli.verify.misses"
    console.print(message(summary, passed=total - failed - known, failed=failed, known=known))
    if skipped:
        return EXIT_INPUT
    return EXIT_FAIL_ON if failed else EXIT_OK


def _section(expectation: Expectation) -> str:
    """The message key naming the section an expectation came from."""
    if expectation.must_flag:
        return "cli.verify.conflict"
    return "cli.verify.ignored" if expectation.leftover else "cli.verify.consistent"
