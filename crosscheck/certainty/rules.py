"""Hedges and attribution lexicons -> compiled, validated rules (loaded once)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Final

from crosscheck.certainty.open_questions import open_question_phrases
from crosscheck.errors import LexiconError
from crosscheck.lexicon import lexicon_path, load_lexicon, require
from crosscheck.text.tokens import WORD_OR_NUMBER
from crosscheck.text.tries import phrase_trie, trie_regex
from crosscheck.text.words import Token, word_and_number_tokens

HEDGES_LEXICON: Final = "hedges"
CERTAINTY_KIND: Final = "certainty"
"""The ``kind`` of the claims that certainty rows carry (a statement, not a figure)."""
ATTRIBUTION_LEXICON: Final = "attribution"

_QUOTED: Final = re.compile(r"\"[^\"]*\"|\u201c[^\u201c\u201d]*\u201d")
_SPACE: Final = re.compile(r"\s+")
_NON_SPACE: Final = re.compile(r"\S+")
_APOSTROPHES: Final = "'\u2019"
_QUOTES: Final = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
HARD_STOPS: Final = ',;:()[]!?"\u201c\u201d\u00ab\u00bb'
"""Punctuation no statement, attribution or quoted span reaches across (public: the
statement search in ``match/statements/`` reads it too)."""
_CONTEXT: Final = 400
"""How far (characters) around an assertion its subject, hedges and speaker are looked for."""
_CAPITAL_SIGMA: Final = "\u03a3"
"""The one letter whose lower case depends on its neighbours (a word's last sigma)."""
_LABEL: Final = re.compile(r"([A-Z][^\s:]{0,30}(?: [A-Za-z][^\s:]{0,30}){0,3}):\s")
_LABEL_REACH: Final = 128
"""``_LABEL``'s colon stands before this offset (a capital, 30 more, three words of 32)."""


# --------------------------------------------------------------------------- words


def _words_of(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words and numbers of ``text[start:end]`` (the shared tokenizer), offsets in ``text``."""
    stop = len(text) if end is None else min(end, len(text))
    lower = text[start:stop].lower()
    if len(lower) != stop - start or _CAPITAL_SIGMA in text[start:stop]:
        return word_and_number_tokens(text, start, stop)
    # every character lowers to one, out of context: a token's lower case is a slice
    lower = lower.replace("\u2019", "'")
    spans = [m.span() for m in WORD_OR_NUMBER.finditer(text, start, stop)]
    new = tuple.__new__
    return [new(Token, (a, b, text[a:b], lower[a - start : b - start])) for a, b in spans]


def _iter_words(text: str, start: int, chunk: int = 120) -> Iterator[Token]:
    """The words and numbers of ``text`` from ``start`` on, read lazily a chunk at a time."""
    position = start
    while position < len(text):
        stop = min(len(text), position + chunk)
        words = _words_of(text, position, stop)
        if stop < len(text) and words and words[-1].end == stop:
            if len(words) == 1:
                chunk *= 2  # one word longer than the chunk: read a longer chunk
                continue
            words.pop()  # may be cut by the chunk's end: read it again with the next chunk
        if not words:
            position = stop  # only marks and spaces here
            continue
        yield from words
        position = words[-1].end


# --------------------------------------------------------------------------- lexicons


def _strings(data: dict[str, Any], key: str, lexicon: str, lang: str) -> tuple[str, ...]:
    values = require(data, key, list, lexicon, lang=lang)
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise LexiconError(f"{key!r} must list non-empty strings", path=lexicon_path(lexicon, lang))
    return tuple(normal_text(v) for v in values)


def _integer(data: dict[str, Any], key: str, lexicon: str, lang: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise LexiconError(f"{key!r} must be a whole number", path=lexicon_path(lexicon, lang))
    return value


def _number(data: dict[str, Any], key: str, lexicon: str, lang: str) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise LexiconError(f"{key!r} must be a number", path=lexicon_path(lexicon, lang))
    return float(value)


_EITHER_APOSTROPHE: Final = "['\u2019]"
"""A phrase's apostrophe in a pattern: a straight one or a curly one (U+2019)."""


def _apostrophes(source: str) -> str:
    """A pattern's ``source`` with each (straight) apostrophe of its phrases matching a curly
    one too: the phrases are written with straight apostrophes, many articles curly ones, and
    a match then gives the words as written."""
    return source.replace("'", _EITHER_APOSTROPHE)


def normal_text(text: str) -> str:
    """Lower case, straight apostrophes, single spaces."""
    return _SPACE.sub(" ", text.replace("\u2019", "'")).strip().casefold()


@lru_cache(maxsize=4096)
def _normal_form(words: str) -> str:
    """``normal_text`` of a phrase or word as written (matched phrases and words recur: the
    same few forms are read again and again)."""
    return normal_text(words)


class _Phrases:
    """A case-insensitive pattern of lower-case phrases, run fast on lower-cased text.

    Python's regular expressions skip the alternatives of a long alternation by their first
    letter only when matching case-sensitively, so the pattern runs on ``text.lower()``
    (four times faster) and each match is read again on the text itself, at the same place,
    to give the words as written. Text whose lower case has another length (rare letters)
    is matched case-insensitively directly.
    """

    __slots__ = ("exact", "folded")

    def __init__(self, source: str) -> None:
        self.exact = re.compile(source)
        self.folded = re.compile(source, re.IGNORECASE)

    def finditer(self, text: str, lower: str | None = None) -> Iterator[re.Match[str]]:
        """The matches in ``text`` (``lower`` is ``text.lower()`` when already made)."""
        low = text.lower() if lower is None else lower
        if len(low) != len(text):
            yield from self.folded.finditer(text)
            return
        for found in self.exact.finditer(low):
            match = self.folded.match(text, found.start())
            if match is not None:
                yield match


_LEAD: Final = r"(?<![\w-].)"
r"""Put after a phrase's first character: the phrase starts no word ("(?<![\w-])" before it).
A pattern whose every alternative opens with a plain character lets the regex engine skip,
without trying the pattern, every position that holds none of those characters."""
_FEW_OPENINGS: Final = 8
"""Phrases that open with at most this many characters are matched with ``_LEAD``: the
positions skipped pay for the look-behind. With more (most letters), each letter of a word
is tried again and the plain look-behind first is faster (measured on the real stories)."""


def _alternation(phrases: Iterable[str], lead: str = "") -> str:
    """Phrases as one trie alternation (``crosscheck.text.tries``), any white space between
    words, either apostrophe for one (``_apostrophes``). ``lead`` goes after each first letter."""
    root = phrase_trie(phrases)
    if not lead:
        return _apostrophes(trie_regex(root))
    branches = (re.escape(u) + lead + trie_regex(c) for u, c in sorted(root.items()) if u)
    return _apostrophes("|".join(branches))


def _lead(openings: set[str]) -> str:
    """``_LEAD`` for phrases that open with few characters, else nothing."""
    return _LEAD if openings and len(openings) <= _FEW_OPENINGS else ""


def _whole_words(body: str, lead: str) -> _Phrases:
    """A pattern of whole-word phrases: ``body`` led by ``lead`` or by a look-behind."""
    if lead:
        return _Phrases(rf"(?:{body})(?![\w-])")
    return _Phrases(rf"(?<![\w-])(?:{body})(?![\w-])")


def _phrases_pattern(phrases: Iterable[str]) -> _Phrases:
    """One case-insensitive pattern for whole-word phrases, longest first."""
    phrases = set(phrases)
    lead = _lead({p[0] for p in phrases})
    return _whole_words(_alternation(phrases, lead), lead)


def _not_hedges_pattern(data: dict[str, Any], lex: str, lang: str) -> _Phrases:
    """``not_hedges`` and an adjective hedge before its noun ("likely [Wisconsin] voters")."""
    phrases = _strings(data, "not_hedges", lex, lang)
    adjectives = _strings(data, "adjective_hedges", lex, lang)
    nouns = _strings(data, "adjective_nouns", lex, lang)
    lead = _lead({p[0] for p in (*phrases, *adjectives)}) if phrases else ""
    body = [_alternation(phrases, lead)]
    if adjectives and nouns:
        reach = _integer(data, "adjective_reach", lex, lang)
        never = "|".join(re.escape(w) for w in _strings(data, "adjective_not_between", lex, lang))
        between = rf"(?:(?!(?:{never})\s)[\w-]+\s+){{0,{reach}}}"
        noun = "|".join(re.escape(n) for n in sorted(nouns, key=lambda n: (-len(n), n)))
        if lead:  # one alternative per adjective, in order, each opened by its letter
            body.extend(
                rf"{re.escape(a[0])}{lead}{re.escape(a[1:])}\s+{between}(?:{noun})"
                for a in adjectives
            )
        else:
            adjective = "|".join(re.escape(a) for a in adjectives)
            body.append(rf"(?:{adjective})\s+{between}(?:{noun})")
    return _whole_words("|".join(body), lead)


def _boundary_pattern(marks: Iterable[str], conjunctions: str, bare_words: Iterable[str]) -> str:
    """Clause boundaries: a mark, a comma or semicolon before a conjunction, or a bare
    conjunction; every alternative opens with a plain character (see ``_LEAD``)."""
    bare = [
        rf"{re.escape(w[0])}(?<!\w.){re.escape(w[1:])}"  # "\b" before a word's first letter
        if re.match(r"\w", w[0])
        else rf"\b{re.escape(w)}"
        for w in bare_words
    ]
    return "|".join(
        [
            *(re.escape(p) for p in marks),
            rf",\s*(?:{conjunctions})\b",
            rf";\s*(?:{conjunctions})\b",
            rf"(?:{'|'.join(bare)})\b",
        ]
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class _HedgeRules:
    """The hedges lexicon, validated and compiled."""

    pattern: _Phrases
    scopes: Mapping[str, str]  # normalised phrase -> "clause" | "phrase"
    not_hedges: _Phrases
    month_words: frozenset[str]
    month_before: frozenset[str]
    coordinators: frozenset[str]
    phrase_scope_words: int
    boundary: _Phrases
    bare_conjunctions: tuple[str, ...]  # also end the words read as an assertion's subject


@dataclass(frozen=True, slots=True, kw_only=True)
class _AssertionRules:
    """The [assertions] part of the hedges lexicon, validated and compiled."""

    pattern: _Phrases
    predicates: Mapping[str, str]  # normalised form -> key
    characterisations: tuple[str, ...]
    determiners: frozenset[str]
    kept_determiners: frozenset[str]  # determiners not stripped from an object ("no")
    stop_words: frozenset[str]
    max_object_words: int
    match_threshold: float
    subject_breaks: tuple[str, ...]  # words after which an assertion's subject starts
    pronoun_subjects: frozenset[str]  # subjects that name nothing by themselves ("it", "")
    subject_predicates: frozenset[str]  # compared only with the same subject ("violate")
    min_be_object_words: int  # an object of "be" needs this many words to be compared
    lang: str  # the language whose words these are


@dataclass(frozen=True, slots=True, kw_only=True)
class _AttributionRules:
    """The attribution lexicon, validated and compiled."""

    verbs: _Phrases
    verb_forms: frozenset[str]  # the phrases ``verbs`` matches
    phrase_forms: frozenset[str]  # the phrases ``source_phrases`` matches
    noun_like: frozenset[str]
    blocked_after_noun_like: frozenset[str]
    auxiliaries: frozenset[str]
    passive_auxiliaries: frozenset[str]  # "Trump Jr. [was] told": the hearer, no speaker
    hearer_verbs: frozenset[str]  # "was [told]": a passive whose subject heard it
    source_phrases: _Phrases
    speaker_nouns: frozenset[str]
    official_speakers: frozenset[str]
    determiners: frozenset[str]
    complementizers: frozenset[str]
    pronouns: frozenset[str]
    stop_words: frozenset[str]
    time_words: frozenset[str]  # "said [Sunday]": when, not who
    time_openers: frozenset[str]  # "[late] Tuesday"
    max_words: int
    article: str
    name_links: frozenset[str]
    trailing_links: frozenset[str]


@cache
def _hedge_rules(lang: str) -> _HedgeRules:
    """Load and compile the ``hedges.toml`` of language ``lang`` once."""
    lex = HEDGES_LEXICON
    path = lexicon_path(lex, lang)
    data = load_lexicon(lex, lang)
    scopes: dict[str, str] = {}
    for entry in require(data, "hedge", list, lex, lang=lang):
        if not isinstance(entry, dict):
            raise LexiconError("each [[hedge]] entry must be a table", path=path)
        scope = require(entry, "scope", str, lex, lang=lang)
        strength = require(entry, "strength", str, lex, lang=lang)
        if scope not in ("clause", "phrase") or strength not in ("strong", "weak"):
            raise LexiconError(
                "[[hedge]] needs scope clause|phrase, strength strong|weak", path=path
            )
        for phrase in _strings(entry, "phrases", lex, lang):
            scopes[phrase] = scope
    for phrase in open_question_phrases(lang):  # "it wasn't clear whether": a clause's hedge
        scopes.setdefault(phrase, "clause")
    marks = require(data, "clause_punctuation", list, lex, lang=lang)
    if not all(isinstance(p, str) and p for p in marks):
        raise LexiconError("'clause_punctuation' must list non-empty strings", path=path)
    conjunctions = "|".join(re.escape(c) for c in _strings(data, "clause_conjunctions", lex, lang))
    bare_words = _strings(data, "bare_conjunctions", lex, lang)
    boundary = _Phrases(_boundary_pattern(marks, conjunctions, bare_words))
    return _HedgeRules(
        pattern=_phrases_pattern(scopes),
        scopes=scopes,
        not_hedges=_not_hedges_pattern(data, lex, lang),
        month_words=frozenset(_strings(data, "month_words", lex, lang)),
        month_before=frozenset(_strings(data, "month_before", lex, lang)),
        coordinators=frozenset(_strings(data, "coordinators", lex, lang)),
        phrase_scope_words=_integer(data, "phrase_scope_words", lex, lang),
        boundary=boundary,
        bare_conjunctions=bare_words,
    )


def assertion_rules(lang: str) -> _AssertionRules:
    """The [assertions] table of the ``hedges.toml`` of language ``lang``, compiled once per
    language (the matching stage hands the story's)."""
    return _assertion_rules(lang)


@cache
def _assertion_rules(lang: str) -> _AssertionRules:
    """Load and compile the [assertions] table of the ``hedges.toml`` of ``lang`` once."""
    lex = HEDGES_LEXICON
    table = require(load_lexicon(lex, lang), "assertions", dict, lex, lang=lang)
    predicates: dict[str, str] = {}
    for key, forms in require(table, "predicates", dict, lex, lang=lang).items():
        if not isinstance(forms, list) or not all(isinstance(f, str) and f for f in forms):
            raise LexiconError(
                f"predicate {key!r} must list its forms", path=lexicon_path(lex, lang)
            )
        for form in forms:
            predicates[normal_text(form)] = normal_text(key)
    modals = _strings(table, "modals", lex, lang)
    adverbs = _strings(table, "adverbs", lex, lang)
    negations = _strings(table, "negations", lex, lang)

    pattern = _Phrases(
        rf"(?<![\w-])(?:(?P<modal>{_alternation(modals)})\s+)?"
        rf"(?:(?P<neg>{_alternation(negations)})\s+)?"
        rf"(?:(?P<adverb>{_alternation(adverbs)})\s+)?"
        rf"(?P<predicate>{_alternation(predicates)})\s+"
    )
    threshold = table.get("match_threshold")
    if not isinstance(threshold, int | float) or not 0 < threshold <= 100:
        raise LexiconError("'match_threshold' must be in (0, 100]", path=lexicon_path(lex, lang))
    return _AssertionRules(
        pattern=pattern,
        predicates=predicates,
        characterisations=_strings(table, "characterisations", lex, lang),
        determiners=frozenset(_strings(table, "object_determiners", lex, lang)),
        kept_determiners=frozenset(_strings(table, "object_kept_determiners", lex, lang)),
        stop_words=frozenset(_strings(table, "object_stop_words", lex, lang)),
        max_object_words=_integer(table, "max_object_words", lex, lang),
        match_threshold=float(threshold),
        subject_breaks=_strings(
            require(table, "subject", dict, lex, lang=lang), "breaks", lex, lang
        ),
        pronoun_subjects=frozenset(require(table, "pronoun_subjects", list, lex, lang=lang)),
        subject_predicates=frozenset(require(table, "subject_predicates", list, lex, lang=lang)),
        min_be_object_words=int(require(table, "min_be_object_words", int, lex, lang=lang)),
        lang=lang,
    )


def attribution_rules(lang: str) -> _AttributionRules:
    """The ``attribution.toml`` of language ``lang``, compiled once per language (the
    matching and rules stages hand the story's)."""
    return _attribution_rules(lang)


@cache
def _attribution_rules(lang: str) -> _AttributionRules:
    """Load and compile the ``attribution.toml`` of language ``lang`` once."""
    lex = ATTRIBUTION_LEXICON
    data = load_lexicon(lex, lang)
    verbs = _strings(data, "verbs", lex, lang)
    source_phrases = _strings(data, "source_phrases", lex, lang)
    return _AttributionRules(
        verbs=_phrases_pattern(verbs),
        verb_forms=frozenset(verbs),
        phrase_forms=frozenset(source_phrases),
        noun_like=frozenset(_strings(data, "noun_like_verbs", lex, lang)),
        blocked_after_noun_like=frozenset(_strings(data, "not_after_noun_like_verbs", lex, lang)),
        auxiliaries=frozenset(_strings(data, "auxiliaries", lex, lang)),
        passive_auxiliaries=frozenset(_strings(data, "passive_auxiliaries", lex, lang)),
        hearer_verbs=frozenset(_strings(data, "hearer_verbs", lex, lang)),
        source_phrases=_phrases_pattern(source_phrases),
        speaker_nouns=frozenset(_strings(data, "speaker_nouns", lex, lang)),
        official_speakers=frozenset(_strings(data, "official_speakers", lex, lang)),
        determiners=frozenset(_strings(data, "determiners", lex, lang)),
        complementizers=frozenset(_strings(data, "complementizers", lex, lang)),
        pronouns=frozenset(_strings(data, "pronouns", lex, lang)),
        stop_words=frozenset(_strings(data, "speaker_stop_words", lex, lang)),
        time_words=frozenset(_strings(data, "speaker_time_words", lex, lang)),
        time_openers=frozenset(_strings(data, "speaker_time_openers", lex, lang)),
        max_words=_integer(data, "max_speaker_words", lex, lang),
        article=normal_text(require(data, "article", str, lex, lang=lang)),
        name_links=frozenset(_strings(data, "name_links", lex, lang)),
        trailing_links=frozenset(_strings(data, "trailing_links", lex, lang)),
    )


@cache
def _reading_pattern(lang: str) -> re.Pattern[str]:
    """Every phrase of the hedge pattern, the source phrases and the reporting verbs, in
    one whole-word pattern run on lower-cased text (``reading.read_phrases``): it matches
    at a place exactly where one of those three patterns does."""
    attribution = _attribution_rules(lang)
    phrases = {*_hedge_rules(lang).scopes, *attribution.verb_forms, *attribution.phrase_forms}
    return _phrases_pattern(phrases).exact
