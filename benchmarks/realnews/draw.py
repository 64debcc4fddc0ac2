"""Draw the real-news stories that get hand-written gold: a seeded random sample, recorded.

    python -m benchmarks.realnews.draw [--seed S] [--count N] [--realnews DIR]
    python -m benchmarks.realnews.draw --round 2 [--realnews DIR]
    python -m benchmarks.realnews.draw --round 3 [--realnews DIR]
    python -m benchmarks.realnews.draw --round 4 [--realnews DIR]

Writes ``benchmarks/realnews/draw.txt`` (one story id a line, in draw order) so the choice
is reproducible and not picked for ease. The stories stay in ``../shared/realnews``.

``--round 2`` records the second draw: ``random.Random(20261202).sample(sorted ids not in
draw.txt, 10)``, written to ``draw2.txt``; ``draw.txt`` is left as it is.

``--round 3`` records the third draw: ``random.Random(20261203).sample(sorted ids in neither
draw.txt nor draw2.txt, 10)``, written to ``draw3.txt``; the earlier files are left as they are.

``--round 4`` records the fourth draw: ``random.Random(20261204).sample(sorted ids in none of
draw.txt, draw2.txt, draw3.txt, 10)``, written to ``draw4.txt``; the earlier files are left as
they are.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_REALNEWS = HERE.parent.parent.parent / "shared" / "realnews"
SEED = 20261201
COUNT = 42
SEED2 = 20261202
COUNT2 = 10
SEED3 = 20261203
COUNT3 = 10
SEED4 = 20261204
COUNT4 = 10


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--count", type=int, default=None)
    parser.add_argument("--realnews", type=Path, default=DEFAULT_REALNEWS)
    parser.add_argument(
        "--round",
        type=int,
        choices=(1, 2, 3, 4),
        default=1,
        help="2: draw among the stories not in draw.txt (seed 20261202, 10) into draw2.txt;"
        " 3: among those in neither draw.txt nor draw2.txt (seed 20261203, 10) into draw3.txt;"
        " 4: among those in none of draw.txt, draw2.txt, draw3.txt (seed 20261204, 10)"
        " into draw4.txt",
    )
    args = parser.parse_args()
    args.realnews = corpus(args.realnews)
    if args.round == 2:
        seed = SEED2 if args.seed is None else args.seed
        count = COUNT2 if args.count is None else args.count
        ids = story_ids(args.realnews)
        first = read_draw(HERE / "draw.txt")
        chosen = draw_excluding(ids, first, seed, count)
        header = (
            f"# seed={seed} count={count} of {len(ids) - len(set(first))} stories"
            f" (the {len(ids)} less the {len(set(first))} of draw.txt)\n"
            f"# rule: random.Random({seed}).sample(sorted(ids not in draw.txt), {count})\n"
        )
        (HERE / "draw2.txt").write_text(header + "\n".join(chosen) + "\n", encoding="utf-8")
        print(f"wrote {HERE / 'draw2.txt'}: {len(chosen)} stories")
        return
    if args.round == 3:
        seed = SEED3 if args.seed is None else args.seed
        count = COUNT3 if args.count is None else args.count
        ids = story_ids(args.realnews)
        earlier = set(read_draw(HERE / "draw.txt")) | set(read_draw(HERE / "draw2.txt"))
        chosen = draw_excluding(ids, sorted(earlier), seed, count)
        header = (
            f"# seed={seed} count={count} of {len(ids) - len(earlier)} stories"
            f" (the {len(ids)} less the {len(earlier)} of draw.txt and draw2.txt)\n"
            f"# rule: random.Random({seed}).sample(sorted(ids in neither draw.txt nor"
            f" draw2.txt), {count})\n"
        )
        (HERE / "draw3.txt").write_text(header + "\n".join(chosen) + "\n", encoding="utf-8")
        print(f"wrote {HERE / 'draw3.txt'}: {len(chosen)} stories")
        return
    if args.round == 4:
        seed = SEED4 if args.seed is None else args.seed
        count = COUNT4 if args.count is None else args.count
        ids = story_ids(args.realnews)
        earlier = (
            set(read_draw(HERE / "draw.txt"))
            | set(read_draw(HERE / "draw2.txt"))
            | set(read_draw(HERE / "draw3.txt"))
        )
        chosen = draw_excluding(ids, sorted(earlier), seed, count)
        header = (
            f"# seed={seed} count={count} of {len(ids) - len(earlier)} stories"
            f" (the {len(ids)} less the {len(earlier)} of draw.txt, draw2.txt and draw3.txt)\n"
            f"# rule: random.Random({seed}).sample(sorted(ids in none of draw.txt, draw2.txt,"
            f" draw3.txt), {count})\n"
        )
        (HERE / "draw4.txt").write_text(header + "\n".join(chosen) + "\n", encoding="utf-8")
        print(f"wrote {HERE / 'draw4.txt'}: {len(chosen)} stories")
        return
    args.seed = SEED if args.seed is None else args.seed
    args.count = COUNT if args.count is None else args.count
    chosen = draw(story_ids(args.realnews), args.seed, args.count)
    header = f"# seed={args.seed} count={args.count} of {len(story_ids(args.realnews))} stories\n"
    (HERE / "draw.txt").write_text(header + "\n".join(chosen) + "\n", encoding="utf-8")
    print(f"wrote {HERE / 'draw.txt'}: {len(chosen)} stories")


if __name__ == "__main__":
    main()
