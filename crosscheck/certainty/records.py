"""The record of a statement one source hedges (``HedgedStatement``).

Below every module that reads or pairs one: ``hedged_statements`` finds them,
``pronouns`` resolves their pronoun subjects, ``concepts`` gives a hedged concept mention
as one, ``matching`` pairs them with outright statements.
"""

from __future__ import annotations

from dataclasses import dataclass

from crosscheck.model import Certainty


@dataclass(frozen=True, slots=True, kw_only=True)
class HedgedStatement:
    """A statement one source hedges: "[the suspects'] explosives were reportedly thrown".

    ``start``/``end`` index the source text and give exactly ``text`` (from the first
    subject word, or the hedge, to the last object word). ``head`` is the statement's first
    word after the hedge, ``objects`` and ``subjects`` the words that identify it (lower
    case, no stop words).
    """

    source: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int
    hedge: str
    head: str
    objects: tuple[str, ...]
    subjects: tuple[str, ...]
    certainty: Certainty
    attribution: str | None
    hedge_start: int = 0  # where the hedge starts in the source text
    head_end: int = 0  # where the statement's first word ends
    places: tuple[tuple[str, int, int], ...] = ()  # (subject or object word, start, end)
    named: bool = False  # every subject word is capitalised: a name ("Brown", "Lois Lerner")
