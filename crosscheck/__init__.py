"""crosscheck: find where news sources about one story disagree.

The public API (see DESIGN.md)::

    import crosscheck
    story = crosscheck.load_story("sources/belarus")
    report = crosscheck.check(story.sources)
    for d in report.discrepancies:
        print(d.kind, d.explanation)
"""

from __future__ import annotations

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
