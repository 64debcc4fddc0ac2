"""A source's statements -> claims of the statement family: where certainty hands its
records on.

``statement_claims(found)`` wraps each record of ``Statements`` (its assertions, then its
hedged statements, then its concept mentions, each in their order) in a
``model.FamilyClaim`` (family ``statement``) whose payload is the record. The story rule
``certainty.rows`` reads these claims, with the source's sentence spans beside them.
"""

from __future__ import annotations

from crosscheck.certainty.assertions import Assertion
from crosscheck.certainty.concepts import ConceptMention
from crosscheck.certainty.statements import HedgedStatement, Statements
from crosscheck.model import ClaimFamily, FamilyClaim

StatementRecord = Assertion | HedgedStatement | ConceptMention
StatementClaim = FamilyClaim[StatementRecord]


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
