"""Concept mentions of several sources -> each hedged one paired with an outright one.

A hedged mention of a concept ("an apparent suicide"; ``certainty.concepts``) is paired
with the outright mention of another source ("took his own life") whose words around the
phrase share enough distinctive words with its own (the same person, the same event): each
shared word counts ln(sentences of the story / sentences holding it), as for hedged
statements (``statement_search``). None when its own source states the concept outright
too. Part of the statement family's matching (``statement_pairs.pair_statements``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from crosscheck.certainty.concepts import concept_rules
from crosscheck.certainty.records import (
    ConceptMention,
    HedgedStatement,
    OutrightStatement,
    StatementPair,
)
from crosscheck.certainty.statement_rules import statement_rules
from crosscheck.claims.listed_places import date_places
from crosscheck.match.block_matcher import block_pairs
from crosscheck.match.statements.outright import _one_speaker
from crosscheck.match.statements.story_text import StoryText
from crosscheck.model import Certainty, CertaintyLevel, Source
from crosscheck.text.possessive import possessives


def concept_pairs(
    sources: Sequence[Source],
    mentions: Mapping[str, Sequence[ConceptMention]],
    spans: Mapping[str, Sequence[tuple[int, int]]],
    lang: str,
    *,
    story: StoryText | None = None,
) -> list[StatementPair]:
    """Pair each hedged mention with the best outright mention of the same concept in
    another source; none when its own source states the concept outright too, read in the
    story's language ``lang``. ``story`` is ``StoryText(sources, spans, lang)`` when the
    caller has read it already.

    The mentions go through the shared block matcher (``block_matcher.block_pairs``),
    blocked on their concept, ``_fitting`` their pair gate; of each hedged mention's
    partners in one other source the best scored is kept (the first of equal scores).
    Returns the pairs in the order of the hedged mentions (sources in report order), then
    of the other sources.
    """
    story = StoryText(sources, spans, lang) if story is None else story
    rules = statement_rules(lang)
    numbered = [m for source in sources for m in mentions.get(source.id, ())]
    kept = [
        _Numbered(number=n, mention=m)
        for n, m in enumerate(numbered)
        if m.hedge is None or not any(_confirms(o, m, story) for o in mentions.get(m.source, ()))
    ]  # a hedged mention its own article states outright too is not paired
    fits = block_pairs(
        kept,
        key=lambda item: item.mention.concept,
        source=lambda item: item.mention.source,
        gate=lambda a, b: _fitting(a, b, story),
        order=lambda fit: (fit.hedged.number, fit.outright.number),
    )
    best: dict[tuple[int, str], _Fit] = {}
    for fit in fits:
        held = best.get(fit.side)
        if held is None or fit.score > held.score:
            best[fit.side] = fit
    return [
        _pair(fit.hedged.mention, fit.outright.mention, fit.shared, fit.score, rules.strong_score)
        for fit in best.values()
    ]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Numbered:
    """A concept mention and its place among all the story's mentions (sources in report
    order, each source's mentions in their order)."""

    number: int
    mention: ConceptMention


@dataclass(frozen=True, slots=True, kw_only=True)
class _Fit:
    """A hedged mention, an outright mention of another source that may state it, the
    distinctive words they share and their weight."""

    hedged: _Numbered
    outright: _Numbered
    shared: tuple[str, ...]
    score: float

    @property
    def side(self) -> tuple[int, str]:
        """The hedged mention and the other source (one partner kept per pair of them)."""
        return (self.hedged.number, self.outright.mention.source)


def _fitting(a: _Numbered, b: _Numbered, story: StoryText) -> _Fit | None:
    """The pair gate of two mentions of one concept from different sources: one hedged,
    the other outright, the same speaker allowed, enough distinctive words shared."""
    if a.mention.hedge is None and b.mention.hedge is not None:
        a, b = b, a
    if a.mention.hedge is None or b.mention.hedge is not None:
        return None
    found = _fits(a.mention, b.mention, story)
    if found is None:
        return None
    shared, score = found
    return _Fit(hedged=a, outright=b, shared=shared, score=score)


def _fits(
    hedged: ConceptMention, other: ConceptMention, story: StoryText
) -> tuple[tuple[str, ...], float] | None:
    """The words a hedged mention shares with an outright one of its concept and their
    weight, when the outright one may state it."""
    rules = statement_rules(story.lang)
    if _speakers_differ(hedged, other, story):
        return None
    if hedged.concept in concept_rules(story.lang).by_place:
        places = _shared_places(hedged, other, story)
        return (places, sum(story.weight(w) for w in places)) if places else None
    shared = tuple(w for w in hedged.words if w in other.words)
    score = sum(story.weight(w) for w in shared)
    if len(shared) < 2 or score < rules.min_score:
        return None
    if hedged.concept in concept_rules(story.lang).with_object and (
        sum(1 for w in hedged.after if w in other.after) < _OBJECT_WORDS
    ):
        return None  # a reference to one thing is no reference to another
    return shared, score


def _confirms(outright: ConceptMention, hedged: ConceptMention, story: StoryText) -> bool:
    """Whether an outright mention states what a hedged one hedges: the same concept, and
    for a concept with an object the same object ("swipes at the president" does not
    state "a reference to Trump's slogan")."""
    lang = story.lang
    if outright.hedge is not None or outright.concept != hedged.concept:
        return False
    if hedged.concept in concept_rules(lang).by_place:
        return bool(_shared_places(hedged, outright, story, confirming=True))
    if hedged.concept not in concept_rules(lang).with_object:
        return True
    return sum(1 for w in hedged.after if w in outright.after) >= _OBJECT_WORDS


