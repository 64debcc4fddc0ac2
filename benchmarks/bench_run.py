"""Whole-pipeline scaling: story sizes -> a table of time, throughput, counts and peak memory.

For each size the story is generated once (``benchmarks.corpus``, cached under
``benchmarks/out/``) and checked in a fresh Python process, so that peak memory is that of
one size. By default the child calls the library (``crosscheck.load_story`` then
``crosscheck.check``); with ``--cli``, or when ``--jobs``/``--engine`` are given and
``crosscheck run --help`` lists them, it runs ``crosscheck run STORY --out TMP --format
csv`` in-process instead (terminal output discarded) and counts the rows of the CSV files.

``--startup`` compares the start-up cost of ``crosscheck run sources/belarus`` with
``python -c "import pandas, rich, rapidfuzz"`` (median of 5 runs each; the goal is < 2x).

Usage::

    python -m benchmarks.bench_run [--sizes 10,100,1000,10000] [--jobs N] [--engine local|dask]
    python -m benchmarks.bench_run --startup
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.common import MB, OUT_DIR, PROJECT_ROOT, child_env, markdown_table, python
from benchmarks.corpus import cached_story

MIB = 1024 * 1024
RESULT_PREFIX = "BENCH-RESULT "
DEFAULT_SIZES = "10,100,1000,10000"


@dataclass(frozen=True, slots=True)
class Run:
    """What one child process measured for one story size (or why it failed)."""

    articles: int
    mb: float
    result: dict[str, Any] | None
    process_seconds: float
    problem: str | None = None


# --- child side --------------------------------------------------------------------------


def _max_rss_mib(who: int) -> float:
    """Peak resident memory of this process or of its waited-for children (Linux: KiB)."""
    return resource.getrusage(who).ru_maxrss * 1024 / MIB


def scoring_counts(claims: Sequence[Any]) -> dict[str, int]:
    """Matching work for ``claims``, counted with the matcher's own blocking functions.

    ``subject_scores`` is what rapidfuzz computes: ``process.cdist`` scores every distinct
    subject of a block against every other, so a block of ``s`` subjects costs ``s * s``.
    ``claim_pairs`` is the number of ClaimPairs ``match_claims`` returns (pairs of groups
    of identical claims that passed the subject and time checks).
    """
    from crosscheck.language import DEFAULT_LANGUAGE
    from crosscheck.match.figure_blocks import claim_blocks
    from crosscheck.match.figures import claim_groups, match_claims

    blocks = claim_blocks(claims, lang=DEFAULT_LANGUAGE)
    subjects = [len({g[0].subject for g in claim_groups(b, DEFAULT_LANGUAGE)}) for b in blocks]
    return {
        "blocks": len(blocks),
        "subject_scores": sum(s * s for s in subjects),
        "claim_pairs": len(match_claims(claims, DEFAULT_LANGUAGE)),
    }


def child_api(folder: Path, trace: bool) -> dict[str, Any]:
    """Check a story through the library and measure it (runs in the child process)."""
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    import crosscheck

    imported = time.perf_counter()
    story = crosscheck.load_story(folder)
    loaded = time.perf_counter()
    report = crosscheck.check(story.sources)
    checked = time.perf_counter()
    result: dict[str, Any] = {
        "mode": "api",
        "import_s": imported - started,
        "load_s": loaded - imported,
        "check_s": checked - loaded,
        "seconds": checked - imported,
        "claims": len(report.claims),
        "discrepancies": len(report.discrepancies),
        "peak_mib": _max_rss_mib(resource.RUSAGE_SELF),
    }
    if trace:
        result["traced_mib"] = tracemalloc.get_traced_memory()[1] / MIB
        tracemalloc.stop()
    try:  # recomputed after the timed part, so it does not count in the time above
        result.update(scoring_counts(report.claims))
    except Exception as exc:  # the matcher's internals may change while being written
        result["counts_problem"] = f"{type(exc).__name__}: {exc}"
    return result


def _csv_rows(path: Path) -> int | None:
    csv.field_size_limit(2**31 - 1)  # a details cell can list thousands of sources
    if not path.is_file():
        return None
    with path.open(encoding="utf-8", newline="") as handle:
        return max(sum(1 for _ in csv.reader(handle)) - 1, 0)


def child_cli(folder: Path, passthrough: Sequence[str]) -> dict[str, Any]:
    """Run ``crosscheck run`` in this process and measure it (runs in the child process)."""
    started = time.perf_counter()
    from crosscheck.cli import main as crosscheck_main

    imported = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        out = Path(tmp) / "report"
        argv = ["run", str(folder), "--out", str(out), "--format", "csv", *passthrough]
        with contextlib.redirect_stdout(io.StringIO()):
            status = crosscheck_main(argv)
        finished = time.perf_counter()
        return {
            "mode": "cli " + " ".join(passthrough),
            "import_s": imported - started,
            "seconds": finished - imported,
            "exit_status": status,
            "claims": _csv_rows(out / "claims.csv"),
            "discrepancies": _csv_rows(out / "discrepancies.csv"),
            "peak_mib": _max_rss_mib(resource.RUSAGE_SELF),
            "workers_peak_mib": _max_rss_mib(resource.RUSAGE_CHILDREN),
        }


# --- parent side -------------------------------------------------------------------------


def crosscheck_command() -> list[str]:
    """How to start the ``crosscheck`` command: the installed script, else ``-m crosscheck``."""
    script = shutil.which("crosscheck")
    return [script] if script else [python(), "-m", "crosscheck"]


def run_options_supported() -> set[str]:
    """Which of ``--jobs`` and ``--engine`` ``crosscheck run --help`` lists."""
    try:
        done = subprocess.run(
            [*crosscheck_command(), "run", "--help"],
            capture_output=True, text=True, cwd=PROJECT_ROOT, env=child_env(), timeout=120,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return set()
    return {flag for flag in ("--jobs", "--engine") if flag in done.stdout}


def passthrough_flags(args: argparse.Namespace, supported: set[str]) -> tuple[list[str], str]:
    """The flags to hand to ``crosscheck run``, and a note on any that cannot be."""
    wanted = {"--jobs": args.jobs, "--engine": args.engine}
    flags: list[str] = []
    notes: list[str] = []
    for flag, value in wanted.items():
        if value is None:
            continue
        if flag in supported:
            flags += [flag, str(value)]
        else:
            notes.append(f"`crosscheck run` has no {flag} (per its --help): {flag} ignored")
    return flags, "; ".join(notes)


def story_mb(folder: Path) -> float:
    """Size of a story's article files in MB (10**6 bytes)."""
    return sum(p.stat().st_size for p in folder.glob("*.txt")) / MB


