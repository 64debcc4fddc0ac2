"""A source's sentences -> hedged statements; statements of several sources -> matched pairs.

A hedged statement is a hedge of fact ("reportedly", "apparently", "appears to", "is said
to", "is expected to") and the words it hedges: its first word ("thrown", "violates"), the
object words after it up to the first comma, and the subject words before the hedge. Its
asserted counterpart is a sentence of another source holding the same first word (same stem:
"received" / "receives") with enough of the same subject and object words near it, and no
hedge, negation, modal, question, quotation or unconfirmed source of its own.

How distinctive the shared words are decides: each counts ln(sentences of the story /
sentences holding it), so words every article of the story uses ("Trump", "police") weigh
little and a rare word ("Buick", "shelters") much. Every word list and threshold is in the
[statements] table of ``lexicon/hedges.toml``; the shared tokenizer reads the words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING

from crosscheck.certainty.assertions import (
    Assertion,
    Deferred,
    Labelled,
    labelled,
    may_hedge,
    read_labelled,
)
from crosscheck.certainty.figure_hedges import negation_end, quoted_hedge_read
from crosscheck.certainty.open_questions import open_question_phrases
from crosscheck.certainty.reading import (
    SentenceReading,
    attribution_in,
    hedge_matches,
    read_sentence,
)
from crosscheck.certainty.rules import (
    HEDGES_LEXICON,
    _assertion_rules,
    _attribution_rules,
    _hedge_rules,
    _integer,
    _normal,
    _normal_form,
    _Phrases,
    _phrases_pattern,
    _strings,
)
from crosscheck.certainty.sentence_words import _DOUBLE_QUOTES, _in_quotation, _Words
from crosscheck.certainty.subjects import (
    _after_aside,
    _antecedent,
    _blocked_before,
    _closed_relative,
    _named_before_apposition,
    _restrictive_antecedent,
)
from crosscheck.errors import LexiconError
from crosscheck.lexicon import lexicon_path, load_lexicon, require
from crosscheck.model import Certainty, CertaintyLevel, Sentence, Source
from crosscheck.quantities.find import parse_number

if TYPE_CHECKING:  # concepts reads statements' words: a runtime import would be circular
    from crosscheck.certainty.concepts import ConceptMention

_QUESTION = "?"
_COMMA = ","


@dataclass(frozen=True, slots=True, kw_only=True)
class _StatementRules:
    """The [statements] table of the hedges lexicon, validated and compiled."""

    pattern: _Phrases
    keys: tuple[str, ...]  # the longest word of each hedge, in lower case (a quick test)
    uncovered: tuple[str, ...]  # ``keys`` of the hedges that hold no hedge of ``hedges_in``
    attributing: frozenset[str]
    expecting: frozenset[str]
    expecting_modals: frozenset[str]
    skip: frozenset[str]
    adverb_ending: str
    negations: frozenset[str]
    modals: frozenset[str]
    not_asserted: frozenset[str]
    unconfirmed: frozenset[str]
    stop_words: frozenset[str]
    subject_words: int
    subject_breaks: frozenset[str]
    object_words: int
    window_words: int
    stem_letters: int
    ending_letters: int
    min_score: float
    min_sentences: int
    sure_score: float
    strong_score: float
    expecting_min_score: float
    relative_pronouns: frozenset[str] = frozenset()
    restrictive_pronouns: frozenset[str] = frozenset()
    figure_hedges: frozenset[str] = frozenset()
    clause_hedges: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()
    judging: frozenset[str] = frozenset()
    object_breaks: frozenset[str] = frozenset()
    apposition_openers: frozenset[str] = frozenset()
    figure_reach: int = 0
    objects_alone: int = 0
    bare_min_score: float = 0.0
    figure_weight: float = 0.0
    years: tuple[int, int] = (0, 0)
    subject_stops: frozenset[str] = frozenset()
    report_labels: frozenset[str] = frozenset()
    clause_pronouns: frozenset[str] = frozenset()
    passive_auxiliaries: frozenset[str] = frozenset()
    confirming: frozenset[str] = frozenset()
    person_pronouns: frozenset[str] = frozenset()
    kin: Mapping[str, str] = field(default_factory=dict)  # word -> its group (same_words)
    kin_forms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # group -> forms


def _number(table: dict[str, object], key: str) -> float:
    value = table.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise LexiconError(f"{key!r} must be a number", path=lexicon_path(HEDGES_LEXICON))
    return float(value)


@cache
def statement_rules() -> _StatementRules:
    """Load and compile the [statements] table of ``lexicon/hedges.toml`` once."""
    lex = HEDGES_LEXICON
    table = require(load_lexicon(lex), "statements", dict, lex)
    hedges = (*_strings(table, "hedges", lex), *open_question_phrases())
    expecting = frozenset(_strings(table, "expecting", lex))
    figures = frozenset(_strings(table, "figure_hedges", lex))
    every = (*hedges, *expecting, *sorted(figures))
    same = _same_words(table)
    clauses = frozenset((*_strings(table, "clause_hedges", lex), *open_question_phrases()))
    return _StatementRules(
        pattern=_phrases_pattern(every),
        keys=tuple(sorted({_key(h, clauses) for h in every})),
        uncovered=tuple(sorted({_key(h, clauses) for h in every if not _covered(h)})),
        attributing=frozenset(_strings(table, "attributing", lex)),
        expecting=expecting,
        expecting_modals=frozenset(_strings(table, "expecting_modals", lex)),
        skip=frozenset(_strings(table, "skip", lex)),
        adverb_ending=_normal(require(table, "adverb_ending", str, lex)),
        negations=frozenset(_strings(table, "negations", lex)),
        modals=frozenset(_strings(table, "modals", lex)),
        not_asserted=frozenset(_strings(table, "not_asserted", lex)),
        unconfirmed=frozenset(_strings(table, "unconfirmed", lex)),
        stop_words=frozenset(_strings(table, "stop_words", lex)),
        subject_words=_integer(table, "subject_words", lex),
        subject_breaks=frozenset(
            (*_assertion_rules().subject_breaks, *_hedge_rules().bare_conjunctions)
        ),
        object_words=_integer(table, "object_words", lex),
        window_words=_integer(table, "window_words", lex),
        stem_letters=max(1, _integer(table, "stem_letters", lex)),
        ending_letters=_integer(table, "ending_letters", lex),
        min_score=_number(table, "min_score"),
        sure_score=_number(table, "sure_score"),
        min_sentences=_integer(table, "min_sentences", lex),
        strong_score=_number(table, "strong_score"),
        expecting_min_score=_number(table, "expecting_min_score"),
        relative_pronouns=frozenset(_strings(table, "relative_pronouns", lex)),
        restrictive_pronouns=frozenset(_strings(table, "restrictive_pronouns", lex)),
        figure_hedges=frozenset(_normal(h) for h in figures),
        object_breaks=frozenset(_strings(table, "object_breaks", lex)),
        apposition_openers=frozenset(_strings(table, "apposition_openers", lex)),
        figure_reach=_integer(table, "figure_reach", lex),
        objects_alone=_integer(table, "objects_alone", lex),
        bare_min_score=_number(table, "bare_min_score"),
        figure_weight=_number(table, "figure_weight"),
        years=(_integer(table, "first_year", lex), _integer(table, "last_year", lex)),
        subject_stops=frozenset(_strings(table, "subject_stops", lex)),
        clause_hedges=clauses,
        not_after=frozenset(_strings(table, "not_after", lex)),
        judging=frozenset(_strings(table, "judging", lex)),
        report_labels=frozenset(_strings(table, "report_labels", lex)),
        clause_pronouns=frozenset(_strings(table, "clause_pronouns", lex)),
        passive_auxiliaries=frozenset(_strings(table, "passive_auxiliaries", lex)),
        confirming=frozenset(_strings(table, "confirming", lex)),
        person_pronouns=frozenset(_strings(table, "person_pronouns", lex)),
        kin={form: group for group, forms in same.items() for form in forms},
        kin_forms=same,
    )


def _key(hedge: str, clauses: frozenset[str]) -> str:
    """The word a sentence must hold for ``hedge`` to match: its longest, or for a hedge
    that opens a clause its verb ("police [believe]": "police" is in most crime stories)."""
    words = hedge.lower().split()
    return words[-1] if _normal(hedge) in clauses else max(words, key=len)


def _covered(hedge: str) -> bool:
    """Whether a statement hedge holds a hedge of the [[hedge]] tables (``hedges_in``'s,
    the pattern ``reading.hedge_matches`` runs) as a run of its whole words ("[reportedly]",
    "will [likely]"): a sentence where the statement hedge matches has a match of that
    pattern too (see :func:`may_hold_hedge`)."""
    general = _hedge_rules().scopes
    words = hedge.split()
    return any(
        " ".join(words[i:j]) in general
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
    )


def _same_words(table: dict[str, object]) -> dict[str, tuple[str, ...]]:
    """The [statements.same_words] groups: group name -> its lower-case forms."""
    lex = HEDGES_LEXICON
    groups = require(table, "same_words", dict, lex)
    same: dict[str, tuple[str, ...]] = {}
    seen: set[str] = set()
    for group in groups:
        forms = tuple(f.casefold() for f in _strings(groups, group, lex))
        if seen & set(forms):
            raise LexiconError(f"same_words {group!r} repeats a form", path=lexicon_path(lex))
        seen.update(forms)
        same[group] = forms
    return same


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
    unless some source of the story hedges an assertion; ``pairs.story_assertions`` reads
    them then. ``assertions`` holds those of every other sentence."""


