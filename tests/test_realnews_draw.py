"""The real-news draws are reproducible, and each later draw excludes the earlier ones
(no pipeline run)."""

from __future__ import annotations

import pytest

from benchmarks.realnews.draw import (
    COUNT,
    COUNT2,
    COUNT3,
    COUNT4,
    COUNT5,
    HERE,
    ROUNDS,
    SEED,
    SEED2,
    SEED3,
    SEED4,
    SEED5,
    draw,
    draw_excluding,
    read_draw,
    story_ids,
)
from benchmarks.realnews.score import find_realnews

REALNEWS = find_realnews()
needs_corpus = pytest.mark.skipif(REALNEWS is None, reason="../shared/realnews is not present")


def test_second_draw_excludes_the_first_on_made_up_ids():
    ids = [f"{n:04d}" for n in range(60)]
    first = draw(ids, SEED, 42)
    second = draw_excluding(ids, first)
    assert len(second) == COUNT2 and len(set(second)) == COUNT2
    assert not set(second) & set(first)
    assert second == draw_excluding(list(reversed(ids)), list(reversed(first)))
    more = ids + [f"{n:04d}" for n in range(60, 80)]
    third = draw_excluding(more, first + second, SEED3, COUNT3)
    assert len(third) == COUNT3 and not set(third) & (set(first) | set(second))


@needs_corpus
def test_draw_files_are_the_recorded_draws():
    assert REALNEWS is not None
    ids = story_ids(REALNEWS)
    first = read_draw(HERE / "draw.txt")
    assert first == draw(ids, SEED, COUNT)
    earlier = set(first)
    for round_no in sorted(ROUNDS)[1:]:
        seed, count = ROUNDS[round_no]
        drawn = read_draw(HERE / f"draw{round_no}.txt")
        assert drawn == draw_excluding(ids, sorted(earlier), seed, count), f"draw{round_no}.txt"
        assert not set(drawn) & earlier, f"draw{round_no}.txt repeats an earlier story"
        earlier |= set(drawn)


def test_rounds_keep_the_seeds_of_the_recorded_draws():
    assert ROUNDS[1] == (SEED, COUNT)
    assert [ROUNDS[n] for n in (2, 3, 4, 5)] == [
        (SEED2, COUNT2),
        (SEED3, COUNT3),
        (SEED4, COUNT4),
        (SEED5, COUNT5),
    ]
    assert sorted(ROUNDS) == list(range(1, len(ROUNDS) + 1))
