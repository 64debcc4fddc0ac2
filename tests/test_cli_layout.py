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


MAX_LINES = 650  # "about 600": room for a docstring, not for a second concern


def test_no_module_is_too_big_to_read():
    """A file that needs a table of contents is two files (STYLE.md)."""
    sizes = {
        _module_name(path): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    assert {name: lines for name, lines in sizes.items() if lines > MAX_LINES} == {}


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
    upper = ("crosscheck.rules", "crosscheck.check", "crosscheck.draft", "crosscheck.compare")
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


_RULE_ENTRIES = frozenset(
    {"compare_pair", "compare_pairs", "judge_pair", "story_rows", "certainty_rows",
     "statement_rows", "variants_from"}
)  # fmt: skip


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
