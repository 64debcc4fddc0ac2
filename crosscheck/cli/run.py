"""``crosscheck run``: story folders -> checked reports, written and shown; an exit status."""

from __future__ import annotations

import argparse
import contextlib
from dataclasses import dataclass
from pathlib import Path

from crosscheck.check import check
from crosscheck.cli.exits import EXIT_FAIL_ON, EXIT_INPUT, EXIT_NOTHING_COMPARED, tell, worse
from crosscheck.cli.output import (
    Printer,
    fail_on_rows,
    listed,
    replaced_files,
    report_files,
    tell_fail_on,
)
from crosscheck.cli.stories import (
    load_story_telling,
    out_dir,
    refuse_shared_folders,
    story_dirs,
    tell_problems,
)
from crosscheck.config import Settings, apply_settings, find_config
from crosscheck.errors import CrosscheckError
from crosscheck.execution import Engine, make_engine
from crosscheck.messages import message
from crosscheck.model import Report, Story
from crosscheck.report.files import report_folder, write_all_atomically
from crosscheck.report.terminal import progress_bar
from crosscheck.review import Decision, apply_review, load_review

PREVIOUS_REVIEW = "discrepancies.reviewed-before.csv"


@dataclass(frozen=True, slots=True, kw_only=True)
class Carried:
    """Review decisions carried into a rerun, and where they came from."""

    decisions: dict[str, Decision]
    previous: Path | None
    previous_text: str
    review: Path | None = None  # the --review file, when it holds a decision


def run_command(args: argparse.Namespace) -> int:
    """``crosscheck run``: check stories, print the report, write the CSV files."""
    dirs = story_dirs(list(args.stories))
    review = load_review(args.review, deciding=True) if args.review else None
    status = 0
    # Load every story and check every output folder before any work is done. A story that
    # cannot be loaded is reported on one line and the others still run (exit status 3).
    stories: list[Story] = []
    for d in dirs:
        try:
            stories.append(load_story_telling(d, follow_links_outside=args.follow_links_outside))
        except CrosscheckError as exc:
            if len(dirs) == 1:
                raise
            tell("error", str(exc))
            status = worse(status, exc.exit_code)
    outs = [out_dir(args, s, len(dirs) > 1) for s in stories]
    refuse_shared_folders(stories, outs)
    settings = [_settings(story) for story in stories]
    printer = Printer(args, several=len(dirs) > 1)
    written: list[str] = []
    with contextlib.ExitStack() as folders:
        for out in outs:
            folders.enter_context(report_folder(out))
        engine = make_engine(args.engine, jobs=args.jobs, scheduler=args.scheduler)
        try:
            for story, out, config in zip(stories, outs, settings, strict=True):
                status = worse(
                    status, _run_one(story, out, args, review, printer, engine, config, written)
                )
        except KeyboardInterrupt as exc:
            raise KeyboardInterrupt(_interrupted(written, str(exc))) from None
        finally:
            engine.close()
    printer.finish()
    return status


def _run_one(
    story: Story,
    out: Path,
    args: argparse.Namespace,
    review: dict[str, Decision] | None,
    printer: Printer,
    engine: Engine,
    config: Settings,
    written: list[str],
) -> int:
    """Check one story, write its reports (then add its name to ``written``: a Ctrl-C while
    the report prints must not say they were left as they were), print them."""
    status = 0
    carried = _carried(out, review, args.review)
    with progress_bar(len(story.sources), story.name) as advance:
        report = check(
            story.sources,
            problems=story.problems,
            warnings=story.warnings,
            engine=engine,
            on_source_done=advance,
        )
    tell_problems(story)
    report = apply_settings(report, config)
    report, vanished = apply_review(report, carried.decisions)
    files = report_files(
        report,
        out,
        story.name,
        with_json=args.format == "json",
        statuses=carried.decisions,
        title=story.title or story.name,
    )
    backup = _backup_path(out) if carried.previous is not None and vanished else None
    if backup is not None:
        files[backup] = carried.previous_text
    write_all_atomically(files, remove=replaced_files(out, files))
    written.append(story.name)
    _tell_carried(carried, report, vanished, backup, listed_below=args.format == "table")
    printer.show(
        report,
        title=story.title or story.name,
        story=story.name,
        vanished=vanished,
        report_path=out / "report.html",
    )
    if story.problems:
        status = worse(status, EXIT_INPUT)
    if len(story.sources) < 2:
        tell(
            "error",
            message(
                "cli.nothing_compared", story=story.path or story.name, count=len(story.sources)
            ),
        )
        status = worse(status, EXIT_NOTHING_COMPARED)
    met = fail_on_rows(report, args.fail_on)
    if met:
        tell_fail_on(met, args.fail_on)
        status = worse(status, EXIT_FAIL_ON)
    return status


