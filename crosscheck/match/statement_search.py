"""Hedged statements of several sources -> pairs with a sentence that states them outright.

Part of the statement family's matching (``statement_pairs.pair_statements``).

A hedged statement (``crosscheck.certainty.hedged_statements``) is looked for in every other
source of the story: a word with the stem of its first word (or another form of its act, the
[statements.same_words] table; or the figure it gives, said with another verb), enough of
its subject and object words near it, and no hedge, negation, modal, question, quotation
or unconfirmed source of its own. How distinctive the shared words are decides: each counts
ln(sentences of the story / sentences holding it). A statement its own article also states
outright elsewhere is not paired (the article confirms it itself). The thresholds are in
the [statements] table of ``lexicon/hedges.toml``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from crosscheck.certainty.records import HedgedStatement, StatementPair
from crosscheck.certainty.sentence_words import StatementWords
from crosscheck.certainty.statement_rules import StatementRules, statement_rules
from crosscheck.match.statements.candidates import _Candidate, _candidate, same_word
from crosscheck.match.statements.needles import plan_needles, statement_needles
from crosscheck.match.statements.outright import _outright
from crosscheck.match.statements.story_text import StoryText
from crosscheck.model import Source
from crosscheck.quantities.find import parse_number


def match_statements(
    sources: Sequence[Source],
    hedged: Mapping[str, Sequence[HedgedStatement]],
    spans: Mapping[str, Sequence[tuple[int, int]]],
    lang: str,
    *,
    story: StoryText | None = None,
) -> list[StatementPair]:
    """Pair each hedged statement with the sentence of another source that states it outright.

    Args:
        sources: The story's sources (their texts are searched).
        hedged: The hedged statements of each source, by source id.
        spans: The sentence spans of each source, by source id.
        lang: The story's language (whose statement words are read).
        story: ``StoryText(sources, spans, lang)`` when the caller has read it already (shared
            with ``concept_pairs.concept_pairs``: what one reads of a text the other need
            not read again).

    Returns:
        At most one pair per hedged statement and other source, in source and text order;
        one per pair of sentences.
    """
    story = StoryText(sources, spans, lang) if story is None else story
    rules = statement_rules(lang)
    found: list[StatementPair] = []
    seen: set[tuple[str, int, str, int]] = set()
    known: dict[tuple[object, ...], StatementPair | None] = {}  # one search per wording
    for source in sources:
        for statement in hedged.get(source.id, ()):
            needles = _needles_of(statement, rules)  # once per statement, not per source
            if _best(statement, source.id, story, rules, own=True, reads=needles) is not None:
                continue  # its own article states it outright elsewhere ("officials confirmed")
            for other in sources:
                if other.id == source.id:
                    continue
                wording = (
                    statement.hedge,
                    statement.head,
                    statement.objects,
                    statement.subjects,
                    statement.attribution,
                    other.id,
                )
                if wording not in known:
                    known[wording] = _best(statement, other.id, story, rules, reads=needles)
                pair = known[wording]
                if pair is None:
                    continue
                pair = replace(pair, hedged=statement)
                key = (source.id, statement.sentence_start, other.id, pair.outright.sentence_start)
                if key not in seen:
                    seen.add(key)
                    found.append(pair)
    return found


_PlanNeedles = tuple[tuple[frozenset[str], ...], frozenset[str]]
"""``needles.plan_needles``: each object word's needles, and the figure subjects' needles."""


_Needles = tuple[frozenset[str], _PlanNeedles | None]
"""A statement's ``statement_needles`` and, for a plan, its ``plan_needles``."""


def _needles_of(statement: HedgedStatement, rules: StatementRules) -> _Needles:
    """What a sentence must hold to give ``statement`` a candidate (``_word_at``), read
    once per statement for all the sources it is sought in."""
    plan = plan_needles(statement, rules) if statement.hedge in rules.expecting else None
    return statement_needles(statement, rules), plan


