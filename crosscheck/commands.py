"""The CLI's commands: each is option handling and a short loop over library calls."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from crosscheck.check import check
from crosscheck.cli import (
    EXIT_FAIL_ON,
    EXIT_INPUT,
    EXIT_OK,
    at_least,
    fail_on_met,
    one_line,
    tell,
)
from crosscheck.engine import make_engine
from crosscheck.errors import CrosscheckError, InputError
from crosscheck.expectations import evaluate_all, load_expectations
from crosscheck.model import Report, Source, Story
from crosscheck.report.files import check_writable, write_all_atomically
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
from crosscheck.report.terminal import make_console, progress_bar, render_report
from crosscheck.sources import NoArticlesError, load_story

HIDDEN_STATUSES = ("explained", "false-positive")


def _story_dirs(given: list[Path]) -> list[Path]:
    if given:
        return given
    root = Path("sources")
    if not root.is_dir():
        raise InputError("no story folder given and no ./sources folder here", path=root)
    found = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not found:
        raise InputError("no story folders found", path=root)
    return found


def _out_dir(args: argparse.Namespace, story: Story, several: bool) -> Path:
    if args.out is None:
        return Path("reports") / story.name
    out = Path(args.out)
    return out / story.name if several else out


def run_command(args: argparse.Namespace) -> int:
    """``crosscheck run``: check stories, print the report, write the CSV files."""
    from crosscheck.review import apply_review, load_review

    dirs = _story_dirs(list(args.stories))
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
    outs = [_out_dir(args, s, len(dirs) > 1) for s in stories]
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


def load_story_telling(path: Path) -> Story:
    """``load_story``; when no article can be used, first tell why for each file.

    Raises:
        InputError: As ``load_story`` (its message names only the first skipped file).
        ConfigError: As ``load_story``.
    """
    try:
        return load_story(path)
    except NoArticlesError as exc:
        for problem in exc.problems:
            tell("skipped", problem)
        raise


def tell_problems(story: Story) -> None:
    """One line on stderr per skipped file and per file loaded with a caveat."""
    for problem in story.problems:
        tell("skipped", problem)
    for warning in story.warnings:
        tell("warning", warning)


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


def claims_command(args: argparse.Namespace) -> int:
    """``crosscheck claims``: the claims of a story folder or one article."""
    from crosscheck.claims import extract_claims
    from crosscheck.sources import load_file

    path: Path = args.path
    if path.is_dir():
        story = load_story_telling(path)
        tell_problems(story)
        sources = story.sources
        problems = story.problems
    else:
        sources = (load_file(path),)
        problems = ()
    claims = tuple(c for s in sources for c in extract_claims(s))
    report = Report(sources=sources, claims=claims, discrepancies=(), problems=problems)
    if args.json:
        write_stdout(to_json(report, path.name))
    else:
        write_stdout(to_csv(claim_rows(report), CLAIM_COLUMNS))
    return EXIT_INPUT if problems else EXIT_OK


def verify_command(args: argparse.Namespace) -> int:
    """``crosscheck verify``: every known conflict flagged, every must-not pair not."""
    files = list(args.files) or sorted(Path("expectations").glob("*.toml"))
    if not files:
        raise InputError("no expectations files found", path=Path("expectations"))
    console = make_console()
    failed = 0
    total = 0
    skipped = False
    for path in files:
        spec = load_expectations(path)
        try:
            story = load_story_telling(spec.story)
        except InputError as exc:  # name the expectations file that points there
            raise type(exc)(f"{exc.message} (the story of {path})", path=exc.path) from None
        tell_problems(story)
        skipped = skipped or bool(story.problems)
        report = check(story.sources, problems=story.problems, warnings=story.warnings)
        for outcome in evaluate_all(spec, report):
            total += 1
            mark = "ok  " if outcome.passed else "FAIL"
            failed += 0 if outcome.passed else 1
            kind = "conflict  " if outcome.expectation.must_flag else "consistent"
            console.print(
                f"{mark} {path.stem}::{outcome.expectation.id} ({kind}) {outcome.message}"
            )
    console.print(f"{total - failed} passed, {failed} failed")
    if skipped:
        return EXIT_INPUT
    return EXIT_FAIL_ON if failed else EXIT_OK


def draft_command(args: argparse.Namespace) -> int:
    """``crosscheck draft``: a draft's claims against a story's sources."""
    from crosscheck.draft import VERDICT_COLUMNS, check_draft, draft_source, verdict_rows
    from crosscheck.markdown import strip_markdown
    from crosscheck.report.terminal import render_draft

    story = load_story_telling(args.against)
    tell_problems(story)
    out = args.out or Path("reports") / f"draft-{args.file.stem}"
    check_writable(out)
    draft = draft_source(load_draft(args.file, args.published))
    markdown = args.file.suffix.lower() in (".md", ".markdown")
    result = check_draft(
        draft, story.sources, cleaned=strip_markdown(draft.text) if markdown else None
    )
    rows = verdict_rows(result)
    write_all_atomically(
        {
            out / "draft.csv": to_csv(rows, VERDICT_COLUMNS),
            out / "discrepancies.csv": to_csv(discrepancy_rows(result.report), DISCREPANCY_COLUMNS),
            out / "claims.csv": to_csv(claim_rows(result.report), CLAIM_COLUMNS),
            **(
                {out / "report.json": to_json(result.report, draft.id)}
                if args.format == "json"
                else {}
            ),
        }
    )
    if args.format == "table":
        console = make_console(width=args.width)
        for renderable in render_draft(result, min_severity=args.min_severity):
            console.print(renderable)
    else:
        show(result.report, args, title=draft.id)
    if story.problems:
        return EXIT_INPUT
    return EXIT_FAIL_ON if fail_on_met(result.report, args.fail_on) else EXIT_OK


def load_draft(path: Path, published: str | None) -> Source:
    """Read a draft (.txt or .md); its relative dates resolve against ``published`` or today."""
    from crosscheck.errors import CrosscheckError
    from crosscheck.sources import load_source

    if path.suffix.lower() not in (".txt", ".md", ".markdown"):
        raise InputError("a draft must be a .txt or .md file", path=path)
    source = load_source(path, None)
    if published is None:
        return replace(source, published=date.today())
    try:
        day = date.fromisoformat(published)
    except ValueError:
        raise CrosscheckError(
            f"--published must be a date like 2025-02-14, not {published!r}"
        ) from None
    return replace(source, published=day)