def run_child(folder: Path, argv: Sequence[str], timeout: float) -> tuple[dict[str, Any], float]:
    """Start the child on ``folder`` and return its result and the process wall time."""
    command = [python(), "-m", "benchmarks.bench_run", "--child", str(folder), *argv]
    started = time.perf_counter()
    done = subprocess.run(
        command, capture_output=True, text=True, cwd=PROJECT_ROOT, env=child_env(),
        timeout=timeout,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith(RESULT_PREFIX)]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"child exited {done.returncode}: {tail}")
    return json.loads(lines[-1][len(RESULT_PREFIX) :]), elapsed


def measure_size(n: int, argv: Sequence[str], seed: int, timeout: float) -> Run:
    """Generate (or reuse) the story of ``n`` articles and check it in a child process."""
    folder = cached_story(n, OUT_DIR, seed)
    mb = story_mb(folder)
    try:
        result, elapsed = run_child(folder, argv, timeout)
    except subprocess.TimeoutExpired:
        return Run(n, mb, None, timeout, f"timeout after {timeout:.0f} s")
    except RuntimeError as exc:
        return Run(n, mb, None, 0.0, str(exc))
    return Run(n, mb, result, elapsed)


def _growth(run: Run, previous: Run | None) -> str:
    if previous is None or previous.result is None or run.result is None:
        return "-"
    ratio = run.result["seconds"] / max(previous.result["seconds"], 1e-9)
    return f"x{ratio:.1f} time for x{run.articles / previous.articles:g} articles"


def _memory(result: dict[str, Any]) -> str:
    text = f"{result['peak_mib']:.0f}"
    if result.get("traced_mib") is not None:
        text += f" (traced {result['traced_mib']:.0f})"
    workers = result.get("workers_peak_mib") or 0.0
    if workers > 1:
        text += f" (workers {workers:.0f})"
    return text


def _row(run: Run, previous: Run | None) -> list[Any]:
    r = run.result
    if r is None:
        return [run.articles, round(run.mb, 2), run.problem, *["-"] * 9]
    seconds = max(r["seconds"], 1e-9)
    return [
        run.articles, round(run.mb, 2), round(r["seconds"], 2), round(run.articles / seconds, 1),
        round(run.mb / seconds, 3), r.get("claims", "n/a"), r.get("subject_scores", "n/a"),
        r.get("claim_pairs", "n/a"), r.get("discrepancies", "n/a"), _memory(r),
        round(run.process_seconds, 1), _growth(run, previous),
    ]  # fmt: skip


HEADERS = [
    "articles", "MB", "wall s", "articles/s", "MB/s", "claims", "subject scores",
    "claim pairs", "discrepancies", "peak MiB", "process s", "growth",
]  # fmt: skip


