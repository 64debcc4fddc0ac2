"""Every gold file of benchmarks/realnews/gold/ is well formed and quotes its stories exactly.

Fast checks only (the pipeline never runs here): each file loads with the expectations
loader, names an existing story of the draw, uses valid kinds and unique ids, names sources
that exist in the story, and every ``claims`` word occurs in the text of a named source.
Skipped when the shared real-news corpus is not present.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rowfactory import mention, row

from benchmarks.realnews.score import (
    GOLD_DIR,
    find_realnews,
    gold_files,
    normalise,
    score_story,
    source_texts,
    story_dir,
)
from crosscheck.expectations import load_expectations
from crosscheck.model import Discrepancy, DiscrepancyKind, Report

REALNEWS = find_realnews()
FILES = gold_files(GOLD_DIR)
DRAW = Path(GOLD_DIR).parent / "draw.txt"
# the later blind draws (10 stories each): draw2.txt, draw3.txt, ...
LATER_DRAWS = sorted(Path(GOLD_DIR).parent.glob("draw[0-9]*.txt"))

needs_corpus = pytest.mark.skipif(REALNEWS is None, reason="../shared/realnews is not present")


def _drawn() -> set[str]:
    lines = [
        line
        for path in (DRAW, *LATER_DRAWS)
        if path.exists()
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


@needs_corpus
def test_there_is_gold():
    assert FILES, f"no gold files in {GOLD_DIR}"


@needs_corpus
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_gold_file_names_a_drawn_story(path):
    assert REALNEWS is not None
    spec = load_expectations(path)
    folder = story_dir(path, REALNEWS)
    assert folder.name == path.stem, f"{path.name} speaks of story {folder.name}"
    assert folder.is_dir(), f"story folder missing: {folder}"
    drawn = ", ".join(p.name for p in (DRAW, *LATER_DRAWS))
    assert path.stem in _drawn(), f"{path.stem} is in none of {drawn}"
    assert any(e.must_flag for e in spec.expectations) or any(
        not e.must_flag for e in spec.expectations
    )


@needs_corpus
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_gold_entries_quote_their_sources(path):
    assert REALNEWS is not None
    spec = load_expectations(path)
    texts = source_texts(story_dir(path, REALNEWS))
    problems = []
    for e in spec.expectations:
        if len(e.claims) != 2:
            problems.append(f"{e.id}: gold has no [[ignored]] entries")
            continue
        if not e.sources:
            problems.append(f"{e.id}: 'sources' is required in gold")
        unknown = [s for s in e.sources if s not in texts]
        if unknown:
            problems.append(f"{e.id}: unknown sources {unknown}")
        named = [texts[s] for s in e.sources if s in texts]
        for words in e.claims:
            if not any(normalise(words) in text for text in named):
                problems.append(f"{e.id}: {words!r} is in none of {list(e.sources)}")
        if e.must_flag and e.kind is None:
            problems.append(f"{e.id}: a gold conflict needs its kind")
        if not e.why:
            problems.append(f"{e.id}: 'why' is empty")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_one_conflict_entry_per_pair_of_values(path):
    """The same pair of values or spellings told by several outlets is one conflict whose
    ``sources`` lists them all (README, "The gold format"): two entries of one kind with the
    same claims would count one finding twice, and the row the tool makes for the pair once
    could match only one of them."""
    seen: dict[tuple[str, frozenset[str]], str] = {}
    problems = []
    for e in load_expectations(path).expectations:
        if not e.must_flag or e.kind is None:
            continue
        key = (e.kind.value, frozenset(normalise(w) for w in e.claims))
        if key in seen:
            problems.append(f"{e.id}: same kind and claims as {seen[key]}; list its sources there")
        seen.setdefault(key, e.id)
    assert not problems, "\n".join(problems)


@needs_corpus
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_each_side_of_a_conflict_can_come_from_a_different_source(path):
    """A cross-source gold pair must be findable as two claims of two different sources."""
    assert REALNEWS is not None
    spec = load_expectations(path)
    texts = source_texts(story_dir(path, REALNEWS))
    problems = []
    for e in spec.expectations:
        if not e.must_flag:
            continue
        first, second = (normalise(w) for w in e.claims)
        pairs = [
            (a, b)
            for a in e.sources
            for b in e.sources
            if a != b and first in texts.get(a, "") and second in texts.get(b, "")
        ]
        if not pairs:
            problems.append(f"{e.id}: no two different sources hold {e.claims}")
    assert not problems, "\n".join(problems)


def _row(kind: DiscrepancyKind, a: tuple[str, str], b: tuple[str, str]) -> Discrepancy:
    return row(mention(*a), mention(*b), id=f"{a[1]}-{b[1]}", kind=kind)


def test_scorer_matches_rows_to_gold_whatever_their_kind(tmp_path):
    gold = tmp_path / "gold" / "story.toml"
    gold.parent.mkdir()
    gold.write_text(
        'story = "../shared/realnews/stories/story"\n'
        '[[conflict]]\nid = "toll"\nkind = "numeric.conflict"\n'
        'claims = ["14 people", "17 people"]\nsources = ["a", "b"]\n'
        '[[conflict]]\nid = "date"\nkind = "time.precision"\n'
        'claims = ["June 2016", "June 9"]\nsources = ["a", "b"]\n'
        '[[consistent]]\nid = "part"\nclaims = ["12 people", "17 people"]\n'
        'sources = ["a", "b"]\n',
        encoding="utf-8",
    )
    rows = (
        _row(DiscrepancyKind.NUMERIC_DIVERGENCE, ("b", "17 people"), ("a", "killed 14 people")),
        _row(DiscrepancyKind.NUMERIC_CONFLICT, ("a", "12 people"), ("b", "17 people")),
        _row(DiscrepancyKind.NUMERIC_CONFLICT, ("a", "14 people"), ("c", "17 people")),
    )
    report = Report(sources=(), claims=(), discrepancies=rows)
    score = score_story(load_expectations(gold), report, "story")
    assert [(e.id, d is not None) for e, d in score.found] == [("toll", True), ("date", False)]
    assert [v.true for v in score.verdicts] == [True, False, False]
    assert [e.id for e, _ in score.flagged_must_nots] == ["part"]
    assert score.must_nots == 1