def find_statements(source: Source, sentences: Sequence[Sentence]) -> Statements:
    """Everything certainty reads in one source (the per-source unit of work).

    Assertions are read only in the sentences that may hedge one (``may_hedge``); the
    others are kept unread in ``deferred`` for the story to read when it needs them.
    """
    from crosscheck.certainty.concepts import find_concept_mentions  # a cycle at import time

    read: list[Labelled] = []
    deferred: list[tuple[int, Labelled]] = []
    for index, item in enumerate(labelled(source, sentences)):
        if may_hedge(item[0], source.text):
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


# --------------------------------------------------------------------------- finding


def _clause(reading: SentenceReading, start: int, end: int) -> tuple[int, int]:
    """The clause of a sentence that holds ``[start, end)``."""
    before = bisect_right(reading.boundary_ends, start) - 1
    clause_start = reading.boundary_ends[before] if before >= 0 else 0
    after = bisect_left(reading.boundary_starts, end)
    stops = reading.boundary_starts
    return clause_start, stops[after] if after < len(stops) else len(reading.text)


def _is_question(text: str) -> bool:
    return text.rstrip().rstrip(_DOUBLE_QUOTES + "'\u2019").endswith(_QUESTION)


_SENTENCE_WINDOW = 300
"""How much of a long sentence (characters either side of a statement) a record keeps."""


