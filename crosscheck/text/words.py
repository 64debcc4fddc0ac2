"""Word helpers for the claims and matching stages: tokens -> lemmas, canonical forms.

Tokens come from ``crosscheck.text.tokens`` (re-exported here for the claims stage).

Everything here is driven by lexicon data (``lemmas.toml``, ``synonyms.toml``,
``claims.toml``); no word lists live in code.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from types import MappingProxyType

from crosscheck.errors import LexiconError
from crosscheck.lexicon import lexicon_path, load_lexicon, lower_words, require
from crosscheck.text.possessive import possessives
from crosscheck.text.tokens import Token, token_of, tokenize, word_and_number_tokens

__all__ = [
    "ClaimWords",
    "Token",
    "TokenIndex",
    "canonical_subject",
    "claim_words",
    "find_metric",
    "irregular_plurals",
    "lemma",
    "lemmatize_phrase",
    "token_of",
    "tokenize",
    "word_and_number_tokens",
]

_FIGURE_MARKS = frozenset({";", "|"})  # marks that separate figures like a number does
_START, _END = operator.itemgetter(0), operator.itemgetter(1)  # a token's offsets
_WORD_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_LEMMAS = "lemmas"  # the lexicon of word forms


@dataclass(frozen=True, slots=True)
class _LemmaData:
    keep: frozenset[str]
    irregular: dict[str, str]
    suffixes: tuple[tuple[str, str, int], ...]


@cache
def irregular_plurals(lang: str) -> Mapping[str, str]:
    """The ``[plurals]`` table of ``lemmas.toml``: irregular plurals, singular -> plural
    ("person" -> "people"), read once per language. The one list of them, read both ways:
    a plural's lemma here, a lemma's plural by the rules' wording and the number words.

    Raises:
        LexiconError: The table is missing, a form is empty or not a string, or two
            singulars share a plural (naming the file).
    """
    table = require(load_lexicon(_LEMMAS, lang), "plurals", dict, _LEMMAS, lang=lang)
    forms = [(k, v) for k, v in table.items() if isinstance(v, str) and k and v]
    if len(forms) < len(table) or len({v for _, v in forms}) < len(forms):
        raise LexiconError(
            "[plurals] must map each singular to a plural of its own (non-empty strings)",
            path=lexicon_path(_LEMMAS, lang),
        )
    return MappingProxyType(dict(forms))


@cache
def _lemma_data(lang: str) -> _LemmaData:
    data = load_lexicon(_LEMMAS, lang)
    keep = require(data, "keep", list, _LEMMAS, lang=lang)
    irregular = require(data, "irregular", dict, _LEMMAS, lang=lang)
    singulars = {plural: singular for singular, plural in irregular_plurals(lang).items()}
    if singulars.keys() & irregular.keys():
        raise LexiconError(
            "a form is both in [plurals] and in [irregular]", path=lexicon_path(_LEMMAS, lang)
        )
    rules = require(data, "suffix", list, _LEMMAS, lang=lang)
    suffixes = tuple(
        (str(r["ending"]), str(r["replace"]), int(r.get("min_stem", 1))) for r in rules
    )
    return _LemmaData(
        keep=frozenset(str(k) for k in keep),
        irregular={**singulars, **{str(k): str(v) for k, v in irregular.items()}},
        suffixes=suffixes,
    )


@cache
def lemma(word: str, lang: str) -> str:
    """The singular, lower-case form of a noun ("prisoners" -> "prisoner") in language
    ``lang``."""
    w = _WORD_EDGE.sub("", word.lower().replace("\u2019", "'"))
    data = _lemma_data(lang)
    w = possessives(lang).owner(w)
    if w in data.keep:
        return w
    if w in data.irregular:  # before the length test: "men" -> "man"
        return data.irregular[w]
    if len(w) <= 3:
        return w
    first, hyphen, last = w.rpartition("-")
    if hyphen and first and last in data.irregular:  # "ex-wives" -> "ex-wife"
        return f"{first}-{data.irregular[last]}"
    for ending, replace, min_stem in data.suffixes:
        if w.endswith(ending) and len(w) - len(ending) >= min_stem:
            return w[: len(w) - len(ending)] + replace
    return w


def lemmatize_phrase(phrase: str, lang: str) -> str:
    """Lemmatise every word of a phrase and join with single spaces."""
    return " ".join(lemma(t.text, lang) for t in tokenize(phrase) if t.is_word)


@dataclass(frozen=True, slots=True)
class _Synonyms:
    metrics: dict[tuple[str, ...], str]
    subjects: dict[tuple[str, ...], str]
    # per first word, the most words of a phrase it opens: a word that opens none is passed
    metric_openers: dict[str, int]
    subject_openers: dict[str, int]


@cache
def _synonyms(lang: str) -> _Synonyms:
    data = load_lexicon("synonyms", lang)
    metrics = _phrase_table(require(data, "metrics", dict, "synonyms", lang=lang), lang)
    subjects = _phrase_table(require(data, "subjects", dict, "synonyms", lang=lang), lang)
    return _Synonyms(
        metrics=metrics,
        subjects=subjects,
        metric_openers=_openers(metrics),
        subject_openers=_openers(subjects),
    )


def _openers(table: dict[tuple[str, ...], str]) -> dict[str, int]:
    most: dict[str, int] = {}
    for key in table:
        if key:
            most[key[0]] = max(most.get(key[0], 0), len(key))
    return most


def _phrase_table(groups: dict[str, object], lang: str) -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for canonical, phrases in sorted(groups.items()):
        if not isinstance(phrases, list):
            raise TypeError(f"synonyms group {canonical!r} must be a list")
        for phrase in [canonical.replace("_", " "), *phrases]:
            key = tuple(lemmatize_phrase(str(phrase), lang).split())
            if key:
                table.setdefault(key, canonical.replace("_", " "))
    return table


def find_metric(words: list[str], lang: str) -> tuple[str, int, int] | None:
    """The longest metric phrase in lemmatised ``words``: (canonical, first, last + 1)."""
    syn = _synonyms(lang)
    return _longest(words, syn.metrics, syn.metric_openers)


def canonical_subject(words: list[str], lang: str) -> str:
    """Map a lemmatised subject phrase to its canonical form ("belarusian" -> "person")."""
    syn = _synonyms(lang)
    key = tuple(words)
    if key in syn.subjects:
        return syn.subjects[key]
    # The head noun (last word) alone may have a canonical form: "young belarusian" -> person.
    found = _longest(words, syn.subjects, syn.subject_openers)
    if found is not None and found[2] == len(words) and len(words) - found[1] <= 2:
        prefix = words[: found[1]]
        head = found[0]
        return " ".join([*prefix, head]) if head not in ("person",) else head
    return " ".join(words)


def _longest(
    words: list[str], table: dict[tuple[str, ...], str], openers: dict[str, int]
) -> tuple[str, int, int] | None:
    """The longest phrase of ``table`` in ``words`` (the first of the longest):
    (value, first, last + 1). ``openers`` gives per first word the most words of a phrase
    it opens, so the starts that open none are passed over."""
    best: tuple[str, int, int] | None = None
    keyed = tuple(words)  # a slice of a tuple is the table's key as it is
    for i, word in enumerate(keyed):
        most = openers.get(word)
        if most is None:
            continue
        for n in range(min(most, len(keyed) - i), 0, -1):
            value = table.get(keyed[i : i + n])
            if value is not None:
                if best is None or n > best[2] - best[1]:
                    best = (value, i, i + n)
                break
    return best


@dataclass(frozen=True, slots=True)
class ClaimWords:
    """Lexicon of claims.toml, parsed once."""

    stop_words: frozenset[str]
    generic_subjects: frozenset[str]
    pronouns: frozenset[str]
    demonstratives: frozenset[str]
    current_markers: frozenset[str]
    event_words: frozenset[str]
    nominal_events: frozenset[str]
    event_subject_stop: frozenset[str]
    look_back_words: int
    look_ahead_words: int
    max_subject_words: int
    scare_quotes: frozenset[str]
    scare_quote_words: int
    contraction_endings: tuple[str, ...]
    event_window: int
    clause_wh_words: frozenset[str]


@cache
def claim_words(lang: str) -> ClaimWords:
    """The words that shape how subjects and metrics are read (claims.toml of language
    ``lang``)."""
    data = load_lexicon("claims", lang)

    def words(key: str) -> frozenset[str]:
        return lower_words(data, key, "claims", lang=lang)

    return ClaimWords(
        stop_words=words("stop_words"),
        generic_subjects=words("generic_subjects"),
        pronouns=words("pronouns"),
        demonstratives=words("demonstratives"),
        current_markers=words("current_markers"),
        event_words=words("event_words"),
        nominal_events=words("nominal_events"),
        event_subject_stop=words("event_subject_stop"),
        look_back_words=int(require(data, "look_back_words", int, "claims", lang=lang)),
        look_ahead_words=int(require(data, "look_ahead_words", int, "claims", lang=lang)),
        max_subject_words=int(require(data, "max_subject_words", int, "claims", lang=lang)),
        scare_quotes=frozenset(
            str(w) for w in require(data, "scare_quotes", list, "claims", lang=lang)
        ),
        scare_quote_words=int(require(data, "scare_quote_words", int, "claims", lang=lang)),
        contraction_endings=tuple(
            str(w) for w in require(data, "contraction_endings", list, "claims", lang=lang)
        ),
        event_window=int(require(data, "event_window", int, "claims", lang=lang)),
        clause_wh_words=words("clause_wh_words"),
    )


class TokenIndex:
    """The tokens of one sentence, with range queries in logarithmic time.

    Claims look at a few words around each figure or date; on adversarial input (one
    "sentence" of 100,000 figures) scanning all tokens for each one would be quadratic, so
    every look-up here is a bisection or a prefix-count difference.
    """

    __slots__ = (
        "_break_marks",
        "_figures",
        "_first_word",
        "_keys",
        "_marks",
        "ends",
        "starts",
        "tokens",
    )

    def __init__(self, tokens: tuple[Token, ...], breaks: frozenset[str]) -> None:
        self.tokens = tokens
        self.starts = list(map(_START, tokens))
        self.ends = list(map(_END, tokens))
        self._break_marks = breaks
        # read on their first question (most sentences ask none or one)
        self._marks: dict[frozenset[str], list[int]] = {}
        self._keys: dict[frozenset[str], list[int]] = {}
        self._figures: list[int] | None = None
        self._first_word: int | None = None

    def first_at_or_after(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def last_ending_by(self, offset: int) -> int:
        """Index just past the last token ending at or before ``offset``."""
        return bisect_right(self.ends, offset)

    def after(self, offset: int, count: int) -> list[Token]:
        """Up to ``count`` tokens starting at or after ``offset``."""
        first = self.first_at_or_after(offset)
        return list(self.tokens[first : first + count])

    def before(self, offset: int, count: int) -> list[Token]:
        """Up to ``count`` tokens ending at or before ``offset``, in text order."""
        last = self.last_ending_by(offset)
        return list(self.tokens[max(0, last - count) : last])

    def _count(self, prefix: list[int], start: int, end: int) -> int:
        return prefix[self.first_at_or_after(end)] - prefix[self.first_at_or_after(start)]

    def mark_starts(self, marks: frozenset[str]) -> list[int]:
        """The starts of the tokens that are one of ``marks``, in text order (read once per
        set of marks)."""
        found = self._marks.get(marks)
        if found is None:
            found = self._marks[marks] = [t.start for t in self.tokens if t.text in marks]
        return found

    def word_starts(self, words: frozenset[str]) -> list[int]:
        """The starts of the tokens whose lower-case key is one of ``words``, in text order
        (read once per set of words)."""
        found = self._keys.get(words)
        if found is None:
            found = self._keys[words] = [t.start for t in self.tokens if t.lower in words]
        return found

    def has_break(self, start: int, end: int) -> bool:
        """Whether a clause-ending mark starts within [start, end)."""
        found = self.mark_starts(self._break_marks)
        first = bisect_left(found, start)
        return first < len(found) and found[first] < end

    def has_figure(self, start: int, end: int) -> bool:
        """Whether a number (or ; or |) starts within [start, end)."""
        if self._figures is None:
            self._figures = _prefix(
                [t.text[:1].isdigit() or t.text in _FIGURE_MARKS for t in self.tokens]
            )
        return self._count(self._figures, start, end) > 0

    def has_word_before(self, index: int) -> bool:
        """Whether any word token comes before token ``index``: whether the first word of
        the sentence stands before it (found once, by a scan that stops at that word)."""
        if self._first_word is None:
            self._first_word = next(
                (i for i, t in enumerate(self.tokens) if t.text[:1].isalpha()), len(self.tokens)
            )
        return self._first_word < index


def _prefix(flags: Iterable[bool]) -> list[int]:
    return list(accumulate(flags, operator.add, initial=0))


def phrase_tokens(after: Sequence[Token], lang: str) -> Iterator[Token]:
    """The tokens a noun phrase after a figure may be read from: ``after`` up to its first
    contraction ("the $600 million-plus system [isn't] working"), read through scare quotes
    ("the $825 Billion ["stimulus"] package" -> "stimulus package").

    Scare quotes are marks that open before a word and close within ``scare_quote_words``
    words, none a stop word; at any other mark the tokens end there (the phrase does).
    Tokens are given one at a time, as read: a subject of a few words reads no further.
    """
    words = claim_words(lang)
    i = 0
    while i < len(after):
        token = after[i]
        if is_contraction(token.lower, lang):
            return
        if token.text in words.scare_quotes:
            inner = _before_contraction(after[i + 1 : i + 2 + words.scare_quote_words], lang)
            close = next((k for k, t in enumerate(inner) if t.text in words.scare_quotes), -1)
            quoted = inner[:close]
            if close > 0 and all(t.is_word and t.lower not in words.stop_words for t in quoted):
                yield from quoted
                i += close + 2
                continue
            yield from _before_contraction(after[i:], lang)  # not scare quotes: the phrase ends
            return
        yield token
        i += 1


def _before_contraction(tokens: Sequence[Token], lang: str) -> Sequence[Token]:
    """``tokens`` up to their first contraction."""
    end = next((k for k, t in enumerate(tokens) if is_contraction(t.lower, lang)), len(tokens))
    return tokens[:end]


def is_contraction(word: str, lang: str) -> bool:
    """Whether a word is a contraction ("isn't", "we'll", curly apostrophe or straight):
    ``contraction_endings``."""
    return word.lower().replace("\u2019", "'").endswith(claim_words(lang).contraction_endings)
