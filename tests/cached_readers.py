"""The language guard of a stage's cached lexicon readers, shared by the language tests.

``functools.cache`` hides a reader's signature from mypy, so a call that leaves the language
out (``frame_words()``, say one a merged branch adds) fails only when it runs. These helpers
parse the code instead: every cached function of ``crosscheck/<package>/*.py`` (or of the one
module ``crosscheck/<package>.py``, as ``aligned_figures``; a sub-package is named with dots,
as ``match.statements``) and every call of one anywhere in the project's code, tests and
benchmarks.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("crosscheck", "tests", "benchmarks")

Reader = tuple[str, str]  # (module of the package, function name)


def _is_cache(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return isinstance(target, ast.Name) and target.id in ("cache", "lru_cache")


def _module(package: str) -> Path | None:
    """The file of a top-level module ``crosscheck/<package>.py``; None for a package."""
    path = ROOT / "crosscheck" / f"{package}.py"
    return path if path.is_file() else None


def _folder(package: str) -> Path:
    """The folder of a package (``match.statements``: ``crosscheck/match/statements``)."""
    return ROOT / "crosscheck" / Path(*package.split("."))


def _files(package: str) -> list[Path]:
    module = _module(package)
    return [module] if module else sorted(_folder(package).glob("*.py"))


def _cached_functions(package: str) -> Iterator[tuple[Path, ast.FunctionDef]]:
    for path in _files(package):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and any(map(_is_cache, node.decorator_list)):
                yield path, node


def cached_readers(package: str) -> dict[Reader, int]:
    """(module, name) of every cached function of ``crosscheck/<package>/*.py`` (or of the
    module ``crosscheck/<package>.py``) -> its arity."""
    return {
        (path.stem, node.name): len(node.args.args) for path, node in _cached_functions(package)
    }


def cached_parameters(package: str) -> dict[Reader, tuple[str, ...]]:
    """(module, name) of every cached function of the package (or module) -> the names of
    its parameters, in order."""
    return {
        (path.stem, node.name): tuple(a.arg for a in node.args.args)
        for path, node in _cached_functions(package)
    }


def _imported(tree: ast.AST, package: str) -> tuple[dict[str, Reader], dict[str, str]]:
    """The names a module imports from the package's modules, and the modules it imports
    from the package itself ("from crosscheck.claims import dates")."""
    names: dict[str, Reader] = {}
    modules: dict[str, str] = {}
    top = f"crosscheck.{package}"
    single = _module(package) is not None
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or not node.module:
            continue
        parts = node.module.split(".")
        for alias in node.names:
            local = alias.asname or alias.name
            if node.module == top and single:
                names[local] = (package, alias.name)  # "from crosscheck.alignment import x"
            elif node.module == top:
                modules[local] = alias.name
            elif node.module == "crosscheck" and single and alias.name == package:
                modules[local] = package  # "from crosscheck import aligned_figures"
            elif node.module.startswith(top + ".") and len(parts) == top.count(".") + 2:
                names[local] = (parts[-1], alias.name)
    return names, modules


def reader_calls(path: Path, package: str) -> Iterator[tuple[Reader, int, int]]:
    """(reader, arguments given, line) of each call in ``path`` of a package function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names, modules = _imported(tree, package)
    module = _module(package)
    if module is not None:
        own = package if path == module else None
    else:
        own = path.stem if path.parent == _folder(package) else None
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        key: Reader | None = None
        if isinstance(func, ast.Name):
            key = names.get(func.id) or ((own, func.id) if own else None)
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            module = modules.get(func.value.id)
            key = (module, func.attr) if module else None
        if key is not None:
            yield key, len(node.args) + len(node.keywords), node.lineno


def language_faults(readers: dict[Reader, int], package: str) -> list[str]:
    """Each reader that takes no language, and each call that gives a reader another number
    of arguments than it takes, as one line naming it."""
    faults = [f"{m}.{name} takes no language" for (m, name), n in sorted(readers.items()) if not n]
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for key, given, line in reader_calls(path, package):
                if key in readers and given != readers[key]:
                    where = path.relative_to(ROOT)
                    faults.append(f"{where}:{line}: {key[1]}() given {given} of {readers[key]}")
    return faults
