"""A source's sentences -> ``Statements``: everything certainty reads in one source.

The per-source unit of work: the source's assertions (``assertions``), the statements of
fact it hedges (``hedged_statements``) and its concept mentions (``concepts``), with its
sentence spans, where another source's hedged statements are looked for. The story's
pairs are made from these records (``crosscheck.match.statement_pairs``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from crosscheck.certainty.assertions import (
    Deferred,
    Labelled,
    labelled,
    may_hedge,
    read_labelled,
)
from crosscheck.certainty.concepts import find_concept_mentions
from crosscheck.certainty.hedged_statements import find_hedged_statements
from crosscheck.certainty.records import Assertion, ConceptMention, HedgedStatement
from crosscheck.lexicon import reading_language
from crosscheck.model import Sentence, Source


@dataclass(frozen=True, slots=True, kw_only=True)
class Statements:
    """What certainty reads in one source: its assertions ("may amount to ..."), its hedged
    statements, and its sentence spans (where another source's hedged statements are looked
    for). Small records only: no text beyond the quoted sentences."""

    source: str
    assertions: tuple[Assertion, ...]
    hedged: tuple[HedgedStatement, ...]
    sentences: tuple[tuple[int, int], ...]
    concepts: tuple[ConceptMention, ...] = ()  # "an apparent suicide", "took his own life"
    deferred: Deferred = field(default_factory=Deferred)
    """The sentences whose assertions were not read (with their speaker labels): they can
    hold no comparable hedged assertion (``assertions.may_hedge``): they pair with nothing
    unless some source of the story hedges an assertion; ``comparable.story_assertions`` reads
    them then. ``assertions`` holds those of every other sentence."""


def find_statements(source: Source, sentences: Sequence[Sentence]) -> Statements:
    """Everything certainty reads in one source (the per-source unit of work).

    Assertions are read only in the sentences that may hedge one (``may_hedge``); the
    others are kept unread in ``deferred`` for the story to read when it needs them. Every
    finder below reads the lexicons of the source's language (``lexicon.reading_language``:
    "en-GB" -> "en"; a language with no lexicon folder is its one-line error).
    """
    lang = reading_language(source.id, source.language)
    read: list[Labelled] = []
    deferred: list[tuple[int, Labelled]] = []
    for index, item in enumerate(labelled(source, sentences)):
        if may_hedge(item[0], source.text, lang):
            read.append(item)
        else:
            deferred.append((index, item))
    hedged = find_hedged_statements(source, sentences)  # reads the hedge matches just read
    return Statements(
        source=source.id,
        assertions=tuple(read_labelled(source, read)),
        hedged=tuple(sorted(hedged, key=lambda h: (h.start, h.end))),
        sentences=tuple((s.start, s.end) for s in sentences),
        concepts=tuple(find_concept_mentions(source, sentences)),
        deferred=Deferred.of(source, deferred),
    )
