"""A figure hedge ("perhaps four contacts") and its words -> how far it reaches, and whether
a quotation may hold it.

A figure hedge (``figure_hedges`` of the [statements] table: "perhaps", "possibly", "maybe")
is a statement hedge only before a figure (or, outside a quotation, before a past form:
"possibly dangled a pardon", ``hedges_an_act``), and it governs that figure's noun phrase, not its
whole clause. So a negation after the first punctuation mark past it negates something
else: "I had perhaps four contacts with Russian representatives, none of which were
impactful" hedges the four contacts, and "none" speaks of their effect. Inside a direct
quotation such a hedge is the speaker's own hedge of the figure ("'I had perhaps four
contacts,' said Kushner"): another source that gives the figure plainly drops it. Other
hedges inside a quotation stay unread (a speaker's "reportedly" is the speaker's report);
``outright._outright`` still refuses an outright side credited to another speaker.
"""

from __future__ import annotations

from crosscheck.certainty.sentence_words import StatementWords
from crosscheck.certainty.statement_rules import StatementRules


def quoted_hedge_read(hedge: str, rules: StatementRules) -> bool:
    """Whether a hedge (its normal form) inside a direct quotation is read: a figure hedge."""
    return hedge in rules.figure_hedges


def hedges_an_act(words: StatementWords, index: int, quoted: bool, rules: StatementRules) -> bool:
    """Whether a figure hedge before word ``index`` (no figure) hedges an act: that word is a
    past form (``figure_hedge_act_ending``: "possibly [dangled] a pardon") and the hedge is
    the outlet's, outside a quotation."""
    ending = rules.figure_hedge_act_ending
    key = words.keys[index]
    return bool(ending) and not quoted and key.endswith(ending) and len(key) > len(ending) + 2


def negation_end(
    words: StatementWords, hedge: str, after: int, high: int, rules: StatementRules
) -> int:
    """The word index before which a negation after the hedge negates its statement.

    ``after`` is the first word after the hedge and ``high`` the end of its clause: the
    clause's end, or for a figure hedge the first punctuation mark after it.
    """
    if hedge not in rules.figure_hedges:
        return high
    end = after
    while end < high and words.unbroken(after, end):
        end += 1
    return end
