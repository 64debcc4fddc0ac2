"""A vague plural that sums up its own article's figure -> not a discrepancy.

"Millions of undocumented immigrants" is read loosely as covering "11 million immigrants"
(``match.loose_plurals``), a precision row. But when the vague side's own article also states
that very figure ("the country's roughly 11 million undocumented residents"), the vague words
are its summary, not a vaguer claim: an editor has nothing to reconcile, as when a source
gives both figures (``rules.guards.one_source_gives_both``, which asks for the same frame;
here the figure may be of no event, dated otherwise, or its noun another word for the same
people).

``summarised_figure(pair, stated, lang)`` holds when the pair meets only loosely and a source
of the vague side states a specific figure of the same kind and unit, counting a thing that
shares a word with either side's, that is the exact side's figure (equal, or one a rounding of
the other). ``stated`` is ``stated_figures(claims)``: every specific figure, by source.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from crosscheck.match.loose_plurals import loosely_met
from crosscheck.model import Claim, ClaimPair
from crosscheck.rules.numeric import agree_by_rounding


def stated_figures(claims: Iterable[Claim]) -> dict[str, tuple[Claim, ...]]:
    """Every specific figure (a point, not vague) of the story, by source."""
    index: dict[str, list[Claim]] = {}
    for claim in claims:
        q = claim.value
        if q is not None and q.point is not None and not q.vague:
            index.setdefault(claim.source, []).append(claim)
    return {source: tuple(found) for source, found in index.items()}


def summarised_figure(pair: ClaimPair, stated: Mapping[str, tuple[Claim, ...]], lang: str) -> bool:
    """Whether the pair's figures meet only as a vague plural told loosely and the vague
    side's own source also states the exact side's figure."""
    sides = ((pair.a, pair.also_a, pair.b), (pair.b, pair.also_b, pair.a))
    for vague, group, exact in sides:
        if not _loose(vague, exact, lang):
            continue
        sources = sorted({c.source for c in (vague, *group)} - {exact.source})
        if any(_restates(c, vague, exact, lang) for s in sources for c in stated.get(s, ())):
            return True
    return False


def _loose(vague: Claim, exact: Claim, lang: str) -> bool:
    qv, qe = vague.value, exact.value
    return qv is not None and qe is not None and loosely_met(qv, qe, lang)


def _restates(claim: Claim, vague: Claim, exact: Claim, lang: str) -> bool:
    """Whether ``claim`` (a figure of the vague side's source) gives ``exact``'s figure of a
    thing named like either side's."""
    mine, theirs = claim.value, exact.value
    if mine is None or theirs is None or claim.kind != exact.kind:
        return False
    if (mine.unit, mine.dimension) != (theirs.unit, theirs.dimension):
        return False
    if not _shares_word(claim.what, vague.what) and not _shares_word(claim.what, exact.what):
        return False
    return agree_by_rounding(mine, theirs, lang)


def _shares_word(a: str, b: str) -> bool:
    return bool(set(a.split()) & set(b.split()))
