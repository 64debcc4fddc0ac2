"""Tests' way into the story rules: sentences or extracted records -> ``StoryRecords`` made by
the orchestrator's own pairing (``check.story_records``) -> the rules' rows.

The story rules read pairs the matching stage made, never sentences or claims; these helpers
extract what a test gives (sentences per source, or ``Statements`` already read), hand it to
``check.story_records`` as ``ExtractedClaims``, and run one rule, so a test reads what
``check`` would find for the same records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from crosscheck.certainty.statements import Statements, find_statements
from crosscheck.check import ExtractedClaims, story_records
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.model import Discrepancy, Sentence, Source
from crosscheck.names.finder import names_in
from crosscheck.rules import certainty, name_variant
from crosscheck.rules.base import StoryRecords


def _nothing_said(source: Source) -> Statements:
    return Statements(source=source.id, assertions=(), hedged=(), sentences=())


def story_of(
    sources: Sequence[Source],
    *,
    names: Mapping[str, Sequence[Sentence]] | None = None,
    statements: Mapping[str, Statements] | None = None,
) -> StoryRecords:
    """The records the story rules read, for the names found in ``names`` (sentences by
    source id) and the ``statements`` read in each source (by source id); a family not
    given is empty."""
    by_id = {s.id: s for s in sources}
    said = statements or {}
    ids = [s.id for s in sources] if names is not None else list(said)
    extracted = [
        ExtractedClaims(
            source=sid,
            claims=(),
            names=tuple(names_in(names.get(sid, ()), "en")) if names is not None else (),
            statements=said.get(sid) or _nothing_said(by_id[sid]),
        )
        for sid in ids
    ]
    return story_records(sources, extracted, lang=DEFAULT_LANGUAGE)


def name_variants(
    sources: Sequence[Source], sentences: Mapping[str, Sequence[Sentence]]
) -> list[Discrepancy]:
    """The ``name.variant`` rows of the names found in each source's sentences."""
    return name_variant.RULE.find(story_of(sources, names=sentences))


def certainty_rows(
    sources: Sequence[Source], statements: Mapping[str, Statements]
) -> list[Discrepancy]:
    """The ``certainty.rows`` rows of what ``find_statements`` read in each source."""
    return certainty.ROWS.find(story_of(sources, statements=statements))


def certainty_discrepancies(
    sources: Sequence[Source], sentences: Mapping[str, Sequence[Sentence]]
) -> list[Discrepancy]:
    """Every source's statements found in its sentences, then :func:`certainty_rows`."""
    found = {s.id: find_statements(s, sentences.get(s.id, ())) for s in sources}
    return certainty_rows(sources, found)
