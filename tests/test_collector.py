"""The collector is paced only while a check runs, and put back as the caller had it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from crosscheck import check
from crosscheck.collector import YOUNG_THRESHOLD, paced_collector
from crosscheck.model import Source


@pytest.fixture
def own_thresholds() -> Iterator[tuple[int, int, int]]:
    saved = gc.get_threshold()
    gc.set_threshold(701, 11, 12)
    yield (701, 11, 12)
    gc.set_threshold(*saved)


def test_block_raises_the_young_threshold_and_restores_it(
    own_thresholds: tuple[int, int, int],
) -> None:
    with paced_collector():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 11, 12)
    assert gc.get_threshold() == own_thresholds


def test_nested_blocks_restore_only_at_the_outermost(own_thresholds: tuple[int, int, int]) -> None:
    with paced_collector():
        with paced_collector():
            pass
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
    assert gc.get_threshold() == own_thresholds


def test_a_higher_threshold_of_the_caller_is_kept() -> None:
    saved = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD * 3, 10, 10)
    try:
        with paced_collector():
            assert gc.get_threshold()[0] == YOUNG_THRESHOLD * 3
    finally:
        gc.set_threshold(*saved)


def test_an_error_inside_the_block_still_restores(own_thresholds: tuple[int, int, int]) -> None:
    with pytest.raises(RuntimeError), paced_collector():
        raise RuntimeError("boom")
    assert gc.get_threshold() == own_thresholds


def test_threads_share_one_count(own_thresholds: tuple[int, int, int]) -> None:
    inside = threading.Event()
    leave = threading.Event()

    def hold() -> None:
        with paced_collector():
            inside.set()
            leave.wait(5)

    worker = threading.Thread(target=hold)
    worker.start()
    inside.wait(5)
    with paced_collector():
        pass
    assert gc.get_threshold()[0] == YOUNG_THRESHOLD  # the other thread's block is still open
    leave.set()
    worker.join(5)
    assert gc.get_threshold() == own_thresholds


def test_check_paces_while_it_runs_and_then_restores(
    own_thresholds: tuple[int, int, int],
) -> None:
    text = "Officials said 12 people were hurt on Monday."
    sources = [Source(id=f"s{i}", text=text) for i in range(2)]
    seen: list[tuple[int, int, int]] = []
    check(sources, on_source_done=lambda: seen.append(gc.get_threshold()))
    assert seen == [(YOUNG_THRESHOLD, 11, 12)] * 2
    assert gc.get_threshold() == own_thresholds


def test_block_end_moves_young_objects_to_the_oldest_generation() -> None:
    with paced_collector():
        kept = [[n] for n in range(5_000)]
    assert gc.get_count()[0] < 100  # not the 5,000 made in the block
    assert gc.get_freeze_count() == 0
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert id(kept) in oldest
    assert id(kept[-1]) in oldest


def test_objects_the_caller_froze_stay_frozen() -> None:
    frozen_before = [[1]]
    gc.freeze()
    try:
        with paced_collector():
            made = [[n] for n in range(1_000)]
        assert gc.get_freeze_count() > 0
        tracked = {id(o) for o in gc.get_objects()}  # frozen objects are in no generation
        assert id(frozen_before) not in tracked
        assert id(made) in tracked
    finally:
        gc.unfreeze()
