"""Adversarial inputs: (function, input, size) -> time, and a flag where growth is superlinear.

Each stage function (``find_quantities``, ``find_times``, ``split_sentences``,
``clean_text``, ``extract_claims``) is run on hostile inputs of 100, 200, 400, 800 and
1,000 KB: a line of digits and commas, "over over over ", nested brackets, "a." repeated,
one huge line with no punctuation, newlines only, runs of capitalised words, "May May May",
"since since since 2020", and so on. Every call runs in a freshly forked process (so no
cache of an earlier call helps and a runaway call can be stopped), with a time limit; a
series stops at its first timeout. Times are the best of up to ``--repeat`` runs (calls
over one second run once).

A step is flagged SUPERLINEAR when the time grows more than 1.3 times as fast as the size
(more than 2.6x for a doubling) and the larger time is at least ``--min-seconds``; the
exponent ``k`` fits time ~ size**k from the smallest to the largest size measured.

Usage::

    python -m benchmarks.bench_adversarial [--sizes 100,200,400,800,1000] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import re
import string
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from multiprocessing.connection import Connection
from typing import Any

from benchmarks.common import markdown_table, optional_import
from benchmarks.corpus import sample_articles

KB = 1000
ANCHOR = date(2025, 1, 1)
GROWTH_SLACK = 1.3
"""A step is superlinear when time grows by more than this times the size ratio."""

Stage = Callable[[str], int]
"""Runs one stage function on a text and returns how many items it produced."""

_NOT_WORD = re.compile(r"[^A-Za-z0-9]+")


# --- inputs ------------------------------------------------------------------------------


def repeated(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def counting_with_commas(size: int) -> str:
    """ "1,2,3,4,..." cut to ``size`` characters."""
    parts: list[str] = []
    length = 0
    number = 1
    while length <= size:
        parts.append(str(number))
        length += len(parts[-1]) + 1
        number += 1
    return ",".join(parts)[:size]


def grouped_digits(size: int) -> str:
    """ "1,000,000,000,..." (one enormous grouped number) of ``size`` characters."""
    return ("1" + repeated(",000", size))[:size]


def nested(opening: str, closing: str, size: int) -> str:
    """``size // 2`` opening brackets then as many closing ones."""
    half = size // 2
    return opening * half + closing * (size - half)


def ending_with(unit: str, tail: str, size: int) -> str:
    """Whole copies of ``unit`` then ``tail`` (the case a backtracking prefix hurts most).

    Leading spaces make up the size, so every size ends the same way ("since 2020").
    """
    count = (size - len(tail)) // len(unit)
    return " " * (size - len(tail) - count * len(unit)) + unit * count + tail


@cache
def sample_words() -> str:
    """The words of the sample articles, with every punctuation mark and newline removed."""
    text = " ".join(a.text for a in sample_articles())
    return _NOT_WORD.sub(" ", text).strip() + " "


def capitalised_words(size: int) -> str:
    """ "Aa Bb Cc ... Zz Aa ..." of ``size`` characters."""
    pairs = " ".join(c + c.lower() for c in string.ascii_uppercase) + " "
    return repeated(pairs, size)


INPUTS: dict[str, Callable[[int], str]] = {
    "digits-commas 1,2,3,...": counting_with_commas,
    "grouped 1,000,000,...": grouped_digits,
    "digits only 1234567890...": lambda n: repeated("1234567890", n),
    "over over over ": lambda n: repeated("over ", n),
    "over over ... over 1,200": lambda n: ending_with("over ", "1,200", n),
    "nested (((...)))": lambda n: nested("(", ")", n),
    "nested [[[...]]]": lambda n: nested("[", "]", n),
    "a.a.a.": lambda n: repeated("a.", n),
    "one line, no punctuation": lambda n: repeated(sample_words(), n),
    "newlines only": lambda n: "\n" * n,
    "Aa Bb Cc capitalised": capitalised_words,
    "May May May ": lambda n: repeated("May ", n),
    "May May ... May 2020": lambda n: ending_with("May ", "2020", n),
    "since since ... since 2020": lambda n: ending_with("since ", "2020", n),
}


