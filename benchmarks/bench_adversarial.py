"""Adversarial inputs: (function, input, size) -> time, peak memory, and a flag where either
grows faster than the input.

Each function is run on the hostile inputs meant for it, at two sizes by default (50 and
100 KB: a doubling):

- the stage functions (``find_quantities``, ``find_times``, ``split_sentences``,
  ``clean_text``, ``extract_claims``) on a line of digits and commas, "over over over ",
  nested brackets, "a." repeated, one huge line with no punctuation, newlines only, runs of
  capitalised words, "May May May", "since since since 2020", and so on;
- ``check`` (the whole pipeline, then the report set written with the library's CSV
  writers; the size of ``claims.csv`` is measured too) on a story of two sources, each one
  line of ``"1,"``, ``"$1.4 billion "``, ``"12.5% "``, ``"between 1 and 2 and "``,
  ``"January January January 2020 "`` or ``"one hundred and twenty thousand "``, and on
  articles of "Given Surname said that N people..." with a new name in every sentence;
- ``strip_markdown`` (drafts) on a line of ``[``, of ``](`` and of ``![``;
- ``load_toml`` and ``load_story`` on story.toml files of lines of 600 nested ``[``, one
  long dotted key, many tables, many ``[[sources]]`` entries and one long string.

Every call runs in a freshly forked process (no cache of an earlier call helps, a runaway
call is killed after ``--limit`` seconds and gets MemoryError beyond ``--memory`` MiB).
The child measures itself: time of the call, and *peak MiB* = its ``ru_maxrss`` after the
call minus its resident size just before it (so the parent's size does not count). Times
are the best of up to ``--repeat`` runs (calls over one second run once).

A step is flagged when time, peak memory or ``claims.csv`` grows more than 1.1 times as
fast as the size (more than 2.2x for a doubling), above ``--min-seconds`` / ``--min-mib``
/ 1 MB; a timeout or an error is flagged too. The exit status is 1 when anything is
flagged, so the benchmark can gate a change.

Usage::

    python -m benchmarks.bench_adversarial [--sizes 50,100] [--only NAME ...] [--inputs W ...]
"""

from __future__ import annotations

import argparse
import importlib
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.adversarial_inputs import (
    INPUTS,
    MARKDOWN_INPUTS,
    PIPELINE_INPUTS,
    STAGE_INPUTS,
    TOML_INPUTS,
    remove_scratch,
    scratch,
    story_folder,
    toml_file,
)
from benchmarks.common import ChildRun, markdown_table, optional_import, run_in_child

KB = 1000
MIB = 1024 * 1024
ANCHOR = date(2025, 1, 1)
GROWTH_SLACK = 1.1
"""A step is superlinear when a cost grows by more than this times the size ratio."""
CONFIRM_RUNS = 5
"""Runs per size (at least) when a step that looks superlinear is timed again."""
CONFIRM_ONCE_ABOVE = 5.0
"""When timed again, a call runs once only when it takes over this many seconds."""
MIN_WRITTEN = 1_000_000
"""claims.csv is flagged for growing too fast only when the larger one is at least this."""


# --- the functions measured -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Output:
    """What one measured call produced: items found (or why the input was refused), and
    the bytes of claims.csv when the call writes a report set."""

    found: int | str
    written: int | None = None


Stage = Callable[[Any], Output]
"""Runs one function on its (prepared) input and says what it produced."""


@dataclass(frozen=True, slots=True)
class Target:
    """A function to measure and the inputs meant for it, or why it cannot be measured.

    ``prepare`` turns the input text into the call's argument in the child, untimed (e.g.
    writes it as a story.toml and returns the path).
    """

    name: str
    run: Stage | None
    inputs: tuple[str, ...]
    problem: str | None = None
    prepare: Callable[[str], Any] | None = None
    smoke: str = "Since May 1, 2020, over 1,200 people were detained. Nearly 1,400 now."


def _target(
    name: str, module: str, make: Callable[[Any], Stage], inputs: dict[str, Any], **extra: Any
) -> Target:
    loaded, problem = optional_import(module)
    if loaded is None:
        return Target(name, None, tuple(inputs), problem)
    try:
        return Target(name, make(loaded), tuple(inputs), **extra)
    except AttributeError as exc:
        return Target(name, None, tuple(inputs), f"not available ({exc})")


def _claims_stage(package: Any) -> Stage:
    extract, source = package.extract_claims, package.Source

    def run(text: str) -> Output:
        return Output(len(extract(source(id="adversarial", text=text, published=ANCHOR))))

    return run


