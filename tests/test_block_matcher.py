"""The shared block matcher (``match.block_matcher``): its contract, and every claim family's
pairs coming from it (issue 10, "one matcher")."""

from __future__ import annotations

import ast
import random
from dataclasses import dataclass
from pathlib import Path

from crosscheck.match.block_matcher import block_pairs, cross_source_blocks, cross_source_pairs

PACKAGE = Path(__file__).resolve().parents[1] / "crosscheck"


@dataclass(frozen=True, slots=True)
class _Item:
    source: str
    key: str
    text: str


_ITEMS = (
    _Item("a", "x", "one"),
    _Item("b", "x", "one"),
    _Item("a", "x", "two"),
    _Item("c", "y", "one"),
    _Item("c", "y", "three"),
    _Item("b", "z", "one"),
    _Item("c", "z", "one"),
    _Item("a", "z", "four"),
)


def _same_text(a: _Item, b: _Item) -> tuple[_Item, _Item] | None:
    """A pair gate: two items of one text, in (source, text) order."""
    return (min(a, b, key=_place), max(a, b, key=_place)) if a.text == b.text else None


def _place(item: _Item) -> tuple[str, str]:
    return (item.source, item.text)


def _pairs(items: list[_Item]) -> list[tuple[_Item, _Item]]:
    return block_pairs(
        items,
        key=lambda item: item.key,
        source=lambda item: item.source,
        gate=_same_text,
        order=lambda pair: (_place(pair[0]), _place(pair[1])),
    )


def test_only_items_of_one_block_from_two_sources_are_paired():
    pairs = _pairs(list(_ITEMS))
    assert [(a.source, b.source, a.key) for a, b in pairs] == [("a", "b", "x"), ("b", "c", "z")]


def test_a_block_of_one_source_is_dropped_and_blocks_come_in_key_order():
    found = cross_source_blocks(reversed(_ITEMS), lambda item: item.key, lambda item: item.source)
    assert [block[0].key for block in found] == ["x", "z"]  # "y": source c alone
    assert [item.text for item in found[0]] == ["two", "one", "one"]  # first-seen order


def test_each_pair_is_offered_once_and_never_within_one_source():
    offered: list[tuple[str, str]] = []

    def gate(a: _Item, b: _Item) -> str:
        offered.append((a.text, b.text))
        return f"{a.text}/{b.text}"

    items = [_Item("a", "x", "p"), _Item("a", "x", "q"), _Item("b", "x", "r")]
    candidates = [(2, 0), (0, 2), (0, 0), (0, 1), (1, 2), (2, 1)]
    found = cross_source_pairs(
        items, gate, sources=lambda item: (item.source,), candidates=candidates
    )
    assert found == ["p/r", "q/r"]  # lower index first; (0, 1) is one source's
    assert offered == [("p", "r"), ("q", "r")]


def test_groups_of_several_sources_are_apart_unless_one_source_holds_both():
    groups = [("a",), ("a",), ("a", "b")]
    found = cross_source_pairs(groups, lambda a, b: (a, b), sources=lambda group: group)
    assert found == [(("a",), ("a", "b")), (("a",), ("a", "b"))]


def test_the_order_does_not_depend_on_the_order_of_the_items():
    expected = _pairs(list(_ITEMS))
    shuffled = list(_ITEMS)
    for seed in range(20):
        random.Random(seed).shuffle(shuffled)
        assert _pairs(shuffled) == expected


def _calls(module: str) -> set[str]:
    """The names a module imports from the shared matchers and calls."""
    path = PACKAGE.parent.joinpath(*module.split(".")).with_suffix(".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module in _SHARED
        for alias in node.names
    }
    called = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    return imported & called


_SHARED = ("crosscheck.match.block_matcher", "crosscheck.match.families")

# Claim family -> the modules that pair it and the shared matcher's entries each calls. The
# block matcher pairs across sources; the names, paired within one source too and grouped by
# a union-find, share its blocking and scoring through ``families.matched_pairs``.
FAMILIES: dict[str, dict[str, set[str]]] = {
    "figures and dates": {
        "crosscheck.match.figure_blocks": {"cross_source_blocks"},
        "crosscheck.match.figures": {"cross_source_pairs"},
    },
    "statements": {
        "crosscheck.match.statement_pairs": {"cross_source_blocks", "match_groups"},
        "crosscheck.match.concept_pairs": {"block_pairs"},
    },
    "names": {
        "crosscheck.match.names.entities": {"matched_pairs"},
        "crosscheck.match.names.people": {"matched_pairs"},
    },
}

# Pairing that does not go through the block matcher, each with why (shrink, never grow).
NOT_BLOCKED = {
    "crosscheck.match.statement_search": "a hedged statement is looked up in the other sources' "
    "text (the sentences around its head word's hits), not among their claims",
}


def test_every_claim_family_pairs_through_the_shared_matcher():
    for family, modules in FAMILIES.items():
        for module, entries in modules.items():
            assert entries <= _calls(module), (family, module)
    assert _calls("crosscheck.match.statement_search") == set()
    assert set(NOT_BLOCKED) == {"crosscheck.match.statement_search"}


def test_only_the_shared_matchers_block_items():
    """``engine.blocks`` is called by the block matcher and ``families`` alone: no family
    writes its own blocking."""
    blocking = ("crosscheck.match.engine", "crosscheck.match")
    callers = {
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom)
        and node.module in blocking
        and any(alias.name == "blocks" for alias in node.names)
    }
    assert callers == {"match/__init__.py", "match/block_matcher.py", "match/families.py"}
