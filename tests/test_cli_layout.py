"""The CLI is its own package: imports point down the pipeline, never up, never in a circle."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "crosscheck"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Every crosscheck module and the crosscheck modules it imports (at any depth in it)."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
        graph[_module_name(path)] = {m for m in found if m.startswith("crosscheck")}
    modules = set(graph)
    return {name: {m for m in deps if m in modules} - {name} for name, deps in graph.items()}


def test_the_library_never_imports_the_cli():
    for module, deps in _imports().items():
        if module.startswith("crosscheck.cli") or module == "crosscheck.__main__":
            continue
        assert not any(d.startswith("crosscheck.cli") for d in deps), module


def test_the_old_cli_modules_are_gone():
    assert not (PACKAGE / "cli.py").exists() and not (PACKAGE / "commands.py").exists()
    assert (PACKAGE / "cli" / "__init__.py").exists()


def test_review_reads_cells_without_the_table_writers():
    deps = _imports()["crosscheck.review"]
    assert "crosscheck.report.cells" in deps
    assert "crosscheck.report.tables" not in deps


def test_cli_modules_import_no_circle():
    graph = {
        m: {d for d in deps if d.startswith("crosscheck.cli")}
        for m, deps in _imports().items()
        if m.startswith("crosscheck.cli.")
    }
    # The package's __init__ only re-exports main; nothing below it imports the package itself.
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, " -> ".join((*path, module))
        if module in done:
            return
        for dep in graph.get(module, ()):
            visit(dep, (*path, module))
        done.add(module)

    for module in graph:
        visit(module, ())


def test_the_console_script_entry_point_still_works():
    from crosscheck.cli import main

    assert main(["--version"]) == 0


def _module_level_imports() -> dict[str, set[str]]:
    """Every module and the crosscheck modules it imports when it is loaded."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        found: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
        graph[_module_name(path)] = found
    modules = set(graph)
    return {
        name: {m for dep in deps & modules for m in _loaded_with(dep, name)} & modules
        for name, deps in graph.items()
    }


def _loaded_with(dep: str, importer: str) -> set[str]:
    """``dep`` and the packages Python runs first to load it (``a.b`` for ``a.b.c``): a
    package's ``__init__`` that imports back into the importer is a circle too. The root
    package and the importer's own packages are left out (they are already loading)."""
    parts = dep.split(".")
    parents = {".".join(parts[:i]) for i in range(2, len(parts))}
    own = {".".join(importer.split(".")[:i]) for i in range(1, importer.count(".") + 2)}
    return ({dep} | parents) - own


def test_no_module_level_import_circle_in_the_package():
    graph = _module_level_imports()
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, " -> ".join((*path, module))
        if module in done:
            return
        for dep in sorted(graph[module]):
            visit(dep, (*path, module))
        done.add(module)

    for module in sorted(graph):
        visit(module, ())


