"""Name mentions -> claims of the name family: where the names stage hands its records on.

``name_claims(source id, mentions)`` gives one source's ``NameMention`` records as claims of
``model.FamilyClaim`` (family ``name``): the span, the name as written and its sentence, with
the mention itself as the payload. The name pairing ``match.name_pairs.pair_names`` reads
these claims, through ``mentions_of`` (their payloads); the story rule ``name.variant``
judges its pairs.

Who reads a name claim (speed17): only the name pairing (``match.name_pairs``; it was
``rules.name_variant``), and only its payload (the
mention); the figure matcher, the certainty stage, the report tables, ``claims.csv``, the
expectations and the frames read no name claim (``Report.names`` is made from the mentions
in ``check``). So ``NameClaims`` holds the mentions and builds a ``FamilyClaim`` only when one
is read (a story writes about 300 names: 142,838 envelopes over the 451 real stories that
nobody opened), and ``mentions_of`` hands the pairing the mentions themselves. A claim read is the
claim the eager wrapping made (``tests/test_names_demand.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from crosscheck.model import ClaimFamily, FamilyClaim
from crosscheck.names.records import NameMention

NameClaim = FamilyClaim[NameMention]


def name_claim(source: str, mention: NameMention) -> NameClaim:
    """One name mention of one source as a claim of the name family."""
    return FamilyClaim(
        family=ClaimFamily.NAME,
        source=source,
        start=mention.start,
        end=mention.end,
        text=mention.text,
        sentence=mention.sentence.text,
        sentence_start=mention.sentence.start,
        payload=mention,
    )


class NameClaims(Sequence[NameClaim]):
    """One source's name mentions as claims of the name family, in text order; each claim is
    built when it is read (``name_claim``), the mentions are ``mentions``."""

    __slots__ = ("mentions", "source")

    def __init__(self, source: str, mentions: Iterable[NameMention]) -> None:
        self.source = source
        self.mentions: tuple[NameMention, ...] = tuple(mentions)

    def __len__(self) -> int:
        return len(self.mentions)

    @overload
    def __getitem__(self, index: int) -> NameClaim: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[NameClaim, ...]: ...

    def __getitem__(self, index: int | slice) -> NameClaim | tuple[NameClaim, ...]:
        if isinstance(index, slice):
            return tuple(name_claim(self.source, m) for m in self.mentions[index])
        return name_claim(self.source, self.mentions[index])

    def __iter__(self) -> Iterator[NameClaim]:
        source = self.source
        return (name_claim(source, m) for m in self.mentions)

    def __repr__(self) -> str:
        return f"NameClaims(source={self.source!r}, mentions={len(self.mentions)})"


def name_claims(source: str, mentions: Iterable[NameMention]) -> NameClaims:
    """One source's name mentions as claims of the name family, in the same order."""
    return NameClaims(source, mentions)


def mentions_of(claims: Sequence[NameClaim]) -> Sequence[NameMention]:
    """The mentions (payloads) of one source's name claims, in order: read from
    ``NameClaims`` without building a claim."""
    if isinstance(claims, NameClaims):
        return claims.mentions
    return [c.payload for c in claims]
