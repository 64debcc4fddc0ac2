"""Draw the real-news stories that get hand-written gold: a seeded random sample, recorded.

    python -m benchmarks.realnews.draw [--seed S] [--count N] [--realnews DIR]

Writes ``benchmarks/realnews/draw.txt`` (one story id a line, in draw order) so the choice
is reproducible and not picked for ease. The stories stay in ``../shared/realnews``.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_REALNEWS = HERE.parent.parent.parent / "shared" / "realnews"
SEED = 20261201
COUNT = 42


def story_ids(realnews: Path) -> list[str]:
    """Every story id of the corpus, sorted (the draw must not depend on listing order)."""
    return sorted(p.name for p in (realnews / "stories").iterdir() if p.is_dir())


def draw(ids: list[str], seed: int = SEED, count: int = COUNT) -> list[str]:
    """A seeded random sample of ``count`` ids, in draw order."""
    return random.Random(seed).sample(ids, count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--count", type=int, default=COUNT)
    parser.add_argument("--realnews", type=Path, default=DEFAULT_REALNEWS)
    args = parser.parse_args()
    chosen = draw(story_ids(args.realnews), args.seed, args.count)
    header = f"# seed={args.seed} count={args.count} of {len(story_ids(args.realnews))} stories\n"
    (HERE / "draw.txt").write_text(header + "\n".join(chosen) + "\n", encoding="utf-8")
    print(f"wrote {HERE / 'draw.txt'}: {len(chosen)} stories")


if __name__ == "__main__":
    main()
