"""Figure certainty rule: the same figure, hedged by one source and asserted by the other.

"The cyclone may have killed more than 300 people" and "The cyclone killed more than 300
people" agree on the figure but not on how sure it is. Only figures that agree are read
here: a figure that also conflicts is reported by the numeric rule, whose explanation
already shows each side's words.
"""

from __future__ import annotations

import re

from crosscheck.certainty.rules import HEDGES_LEXICON
from crosscheck.certainty.statement_rules import statement_rules
from crosscheck.model import CertaintyLevel, Claim, ClaimPair, DiscrepancyKind
from crosscheck.rules.base import Finding, Rule, explain_words
from crosscheck.rules.numeric import numeric_rule


def figure_certainty_rule(a: Claim, b: Claim, lang: str) -> Finding | None:
    """One side hedges the figure the other asserts."""
    if (a.certainty.level is CertaintyLevel.HEDGED) == (b.certainty.level is CertaintyLevel.HEDGED):
        return None
    if numeric_rule(a, b, lang) is not None:
        return None
    hedged, plain = (a, b) if a.certainty.level is CertaintyLevel.HEDGED else (b, a)
    if not _hedge_governs(hedged) or _both_attribute(hedged, plain, lang):
        return None
    text = explain_words(HEDGES_LEXICON)
    words = ", ".join(text["figure_hedge"].format(hedge=h) for h in hedged.certainty.hedges)
    return Finding(
        kind=DiscrepancyKind.CERTAINTY,
        reason=text["figure_reason"].format(
            hedged=hedged.source, words=words or text["a_hedge"], plain=plain.source
        ),
    )


# How many characters before a figure its hedge may stand: "may have killed more than".
_HEDGE_REACH = 40


def _hedge_governs(claim: Claim) -> bool:
    """Whether a hedge of the claim's clause stands right before the figure.

    The certainty stage reads hedges per clause; "the attack that killed three ..., possibly
    from medical staff" hedges something else than the figure. The hedge must be written in
    lower case, as a word: "May unemployment rate" names a month.
    """
    offset = claim.start - claim.sentence_start
    before = claim.sentence[max(0, offset - _HEDGE_REACH) : offset]
    return any(
        re.search(rf"(?<!\w){re.escape(h.lower())}(?!\w)", before) for h in claim.certainty.hedges
    )


def _both_attribute(hedged: Claim, plain: Claim, lang: str) -> bool:
    """Whether both sides credit the figure to someone, so neither states it outright.

    "The strike reportedly killed 14" and "a monitoring group said the strike killed 14":
    the hedge only says the figure is reported, and the other side reports it too. Two
    named speakers that differ are two statements, not one hedged.
    """
    if plain.attribution is None:
        return False
    attributing = statement_rules(lang).attributing
    if all(" ".join(h.casefold().split()) in attributing for h in hedged.certainty.hedges):
        return True
    return hedged.attribution is not None and (
        hedged.attribution.casefold() != plain.attribution.casefold()
    )


def _has_values(pair: ClaimPair) -> bool:
    return pair.a.value is not None and pair.b.value is not None


RULE = Rule(
    name="certainty.figure",
    kinds=(DiscrepancyKind.CERTAINTY,),
    applies=_has_values,
    find=figure_certainty_rule,
)
