"""Invented sentences that share no event with a test's own: the background of a story.

Tests of story-level weighting (descriptor pairs, aligned figures) need a few ordinary
sentences around the ones under test, so that word weights are read over an article and not
over one sentence.
"""

from __future__ import annotations

FILLER: tuple[str, ...] = (
    "The city council will vote on the harbor budget next month.",
    "The budget runs to 900 pages.",
    "Critics call the budget timid.",
    "Unions want higher wages for port workers.",
    "Shipping firms want lower fees.",
    "The port lost money for three years.",
)
