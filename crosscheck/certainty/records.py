"""The records of the statement family: a statement one source hedges (``HedgedStatement``),
a statement of subject, predicate and object (``Assertion``), a mention of a concept
(``ConceptMention``), a claim of the family wrapping any of them (``StatementClaim``), a
hedged statement paired with another source's outright one (``OutrightStatement``,
``StatementPair``), and an assertion hedged by one source paired with one another states
outright (``AssertionPair``).

Below every module that reads or pairs one: ``hedged_statements`` finds hedged statements,
``pronouns`` resolves their pronoun subjects, ``concepts`` gives a hedged concept mention
as one; ``assertions`` and ``concepts`` find the other two; ``claims`` wraps them,
``crosscheck.match.statement_pairs`` pairs the claims across sources (``statement_search``
finding outright statements), and the rules read the pairs.
"""

from __future__ import annotations

from dataclasses import dataclass

from crosscheck.model import Certainty, CertaintyLevel, FamilyClaim


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


@dataclass(frozen=True, slots=True, kw_only=True)
class Assertion:
    """A non-numeric statement of one source: "<subject> [may] <predicate> <object>".

    ``start``/``end`` index the source text and give exactly ``text`` (from the modal or the
    predicate to the end of the object: "may amount to crimes against humanity").
    ``predicate`` and ``object`` are normalised ("constitute" -> "amount to"; lower case, no
    quotes, no leading article).
    """

    source: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int
    subject: str | None
    predicate: str
    object: str
    certainty: Certainty
    attribution: str | None
    negated: bool = False
    modal: str | None = None  # the modal before the predicate, normalised ("can", "may")

    @property
    def hedged(self) -> bool:
        """True when the source hedges the statement."""
        return self.certainty.level is CertaintyLevel.HEDGED


@dataclass(frozen=True, slots=True, kw_only=True)
class ConceptMention:
    """One source's mention of a concept: its phrase (with the hedge, when hedged).

    ``words`` are the distinctive words around the phrase (lower case, no stop words, not
    the phrase's own) that tell which person or event it is about.
    """

    source: str
    concept: str
    start: int
    end: int
    text: str
    phrase: str
    sentence: str
    sentence_start: int
    sentence_end: int
    hedge: str | None
    attribution: str | None
    words: tuple[str, ...]
    after: tuple[str, ...] = ()  # those of ``words`` after the phrase ("reference to [X]")


StatementRecord = Assertion | HedgedStatement | ConceptMention
StatementClaim = FamilyClaim[StatementRecord]


@dataclass(frozen=True, slots=True, kw_only=True)
class OutrightStatement:
    """The words of another source that state a hedged statement outright."""

    source: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int
    attribution: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementPair:
    """A hedged statement and the best sentence of another source that states it outright.

    ``shared`` lists the words both use besides the first word; ``strong`` is true when
    they are distinctive enough (and two or more are object words) for a medium row.
    """

    hedged: HedgedStatement
    outright: OutrightStatement
    shared: tuple[str, ...]
    score: float
    strong: bool
    anchor: str = ""  # the outright side's word the pair hangs on (its verb, or the figure)


@dataclass(frozen=True, slots=True, kw_only=True)
class AssertionPair:
    """An assertion stated outright by one source and hedged by another; ``others`` are the
    other assertions of the same statement (the same hedged wording, or stated outright)."""

    asserted: Assertion
    hedged: Assertion
    others: tuple[Assertion, ...]
