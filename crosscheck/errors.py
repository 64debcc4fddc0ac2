"""Errors the user can act on: each renders as one line naming the file and the problem."""

from __future__ import annotations

from pathlib import Path


class CrosscheckError(Exception):
    """Base of every error the CLI turns into a one-line message instead of a traceback."""

    exit_code: int = 2

    def __init__(self, message: str, *, path: Path | str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = None if path is None else str(path)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(CrosscheckError):
    """An input file (article, story.toml, review CSV) that cannot be used."""

    exit_code = 3


class ConfigError(CrosscheckError):
    """A configuration or expectations file that is malformed."""

    exit_code = 3


class LexiconError(CrosscheckError):
    """A lexicon data file shipped with the package is malformed (a bug of ours)."""

    exit_code = 70


class OutputError(CrosscheckError):
    """A report cannot be written where it was asked for."""

    exit_code = 2
