"""The matching engine: scorers named in data, distinct strings scored once with a cut-off,
blocks in first-seen order, and a union-find whose groups do not depend on pair order."""

from __future__ import annotations

from itertools import combinations_with_replacement

import pytest
from rapidfuzz import fuzz

from crosscheck.errors import LexiconError
from crosscheck.match import engine
from crosscheck.match.engine import (
    CERTAINTY,
    FIGURES,
    NAMES,
    UnionFind,
    blocks,
    scorer,
    similar,
    similar_pairs,
)


def test_every_family_names_a_known_scorer_in_data() -> None:
    assert set(engine.scorer_names()) >= {FIGURES, NAMES, CERTAINTY}
    assert scorer(FIGURES) is fuzz.token_set_ratio
    assert scorer(NAMES) is fuzz.ratio
    assert scorer(CERTAINTY) is fuzz.token_sort_ratio


def test_an_unknown_scorer_in_data_is_a_lexicon_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "load_lexicon", lambda name: {"scorers": {"names": "levenstein"}})
    with pytest.raises(LexiconError, match="unknown scorer"):
        engine.scorer_names.__wrapped__()


STRINGS = [
    "political prisoner",
    "prisoner",
    "prisoner of war",
    "people killed",
    "person killed",
    "killed people",
    "injured",
]


@pytest.mark.parametrize("cutoff", [0, 60, 85, 100])
def test_similar_pairs_are_every_pair_at_or_above_the_cutoff(cutoff: float) -> None:
    expected = [
        (i, j, fuzz.token_set_ratio(STRINGS[i], STRINGS[j]))
        for i, j in combinations_with_replacement(range(len(STRINGS)), 2)
        if fuzz.token_set_ratio(STRINGS[i], STRINGS[j]) >= cutoff
    ]
    found = similar_pairs(STRINGS, FIGURES, cutoff)
    assert [(i, j) for i, j, _ in found] == [(i, j) for i, j, _ in expected]
    assert [s for _, _, s in found] == pytest.approx([s for _, _, s in expected])


def test_similar_pairs_span_rows_of_the_score_matrix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "_ROWS", 2)
    whole = similar_pairs(STRINGS, NAMES, 50)
    monkeypatch.setattr(engine, "_ROWS", 512)
    assert whole == similar_pairs(STRINGS, NAMES, 50)
    assert whole, "the cut-off should keep some pairs"


def test_similar_is_the_familys_scorer_against_the_cutoff() -> None:
    assert similar("Navalny", "Navalnyi", NAMES, 90)
    assert not similar("Navalny", "Nemtsov", NAMES, 90)
    assert similar("killed people", "people killed", CERTAINTY, 100)


def test_blocks_keep_first_seen_order_within_a_block() -> None:
    found = blocks(["b1", "a1", "b2", "a2", "c1"], lambda s: s[0])
    assert found == {"b": ["b1", "b2"], "a": ["a1", "a2"], "c": ["c1"]}


@pytest.mark.parametrize("pairs", [[(0, 1), (3, 4), (1, 3)], [(1, 3), (4, 3), (1, 0)]])
def test_union_find_groups_do_not_depend_on_pair_order(pairs: list[tuple[int, int]]) -> None:
    groups = UnionFind(6)
    for a, b in pairs:
        groups.join(a, b)
    assert groups.groups() == [[0, 1, 3, 4], [2], [5]]
    assert groups.find(4) == 0
    assert groups.roots() == [0, 0, 2, 0, 0, 5]
