"""A source's sentences -> mentions of a concept; mentions of several sources -> hedged pairs.

Some claims are said in words that share no verb: "an apparent suicide", "apparently of a
self-inflicted wound", "then apparently killed himself" and "took his own life" all say one
thing. The [statements.concepts] table of ``lexicon/hedges.toml`` lists each concept's
phrases; a mention is hedged when one of its `hedges` stands a few words before its
phrase in the same clause ("an apparent suicide"), and stated outright when its clause holds
no hedge, negation, modal, question, quotation or unconfirmed source. A hedged mention is
paired with the outright mention of another source whose words around the phrase share
enough distinctive words with its own (the same person, the same event): each shared word
counts ln(sentences of the story / sentences holding it), as for hedged statements.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.certainty.hits import _clause, _sentence_window, sentences_with_hits
from crosscheck.certainty.outright import _one_speaker
from crosscheck.certainty.reading import attribution_in, hedges_in, read_sentence
from crosscheck.certainty.records import (
    ConceptMention,
    HedgedStatement,
    OutrightStatement,
    StatementPair,
)
from crosscheck.certainty.rules import (
    HEDGES_LEXICON,
    _integer,
    _normal_form,
    _Phrases,
    _phrases_pattern,
    _strings,
)
from crosscheck.certainty.sentence_words import _in_quotation, _Words
from crosscheck.certainty.statement_rules import statement_rules
from crosscheck.certainty.story_text import StoryText
from crosscheck.errors import LexiconError
from crosscheck.lexicon import lexicon_path, load_lexicon, require
from crosscheck.model import Certainty, CertaintyLevel, Sentence, Source


@dataclass(frozen=True, slots=True, kw_only=True)
class _ConceptRules:
    pattern: _Phrases
    keys: tuple[str, ...]  # the longest word of each phrase (a quick test)
    concepts: Mapping[str, str]  # normalised phrase -> concept
    hedges: _Phrases
    not_after: frozenset[str]
    with_object: frozenset[str]  # concepts whose object tells them apart ("reference to X")
    reach: int
    before: int
    after: int


@cache
def _concept_rules() -> _ConceptRules:
    """Load and compile the [statements.concepts] table of ``lexicon/hedges.toml`` once."""
    lex = HEDGES_LEXICON
    statements = require(load_lexicon(lex), "statements", dict, lex)
    table = require(statements, "concepts", dict, lex)
    concepts: dict[str, str] = {}
    for concept, phrases in require(table, "phrases", dict, lex).items():
        if not isinstance(phrases, list):
            raise LexiconError(f"concept {concept!r} must list phrases", path=lexicon_path(lex))
        for phrase in _strings({"p": phrases}, "p", lex):
            concepts[phrase] = concept
    return _ConceptRules(
        pattern=_phrases_pattern(concepts),
        keys=tuple(sorted({max(p.split(), key=len) for p in concepts})),
        concepts=concepts,
        hedges=_phrases_pattern(_strings(table, "hedges", lex)),
        not_after=frozenset(_strings(table, "not_after", lex)),
        with_object=frozenset(_strings(table, "with_object", lex)),
        reach=_integer(table, "hedge_reach", lex),
        before=_integer(table, "words_before", lex),
        after=_integer(table, "words_after", lex),
    )


def find_concept_mentions(source: Source, sentences: Sequence[Sentence]) -> list[ConceptMention]:
    """The hedged and outright mentions of every concept in one source, in text order."""
    rules = _concept_rules()
    found: list[ConceptMention] = []
    for sentence, hits in sentences_with_hits(source, sentences, rules.keys, rules.pattern):
        text = sentence.text
        words = _Words(text, 0, len(text), statement_rules())
        for hit in hits:
            mention = _mention(source, sentence, words, hit, rules)
            if mention is not None:
                found.append(mention)
    return found


def _mention(
    source: Source,
    sentence: Sentence,
    words: _Words,
    hit: re.Match[str],
    rules: _ConceptRules,
) -> ConceptMention | None:
    text = sentence.text
    if _in_quotation(words.marks, hit.start()):
        return None
    after = words.index(hit.end())
    if after < len(words.keys) and words.keys[after] in rules.not_after:
        return None  # "suicide bombing": another thing
    reading = read_sentence(text)
    clause_start, clause_end = _clause(reading, hit.start(), hit.end())
    low, first, high = words.index(clause_start), words.index(hit.start()), words.index(clause_end)
    if words.negated(low, high):
        return None
    hedge = _hedge_before(text, words, max(low, first - rules.reach), first, rules)
    start = hit.start()
    if hedge is None:
        stated = statement_rules()
        before = words.keys[max(low, first - 3) : first]
        if words.blocked_in(low, first) or any(k in stated.modals for k in before):
            return None  # "whether he killed himself", "threatened to kill himself"
        if hedges_in(reading, hit.start(), hit.end()).level is CertaintyLevel.HEDGED:
            return None  # hedged by a word the concept does not list: neither side
    else:
        start = hedge.start()
    stops = statement_rules().stop_words
    phrase_words = set(_normal_form(hit.group()).split())
    near = range(max(0, first - rules.before), min(len(words.keys), after + rules.after))
    kept = tuple(
        dict.fromkeys(
            words.keys[i]
            for i in near
            if words.keys[i] not in stops
            and words.keys[i] not in phrase_words
            and words.keys[i][:1].isalnum()
            and not (hedge is not None and hedge.start() <= words.starts[i] < hedge.end())
        )
    )
    following = {words.keys[i] for i in range(after, min(len(words.keys), after + rules.after))}
    base = sentence.start
    return ConceptMention(
        source=source.id,
        concept=rules.concepts[_normal_form(hit.group())],
        start=base + start,
        end=base + hit.end(),
        text=source.text[base + start : base + hit.end()],
        phrase=hit.group(),
        sentence=_sentence_window(source.text, base, sentence.end, base + start, base + hit.end()),
        sentence_start=base,
        sentence_end=sentence.end,
        hedge=None if hedge is None else _normal_form(hedge.group()),
        attribution=attribution_in(reading, start, hit.end()),
        words=kept,
        after=tuple(w for w in kept if w in following),
    )


def _hedge_before(
    text: str, words: _Words, low: int, first: int, rules: _ConceptRules
) -> re.Match[str] | None:
    """The last concept hedge among the few words before a phrase, with no punctuation
    between ("an apparent suicide", "apparently of a self-inflicted wound")."""
    if first <= low:
        return None
    window_start = words.tokens[low].start
    window_end = words.tokens[first].start
    found = None
    for match in rules.hedges.finditer(text[window_start:window_end]):
        found = match
    if found is None:
        return None
    at = words.index(window_start + found.start())
    if not words.unbroken(at, first):
        return None
    return rules.hedges.folded.match(text, window_start + found.start())


# --------------------------------------------------------------------------- pairing


def concept_pairs(
    sources: Sequence[Source],
    mentions: Mapping[str, Sequence[ConceptMention]],
    spans: Mapping[str, Sequence[tuple[int, int]]],
    *,
    story: StoryText | None = None,
) -> list[StatementPair]:
    """Pair each hedged mention with the best outright mention of the same concept in
    another source; none when its own source states the concept outright too. ``story``
    is ``StoryText(sources, spans)`` when the caller has read it already."""
    story = StoryText(sources, spans) if story is None else story
    rules = statement_rules()
    found: list[StatementPair] = []
    for source in sources:
        own = mentions.get(source.id, ())
        for hedged in own:
            if hedged.hedge is None or any(_confirms(m, hedged) for m in own):
                continue  # its own article states it outright too
            for other in sources:
                if other.id == source.id:
                    continue
                best = _best_outright(hedged, mentions.get(other.id, ()), story)
                if best is not None:
                    outright, shared, score = best
                    found.append(_pair(hedged, outright, shared, score, rules.strong_score))
    return found


def _best_outright(
    hedged: ConceptMention, others: Sequence[ConceptMention], story: StoryText
) -> tuple[ConceptMention, tuple[str, ...], float] | None:
    rules = statement_rules()
    best: tuple[ConceptMention, tuple[str, ...], float] | None = None
    for other in others:
        if other.concept != hedged.concept or other.hedge is not None:
            continue
        if _speakers_differ(hedged, other, story):
            continue
        shared = tuple(w for w in hedged.words if w in other.words)
        score = sum(story.weight(w) for w in shared)
        if len(shared) < 2 or score < rules.min_score:
            continue
        if hedged.concept in _concept_rules().with_object and (
            sum(1 for w in hedged.after if w in other.after) < _OBJECT_WORDS
        ):
            continue  # a reference to one thing is no reference to another
        if best is None or score > best[2]:
            best = (other, shared, score)
    return best


def _confirms(outright: ConceptMention, hedged: ConceptMention) -> bool:
    """Whether an outright mention states what a hedged one hedges: the same concept, and
    for a concept with an object the same object ("swipes at the president" does not
    state "a reference to Trump's slogan")."""
    if outright.hedge is not None or outright.concept != hedged.concept:
        return False
    if hedged.concept not in _concept_rules().with_object:
        return True
    return sum(1 for w in hedged.after if w in outright.after) >= _OBJECT_WORDS


_OBJECT_WORDS = 2
"""How many words after the phrase a concept with an object must share ("reference to")."""


def _speakers_differ(hedged: ConceptMention, other: ConceptMention, story: StoryText) -> bool:
    """Whether the outright side credits someone the hedge does not allow (as for hedged
    statements: "reportedly" against a credited statement; two speakers)."""
    span = (other.sentence_start, other.sentence_end)
    reported = story.reported(other.source, span, other.start, other.end)
    if hedged.hedge in statement_rules().attributing and (other.attribution or reported):
        return True
    if hedged.attribution is None:
        return False
    if other.attribution is not None:
        return not _one_speaker(other.attribution, hedged.attribution)
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
