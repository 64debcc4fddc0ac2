"""Pipeline throughput: the real-news stories -> MB/s per core, peak memory, per-stage split.

Every story of ``--realnews`` (default ``/work/shared/realnews/stories``) is loaded, then
``crosscheck.check`` runs on each in this one process (one core). The figure is MB (10**6
bytes of UTF-8 article text) per CPU second of ``check`` alone; loading is timed apart.
The per-stage split times the pipeline's own stage functions through wrappers that keep
time exclusive (a stage called inside another is not counted twice), so the rows add up
to the total minus the glue between stages ("other").

Usage::

    python -m benchmarks.bench_pipeline [--realnews DIR] [--limit N] [--tracemalloc]
"""

from __future__ import annotations

import argparse
import functools
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.common import MB, markdown_table

DEFAULT_STORIES = Path("/work/shared/realnews/stories")

# (stage, module, attribute): the functions the pipeline calls, where it looks them up.
_STAGES: tuple[tuple[str, str, str], ...] = (
    ("cleaning", "crosscheck.claims.extract", "clean_text"),
    ("sentences", "crosscheck.claims.extract", "split_sentences"),
    ("quantities", "crosscheck.claims.extract", "find_quantities"),
    ("times", "crosscheck.claims.extract", "find_times"),
    ("claims", "crosscheck.check", "claims_from"),
    ("names", "crosscheck.check", "names_in"),
    ("names", "crosscheck.check", "name_claims"),
    ("names", "crosscheck.check", "pair_names"),
    ("certainty", "crosscheck.check", "find_statements"),
    ("certainty", "crosscheck.check", "story_statement_claims"),
    ("certainty", "crosscheck.check", "pair_assertions"),
    ("certainty", "crosscheck.check", "pair_statements"),
    ("certainty", "crosscheck.claims.extract", "read_sentence"),
    ("matching", "crosscheck.check", "claim_blocks"),
    ("matching", "crosscheck.check", "pairs_in_block"),
    ("matching", "crosscheck.check", "sort_pairs"),
    ("matching", "crosscheck.check", "with_date_pairs"),
    ("matching", "crosscheck.check", "vague_pairs"),
    ("matching", "crosscheck.check", "aligned_figure_pairs"),
    ("comparison", "crosscheck.check", "superseded_in"),
    ("comparison", "crosscheck.check", "compare_pairs"),
    ("comparison", "crosscheck.check", "story_rows"),
    ("comparison", "crosscheck.check", "sort_discrepancies"),
)
_ORDER = (
    "cleaning",
    "sentences",
    "quantities",
    "times",
    "claims",
    "names",
    "certainty",
    "matching",
    "comparison",
)


class StageClock:
    """Exclusive CPU time per stage: a nested stage's time is taken off its caller's."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = dict.fromkeys(_ORDER, 0.0)
        self._stack: list[str] = []

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Count the time spent inside the block to ``name`` (exclusive of nested stages)."""
        start = time.process_time()
        self._stack.append(name)
        try:
            yield
        finally:
            self._stack.pop()
            spent = time.process_time() - start
            self.seconds[name] += spent
            if self._stack:
                self.seconds[self._stack[-1]] -= spent

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        """``fn`` with its calls counted to ``name``."""

        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.stage(name):
                result = fn(*args, **kwargs)
                # generators and other lazy results are consumed where they are timed
                if isinstance(result, Iterator):
                    result = list(result)
                return result

        return timed


def install(clock: StageClock) -> None:
    """Replace each stage function, where the pipeline looks it up, by a timed one."""
    import importlib

    for name, module_name, attribute in _STAGES:
        module = importlib.import_module(module_name)
        setattr(module, attribute, clock.wrap(name, getattr(module, attribute)))


def _max_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--realnews", type=Path, default=DEFAULT_STORIES)
    parser.add_argument("--limit", type=int, default=None, help="only the first N stories")
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also trace Python allocations (slower)"
    )
    args = parser.parse_args(argv)

    from crosscheck import check, load_story

    folders = sorted(p for p in args.realnews.iterdir() if p.is_dir())[: args.limit]
    if not folders:
        print(f"no story folders in {args.realnews}", file=sys.stderr)
        return 2
    load_start = time.process_time()
    stories = [load_story(folder) for folder in folders]
    load_seconds = time.process_time() - load_start
    size = sum(len(s.text.encode("utf-8")) for story in stories for s in story.sources)

    clock = StageClock()
    install(clock)
    if args.tracemalloc:
        tracemalloc.start()
    rows = 0
    start = time.process_time()
    for story in stories:
        rows += len(check(story.sources).discrepancies)
    total = time.process_time() - start
    traced = tracemalloc.get_traced_memory()[1] / 2**20 if args.tracemalloc else None
    tracemalloc.stop()

    articles = sum(len(story.sources) for story in stories)
    print(f"{len(stories)} stories, {articles} articles, {size / MB:.2f} MB, {rows} discrepancies")
    print(f"load {load_seconds:.2f} s CPU; check {total:.2f} s CPU")
    print(f"throughput {size / MB / total:.3f} MB/s per core")
    print(f"peak memory: ru_maxrss {_max_rss_mib():.0f} MiB", end="")
    print(f", tracemalloc peak {traced:.0f} MiB" if traced is not None else "")
    other = total - sum(clock.seconds.values())
    table = [
        (stage, f"{clock.seconds[stage]:.2f}", f"{100 * clock.seconds[stage] / total:.1f}")
        for stage in _ORDER
    ]
    table.append(("other", f"{other:.2f}", f"{100 * other / total:.1f}"))
    print(markdown_table(("stage", "CPU s", "%"), table))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
