"""Helpers shared by the benchmark scripts: optional imports, sizes, Markdown tables."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Final

PROJECT_ROOT: Final = Path(__file__).resolve().parents[1]
OUT_DIR: Final = Path(__file__).resolve().parent / "out"
MB: Final = 1_000_000
"""MB here is 10**6 bytes of UTF-8 text; MiB (memory) is 2**20 bytes."""


def optional_import(name: str) -> tuple[ModuleType | None, str | None]:
    """Import ``name``; on failure return ``(None, reason)`` instead of raising.

    The reason is "not installed" when the top-level package is missing, otherwise the
    error's own one-line message (a package that exists but does not import yet).
    """
    try:
        return importlib.import_module(name), None
    except ModuleNotFoundError as exc:
        top = name.split(".")[0]
        if exc.name == top:
            return None, "not installed"
        return None, f"not importable ({type(exc).__name__}: {exc})"
    except Exception as exc:  # any import-time failure of a package still being written
        return None, f"not importable ({type(exc).__name__}: {exc})"


def utf8_size(texts: Sequence[str]) -> int:
    """Total size of ``texts`` in UTF-8 bytes."""
    return sum(len(t.encode("utf-8")) for t in texts)


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table with aligned columns (numbers right-aligned), ready for README.md."""
    cells = [[str(h) for h in headers], *[[_cell(v) for v in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    numeric = [all(_is_number(row[i]) for row in cells[1:]) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        parts = [
            c.rjust(w) if num else c.ljust(w)
            for c, w, num in zip(row, widths, numeric, strict=True)
        ]
        return "| " + " | ".join(parts) + " |"

    rule = "|" + "|".join(
        "-" * (w + 1) + ":" if num else "-" * (w + 2)
        for w, num in zip(widths, numeric, strict=True)
    )
    return "\n".join([line(cells[0]), rule + "|", *(line(r) for r in cells[1:])])


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 100 else f"{value:,.0f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def _is_number(text: str) -> bool:
    if text in ("-", "n/a"):
        return True
    stripped = text.replace(",", "").replace(".", "", 1).lstrip("x-")
    return stripped.isdigit()


def child_env() -> dict[str, str]:
    """The environment for a child Python: the project importable, output unbuffered."""
    env = dict(os.environ)
    paths = [str(PROJECT_ROOT), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    env["PYTHONUNBUFFERED"] = "1"
    return env


def python() -> str:
    """The running interpreter, for child processes."""
    return sys.executable
