"""The real-news draws are reproducible, and the second excludes the first (no pipeline run)."""

from __future__ import annotations

import pytest

from benchmarks.realnews.draw import (
    COUNT,
    COUNT2,
    HERE,
    SEED,
    SEED2,
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


@needs_corpus
def test_draw_files_are_the_recorded_draws():
    assert REALNEWS is not None
    ids = story_ids(REALNEWS)
    first = read_draw(HERE / "draw.txt")
    assert first == draw(ids, SEED, COUNT)
    second = read_draw(HERE / "draw2.txt")
    assert second == draw_excluding(ids, first, SEED2, COUNT2)
    assert not set(second) & set(first)
