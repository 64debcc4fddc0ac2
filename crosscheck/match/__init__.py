"""Matching stage: claims of every family -> the pairs that speak of the same thing.

``engine`` is the one blocking + rapidfuzz matcher (scorers named per claim family in
``lexicon/common/matching.toml`` [scorers], cut-offs in each family's threshold key, a
union-find for groups); ``figures`` matches figures and dates on their frames through it
(``claim_blocks`` -> ``pairs_in_block``). Names (``crosscheck.names``) and certainty
(``crosscheck.certainty``) score their strings through the same engine. The names below
are re-exported so that ``from crosscheck.match import ...`` keeps working.
"""

from __future__ import annotations

from crosscheck.match.engine import UnionFind, blocks, scorer, similar, similar_pairs
from crosscheck.match.figures import (
    CUMULATIVE,
    CURRENT,
    ONE_SIDED_INCIDENT,
    MatchRules,
    Signature,
    block_key,
    claim_blocks,
    claim_groups,
    comparable,
    frame_unknowns,
    match_claims,
    match_rules,
    near_days,
    pairs_in_block,
    scope_of,
    sort_pairs,
    times_comparable,
    todays_toll,
    whats_compatible,
)

__all__ = [
    "CUMULATIVE",
    "CURRENT",
    "ONE_SIDED_INCIDENT",
    "MatchRules",
    "Signature",
    "UnionFind",
    "block_key",
    "blocks",
    "claim_blocks",
    "claim_groups",
    "comparable",
    "frame_unknowns",
    "match_claims",
    "match_rules",
    "near_days",
    "pairs_in_block",
    "scope_of",
    "scorer",
    "similar",
    "similar_pairs",
    "sort_pairs",
    "times_comparable",
    "todays_toll",
    "whats_compatible",
]
