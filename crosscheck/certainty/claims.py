"""A source's statements -> claims of the statement family: where certainty hands its
records on.

``statement_claims(found)`` wraps each record of ``Statements`` (its assertions, then its
hedged statements, then its concept mentions, each in their order) in a
``model.FamilyClaim`` (family ``statement``) whose payload is the record. The story rule
``certainty.rows`` reads them paired (``crosscheck.match.statement_pairs``).
``story_statement_claims(sources, found)`` does it for every source of a story, after the
assertions ``find_statements`` left unread are read where the story needs them
(``comparable.story_assertions``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from crosscheck.certainty.comparable import story_assertions
from crosscheck.certainty.records import StatementClaim, StatementRecord
from crosscheck.certainty.statements import Statements
from crosscheck.model import ClaimFamily, FamilyClaim, Source


def statement_claims(found: Statements) -> tuple[StatementClaim, ...]:
    """One source's statements as claims of the statement family."""
    records: tuple[StatementRecord, ...] = (*found.assertions, *found.hedged, *found.concepts)
    return tuple(
        FamilyClaim(
            family=ClaimFamily.STATEMENT,
            source=r.source,
            start=r.start,
            end=r.end,
            text=r.text,
            sentence=r.sentence,
            sentence_start=r.sentence_start,
            payload=r,
        )
        for r in records
    )


def story_statement_claims(
    sources: Sequence[Source], found: Mapping[str, Statements], lang: str
) -> dict[str, tuple[StatementClaim, ...]]:
    """Every source's statements as claims, with the assertions the story needs read.

    ``find_statements`` leaves unread the sentences that can hold only outright assertions
    (``Statements.deferred``); ``comparable.story_assertions`` reads them when some source of the
    story hedges a comparable assertion, so the claims hold what a full reading gives.
    ``lang``: the story's language.
    """
    assertions = story_assertions(sources, found, lang)
    return {
        sid: statement_claims(replace(got, assertions=assertions.get(sid, got.assertions)))
        for sid, got in found.items()
    }
