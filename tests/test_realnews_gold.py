"""Every gold file of benchmarks/realnews/gold/ is well formed and quotes its stories exactly.

Fast checks only (the pipeline never runs here): each file loads with the expectations
loader, names an existing story of the draw, uses valid kinds and unique ids, names sources
that exist in the story, and every ``claims`` word occurs in the text of a named source.
Skipped when the shared real-news corpus is not present.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.realnews.score import (
    GOLD_DIR,
    find_realnews,
    gold_files,
    normalise,
    source_texts,
    story_dir,
)
from crosscheck.expectations import load_expectations

REALNEWS = find_realnews()
FILES = gold_files(GOLD_DIR)
DRAW = Path(GOLD_DIR).parent / "draw.txt"

pytestmark = pytest.mark.skipif(REALNEWS is None, reason="../shared/realnews is not present")


def _drawn() -> set[str]:
    lines = DRAW.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def test_there_is_gold():
    assert FILES, f"no gold files in {GOLD_DIR}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_gold_file_names_a_drawn_story(path):
    assert REALNEWS is not None
    spec = load_expectations(path)
    folder = story_dir(path, REALNEWS)
    assert folder.name == path.stem, f"{path.name} speaks of story {folder.name}"
    assert folder.is_dir(), f"story folder missing: {folder}"
    assert path.stem in _drawn(), f"{path.stem} is not in {DRAW.name}"
    assert any(e.must_flag for e in spec.expectations) or any(
        not e.must_flag for e in spec.expectations
    )


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