# --- the functions measured -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Target:
    """A stage function to measure, or why it cannot be."""

    name: str
    run: Stage | None
    problem: str | None = None


def _target(name: str, module: str, make: Callable[[Any], Stage]) -> Target:
    loaded, problem = optional_import(module)
    if loaded is None:
        return Target(name, None, problem)
    try:
        return Target(name, make(loaded))
    except AttributeError as exc:
        return Target(name, None, f"not available ({exc})")


def _claims_stage(package: Any) -> Stage:
    extract, source = package.extract_claims, package.Source

    def run(text: str) -> int:
        return len(extract(source(id="adversarial", text=text, published=ANCHOR)))

    return run


def targets() -> list[Target]:
    """The five stage functions, each imported on its own (so one broken module is skipped)."""

    def count(function: Callable[..., Any], *extra: Any) -> Stage:
        return lambda text: len(function(text, *extra))

    return [
        _target("find_quantities", "crosscheck.quantities", lambda m: count(m.find_quantities)),
        _target("find_times", "crosscheck.timex", lambda m: count(m.find_times, ANCHOR)),
        _target("split_sentences", "crosscheck.sentences", lambda m: count(m.split_sentences)),
        _target("clean_text", "crosscheck.clean", lambda m: count(m.clean_text)),
        _target("extract_claims", "crosscheck", _claims_stage),
    ]


# --- timing in forked processes ---------------------------------------------------------


def _timed_call(stage: Stage, text: str, pipe: Connection) -> None:
    try:
        started = time.perf_counter()
        found = stage(text)
        pipe.send(("ok", time.perf_counter() - started, found))
    except BaseException as exc:  # report any failure of the measured call to the parent
        pipe.send(("error", 0.0, f"{type(exc).__name__}: {exc}"[:120]))


@dataclass(frozen=True, slots=True)
class Timing:
    """One call measured: seconds, or a timeout or an error."""

    size: int
    seconds: float | None
    status: str = "ok"
    found: int | str = 0