def _runtime_imports() -> dict[str, set[str]]:
    """Every module and the crosscheck modules it imports when it runs: at module level and
    inside functions (a deferred import), less those under ``if TYPE_CHECKING:`` (types
    only, never run)."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        found: set[str] = set()
        pending: list[ast.AST] = [ast.parse(path.read_text(encoding="utf-8"))]
        while pending:
            for node in ast.iter_child_nodes(pending.pop()):
                if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING"):
                    pending.extend(node.orelse)
                    continue
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    found.add(node.module)
                    found.update(f"{node.module}.{a.name}" for a in node.names)
                elif isinstance(node, ast.Import):
                    found.update(a.name for a in node.names)
                pending.append(node)
        graph[_module_name(path)] = found
    modules = set(graph)
    return {name: (deps & modules) - {name} for name, deps in graph.items()}


# Packages whose modules still import one another in a circle through an import deferred
# into a function, each with why (shrink this list, never grow it).
DEFERRED_CIRCLES: dict[str, str] = {}


def _circle_from(graph: dict[str, set[str]], start: str) -> list[str]:
    """A circle of imports through ``start`` (its modules in order), or [] for none."""
    paths: list[tuple[str, ...]] = [(start,)]
    seen = {start}
    while paths:
        path = paths.pop(0)
        for dep in sorted(graph[path[-1]]):
            if dep == start:
                return [*path, start]
            if dep not in seen:
                seen.add(dep)
                paths.append((*path, dep))
    return []


def test_no_import_circle_even_through_a_deferred_import():
    """An import moved into a function to dodge a circle is still a circle: two modules
    that each need the other are one concern, or a third module is missing."""
    graph = _runtime_imports()
    circles = {
        module: " -> ".join(circle)
        for module in sorted(graph)
        if not module.startswith(tuple(DEFERRED_CIRCLES))
        and (circle := _circle_from(graph, module))
    }
    assert circles == {}


def test_the_deferred_circles_listed_are_still_there():
    """A package of DEFERRED_CIRCLES whose circle is gone leaves the list."""
    graph = _runtime_imports()
    for package in DEFERRED_CIRCLES:
        members = [m for m in graph if m.startswith(package + ".")]
        assert any(_circle_from(graph, m) for m in members), package


def test_no_import_circle_even_for_types_only():
    """No module of the package imports a circle even through an import for types only
    (under ``if TYPE_CHECKING:``): a record or a rules table two modules both name lives
    in a module below both (``match.names.slip_rules``, ``certainty.records``)."""
    graph = _imports()
    circles = {
        module: " -> ".join(circle)
        for module in sorted(graph)
        if (circle := _circle_from(graph, module))
    }
    assert circles == {}
    assert _circle_from({"a": {"b"}, "b": {"a"}}, "a")  # the reader finds a two-module circle


def test_a_deferred_import_circle_is_found():
    """The reader above sees an import inside a function and skips a TYPE_CHECKING one."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _circle_from(graph, "a") == ["a", "b", "c", "a"]
    assert _circle_from(graph, "d") == []
    runtime = _runtime_imports()
    assert "crosscheck.draft" in runtime["crosscheck.report.terminal"]  # inside a function
    assert "crosscheck.model" not in runtime["crosscheck.ingest"]  # under TYPE_CHECKING


MAX_LINES = 600  # "about 600" (issue 10): room for a docstring, not for a second concern
# Modules still over it, each with why (shrink this list); none may grow past the old limit.
TOO_BIG: dict[str, str] = {}
OLD_LIMIT = 650


