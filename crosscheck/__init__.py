"""crosscheck: find where news sources about one story disagree.

The public API (see DESIGN.md)::

    import crosscheck
    story = crosscheck.load_story("sources/belarus")
    report = crosscheck.check(story.sources)
    for d in report.discrepancies:
        print(d.kind, d.explanation)

The names are imported when first used (PEP 562), so ``import crosscheck`` does not load
the pipeline: the ``crosscheck`` command imports this package before it can answer Ctrl-C
with one line, and ``--help`` needs none of it.
"""

from __future__ import annotations

import sys
from importlib import import_module
from importlib.util import find_spec
from types import ModuleType

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (33 ms of start-up)
if TYPE_CHECKING:
    from crosscheck.check import check
    from crosscheck.claims.extract import extract_claims
    from crosscheck.model import (
        Claim,
        Discrepancy,
        DiscrepancyKind,
        Granularity,
        Quantity,
        Report,
        Severity,
        Source,
        Story,
        TimeRef,
        Unit,
    )
    from crosscheck.sources import load_story

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "Discrepancy",
    "DiscrepancyKind",
    "Granularity",
    "Quantity",
    "Report",
    "Severity",
    "Source",
    "Story",
    "TimeRef",
    "Unit",
    "__version__",
    "check",
    "extract_claims",
    "load_story",
]

_HOMES = {
    "Claim": "crosscheck.model",
    "Discrepancy": "crosscheck.model",
    "DiscrepancyKind": "crosscheck.model",
    "Granularity": "crosscheck.model",
    "Quantity": "crosscheck.model",
    "Report": "crosscheck.model",
    "Severity": "crosscheck.model",
    "Source": "crosscheck.model",
    "Story": "crosscheck.model",
    "TimeRef": "crosscheck.model",
    "Unit": "crosscheck.model",
    "check": "crosscheck.check",
    "extract_claims": "crosscheck.claims.extract",
    "load_story": "crosscheck.sources",
}


def __getattr__(name: str) -> object:
    """A public name, imported from its module on first use and kept; any other name that
    is a submodule (DESIGN.md's ``crosscheck.quantities.find_quantities(text)`` after a bare
    ``import crosscheck``) is imported as ``import crosscheck.quantities`` would."""
    home = _HOMES.get(name)
    if home is not None:
        value = getattr(import_module(home), name)
        globals()[name] = value
        return value
    if not name.startswith("_") and find_spec(f"{__name__}.{name}") is not None:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(ModuleType):
    """This package, keeping the function ``check`` where its module ``check`` would land.

    Importing the submodule ``crosscheck.check`` binds it as this package's attribute
    ``check``; the public function of that name must stay what ``crosscheck.check`` is.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, ModuleType) and name in _HOMES:
            return  # the submodule stays reachable as sys.modules["crosscheck.check"]
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