def _shared_places(
    hedged: ConceptMention, other: ConceptMention, story: StoryText, *, confirming: bool = False
) -> tuple[str, ...]:
    """The US states (places.toml ``us_states``) both mentions name among their words, a
    name of two words read from two words in a row ("north carolina"). A hedged mention
    that names none is about its article's state (``_article_state``) when both name one
    person (``_names_shared``), or ``confirming`` (its own article's outright mention, which
    only drops a pair); the other mention must name the state among its own words."""
    lang = story.lang
    theirs = set(_places(other.words, lang))
    own = _places(hedged.words, lang)
    if not own and hedged.hedge is not None and (confirming or _names_shared(hedged, other, lang)):
        state = _article_state(story.texts[hedged.source], lang)
        own = () if state is None else (state,)
    return tuple(p for p in own if p in theirs)


def _names_shared(hedged: ConceptMention, other: ConceptMention, lang: str) -> bool:
    """Whether both mentions name one person or body among their words, a word written with
    a capital inside both sentences ("Cochran's backers" / "Sen. Thad Cochran"), not a
    state: without a state of its own, a hedged mention is read as its article's only when
    it also names whom the race is about ("This election remains too close to call" names
    nobody: not Virginia's governor's race of another outlet)."""
    states = date_places(lang).us_states
    owners = possessives(lang)
    words = {owners.owner(w, owners.as_written) for w in hedged.words} - states
    others = {owners.owner(w, owners.as_written) for w in other.words}
    shared = words & others
    return bool(shared & _capitalised(hedged.sentence, lang) & _capitalised(other.sentence, lang))


def _capitalised(sentence: str, lang: str) -> set[str]:
    """The words written with a capital in a sentence, but its first, lower-cased and read
    without a possessive ending."""
    owners = possessives(lang)
    found = _WORD.findall(sentence)[1:]
    return {owners.owner(w.casefold(), owners.as_written) for w in found if w[:1].isupper()}


_ARTICLES_KEPT = 256
"""How many articles' states ``_article_state`` keeps (a story's sources, a few stories)."""


@lru_cache(maxsize=_ARTICLES_KEPT)
def _article_state(text: str, lang: str) -> str | None:
    """The US state an article names more often than any other, and at least twice ("all
    but set for a runoff" in an article on Mississippi's primary that also names "Kansas
    Sen. Jerry Moran"); None on a tie. The states of ``article_place_skip`` (mostly the
    capital: "Washington") are not counted. Read once per article (cached on its text):
    each pair of a hedged mention without a state of its own asks it again."""
    skip = concept_rules(lang).article_place_skip
    states = date_places(lang).us_states
    owners = possessives(lang)
    words = [owners.owner(w, owners.as_written) for w in _WORD.findall(text.casefold())]
    named = (*words, *(f"{a} {b}" for a, b in pairwise(words)))
    counts = Counter(w for w in named if w in states and w not in skip)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _ARTICLE_STATE_MIN:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _places(words: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """The US states among a mention's words, in their order, a possessive read as its
    name ("Mississippi's primary")."""
    states = date_places(lang).us_states
    owners = possessives(lang)
    words = tuple(owners.owner(w, owners.as_written) for w in words)
    pairs = (f"{a} {b}" for a, b in pairwise(words))
    return tuple(dict.fromkeys(w for w in (*words, *pairs) if w in states))


_ARTICLE_STATE_MIN = 2
"""How often an article must name a state for it to be the article's own."""

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
"""A word of an article, with its possessive ending ("mississippi's")."""

_OBJECT_WORDS = 2
"""How many words after the phrase a concept with an object must share ("reference to")."""


def _speakers_differ(hedged: ConceptMention, other: ConceptMention, story: StoryText) -> bool:
    """Whether the outright side credits someone the hedge does not allow (as for hedged
    statements: "reportedly" against a credited statement; two speakers)."""
    span = (other.sentence_start, other.sentence_end)
    reported = story.reported(other.source, span, other.start, other.end)
    if hedged.hedge in statement_rules(story.lang).attributing and (other.attribution or reported):
        return True
    if hedged.attribution is None:
        return False
    if other.attribution is not None:
        return not _one_speaker(other.attribution, hedged.attribution, story.lang)
    return reported


def _pair(
    hedged: ConceptMention,
    outright: ConceptMention,
    shared: tuple[str, ...],
    score: float,
    strong_score: float,
) -> StatementPair:
    statement = HedgedStatement(
        source=hedged.source,
        start=hedged.start,
        end=hedged.end,
        text=hedged.text,
        sentence=hedged.sentence,
        sentence_start=hedged.sentence_start,
        hedge=hedged.hedge or "",
        head=_lower_phrase(hedged.phrase),
        objects=(),
        subjects=(),
        certainty=Certainty(level=CertaintyLevel.HEDGED, hedges=(_hedge_words(hedged),)),
        attribution=hedged.attribution,
        hedge_start=hedged.start,
        head_end=hedged.end,
    )
    said = OutrightStatement(
        source=outright.source,
        start=outright.start,
        end=outright.end,
        text=outright.text,
        sentence=outright.sentence,
        sentence_start=outright.sentence_start,
        attribution=outright.attribution,
    )
    return StatementPair(
        hedged=statement,
        outright=said,
        shared=shared,
        score=score,
        strong=score >= strong_score and len(shared) >= 3,
        anchor=outright.phrase,
    )


def _lower_phrase(phrase: str) -> str:
    return " ".join(_lower_word(w) for w in phrase.split())


def _lower_word(word: str) -> str:
    return word.casefold().replace("\u2019", "'")


def _hedge_words(mention: ConceptMention) -> str:
    """The hedge of a hedged mention as written (the first words of its text)."""
    count = len((mention.hedge or "").split())
    return " ".join(mention.text.split()[:count])
