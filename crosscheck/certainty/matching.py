"""Hedged statements of several sources -> pairs with a sentence that states them outright.

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
from dataclasses import dataclass, replace
from functools import lru_cache

from crosscheck.certainty.hits import _clause, _is_question, _sentence_window
from crosscheck.certainty.needles import plan_needles, statement_needles
from crosscheck.certainty.outright import _one_speaker, _tighten, through_stop_words
from crosscheck.certainty.reading import (
    attribution_in,
    hedges_in,
)
from crosscheck.certainty.records import HedgedStatement
from crosscheck.certainty.rules import _HARD_STOPS, _normal
from crosscheck.certainty.sentence_words import _in_quotation, _Words
from crosscheck.certainty.statement_rules import _StatementRules, statement_rules
from crosscheck.certainty.story_text import StoryText
from crosscheck.certainty.subjects import _before_apposition
from crosscheck.model import CertaintyLevel, Source
from crosscheck.quantities.find import parse_number
from crosscheck.text.words import Token


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


# --------------------------------------------------------------------------- matching


@lru_cache(maxsize=65536)
def same_word(a: str, b: str) -> bool:
    """Whether two lower-case words are one ("received" / "receives", "kill" / "killed")."""
    if a == b:
        return True
    if a[:1].isdigit() or b[:1].isdigit():
        return False
    rules = statement_rules()
    group = rules.kin.get(a)
    if group is not None and group == rules.kin.get(b):
        return True  # one act or one scale word ("went" / "traveled", "m" / "million")
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return (
        common >= rules.stem_letters
        and len(a) - common <= rules.ending_letters
        and len(b) - common <= rules.ending_letters
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class _Candidate:
    source: str
    span: tuple[int, int]
    index: int  # of the matching first word among the sentence's words
    words: tuple[Token, ...]  # the words both sides share, the first word included
    shared: tuple[str, ...]
    objects: int
    subjects: int
    score: float


def match_statements(
    sources: Sequence[Source],
    hedged: Mapping[str, Sequence[HedgedStatement]],
    spans: Mapping[str, Sequence[tuple[int, int]]],
    *,
    story: StoryText | None = None,
) -> list[StatementPair]:
    """Pair each hedged statement with the sentence of another source that states it outright.

    Args:
        sources: The story's sources (their texts are searched).
        hedged: The hedged statements of each source, by source id.
        spans: The sentence spans of each source, by source id.
        story: ``StoryText(sources, spans)`` when the caller has read it already (shared
            with ``concept_pairs``: what one reads of a text the other need not read again).

    Returns:
        At most one pair per hedged statement and other source, in source and text order;
        one per pair of sentences.
    """
    story = StoryText(sources, spans) if story is None else story
    rules = statement_rules()
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


def _needles_of(statement: HedgedStatement, rules: _StatementRules) -> _Needles:
    """What a sentence must hold to give ``statement`` a candidate (``_word_at``), read
    once per statement for all the sources it is sought in."""
    plan = plan_needles(statement, rules) if statement.hedge in rules.expecting else None
    return statement_needles(statement, rules), plan


def _best(
    statement: HedgedStatement,
    other: str,
    story: StoryText,
    rules: _StatementRules,
    *,
    own: bool = False,
    reads: _Needles | None = None,
) -> StatementPair | None:
    """The best outright statement of ``other``; with ``own``, of the statement's own source
    (another of its sentences), credited to anyone. ``reads``: ``_needles_of(statement)``,
    when the caller has read it already."""
    candidates: list[_Candidate] = []
    needles, plan = _needles_of(statement, rules) if reads is None else reads
    for offset in _head_hits(statement.head, other, story, rules):
        found = _word_at(statement, other, offset, story, needles, own=own, plan=plan)
        if found is None:
            continue
        span, words, index = found
        if not same_word(words.keys[index], statement.head):
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
    for candidate in sorted(candidates, key=lambda c: (-c.score, c.span[0], c.index)):
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
) -> tuple[tuple[int, int], _Words, int] | None:
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


def _figure(statement: HedgedStatement, story: StoryText, rules: _StatementRules) -> str | None:
    """The figure among the first object words of a statement of fact ("received a [40]m
    payout"), when it is rare in the story and no year; None for a plan ("is expected to")."""
    if statement.hedge in rules.expecting:
        return None
    for word in statement.objects[: rules.figure_reach]:
        value = parse_number(word) if word[:1].isdigit() else None
        if value is None or rules.years[0] <= value <= rules.years[1]:
            continue
        if story.weight(word) >= rules.figure_weight:
            return word
    return None


def _head_hits(head: str, other: str, story: StoryText, rules: _StatementRules) -> list[int]:
    """Where words that may be ``head``, or another form of its act, start in a source."""
    group = rules.kin.get(head)
    if group is None:
        return story.hits(head, other, rules)
    found = {o for form in (head, *rules.kin_forms[group]) for o in story.hits(form, other, rules)}
    return sorted(found)


def _candidate(
    statement: HedgedStatement,
    other: str,
    span: tuple[int, int],
    words: _Words,
    index: int,
    story: StoryText,
    rules: _StatementRules,
    *,
    figure: bool = False,
) -> _Candidate | None:
    """The words of a sentence around its word ``index`` (the statement's first word, or
    with ``figure`` its figure) that the statement shares, if enough and distinctive."""
    low = max(0, index - rules.window_words)
    reach = max(0, index - 2 * rules.window_words)
    high = min(len(words.keys), index + rules.window_words + 1)
    matched: dict[str, int] = {}
    for word in (*statement.objects, *statement.subjects):
        if word in matched:
            continue
        # an object word must stand in the same stretch as the first word, without
        # punctuation between ("daughter of Haitian immigrants, denounced ... and called")
        inside = word in statement.objects
        first, kin = word[:1], word in rules.kin
        for at in range(low, high):
            key = words.keys[at]
            if (
                (key[:1] == first or kin)
                and same_word(key, word)
                and (not inside or words.unbroken(at, index))
            ):
                matched[word] = at
                break
        else:
            # a subject may stand further back: a name past an apposition ("Lois Lerner,
            # the director of the division at the IRS, will invoke"), a common noun with no
            # punctuation between ("the lone surviving suspect in the bombing attack on the
            # Boston Marathon one week ago is communicating")
            # and a name may open the sentence before a long apposition ("Lois Lerner, the
            # director of the tax-exempt division at the IRS that oversaw the program, will
            # invoke"): a named statement's subject is looked for back to the sentence's start
            for at in range(0 if statement.named else reach, low) if not inside else ():
                key = words.keys[at]
                upper = words.tokens[at].text[:1].isupper()
                if (
                    (key[:1] == first or kin)
                    and (upper or words.unbroken(at, index))
                    and (at >= reach or _before_apposition(words, story.texts[other], at, rules))
                    and same_word(key, word)
                ):
                    matched[word] = at
                    break
    objects = sum(1 for w in statement.objects if w in matched)
    subjects = sum(1 for w in statement.subjects if w in matched and w not in statement.objects)
    if not figure and not objects and _counted(statement, matched, story, rules):
        objects = 2  # "more than 130 people have reportedly been killed" / "130 Palestinians
        # killed": a rare figure counting the subject, beside the same verb, tells the statement
    if (statement.objects and not objects) or (
        statement.subjects and not subjects and objects < rules.objects_alone
    ):
        return None  # a subject said in other words ("the government" / "the Justice
        # Department") is no bar when enough object words tell the statement
    if figure and (not subjects or objects < 2):
        return None  # a figure alone is no statement: its subject and noun must be shared
    if (objects + subjects < 2 and not _bare(statement, subjects)) or (
        objects < 2 and not subjects
    ):
        return None
    expecting = statement.hedge in rules.expecting
    if expecting and (objects < 2 or 3 * objects < 2 * len(statement.objects)):
        return None
    score = (0.0 if figure else story.weight(statement.head)) + sum(
        story.weight(w) for w in matched
    )
    bare = _bare(statement, subjects) and not objects
    if score < (rules.expecting_min_score if expecting else rules.min_score) and not (
        bare and score >= rules.bare_min_score
    ):
        return None
    if statement.subjects and not subjects and score < rules.strong_score:
        return None  # without its subject the statement's words must be distinctive
    if score < rules.sure_score and objects < 2 and 2 * objects < len(statement.objects):
        return None  # one of many object words: "reportedly called Haiti ..." / "Haitian"
    return _Candidate(
        source=other,
        span=span,
        index=index,
        words=(words.tokens[index], *(words.tokens[at] for at in matched.values())),
        shared=tuple(matched),
        objects=objects,
        subjects=subjects,
        score=score,
    )


def _counted(
    statement: HedgedStatement, matched: Mapping[str, int], story: StoryText, rules: _StatementRules
) -> bool:
    """Whether the statement's subject is counted by a figure both sides give ("[130] people
    were reportedly killed"), rare in the story and no year."""
    for word in statement.subjects:
        if word not in matched or not word[:1].isdigit():
            continue
        value = parse_number(word)
        if (
            value is not None
            and not rules.years[0] <= value <= rules.years[1]
            and story.weight(word) >= rules.figure_weight
        ):
            return True
    return False


def _bare(statement: HedgedStatement, subjects: int) -> bool:
    """Whether a statement is its first word and a named subject alone ("Brown, who was
    apparently unarmed"): the name and that word, both shared, tell it."""
    return not statement.objects and subjects == 1 and statement.named


def _outright(
    statement: HedgedStatement,
    candidate: _Candidate,
    story: StoryText,
    rules: _StatementRules,
    *,
    own: bool = False,
) -> OutrightStatement | None:
    """The candidate as an outright statement, or None when it does not state it outright.

    With ``own`` (a sentence of the hedged statement's own source) a statement credited to
    someone counts too: the article itself then gives the statement as confirmed.
    """
    start, end = candidate.span
    text = story.texts[candidate.source]
    sentence = text[start:end]
    if _is_question(sentence):
        return None
    words = story.words(candidate.source, candidate.span)
    index = candidate.index
    head = words.tokens[index]
    local = head.start - start
    if _in_quotation(words.marks, head.start) or (words.unconfirmed and not own):
        return None
    if not own and _normal(sentence) in story.relabelled(candidate.source):
        return None  # a headline printed twice, once as "Report: ...": a report, not a fact
    planned = statement.hedge in rules.expecting
    allowed = rules.expecting_modals if planned else frozenset()
    before = words.keys[max(0, index - 3) : index]
    for key in before:
        if key in rules.negations or (key in rules.modals and key not in allowed):
            return None
    if (
        planned
        and not any(key in allowed for key in before)
        and not (
            words.keys[index] != statement.head
            and story.outcome_first(candidate.source, statement.source)
        )
    ):
        # "is expected to sign" against "signed" is the plan and its outcome, not two
        # certainties of one statement: only "will sign" states the plan outright, unless
        # the outcome ("signed", "signs": another form than the plan's "sign", which may be
        # a noun, "the State of the Union address") was published first
        return None
    reading = story.reading(candidate.source, candidate.span)
    clause_start, _ = _clause(reading, local, local + len(head.text))
    if words.blocked_in(words.index(start + clause_start), index):
        return None
    first = min(w.start for w in candidate.words)
    last = max(w.end for w in candidate.words)
    if any(c in _HARD_STOPS for c in text[first:last]) and last - first > len(head.text):
        first, last = _tighten(candidate.words, text, head)
    if last == head.end:
        last = through_stop_words(text, head.end)
    if hedges_in(reading, first - start, last - start).level is CertaintyLevel.HEDGED:
        return None
    attribution = attribution_in(reading, first - start, last - start)
    if own and statement.hedge in rules.attributing and not words.confirming:
        reported = story.reported(candidate.source, candidate.span, head.start, head.end)
        if attribution is not None or reported:
            return None  # "reportedly thrown" and "authorities say ... threw": the report itself
    if own:
        return OutrightStatement(
            source=candidate.source,
            start=first,
            end=last,
            text=text[first:last],
            sentence=sentence,
            sentence_start=start,
            attribution=attribution,
        )
    reported = story.reported(candidate.source, candidate.span, head.start, head.end)
    if statement.hedge in rules.attributing and (attribution is not None or reported):
        return None  # "reportedly" against a statement credited to someone: both attribute it
    if statement.attribution is not None and (
        not _one_speaker(attribution, statement.attribution)
        if attribution is not None
        else reported
    ):
        return None  # two speakers (one of them perhaps unnamed: "the hospital says")
    return OutrightStatement(
        source=candidate.source,
        start=first,
        end=last,
        text=text[first:last],
        sentence=_sentence_window(text, start, end, first, last),
        sentence_start=start,
        attribution=attribution,
    )
