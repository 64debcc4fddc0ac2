"""``crosscheck run``: story folders -> checked reports, written and shown; an exit status."""

from __future__ import annotations

import argparse

from crosscheck.check import check
from crosscheck.cli.exits import EXIT_FAIL_ON, EXIT_INPUT, EXIT_OK, tell
from crosscheck.cli.output import fail_on_met, show, write_reports
from crosscheck.cli.stories import load_story_telling, out_dir, story_dirs, tell_problems
from crosscheck.engine import make_engine
from crosscheck.errors import CrosscheckError
from crosscheck.model import Story
from crosscheck.report.files import check_writable
from crosscheck.report.terminal import progress_bar
from crosscheck.review import apply_review, load_review


def run_command(args: argparse.Namespace) -> int:
    """``crosscheck run``: check stories, print the report, write the CSV files."""
    dirs = story_dirs(list(args.stories))
    review = load_review(args.review) if args.review else None
    status = EXIT_OK
    # Load every story and check every output folder before any work is done. A story that
    # cannot be loaded is reported on one line and the others still run (exit status 3).
    stories: list[Story] = []
    for d in dirs:
        try:
            stories.append(load_story_telling(d))
        except CrosscheckError as exc:
            if len(dirs) == 1:
                raise
            tell("error", str(exc))
            status = max(status, exc.exit_code)
    outs = [out_dir(args, s, len(dirs) > 1) for s in stories]
    for out in outs:
        check_writable(out)
    engine = make_engine(args.engine, jobs=args.jobs, scheduler=args.scheduler)
    try:
        for story, out in zip(stories, outs, strict=True):
            with progress_bar(len(story.sources), story.name) as advance:
                report = check(
                    story.sources,
                    problems=story.problems,
                    warnings=story.warnings,
                    engine=engine,
                    on_source_done=advance,
                )
            tell_problems(story)
            vanished: list[str] = []
            if review is not None:
                report, vanished = apply_review(report, review)
            write_reports(report, out, story.name, with_json=args.format == "json")
            show(report, args, title=story.title or story.name, vanished=vanished)
            if story.problems:
                status = max(status, EXIT_INPUT)
            if fail_on_met(report, args.fail_on):
                status = EXIT_FAIL_ON if status == EXIT_OK else status
    finally:
        engine.close()
    return status
