"""Comparison stage (kept for imports): ClaimPair -> Discrepancy, now in ``crosscheck.rules``.

The rules live one module per kind under ``crosscheck/rules/``; this module re-exports
the names other modules and scripts have imported from here.
"""

from __future__ import annotations

from crosscheck.rules import (
    Finding,
    by_source,
    compare_pair,
    compare_pairs,
    compare_rules,
    mention_of,
    sort_discrepancies,
)
from crosscheck.rules.explain import describe_value, explain, value_text
from crosscheck.rules.numeric import numeric_rule, rounds_to
from crosscheck.rules.time import time_rule

__all__ = [
    "Finding",
    "by_source",
    "compare_pair",
    "compare_pairs",
    "compare_rules",
    "describe_value",
    "explain",
    "mention_of",
    "numeric_rule",
    "rounds_to",
    "sort_discrepancies",
    "time_rule",
    "value_text",
]
