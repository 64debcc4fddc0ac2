"""``crosscheck draft``: a draft file and a story -> verdicts per draft claim, written and shown."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from pathlib import Path

from crosscheck.check import story_language
from crosscheck.cli.exits import EXIT_FAIL_ON, EXIT_INPUT, EXIT_OK
from crosscheck.cli.output import (
    Printer,
    fail_on_rows,
    print_renderables,
    replaced_files,
    report_files,
    tell_fail_on,
)
from crosscheck.cli.stories import load_story_telling, refuse_story_folder, tell_problems
from crosscheck.draft import VERDICT_COLUMNS, check_draft, draft_source, verdict_rows
from crosscheck.errors import CrosscheckError, InputError
from crosscheck.messages import message
from crosscheck.model import Source, Story
from crosscheck.report.files import report_folder, write_all_atomically
from crosscheck.report.tables import to_csv
from crosscheck.report.terminal import render_draft
from crosscheck.sources import load_source
from crosscheck.text.markdown import strip_markdown


def draft_command(args: argparse.Namespace) -> int:
    """``crosscheck draft``: a draft's claims against a story's sources."""
    story = load_story_telling(args.against, follow_links_outside=args.follow_links_outside)
    tell_problems(story)
    out = args.out or Path("reports") / f"draft-{args.file.stem}"
    refuse_story_folder(out, [story])
    with report_folder(out):
        return _draft(args, story, out)


def _draft(args: argparse.Namespace, story: Story, out: Path) -> int:
    draft = draft_source(load_draft(args.file, args.published, story_language(story.sources)))
    markdown = args.file.suffix.lower() in (".md", ".markdown")
    result = check_draft(
        draft, story.sources, cleaned=strip_markdown(draft.text) if markdown else None
    )
    rows = verdict_rows(result)
    files = {
        out / "draft.csv": to_csv(rows, VERDICT_COLUMNS),
        **report_files(
            result.report,
            out,
            draft.id,
            with_json=args.format == "json",
            title=message("cli.draft_title", draft=draft.id, story=story.title or story.name),
        ),
    }
    write_all_atomically(files, remove=replaced_files(out, files))
    try:
        if args.format == "table":
            print_renderables(render_draft(result, min_severity=args.min_severity), args.width)
        else:
            Printer(args).show(result.report, title=draft.id, report_path=out / "report.html")
    except KeyboardInterrupt:  # the reports are written: not "left as they were"
        raise KeyboardInterrupt(message("output.interrupted")) from None
    met = fail_on_rows(result.report, args.fail_on)
    if met:
        tell_fail_on(met, args.fail_on)
    if story.problems:
        return EXIT_INPUT
    return EXIT_FAIL_ON if met else EXIT_OK


def load_draft(path: Path, published: str | None, language: str) -> Source:
    """Read a draft (.txt or .md) in ``language`` (its story's, ``check.story_language``: a
    draft has no story.toml entry to give one); its relative dates resolve against
    ``published`` or today."""
    if path.suffix.lower() not in (".txt", ".md", ".markdown"):
        raise InputError(message("cli.draft_not_text"), path=path)
    source = load_source(path, None, language=language)
    if published is None:
        return replace(source, published=date.today())
    try:
        day = date.fromisoformat(published)
    except ValueError:
        raise CrosscheckError(message("cli.published_not_date", published=published)) from None
    return replace(source, published=day)
