"""``crosscheck claims``: a story folder or one article -> its claims, printed."""

from __future__ import annotations

import argparse
from pathlib import Path

from crosscheck.claims.extract import extract_claims
from crosscheck.cli.exits import EXIT_INPUT, EXIT_OK
from crosscheck.cli.output import print_renderables, write_stdout
from crosscheck.cli.stories import load_story_telling, tell_problems
from crosscheck.model import Report
from crosscheck.report.tables import CLAIM_COLUMNS, claim_rows, to_csv, to_json
from crosscheck.report.terminal import claims_table
from crosscheck.sources import load_file


def claims_command(args: argparse.Namespace) -> int:
    """``crosscheck claims``: the claims of a story folder or one article."""
    path: Path = args.path
    if path.is_dir():
        story = load_story_telling(path, follow_links_outside=args.follow_links_outside)
        tell_problems(story)
        sources = story.sources
        problems = story.problems
    else:
        sources = (load_file(path),)
        problems = ()
    claims = tuple(c for s in sources for c in extract_claims(s))
    report = Report(sources=sources, claims=claims, discrepancies=(), problems=problems)
    fmt = "json" if args.json else args.format
    if fmt == "json":
        write_stdout(to_json(report, path.name))
    elif fmt == "csv":
        write_stdout(to_csv(claim_rows(report), CLAIM_COLUMNS))
    else:
        print_renderables([claims_table(report)], getattr(args, "width", None))
    return EXIT_INPUT if problems else EXIT_OK