def _best(
    statement: HedgedStatement,
    other: str,
    story: StoryText,
    rules: StatementRules,
    *,
    own: bool = False,
    reads: _Needles | None = None,
) -> StatementPair | None:
    """The best outright statement of ``other`` (most object words shared, then the highest
    score); with ``own``, of the statement's own source (another of its sentences), credited
    to anyone. ``reads``: ``_needles_of(statement)``,
    when the caller has read it already."""
    candidates: list[_Candidate] = []
    needles, plan = _needles_of(statement, rules) if reads is None else reads
    for offset in _head_hits(statement.head, other, story, rules):
        found = _word_at(statement, other, offset, story, needles, own=own, plan=plan)
        if found is None:
            continue
        span, words, index = found
        if not same_word(words.keys[index], statement.head, story.lang):
            continue
        candidate = _candidate(statement, other, span, words, index, story, rules)
        if candidate is not None:
            candidates.append(candidate)
    figure = _figure(statement, story, rules)
    for offset in story.hits(figure, other, rules) if figure else ():
        # the figure the statement gives, said with another verb ("reportedly received a
        # $40m payout" / "left with a $40 million severance package")
        found = _word_at(statement, other, offset, story, needles, own=own)
        if found is None:
            continue
        span, words, index = found
        if words.keys[index] == figure:
            candidate = _candidate(statement, other, span, words, index, story, rules, figure=True)
            if candidate is not None:
                candidates.append(candidate)
    # the sentence sharing more object words states it, before a higher score of subject words
    # ("A video shows Officer Michael Slager" / "Video captured by a bystander showed Slager")
    for candidate in sorted(candidates, key=lambda c: (-c.objects, -c.score, c.span[0], c.index)):
        outright = _outright(statement, candidate, story, rules, own=own)
        if outright is not None:
            strong = candidate.score >= rules.strong_score and candidate.objects >= 2
            return StatementPair(
                hedged=statement,
                outright=outright,
                shared=candidate.shared,
                score=candidate.score,
                strong=strong,
                anchor=candidate.words[0].text,
            )
    return None


def _word_at(
    statement: HedgedStatement,
    other: str,
    offset: int,
    story: StoryText,
    needles: frozenset[str],
    *,
    own: bool,
    plan: _PlanNeedles | None = None,
) -> tuple[tuple[int, int], StatementWords, int] | None:
    """The sentence of ``other`` around ``offset``, its words, and the index of the word that
    starts there; None when no word starts at the offset, (with ``own``) when the sentence
    is the statement's own, or when it holds none of the ``needles`` (``statement_needles``:
    then no candidate can come of it, and its words are not read); for a plan (``plan``,
    ``plan_needles``) also when it fails ``_plan_may_match``."""
    span = story.sentence_at(other, offset)
    if span is None or (own and span[0] == statement.sentence_start):
        return None
    if not story.holds_any(other, span, needles):
        return None
    if plan is not None and not _plan_may_match(story, other, span, plan):
        return None
    words = story.words(other, span)
    index = words.index(offset)
    if index >= len(words.starts) or words.starts[index] != offset:
        return None
    return span, words, index


def _plan_may_match(
    story: StoryText, other: str, span: tuple[int, int], plan: _PlanNeedles
) -> bool:
    """Whether a sentence may give a plan a candidate (``needles.plan_needles``): it holds
    the needles of two object entries, or of a figure among the subject words."""
    objects, figures = plan
    if figures and story.holds_any(other, span, figures):
        return True
    held = 0
    for word in objects:
        if story.holds_any(other, span, word):
            held += 1
            if held >= 2:
                return True
    return False


def _figure(statement: HedgedStatement, story: StoryText, rules: StatementRules) -> str | None:
    """The figure among the first object words of a statement of fact ("received a [40]m
    payout"), when it is rare in the story and no year; None for a plan ("is expected to")."""
    if statement.hedge in rules.expecting:
        return None
    for word in statement.objects[: rules.figure_reach]:
        value = parse_number(word, story.lang) if word[:1].isdigit() else None
        if value is None or rules.years[0] <= value <= rules.years[1]:
            continue
        if story.weight(word) >= rules.figure_weight:
            return word
    return None


def _head_hits(head: str, other: str, story: StoryText, rules: StatementRules) -> list[int]:
    """Where words that may be ``head``, or another form of its act, start in a source."""
    group = rules.kin.get(head)
    if group is None:
        return story.hits(head, other, rules)
    found = {o for form in (head, *rules.kin_forms[group]) for o in story.hits(form, other, rules)}
    return sorted(found)