def _sentence_window(text: str, start: int, end: int, first: int, last: int) -> str:
    """The sentence ``text[start:end]``, or a window of it around ``[first, last)``."""
    if end - start <= 2 * _SENTENCE_WINDOW:
        return text[start:end]
    return text[max(start, first - _SENTENCE_WINDOW) : min(end, last + _SENTENCE_WINDOW)]


_MAX_SKIPPED = 4
"""At most this many words are skipped between a hedge and the statement's first word."""


def sentences_with_hits(
    source: Source,
    sentences: Sequence[Sentence],
    keys: Sequence[str],
    pattern: _Phrases,
    may_hit: Callable[[str, str], bool] | None = None,
) -> Iterator[tuple[Sentence, list[re.Match[str]]]]:
    """Each sentence of one source that is no question, with ``pattern``'s matches in it.

    ``keys`` are the phrases' longest words: a sentence without any of them (in its own
    lower case and in the source's) cannot match and is skipped unread, as is one for
    which ``may_hit(text, lower)``, a quick necessary test, is false.

    Without ``may_hit`` most sentences are tested, so the keys in the source are found
    first, each with one search of the source's text. With it few sentences reach the
    test, and a key is looked for in the source only when a sentence holds it (and
    remembered): a sentence passes on the same condition, a key in both. A key that holds
    another key ("reportedly", "reported") is not looked for: where it stands, so does the
    shorter one.
    """
    keys = _shortest(tuple(keys))
    if may_hit is None:
        yield from _hits_in(sentences, _keys_in(source, keys), pattern)
        return
    held: dict[str, bool] = {}  # key -> whether the source's lower case holds it
    whole: str | None = None
    for sentence in sentences:
        text = sentence.text
        lower = text.lower()
        if not may_hit(text, lower):
            continue
        for key in keys:
            if key in lower:
                found = held.get(key)
                if found is None:
                    whole = source.text.lower() if whole is None else whole
                    found = held[key] = key in whole
                if found:
                    break
        else:
            continue
        hits = list(pattern.finditer(text, lower))
        if hits and not _is_question(text):
            yield sentence, hits


