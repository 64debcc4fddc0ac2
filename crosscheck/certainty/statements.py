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

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from crosscheck.certainty.assertions import Assertion, find_assertions
from crosscheck.certainty.reading import (
    SentenceReading,
    attribution_in,
    hedges_in,
    read_sentence,
)
from crosscheck.certainty.rules import (
    _HARD_STOPS,
    HEDGES_LEXICON,
    _assertion_rules,
    _attribution_rules,
    _hedge_rules,
    _integer,
    _normal,
    _Phrases,
    _phrases_pattern,
    _strings,
    _words_of,
)
from crosscheck.errors import LexiconError
from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import Certainty, CertaintyLevel, Sentence, Source
from crosscheck.words import Token

_DOUBLE_QUOTES = '"\u201c\u201d\u00ab\u00bb'
_QUESTION = "?"
_COMMA = ","


@dataclass(frozen=True, slots=True, kw_only=True)
class _StatementRules:
    """The [statements] table of the hedges lexicon, validated and compiled."""

    pattern: _Phrases
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


def _number(table: dict[str, object], key: str) -> float:
    value = table.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise LexiconError(f"{key!r} must be a number", path=f"lexicon/{HEDGES_LEXICON}.toml")
    return float(value)


@cache
def statement_rules() -> _StatementRules:
    """Load and compile the [statements] table of ``lexicon/hedges.toml`` once."""
    lex = HEDGES_LEXICON
    table = require(load_lexicon(lex), "statements", dict, lex)
    hedges = _strings(table, "hedges", lex)
    expecting = frozenset(_strings(table, "expecting", lex))
    return _StatementRules(
        pattern=_phrases_pattern((*hedges, *expecting)),
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
    )


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


@dataclass(frozen=True, slots=True, kw_only=True)
class Statements:
    """What certainty reads in one source: its assertions ("may amount to ..."), its hedged
    statements, and its sentence spans (where another source's hedged statements are looked
    for). Small records only: no text beyond the quoted sentences."""

    source: str
    assertions: tuple[Assertion, ...]
    hedged: tuple[HedgedStatement, ...]
    sentences: tuple[tuple[int, int], ...]


def find_statements(source: Source, sentences: Sequence[Sentence]) -> Statements:
    """Everything certainty reads in one source (the per-source unit of work)."""
    return Statements(
        source=source.id,
        assertions=tuple(find_assertions(source, sentences)),
        hedged=tuple(find_hedged_statements(source, sentences)),
        sentences=tuple((s.start, s.end) for s in sentences),
    )


# --------------------------------------------------------------------------- finding


def _lower(token: Token) -> str:
    return token.text.casefold().replace("\u2019", "'")


def _quote_marks(text: str) -> list[int]:
    """Where the double quotation marks of a sentence stand."""
    return [i for i, c in enumerate(text) if c in _DOUBLE_QUOTES]


def _in_quotation(marks: Sequence[int], offset: int) -> bool:
    """Whether ``offset`` lies between double quotation marks of its sentence (``marks``).

    A sentence that opens no quotation but closes one (the last sentence of a quoted
    passage) is inside it too.
    """
    before = bisect_left(marks, offset)
    return before % 2 == 1 or (before == 0 and len(marks) % 2 == 1)


def _clause(reading: SentenceReading, start: int, end: int) -> tuple[int, int]:
    """The clause of a sentence that holds ``[start, end)``."""
    before = bisect_right(reading.boundary_ends, start) - 1
    clause_start = reading.boundary_ends[before] if before >= 0 else 0
    after = bisect_left(reading.boundary_starts, end)
    stops = reading.boundary_starts
    return clause_start, stops[after] if after < len(stops) else len(reading.text)


def _is_question(text: str) -> bool:
    return text.rstrip().rstrip(_DOUBLE_QUOTES + "'\u2019").endswith(_QUESTION)


