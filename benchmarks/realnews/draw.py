"""Draw the real-news stories that get hand-written gold: a seeded random sample, recorded.

    python -m benchmarks.realnews.draw [--seed S] [--count N] [--realnews DIR]
    python -m benchmarks.realnews.draw --round N [--realnews DIR]

Writes ``benchmarks/realnews/draw.txt`` (one story id a line, in draw order) so the choice
is reproducible and not picked for ease. The stories stay in ``../shared/realnews``.

``--round N`` (N > 1) records a later draw: ``random.Random(seed).sample(sorted ids that no
earlier round drew, count)`` with the round's (seed, count) from ``ROUNDS``, written to
``drawN.txt``; the earlier files are left as they are. Rounds 2-14 (seeds 20261202-20261214,
10 stories each) were drawn on 2026-12-02 for gold read blind; round 15 (seed 20261215)
on 2026-12-03; round 16 (seed 20261216) on 2026-12-03, in the next session; round 17
(seed 20261217) on 2026-12-03, in the session after; round 18 (seed 20261218) in the next;
round 19 (seed 20261219) in the nineteenth session; round 20 (seed 20261220) in
the twentieth; round 21 (seed 20261221) in the twenty-first; round 22 (seed 20261222) in
the twenty-second; round 23 (seed 20261223) in the twenty-third; round 24 (seed
20261224) in the twenty-fourth; round 25 (seed 20261225) in the twenty-fifth; round 26 (seed
20261226) in the twenty-sixth; round 27 (seed 20261227) in the twenty-seventh;
round 28 (seed 20261228) in the twenty-eighth; round 29 (seed 20261229) in the twenty-ninth;
round 30 (seed 20261230) in the thirtieth; round 31 (seed 20261231) in the thirty-first;
round 32 (seed 20261232, the pattern's next integer, not a date) in the thirty-second; round 33
(seed 20261233) in the thirty-third; round 34 (seed 20261234) in the thirty-fourth;
round 35 (seed 20261235) in the thirty-fifth.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_REALNEWS = HERE.parent.parent.parent / "shared" / "realnews"
ROUNDS = {
    1: (20261201, 42),
    2: (20261202, 10),
    3: (20261203, 10),
    4: (20261204, 10),
    5: (20261205, 10),
    6: (20261206, 10),
    7: (20261207, 10),
    8: (20261208, 10),
    9: (20261209, 10),
    10: (20261210, 10),
    11: (20261211, 10),
    12: (20261212, 10),
    13: (20261213, 10),
    14: (20261214, 10),
    15: (20261215, 10),
    16: (20261216, 10),
    17: (20261217, 10),
    18: (20261218, 10),
    19: (20261219, 10),
    20: (20261220, 10),
    21: (20261221, 10),
    22: (20261222, 10),
    23: (20261223, 10),
    24: (20261224, 10),
    25: (20261225, 10),
    26: (20261226, 10),
    27: (20261227, 10),
    28: (20261228, 10),
    29: (20261229, 10),
    30: (20261230, 10),
    31: (20261231, 10),
    32: (20261232, 10),
    33: (20261233, 10),
    34: (20261234, 10),
    35: (20261235, 10),
}
"""Each round's (seed, count). Round 1 draws among all stories; a later round among those no
earlier round drew. A new round is one entry here."""
SEED, COUNT = ROUNDS[1]
SEED2, COUNT2 = ROUNDS[2]
SEED3, COUNT3 = ROUNDS[3]
SEED4, COUNT4 = ROUNDS[4]
SEED5, COUNT5 = ROUNDS[5]


def corpus(realnews: Path) -> Path:
    """``realnews`` when it holds stories, else the first ``shared/realnews`` further up
    (a git worktree sits one folder deeper than the checkout the default assumes)."""
    if (realnews / "stories").is_dir():
        return realnews
    for folder in HERE.parents:
        candidate = folder / "shared" / "realnews"
        if (candidate / "stories").is_dir():
            return candidate
    return realnews


def story_ids(realnews: Path) -> list[str]:
    """Every story id of the corpus, sorted (the draw must not depend on listing order)."""
    return sorted(p.name for p in (realnews / "stories").iterdir() if p.is_dir())


def draw(ids: list[str], seed: int = SEED, count: int = COUNT) -> list[str]:
    """A seeded random sample of ``count`` ids, in draw order."""
    return random.Random(seed).sample(ids, count)


def read_draw(path: Path) -> list[str]:
    """The story ids of a draw file, in draw order (header comments skipped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def draw_excluding(
    ids: list[str], drawn: list[str], seed: int = SEED2, count: int = COUNT2
) -> list[str]:
    """A seeded sample of ``count`` ids among the sorted ids not already ``drawn``."""
    taken = set(drawn)
    return draw(sorted(i for i in ids if i not in taken), seed, count)


def draw_file(round_: int) -> Path:
    """The file a round's draw is recorded in: ``draw.txt``, then ``draw2.txt``, ..."""
    return HERE / ("draw.txt" if round_ == 1 else f"draw{round_}.txt")


def record_round(realnews: Path, round_: int, seed: int, count: int) -> list[str]:
    """Draw round ``round_`` among the stories no earlier round drew, and record it."""
    ids = story_ids(realnews)
    files = [draw_file(r) for r in range(1, round_)]
    earlier = sorted({story for f in files for story in read_draw(f)})
    chosen = draw_excluding(ids, earlier, seed, count)
    names = ", ".join(f.name for f in files)
    header = f"# seed={seed} count={count} of {len(ids) - len(earlier)} stories"
    if files:
        header += (
            f" (the {len(ids)} less the {len(earlier)} of {names})\n"
            f"# rule: random.Random({seed}).sample(sorted(ids in none of {names}), {count})"
        )
    draw_file(round_).write_text(header + "\n" + "\n".join(chosen) + "\n", encoding="utf-8")
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--count", type=int, default=None)
    parser.add_argument("--realnews", type=Path, default=DEFAULT_REALNEWS)
    parser.add_argument(
        "--round",
        type=int,
        choices=sorted(ROUNDS),
        default=1,
        help="N > 1: draw among the stories no earlier round drew, into drawN.txt",
    )
    args = parser.parse_args()
    default_seed, default_count = ROUNDS[args.round]
    seed = default_seed if args.seed is None else args.seed
    count = default_count if args.count is None else args.count
    chosen = record_round(corpus(args.realnews), args.round, seed, count)
    print(f"wrote {draw_file(args.round)}: {len(chosen)} stories")


if __name__ == "__main__":
    main()
