"""A source's sentences -> statements it credits to unnamed sources, as hedged statements.

"Trump will meet House Republicans on Tuesday, three sources told CNN" and "the inspector
general referred its finding ..., according to people familiar with the matter" give a
statement the outlet does not make its own: another outlet that states it outright, crediting
nobody, is more certain. The credit is read in the [statements.sourced] table of
``lexicon/hedges.toml``; the statement is the clause it governs (the words after "that" right
after the credit, else the words before the comma that opens it, else, when it opens the
sentence, the words after its comma). Its first word is found without a parser: the first
word after an auxiliary ("will [meet]"), with a past ending ("referred") or a form of
[statements.same_words] ("came"). The statement is an ordinary ``HedgedStatement`` whose
hedge is the table's ``label`` (an attributing hedge): ``crosscheck.certainty.matching``
pairs it like any other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.certainty.reading import attribution_in, read_sentence
from crosscheck.certainty.rules import HEDGES_LEXICON, _integer, _normal, _Phrases, _phrases_pattern
from crosscheck.certainty.statements import (
    HedgedStatement,
    _in_quotation,
    _sentence_window,
    _StatementRules,
    _Words,
    sentences_with_hits,
    statement_rules,
)
from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import Certainty, CertaintyLevel, Sentence, Source

_COMMA = ","


@dataclass(frozen=True, slots=True, kw_only=True)
class _SourcedRules:
    """The [statements.sourced] table, validated and compiled."""

    label: str
    pattern: _Phrases
    keys: tuple[str, ...]
    complementizers: frozenset[str]
    auxiliaries: frozenset[str]
    verb_ending: str
    not_after: frozenset[str]
    reach_before: int
    reach_after: int
    min_ending_word: int
    not_heads: frozenset[str]
    min_objects: int
    not_head_endings: tuple[str, ...]


def _words(table: dict[str, object], key: str) -> tuple[str, ...]:
    values = require(table, key, list, HEDGES_LEXICON)
    return tuple(_normal(str(v)) for v in values)


@cache
def sourced_rules() -> _SourcedRules:
    """Load and compile the [statements.sourced] table of ``lexicon/hedges.toml`` once."""
    lex = HEDGES_LEXICON
    statements = require(load_lexicon(lex), "statements", dict, lex)
    table = require(statements, "sourced", dict, lex)
    named = frozenset(_words(table, "named_speakers"))
    familiar = frozenset(_words(table, "familiar_links"))
    credits = [
        f"{speaker} {link}"
        for speaker in _words(table, "speakers")
        for link in _words(table, "links")
        if speaker not in named or link in familiar
    ]
    every = (*credits, *_words(table, "phrases"))
    return _SourcedRules(
        label=_normal(require(table, "label", str, lex)),
        pattern=_phrases_pattern(every),
        keys=tuple(sorted({max(p.split(), key=len) for p in every})),
        complementizers=frozenset(_words(table, "complementizers")),
        auxiliaries=frozenset(_words(table, "auxiliaries")),
        verb_ending=_normal(require(table, "verb_ending", str, lex)),
        not_after=frozenset(_words(table, "not_after")),
        reach_before=_integer(table, "reach_before", lex),
        reach_after=_integer(table, "reach_after", lex),
        min_ending_word=_integer(table, "min_ending_word", lex),
        not_heads=frozenset(_words(table, "not_heads")),
        min_objects=_integer(table, "min_objects", lex),
        not_head_endings=_words(table, "not_head_endings"),
    )


def find_sourced_statements(source: Source, sentences: Sequence[Sentence]) -> list[HedgedStatement]:
    """The statements one source credits to unnamed sources, in text order.

    At most one a sentence; none inside a quotation, a negated clause, or after a word that
    makes the sentence no assertion of the outlet ("whether", "accused").
    """
    rules, sourced = statement_rules(), sourced_rules()
    found: list[HedgedStatement] = []
    for sentence, hits in sentences_with_hits(source, sentences, sourced.keys, sourced.pattern):
        words = _Words(sentence.text, 0, len(sentence.text), rules)
        hit = hits[0]
        if not words.tokens or _in_quotation(words.marks, hit.start()):
            continue
        statement = _statement(source, sentence, words, hit.start(), hit.end(), rules, sourced)
        if statement is not None:
            found.append(statement)
    return found


def _region(
    words: _Words,
    text: str,
    start: int,
    end: int,
    rules: _StatementRules,
    sourced: _SourcedRules,
) -> tuple[int, int, int, int] | None:
    """The words of the statement a credit at ``[start, end)`` governs, as (first, stop)
    word indices, and the credit's own (first, stop) word indices; None when it governs none."""
    at, after = words.index(start), words.index(end)
    count = len(words.tokens)

    def comma_before(index: int) -> bool:
        return index > 0 and _COMMA in text[words.tokens[index - 1].end : words.tokens[index].start]

    # the credit's end: the next comma (or the sentence's end) within reach
    stop, clause = after, True
    while stop < count and stop - after < sourced.reach_after and not comma_before(stop):
        key = words.keys[stop]
        if key in sourced.complementizers:
            return stop + 1, count, at, stop + 1  # "sources told CNN that [Trump will meet]"
        clause = clause and key not in rules.object_breaks
        if clause and (key in sourced.auxiliaries or key in rules.modals):
            return None  # "sources tell Fox News as many as 11 [appear] ready": a statement
        stop += 1
    if stop < count and not comma_before(stop):
        return None  # the credit runs on: no clause boundary to read
    # the credit's start: the comma before it, within reach
    first = at
    while first > 0 and at - first < sourced.reach_before and not comma_before(first):
        first -= 1
    if first > 0 and comma_before(first):
        if words.keys[first] in rules.subject_stops:
            return None  # "..., and sources tell Fox News": a clause of its own
        return 0, first, first, stop  # "<statement>, a source said"
    if first == 0 and stop < count:
        return stop, count, 0, stop  # "According to a source familiar with ..., <statement>"
    return None


