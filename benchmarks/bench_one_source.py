"""The guard ``one_source_gives_both`` on many figures of one noun: N -> seconds, before and after.

A story of three sources of N sentences "Over {1200+i} political prisoners were held in
Belarus at the end of 2024, said Ales Bialiatski {i}." (each source shifted by one, so each
gives nearly every figure of the others; qa59 measured the whole ``check`` at 8.8 s for
N = 100, 28 s for 300 and 195 s for 600, most of it in this guard). Its figure pairs are
matched and judged as ``rules.judge_pair`` does, and for every pair the registry finds
apart, the guard is timed twice: reading every figure of the source's list (``bands=None``:
how it read them before qa62) and reading only those its list's band index says may agree
(``PairContext.bands``, ``rules.figure_bands``). Both must decide every pair alike (exit 1
otherwise). Run on demand, not by the test suite.

Usage::

    python -m benchmarks.bench_one_source [--sizes 100,300] [--sources 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from datetime import date

from benchmarks.common import markdown_table
from crosscheck.claims.extract import extract_claims
from crosscheck.match.figures import match_claims
from crosscheck.model import ClaimPair, Source
from crosscheck.rules import compare_pair
from crosscheck.rules.context import PairContext, pair_context
from crosscheck.rules.guards import one_source_gives_both, without_superseded

LANG = "en"
SENTENCE = (
    "Over {figure} political prisoners were held in Belarus at the end of 2024, "
    "said Ales Bialiatski {i}."
)


def story(size: int, sources: int) -> list[Source]:
    """``sources`` articles of ``size`` sentences, each source's figures shifted by one."""
    return [
        Source(
            id=f"s{k}",
            text=" ".join(SENTENCE.format(figure=1200 + i + k, i=i) for i in range(size)),
            published=date(2025, 1, k + 1),
        )
        for k in range(sources)
    ]


def judged_pairs(sources: Sequence[Source]) -> tuple[list[ClaimPair], PairContext]:
    """The story's figure pairs the registry finds apart (what the guard is asked about)."""
    claims = tuple(c for s in sources for c in extract_claims(s))
    context = pair_context({s.id: s for s in sources}, claims, lang=LANG)
    pairs: list[ClaimPair] = []
    for whole in match_claims(claims, LANG):
        pair = without_superseded(whole, context.superseded)
        if pair is not None and compare_pair(pair, LANG) is not None:
            pairs.append(pair)
    return pairs, context


def timed(
    pairs: Sequence[ClaimPair], context: PairContext, *, indexed: bool
) -> tuple[float, list[bool]]:
    """Seconds of CPU for the guard over every pair, and what it decided for each."""
    bands = context.bands if indexed else None
    started = time.process_time()
    decided = [
        one_source_gives_both(
            pair, context.figures, context.sources, LANG, compare=compare_pair, bands=bands
        )
        for pair in pairs
    ]
    return time.process_time() - started, decided


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,300", help="sentences per source, comma-separated")
    parser.add_argument("--sources", type=int, default=3)
    args = parser.parse_args(argv)
    rows: list[list[str]] = []
    alike = True
    for size in (int(s) for s in args.sizes.split(",")):
        pairs, context = judged_pairs(story(size, args.sources))
        before, read_all = timed(pairs, context, indexed=False)
        after, read_banded = timed(pairs, context, indexed=True)
        alike = alike and read_all == read_banded
        rows.append(
            [
                str(size),
                str(len(pairs)),
                f"{before:.2f}",
                f"{after:.2f}",
                f"{before / after:.0f}x" if after else "-",
                "yes" if read_all == read_banded else "NO",
            ]
        )
        print(f"N = {size}: done", file=sys.stderr, flush=True)
    header = ["N", "pairs judged", "every figure (s)", "banded (s)", "faster", "same decisions"]
    print(markdown_table(header, rows))
    return 0 if alike else 1


if __name__ == "__main__":
    sys.exit(main())
