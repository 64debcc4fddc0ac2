"""The hand judgments of benchmarks/realnews/judged.toml are well formed (no pipeline run).

Each entry has exactly the keys of ``sample.JUDGED_KEYS``, a verdict "true" or "false", a
one-line non-empty reason, a known kind and severity, and (story, id) is unique. When the
shared real-news corpus is present, each entry's story and sources exist and each claim's
words occur in the named source. The seeded draw does not depend on the order of its input.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from benchmarks.realnews.sample import (
    JUDGED_KEYS,
    JUDGED_PATH,
    VERDICTS,
    Row,
    draw,
    load_judged,
    unique_rows,
)
from benchmarks.realnews.score import find_realnews
from crosscheck.model import DiscrepancyKind, Severity

REALNEWS = find_realnews()
JUDGED = load_judged(JUDGED_PATH)
SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return SPACE.sub(" ", text).strip().casefold()


def test_there_are_judgments():
    assert len(JUDGED) >= 100, f"{JUDGED_PATH.name} holds {len(JUDGED)} judgments"


def test_an_entry_with_a_missing_or_unknown_key_is_refused(tmp_path):
    good = JUDGED_PATH.read_text(encoding="utf-8").split("[[row]]")[1]
    for bad in (good.replace("reason =", "why ="), good + 'note = "x"\n'):
        path = tmp_path / "judged.toml"
        path.write_text("[[row]]" + bad, encoding="utf-8")
        with pytest.raises(ValueError, match="keys"):
            load_judged(path)
    path.write_text("[[row]]" + good, encoding="utf-8")
    assert [j.key for j in load_judged(path)] == [JUDGED[0].key]
    assert set(JUDGED_KEYS) == {"story", "id", "kind", "severity", "claim_a", "claim_b",
                                "sources", "verdict", "reason"}  # fmt: skip


@pytest.mark.parametrize("j", JUDGED, ids=lambda j: f"{j.story}-{j.id}")
def test_judgment_is_well_formed(j):
    assert j.verdict in VERDICTS
    assert j.reason.strip() and "\n" not in j.reason
    assert j.kind in {k.value for k in DiscrepancyKind}
    assert j.severity in {s.value for s in Severity}
    assert j.story and j.id and j.claim_a and j.claim_b
    assert len(j.sources) == 2 and all(j.sources)


def test_story_and_id_are_unique():
    twice = [key for key, n in Counter(j.key for j in JUDGED).items() if n > 1]
    assert not twice, f"judged more than once: {twice}"


@pytest.mark.skipif(REALNEWS is None, reason="../shared/realnews is not present")
@pytest.mark.parametrize("j", JUDGED, ids=lambda j: f"{j.story}-{j.id}")
def test_claims_occur_in_their_sources(j):
    assert REALNEWS is not None
    folder = REALNEWS / "stories" / j.story
    texts = []
    for source in j.sources:
        path = folder / f"{source}.txt"
        assert path.is_file(), f"no source file {path}"
        texts.append(_norm(path.read_text(encoding="utf-8", errors="replace")))
    assert _norm(j.claim_a) in texts[0], f"{j.claim_a!r} not in {j.sources[0]}"
    assert _norm(j.claim_b) in texts[1], f"{j.claim_b!r} not in {j.sources[1]}"


def _row(story: str, ident: str, source_a: str = "a") -> Row:
    return Row(
        story=story, id=ident, kind="name.variant", severity="low", source_a=source_a,
        claim_a="x", quote_a="x", source_b="b", claim_b="y", quote_b="y", explanation="",
    )  # fmt: skip


def test_draw_does_not_depend_on_input_order():
    keys = [(f"s{n % 7}", f"id-{n}") for n in range(60)]
    shuffled = keys[:]
    random.Random(1).shuffle(shuffled)
    assert draw(keys, seed=5, count=10) == draw(shuffled, seed=5, count=10)
    assert draw(keys, seed=5, count=10) != draw(keys, seed=6, count=10)
    assert len(draw(keys, seed=5, count=100)) == 60


def test_a_kept_row_stays_in_the_sample_unless_new_rows_rank_before_it():
    keys = [(f"s{n % 7}", f"id-{n}") for n in range(200)]
    before = draw(keys, seed=5, count=20)
    after = draw([*keys[:150], *[(f"t{n}", "new") for n in range(10)]], seed=5, count=20)
    kept = [k for k in before if k in keys[:150]]
    new = [k for k in after if k[0].startswith("t")]
    assert len(set(kept) & set(after)) >= len(kept) - len(new)


def test_one_row_per_story_and_id():
    rows = [_row("s", "n-1", "z"), _row("s", "n-1", "a"), _row("t", "n-1")]
    unique = unique_rows(rows)
    assert sorted(unique) == [("s", "n-1"), ("t", "n-1")]
    assert unique[("s", "n-1")].source_a == "a"
