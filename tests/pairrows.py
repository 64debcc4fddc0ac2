"""The rows of a two-source check, for tests that run two invented articles through ``check``.

Each row is written "<kind> <claim a> / <claim b>", so a test can assert on what was paired
and with which words, and that a tempting pair is not there.
"""

from __future__ import annotations

from datetime import date

from crosscheck import Source, check


def pair_rows(a: str, b: str, day: date) -> list[str]:
    """The discrepancies ``check`` finds between article ``a`` and article ``b``, both
    published on ``day``."""
    report = check(
        [
            Source(id="a", text=a, published=day),
            Source(id="b", text=b, published=day),
        ]
    )
    return [f"{d.kind.value} {d.a.text} / {d.b.text}" for d in report.discrepancies]