class _Words:
    """The words of one sentence, with what the statement rules ask of them answered by
    bisection or prefix counts, so a sentence of many hedges is read in linear time."""

    __slots__ = (
        "blocked",
        "breaks",
        "keys",
        "marks",
        "negations",
        "starts",
        "stops",
        "tokens",
        "unconfirmed",
    )

    def __init__(self, text: str, start: int, end: int, rules: _StatementRules) -> None:
        self.tokens = _words_of(text, start, end)
        self.keys = [_lower(w) for w in self.tokens]
        self.starts = [w.start for w in self.tokens]
        counts = [0]
        blocked: list[int] = []
        breaks: list[int] = []
        for index, key in enumerate(self.keys):
            negation = key in rules.negations
            counts.append(counts[-1] + negation)
            if negation or key in rules.not_asserted:
                blocked.append(index)
            if key in rules.subject_breaks:
                breaks.append(index)
        self.negations = counts
        self.blocked = blocked  # negations and words that make a sentence no assertion
        self.breaks = breaks
        self.unconfirmed = any(key in rules.unconfirmed for key in self.keys)
        stops = [0]
        for left, right in zip(self.tokens, self.tokens[1:], strict=False):
            gap = text[left.end : right.start]
            stops.append(stops[-1] + any(c in _HARD_STOPS for c in gap))
        self.stops = stops  # stops[i]: gaps with punctuation among the first i + 1 words
        self.marks = [start + i for i in _quote_marks(text[start:end])]

    def unbroken(self, a: int, b: int) -> bool:
        """Whether no punctuation mark stands between words ``a`` and ``b``."""
        low, high = (a, b) if a <= b else (b, a)
        return self.stops[high] == self.stops[low]

    def index(self, offset: int) -> int:
        """The index of the first word starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def negated(self, low: int, high: int) -> bool:
        """Whether a negation stands among words ``low``..``high - 1``."""
        return self.negations[high] - self.negations[low] > 0

    def blocked_in(self, low: int, high: int) -> bool:
        """Whether a negation or a not-asserted word stands among words ``low``..``high - 1``."""
        position = bisect_left(self.blocked, low)
        return position < len(self.blocked) and self.blocked[position] < high


_SENTENCE_WINDOW = 300
"""How much of a long sentence (characters either side of a statement) a record keeps."""


def _sentence_window(text: str, start: int, end: int, first: int, last: int) -> str:
    """The sentence ``text[start:end]``, or a window of it around ``[first, last)``."""
    if end - start <= 2 * _SENTENCE_WINDOW:
        return text[start:end]
    return text[max(start, first - _SENTENCE_WINDOW) : min(end, last + _SENTENCE_WINDOW)]


_MAX_SKIPPED = 4
"""At most this many words are skipped between a hedge and the statement's first word."""


def find_hedged_statements(source: Source, sentences: Sequence[Sentence]) -> list[HedgedStatement]:
    """The statements of fact one source hedges, in text order (see the module's docstring).

    Not inside a direct quotation, a question, a negated clause, or after a word that makes
    the sentence no assertion of the outlet ("whether", "accused", "initially").
    """
    rules = statement_rules()
    found: list[HedgedStatement] = []
    for sentence in sentences:
        text = sentence.text
        hits = list(rules.pattern.finditer(text))
        if not hits or _is_question(text):
            continue
        reading = read_sentence(text)
        words = _Words(text, 0, len(text), rules)
        for hit in hits:
            if _in_quotation(words.marks, hit.start()):
                continue
            statement = _statement(source, sentence, reading, words, hit, rules)
            if statement is not None:
                found.append(statement)
                if len(found) >= _MAX_STATEMENTS:
                    return found
    return found


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
    clause_start, clause_end = _clause(reading, hit.start(), hit.end())
    low, at, after, high = (
        words.index(clause_start),
        words.index(hit.start()),
        words.index(hit.end()),
        words.index(clause_end),
    )
    if words.negated(low, high) or words.blocked_in(0, at):
        return None
    index = after
    while (
        index < high
        and index - after < _MAX_SKIPPED
        and (words.keys[index] in rules.skip or words.keys[index].endswith(rules.adverb_ending))
    ):
        index += 1
    if index >= high or words.keys[index] in rules.stop_words:
        return None
    head = words.tokens[index]
    stop = index + 1
    while (
        stop < high
        and stop - index <= rules.object_words
        and _COMMA not in text[words.tokens[stop - 1].end : words.tokens[stop].start]
    ):
        stop += 1
    opened = bisect_left(words.breaks, at) - 1
    subject_low = max(low, words.breaks[opened] + 1 if opened >= 0 else 0, at - rules.subject_words)
    kept_objects = [i for i in range(index + 1, stop) if words.keys[i] not in rules.stop_words]
    kept_subjects = [i for i in range(subject_low, at) if words.keys[i] not in rules.stop_words]
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
        hedge=_normal(hit.group()),
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
    )


# --------------------------------------------------------------------------- matching


@lru_cache(maxsize=65536)
def same_word(a: str, b: str) -> bool:
    """Whether two lower-case words are one ("received" / "receives", "kill" / "killed")."""
    if a == b:
        return True
    if a[:1].isdigit() or b[:1].isdigit():
        return False
    rules = statement_rules()
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


