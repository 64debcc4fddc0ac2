"""Finder throughput: news-like text -> MB/s of our finders beside quantulum3 and dateparser.

Builds about 5 MB of generated articles (``benchmarks.corpus``), runs
``crosscheck.quantities.find_quantities`` and ``crosscheck.timex.find_times`` on all of it,
one article at a time (as the pipeline does, each article's publication date as anchor),
and quantulum3's ``parser.parse`` and dateparser's ``search.search_dates(text,
languages=["en"])`` on a slice of about 200 KB (they are two to three orders of magnitude
slower), extrapolating MB/s. Our finders are also timed on that same slice, so both are
compared on the same text. Every tool gets one warm-up call first (lexicons, language data).

Usage::

    python -m benchmarks.bench_finders [--size-mb 5] [--slice-kb 200] [--seed 0]
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from benchmarks.common import MB, markdown_table, optional_import, utf8_size
from benchmarks.corpus import Article, articles_of_size

Finder = Callable[[str, date], int]
"""Runs one tool on one article (text, publication date) and returns how many items it found."""

WARM_UP_TEXT = "Since May 1, 2020, over 1,200 people were detained; nearly 1,400 by 2024."


@dataclass(frozen=True, slots=True)
class Tool:
    """A finder to measure, or the reason it cannot be measured."""

    name: str
    run: Finder | None
    problem: str | None
    slow: bool


@dataclass(frozen=True, slots=True)
class Measure:
    """One tool timed on one text."""

    tool: str
    text: str
    size: int
    seconds: float
    found: int

    @property
    def mb_per_s(self) -> float:
        """Throughput in MB (10**6 bytes) per second."""
        return self.size / MB / self.seconds if self.seconds > 0 else float("inf")


def our_tools() -> list[Tool]:
    """``find_quantities`` and ``find_times``, or why they cannot be imported."""
    quantities, q_problem = optional_import("crosscheck.quantities")
    timex, t_problem = optional_import("crosscheck.timex")
    tools = [Tool("crosscheck find_quantities", None, q_problem, slow=False)]
    if quantities is not None:
        find_quantities = quantities.find_quantities
        tools[0] = Tool(tools[0].name, lambda t, _d: len(find_quantities(t)), None, slow=False)
    tools.append(Tool("crosscheck find_times", None, t_problem, slow=False))
    if timex is not None:
        find_times = timex.find_times
        tools[1] = Tool(tools[1].name, lambda t, d: len(find_times(t, d)), None, slow=False)
    return tools


def library_tools() -> list[Tool]:
    """quantulum3 and dateparser, or "not installed"."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3 warns that its classifier is absent
        parser, q_problem = optional_import("quantulum3.parser")
        search, d_problem = optional_import("dateparser.search")
    tools = [Tool("quantulum3 parser.parse", None, q_problem, slow=True)]
    if parser is not None:
        parse = parser.parse
        tools[0] = Tool(tools[0].name, lambda t, _d: len(parse(t)), None, slow=True)
    tools.append(Tool('dateparser search_dates(languages=["en"])', None, d_problem, slow=True))
    if search is not None:
        search_dates = search.search_dates

        def dates(text: str, _day: date) -> int:
            return len(search_dates(text, languages=["en"]) or [])

        tools[1] = Tool(tools[1].name, dates, None, slow=True)
    return tools


def time_tool(tool: Tool, articles: Sequence[Article], label: str) -> Measure:
    """Time ``tool`` over ``articles`` one by one (after one warm-up call)."""
    assert tool.run is not None
    run = tool.run
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run(WARM_UP_TEXT, date(2025, 1, 1))
        found = 0
        start = time.perf_counter()
        for article in articles:
            found += run(article.text, article.published)
        seconds = time.perf_counter() - start
    size = utf8_size([a.text for a in articles])
    return Measure(tool.name, label, size, seconds, found)


def measure_all(
    tools: Sequence[Tool], full: Sequence[Article], piece: Sequence[Article]
) -> tuple[list[Measure], list[tuple[str, str]]]:
    """Time every tool: fast ones on the full text and the slice, slow ones on the slice."""
    full_label = f"full {utf8_size([a.text for a in full]) / MB:.2f} MB"
    slice_label = f"slice {utf8_size([a.text for a in piece]) / 1000:.0f} KB"
    measures: list[Measure] = []
    missing: list[tuple[str, str]] = []
    for tool in tools:
        if tool.run is None:
            missing.append((tool.name, tool.problem or "unavailable"))
            continue
        measures.append(time_tool(tool, piece, slice_label + (" (extrapolated)" * tool.slow)))
        if not tool.slow:
            measures.append(time_tool(tool, full, full_label))
    return measures, missing


def verdicts(measures: Sequence[Measure]) -> list[str]:
    """Which of each pair (ours, library) is faster on the same slice, and by how much."""
    on_slice = {m.tool: m for m in measures if m.text.startswith("slice")}
    pairs = [
        ("crosscheck find_quantities", "quantulum3 parser.parse"),
        ("crosscheck find_times", 'dateparser search_dates(languages=["en"])'),
    ]
    lines: list[str] = []
    for ours, theirs in pairs:
        a, b = on_slice.get(ours), on_slice.get(theirs)
        if a is None or b is None:
            lines.append(f"{ours} vs {theirs}: cannot compare (one is unavailable)")
            continue
        fast, slow = (a, b) if a.mb_per_s >= b.mb_per_s else (b, a)
        ratio = fast.mb_per_s / slow.mb_per_s if slow.mb_per_s > 0 else float("inf")
        lines.append(f"{fast.tool} is {ratio:,.0f}x faster than {slow.tool} (same slice)")
    return lines


def report(measures: Sequence[Measure], missing: Sequence[tuple[str, str]]) -> str:
    """The table of measures, the unavailable tools and the verdicts."""
    rows: list[list[Any]] = [
        [m.tool, m.text, round(m.seconds, 3), round(m.mb_per_s, 3), m.found] for m in measures
    ]
    rows += [[name, problem, "-", "-", "-"] for name, problem in missing]
    table = markdown_table(["tool", "text measured", "seconds", "MB/s", "items found"], rows)
    return "\n".join([table, "", *verdicts(measures)])


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: build the text, time every finder, print the table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_finders")
    parser.add_argument("--size-mb", type=float, default=5.0, help="full text size (MB)")
    parser.add_argument("--slice-kb", type=float, default=200.0, help="slice for slow libraries")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    args = parser.parse_args(argv)
    full = articles_of_size(int(args.size_mb * MB), args.seed)
    piece = articles_of_size(int(args.slice_kb * 1000), args.seed)
    print(
        f"text: {len(full)} generated articles, {utf8_size([a.text for a in full]) / MB:.2f} MB"
        f" (slice: the first {len(piece)} articles); MB = 10**6 bytes of UTF-8; one process"
    )
    measures, missing = measure_all([*our_tools(), *library_tools()], full, piece)
    print(report(measures, missing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
