"""The whole pipeline: sources -> Report (claims, discrepancies), with no file or terminal I/O.

``prepare_and_extract`` is the per-source unit of work; ``compare_extracted`` is the one
orchestrator of what follows (matching claims on their frames, then every rule of
``rules.REGISTRY``: the pair rules, then the story rules over names and certainty), shared
by ``check`` and ``draft.check_draft``. Extraction runs per source and
matching per block, through an engine (see engine.py), so the same code runs in one
process, in worker processes, or on a Dask cluster.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from crosscheck.aligned_figures import aligned_figure_pairs
from crosscheck.certainty import Statements, find_statements
from crosscheck.claims.extract import Prepared, claims_from, prepare
from crosscheck.execution import Engine, LocalEngine, flatten
from crosscheck.match.date_pairs import with_date_pairs
from crosscheck.match.figures import claim_blocks, pairs_in_block, sort_pairs
from crosscheck.match.vague_pairs import vague_pairs
from crosscheck.model import Claim, ClaimPair, Discrepancy, Mention, Report, Source
from crosscheck.names import NameMention, names_in
from crosscheck.rules import (
    StoryRecords,
    by_source,
    compare_pairs,
    sort_discrepancies,
    story_rows,
    superseded_in,
)
from crosscheck.sources import validate_sources


@dataclass(frozen=True, slots=True, kw_only=True)
class Extracted:
    """What one source yields: its claims, name mentions and what certainty reads in it.

    Only these small records travel back from a worker process, not the article's text.
    """

    source: str
    claims: tuple[Claim, ...]
    names: tuple[NameMention, ...]
    statements: Statements


@dataclass(frozen=True, slots=True, kw_only=True)
class Compared:
    """What the orchestrator found: the blocks and pairs of claims matched on their frames,
    the discrepancies between figures and dates, and those of names and certainty."""

    blocks: tuple[tuple[Claim, ...], ...]
    pairs: tuple[ClaimPair, ...]
    figures: tuple[Discrepancy, ...]
    wording: tuple[Discrepancy, ...]

    @property
    def discrepancies(self) -> tuple[Discrepancy, ...]:
        """Every discrepancy, worst first."""
        return tuple(sort_discrepancies([*self.figures, *self.wording]))


def prepare_and_extract(source: Source, cleaned: str | None = None) -> Extracted:
    """One source's claims, names and assertions (the per-source unit of work).

    ``cleaned`` is the text prepared for reading (e.g. a draft's Markdown syntax blanked),
    of the same length as ``source.text``; offsets still index ``source.text``.
    """
    prepared = _prepare(source, cleaned)
    return Extracted(
        source=source.id,
        claims=claims_from(prepared),
        names=tuple(names_in(prepared.sentences)),
        statements=find_statements(source, prepared.sentences),
    )


def _prepare(source: Source, cleaned: str | None) -> Prepared:
    if cleaned is None:
        return prepare(source)
    return replace(prepare(replace(source, text=cleaned)), source=source)


def compare_extracted(
    sources: Sequence[Source], extracted: Sequence[Extracted], *, engine: Engine | None = None
) -> Compared:
    """Match every source's claims on their frames and run every rule: the one orchestrator.

    The registry's pair rules read the matched pairs (``rules.compare_pairs``); then its story
    rules read the sources' name mentions, statements and those figure rows
    (``rules.story_rows``), each in the registry's order.
    """
    run = engine or LocalEngine()
    claims = tuple(c for e in extracted for c in e.claims)
    texts = {s.id: s.text for s in sources}
    blocks = tuple(claim_blocks(claims, texts, {s.id: s.published for s in sources}))
    framed = flatten(run.map(pairs_in_block, blocks))
    found = [*with_date_pairs(claims, framed, sources), *vague_pairs(claims)]
    pairs = tuple(sort_pairs([*found, *aligned_figure_pairs(claims, sources, found)]))
    lookup = by_source(sources)
    superseded = superseded_in(lookup, claims)
    figures = compare_pairs(pairs, lookup, claims, superseded=superseded)
    story = StoryRecords(
        sources=sources,
        names={e.source: e.names for e in extracted},
        statements={e.source: e.statements for e in extracted},
        figures=figures,
        superseded=superseded,
    )
    wording = story_rows(story)
    return Compared(blocks=blocks, pairs=pairs, figures=tuple(figures), wording=tuple(wording))


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
    compared = compare_extracted(ordered, extracted, engine=run)
    return Report(
        sources=ordered,
        claims=tuple(c for e in extracted for c in e.claims),
        discrepancies=compared.discrepancies,
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