@cache
def _shortest(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys that hold no other key, in their order."""
    return tuple(k for k in keys if not any(o != k and o in k for o in keys))


def _keys_in(source: Source, keys: Sequence[str]) -> list[str]:
    whole = source.text.lower()
    return [key for key in keys if key in whole]


def _hits_in(
    sentences: Sequence[Sentence], present: Sequence[str], pattern: _Phrases
) -> Iterator[tuple[Sentence, list[re.Match[str]]]]:
    if not present:
        return  # no key anywhere in the source: no sentence can match
    for sentence in sentences:
        text = sentence.text
        lower = text.lower()
        if not any(key in lower for key in present):
            continue
        hits = list(pattern.finditer(text, lower))
        if hits and not _is_question(text):
            yield sentence, hits


def may_hold_hedge(text: str, lower: str) -> bool:
    """Whether the statement hedges may match a sentence (``lower`` is ``text.lower()``).

    A statement hedge that holds a hedge of the [[hedge]] tables as a run of its whole
    words (``_covered``) matches only where the pattern of those hedges finds a match too:
    the inner hedge stands there between white space or the statement hedge's own word
    boundaries, and both patterns run alike (on ``lower``, or case-insensitively on the
    text when its lower case has another length). That pattern's matches are read once per
    sentence (``hedge_matches``, shared with ``read_sentence`` and ``may_hedge``). Any
    other statement hedge needs its key in ``lower``. A text whose lower case has another
    length is always read.
    """
    if len(lower) != len(text) or hedge_matches(text):
        return True
    return any(key in lower for key in statement_rules().uncovered)


def find_hedged_statements(source: Source, sentences: Sequence[Sentence]) -> list[HedgedStatement]:
    """The statements of fact one source hedges, in text order (see the module's docstring).

    Not inside a direct quotation (a figure hedge aside: ``figure_hedges``), a question, a
    negated clause, or after a word that makes the sentence no assertion of the outlet.
    """
    from crosscheck.certainty.pronouns import named_person, pronoun_subject  # an import cycle

    rules = statement_rules()
    found: list[HedgedStatement] = []
    before = {s.start: p for s, p in zip(sentences[1:], sentences, strict=False)}
    hits_in = sentences_with_hits(source, sentences, rules.keys, rules.pattern, may_hold_hedge)
    for sentence, hits in hits_in:
        text = sentence.text
        reading = read_sentence(text)
        words = _Words(text, 0, len(text), rules)
        for hit in hits:
            quoted = _in_quotation(words.marks, hit.start())
            if quoted and not quoted_hedge_read(_normal_form(hit.group()), rules):
                continue
            statement = _statement(source, sentence, reading, words, hit, rules)
            previous = before.get(sentence.start)
            if statement is not None and previous is not None and pronoun_subject(statement, rules):
                person = named_person(previous)
                statement = replace(statement, subjects=(person,)) if person else statement
            if statement is not None:
                found.append(statement)
                if len(found) >= _MAX_STATEMENTS:
                    return found
    return found


def _not_a_hedge(
    reading: SentenceReading, words: _Words, hit: re.Match[str], rules: _StatementRules
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
    return next(_attribution_rules().verbs.finditer(reading.text), None) is not None


_MAX_STATEMENTS = 200
"""At most this many hedged statements are read in one source (an article has a few)."""


def _statement(
    source: Source,
    sentence: Sentence,
    reading: SentenceReading,
    words: _Words,
    hit: re.Match[str],
    rules: _StatementRules,
) -> HedgedStatement | None:
    text = sentence.text
    if _not_a_hedge(reading, words, hit, rules):
        return None
    clause_start, clause_end = _clause(reading, hit.start(), hit.end())
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
    if _normal_form(hit.group()) in rules.figure_hedges and parse_number(words.keys[index]) is None:
        return None  # "perhaps" hedges a figure ("perhaps four contacts"), not "perhaps because"
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
    if not kept_subjects and low > 0 and words.keys[low - 1] in rules.relative_pronouns:
        kept_subjects = _antecedent(words, low - 1, rules)  # "Brown, who was apparently unarmed"
    first = words.tokens[kept_subjects[0]].start if kept_subjects else hit.start()
    last = words.tokens[kept_objects[-1]].end if kept_objects else head.end
    certainty = Certainty(level=CertaintyLevel.HEDGED, hedges=(hit.group(),))
    base = sentence.start
    return HedgedStatement(
        source=source.id,
        start=base + first,
        end=base + last,
        text=source.text[base + first : base + last],
        sentence=_sentence_window(source.text, base, sentence.end, base + first, base + last),
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