def _pipeline_stage(tables: Any) -> Stage:
    """``check`` on a story of two sources (each half the text), then its three CSVs written
    to a folder; says how many claims and how many bytes claims.csv has."""
    package = importlib.import_module("crosscheck")
    check, source = package.check, package.Source

    def run(text: str) -> Output:
        half = len(text) // 2
        parts = {"a": text[:half], "b": text[half:]}
        report = check([source(id=k, text=v, published=ANCHOR) for k, v in parts.items()])
        folder = scratch()
        written = 0
        for name, rows, columns in (
            ("discrepancies.csv", tables.discrepancy_rows, tables.DISCREPANCY_COLUMNS),
            ("claims.csv", tables.claim_rows, tables.CLAIM_COLUMNS),
            ("sources.csv", tables.source_rows, tables.SOURCE_COLUMNS),
        ):
            data = tables.to_csv(rows(report), columns).encode("utf-8")
            (folder / name).write_bytes(data)
            if name == "claims.csv":
                written = len(data)
        return Output(len(report.claims), written)

    return run


def _refused(function: Callable[[Any], Any], refusals: tuple[type[BaseException], ...]) -> Stage:
    def run(path: Path) -> Output:
        try:
            loaded = function(path)
        except refusals as exc:
            return Output(f"refused: {str(exc).split(': ', 1)[-1][:48]}")
        if isinstance(loaded, dict):  # a parsed story.toml: its [[sources]] entries
            return Output(len(loaded.get("sources", ())))
        return Output(len(loaded.sources))

    return run


def targets() -> list[Target]:
    """Every function measured, each imported on its own (so one broken module is skipped)."""

    def count(function: Callable[..., Any], *extra: Any) -> Stage:
        return lambda text: Output(len(function(text, *extra)))

    def errors(module: Any) -> tuple[type[BaseException], ...]:
        return (module.ConfigError, module.InputError)

    return [
        _target("find_quantities", "crosscheck.quantities", lambda m: count(m.find_quantities),
                STAGE_INPUTS),
        _target("find_times", "crosscheck.timex", lambda m: count(m.find_times, ANCHOR),
                STAGE_INPUTS),
        _target("split_sentences", "crosscheck.text.sentences", lambda m: count(m.split_sentences),
                STAGE_INPUTS),
        _target("clean_text", "crosscheck.text.clean", lambda m: count(m.clean_text), STAGE_INPUTS),
        _target("extract_claims", "crosscheck", _claims_stage, STAGE_INPUTS),
        _target("check+csv", "crosscheck.report.tables",
                _pipeline_stage,
                PIPELINE_INPUTS),
        _target("strip_markdown", "crosscheck.text.markdown",
                lambda m: lambda text: Output(len(m.strip_markdown(text))), MARKDOWN_INPUTS),
        _target("load_toml", "crosscheck.readfile",
                lambda m: _refused(m.load_toml, errors(m)), TOML_INPUTS,
                prepare=toml_file, smoke='title = "x"\n'),
        _target("load_story", "crosscheck.sources",
                lambda m: _refused(m.load_story, errors(m)), TOML_INPUTS,
                prepare=story_folder, smoke='title = "x"\n'),
    ]  # fmt: skip


# --- timing in forked processes ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Timing:
    """One call measured: seconds and peak memory added (bytes), or a timeout or an error."""

    size: int
    seconds: float | None
    status: str = "ok"
    found: int | str = 0
    peak: int | None = None
    written: int | None = None


def time_once(target: Target, text: str, limit: float, memory: int | None = None) -> Timing:
    """Run the target on ``text`` in a forked process; stop it after ``limit`` seconds."""
    assert target.run is not None
    run: ChildRun = run_in_child(
        target.run, text, limit=limit, prepare=target.prepare, memory=memory
    )
    if run.status == "TIMEOUT":
        return Timing(len(text), None, "TIMEOUT")
    if run.status != "ok":
        return Timing(len(text), None, "error", str(run.value))
    out: Output = run.value
    return Timing(len(text), run.seconds, "ok", out.found, run.peak, out.written)


def _better(a: Timing, b: Timing) -> Timing:
    """The faster of two runs, with the smaller of their peaks (noise only adds memory)."""
    if a.seconds is None:
        return b
    if b.seconds is None:
        return a
    best = a if a.seconds <= b.seconds else b
    peaks = [p for p in (a.peak, b.peak) if p is not None]
    return Timing(best.size, best.seconds, best.status, best.found,
                  min(peaks) if peaks else None, best.written)  # fmt: skip


