"""Rule cases, end to end: tests/cases/rules/<kind>.toml -> what `crosscheck.check` flags on
two sources (one file per discrepancy kind, named after it: time.precision -> time_precision)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from casefiles import Case, select, stage_files

from crosscheck import Source, check
from crosscheck.model import DiscrepancyKind

PUBLISHED = date(2025, 3, 10)  # both sources' publication date unless a case gives published_b


def _kind(file: str) -> DiscrepancyKind:
    """The discrepancy kind a rules file is named after."""
    return DiscrepancyKind(file.replace("_", ".", 1))


def _text(sentences: str | list[str]) -> str:
    return sentences if isinstance(sentences, str) else " ".join(sentences)


@pytest.mark.cases("rules")
def test_rule_case(case: Case, request: pytest.FixtureRequest) -> None:
    if "xfail" in case:
        request.applymarker(pytest.mark.xfail(strict=True, reason=case["xfail"]))
    sources = [
        Source(id="a", text=_text(case["a"]), published=PUBLISHED),
        Source(id="b", text=_text(case["b"]), published=case.get("published_b", PUBLISHED)),
    ]
    found = check(sources).discrepancies
    shown = [(d.kind.value, d.value_a, d.value_b) for d in found]
    assert sorted({d.kind.value for d in found}) == sorted(case["expect"]), shown
    kind = _kind(case.file)
    if "rows" in case:
        rows = {frozenset((d.value_a, d.value_b)) for d in found if d.kind is kind}
        assert rows == {frozenset(row) for row in case["rows"]}, shown
    if "words" in case:  # the date words each row quotes, side a then side b
        words = {(d.a.text, d.b.text) for d in found if d.kind is kind}
        assert words == {tuple(row) for row in case["words"]}, shown
    if "severity" in case:
        severities = {d.severity.value for d in found if d.kind is kind}
        assert severities == {case["severity"]}, shown


@pytest.mark.parametrize("path", stage_files("rules"), ids=lambda path: path.stem)
def test_rules_file_is_named_after_a_kind_and_has_both_outcomes(path) -> None:
    kind = _kind(path.stem)  # raises ValueError for a file named after no kind
    cases = select("rules", files=(path.stem,))
    assert any(kind.value in case["expect"] for case in cases), f"no case must flag {kind}"
    assert any(kind.value not in case["expect"] for case in cases), f"no case must not flag {kind}"


@pytest.mark.parametrize("kind", ["name.variant", "certainty", "numeric.divergence"])
def test_every_kind_takes_its_severity_from_the_data(kind, monkeypatch):
    """A severity changed in lexicon/common/compare.toml reaches every producer of its kind."""
    from crosscheck import check, load_story
    from crosscheck import severity as severity_module
    from crosscheck.lexicon import load_lexicon
    from crosscheck.model import SEVERITY_RANK
    from crosscheck.rules.base import compare_rules

    def patched(name, lang="en"):
        data = load_lexicon(name, lang)
        if name == "compare":
            data = {**data, "severity": {**data["severity"], kind: "high"}}
        return data

    story = load_story(Path(__file__).resolve().parents[1] / "sources" / "belarus")
    before = {d.id: d.severity for d in check(story.sources).discrepancies if d.kind == kind}
    assert before and "high" not in before.values()
    monkeypatch.setattr(severity_module, "load_lexicon", patched)
    severity_module.default_severities.cache_clear()
    compare_rules.cache_clear()
    try:
        after = {d.id: d.severity for d in check(story.sources).discrepancies if d.kind == kind}
    finally:
        monkeypatch.undo()
        severity_module.default_severities.cache_clear()
        compare_rules.cache_clear()
    # each row one level up or more (a rule may still lower it for a loose frame)
    assert after.keys() == before.keys()
    assert all(SEVERITY_RANK[after[i]] < SEVERITY_RANK[before[i]] for i in before)
