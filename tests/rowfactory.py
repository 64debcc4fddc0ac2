"""Test discrepancies built by hand: a ``Discrepancy`` row and the ``Mention`` quotes it joins.

One place fills the fields a test does not speak of (no values, no dates, no explanation), so
that each test names only what it is about: the quotes, the kind, the id, the explanation.
The sibling of ``claimfactory`` (claims built by hand).
"""

from __future__ import annotations

from typing import Any

from crosscheck.model import Discrepancy, DiscrepancyKind, Mention, Severity

_ROW_DEFAULTS: dict[str, Any] = {
    "id": "d1",
    "kind": DiscrepancyKind.NUMERIC_CONFLICT,
    "severity": Severity.HIGH,
    "subject": "",
    "metric": "",
    "value_a": "",
    "value_b": "",
    "published_a": None,
    "published_b": None,
    "explanation": "",
}


def mention(source: str, text: str, *, start: int = 0, sentence: str | None = None) -> Mention:
    """The quote ``text`` of ``source`` at offset ``start``, in ``sentence`` (by default the
    quote itself)."""
    return Mention(
        source=source,
        start=start,
        end=start + len(text),
        text=text,
        sentence=text if sentence is None else sentence,
    )


def row(a: Mention, b: Mention, **fields: Any) -> Discrepancy:
    """A discrepancy between quotes ``a`` and ``b``; any other field from ``fields``, else
    a numeric conflict of high severity with id "d1" and every other field empty."""
    return Discrepancy(a=a, b=b, **{**_ROW_DEFAULTS, **fields})
