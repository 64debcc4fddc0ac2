"""A vague figure against a figure whose own article gives one inside the vague range ->
not a discrepancy between the articles.

"Dozens were killed" (one article) against "one rescue group reported more than 150 deaths"
(another) conflicts, but when the second article also says "49 people had died", it carries
both tolls itself: the first article agrees with one of them, and the articles do not
disagree. ``judge_pair`` already drops a pair when a source of one side states the other
side's figure in the same frame; a vague figure is not "stated" by an exact one (the two
differ in precision) and a dated count stands in another scope block than an undated one,
so ``vague_met_in_other(pair, figures)`` reads the other side's article for any exact figure
of the vague side's event class and noun (the vague side's or the other side's) whose whole
interval lies in the vague range. It applies to conflicts and divergences only: a vague
figure against an exact one of the range is the precision row itself.

On the non-draw stories of main at 63c4687 this holds for one figure row, judged false
(c726f938e2: "Dozens" against "more than 150 deaths" of an article that gives 49 dead);
no other numeric.conflict or numeric.divergence row with a vague side has it.
"""

from __future__ import annotations

from collections.abc import Iterable

from crosscheck.model import Claim, ClaimPair


def vague_met_in_other(pair: ClaimPair, figures: Iterable[Claim]) -> bool:
    """Whether a side is vague and the other side's article gives an exact figure of the same
    event class and noun inside the vague range."""
    claims = tuple(figures)
    for vague, other in ((pair.a, pair.b), (pair.b, pair.a)):
        if vague.value is None or not vague.value.vague or not vague.event:
            continue
        nouns = {vague.what, other.what}
        for claim in claims:
            if (
                claim.source == other.source
                and claim is not other
                and claim.event == vague.event
                and claim.what in nouns
                and _inside(claim, vague)
            ):
                return True
    return False


def _inside(claim: Claim, vague: Claim) -> bool:
    """Whether an exact figure's whole interval lies within a vague figure's range."""
    q, v = claim.value, vague.value
    if q is None or v is None or q.vague or q.low is None or v.low is None or v.high is None:
        return False
    high = q.low if q.high is None else q.high
    return q.unit is v.unit and v.low <= q.low and high <= v.high
