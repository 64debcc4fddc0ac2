"""Story folders for the CLI: arguments -> loaded stories and report folders, problems told."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from crosscheck.cli.exits import tell
from crosscheck.errors import CrosscheckError, InputError
from crosscheck.messages import message
from crosscheck.model import Story
from crosscheck.sources import NoArticlesError, load_story

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:/")
_URL_SLASHES = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*:/)(?!/)")


def story_dirs(given: list[Path]) -> list[Path]:
    """The story folders given, or every folder under ``./sources``.

    Raises:
        CrosscheckError: A URL was given (exit 2): stories are folders of saved articles.
    """
    for path in given:
        if _URL.match(str(path)):
            url = _URL_SLASHES.sub(r"\1/", str(path), count=1)  # a Path keeps one slash
            raise CrosscheckError(message("cli.url_not_folder", url=url))
    if given:  # the same folder given twice (or by two paths) is run once
        unique: dict[str, Path] = {}
        for path in given:
            unique.setdefault(os.path.realpath(path), path)
        return list(unique.values())
    root = Path("sources")
    if not root.is_dir():
        raise InputError(message("cli.no_story_folder"), path=root)
    found = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not found:
        raise InputError(message("cli.no_story_folders"), path=root)
    return found


def out_dir(args: argparse.Namespace, story: Story, several: bool) -> Path:
    """Where a story's reports go: ``--out``, ``--out/<story>`` or ``reports/<story>``."""
    if args.out is None:
        return Path("reports") / story.name
    out = Path(args.out)
    return out / story.name if several else out


def refuse_shared_folders(stories: list[Story], outs: list[Path]) -> None:
    """Two different stories never write to one report folder (the later would replace it).

    Story folders with the same name (``c1/news`` and ``c2/news``) would both report to
    ``reports/news``: the run is refused before any work (exit 2); run them one at a time
    with ``--out``. The same folder given twice is run once.

    Raises:
        CrosscheckError: Two stories share a report folder, or one is a story folder.
    """
    for out in outs:
        refuse_story_folder(out, stories)
    seen: dict[Path, Story] = {}
    for story, out in zip(stories, outs, strict=True):
        key = out.resolve()
        first = seen.setdefault(key, story)
        if first is not story:
            raise CrosscheckError(
                message("cli.same_out", path=first.path, other=story.path, out=out)
            )


def refuse_story_folder(out: Path, stories: list[Story]) -> None:
    """A report folder is never a story folder of the run (exit 2, before any work).

    Its ``report.html`` would be read as an article by the next run (``--out sources/news``
    for ``sources/news``, or ``--out sources`` for every story under it), so every run would
    check the last one's report too.

    Raises:
        CrosscheckError: ``out`` is the folder of one of ``stories``.
    """
    for story in stories:
        if story.path is not None and os.path.realpath(out) == os.path.realpath(story.path):
            raise CrosscheckError(message("cli.out_is_story", out=out, path=story.path))


def load_story_telling(path: Path, *, follow_links_outside: bool = False) -> Story:
    """``load_story``; when no article can be used, first tell why for each file.

    ``follow_links_outside`` is the ``--follow-links-outside`` option: read articles that are
    symbolic links to files outside the story folder (by default each is skipped).

    Raises:
        InputError: As ``load_story`` (its message names only the first skipped file).
        ConfigError: As ``load_story``.
    """
    try:
        return load_story(path, follow_links_outside=follow_links_outside)
    except NoArticlesError as exc:
        for problem in exc.problems:
            tell("skipped", problem)
        raise


def link_outside(path: Path, folder: Path) -> Path | None:
    """Where ``path`` really leads when that is outside ``folder`` (a symbolic link), else None."""
    real = Path(os.path.realpath(path))
    root = Path(os.path.realpath(folder))
    return None if real.is_relative_to(root) else real


def tell_problems(story: Story) -> None:
    """One line on stderr per skipped file and per file loaded with a caveat."""
    for problem in story.problems:
        tell("skipped", problem)
    for warning in story.warnings:
        tell("warning", warning)
