"""Name mentions -> claims of the name family: where the names stage hands its records on.

``name_claims(source id, mentions)`` wraps each ``NameMention`` in a ``model.FamilyClaim``
(family ``name``): the span, the name as written and its sentence, with the mention itself
as the payload. The story rule ``name.variant`` reads these claims.
"""

from __future__ import annotations

from collections.abc import Iterable

from crosscheck.model import ClaimFamily, FamilyClaim
from crosscheck.names.records import NameMention

NameClaim = FamilyClaim[NameMention]


def name_claims(source: str, mentions: Iterable[NameMention]) -> tuple[NameClaim, ...]:
    """One source's name mentions as claims of the name family, in the same order."""
    return tuple(
        FamilyClaim(
            family=ClaimFamily.NAME,
            source=source,
            start=m.start,
            end=m.end,
            text=m.text,
            sentence=m.sentence.text,
            sentence_start=m.sentence.start,
            payload=m,
        )
        for m in mentions
    )
