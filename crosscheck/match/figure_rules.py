"""The figure matcher's settings: ``lexicon/matching.toml`` -> ``MatchRules`` (read once).

Thresholds and groups the blocking (``figure_blocks``), the guards (``figure_gates``) and
the pairing (``figures``) of figures read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from crosscheck.claims.scope_groups import scope_groups
from crosscheck.lexicon import load_lexicon, require


@dataclass(frozen=True, slots=True)
class MatchRules:
    """The matching lexicon, parsed once."""

    subject_threshold: float
    most_cited: int
    kind_group: dict[str, str]
    scope_group: dict[str, str]
    vague_whats: frozenset[str]
    measure_qualifiers: frozenset[str]
    weak_frame_ratio: float
    today_days: int
    today_events: frozenset[str]
    today_modifiers: frozenset[str]


@cache
def match_rules(lang: str) -> MatchRules:
    """Thresholds and groups from ``lexicon/matching.toml``."""
    data = load_lexicon("matching", lang)
    kinds = require(data, "kind_groups", dict, "matching", lang=lang)
    return MatchRules(
        subject_threshold=float(require(data, "subject_threshold", int, "matching", lang=lang)),
        most_cited=int(require(data, "compare_with_most_cited", int, "matching", lang=lang)),
        kind_group={str(k): group for group, ks in kinds.items() for k in ks},
        scope_group=scope_groups(lang).group_of(),
        vague_whats=frozenset(
            str(w) for w in require(data, "vague_whats", list, "matching", lang=lang)
        ),
        measure_qualifiers=frozenset(
            str(w) for w in require(data, "measure_qualifiers", list, "matching", lang=lang)
        ),
        weak_frame_ratio=float(require(data, "weak_frame_ratio", int, "matching", lang=lang)),
        today_days=int(require(data, "today_toll_days", int, "matching", lang=lang)),
        today_events=frozenset(
            str(e) for e in require(data, "today_toll_events", list, "matching", lang=lang)
        ),
        today_modifiers=frozenset(
            str(m) for m in require(data, "today_modifiers", list, "matching", lang=lang)
        ),
    )
