"""What the two "no English in the code" tests share: the literals no reader ever sees."""

from __future__ import annotations

import ast


def docstring_ids(tree: ast.Module) -> set[int]:
    """The ids of the docstring nodes of a module and of each of its classes and functions."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            for statement in node.body:
                if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
                    found.add(id(statement.value))
    return found
