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
    ones; the same defaults and default factories) and the same record, about twice as
    fast. A class decorator, put above ``@dataclass``.

    Raises:
        TypeError: ``cls`` is no slotted dataclass, or it has what this ``__init__`` does
            not do: a field left out of ``__init__``, an ``InitVar`` or a ``__post_init__``.
    """
    if not is_dataclass(cls) or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} is no slotted dataclass")
    if hasattr(cls, "__post_init__") or len(fields(cls)) != len(cls.__dataclass_fields__):
        raise TypeError(f"{cls.__name__} has a __post_init__ or an InitVar")
    scope: dict[str, Any] = {"_FACTORY": _FACTORY}
    positional: list[str] = []
    keywords: list[str] = []
    body: list[str] = []
    for index, field in enumerate(fields(cls)):
        if not field.init:
            raise TypeError(f"{cls.__name__}.{field.name} is not set by __init__")
        name = field.name
        scope[f"_set_{index}"] = getattr(cls, name).__set__
        parameter = name
        if field.default is not MISSING:
            scope[f"_default_{index}"] = field.default
            parameter = f"{name}=_default_{index}"
        elif field.default_factory is not MISSING:
            scope[f"_factory_{index}"] = field.default_factory
            parameter = f"{name}=_FACTORY"
            body.append(f"    if {name} is _FACTORY:\n        {name} = _factory_{index}()")
        (keywords if field.kw_only else positional).append(parameter)
        body.append(f"    _set_{index}(self, {name})")
    parameters = ", ".join(["self", *positional, *(["*", *keywords] if keywords else [])])
    source = f"def __init__({parameters}):\n" + ("\n".join(body) or "    pass") + "\n"
    exec(source, scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
