"""Story folders for the CLI: arguments -> loaded stories and report folders, problems told."""

from __future__ import annotations

import argparse
from pathlib import Path

from crosscheck.cli.exits import tell
from crosscheck.errors import InputError
from crosscheck.model import Story
from crosscheck.sources import NoArticlesError, load_story


def story_dirs(given: list[Path]) -> list[Path]:
    """The story folders given, or every folder under ``./sources``."""
    if given:
        return given
    root = Path("sources")
    if not root.is_dir():
        raise InputError("no story folder given and no ./sources folder here", path=root)
    found = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not found:
        raise InputError("no story folders found", path=root)
    return found


def out_dir(args: argparse.Namespace, story: Story, several: bool) -> Path:
    """Where a story's reports go: ``--out``, ``--out/<story>`` or ``reports/<story>``."""
    if args.out is None:
        return Path("reports") / story.name
    out = Path(args.out)
    return out / story.name if several else out


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