def time_best(
    target: Target,
    text: str,
    limit: float,
    repeat: int,
    memory: int | None,
    once_above: float = 1.0,
) -> Timing:
    """The fastest of up to ``repeat`` runs (one run when a call takes over ``once_above`` s)."""
    best = time_once(target, text, limit, memory)
    for _ in range(repeat - 1):
        if best.seconds is None or best.seconds > once_above:
            break
        best = _better(best, time_once(target, text, limit, memory))
    return best


def _kb(size: int) -> str:
    return f"{size / KB:g}"


@dataclass(frozen=True, slots=True)
class Floors:
    """Below these a growing cost is not flagged (too small to measure reliably)."""

    seconds: float = 0.05
    peak: int = 16 * MIB
    written: int = MIN_WRITTEN


def step_flags(small: Timing, large: Timing, floors: Floors) -> list[str]:
    """What grew more than ``GROWTH_SLACK`` times as fast as the size from one run to the next."""
    allowed = GROWTH_SLACK * large.size / small.size
    step = f"{_kb(small.size)}->{_kb(large.size)} KB"
    flags: list[str] = []
    for what, a, b, floor in (
        ("time", small.seconds, large.seconds, floors.seconds),
        ("memory", small.peak, large.peak, floors.peak),
        ("claims.csv", small.written, large.written, floors.written),
    ):
        if a is None or b is None or b < floor:
            continue
        ratio = b / max(a, 1e-6)
        if ratio > allowed:
            flags.append(f"{step}: {what} x{ratio:.1f}")
    return flags


_RATIO_FLOORS = {"seconds": 0.001, "peak": MIB, "written": KB}
"""Below these a cost is shown without a ratio to the previous size's (noise)."""


@dataclass(slots=True)
class Series:
    """One function on one input at increasing sizes."""

    target: str
    input: str
    timings: list[Timing] = field(default_factory=list)
    probe: Series | None = None
    next_size: Timing | None = None
    """The last size doubled, measured when the last step looked superlinear."""

    def ratios(self, attribute: str) -> list[float | None]:
        """Ratio of ``attribute`` ("seconds", "peak", "written") to the previous size's
        (None when either is missing or the larger is too small to compare)."""
        smallest = _RATIO_FLOORS[attribute]
        found: list[float | None] = [None]
        for a, b in zip(self.timings, self.timings[1:], strict=False):
            x, y = getattr(a, attribute), getattr(b, attribute)
            found.append(None if x is None or y is None or y < smallest else y / max(x, 1e-6))
        return found

    def flagged(self, floors: Floors) -> list[str]:
        """Timeouts, errors, and the steps where a cost grew faster than the size allows."""
        flags: list[str] = []
        for index, timing in enumerate(self.timings):
            if timing.status == "TIMEOUT":
                flags.append(f"TIMEOUT at {_kb(timing.size)} KB")
            elif timing.status != "ok":
                flags.append(f"ERROR at {_kb(timing.size)} KB ({timing.found})")
            elif index and self.timings[index - 1].status == "ok":
                flags += step_flags(self.timings[index - 1], timing, floors)
        if self.cleared(floors):
            last = [f for f in flags if f.startswith(f"{_kb(self.timings[-2].size)}->")]
            flags = [f for f in flags if f not in last]
        return flags

    def cleared(self, floors: Floors) -> bool:
        """Whether the last step looked superlinear but the next doubling did not."""
        following = self.next_size
        if following is None or following.status != "ok" or len(self.timings) < 2:
            return False
        return not step_flags(self.timings[-1], following, floors)

    def note(self, floors: Floors) -> str:
        """What the next doubling showed, when it was measured."""
        following = self.next_size
        if following is None:
            return ""
        if following.status != "ok":
            return f" ({following.status} at {_kb(following.size)} KB)"
        ratio = (following.seconds or 0.0) / max(self.timings[-1].seconds or 0.0, 1e-6)
        judged = "not superlinear there" if self.cleared(floors) else "superlinear there too"
        return f" ({_kb(following.size)} KB: {following.seconds:.3f} s, x{ratio:.1f}: {judged})"

    def exponent(self) -> float | None:
        """k in time ~ size**k, from the smallest to the largest size measured."""
        done = [t for t in self.timings if t.seconds is not None and t.seconds > 0]
        if len(done) < 2 or done[-1].size == done[0].size:
            return None
        first, last = done[0], done[-1]
        assert first.seconds is not None and last.seconds is not None
        return math.log(last.seconds / first.seconds) / math.log(last.size / first.size)


