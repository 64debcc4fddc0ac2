"""Tally matching: the claims of a story -> ClaimPair records of two sources' tallies of one
vote.

Two sides of a vote's tally (``claims.vote_tallies``) from different sources are compared
only when they are the same side (votes for, votes against), the same body voted and their
sentences share a word of the act ("delay" of "the House voted 231-192 to advance a stopgap
spending measure to delay Obamacare" and "the House voted 232-192 for the Obamacare delay";
names are no act word). A committee's vote is not the floor's, and two votes of one body on
two acts share no act word. Each pair of distinct figures is one pair, represented by its
first two claims.
"""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.claims.vote_tallies import TALLY
from crosscheck.model import Claim, ClaimPair


def tally_pairs(claims: Sequence[Claim]) -> list[ClaimPair]:
    """Pairs of tally sides from different sources: one side, one body, one act."""
    tallies = sorted(
        (c for c in claims if c.event == TALLY and c.value is not None),
        key=lambda c: (c.source, c.start),
    )
    seen: set[tuple[object, ...]] = set()
    pairs: list[ClaimPair] = []
    for i, a in enumerate(tallies):
        for b in tallies[i + 1 :]:
            if a.source == b.source or not _one_vote(a, b):
                continue
            key = (a.what, a.actor, a.value, b.value, a.source, b.source)
            if key in seen:
                continue
            seen.add(key)
            pairs.append(ClaimPair(a=a, b=b, score=100.0))
    return pairs


def _one_vote(a: Claim, b: Claim) -> bool:
    """Whether two tally sides tell the same side of one body's vote on one act."""
    return a.what == b.what and a.actor == b.actor and bool(set(a.event_words) & set(b.event_words))