def _word_starts(
    text: str, flags: int, stem: str, *, exact: bool, limit: int | None = None
) -> list[int]:
    """Where words beginning with ``stem`` (with ``exact``, words equal to it) start in a
    text made by :func:`_searchable`; at most ``limit`` of them."""
    if flags:
        end = r"(?![^\W_])" if exact else ""
        found = re.finditer(rf"(?<![^\W_]){re.escape(stem)}{end}", text, flags)
        return [m.start() for _, m in zip(range(limit or len(text) + 1), found, strict=False)]
    key = stem.lower()
    starts: list[int] = []
    position = text.find(key)
    while position >= 0 and (limit is None or len(starts) < limit):
        after = position + len(key)
        if (position == 0 or not text[position - 1].isalnum()) and (
            not exact or after >= len(text) or not text[after].isalnum()
        ):
            starts.append(position)
        position = text.find(key, position + 1)
    return starts


def _searchable(text: str) -> tuple[str, int]:
    """A text to search for lower-case words, and the flags to search it with."""
    low = text.lower()
    return (low, 0) if len(low) == len(text) else (text, re.IGNORECASE)


class _Story:
    """The sources of one story, read lazily: sentence spans, words, word counts."""

    def __init__(
        self, sources: Sequence[Source], spans: Mapping[str, Sequence[tuple[int, int]]]
    ) -> None:
        self.texts = {s.id: s.text for s in sources}
        # lower case of each text, searched case-sensitively (fast); a text whose lower
        # case has another length (rare letters) is searched case-insensitively instead
        self.lowered = {sid: _searchable(t) for sid, t in self.texts.items()}
        self.spans = {sid: list(spans.get(sid, ())) for sid in self.texts}
        self.starts = {sid: [a for a, _ in v] for sid, v in self.spans.items()}
        total = sum(len(v) for v in self.spans.values())
        self.sentence_count = max(1, statement_rules().min_sentences, total)
        self._counts: dict[str, int] = {}
        self._words: dict[tuple[str, int], _Words] = {}
        self._readings: dict[tuple[str, int], SentenceReading] = {}
        self._reports: dict[tuple[str, int], list[tuple[int, int]]] = {}
        self._hits: dict[tuple[str, str], list[int]] = {}

    def count(self, word: str) -> int:
        """How many times a word's stem begins a word in the story (at least 1)."""
        stem = word[: max(statement_rules().stem_letters + 1, 1)]
        if stem not in self._counts:
            self._counts[stem] = sum(
                len(_word_starts(text, flags, stem, exact=False))
                for text, flags in self.lowered.values()
            )
        return max(1, self._counts[stem])

    def weight(self, word: str) -> float:
        """ln(sentences / occurrences): how much a shared word says (0 for common words)."""
        return max(0.0, math.log(self.sentence_count / self.count(word)))

    def hits(self, head: str, source: str, rules: _StatementRules) -> list[int]:
        """Where words that may be ``head`` start in a source (the first few only)."""
        stem = head[: rules.stem_letters]
        exact = len(head) <= rules.stem_letters
        key = (head if exact else stem, source)
        if key not in self._hits:
            text, flags = self.lowered[source]
            self._hits[key] = _word_starts(text, flags, stem, exact=exact, limit=_MAX_HITS)
        return self._hits[key]

    def sentence_at(self, source: str, offset: int) -> tuple[int, int] | None:
        index = bisect_right(self.starts[source], offset) - 1
        if index < 0:
            return None
        start, end = self.spans[source][index]
        return (start, end) if offset < end else None

    def words(self, source: str, span: tuple[int, int]) -> _Words:
        key = (source, span[0])
        if key not in self._words:
            self._words[key] = _Words(self.texts[source], span[0], span[1], statement_rules())
        return self._words[key]

    def reading(self, source: str, span: tuple[int, int]) -> SentenceReading:
        key = (source, span[0])
        if key not in self._readings:
            self._readings[key] = read_sentence(self.texts[source][span[0] : span[1]])
        return self._readings[key]

    def reported(self, source: str, span: tuple[int, int], start: int, end: int) -> bool:
        """Whether a reporting verb other than the words at ``[start, end)`` stands in a
        sentence (offsets in the source text)."""
        key = (source, span[0])
        if key not in self._reports:
            sentence = self.texts[source][span[0] : span[1]]
            verbs = _attribution_rules().verbs.finditer(sentence)
            self._reports[key] = [(span[0] + m.start(), span[0] + m.end()) for m in verbs]
        return any(b <= start or a >= end for a, b in self._reports[key])