def time_once(stage: Stage, text: str, limit: float) -> Timing:
    """Run ``stage(text)`` in a forked process; stop it after ``limit`` seconds."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_timed_call, args=(stage, text, send), daemon=True)
    process.start()
    send.close()
    ready = receive.poll(limit)
    if not ready:
        process.kill()
        process.join()
        return Timing(len(text), None, "TIMEOUT")
    try:
        status, seconds, found = receive.recv()
    except EOFError:  # the child died without reporting (e.g. out of memory)
        status, seconds, found = "error", 0.0, f"died (exit {process.exitcode})"
    process.join()
    if status != "ok":
        return Timing(len(text), None, "error", found)
    return Timing(len(text), seconds, "ok", found)


def time_best(stage: Stage, text: str, limit: float, repeat: int) -> Timing:
    """The fastest of up to ``repeat`` runs (one run when a call takes over a second)."""
    best = time_once(stage, text, limit)
    for _ in range(repeat - 1):
        if best.seconds is None or best.seconds > 1.0:
            break
        again = time_once(stage, text, limit)
        if again.seconds is not None and again.seconds < best.seconds:
            best = again
    return best


def _kb(size: int) -> str:
    return f"{size / KB:g}"


@dataclass(slots=True)
class Series:
    """One function on one input at increasing sizes."""

    target: str
    input: str
    timings: list[Timing] = field(default_factory=list)
    probe: Series | None = None

    def steps(self) -> list[tuple[int, int, float | None]]:
        """(smaller size, larger size, time ratio) for each successive pair measured."""
        found: list[tuple[int, int, float | None]] = []
        for a, b in zip(self.timings, self.timings[1:], strict=False):
            ratio = None
            if a.seconds is not None and b.seconds is not None:
                ratio = b.seconds / max(a.seconds, 1e-6)
            found.append((a.size, b.size, ratio))
        return found

    def superlinear_steps(self, min_seconds: float) -> list[str]:
        """Timeouts, errors, and the steps where time grew faster than the size allows."""
        flagged: list[str] = []
        ratios: list[float | None] = [None, *(r for _, _, r in self.steps())]
        for index, (timing, ratio) in enumerate(zip(self.timings, ratios, strict=True)):
            if timing.status == "TIMEOUT":
                flagged.append(f"TIMEOUT at {_kb(timing.size)} KB")
            elif timing.status != "ok":
                flagged.append(f"ERROR at {_kb(timing.size)} KB ({timing.found})")
            elif index and ratio is not None and (timing.seconds or 0.0) >= min_seconds:
                small = self.timings[index - 1].size
                if ratio > GROWTH_SLACK * timing.size / small:
                    flagged.append(f"{_kb(small)}->{_kb(timing.size)} KB: x{ratio:.1f}")
        return flagged

    def exponent(self) -> float | None:
        """k in time ~ size**k, from the smallest to the largest size measured."""
        done = [t for t in self.timings if t.seconds is not None and t.seconds > 0]
        if len(done) < 2 or done[-1].size == done[0].size:
            return None
        first, last = done[0], done[-1]
        assert first.seconds is not None and last.seconds is not None
        return math.log(last.seconds / first.seconds) / math.log(last.size / first.size)


def _better(a: Timing, b: Timing) -> Timing:
    if a.seconds is None:
        return b
    if b.seconds is None or a.seconds <= b.seconds:
        return a
    return b


def confirm_steps(series: Series, stage: Stage, limit: float, repeat: int, floor: float) -> None:
    """Re-time both sizes of every step that looks superlinear; keep the best of all runs.

    A single step can look superlinear because another process took the CPU for a moment;
    a real one stays superlinear when both sizes are timed again.
    """
    for index in range(1, len(series.timings)):
        if not _step_flagged(series, index, floor):
            continue
        for at in (index - 1, index):
            old = series.timings[at]
            again = time_best(stage, INPUTS[series.input](old.size), limit, repeat)
            series.timings[at] = _better(old, again)


def _step_flagged(series: Series, index: int, floor: float) -> bool:
    small, large = series.timings[index - 1], series.timings[index]
    if small.seconds is None or large.seconds is None or large.seconds < floor:
        return False
    ratio = large.seconds / max(small.seconds, 1e-6)
    return ratio > GROWTH_SLACK * large.size / small.size


def measure_series(
    target: Target, name: str, sizes: Sequence[int], limit: float, repeat: int, floor: float
) -> Series:
    """Time ``target`` on input ``name`` at each size, stopping at the first timeout.

    Suspicious steps are timed again (:func:`confirm_steps`). When even the smallest size
    times out, the input is probed at 1/100, 1/50, 1/25 and 2/25 of it, to see how the
    time grows (``Series.probe``).
    """
    assert target.run is not None
    series = Series(target.name, name)
    for size in sizes:
        timing = time_best(target.run, INPUTS[name](size), limit, repeat)
        series.timings.append(timing)
        if timing.status != "ok":
            break
    confirm_steps(series, target.run, limit, repeat, floor)
    if series.timings and series.timings[0].status == "TIMEOUT" and sizes[0] >= 100:
        probe_sizes = [sizes[0] // 100 * 2**j for j in range(4)]
        series.probe = measure_series(target, name, probe_sizes, limit, repeat, floor)
    return series


# --- report ------------------------------------------------------------------------------


def _cell(timing: Timing, ratio: float | None) -> str:
    if timing.seconds is None:
        return timing.status if timing.status == "TIMEOUT" else f"error: {timing.found}"
    text = f"{timing.seconds:.3f}"
    return text if ratio is None else f"{text} (x{ratio:.1f})"


def verdict_of(flagged: Sequence[str]) -> str:
    """ "linear", or SUPERLINEAR (a step grew too fast) / TOO SLOW (a timeout) / ERROR."""
    if not flagged:
        return "linear"
    if any("->" in f for f in flagged):
        label = "SUPERLINEAR"
    elif any(f.startswith("TIMEOUT") for f in flagged):
        label = "TOO SLOW"
    else:
        label = "ERROR"
    return f"{label}: " + "; ".join(flagged)


def series_row(series: Series, sizes: Sequence[int], min_seconds: float) -> list[str]:
    """One table row: time (ratio to the previous size) per size, k, and the verdict."""
    ratios: list[float | None] = [None, *(r for _, _, r in series.steps())]
    cells = [_cell(t, r) for t, r in zip(series.timings, ratios, strict=True)]
    cells += ["skipped"] * (len(sizes) - len(cells))
    k = series.exponent()
    flagged = series.superlinear_steps(min_seconds)
    verdict = verdict_of(flagged)
    found = series.timings[-1].found if series.timings else "-"
    return [series.input, *cells, "-" if k is None else f"{k:.2f}", str(found), verdict]


def target_table(group: Sequence[Series], sizes: Sequence[int], min_seconds: float) -> str:
    """The table of one function: one row per input."""
    headers = ["input", *(f"{_kb(s)} KB s" for s in sizes), "k", "found (last)", "verdict"]
    return markdown_table(headers, [series_row(s, sizes, min_seconds) for s in group])


def warm_up(runnable: Sequence[Target]) -> list[Target]:
    """Call each function once on a short text (lexicons, regexes); drop those that fail."""
    kept: list[Target] = []
    for target in runnable:
        assert target.run is not None
        try:
            target.run("Since May 1, 2020, over 1,200 people were detained. Nearly 1,400 now.")
        except Exception as exc:  # a stage still being written: report it, measure the rest
            print(f"{target.name}: fails on a plain sentence ({type(exc).__name__}: {exc})")
            continue
        kept.append(target)
    return kept


def chosen_inputs(words: Sequence[str] | None) -> list[str]:
    """The input names containing any of ``words`` (all inputs when none is given)."""
    if not words:
        return list(INPUTS)
    return [name for name in INPUTS if any(w.lower() in name.lower() for w in words)]


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: time every function on every input and print the tables."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_adversarial")
    parser.add_argument("--sizes", default="100,200,400,800,1000", help="sizes in KB")
    parser.add_argument("--only", nargs="*", help="function names to measure (default: all)")
    parser.add_argument(
        "--inputs", nargs="*", help="inputs to use, by a word of their name (default: all)"
    )
    parser.add_argument("--limit", type=float, default=60.0, help="seconds per call")
    parser.add_argument("--repeat", type=int, default=3, help="runs per call (best kept)")
    parser.add_argument("--min-seconds", type=float, default=0.05, help="flag only above this")
    args = parser.parse_args(argv)
    sizes = [int(float(s) * KB) for s in args.sizes.split(",") if s.strip()]
    chosen = [t for t in targets() if not args.only or t.name in args.only]
    for target in chosen:
        if target.run is None:
            print(f"{target.name}: {target.problem}")
    runnable = warm_up([t for t in chosen if t.run is not None])
    flagged: list[str] = []
    for target in runnable:
        group = []
        for name in chosen_inputs(args.inputs):
            series = measure_series(target, name, sizes, args.limit, args.repeat, args.min_seconds)
            group.append(series)
            print(f"  {target.name} / {name}: done", file=sys.stderr, flush=True)
            problems = series.superlinear_steps(args.min_seconds)
            if problems:
                flagged.append(f"{target.name} on {name!r}: {verdict_of(problems)}")
        print(f"\n### {target.name}\n")
        print(target_table(group, sizes, args.min_seconds), flush=True)
        for series in group:
            if series.probe is not None:
                probe_sizes = [t.size for t in series.probe.timings]
                print(f"\nprobe of {series.input!r} (timed out at {_kb(sizes[0])} KB):\n")
                print(target_table([series.probe], probe_sizes, args.min_seconds), flush=True)
    print("\nFlagged:" if flagged else "\nno superlinear growth, timeout or error found")
    for line in flagged:
        print(f"- {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
