"""Helpers shared by the benchmark scripts: optional imports, sizes, Markdown tables, and
one call timed in a forked child with its peak memory (call -> ChildRun)."""

from __future__ import annotations

import gc
import importlib
import multiprocessing
import os
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from types import ModuleType
from typing import Any, Final

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


# --- one call in a forked child: time and peak memory ----------------------------------


@dataclass(frozen=True, slots=True)
class ChildRun:
    """One call measured in a forked child: status ("ok", "TIMEOUT", "error"), CPU seconds,
    the resident memory the call added (bytes), and what it returned (or the error)."""

    status: str
    seconds: float | None = None
    peak: int | None = None
    value: Any = None


def _statm(field: int) -> int:
    """One field of ``/proc/self/statm`` in bytes (0 = address space, 1 = resident); 0 when
    there is no such file (not Linux)."""
    try:
        pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[field])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


def rss_bytes() -> int:
    """This process's resident set size now (Linux ``/proc/self/statm``; 0 elsewhere)."""
    return _statm(1)


def peak_rss_bytes() -> int:
    """This process's peak resident set size so far (``ru_maxrss``, in bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def _child(
    function: Callable[[Any], Any],
    argument: Any,
    prepare: Callable[[Any], Any] | None,
    memory: int | None,
    pipe: Connection,
) -> None:
    try:
        if memory is not None:  # a runaway call gets MemoryError, not the machine's swap
            cap = _statm(0) + memory
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        if prepare is not None:
            argument = prepare(argument)
        gc.collect()
        before = rss_bytes()
        started = time.process_time()
        value = function(argument)
        seconds = time.process_time() - started
        peak = max(0, peak_rss_bytes() - before)
        pipe.send(ChildRun("ok", seconds, peak, value))
    except BaseException as exc:  # report any failure of the measured call to the parent
        pipe.send(ChildRun("error", value=f"{type(exc).__name__}: {exc}"[:120]))


def run_in_child(
    function: Callable[[Any], Any],
    argument: Any,
    *,
    limit: float,
    prepare: Callable[[Any], Any] | None = None,
    memory: int | None = None,
) -> ChildRun:
    """``function(prepare(argument))`` in a freshly forked process, killed after ``limit`` s.

    Time and memory are measured in the child itself around the call only: ``seconds`` is
    the CPU time of the call (user + system: other jobs on a shared machine do not inflate
    it, as they do wall time), ``peak`` is the
    child's ``ru_maxrss`` after the call minus its resident size just before it, so neither
    the parent's size nor ``prepare`` (e.g. writing input files) counts. ``memory`` caps
    the address space the call may add (bytes; MemoryError beyond it).
    """
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(function, argument, prepare, memory, send), daemon=True
    )
    process.start()
    send.close()
    if not receive.poll(limit):
        process.kill()
        process.join()
        return ChildRun("TIMEOUT")
    try:
        result: ChildRun = receive.recv()
    except EOFError:  # the child died without reporting (e.g. killed for its memory)
        result = ChildRun("error", value=f"died (exit {process.exitcode})")
    process.join()
    return result