_MAX_HITS = 50
"""At most this many places of a statement's first word are read in each other source."""


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
) -> list[StatementPair]:
    """Pair each hedged statement with the sentence of another source that states it outright.

    Args:
        sources: The story's sources (their texts are searched).
        hedged: The hedged statements of each source, by source id.
        spans: The sentence spans of each source, by source id.

    Returns:
        At most one pair per hedged statement and other source, in source and text order;
        one per pair of sentences.
    """
    story = _Story(sources, spans)
    rules = statement_rules()
    found: list[StatementPair] = []
    seen: set[tuple[str, int, str, int]] = set()
    known: dict[tuple[object, ...], StatementPair | None] = {}  # one search per wording
    for source in sources:
        for statement in hedged.get(source.id, ()):
            if _best(statement, source.id, story, rules, own=True) is not None:
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
                    known[wording] = _best(statement, other.id, story, rules)
                pair = known[wording]
                if pair is None:
                    continue
                pair = replace(pair, hedged=statement)
                key = (source.id, statement.sentence_start, other.id, pair.outright.sentence_start)
                if key not in seen:
                    seen.add(key)
                    found.append(pair)
    return found


def _best(
    statement: HedgedStatement,
    other: str,
    story: _Story,
    rules: _StatementRules,
    *,
    own: bool = False,
) -> StatementPair | None:
    """The best outright statement of ``other``; with ``own``, of the statement's own source
    (another of its sentences), credited to anyone."""
    candidates: list[_Candidate] = []
    for offset in story.hits(statement.head, other, rules):
        span = story.sentence_at(other, offset)
        if span is None or (own and span[0] == statement.sentence_start):
            continue
        words = story.words(other, span)
        index = words.index(offset)
        if index >= len(words.starts) or words.starts[index] != offset:
            continue
        if not same_word(words.keys[index], statement.head):
            continue
        candidate = _candidate(statement, other, span, words, index, story, rules)
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
            )
    return None


def _candidate(
    statement: HedgedStatement,
    other: str,
    span: tuple[int, int],
    words: _Words,
    index: int,
    story: _Story,
    rules: _StatementRules,
) -> _Candidate | None:
    low = max(0, index - rules.window_words)
    high = min(len(words.keys), index + rules.window_words + 1)
    matched: dict[str, int] = {}
    for word in (*statement.objects, *statement.subjects):
        if word in matched:
            continue
        # an object word must stand in the same stretch as the first word, without
        # punctuation between ("daughter of Haitian immigrants, denounced ... and called")
        inside = word in statement.objects
        for at in range(low, high):
            if same_word(words.keys[at], word) and (not inside or words.unbroken(at, index)):
                matched[word] = at
                break
    objects = sum(1 for w in statement.objects if w in matched)
    subjects = sum(1 for w in statement.subjects if w in matched and w not in statement.objects)
    if (statement.objects and not objects) or (statement.subjects and not subjects):
        return None
    if objects + subjects < 2 or (objects < 2 and not subjects):
        return None
    expecting = statement.hedge in rules.expecting
    if expecting and (objects < 2 or 3 * objects < 2 * len(statement.objects)):
        return None
    score = story.weight(statement.head) + sum(story.weight(w) for w in matched)
    if score < (rules.expecting_min_score if expecting else rules.min_score):
        return None
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


def _outright(
    statement: HedgedStatement,
    candidate: _Candidate,
    story: _Story,
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
    allowed = rules.expecting_modals if statement.hedge in rules.expecting else frozenset()
    for key in words.keys[max(0, index - 3) : index]:
        if key in rules.negations or (key in rules.modals and key not in allowed):
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
        attribution.casefold() != statement.attribution.casefold()
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


def through_stop_words(text: str, end: int) -> int:
    """The end of a word of ``text`` ending at ``end`` and of the stop words right after it."""
    words = _words_of(text, end, end + _STOP_WORDS_REACH)
    rules = statement_rules()
    for word in words[:2]:
        if _lower(word) not in rules.stop_words or any(
            c in _HARD_STOPS or c == "." for c in text[end : word.start]
        ):
            break
        end = word.end
    return end


_STOP_WORDS_REACH = 40


def _tighten(words: Sequence[Token], text: str, head: Token) -> tuple[int, int]:
    """The shared words on the head's side of any punctuation, as one span."""
    first, last = head.start, head.end
    for word in sorted(words, key=lambda w: w.start):
        lo, hi = min(first, word.start), max(last, word.end)
        if not any(c in _HARD_STOPS for c in text[lo:hi]):
            first, last = lo, hi
    return first, last
