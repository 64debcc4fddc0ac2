"""``crosscheck add``: URLs and article files -> sources of a story, one line each; a status."""

from __future__ import annotations

import argparse

from crosscheck.cli.exits import EXIT_INPUT, EXIT_OK, one_line, tell
from crosscheck.ingest.fetch import AddResult, FetchLimits, add_sources
from crosscheck.messages import message


def add_command(args: argparse.Namespace) -> int:
    """Add each URL or file to the story; exit 3 when any item failed (the others are kept)."""
    limits = FetchLimits(timeout=args.timeout, total_timeout=max(60.0, 3 * args.timeout))
    status = EXIT_OK
    for result in add_sources(args.story, args.items, limits=limits):
        if result.ok:
            print(one_line(added_line(result)))
        else:
            tell("error", result.error or result.item)
            status = EXIT_INPUT
    return status


def added_line(result: AddResult) -> str:
    """``added FILE: outlet X, published DATE (found in the page markup)`` for one item."""
    outlet = (
        message("cli.outlet", outlet=result.outlet) if result.outlet else message("cli.no_outlet")
    )
    if result.published is None:
        when = message("cli.no_date")
    elif result.date_found:
        when = message(
            "cli.published_found", date=result.published.isoformat(), where=result.date_found
        )
    else:
        when = message("cli.published", date=result.published.isoformat())
    return message("cli.added", file=result.file, outlet=outlet, date=when)
