"""One registry of rules: every kind is reported by a registered rule, and every registered
kind has its case file and its severity in data. Adding a kind is a ``DiscrepancyKind``
member with its ``[severity]``, one rule module, one registry line and one case file (README,
"Contributing"); these tests fail while one of them is missing."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import tomllib
from pathlib import Path

import pytest
from casefiles import load_stage

from crosscheck import rules
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.model import Claim, Discrepancy, DiscrepancyKind
from crosscheck.rules import PAIR_RULES, REGISTRY, STORY_RULES, registered_kinds
from crosscheck.rules.base import (
    ASSERTION_PAIRS,
    FIGURES,
    NAME_PAIRS,
    PAIRS,
    STATEMENT_PAIRS,
    Finding,
    Rule,
    StoryRecords,
    StoryRule,
)

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "crosscheck" / "rules"
COMPARE = ROOT / "crosscheck" / "lexicon" / "common" / "compare.toml"


def test_every_kind_is_reported_by_a_registered_rule() -> None:
    assert set(DiscrepancyKind) - registered_kinds() == set()


@pytest.mark.parametrize("kind", sorted(registered_kinds()), ids=lambda k: k.value)
def test_every_registered_kind_has_a_case_file(kind: DiscrepancyKind) -> None:
    stem = kind.value.replace(".", "_")
    named = {case.file for case in load_stage("rules") if kind.value in case.get("expect", ())}
    assert stem in named, f"no case in tests/cases/rules/{stem}.toml names {kind.value}"


@pytest.mark.parametrize("kind", sorted(registered_kinds()), ids=lambda k: k.value)
def test_every_registered_kind_takes_its_severity_from_data(kind: DiscrepancyKind) -> None:
    table = tomllib.loads(COMPARE.read_text(encoding="utf-8"))["severity"]
    assert kind.value in table, f"no [severity] entry for {kind.value} in {COMPARE.name}"


def _hard_coded_severities(path: Path) -> list[str]:
    """``Severity.HIGH`` and the like outside a severity ladder (``_ORDER = (...)``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    ladders: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "_ORDER" for t in node.targets
        ):
            ladders.update(id(n) for n in ast.walk(node.value))
    return [
        f"{path.name}:{node.lineno} Severity.{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "Severity"
        and id(node) not in ladders
    ]


def test_no_rule_hard_codes_a_severity() -> None:
    found = [hit for path in sorted(RULES.glob("*.py")) for hit in _hard_coded_severities(path)]
    assert found == []


def test_the_hard_coded_severity_check_can_fail(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("_ORDER = (Severity.HIGH,)\nx = Severity.LOW\n", encoding="utf-8")
    assert _hard_coded_severities(bad) == ["bad.py:2 Severity.LOW"]


def test_registry_shapes_and_order() -> None:
    names = [rule.name for rule in REGISTRY]
    assert len(names) == len(set(names)), names
    assert all(isinstance(r, Rule) and r.reads == (PAIRS,) for r in PAIR_RULES)
    assert all(isinstance(r, StoryRule) and PAIRS not in r.reads for r in STORY_RULES)
    assert len(PAIR_RULES) + len(STORY_RULES) == len(REGISTRY)
    # a story rule that reads the figure rows runs after every pair rule
    last_pair = max(REGISTRY.index(r) for r in PAIR_RULES)
    assert all(REGISTRY.index(r) > last_pair for r in STORY_RULES if FIGURES in r.reads)


def test_every_story_rule_reads_fields_of_the_story_records() -> None:
    """A story rule's ``reads`` names the ``StoryRecords`` fields it reads (the pairs the
    matching stage made, the figure rows), and every pair field is read by some rule."""
    fields = {f.name for f in dataclasses.fields(StoryRecords)}
    assert {r.name: sorted(set(r.reads) - fields) for r in STORY_RULES} == {
        r.name: [] for r in STORY_RULES
    }
    read = {field for r in STORY_RULES for field in r.reads}
    assert {NAME_PAIRS, ASSERTION_PAIRS, STATEMENT_PAIRS} <= read
    assert {"names", "statements", "sentences"} & fields == set()  # no raw claims any more


def test_a_story_rule_reads_only_the_fields_it_declares() -> None:
    """On the Belarus story, each story rule finds the same rows when every field it does
    not declare is emptied: it reads only what ``reads`` says."""
    from crosscheck import load_story
    from crosscheck.check import prepare_and_extract, story_records

    story = load_story(ROOT / "sources" / "belarus")
    extracted = [prepare_and_extract(s) for s in story.sources]
    full = story_records(story.sources, extracted, lang=DEFAULT_LANGUAGE)
    optional = {f.name for f in dataclasses.fields(StoryRecords)} - {"sources", "lang"}
    found = 0
    for rule in STORY_RULES:
        emptied = {
            name: None if name == "superseded" else () for name in optional - set(rule.reads)
        }
        rows = rule.find(full)
        assert rule.find(dataclasses.replace(full, **emptied)) == rows, rule.name
        found += len(rows)
    assert found > 0  # not vacuous: the story has name and certainty rows


def test_every_registered_rule_is_a_rule_modules_attribute() -> None:
    """Each rule lives in its own module under crosscheck/rules/ (RULE, or ROWS beside it)."""
    modules = [
        importlib.import_module(f"{rules.__name__}.{path.stem}")
        for path in sorted(RULES.glob("*.py"))
        if path.stem != "__init__"
    ]
    owned = {
        id(value)
        for module in modules
        for name, value in vars(module).items()
        if name in ("RULE", "ROWS") and isinstance(value, Rule | StoryRule)
    }
    assert [rule.name for rule in REGISTRY if id(rule) not in owned] == []


def test_each_rule_reports_only_the_kinds_it_declares(monkeypatch: pytest.MonkeyPatch) -> None:
    """On the Belarus story, every finding and row is of a kind its rule declares."""
    from dataclasses import replace

    from crosscheck import check, load_story

    seen: list[tuple[str, DiscrepancyKind]] = []

    def watched_pair(rule: Rule) -> Rule:
        def find(a: Claim, b: Claim, lang: str) -> Finding | None:
            found = rule.find(a, b, lang)
            if found is not None:
                seen.append((rule.name, found.kind))
            return found

        return replace(rule, find=find)

    def watched_story(rule: StoryRule) -> StoryRule:
        def find(story: StoryRecords) -> list[Discrepancy]:
            rows = rule.find(story)
            seen.extend((rule.name, row.kind) for row in rows)
            return rows

        return replace(rule, find=find)

    monkeypatch.setattr(rules, "PAIR_RULES", tuple(watched_pair(r) for r in PAIR_RULES))
    monkeypatch.setattr(rules, "STORY_RULES", tuple(watched_story(r) for r in STORY_RULES))
    story = load_story(ROOT / "sources" / "belarus")
    check(story.sources)
    declared = {rule.name: set(rule.kinds) for rule in REGISTRY}
    assert {name for name, _ in seen} >= {"numeric", "name.variant", "certainty.rows"}
    assert [(name, kind) for name, kind in seen if kind not in declared[name]] == []
