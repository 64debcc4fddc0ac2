"""``crosscheck init``: a folder of articles -> a story.toml listing them, dates to check marked.

Each article is read as ``run`` reads it (``crosscheck.articles.source_from``): a text file as
it is, a saved page, PDF or Word file through its extractor, so the dates listed are those of
the text the checks will see (a line number counts lines of that text, as ``claims`` does). A
file's own date (a page's markup), which ``run`` uses while story.toml gives none, comes first.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from crosscheck.articles import DEFAULT_MAX_BYTES, source_from
from crosscheck.cli.exits import EXIT_INPUT, EXIT_OK, one_line, tell
from crosscheck.cli.stories import link_outside
from crosscheck.errors import CrosscheckError, InputError, OutputError
from crosscheck.messages import message
from crosscheck.model import Granularity, Source
from crosscheck.report.tables import line_and_column
from crosscheck.sources import STORY_FILE, is_article_name
from crosscheck.timex import find_times

DATES_LISTED = 3


def init_command(args: argparse.Namespace) -> int:
    """Write STORY_DIR/story.toml for the articles present; never overwrite one."""
    folder: Path = args.story
    if not folder.is_dir():
        raise InputError(message("cli.not_a_folder"), path=folder)
    target = folder / STORY_FILE
    if target.exists():
        raise CrosscheckError(message("cli.already_exists"), path=target)
    articles = sorted(
        p for p in folder.iterdir() if not p.name.startswith(".") and is_article_name(p.name)
    )
    if not articles:
        raise InputError(message("cli.no_articles_to_list"), path=folder)
    blocks = [f"title = {_toml(folder.resolve().name)}\n"]
    unreadable = 0
    to_check = 0
    for path in articles:
        outside = None if args.follow_links_outside else link_outside(path, folder)
        if outside is not None:  # a link to a private file must not reach story.toml
            tell("skipped", message("cli.outside", file=path, target=outside))
            unreadable += 1
            continue
        try:
            source = source_from(path, None, DEFAULT_MAX_BYTES)
        except InputError as exc:
            tell("skipped", str(exc))
            unreadable += 1
            continue
        dates, own_date = dates_in(source.text), _own_date(source)
        to_check += bool(dates) or own_date is not None
        blocks.append(entry(path.name, dates, own_date=own_date, own_outlet=source.outlet))
    try:
        with target.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write("\n".join(blocks))
    except OSError as exc:
        raise OutputError(
            message("cli.cannot_write", reason=(exc.strerror or "").lower()), path=target
        ) from None
    listed = len(articles) - unreadable
    print(one_line(message("cli.wrote", file=target, count=listed, dated=to_check)))
    return EXIT_INPUT if unreadable else EXIT_OK


def dates_in(text: str) -> list[tuple[date, str, int]]:
    """The full calendar dates written in a text (day, words, line), first first, no repeats."""
    found: list[tuple[date, str, int]] = []
    seen: set[date] = set()
    for ref in find_times(text):
        day = ref.begin
        if day is None or ref.granularity is not Granularity.DAY or ref.relative:
            continue
        if day not in seen:
            seen.add(day)
            found.append((day, " ".join(ref.text.split()), line_and_column(text, ref.start)[0]))
    return found


def _own_date(source: Source) -> tuple[date, str] | None:
    """The date a page, PDF or Word file gives of itself, and where it was found; or None."""
    if source.published is None or source.published_found is None:
        return None
    return source.published, source.published_found


def entry(
    name: str,
    dates: list[tuple[date, str, int]],
    *,
    own_date: tuple[date, str] | None = None,
    own_outlet: str | None = None,
) -> str:
    """One ``[[sources]]`` table; the dates found and a page's own site name (the outlet
    ``run`` uses while none is set) are comments to check, never set blindly."""
    outlet = '# outlet = ""'
    if own_outlet:
        outlet = message("cli.init.own_outlet", outlet=_toml(own_outlet))
    lines = ["[[sources]]", f"file = {_toml(name)}", outlet]
    if own_date is not None:
        day, where = own_date
        lines.append(message("cli.init.own_date", day=day.isoformat(), where=where))
        for day, words, line in [d for d in dates if d[0] != own_date[0]][: DATES_LISTED - 1]:
            lines.append(
                message("cli.init.also", day=day.isoformat(), line=line, words=_toml(words))
            )
    elif dates:
        day, words, line = dates[0]
        lines.append(
            message(
                "cli.init.published_to_check", day=day.isoformat(), line=line, words=_toml(words)
            )
        )
        for day, words, line in dates[1:DATES_LISTED]:
            lines.append(
                message("cli.init.also", day=day.isoformat(), line=line, words=_toml(words))
            )
    else:
        lines.append(message("cli.init.no_date"))
    return "\n".join(lines) + "\n"


def _toml(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)
