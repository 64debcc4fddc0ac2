"""A source's sentences -> mentions of a concept, hedged or stated outright.

Some claims are said in words that share no verb: "an apparent suicide", "apparently of a
self-inflicted wound", "then apparently killed himself" and "took his own life" all say one
thing. The [statements.concepts] table of ``lexicon/hedges.toml`` lists each concept's
phrases; a mention is hedged when one of its `hedges` stands a few words before its
phrase in the same clause ("an apparent suicide"), and stated outright when its clause holds
no hedge, negation, modal, question, quotation or unconfirmed source. The matching stage
pairs a hedged mention with an outright one of another source
(``crosscheck.match.concept_pairs``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.certainty.hits import clause_span, hit_window, sentences_with_hits
from crosscheck.certainty.reading import attribution_in, hedges_in, read_sentence
from crosscheck.certainty.records import ConceptMention
from crosscheck.certainty.rules import (
    HEDGES_LEXICON,
    _integer,
    _normal_form,
    _Phrases,
    _phrases_pattern,
    _strings,
)
from crosscheck.certainty.sentence_words import StatementWords, in_quotation
from crosscheck.certainty.statement_rules import statement_rules
from crosscheck.errors import LexiconError
from crosscheck.lexicon import lexicon_path, load_lexicon, reading_language, require
from crosscheck.model import CertaintyLevel, Sentence, Source


@dataclass(frozen=True, slots=True, kw_only=True)
class _ConceptRules:
    pattern: _Phrases
    keys: tuple[str, ...]  # the longest word of each phrase (a quick test)
    concepts: Mapping[str, str]  # normalised phrase -> concept
    hedges: _Phrases
    not_after: frozenset[str]
    with_object: frozenset[str]  # concepts whose object tells them apart ("reference to X")
    own_hedges: frozenset[str]  # phrases hedged by themselves ("too close to call")
    by_place: frozenset[str]  # concepts told apart by the place they name (a race)
    article_place_skip: frozenset[str]  # states not taken as an article's own (the capital)
    reach: int
    before: int
    after: int
    lang: str  # the language whose words these are


def concept_rules(lang: str) -> _ConceptRules:
    """The [statements.concepts] table of the ``hedges.toml`` of language ``lang``, compiled
    once per language (the matching stage hands the story's)."""
    return _concept_rules(lang)


@cache
def _concept_rules(lang: str) -> _ConceptRules:
    """Load and compile the [statements.concepts] table of the ``hedges.toml`` of ``lang``."""
    lex = HEDGES_LEXICON
    statements = require(load_lexicon(lex, lang), "statements", dict, lex, lang=lang)
    table = require(statements, "concepts", dict, lex, lang=lang)
    concepts: dict[str, str] = {}
    for concept, phrases in require(table, "phrases", dict, lex, lang=lang).items():
        if not isinstance(phrases, list):
            raise LexiconError(
                f"concept {concept!r} must list phrases", path=lexicon_path(lex, lang)
            )
        for phrase in _strings({"p": phrases}, "p", lex, lang):
            concepts[phrase] = concept
    return _ConceptRules(
        pattern=_phrases_pattern(concepts),
        keys=tuple(sorted({max(p.split(), key=len) for p in concepts})),
        concepts=concepts,
        hedges=_phrases_pattern(_strings(table, "hedges", lex, lang)),
        not_after=frozenset(_strings(table, "not_after", lex, lang)),
        with_object=frozenset(_strings(table, "with_object", lex, lang)),
        own_hedges=frozenset(_strings(table, "own_hedges", lex, lang)),
        by_place=frozenset(_strings(table, "by_place", lex, lang)),
        article_place_skip=frozenset(_strings(table, "article_place_skip", lex, lang)),
        reach=_integer(table, "hedge_reach", lex, lang),
        before=_integer(table, "words_before", lex, lang),
        after=_integer(table, "words_after", lex, lang),
        lang=lang,
    )


def find_concept_mentions(source: Source, sentences: Sequence[Sentence]) -> list[ConceptMention]:
    """The hedged and outright mentions of every concept in one source, in text order (read
    with the lexicons of the source's language, ``lexicon.reading_language``)."""
    rules = concept_rules(reading_language(source.id, source.language))
    stated = statement_rules(rules.lang)
    found: list[ConceptMention] = []
    for sentence, hits in sentences_with_hits(source, sentences, rules.keys, rules.pattern):
        text = sentence.text
        words = StatementWords(text, 0, len(text), stated)
        for hit in hits:
            mention = _mention(source, sentence, words, hit, rules)
            if mention is not None:
                found.append(mention)
    return found


def _mention(
    source: Source,
    sentence: Sentence,
    words: StatementWords,
    hit: re.Match[str],
    rules: _ConceptRules,
) -> ConceptMention | None:
    text = sentence.text
    if in_quotation(words.marks, hit.start()):
        return None
    after = words.index(hit.end())
    if after < len(words.keys) and words.keys[after] in rules.not_after:
        return None  # "suicide bombing": another thing
    reading = read_sentence(text, rules.lang)
    clause_start, clause_end = clause_span(reading, hit.start(), hit.end())
    low, first, high = words.index(clause_start), words.index(hit.start()), words.index(clause_end)
    if words.negated(low, high):
        return None
    concept = rules.concepts[_normal_form(hit.group())]
    own = _normal_form(hit.group()) in rules.own_hedges
    hedge = hit if own else _hedge_before(text, words, max(low, first - rules.reach), first, rules)
    if hedge is not None and not own and concept in rules.by_place:
        return None  # "apparently won Missouri": a hedged statement's, not this concept's
    start = hit.start()
    if hedge is None or own:
        stated = statement_rules(rules.lang)
        before = words.keys[max(low, first - 3) : first]
        if words.blocked_in(low, first) or any(k in stated.modals for k in before):
            return None  # "whether he killed himself", "likely to be too close to call"
    if hedge is None:
        if hedges_in(reading, hit.start(), hit.end()).level is CertaintyLevel.HEDGED:
            return None  # hedged by a word the concept does not list: neither side
    else:
        start = hedge.start()
    stops = statement_rules(rules.lang).stop_words
    phrase_words = set(_normal_form(hit.group()).split())
    near = range(max(0, first - rules.before), min(len(words.keys), after + rules.after))
    if own:  # "Republicans won Illinois, and were leading in returns in [Maryland]"
        near = range(max(near.start, low), min(near.stop, high))
    elif concept in rules.by_place:  # "Ohio, where [a district that Trump won handily]"
        breaks = statement_rules(rules.lang).object_breaks
        near = range(_after_break(words, breaks, near.start, first), near.stop)
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
        concept=concept,
        start=base + start,
        end=base + hit.end(),
        text=source.text[base + start : base + hit.end()],
        phrase=hit.group(),
        sentence=hit_window(source.text, base, sentence.end, base + start, base + hit.end()),
        sentence_start=base,
        sentence_end=sentence.end,
        hedge=None if hedge is None else _normal_form(hedge.group()),
        attribution=attribution_in(reading, start, hit.end()),
        words=kept,
        after=tuple(w for w in kept if w in following),
    )


def _after_break(words: StatementWords, breaks: frozenset[str], low: int, first: int) -> int:
    """The first of words ``low``..``first`` after the last of ``breaks`` (words that open a
    subordinate clause: "where", "who", "which", ...) before word ``first``."""
    for index in range(first - 1, low - 1, -1):
        if words.keys[index] in breaks:
            return index + 1
    return low


def _hedge_before(
    text: str, words: StatementWords, low: int, first: int, rules: _ConceptRules
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
