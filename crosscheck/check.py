"""The whole pipeline: sources -> Report (claims, discrepancies), with no file or terminal I/O.

Extraction runs per source and matching per block, through an engine (see engine.py), so
the same code runs in one process, in worker processes, or on a Dask cluster.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from crosscheck.certainty import (
    Assertion,
    certainty_discrepancies,
    certainty_from_assertions,
    find_assertions,
)
from crosscheck.claims import Prepared, claims_from, prepare
from crosscheck.compare import by_source, compare_pairs, sort_discrepancies
from crosscheck.engine import Engine, LocalEngine, flatten
from crosscheck.match import claim_blocks, pairs_in_block, sort_pairs
from crosscheck.model import Claim, Discrepancy, Mention, Report, Source
from crosscheck.names import NameMention, name_variants, names_in, variants_from
from crosscheck.sources import validate_sources


@dataclass(frozen=True, slots=True, kw_only=True)
class Extracted:
    """What one source yields: its claims, name mentions and non-numeric assertions.

    Only these small records travel back from a worker process, not the article's text.
    """

    source: str
    claims: tuple[Claim, ...]
    names: tuple[NameMention, ...]
    assertions: tuple[Assertion, ...]


def prepare_and_extract(source: Source) -> Extracted:
    """One source's claims, names and assertions (the per-source unit of work)."""
    prepared = prepare(source)
    return Extracted(
        source=source.id,
        claims=claims_from(prepared),
        names=tuple(names_in(prepared.sentences)),
        assertions=tuple(find_assertions(source, prepared.sentences)),
    )


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
    ordered = validate_sources(sources)
    extracted = run.map(prepare_and_extract, ordered, on_source_done)
    claims = tuple(c for e in extracted for c in e.claims)
    pairs = sort_pairs(flatten(run.map(pairs_in_block, claim_blocks(claims))))
    found = compare_pairs(pairs, by_source(ordered))
    found.extend(variants_from(ordered, {e.source: e.names for e in extracted}))
    found.extend(certainty_from_assertions(ordered, {e.source: e.assertions for e in extracted}))
    return Report(
        sources=ordered,
        claims=claims,
        discrepancies=tuple(sort_discrepancies(found)),
        problems=tuple(problems),
        warnings=tuple(warnings),
        names=tuple(
            _name_mention(source, m)
            for source, e in zip(ordered, extracted, strict=True)
            for m in e.names
        ),
    )


def _name_mention(source: Source, name: NameMention) -> Mention:
    return Mention(
        source=source.id,
        start=name.start,
        end=name.end,
        text=source.text[name.start : name.end],
        sentence="",
    )


def wording_discrepancies(prepared: tuple[Prepared, ...]) -> list[Discrepancy]:
    """Discrepancies that are not about figures: name spellings and certainty."""
    sources = tuple(p.source for p in prepared)
    sentences = {p.source.id: p.sentences for p in prepared}
    return [*name_variants(sources, sentences), *certainty_discrepancies(sources, sentences)]
