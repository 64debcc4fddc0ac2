"""Frozen slotted records made fast: a record class -> its fields set through its slots.

A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__`` (its own
``__setattr__`` refuses), a guarded call that costs about twice what setting a slot does.
The records made by the ten thousand (sentences, claims, frames, quantities, atoms) are
about 5% of a check's time that way. The slots' own descriptors are not guarded by the
class's ``__setattr__``: ``fast_init`` gives a record class an ``__init__`` that sets each
field through them, and ``slot_setters`` gives them to a maker that builds a record without
any ``__init__``. The records are the same: same fields, values, equality, hash and repr.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable
from dataclasses import MISSING, fields, is_dataclass
from typing import Any, Final, TypeVar

R = TypeVar("R", bound=type)

_FACTORY: Final = object()
"""The default of a field with a ``default_factory``: the factory is called when it is passed."""


def slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    """The setters of a slotted dataclass's fields, in field order (its slots' own
    descriptors, which a frozen class's ``__setattr__`` does not guard).

    For the few records made by the hundred thousand: ``object.__new__(cls)`` and a setter
    per field build the very record ``cls(...)`` builds, without the frozen ``__init__``'s
    guarded ``object.__setattr__`` per field. The maker must set every field.
    """
    return tuple(getattr(cls, slot.name).__set__ for slot in fields(cls))


def fast_init(cls: R) -> R:
    """Give a frozen slotted dataclass an ``__init__`` that sets each field through its
    slot's descriptor: the same parameters (positional fields first, then keyword-only
    ones; the same defaults and default factories) and the same record, in 50-60% of the
    time. A class decorator, put above ``@dataclass``.

    Raises:
        TypeError: ``cls`` is no slotted dataclass, or it has what this ``__init__`` does
            not do: a field left out of ``__init__``, an ``InitVar``, a ``__post_init__``
            or a field named ``self``.
    """
    if not is_dataclass(cls) or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} is no slotted dataclass")
    if hasattr(cls, "__post_init__") or len(fields(cls)) != len(cls.__dataclass_fields__):
        raise TypeError(f"{cls.__name__} has a __post_init__ or an InitVar")
    scope: dict[str, Any] = {"_FACTORY": _FACTORY}
    positional: list[ast.arg] = []
    positional_defaults: list[ast.expr] = []
    keywords: list[ast.arg] = []
    keyword_defaults: list[ast.expr | None] = []
    body: list[ast.stmt] = []
    for index, field in enumerate(fields(cls)):
        if not field.init:
            raise TypeError(f"{cls.__name__}.{field.name} is not set by __init__")
        name = field.name
        if name == "self":
            raise TypeError(f"{cls.__name__} has a field named self")
        scope[f"_set_{index}"] = getattr(cls, name).__set__
        default: ast.expr | None = None
        if field.default is not MISSING:
            scope[f"_default_{index}"] = field.default
            default = _load(f"_default_{index}")
        elif field.default_factory is not MISSING:
            scope[f"_factory_{index}"] = field.default_factory
            default = _load("_FACTORY")
            body.append(_if_factory(name, f"_factory_{index}"))
        if field.kw_only:
            keywords.append(ast.arg(name))
            keyword_defaults.append(default)
        else:
            positional.append(ast.arg(name))
            positional_defaults.extend([] if default is None else [default])
        body.append(ast.Expr(_call(f"_set_{index}", _load("self"), _load(name))))
    arguments = ast.arguments(
        posonlyargs=[],
        args=[ast.arg("self"), *positional],
        kwonlyargs=keywords,
        kw_defaults=keyword_defaults,
        defaults=positional_defaults,
    )
    _define("__init__", arguments, body or [ast.Pass()], scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


def _load(name: str) -> ast.Name:
    return ast.Name(name, ast.Load())


def _call(function: str, *args: ast.expr) -> ast.Call:
    return ast.Call(_load(function), list(args), [])


def _if_factory(name: str, factory: str) -> ast.If:
    """``if name is _FACTORY: name = factory()``."""
    test = ast.Compare(_load(name), [ast.Is()], [_load("_FACTORY")])
    return ast.If(test, [ast.Assign([ast.Name(name, ast.Store())], _call(factory))], [])


def _define(
    name: str, arguments: ast.arguments, body: list[ast.stmt], scope: dict[str, Any]
) -> None:
    """Compile ``def name(arguments): body`` into ``scope`` (a function built as a syntax
    tree: its parameters are the record's own field names)."""
    extra: dict[str, Any] = {"type_params": []} if sys.version_info >= (3, 12) else {}
    function = ast.FunctionDef(name, arguments, body, [], None, **extra)
    module = ast.fix_missing_locations(ast.Module([function], []))
    exec(compile(module, "<slotted>", "exec"), scope)
