"""A source's sentences -> the statements of fact it hedges (``HedgedStatement``).

A hedged statement is a hedge of fact ("reportedly", "apparently", "appears to", "is said
to", "is expected to") and the words it hedges: its first word ("thrown", "violates"), the
object words after it up to the first comma, and the subject words before the hedge. Its
asserted counterpart is a sentence of another source holding the same first word (same stem:
"received" / "receives") with enough of the same subject and object words near it, and no
hedge, negation, modal, question, quotation or unconfirmed source of its own.

``match.statement_search`` looks for that counterpart. Every word list and threshold is in the
[statements] table of ``lexicon/hedges.toml`` (``statement_rules``); the shared tokenizer
reads the words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from crosscheck.certainty.figure_hedges import hedges_an_act, negation_end, quoted_hedge_read
from crosscheck.certainty.hits import clause_span, hit_window, sentences_with_hits
from crosscheck.certainty.pronouns import pronoun_person, pronoun_subject
from crosscheck.certainty.reading import (
    SentenceReading,
    attribution_in,
    hedge_matches,
    read_sentence,
)
from crosscheck.certainty.records import HedgedStatement
from crosscheck.certainty.rules import _normal_form, attribution_rules
from crosscheck.certainty.sentence_words import StatementWords, in_quotation
from crosscheck.certainty.statement_rules import StatementRules, statement_rules
from crosscheck.certainty.subjects import (
    _after_aside,
    _antecedent,
    _blocked_before,
    _closed_relative,
    _named_before_apposition,
    _restrictive_antecedent,
)
from crosscheck.lexicon import reading_language
from crosscheck.model import Certainty, CertaintyLevel, Sentence, Source
from crosscheck.quantities.find import parse_number

_COMMA = ","


def find_hedged_statements(source: Source, sentences: Sequence[Sentence]) -> list[HedgedStatement]:
    """The statements of fact one source hedges, in text order (see the module's docstring).

    Not inside a direct quotation (a figure hedge aside: ``figure_hedges``), a question, a
    negated clause, or after a word that makes the sentence no assertion of the outlet.
    Read with the lexicons of the source's language (``lexicon.reading_language``).
    """
    lang = reading_language(source.id, source.language)
    rules = statement_rules(lang)
    found: list[HedgedStatement] = []
    before = {s.start: p for s, p in zip(sentences[1:], sentences, strict=False)}
    may_hit = partial(may_hold_hedge, lang=lang)
    hits_in = sentences_with_hits(source, sentences, rules.keys, rules.pattern, may_hit)
    for sentence, hits in hits_in:
        text = sentence.text
        reading = read_sentence(text, lang)
        words = StatementWords(text, 0, len(text), rules)
        for hit in hits:
            quoted = in_quotation(words.marks, hit.start())
            if quoted and not quoted_hedge_read(_normal_form(hit.group()), rules):
                continue
            statement = _statement(source, sentence, reading, words, hit, rules)
            previous = before.get(sentence.start)
            if statement is not None and pronoun_subject(statement, rules):
                person = pronoun_person(statement, sentence, previous, lang)
                statement = replace(statement, subjects=(person,)) if person else statement
            if statement is not None:
                found.append(statement)
                if len(found) >= _MAX_STATEMENTS:
                    return found
    return found


def may_hold_hedge(text: str, lower: str, lang: str) -> bool:
    """Whether the statement hedges (of language ``lang``) may match a sentence (``lower`` is
    ``text.lower()``).

    A statement hedge that holds a hedge of the [[hedge]] tables as a run of its whole
    words (``_covered``) matches only where the pattern of those hedges finds a match too:
    the inner hedge stands there between white space or the statement hedge's own word
    boundaries, and both patterns run alike (on ``lower``, or case-insensitively on the
    text when its lower case has another length). That pattern's matches are read once per
    sentence (``hedge_matches``, shared with ``read_sentence`` and ``may_hedge``). Any
    other statement hedge needs its key in ``lower``. A text whose lower case has another
    length is always read.
    """
    if len(lower) != len(text) or hedge_matches(text, lang):
        return True
    return any(key in lower for key in statement_rules(lang).uncovered)


def _not_a_hedge(
    reading: SentenceReading, words: StatementWords, hit: re.Match[str], rules: StatementRules
) -> bool:
    """Whether a hedge's words hedge nothing here: inside a phrase the hedge lexicon says is
    no hedge ("likely voters", "as you may know"), or after a comparison ("more likely")."""
    if reading.in_excluded(hit.start()):
        return True
    at = words.index(hit.start())
    return at > 0 and words.keys[at - 1] in rules.not_after


def _credits_a_speaker(reading: SentenceReading) -> bool:
    """Whether a sentence credits anyone with what it says: a speaker, or a reporting verb
    ("those voters, he said, would probably ...")."""
    if attribution_in(reading) is not None:
        return True
    return next(attribution_rules(reading.lang).verbs.finditer(reading.text), None) is not None


_MAX_STATEMENTS = 200
"""At most this many hedged statements are read in one source (an article has a few)."""


_MAX_SKIPPED = 4
"""At most this many words are skipped between a hedge and the statement's first word."""


def _statement(
    source: Source,
    sentence: Sentence,
    reading: SentenceReading,
    words: StatementWords,
    hit: re.Match[str],
    rules: StatementRules,
) -> HedgedStatement | None:
    text = sentence.text
    if _not_a_hedge(reading, words, hit, rules):
        return None
    clause_start, clause_end = clause_span(reading, hit.start(), hit.end())
    low, at, after, high = (
        words.index(clause_start),
        words.index(hit.start()),
        words.index(hit.end()),
        words.index(clause_end),
    )
    aside = _closed_relative(words, text, low, at, rules)
    if (
        words.negated(_after_aside(words, text, low, at) if aside else low, at)
        or words.negated(after, negation_end(words, _normal_form(hit.group()), after, high, rules))
        or _blocked_before(words, text, at, rules)
    ):
        return None  # the hedge's own words may hold one ("it is not yet clear whether")
    if _normal_form(hit.group()) in rules.copular_hedges and (
        after >= high or words.keys[after] not in rules.copular_heads
    ):
        return None  # "appears [headed] for a runoff", not "appeared in court" (`copular_heads`)
    index = after
    named: list[int] = []
    clause_hedge = _normal_form(hit.group()) in rules.clause_hedges
    if clause_hedge:
        # "investigators believe [Kouachi] traveled": the statement's subject is the name
        # after the hedge and its first word the one after that name
        pronoun = False
        while index < high and words.keys[index] in rules.stop_words:
            pronoun = pronoun or words.keys[index] in rules.clause_pronouns
            index += 1
        while (
            index < high
            and len(named) < rules.subject_words
            and words.tokens[index].text[0].isupper()
        ):
            named.append(index)
            index += 1
        if not named and not pronoun:
            return None  # "investigators believe [he] traveled": its object words must tell
    while (
        index < high
        and index - after < _MAX_SKIPPED
        and (
            words.keys[index] in rules.skip
            or words.keys[index].endswith(rules.adverb_ending)
            # "it was unclear whether [Alexis] was killed": the auxiliary after a clause's
            # own subject
            or (clause_hedge and words.keys[index] in rules.passive_auxiliaries)
            # "the order reportedly [was] granted": the auxiliary right after the hedge
            or (index == after and words.keys[index] in rules.passive_auxiliaries)
        )
    ):
        index += 1
    if index >= high or words.keys[index] in rules.stop_words:
        return None
    if (
        _normal_form(hit.group()) in rules.figure_hedges
        and parse_number(words.keys[index], rules.lang) is None
        and not hedges_an_act(words, index, in_quotation(words.marks, hit.start()), rules)
    ):
        return None  # "perhaps" hedges a figure ("perhaps four contacts") or an act ("possibly
        # dangled a pardon"), not "perhaps because"
    head = words.tokens[index]
    judging = _normal_form(hit.group()) in rules.judging
    if judging and (head.text[:1].isupper() or _credits_a_speaker(reading)):
        return None  # another clause's subject, or a speaker's judgement (see `judging`)
    stop = index + 1
    while (
        stop < high
        and stop - index <= rules.object_words
        and _COMMA not in text[words.tokens[stop - 1].end : words.tokens[stop].start]
        and words.keys[stop] not in rules.object_breaks
    ):
        stop += 1
    opened = bisect_left(words.breaks, at) - 1
    subject_low = max(low, words.breaks[opened] + 1 if opened >= 0 else 0, at - rules.subject_words)
    kept_objects = [i for i in range(index + 1, stop) if words.keys[i] not in rules.stop_words]
    kept_subjects = [i for i in range(subject_low, at) if words.keys[i] not in rules.stop_words]
    if named or clause_hedge:
        kept_subjects = named  # the believer ("U.S. officials") is no subject of the statement
    elif aside:
        kept_subjects = _antecedent(words, low - 1, rules)  # "[Kavanaugh], who has denied
        # the allegations, is expected to testify": the relative clause is an aside
    elif at > low and _COMMA in text[words.tokens[at - 1].end : hit.start()]:
        kept_subjects = _named_before_apposition(words, text, low, at, rules) or kept_subjects
    else:  # "a bystander [video] that surfaced Tuesday appears to show"
        restrictive = _restrictive_antecedent(words, text, subject_low, at, rules)
        kept_subjects = [*restrictive, *kept_subjects]
    if (
        not kept_subjects
        and low > 0
        and words.keys[low - 1] in rules.relative_pronouns
        and not (at > low and words.keys[at - 1] in rules.person_pronouns)
    ):
        kept_subjects = _antecedent(words, low - 1, rules)  # "Brown, who was apparently unarmed",
        # not "who argue that [he] allegedly walked off": the pronoun is the subject
    first = words.tokens[kept_subjects[0]].start if kept_subjects else hit.start()
    last = words.tokens[kept_objects[-1]].end if kept_objects else head.end
    certainty = Certainty(level=CertaintyLevel.HEDGED, hedges=(hit.group(),))
    base = sentence.start
    return HedgedStatement(
        source=source.id,
        start=base + first,
        end=base + last,
        text=source.text[base + first : base + last],
        sentence=hit_window(source.text, base, sentence.end, base + first, base + last),
        sentence_start=base,
        hedge=_normal_form(hit.group()),
        head=words.keys[index],
        objects=tuple(dict.fromkeys(words.keys[i] for i in kept_objects)),
        subjects=tuple(dict.fromkeys(words.keys[i] for i in kept_subjects)),
        certainty=certainty,
        attribution=attribution_in(reading, first, last),
        hedge_start=base + hit.start(),
        head_end=base + head.end,
        places=tuple(
            (words.keys[i], base + words.tokens[i].start, base + words.tokens[i].end)
            for i in (*kept_subjects, *kept_objects)
        ),
        named=bool(kept_subjects)
        and all(words.tokens[i].text[:1].isupper() for i in kept_subjects),
    )