def table(runs: Sequence[Run]) -> str:
    """The scaling table, one row per size."""
    rows = [_row(run, runs[i - 1] if i else None) for i, run in enumerate(runs)]
    return markdown_table(HEADERS, rows)


EXPLANATION = """\
wall s: load_story + check in the child (API mode) or the whole `crosscheck run` (CLI mode),
  without interpreter start-up and imports; process s: the child process from start to exit.
subject scores: rapidfuzz comparisons made by the matcher (sum over blocks of distinct
  subjects squared, counted with match.claim_blocks/claim_groups after the timed part).
claim pairs: len(match.match_claims(report.claims)), recomputed after the timed part.
peak MiB: ru_maxrss of the child after the check (before the counts are recomputed)."""


def scaling(args: argparse.Namespace) -> int:
    """Measure every size and print the table."""
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    flags: list[str] = []
    note = ""
    if args.jobs is not None or args.engine is not None:
        flags, note = passthrough_flags(args, run_options_supported())
    argv: list[str] = []
    mode = "library API (load_story + check)"
    if flags or args.cli:
        argv = ["--child-mode", "cli", "--", *flags]
        mode = " ".join(["CLI: crosscheck run STORY --out TMP --format csv", *flags])
    elif args.tracemalloc:
        argv = ["--trace"]
    print(f"mode: {mode}")
    if note:
        print(f"note: {note}")
    runs: list[Run] = []
    for n in sizes:
        run = measure_size(n, argv, args.seed, args.timeout)
        runs.append(run)
        done = run.problem or f"{run.result['seconds'] if run.result else 0:.1f} s"
        print(f"  {n} articles: {done}", file=sys.stderr, flush=True)
        if run.result is None:
            break
    print(table(runs))
    print(EXPLANATION)
    return 0


def median_seconds(command: Sequence[str], runs: int) -> tuple[float, int]:
    """Median wall time of ``runs`` runs of ``command`` (after one unmeasured warm-up).

    Returns:
        The median in seconds and the highest exit status seen (0: every run succeeded).
    """
    times: list[float] = []
    worst = 0
    for attempt in range(runs + 1):
        started = time.perf_counter()
        done = subprocess.run(
            command, cwd=PROJECT_ROOT, env=child_env(), check=False,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        worst = max(worst, done.returncode)
        if attempt:
            times.append(time.perf_counter() - started)
    return statistics.median(times), worst


def startup(args: argparse.Namespace) -> int:
    """Compare `crosscheck run sources/belarus` with importing its three dependencies."""
    baseline = [python(), "-c", "import pandas, rich, rapidfuzz"]
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        tool = [*crosscheck_command(), "run", "sources/belarus", "--out", tmp]
        base_s, base_status = median_seconds(baseline, args.runs)
        tool_s, tool_status = median_seconds(tool, args.runs)
    rows = [
        [" ".join(["python", *baseline[1:]]), round(base_s, 3)],
        [" ".join(tool).replace(python(), "python").replace(tmp, "<tmp>"), round(tool_s, 3)],
    ]
    print(markdown_table([f"command (median of {args.runs}, subprocess wall)", "seconds"], rows))
    ratio = tool_s / base_s
    if base_status or tool_status:
        print(f"warning: a command failed (exit {max(base_status, tool_status)}): not comparable")
    print(f"ratio: {ratio:.2f}x ({'meets' if ratio < 2 else 'misses'} the goal of < 2x)")
    return 0


def child_main(args: argparse.Namespace) -> int:
    """The child process: measure one story and print one result line."""
    if args.child_mode == "cli":
        result = child_cli(args.child, args.passthrough)
    else:
        result = child_api(args.child, args.trace)
    print(RESULT_PREFIX + json.dumps(result), flush=True)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Options of the benchmark (and the hidden ones of its child process)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_run")
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="article counts, comma-separated")
    parser.add_argument("--jobs", type=int, help="passed to `crosscheck run` if it has --jobs")
    parser.add_argument(
        "--engine", choices=["local", "dask"], help="passed to `crosscheck run` if it has --engine"
    )
    parser.add_argument("--cli", action="store_true", help="measure `crosscheck run`, not the API")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--timeout", type=float, default=3600.0, help="seconds per size")
    parser.add_argument("--startup", action="store_true", help="measure start-up cost instead")
    parser.add_argument("--runs", type=int, default=5, help="runs per command for --startup")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-mode", default="api", help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("passthrough", nargs="*", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: the scaling table, the start-up comparison, or (hidden) the child."""
    args = build_parser().parse_args(argv)
    if args.child is not None:
        return child_main(args)
    if args.startup:
        return startup(args)
    return scaling(args)


if __name__ == "__main__":
    raise SystemExit(main())
