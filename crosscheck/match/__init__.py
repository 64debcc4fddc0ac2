"""Matching stage: claims of every family -> the pairs that speak of the same thing.

``engine`` is the one blocking + rapidfuzz matcher (scorers named per claim family in
``lexicon/common/matching.toml`` [scorers], cut-offs in each family's threshold key, a
union-find for groups); ``block_matcher`` is the one pairing loop across sources (a block
key and a family's pair gate); ``figures`` matches figures and dates on their frames through
both (``claim_blocks`` -> ``pairs_in_block``). Names and statements are paired here too
(``name_pairs`` with ``match/names/``; ``statement_pairs`` with ``statement_search``,
``concept_pairs`` and ``match/statements/``), scoring their strings through the same
engine; concept mentions and assertion clusters pair through ``block_matcher``. Only the
engine is re-exported here: importing the package must not import ``figures`` (it reads
claims and dates, whose extraction scores strings through the engine, so an eager import
here is a cycle). Import figure matching from ``crosscheck.match.figures``.
"""

from __future__ import annotations

from crosscheck.match.engine import UnionFind, blocks, scorer, similar, similar_pairs

__all__ = ["UnionFind", "blocks", "scorer", "similar", "similar_pairs"]
