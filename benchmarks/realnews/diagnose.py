"""Where each missed gold conflict is lost: gold + stories -> one stage per miss, counted.

    python -m benchmarks.realnews.diagnose [--gold DIR] [--realnews DIR] [--list]

For every gold conflict of a figure or date kind that no flagged row matches, the story's
claims are searched for each side's words (the expectations rule: case-folded words found in
a claim's text or its date's text, in one of the named sources). The miss is put in the
first stage that fails:

- ``no claim: both`` / ``no claim: one side``: a side's words are in no claim of its
  sources, so extraction (or cleaning) lost it;
- ``claims, not flagged``: both sides are claims, but matching or the rules did not make a
  row of them (a frame, an event key or a guard kept them apart).

Name and certainty conflicts are counted apart (``not a claim kind``): their mentions are
not claims. Only measures; it changes nothing and reads the gold only to count.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from benchmarks.common import markdown_table
from benchmarks.realnews.score import (
    GOLD_DIR,
    find_realnews,
    gold_files,
    kindless,
    run_story,
    story_dir,
)
from crosscheck.expectations import Expectation, _norm, _pair_matches, load_expectations
from crosscheck.model import Claim, DiscrepancyKind, Report

CLAIM_KINDS = frozenset(
    {
        DiscrepancyKind.NUMERIC_CONFLICT,
        DiscrepancyKind.NUMERIC_DIVERGENCE,
        DiscrepancyKind.NUMERIC_PRECISION,
        DiscrepancyKind.TIME_CONFLICT,
        DiscrepancyKind.TIME_PRECISION,
    }
)


def side_claims(words: str, claims: Sequence[Claim], sources: Sequence[str]) -> list[Claim]:
    """The claims whose text (or date text) holds ``words``, in one of ``sources`` if named."""
    target = _norm(words)
    return [
        c
        for c in claims
        if (not sources or c.source in sources)
        and (target in _norm(c.text) or (c.time is not None and target in _norm(c.time.text)))
    ]


def stage(e: Expectation, report: Report) -> str:
    """The first stage at which a missed gold conflict is lost."""
    if e.kind not in CLAIM_KINDS:
        return "not a claim kind"
    first, second = (side_claims(w, report.claims, e.sources) for w in e.claims)
    if not first and not second:
        return "no claim: both"
    if not first or not second:
        return "no claim: one side"
    return "claims, not flagged"


def diagnose(gold: Path, realnews: Path, *, override: bool) -> list[tuple[str, Expectation, str]]:
    """(story, gold conflict, stage) for every gold conflict no row matches."""
    missed: list[tuple[str, Expectation, str]] = []
    for path in gold_files(gold):
        spec = load_expectations(path)
        folder = story_dir(path, realnews, override=override)
        report = run_story(folder)
        for e in spec.expectations:
            if not e.must_flag or len(e.claims) != 2:
                continue
            if any(_pair_matches(kindless(e), d) for d in report.discrepancies):
                continue
            missed.append((folder.name, e, stage(e, report)))
    return missed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="folder of gold files")
    parser.add_argument("--realnews", type=Path, default=None, help="the real-news corpus")
    parser.add_argument("--list", action="store_true", help="print every miss with its stage")
    args = parser.parse_args(argv)
    realnews = find_realnews(args.realnews)
    if realnews is None:
        print("real-news corpus not found (give --realnews DIR)")
        return 0
    missed = diagnose(args.gold, realnews, override=args.realnews is not None)
    counts = Counter((str(e.kind.value if e.kind else "?"), where) for _, e, where in missed)
    rows = [[kind, where, str(n)] for (kind, where), n in sorted(counts.items())]
    print(markdown_table(["gold kind", "lost at", "misses"], rows))
    if args.list:
        for story, e, where in missed:
            print(f"{story}\t{e.id}\t{where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