def _head(
    words: _Words, low: int, high: int, rules: _StatementRules, sourced: _SourcedRules
) -> int | None:
    """The index of the statement's first word (its verb) among words ``low``..``high - 1``."""
    for index in range(low + 1, high):
        key = words.keys[index]
        if (
            key in rules.stop_words
            or key in sourced.not_heads
            or key.endswith(rules.adverb_ending)
            or not words.tokens[index].text[:1].islower()
        ):
            continue
        if words.keys[index - 1] in sourced.not_after:
            continue  # an adjective: "a retired admiral"
        previous = index - 1
        while previous > low and _skipped(words.keys[previous], rules, sourced):
            previous -= 1
        if words.keys[previous] in sourced.auxiliaries:
            return index
        if key.endswith(sourced.not_head_endings):
            continue  # "running mate", "takes": no past form
        if (key.endswith(sourced.verb_ending) and len(key) > sourced.min_ending_word) or (
            key in rules.kin and key != rules.kin[key]
        ):
            return index
    return None


def _skipped(key: str, rules: _StatementRules, sourced: _SourcedRules) -> bool:
    """Whether a word between an auxiliary and its verb is passed over ("has [been] held")."""
    if key in sourced.auxiliaries:
        return False
    return key in rules.skip or key.endswith(rules.adverb_ending)


def _statement(
    source: Source,
    sentence: Sentence,
    words: _Words,
    start: int,
    end: int,
    rules: _StatementRules,
    sourced: _SourcedRules,
) -> HedgedStatement | None:
    text = sentence.text
    region = _region(words, text, start, end, rules, sourced)
    if region is None:
        return None
    low, high, credit_low, credit_high = region
    if words.negated(low, high):
        return None
    index = _head(words, low, high, rules, sourced)
    if index is None or words.blocked_in(0, index):
        return None
    head = words.tokens[index]
    if _in_quotation(words.marks, head.start):
        return None
    opened = max((b for b in words.breaks if low <= b < index), default=low - 1)
    subject_low = max(low, opened + 1, index - rules.subject_words)
    subjects = [
        i
        for i in range(subject_low, index)
        if words.keys[i] not in rules.stop_words
        and not credit_low <= i < credit_high
        and words.unbroken(i, index)
    ]
    if not subjects or any(words.keys[i] in rules.relative_pronouns for i in range(low, index)):
        return None  # "He came ...": a pronoun says too little to find the statement elsewhere
    stop = index + 1
    while (
        stop < high
        and stop - index <= rules.object_words
        and _COMMA not in text[words.tokens[stop - 1].end : words.tokens[stop].start]
        and words.keys[stop] not in rules.object_breaks
    ):
        stop += 1
    objects = [i for i in range(index + 1, stop) if words.keys[i] not in rules.stop_words]
    if len(objects) < sourced.min_objects:
        return None  # "police have located the suspect": too little to tell it elsewhere
    first = words.tokens[subjects[0]].start
    last = words.tokens[objects[-1]].end if objects else head.end
    credit = text[words.tokens[credit_low].start : words.tokens[credit_high - 1].end]
    base = sentence.start
    reading = read_sentence(text)
    return HedgedStatement(
        source=source.id,
        start=base + first,
        end=base + last,
        text=source.text[base + first : base + last],
        sentence=_sentence_window(source.text, base, sentence.end, base + first, base + last),
        sentence_start=base,
        hedge=sourced.label,
        head=words.keys[index],
        objects=tuple(dict.fromkeys(words.keys[i] for i in objects)),
        subjects=tuple(dict.fromkeys(words.keys[i] for i in subjects)),
        certainty=Certainty(level=CertaintyLevel.HEDGED, hedges=(" ".join(credit.split()),)),
        attribution=attribution_in(reading, first, last),
        hedge_start=base + min(words.tokens[credit_low].start, first),
        head_end=base + head.end,
        places=tuple(
            (words.keys[i], base + words.tokens[i].start, base + words.tokens[i].end)
            for i in (*subjects, *objects)
        ),
        planned=_planned(words, low, index, rules),
    )


def _planned(words: _Words, low: int, index: int, rules: _StatementRules) -> bool:
    """Whether a plan's modal ("will") stands right before word ``index`` ("will [meet]")."""
    before = index - 1
    while before > low and words.keys[before] in rules.skip:
        before -= 1
    return before >= low and words.keys[before] in rules.expecting_modals
