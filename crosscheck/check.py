"""The whole pipeline: sources -> Report (claims, discrepancies), with no file or terminal I/O.

Extraction runs per source and matching per block, through an engine (see engine.py), so
the same code runs in one process, in worker processes, or on a Dask cluster.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from crosscheck.certainty import certainty_discrepancies
from crosscheck.claims import Prepared, claims_from, prepare
from crosscheck.compare import by_source, compare_pairs, sort_discrepancies
from crosscheck.engine import Engine, LocalEngine, flatten
from crosscheck.match import claim_blocks, pairs_in_block, sort_pairs
from crosscheck.model import Claim, Discrepancy, Report, Source
from crosscheck.names import name_variants


def prepare_and_extract(source: Source) -> tuple[Prepared, tuple[Claim, ...]]:
    """One source's cleaned text, sentences and claims (the per-source unit of work)."""
    prepared = prepare(source)
    return prepared, claims_from(prepared)


def check(
    sources: Iterable[Source],
    *,
    problems: Iterable[str] = (),
    warnings: Iterable[str] = (),
    engine: Engine | None = None,
    on_source_done: Callable[[], None] | None = None,
) -> Report:
    """Extract the claims of every source and flag where the sources disagree.

    ``on_source_done`` is called once per source extracted (for a progress bar).
    """
    run = engine or LocalEngine()
    extracted = run.map(prepare_and_extract, tuple(sources), on_source_done)
    prepared = tuple(p for p, _ in extracted)
    claims = tuple(c for _, cs in extracted for c in cs)
    pairs = sort_pairs(flatten(run.map(pairs_in_block, claim_blocks(claims))))
    found = compare_pairs(pairs, by_source(p.source for p in prepared))
    found.extend(wording_discrepancies(prepared))
    return Report(
        sources=tuple(p.source for p in prepared),
        claims=claims,
        discrepancies=tuple(sort_discrepancies(found)),
        problems=tuple(problems),
        warnings=tuple(warnings),
    )


def wording_discrepancies(prepared: tuple[Prepared, ...]) -> list[Discrepancy]:
    """Discrepancies that are not about figures: name spellings and certainty."""
    sources = tuple(p.source for p in prepared)
    sentences = {p.source.id: p.sentences for p in prepared}
    return [*name_variants(sources, sentences), *certainty_discrepancies(sources, sentences)]