def _settings(story: Story) -> Settings:
    """The config for a story, said on stderr when there is one."""
    settings = find_config(story.path, Path.cwd()).for_story(story.name)
    if settings.path is not None:
        tell("config", message("cli.config_for", file=settings.path, story=story.name))
    return settings


def _carried(
    out: Path, review: dict[str, Decision] | None, review_path: Path | None = None
) -> Carried:
    """The decisions of the discrepancies.csv a rerun replaces, then ``--review``'s on top
    (``review`` as read from ``review_path``).

    Raises:
        InputError: The file to be replaced holds reviews but cannot be read as a review
            (nothing a person typed is overwritten).
    """
    previous = out / "discrepancies.csv"
    decisions: dict[str, Decision] = {}
    text = ""
    if previous.is_file():
        try:
            decisions = load_review(previous)
        except CrosscheckError as exc:
            raise type(exc)(
                message("cli.would_replace", message=exc.message),
                path=previous,
            ) from None
        text = previous.read_text(encoding="utf-8", errors="replace")
    decisions = {k: v for k, v in decisions.items() if v.decided}
    reviewed = any(d.decided for d in (review or {}).values())
    return Carried(
        decisions=decisions | (review or {}),
        previous=previous if decisions else None,
        previous_text=text,
        review=review_path if reviewed else None,
    )


def _backup_path(out: Path) -> Path:
    """``discrepancies.reviewed-before.csv``, or ``-2``, ``-3``...: an older one is kept."""
    stem, suffix = PREVIOUS_REVIEW.rsplit(".", 1)
    path, number = out / PREVIOUS_REVIEW, 1
    while path.exists():
        number += 1
        path = out / f"{stem}-{number}.{suffix}"
    return path


def _tell_carried(
    carried: Carried,
    report: Report,
    vanished: list[str],
    backup: Path | None,
    *,
    listed_below: bool,
) -> None:
    """Say on stderr what was carried forward and, unless the table report lists them under
    it (``listed_below``), which reviewed rows are no longer found."""
    files = [str(f) for f in (carried.previous, carried.review) if f is not None]
    if not files:
        return
    # A blank row of a --review file decides nothing (it only clears an earlier decision).
    decided = {ident for ident, d in carried.decisions.items() if d.decided}
    kept = sum(1 for d in report.discrepancies if d.id in decided)
    named = message("cli.two_files", first=files[0], second=files[1]) if files[1:] else files[0]
    tell("note", message("cli.carried", file=named, count=kept))
    if vanished and not listed_below:  # csv, json, html: stdout holds only their data
        key = "cli.vanished_many" if len(vanished) > 1 else "cli.vanished_one"
        tell(
            "note",
            message("cli.vanished_told", file=named, rows=message(key, rows=listed(vanished))),
        )
    if backup is not None:
        tell(
            "note",
            message("cli.backup", count=len(vanished), file=backup),
        )


def _interrupted(written: list[str], reason: str) -> str:
    if not written and not reason:
        return message("cli.interrupted")
    done = ", ".join(written + ([message("cli.story_being_written")] if reason else []))
    return message("cli.interrupted_after", done=done)
