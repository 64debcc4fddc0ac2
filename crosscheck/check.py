"""The whole pipeline: sources -> Report (claims, discrepancies), with no file or terminal I/O.

``run_story`` is the one orchestrator, shared by ``check`` and ``draft.check_draft``: every
source is extracted (``prepare_and_extract``, the per-source unit of work), then
``compare_extracted`` matches the claims (figures and dates on their frames; names and
statements into pairs, ``match.name_pairs`` and ``match.statement_pairs``) and runs every
rule of ``rules.REGISTRY`` (the pair rules through ``rules.judge_pair``, then the story
rules over the name and statement pairs): extraction -> matching -> rules is one flow. A
draft is one more source with a ``focus``: the same matched pairs are also read from its
side, each draft claim against the other sources' claims of its pair, through the same
``judge_pair`` (``Focus``); nothing else calls the rules.
Extraction runs per source and matching per block, through an engine (see execution.py), so
the same code runs in one process, in worker processes, or on a Dask cluster.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial

from crosscheck.aligned_figures import aligned_figure_pairs
from crosscheck.certainty.claims import story_statement_claims
from crosscheck.certainty.statements import Statements, find_statements
from crosscheck.claims.extract import Prepared, claims_from, prepare
from crosscheck.collector import paced_collector
from crosscheck.execution import Engine, LocalEngine, flatten
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.lexicon import reading_language
from crosscheck.match.date_pairs import with_date_pairs
from crosscheck.match.figure_blocks import claim_blocks
from crosscheck.match.figures import claim_groups, pairs_in_block, sort_pairs
from crosscheck.match.name_pairs import pair_names
from crosscheck.match.statement_pairs import pair_assertions, pair_statements
from crosscheck.match.tally_pairs import tally_pairs
from crosscheck.match.vague_pairs import vague_pairs
from crosscheck.model import Claim, ClaimPair, Discrepancy, Mention, Report, Source, Story
from crosscheck.names.claims import name_claims
from crosscheck.names.finder import names_in
from crosscheck.names.records import NameMention
from crosscheck.rules import (
    StoryRecords,
    by_source,
    compare_pairs,
    judge_pair,
    sort_discrepancies,
    story_rows,
    unique_ids,
)
from crosscheck.rules.context import pair_context, superseded_in
from crosscheck.rules.superseded import Superseded
from crosscheck.sources import validate_sources


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractedClaims:
    """What one source yields: its claims, name mentions and what certainty reads in it.

    Only these small records travel back from a worker process, not the article's text.
    """

    source: str
    claims: tuple[Claim, ...]
    names: tuple[NameMention, ...]
    statements: Statements


ClaimKey = tuple[str, int, int]  # ``Claim.key``: source id and span


@dataclass(frozen=True, slots=True, kw_only=True)
class Focus:
    """One source read against all the others (a draft against a story's sources).

    Per claim of the focused source (by ``Claim.key``): ``disagreements``, the discrepancies
    of its matched pairs, each judged as the focused claim against the other sources'
    claims of the pair's other group, alone (``judge_pair`` in a context without the rest
    of the story: the other sources' own figures cannot excuse the focused source);
    ``supporting``, the other sources' claims that say the same (its claim group) or that
    a judged pair found in agreement. ``wording``: the story rules' rows (names, certainty)
    between the focused source and another.
    """

    source: str
    disagreements: Mapping[ClaimKey, tuple[Discrepancy, ...]]
    supporting: Mapping[ClaimKey, tuple[Claim, ...]]
    wording: tuple[Discrepancy, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Compared:
    """What the orchestrator found: the blocks and pairs of claims matched on their frames,
    the discrepancies between figures and dates, those of names and certainty, and the
    focused source's reading when there is one."""

    blocks: tuple[tuple[Claim, ...], ...]
    pairs: tuple[ClaimPair, ...]
    figures: tuple[Discrepancy, ...]
    wording: tuple[Discrepancy, ...]
    focus: Focus | None = None

    @property
    def discrepancies(self) -> tuple[Discrepancy, ...]:
        """Every discrepancy, worst first, each id named once (``unique_ids``)."""
        return tuple(unique_ids(sort_discrepancies([*self.figures, *self.wording])))


def prepare_and_extract(source: Source, cleaned: str | None = None) -> ExtractedClaims:
    """One source's claims, names and assertions (the per-source unit of work).

    ``cleaned`` is the text prepared for reading (e.g. a draft's Markdown syntax blanked),
    of the same length as ``source.text``; offsets still index ``source.text``.
    """
    prepared = _prepare(source, cleaned)
    return ExtractedClaims(
        source=source.id,
        claims=claims_from(prepared),
        names=tuple(names_in(prepared.sentences, prepared.lang)),
        statements=find_statements(source, prepared.sentences),
    )


def _extract_job(job: tuple[Source, str | None]) -> ExtractedClaims:
    """``prepare_and_extract`` of one (source, cleaned text) job (picklable for engines)."""
    return prepare_and_extract(*job)


def _prepare(source: Source, cleaned: str | None) -> Prepared:
    if cleaned is None:
        return prepare(source)
    return replace(prepare(replace(source, text=cleaned)), source=source)


def compare_extracted(
    sources: Sequence[Source],
    extracted: Sequence[ExtractedClaims],
    *,
    engine: Engine | None = None,
    focus: str | None = None,
) -> Compared:
    """Match every source's claims on their frames and run every rule.

    The registry's pair rules judge the matched pairs (``rules.compare_pairs``: ``judge_pair``
    in the context of every claim of the story); then its story rules judge what the
    matching stage paired in the sources' claims of the name and statement families
    (``story_records``) beside those figure rows (``rules.story_rows``), each in the
    registry's order.
    ``focus`` names a source (a draft) to read against the others as well (``Focus``).
    """
    run = engine or LocalEngine()
    lang = story_language(sources)
    claims = tuple(c for e in extracted for c in e.claims)
    texts = {s.id: s.text for s in sources}
    blocks = tuple(claim_blocks(claims, texts, {s.id: s.published for s in sources}, lang=lang))
    framed = flatten(run.map(partial(pairs_in_block, lang=lang), blocks))
    found = [*with_date_pairs(claims, framed, sources, lang=lang), *vague_pairs(claims, lang)]
    found.extend(tally_pairs(claims))  # two sources' tallies of one vote
    pairs = tuple(sort_pairs([*found, *aligned_figure_pairs(claims, sources, found, lang=lang)]))
    lookup = by_source(sources)
    superseded = superseded_in(lookup, claims, lang)
    figures = compare_pairs(pairs, lookup, claims, superseded=superseded, lang=lang)
    story = story_records(sources, extracted, lang=lang, figures=figures, superseded=superseded)
    wording = tuple(story_rows(story))
    return Compared(
        blocks=blocks,
        pairs=pairs,
        figures=tuple(figures),
        wording=wording,
        focus=None if focus is None else _focus(focus, blocks, pairs, lookup, wording, lang),
    )


def story_language(sources: Sequence[Source]) -> str:
    """The language whose lexicons the matching stage reads a story in: its sources' reading
    language (``lexicon.reading_language``; a checked story reads every source in one
    language, an article in another is skipped), the default one for a story of no source.

    Raises:
        ValueError: The sources are read in two languages (one line naming them).
    """
    found = {reading_language(s.id, s.language) for s in sources}
    if len(found) > 1:
        raise ValueError(f"one story is read in one language, not in {sorted(found)}")
    return found.pop() if found else DEFAULT_LANGUAGE


def story_records(
    sources: Sequence[Source],
    extracted: Sequence[ExtractedClaims],
    *,
    lang: str,
    figures: Sequence[Discrepancy] = (),
    superseded: Superseded | None = None,
) -> StoryRecords:
    """What the story rules read: the sources' claims of the name and statement families
    (``names.claims``, ``certainty.claims``) paired across sources by the matching stage
    (``match.name_pairs.pair_names``; ``match.statement_pairs.pair_assertions`` and
    ``pair_statements``, each hedged statement looked for in the other sources' sentences),
    beside the figure rows and the figures the articles replace; ``lang``: the story's
    language (``story_language``)."""
    names = {e.source: name_claims(e.source, e.names) for e in extracted}
    statements = story_statement_claims(sources, {e.source: e.statements for e in extracted}, lang)
    spans = {e.source: e.statements.sentences for e in extracted}
    return StoryRecords(
        sources=sources,
        lang=lang,
        name_pairs=pair_names(sources, names, lang),
        assertion_pairs=pair_assertions(sources, statements, lang),
        statement_pairs=pair_statements(sources, statements, spans, lang),
        figures=figures,
        superseded=superseded,
    )


def _focus(
    focus: str,
    blocks: Iterable[Sequence[Claim]],
    pairs: Iterable[ClaimPair],
    sources: Mapping[str, Source],
    wording: Sequence[Discrepancy],
    lang: str,
) -> Focus:
    """The focused source's claims read against the others' (see ``Focus``)."""
    disagreements: dict[ClaimKey, list[Discrepancy]] = defaultdict(list)
    supporting: dict[ClaimKey, list[Claim]] = defaultdict(list)
    for block in blocks:
        for group in claim_groups(block, lang):
            theirs = [c for c in group if c.source != focus]
            for mine in (c for c in group if c.source == focus):
                supporting[mine.key].extend(theirs)
    alone = pair_context(sources, lang=lang)
    for pair in pairs:
        for mine, others in _focused_sides(pair, focus):
            candidate = ClaimPair(a=mine, b=others[0], score=pair.score, also_b=others[1:])
            found = judge_pair(candidate, alone)
            if found is not None:
                disagreements[mine.key].append(found)
            else:
                supporting[mine.key].append(others[0])
    return Focus(
        source=focus,
        disagreements={key: tuple(rows) for key, rows in disagreements.items()},
        supporting={key: tuple(claims) for key, claims in supporting.items()},
        wording=tuple(d for d in wording if (d.a.source == focus) != (d.b.source == focus)),
    )


def _focused_sides(pair: ClaimPair, focus: str) -> list[tuple[Claim, tuple[Claim, ...]]]:
    """For each focused claim in one group of a pair: the other sources' claims of the other
    group."""
    sides: list[tuple[Claim, tuple[Claim, ...]]] = []
    group_a, group_b = (pair.a, *pair.also_a), (pair.b, *pair.also_b)
    for mine_group, their_group in ((group_a, group_b), (group_b, group_a)):
        others = tuple(c for c in their_group if c.source != focus)
        if not others:
            continue
        sides.extend((c, others) for c in mine_group if c.source == focus)
    return sides


def run_story(
    sources: Sequence[Source],
    *,
    engine: Engine | None = None,
    on_source_done: Callable[[], None] | None = None,
    cleaned: Mapping[str, str] | None = None,
    focus: str | None = None,
) -> tuple[list[ExtractedClaims], Compared]:
    """The one orchestrator: extract every source, then ``compare_extracted``.

    ``cleaned`` maps a source id to its text prepared for reading (a draft's Markdown
    syntax blanked; see ``prepare_and_extract``); ``focus`` names the source to read
    against the others (a draft).
    """
    run = engine or LocalEngine()
    with paced_collector():
        if cleaned:
            jobs = [(s, cleaned.get(s.id)) for s in sources]
            extracted = run.map(_extract_job, jobs, on_source_done)
        else:
            extracted = run.map(prepare_and_extract, sources, on_source_done)
        return extracted, compare_extracted(sources, extracted, engine=run, focus=focus)


def check(
    sources: Story | Iterable[Source],
    *,
    problems: Iterable[str] = (),
    warnings: Iterable[str] = (),
    engine: Engine | None = None,
    on_source_done: Callable[[], None] | None = None,
) -> Report:
    """Extract the claims of every source and flag where the sources disagree.

    ``sources`` is a loaded ``Story`` (DESIGN.md's ``check(story_or_sources)``: its sources,
    and its load problems and warnings ahead of any given here) or the sources themselves.
    ``on_source_done`` is called once per source extracted (for a progress bar).
    """
    if isinstance(sources, Story):
        problems = (*sources.problems, *problems)
        warnings = (*sources.warnings, *warnings)
        sources = sources.sources
    ordered = validate_sources(sources)
    extracted, compared = run_story(ordered, engine=engine, on_source_done=on_source_done)
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