def test_no_module_is_too_big_to_read():
    """A file that needs a table of contents is two files (STYLE.md)."""
    sizes = {
        _module_name(path): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    assert {n: lines for n, lines in sizes.items() if lines > MAX_LINES and n not in TOO_BIG} == {}
    assert {n: sizes.get(n) for n in TOO_BIG if sizes.get(n, 0) > OLD_LIMIT} == {}


# The pipeline, top to bottom (README "Layout"): a module imports only from its own layer and
# the layers above it. A prefix names a module or a package (longest prefix wins).
LAYERS: tuple[tuple[str, ...], ...] = (
    # records, errors, ids, data and the message catalogue (``messages``, when there); the
    # matching engine and its claim families (``match.families``, when there) read only data
    # and records, so every stage may match through them
    (
        "errors",
        "language",
        "model",
        "slotted",
        "ids",
        "lexicon",
        "messages",
        "match.engine",
        "match.families",
    ),
    ("sources", "storyfile", "articles", "decoding", "readfile", "ingest"),  # folder -> Source
    ("text",),  # raw text -> cleaned text -> sentences -> tokens -> lemmas
    ("quantities", "timex", "names", "certainty"),  # extraction
    ("claims",),  # -> Claim
    ("match",),  # -> ClaimPair
    ("rules", "severity"),  # -> Discrepancy
    # pairs that ask the rules first, the orchestrator and the library's entry points
    (
        "aligned_figures",
        "alignment",
        "check",
        "collector",
        "execution",
        "draft",
        "expectations",
        "config",
    ),
    ("",),  # the package's own __init__ (the public API)
    ("report", "review", "cli", "__main__"),  # reports, the review reader, the command line
)


def _layer(module: str) -> int | None:
    """The layer of a module: the one whose prefix matches it longest."""
    name = module.removeprefix("crosscheck").removeprefix(".")
    matches = [
        (len(prefix), index)
        for index, prefixes in enumerate(LAYERS)
        for prefix in prefixes
        if name == prefix or (prefix and name.startswith(prefix + "."))
    ]
    return max(matches)[1] if matches else None


def test_every_module_has_a_place_in_the_pipeline():
    """A new module or package is placed in LAYERS (and in the README's layout) on purpose."""
    assert sorted(m for m in _imports() if _layer(m) is None) == []


def test_imports_point_down_the_pipeline_only():
    """One flow: no module imports from a later stage (claims never from match, match never
    from rules, no stage from the orchestrator or the reports)."""
    upward = {
        module: sorted(d for d in deps if (_layer(d) or 0) > (_layer(module) or 0))
        for module, deps in _imports().items()
    }
    assert {m: d for m, d in upward.items() if d} == {}


def test_the_new_stage_packages_re_export_nothing():
    """``text``, ``claims``, ``names`` and ``certainty`` have a docstring-only ``__init__``: a
    name is imported from the module that defines it, so importing a helper never loads a
    whole stage (and no package hides an import circle, as ``match/__init__`` did in the
    ninth session)."""
    for package in ("text", "claims", "names", "certainty"):
        tree = ast.parse((PACKAGE / package / "__init__.py").read_text(encoding="utf-8"))
        body = [n for n in tree.body if not isinstance(n, ast.Expr)]
        assert body == [], package


# Public names two modules define, and why they may: shrink this list, never grow it. A pair
# stays only where the two are one idea at two layers; any other clash is renamed.
SHARED_NAMES: dict[str, str] = {}
# Module file names two packages share: each package's own finder, lexicon or records.
SHARED_STEMS = {
    "find",
    "patterns",
    "scan",
    "lexicon",
    "records",
    "claims",  # a family's claim records (names/, certainty/); cli.claims is the command
    "draft",  # cli.draft is the command, draft the library call it runs
    "html",  # ingest.html reads HTML, report.html writes it
    "language",  # ingest.language detects it, language tags it
}


def test_no_two_modules_define_one_public_name():
    """Two public functions or classes of one name (two ``dates_statement``, two ``Sentence``)
    make a reader check which one an import means; name each for what it does."""
    defined: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            is_def = isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            if is_def and not node.name.startswith("_"):
                defined.setdefault(node.name, []).append(_module_name(path))
    clashes = {name: where for name, where in defined.items() if len(where) > 1}
    assert {n: w for n, w in clashes.items() if n not in SHARED_NAMES} == {}


def test_no_two_modules_share_a_file_name_unless_parallel():
    """Two ``engine.py`` (where work runs; the matcher) read as one thing; a finder's
    ``find.py`` in each finder package is one convention, listed in SHARED_STEMS."""
    stems: dict[str, list[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        if path.stem != "__init__":
            stems.setdefault(path.stem, []).append(_module_name(path))
    shared = {stem: sorted(m) for stem, m in stems.items() if len(m) > 1}
    assert {s: m for s, m in shared.items() if s not in SHARED_STEMS} == {}


def test_pipeline_stages_never_reach_up_into_reporting():
    """Stages never import report/ or cli/; the review reader shares only report.cells."""
    upper = ("crosscheck.cli", "crosscheck.report", "crosscheck.review", "crosscheck.__main__")
    graph = _imports()
    offenders = {
        module: sorted(d for d in deps if d.startswith("crosscheck.report"))
        for module, deps in graph.items()
        if not module.startswith(upper)
    }
    assert {m: d for m, d in offenders.items() if d} == {}
    review = {d for d in graph["crosscheck.review"] if d.startswith("crosscheck.report")}
    assert review <= {"crosscheck.report.cells"}


def test_the_matching_engine_sits_at_the_bottom():
    """match.engine reads only data, so every claim family can match through it."""
    deps = _imports()["crosscheck.match.engine"]
    assert deps <= {"crosscheck.lexicon", "crosscheck.errors"}, sorted(deps)


def test_matching_never_reaches_up_into_rules_or_the_orchestrator():
    upper = ("crosscheck.rules", "crosscheck.check", "crosscheck.draft")
    offenders = {
        module: sorted(d for d in deps if d.startswith(upper))
        for module, deps in _imports().items()
        if module.startswith("crosscheck.match")
    }
    assert {m: d for m, d in offenders.items() if d} == {}
    assert "crosscheck.match.figures" in offenders and "crosscheck.match.engine" in offenders


def test_match_families_read_only_the_engine_and_the_records():
    """match.families (every family's blocking key and scorer, one entry) may be used by
    any stage: it imports only the engine (and the records, for typing)."""
    deps = _imports()["crosscheck.match.families"]
    assert deps <= {"crosscheck.match.engine", "crosscheck.model"}, sorted(deps)


def test_extraction_packages_use_only_the_engine_of_the_matching_stage():
    """Names and certainty score strings through match.engine and group them through
    match.families, never the figure matcher, and never import the rules that read what
    they find."""
    lanes = ("crosscheck.names", "crosscheck.certainty")
    allowed = {"crosscheck.match.engine", "crosscheck.match.families"}
    offenders = {
        module: sorted(
            d
            for d in deps
            if (d.startswith("crosscheck.match") and d not in allowed)
            or d.startswith(("crosscheck.rules", "crosscheck.check"))
        )
        for module, deps in _imports().items()
        if module.startswith(lanes)
    }
    assert {m: d for m, d in offenders.items() if d} == {}


def _rapidfuzz_scorers(path: Path) -> set[str]:
    """The rapidfuzz scoring modules (fuzz, process) a file imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("rapidfuzz"):
            names = {f"{node.module}.{a.name}" for a in node.names} | {node.module}
            found |= names & {"rapidfuzz.fuzz", "rapidfuzz.process"}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names} & {"rapidfuzz.fuzz", "rapidfuzz.process"}
    return found


def test_only_the_matching_engine_scores_with_rapidfuzz():
    """Every family's fuzzy matching goes through match.engine (its scorer named in data);
    rapidfuzz's edit distances (``rapidfuzz.distance``) may still describe a difference."""
    users = {_module_name(path) for path in PACKAGE.rglob("*.py") if _rapidfuzz_scorers(path)}
    assert users == {"crosscheck.match.engine"}


_RULE_ENTRIES = frozenset({"compare_pair", "compare_pairs", "judge_pair", "story_rows"})


def _called_names(path: Path) -> set[str]:
    """The names a module calls (``f(...)`` and ``module.f(...)``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name):
                found.add(func.id)
            elif isinstance(func, ast.Attribute):
                found.add(func.attr)
    return found


def test_only_the_orchestrator_calls_the_rules():
    """check.py is the one orchestrator: outside rules/, no module of the package calls a
    rule entry (draft reads its verdicts from the orchestrator's Focus)."""
    callers = {
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "rules" not in path.relative_to(PACKAGE).parts and _called_names(path) & _RULE_ENTRIES
    }
    assert callers == {"check.py"}


# The matching stage of the name and statement families (issue 10: extraction -> matching ->
# rules that only judge): module -> the entries it defines.
PAIRING = {
    "crosscheck.match.name_pairs": {"pair_names", "variant_pairs"},
    "crosscheck.match.statement_pairs": {"pair_assertions", "pair_statements", "assertion_pairs"},
    "crosscheck.match.statement_search": {"match_statements"},
    "crosscheck.match.concept_pairs": {"concept_pairs"},
}
_PAIRING_ENTRIES = frozenset(name for names in PAIRING.values() for name in names)


def _defined(path: Path) -> set[str]:
    """The functions and classes a module defines at its top level."""
    return {
        node.name
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, ast.FunctionDef | ast.ClassDef)
    }


def _module_path(module: str) -> Path:
    return PACKAGE.parent.joinpath(*module.split(".")).with_suffix(".py")


def test_the_name_and_statement_pairing_lives_in_match():
    """Names and statements are paired in the matching stage, one module per concern, and
    neither the names nor the certainty package pairs across sources any more."""
    for module, entries in PAIRING.items():
        assert entries <= _defined(_module_path(module)), module
    lanes = [p for d in ("names", "certainty") for p in (PACKAGE / d).glob("*.py")]
    assert {str(p.relative_to(PACKAGE)): _defined(p) & _PAIRING_ENTRIES for p in lanes} == {
        str(p.relative_to(PACKAGE)): set() for p in lanes
    }
    assert not (PACKAGE / "names" / "variants.py").exists()
    assert not (PACKAGE / "certainty" / "pairs.py").exists()
    assert not (PACKAGE / "certainty" / "matching.py").exists()


def _runtime_closure(graph: dict[str, set[str]], start: str) -> set[str]:
    """Every module ``start`` loads when it runs (its runtime imports, transitively)."""
    seen: set[str] = set()
    pending = [start]
    while pending:
        for dep in graph.get(pending.pop(), ()):
            if dep not in seen:
                seen.add(dep)
                pending.append(dep)
    return seen


def test_the_rules_only_judge_they_never_pair():
    """No rule module loads the pairing of names or statements (or the grouping of name
    mentions into entities) when it runs, calls a pairing entry, or imports rapidfuzz: the
    story rules read the pairs ``check.story_records`` made (a record type may be named
    for typing only)."""
    graph = _runtime_imports()
    rules = sorted(m for m in graph if m.startswith("crosscheck.rules"))
    pairing = {*PAIRING, "crosscheck.match.names.entities"}
    loaded = {m: sorted(_runtime_closure(graph, m) & pairing) for m in rules}
    assert {m: found for m, found in loaded.items() if found} == {}
    assert pairing <= _runtime_closure(graph, "crosscheck.check")  # the reader finds them
    paths = {m: _module_path(m) if _module_path(m).exists() else None for m in rules}
    for module, path in paths.items():
        path = path or PACKAGE / "rules" / "__init__.py"
        assert not _called_names(path) & _PAIRING_ENTRIES, module
        text = path.read_text(encoding="utf-8")
        assert "rapidfuzz" not in text, module


def test_only_the_orchestrator_runs_the_name_and_statement_pairing():
    """check.story_records is the one caller of the pairing entries outside match/."""
    callers = {
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "match" not in path.relative_to(PACKAGE).parts
        and _called_names(path) & {"pair_names", "pair_assertions", "pair_statements"}
    }
    assert callers == {"check.py"}


# What the name pairing puts together and what the statement search reads with (arch41):
# matching, so it lives in match/ beside the entries that call it, not in the extraction
# packages, which only find.
PAIRING_PIECES = {
    "match/names": [
        "call_signs",
        "cut_names",
        "difference",
        "entities",
        "entity_pairs",
        "given_slips",
        "lone_slips",
        "lone_vowels",
        "long_forms",
        "misspelling",
        "name_keys",
        "namesakes",
        "notices",
        "occurrences",
        "people",
        "reordered",
        "slip_joins",
        "slip_rules",
        "spelled",
        "spelling_pairs",
        "told_kind",
        "word_forms",
    ],
    "match/statements": ["candidates", "needles", "outright", "story_text"],
}


def _package_of(module: str) -> str:
    """The stage a module belongs to: ``match`` for ``crosscheck.match.names.entities``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 2 else ""


def _used_only_by_matching(graph: dict[str, set[str]], lanes: tuple[str, ...]) -> set[str]:
    """The modules of ``lanes`` that only match/ modules use, directly or through other
    such modules (a fixpoint over the import graph; a module nobody imports is not one)."""
    importers: dict[str, set[str]] = {}
    for module, deps in graph.items():
        for dep in deps:
            importers.setdefault(dep, set()).add(module)
    found = {m for m in graph if _package_of(m) in lanes and m.count(".") > 1}
    while True:
        kept = {
            m
            for m in found
            if importers.get(m)
            and all(_package_of(i) == "match" or i in found for i in importers[m])
        }
        if kept == found:
            return found
        found = kept


def test_the_extraction_packages_keep_no_module_only_the_matching_uses():
    """names/ and certainty/ only find: every module left in them serves extraction, the
    claims, the rules or the orchestrator, not only the pairing in match/."""
    assert _used_only_by_matching(_imports(), ("names", "certainty")) == set()
    graph = {"crosscheck.names.a": set(), "crosscheck.match.b": {"crosscheck.names.a"}}
    assert _used_only_by_matching(graph, ("names",)) == {"crosscheck.names.a"}  # finds one


def test_the_pairing_pieces_live_in_match():
    for folder, stems in PAIRING_PIECES.items():
        assert (PACKAGE / folder / "__init__.py").exists(), folder
        for stem in stems:
            assert (PACKAGE / folder / f"{stem}.py").exists(), (folder, stem)
            for lane in ("names", "certainty"):
                assert not (PACKAGE / lane / f"{stem}.py").exists(), (lane, stem)
        tree = ast.parse((PACKAGE / folder / "__init__.py").read_text(encoding="utf-8"))
        assert [n for n in tree.body if not isinstance(n, ast.Expr)] == [], folder


def _private_imports_across_packages() -> dict[str, list[str]]:
    """Module -> the private names (one leading underscore) it imports from another stage."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.ImportFrom) and node.module and node.level == 0):
                continue
            source = node.module
            if (PACKAGE.parent / Path(*source.split("."))).is_dir():
                source += ".__init__"
            if _package_of(source) == _package_of(module) or not source.startswith("crosscheck"):
                continue
            private = [a.name for a in node.names if a.name[:1] == "_" and a.name[:2] != "__"]
            if private:
                found.setdefault(module, []).extend(f"{node.module}.{n}" for n in private)
    return found


def test_no_private_name_is_imported_across_packages():
    """A helper two stages share is public (documented, no underscore): a private name is
    its module's own business, so renaming it never breaks another stage."""
    assert _private_imports_across_packages() == {}
