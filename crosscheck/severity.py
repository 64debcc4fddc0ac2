"""Severity per kind: ``lexicon/common/compare.toml`` [severity] -> one Severity per kind.

Every producer of discrepancies (the rules registry, name variants, certainty of
assertions) takes its default severity from here, so the data file is the one place to
change it. Kept apart from ``rules`` so that extraction packages can use it without
importing the rules (which import the claim stages).
"""

from __future__ import annotations

from functools import cache

from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import DiscrepancyKind, Severity


@cache
def default_severities() -> dict[DiscrepancyKind, Severity]:
    """The default severity of every kind, from the compare lexicon."""
    table = require(load_lexicon("compare"), "severity", dict, "compare")
    return {DiscrepancyKind(kind): Severity(level) for kind, level in table.items()}


def default_severity(kind: DiscrepancyKind) -> Severity:
    """The default severity of one kind (a kind missing from the data is an error there)."""
    return default_severities()[kind]