def confirm_steps(
    series: Series, target: Target, limit: float, repeat: int, floors: Floors, memory: int | None
) -> None:
    """Re-time both sizes of every step that looks superlinear; keep the best of all runs.

    A single step can look superlinear because another process took the CPU for a moment;
    a real one stays superlinear when both sizes are timed again.
    """
    for index in range(1, len(series.timings)):
        small, large = series.timings[index - 1], series.timings[index]
        if small.status != "ok" or large.status != "ok" or not step_flags(small, large, floors):
            continue
        for at in (index - 1, index):
            old = series.timings[at]
            text = INPUTS[series.input](old.size)
            runs = max(repeat, CONFIRM_RUNS)
            again = time_best(target, text, limit, runs, memory, CONFIRM_ONCE_ABOVE)
            series.timings[at] = _better(old, again)


@dataclass(frozen=True, slots=True)
class Settings:
    """How calls are run and judged."""

    limit: float = 30.0
    repeat: int = 3
    floors: Floors = field(default_factory=Floors)
    memory: int | None = 2048 * MIB


def measure_series(target: Target, name: str, sizes: Sequence[int], settings: Settings) -> Series:
    """Time ``target`` on input ``name`` at each size, stopping at the first timeout.

    Suspicious steps are timed again (:func:`confirm_steps`); when the last step still looks
    superlinear, the size is doubled once more, and the step is flagged only if that
    doubling too costs more than the size allows (a cost growing by 2.3x then 2.0x is
    noise or a constant, not superlinear growth). When even the smallest size
    times out, the input is probed at 1/100, 1/50, 1/25 and 2/25 of it, to see how the
    time grows (``Series.probe``).
    """
    s = settings
    series = Series(target.name, name)
    for size in sizes:
        timing = time_best(target, INPUTS[name](size), s.limit, s.repeat, s.memory)
        series.timings.append(timing)
        if timing.status != "ok":
            break
    confirm_steps(series, target, s.limit, s.repeat, s.floors, s.memory)
    timings = series.timings
    last_ok = len(timings) >= 2 and timings[-1].status == timings[-2].status == "ok"
    if last_ok and step_flags(timings[-2], timings[-1], s.floors):  # does the next agree?
        text = INPUTS[name](2 * timings[-1].size)
        runs = max(s.repeat, CONFIRM_RUNS)
        series.next_size = time_best(target, text, s.limit, runs, s.memory, CONFIRM_ONCE_ABOVE)
    if series.timings and series.timings[0].status == "TIMEOUT" and sizes[0] >= 100:
        probe_sizes = [sizes[0] // 100 * 2**j for j in range(4)]
        series.probe = measure_series(target, name, probe_sizes, settings)
    return series


# --- report ------------------------------------------------------------------------------


def _with_ratio(text: str, ratio: float | None) -> str:
    return text if ratio is None else f"{text} (x{ratio:.1f})"


def _time_cell(timing: Timing, ratio: float | None) -> str:
    if timing.seconds is None:
        return timing.status if timing.status == "TIMEOUT" else f"error: {timing.found}"
    return _with_ratio(f"{timing.seconds:.3f}", ratio)


def _bytes_cell(value: int | None, unit: int, ratio: float | None) -> str:
    return "-" if value is None else _with_ratio(f"{value / unit:.1f}", ratio)


def verdict_of(flagged: Sequence[str]) -> str:
    """ "linear", or SUPERLINEAR (a cost grew too fast) / TOO SLOW (a timeout) / ERROR."""
    if not flagged:
        return "linear"
    if any("->" in f for f in flagged):
        label = "SUPERLINEAR"
    elif any(f.startswith("TIMEOUT") for f in flagged):
        label = "TOO SLOW"
    else:
        label = "ERROR"
    return f"{label}: " + "; ".join(flagged)


def _writes(group: Sequence[Series]) -> bool:
    return any(t.written is not None for s in group for t in s.timings)


def series_row(series: Series, sizes: Sequence[int], floors: Floors, writes: bool) -> list[str]:
    """One row: time, peak MiB (and claims.csv KB) per size with ratios, k, the verdict."""
    missing = ["skipped"] * (len(sizes) - len(series.timings))
    ratios = series.ratios("seconds")
    cells = [_time_cell(t, r) for t, r in zip(series.timings, ratios, strict=True)] + missing
    peaks = zip(series.timings, series.ratios("peak"), strict=True)
    cells += [_bytes_cell(t.peak, MIB, r) for t, r in peaks] + missing
    if writes:
        written = zip(series.timings, series.ratios("written"), strict=True)
        cells += [_bytes_cell(t.written, KB, r) for t, r in written] + missing
    k = series.exponent()
    found = series.timings[-1].found if series.timings else "-"
    verdict = verdict_of(series.flagged(floors)) + series.note(floors)
    return [series.input, *cells, "-" if k is None else f"{k:.2f}", str(found), verdict]


def target_table(group: Sequence[Series], sizes: Sequence[int], floors: Floors) -> str:
    """The table of one function: one row per input."""
    writes = _writes(group)
    headers = [
        "input",
        *(f"{_kb(s)} KB CPU s" for s in sizes),
        *(f"{_kb(s)} KB peak MiB" for s in sizes),
        *((f"{_kb(s)} KB claims.csv KB" for s in sizes) if writes else ()),
        "k",
        "found (last)",
        "verdict",
    ]
    return markdown_table(headers, [series_row(s, sizes, floors, writes) for s in group])


def warm_up(runnable: Sequence[Target]) -> list[Target]:
    """Call each function once on a short input (lexicons, regexes); drop those that fail."""
    kept: list[Target] = []
    for target in runnable:
        assert target.run is not None
        try:
            argument = target.prepare(target.smoke) if target.prepare else target.smoke
            target.run(argument)
        except Exception as exc:  # a stage still being written: report it, measure the rest
            print(f"{target.name}: fails on a plain input ({type(exc).__name__}: {exc})")
            continue
        kept.append(target)
    return kept


def chosen_inputs(target: Target, words: Sequence[str] | None) -> list[str]:
    """The target's input names containing any of ``words`` (all of them when none is given)."""
    if not words:
        return list(target.inputs)
    return [name for name in target.inputs if any(w.lower() in name.lower() for w in words)]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line's options."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_adversarial")
    parser.add_argument("--sizes", default="50,100", help="sizes in KB (default: 50,100)")
    parser.add_argument("--only", nargs="*", help="function names to measure (default: all)")
    parser.add_argument(
        "--inputs", nargs="*", help="inputs to use, by a word of their name (default: all)"
    )
    parser.add_argument("--limit", type=float, default=30.0, help="seconds per call")
    parser.add_argument("--repeat", type=int, default=3, help="runs per call (best kept)")
    parser.add_argument("--min-seconds", type=float, default=0.05, help="flag time above this")
    parser.add_argument("--min-mib", type=float, default=16.0, help="flag memory above this")
    parser.add_argument(
        "--memory", type=float, default=2048.0, help="MiB a call may add (MemoryError beyond)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: measure every function on its inputs, print the tables; 1 if flagged."""
    args = parse_args(argv)
    sizes = [int(float(s) * KB) for s in args.sizes.split(",") if s.strip()]
    settings = Settings(
        limit=args.limit,
        repeat=args.repeat,
        floors=Floors(seconds=args.min_seconds, peak=int(args.min_mib * MIB)),
        memory=int(args.memory * MIB),
    )
    chosen = [t for t in targets() if not args.only or t.name in args.only]
    for target in chosen:
        if target.run is None:
            print(f"{target.name}: {target.problem}")
    scratch()  # made before any fork, so every child writes under it
    try:
        flagged = _measure_all(chosen, sizes, settings, args.inputs)
    finally:
        remove_scratch()
    print("\nFlagged:" if flagged else "\nno superlinear growth, timeout or error found")
    for line in flagged:
        print(f"- {line}")
    return 1 if flagged else 0


def _measure_all(
    chosen: Sequence[Target], sizes: Sequence[int], settings: Settings, words: Sequence[str] | None
) -> list[str]:
    flagged: list[str] = []
    floors = settings.floors
    for target in warm_up([t for t in chosen if t.run is not None]):
        group = []
        for name in chosen_inputs(target, words):
            series = measure_series(target, name, sizes, settings)
            group.append(series)
            print(f"  {target.name} / {name}: done", file=sys.stderr, flush=True)
            problems = series.flagged(floors)
            if problems:
                flagged.append(f"{target.name} on {name!r}: {verdict_of(problems)}")
        if not group:
            continue
        print(f"\n### {target.name}\n")
        print(target_table(group, sizes, floors), flush=True)
        for series in group:
            if series.probe is not None:
                probe_sizes = [t.size for t in series.probe.timings]
                print(f"\nprobe of {series.input!r} (timed out at {_kb(sizes[0])} KB):\n")
                print(target_table([series.probe], probe_sizes, floors), flush=True)
    return flagged


if __name__ == "__main__":
    raise SystemExit(main())
