"""Sentence text -> certainty and attribution; sentences -> assertions -> certainty discrepancies.

Contracts:

* ``find_hedges(sentence_text, start, end) -> Certainty``: the hedges ("may", "reportedly",
  "reasonable grounds to believe") that govern the clause holding ``[start, end)``.
* ``find_attribution(sentence_text, start, end) -> str | None``: whom the sentence credits
  with that part ("according to the UN" -> "UN", "the experts said" -> "the experts").
* ``find_assertions(source, sentences) -> list[Assertion]``: non-numeric statements worth
  comparing across sources ("<subject> may amount to crimes against humanity").
* ``certainty_discrepancies(sources, {source id: sentences}) -> list[Discrepancy]``: where
  one source hedges what another asserts.

Offsets given to and returned by ``find_hedges``/``find_attribution`` are local to the
sentence text. Sentences are never split here. Word lists live in ``lexicon/hedges.toml``
and ``lexicon/attribution.toml``. Every regular expression is an alternation of literal
phrases, with single white-space classes between words, so it runs in linear time.

Attribution is normalised lightly and readably: a leading "the" is dropped before a name
or an acronym ("according to the UN" -> "UN", "the UN Special Rapporteur for Belarus" ->
"UN Special Rapporteur for Belarus") and kept, in lower case, before a common noun ("The
experts said" -> "the experts", "the Group noted" -> "the Group"). A pronoun ("they said")
names nobody and gives ``None``: coreference is not resolved.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import combinations
from typing import Any, Final, NamedTuple

from rapidfuzz import fuzz

from crosscheck.errors import LexiconError
from crosscheck.ids import stable_id
from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import (
    ASSERTED,
    Certainty,
    CertaintyLevel,
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Mention,
    Sentence,
    Severity,
    Source,
)

HEDGES_LEXICON: Final = "hedges"
CERTAINTY_KIND: Final = "certainty"
"""The ``kind`` of the claims that certainty rows carry (a statement, not a figure)."""
ATTRIBUTION_LEXICON: Final = "attribution"

_WORD: Final = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:['\u2019.-][^\W_]+)*['\u2019]?")
_QUOTED: Final = re.compile(r"\"[^\"]*\"|\u201c[^\u201c\u201d]*\u201d")
_SPACE: Final = re.compile(r"\s+")
_NON_SPACE: Final = re.compile(r"\S+")
_QUOTES: Final = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
_HARD_STOPS: Final = ',;:()[]!?"\u201c\u201d\u00ab\u00bb'
_CONTEXT: Final = 400
"""How far (characters) around an assertion its subject, hedges and speaker are looked for."""
_LABEL: Final = re.compile(r"([A-Z][^\s:]{0,30}(?: [A-Za-z][^\s:]{0,30}){0,3}):\s")


@dataclass(frozen=True, slots=True, kw_only=True)
class Assertion:
    """A non-numeric statement of one source: "<subject> [may] <predicate> <object>".

    ``start``/``end`` index the source text and give exactly ``text`` (from the modal or the
    predicate to the end of the object: "may amount to crimes against humanity").
    ``predicate`` and ``object`` are normalised ("constitute" -> "amount to"; lower case, no
    quotes, no leading article).
    """

    source: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int
    subject: str | None
    predicate: str
    object: str
    certainty: Certainty
    attribution: str | None
    negated: bool = False

    @property
    def hedged(self) -> bool:
        """True when the source hedges the statement."""
        return self.certainty.level is CertaintyLevel.HEDGED


# --------------------------------------------------------------------------- lexicons


def _strings(data: dict[str, Any], key: str, lexicon: str) -> tuple[str, ...]:
    values = require(data, key, list, lexicon)
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise LexiconError(f"{key!r} must list non-empty strings", path=f"lexicon/{lexicon}.toml")
    return tuple(_normal(v) for v in values)


def _integer(data: dict[str, Any], key: str, lexicon: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise LexiconError(f"{key!r} must be a whole number", path=f"lexicon/{lexicon}.toml")
    return value


def _normal(text: str) -> str:
    """Lower case, straight apostrophes, single spaces."""
    return _SPACE.sub(" ", text.replace("\u2019", "'")).strip().casefold()


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


def _phrases_pattern(phrases: Iterable[str]) -> _Phrases:
    """One case-insensitive pattern for whole-word phrases, longest first."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)
    return _Phrases(rf"(?<![\w-])(?:{body})(?![\w-])")


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
    stop_words: frozenset[str]
    max_object_words: int
    match_threshold: float


@dataclass(frozen=True, slots=True, kw_only=True)
class _AttributionRules:
    """The attribution lexicon, validated and compiled."""

    verbs: _Phrases
    noun_like: frozenset[str]
    blocked_after_noun_like: frozenset[str]
    auxiliaries: frozenset[str]
    source_phrases: _Phrases
    speaker_nouns: frozenset[str]
    determiners: frozenset[str]
    pronouns: frozenset[str]
    stop_words: frozenset[str]
    max_words: int


@cache
def _hedge_rules() -> _HedgeRules:
    """Load and compile ``lexicon/hedges.toml`` once."""
    lex = HEDGES_LEXICON
    path = f"lexicon/{lex}.toml"
    data = load_lexicon(lex)
    scopes: dict[str, str] = {}
    for entry in require(data, "hedge", list, lex):
        if not isinstance(entry, dict):
            raise LexiconError("each [[hedge]] entry must be a table", path=path)
        scope = require(entry, "scope", str, lex)
        strength = require(entry, "strength", str, lex)
        if scope not in ("clause", "phrase") or strength not in ("strong", "weak"):
            raise LexiconError(
                "[[hedge]] needs scope clause|phrase, strength strong|weak", path=path
            )
        for phrase in _strings(entry, "phrases", lex):
            scopes[phrase] = scope
    marks = require(data, "clause_punctuation", list, lex)
    if not all(isinstance(p, str) and p for p in marks):
        raise LexiconError("'clause_punctuation' must list non-empty strings", path=path)
    punctuation = [re.escape(p) for p in marks]
    conjunctions = "|".join(re.escape(c) for c in _strings(data, "clause_conjunctions", lex))
    bare_words = _strings(data, "bare_conjunctions", lex)
    bare = "|".join(re.escape(c) for c in bare_words)
    boundary = _Phrases(rf"{'|'.join(punctuation)}|[,;]\s*(?:{conjunctions})\b|\b(?:{bare})\b")
    return _HedgeRules(
        pattern=_phrases_pattern(scopes),
        scopes=scopes,
        not_hedges=_phrases_pattern(_strings(data, "not_hedges", lex)),
        month_words=frozenset(_strings(data, "month_words", lex)),
        month_before=frozenset(_strings(data, "month_before", lex)),
        coordinators=frozenset(_strings(data, "coordinators", lex)),
        phrase_scope_words=_integer(data, "phrase_scope_words", lex),
        boundary=boundary,
        bare_conjunctions=bare_words,
    )


@cache
def _assertion_rules() -> _AssertionRules:
    """Load and compile the [assertions] table of ``lexicon/hedges.toml`` once."""
    lex = HEDGES_LEXICON
    table = require(load_lexicon(lex), "assertions", dict, lex)
    predicates: dict[str, str] = {}
    for key, forms in require(table, "predicates", dict, lex).items():
        if not isinstance(forms, list) or not all(isinstance(f, str) and f for f in forms):
            raise LexiconError(f"predicate {key!r} must list its forms", path=f"lexicon/{lex}.toml")
        for form in forms:
            predicates[_normal(form)] = _normal(key)
    modals = _strings(table, "modals", lex)
    adverbs = _strings(table, "adverbs", lex)
    negations = _strings(table, "negations", lex)

    def alternation(items: Iterable[str]) -> str:
        ordered = sorted(set(items), key=lambda p: (-len(p), p))
        return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)

    pattern = _Phrases(
        rf"(?<![\w-])(?:(?P<modal>{alternation(modals)})\s+)?"
        rf"(?:(?P<neg>{alternation(negations)})\s+)?"
        rf"(?:(?P<adverb>{alternation(adverbs)})\s+)?"
        rf"(?P<predicate>{alternation(predicates)})\s+"
    )
    threshold = table.get("match_threshold")
    if not isinstance(threshold, int | float) or not 0 < threshold <= 100:
        raise LexiconError("'match_threshold' must be in (0, 100]", path=f"lexicon/{lex}.toml")
    return _AssertionRules(
        pattern=pattern,
        predicates=predicates,
        characterisations=_strings(table, "characterisations", lex),
        determiners=frozenset(_strings(table, "object_determiners", lex)),
        stop_words=frozenset(_strings(table, "object_stop_words", lex)),
        max_object_words=_integer(table, "max_object_words", lex),
        match_threshold=float(threshold),
    )


@cache
def _attribution_rules() -> _AttributionRules:
    """Load and compile ``lexicon/attribution.toml`` once."""
    lex = ATTRIBUTION_LEXICON
    data = load_lexicon(lex)
    return _AttributionRules(
        verbs=_phrases_pattern(_strings(data, "verbs", lex)),
        noun_like=frozenset(_strings(data, "noun_like_verbs", lex)),
        blocked_after_noun_like=frozenset(_strings(data, "not_after_noun_like_verbs", lex)),
        auxiliaries=frozenset(_strings(data, "auxiliaries", lex)),
        source_phrases=_phrases_pattern(_strings(data, "source_phrases", lex)),
        speaker_nouns=frozenset(_strings(data, "speaker_nouns", lex)),
        determiners=frozenset(_strings(data, "determiners", lex)),
        pronouns=frozenset(_strings(data, "pronouns", lex)),
        stop_words=frozenset(_strings(data, "speaker_stop_words", lex)),
        max_words=_integer(data, "max_speaker_words", lex),
    )


# --------------------------------------------------------------------------- hedges


def _span(text: str, start: int, end: int | None) -> tuple[int, int]:
    stop = len(text) if end is None else max(0, min(end, len(text)))
    begin = max(0, min(start, stop))
    return begin, stop


def _previous_word(text: str, position: int) -> str:
    words = text[max(0, position - 40) : position].split()
    return words[-1].strip(_QUOTES).casefold() if words else ""


def _is_month(text: str, match: re.Match[str], rules: _HedgeRules) -> bool:
    """ "May" the month ("since May 2020", "May 1"), not the modal."""
    word = match.group().split()[0]
    if word.casefold() not in rules.month_words:
        return False
    after = text[match.start() + len(word) : match.start() + len(word) + 4].lstrip()
    if after[:1].isdigit():
        return True
    before = text[max(0, match.start() - 40) : match.start()].rstrip().rstrip(_QUOTES)
    opens_sentence = not before or before[-1] in ".!?:;("
    if word[0].isupper() and not opens_sentence:
        return True
    return word.islower() and _previous_word(text, match.start()) in rules.month_before


def _phrase_window_end(text: str, position: int, words: int) -> int:
    """Where the few words after an attributive hedge end ("alleged [human rights abuses]")."""
    end = position
    for count, match in enumerate(_WORD.finditer(text, position)):
        if count >= words or any(c in ".;:!?" for c in text[end : match.start()]):
            break
        end = match.end()
    return end


@dataclass(frozen=True, slots=True)
class SentenceReading:
    """What one sentence says about certainty and attribution, read once.

    Claims ask for the hedges and the speaker governing a few words of a sentence; reading
    the sentence once and answering each question by bisection keeps a sentence with
    thousands of figures linear instead of quadratic.
    """

    text: str
    boundary_starts: tuple[int, ...]
    boundary_ends: tuple[int, ...]
    hedge_matches: tuple[re.Match[str], ...]
    hedge_starts: tuple[int, ...]
    excluded: tuple[tuple[int, int], ...]
    excluded_starts: tuple[int, ...]
    plain_speakers: tuple[tuple[int, int, str], ...]  # (start, end, name), outside quotes
    quoted_speakers: tuple[tuple[int, int, str], ...]  # inside a quotation's own words
    plain_starts: tuple[int, ...]
    quoted_starts: tuple[int, ...]


def read_sentence(text: str) -> SentenceReading:
    """Read a sentence's clause boundaries, hedge words and speakers once."""
    hedges = _hedge_rules()
    lower = text.lower()
    boundaries = [m.span() for m in hedges.boundary.finditer(text, lower)]
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    quote_starts = [a for a, _ in quoted]
    plain: list[tuple[int, int, str]] = []
    inside: list[tuple[int, int, str]] = []
    rules = _attribution_rules()
    for speaker in _speakers(text, lower):
        name = None if speaker.name is None else _tidy(speaker.name, rules)
        if name is None:
            continue
        index = bisect_right(quote_starts, speaker.start) - 1
        in_quote = index >= 0 and speaker.start < quoted[index][1]  # a quote's own words
        (inside if in_quote else plain).append((speaker.start, speaker.end, name))
    matches = tuple(hedges.pattern.finditer(text, lower))
    excluded = tuple(m.span() for m in hedges.not_hedges.finditer(text, lower))
    return SentenceReading(
        text=text,
        boundary_starts=tuple(a for a, _ in boundaries),
        boundary_ends=tuple(b for _, b in boundaries),
        hedge_matches=matches,
        hedge_starts=tuple(m.start() for m in matches),
        excluded=excluded,
        excluded_starts=tuple(a for a, _ in excluded),
        plain_speakers=tuple(plain),
        quoted_speakers=tuple(inside),
        plain_starts=tuple(s for s, _, _ in plain),
        quoted_starts=tuple(s for s, _, _ in inside),
    )


def find_hedges(sentence_text: str, start: int = 0, end: int | None = None) -> Certainty:
    """Find the hedges that govern part of a sentence.

    Args:
        sentence_text: The whole sentence.
        start: Where the claim starts in the sentence (default: the sentence's start).
        end: Where it ends, exclusive (default: the sentence's end).

    Returns:
        HEDGED with the hedge words as written, in text order, when a hedge stands in the
        clause holding the claim (attributive hedges such as "alleged" only for the few words
        after them); ASSERTED otherwise. "May" the month and set phrases such as "as you may
        have heard" are not hedges.
    """
    return hedges_in(read_sentence(sentence_text), start, end)


def hedges_in(reading: SentenceReading, start: int = 0, end: int | None = None) -> Certainty:
    """:func:`find_hedges` for a sentence already read."""
    rules = _hedge_rules()
    text = reading.text
    begin, stop = _span(text, start, end)
    before = bisect_right(reading.boundary_ends, begin) - 1
    clause_start = reading.boundary_ends[before] if before >= 0 else 0
    after = bisect_left(reading.boundary_starts, stop)
    clause_end = (
        reading.boundary_starts[after] if after < len(reading.boundary_starts) else len(text)
    )
    excluded = reading.excluded
    excluded_starts = reading.excluded_starts
    first = bisect_left(reading.hedge_starts, clause_start)
    found: list[str] = []
    for match in reading.hedge_matches[first:]:
        if match.end() > clause_end:
            break
        inside = bisect_right(excluded_starts, match.start()) - 1
        if inside >= 0 and match.start() < excluded[inside][1]:
            continue  # "as you may have heard"
        if _is_month(text, match, rules):
            continue
        if rules.scopes.get(_normal(match.group())) == "phrase":
            window = _phrase_window_end(text, match.end(), rules.phrase_scope_words)
            if not (begin < window and stop > match.start()):
                continue
        elif _previous_word(text, match.start()) in rules.coordinators and stop <= match.start():
            continue  # "played a key role ... and reportedly facilitating": only the second part
        found.append(match.group())
    if not found:
        return ASSERTED
    return Certainty(level=CertaintyLevel.HEDGED, hedges=tuple(found))


# --------------------------------------------------------------------------- attribution


class _Word(NamedTuple):
    """One word of a sentence (a named tuple: one is built per word read)."""

    start: int
    end: int
    text: str
    key: str


@dataclass(frozen=True, slots=True, kw_only=True)
class _Speaker:
    start: int  # where the whole attribution (speaker and verb) starts in the sentence
    end: int
    name: str | None


def _words(text: str) -> list[_Word]:
    # a word holds no white space: its key is _normal's without the space handling
    return [
        _Word(m.start(), m.end(), m.group(), m.group().replace("\u2019", "'").casefold().strip("'"))
        for m in _WORD.finditer(text)
    ]


def _cap(word: _Word) -> bool:
    return word.text[:1].isupper()


def _broken(text: str, left: _Word, right: _Word) -> bool:
    """Punctuation between two words ends a speaker (not the period of "Dr." or "J.")."""
    gap = text[left.end : right.start]
    if gap.startswith(".") and _cap(left) and len(left.text) <= 3 and gap[1:].isspace():
        return False
    return any(c in _HARD_STOPS or c == "." for c in gap)


def _tidy(name: str, rules: _AttributionRules) -> str | None:
    """Readable speaker: no pronouns; "the" dropped before names, kept before nouns."""
    name = name.strip().strip(_QUOTES).strip()
    words = name.split()
    if not words or (len(words) == 1 and words[0].casefold() in rules.pronouns):
        return None
    if words[0].casefold() == "the" and len(words) > 1:
        rest = words[1:]
        capitals = [w for w in rest if w[:1].isupper()]
        acronym = rest[0].isupper() and len(rest[0].strip(".")) >= 2
        if acronym or len(capitals) >= 2:
            return " ".join(rest)
        return " ".join(["the", *rest])
    return name


def _backward_speaker(
    text: str, words: Sequence[_Word], verb: int, rules: _AttributionRules
) -> tuple[int, str] | None:
    """The speaker right before the reporting verb ``words[verb]`` ("the experts" said)."""
    index = verb - 1
    while index >= 0 and words[index].key in rules.auxiliaries and not _cap(words[index]):
        if _broken(text, words[index], words[index + 1]):
            return None
        index -= 1
    if index < 0 or _broken(text, words[index], words[index + 1]):
        return None
    head = words[index]
    if head.key in rules.pronouns or head.key in rules.determiners or head.key in rules.stop_words:
        return None
    if not (_cap(head) or head.key in rules.speaker_nouns):
        return None
    first = index
    modifiers = 0
    while first > 0 and verb - first < rules.max_words:
        word = words[first - 1]
        if _broken(text, word, words[first]):
            break
        if word.key in rules.determiners:
            first -= 1
            break
        if _cap(word) or word.text.endswith(("'", "\u2019")):
            first -= 1
            modifiers = 0
            continue
        if word.key in ("of", "for", "on") and first - 2 >= 0 and _cap(words[first - 2]):
            first -= 1
            continue
        if modifiers < 2 and word.key not in rules.stop_words and word.key.isalpha():
            first -= 1
            modifiers += 1
            continue
        break
    if modifiers and first > 0 and not _broken(text, words[first - 1], words[first]):
        first += modifiers  # "the experts" yes; "urges UN member" no: drop loose words
    while first <= index and not _cap(words[first]) and words[first].key in ("of", "for", "on"):
        first += 1
    if first > index:
        return None
    return first, text[words[first].start : head.end]


def _forward_speaker(
    text: str, words: Sequence[_Word], first: int, rules: _AttributionRules
) -> tuple[int, str] | None:
    """The speaker right after a phrase ("according to [the UN]")."""
    last = None
    for index in range(first, min(len(words), first + rules.max_words)):
        word = words[index]
        if index > first and _broken(text, words[index - 1], word):
            break
        if word.key in rules.stop_words and not (index == first and word.key in rules.determiners):
            break
        last = index
    if last is None:
        return None
    while last > first and words[last].key in rules.determiners | {"of", "for", "on", "and"}:
        last -= 1
    return last, text[words[first].start : words[last].end]


def _speakers(text: str, lower: str | None = None) -> list[_Speaker]:
    """Every attribution in a sentence, in text order (``lower`` is ``text.lower()``)."""
    rules = _attribution_rules()
    low = text.lower() if lower is None else lower
    phrases = list(rules.source_phrases.finditer(text, low))
    verbs = list(rules.verbs.finditer(text, low))
    if not phrases and not verbs:
        return []
    words = _words(text)
    word_starts = [w.start for w in words]
    starts = {w.start: i for i, w in enumerate(words)}
    found: list[_Speaker] = []
    for match in phrases:
        after = bisect_left(word_starts, match.end())
        if after >= len(words):
            continue
        speaker = _forward_speaker(text, words, after, rules)
        if speaker is not None:
            last, name = speaker
            found.append(_Speaker(start=match.start(), end=words[last].end, name=name))
    for match in verbs:
        verb = starts.get(match.start())
        if verb is None:
            continue
        verb_end = verb + len(match.group().split()) - 1
        if _normal(match.group()) in rules.noun_like and _noun_here(text, words, verb, rules):
            continue
        back = _backward_speaker(text, words, verb, rules)
        if back is not None:
            first, name = back
            found.append(_Speaker(start=words[first].start, end=match.end(), name=name))
            continue
        inverted = _inverted_speaker(text, words, verb, verb_end, rules)
        if inverted is not None:
            found.append(inverted)
    return sorted(found, key=lambda s: (s.start, s.end))


def _noun_here(text: str, words: Sequence[_Word], verb: int, rules: _AttributionRules) -> bool:
    """A noun-like verb form used as a noun ("the report", "member states to")."""
    if verb > 0 and words[verb - 1].key in rules.determiners:
        return True
    if verb + 1 >= len(words):
        return False
    nxt = words[verb + 1]
    return nxt.key in rules.blocked_after_noun_like or _broken(text, words[verb], nxt)


def _inverted_speaker(
    text: str, words: Sequence[_Word], verb: int, verb_end: int, rules: _AttributionRules
) -> _Speaker | None:
    """'..." said the experts' or ', Says Independent Expert Group'."""
    before = text[max(0, words[verb].start - 40) : words[verb].start].rstrip()
    if (before and before[-1] not in ",\"\u201d\u2019'") or verb_end + 1 >= len(words):
        return None
    nxt = words[verb_end + 1]
    if not (_cap(nxt) or nxt.key in rules.determiners) or _broken(text, words[verb_end], nxt):
        return None
    speaker = _forward_speaker(text, words, verb_end + 1, rules)
    if speaker is None:
        return None
    last, name = speaker
    return _Speaker(start=words[verb].start, end=words[last].end, name=name)


def find_attribution(sentence_text: str, start: int = 0, end: int | None = None) -> str | None:
    """Find whom a sentence credits with part of it.

    Args:
        sentence_text: The whole sentence.
        start: Where the claim starts in the sentence (default: the sentence's start).
        end: Where it ends, exclusive (default: the sentence's end).

    Returns:
        The speaker as written, tidied (see the module's docstring), of the attribution
        nearest to the claim; ``None`` when the sentence names nobody.
    """
    return attribution_in(read_sentence(sentence_text), start, end)


def attribution_in(reading: SentenceReading, start: int = 0, end: int | None = None) -> str | None:
    """:func:`find_attribution` for a sentence already read.

    The nearest speaker outside quotations wins; one inside a quotation's own words only
    when there is none outside. Only the speakers next to the claim are examined.
    """
    begin, stop = _span(reading.text, start, end)
    for speakers, starts in (
        (reading.plain_speakers, reading.plain_starts),
        (reading.quoted_speakers, reading.quoted_starts),
    ):
        if not speakers:
            continue
        position = bisect_left(starts, begin)
        nearby = speakers[max(0, position - 3) : position + 3]
        best = min(nearby, key=lambda sp: (max(0, sp[0] - stop, begin - sp[1]), sp[0]))
        return best[2]
    return None


# --------------------------------------------------------------------------- assertions


def _object(text: str, position: int, rules: _AssertionRules) -> tuple[int, str] | None:
    """The noun phrase after a predicate: (end in text, normalised object)."""
    words: list[str] = []
    end = position
    opened = False
    for match in _WORD.finditer(text, position):
        gap = text[end : match.start()]
        if words and any(c in _HARD_STOPS or c in ".\u2026" for c in gap):
            break
        if not words and any(c not in _QUOTES and not c.isspace() for c in gap):
            break
        opened = opened or (not words and any(c in _QUOTES for c in gap))
        key = _normal(match.group()).strip("'")
        if (words and key in rules.stop_words) or len(words) >= rules.max_object_words:
            break
        words.append(key)
        end = match.end()
        if match.group().endswith(("'", "\u2019")):
            break
    if not words:
        return None
    if opened and end < len(text) and text[end] in _QUOTES:
        end += 1  # keep the closing quote of a quoted object
    return end, " ".join(words)


def _strip_determiner(obj: str, rules: _AssertionRules) -> str:
    first, _, rest = obj.partition(" ")
    return rest if rest and first in rules.determiners and first != "no" else obj


def _subject(text: str, position: int) -> tuple[int, int] | None:
    """Where the words before an assertion's verb are, back to the clause's start.

    "Some of these violations, the Group noted, may ..." -> the span of "Some of these
    violations" (at most six words).
    """
    before = text[:position].rstrip()
    if before.endswith(","):
        inner_start = before.rfind(",", 0, len(before) - 1)
        if inner_start >= 0 and _speakers(before[inner_start + 1 : -1]):
            before = before[:inner_start].rstrip()  # "violations, the Group noted, may ..."
    cut = max(before.rfind(c) for c in ',;:("\u201c\u201d')
    breaks = (" that ", " whether ", " because ", " believe ", " if ")
    for word in (*breaks, *(f" {c} " for c in _hedge_rules().bare_conjunctions)):
        found = before.rfind(word)
        if found >= 0:
            cut = max(cut, found + len(word) - 1)
    spans = [m.span() for m in _NON_SPACE.finditer(before, cut + 1)][-6:]
    if not spans:
        return None
    return spans[0][0], spans[-1][1]


def _label(text: str) -> str | None:
    """A speaker label opening an interview answer ("Dr. Kovalenko: ...")."""
    match = _LABEL.match(text)
    return match.group(1) if match else None


def find_assertions(source: Source, sentences: Sequence[Sentence]) -> list[Assertion]:
    """Find the non-numeric statements of one source worth comparing across sources.

    Args:
        source: The source the sentences come from (its text is quoted).
        sentences: Its sentences, web-page leftovers removed.

    Returns:
        The assertions in text order: "<subject> [may|might|could] <predicate> <object>",
        with certainty and attribution. A speaker label ("Dr. Kovalenko:") is the
        attribution of the answer it opens when the sentence names nobody itself.
    """
    rules = _assertion_rules()
    found: list[Assertion] = []
    label: str | None = None
    previous_end = 0
    for sentence in sentences:
        if "\n" in source.text[previous_end : sentence.start]:
            label = None
        previous_end = sentence.end
        label = _label(sentence.text) or label
        found.extend(_assertions_in(source, sentence, label, rules))
    return found


def _assertions_in(
    source: Source, sentence: Sentence, label: str | None, rules: _AssertionRules
) -> list[Assertion]:
    text = sentence.text
    found: list[Assertion] = []
    readings: dict[tuple[int, int], SentenceReading] = {}  # one reading per window
    for match in rules.pattern.finditer(text):
        predicate = rules.predicates[_normal(match.group("predicate"))]
        parsed = _object(text, match.end(), rules)
        if parsed is None:
            continue
        end, obj = parsed
        if predicate == "be" and not (
            obj.split()[0] in rules.determiners
            or any(obj.startswith(c) for c in rules.characterisations)
        ):
            continue
        window = max(0, match.start() - _CONTEXT), min(len(text), end + _CONTEXT)
        nearby = text[window[0] : window[1]]  # bounded work on very long "sentences"
        subject = _subject(nearby, match.start() - window[0])
        claim_start = subject[0] if subject else match.start() - window[0]
        subject_words = None
        if subject is not None:
            base = sentence.start + window[0]
            written = source.text[base + subject[0] : base + subject[1]]
            subject_words = " ".join(written.split()).strip(_QUOTES) or None
        claim_end = end - window[0]
        reading = readings.get(window)
        if reading is None:
            reading = readings[window] = read_sentence(nearby)
        attribution = attribution_in(reading, claim_start, claim_end)
        if attribution is None and label is not None:
            attribution = _tidy(label, _attribution_rules())
        start = sentence.start + match.start()
        found.append(
            Assertion(
                source=source.id,
                start=start,
                end=sentence.start + end,
                text=source.text[start : sentence.start + end],
                sentence=source.text[sentence.start : sentence.end],
                sentence_start=sentence.start,
                subject=subject_words,
                predicate=predicate,
                object=_strip_determiner(obj, rules),
                certainty=hedges_in(reading, claim_start, claim_end),
                attribution=attribution,
                negated=match.group("neg") is not None,
            )
        )
    return found


# --------------------------------------------------------------------------- discrepancies


def _clusters(assertions: Sequence[Assertion], threshold: float) -> dict[str, int]:
    """Group "predicate object" keys that say the same thing; key -> cluster number."""
    keys = list(dict.fromkeys(f"{a.predicate} {a.object}" for a in assertions))
    cluster = {key: index for index, key in enumerate(keys)}
    for a, b in combinations(keys, 2):
        if cluster[a] != cluster[b] and fuzz.token_sort_ratio(a, b) >= threshold:
            old, new = max(cluster[a], cluster[b]), min(cluster[a], cluster[b])
            for key, value in cluster.items():
                if value == old:
                    cluster[key] = new
    return cluster


def _quote(assertion: Assertion) -> Mention:
    return Mention(
        source=assertion.source,
        start=assertion.start,
        end=assertion.end,
        text=assertion.text,
        sentence=assertion.sentence,
    )


def _credited(assertion: Assertion) -> str:
    return f" (attributed to {assertion.attribution})" if assertion.attribution else ""


def _who(subject: str | None) -> str:
    """A subject to quote mid-sentence: "Some of these" -> "some of these"."""
    if not subject:
        return ""
    first, _, rest = subject.partition(" ")
    if first.casefold() in _attribution_rules().determiners:
        first = first.casefold()
    return f"{first} {rest} " if rest else f"{first} "


def _explain(asserted: Assertion, hedged: Assertion) -> str:
    who_a, who_b = _who(asserted.subject), _who(hedged.subject)
    text = (
        f"{asserted.source} states that {who_a}'{asserted.text}'{_credited(asserted)}; "
        f"{hedged.source} says {who_b}'{hedged.text}' "
        f"(hedged: {', '.join(hedged.certainty.hedges)}){_credited(hedged)}."
    )
    if asserted.attribution is None and hedged.attribution is None:
        return text
    if (asserted.attribution or "").casefold() == (hedged.attribution or "").casefold():
        return text + " Both credit the same source."
    return (
        text + f" The attributions differ: {asserted.attribution or 'none stated'} vs "
        f"{hedged.attribution or 'none stated'}."
    )


def _flag(
    asserted: Assertion, hedged: Assertion, by_id: Mapping[str, Source], others: Sequence[Assertion]
) -> Discrepancy:
    source_a, source_b = by_id.get(asserted.source), by_id.get(hedged.source)
    details = tuple(f"{a.source}: '{a.text}' [{a.certainty}]{_credited(a)}" for a in others)
    return Discrepancy(
        id=stable_id(
            "certainty", asserted.object, _wording(asserted), "hedged: " + _wording(hedged)
        ),
        kind=DiscrepancyKind.CERTAINTY,
        severity=Severity.MEDIUM,
        subject=asserted.object,
        metric=asserted.predicate,
        a=_quote(asserted),
        b=_quote(hedged),
        value_a=str(asserted.certainty),
        value_b=str(hedged.certainty),
        published_a=source_a.published if source_a else None,
        published_b=source_b.published if source_b else None,
        explanation=_explain(asserted, hedged),
        claim_a=_claim(asserted),
        claim_b=_claim(hedged),
        details=details,
    )


def _claim(assertion: Assertion) -> Claim:
    """The assertion as a claim, so reports show its certainty and attribution columns."""
    return Claim(
        source=assertion.source,
        start=assertion.start,
        end=assertion.end,
        text=assertion.text,
        sentence=assertion.sentence,
        sentence_start=assertion.sentence_start,
        subject=assertion.object,
        metric=assertion.predicate,
        kind=CERTAINTY_KIND,
        value=None,
        time=None,
        certainty=assertion.certainty,
        attribution=assertion.attribution,
    )


def certainty_discrepancies(
    sources: Sequence[Source], sentences: Mapping[str, Sequence[Sentence]]
) -> list[Discrepancy]:
    """Flag where one source hedges what another asserts.

    Assertions are matched across sources on their normalised predicate and object
    (rapidfuzz, threshold in ``lexicon/hedges.toml``). Within each matched statement the
    hedged assertions are grouped by their wording ("may amount to ...", "might constitute
    ..."); each wording is flagged once against the first assertion, from another source,
    that states it outright, with every other source of the same wording in the details. A
    wording whose sources were all named by an earlier row adds nothing and is not repeated.
    So the cost and the rows grow with the number of distinct wordings, not with the square
    of the number of sources. Negated statements are not compared.

    Args:
        sources: The sources, in report order.
        sentences: The sentences of each source, by source id (web-page leftovers removed).

    Returns:
        Medium-severity ``certainty`` discrepancies, in statement and wording order.
    """
    found_per_source = {
        source.id: find_assertions(source, sentences.get(source.id, ())) for source in sources
    }
    return certainty_from_assertions(sources, found_per_source)


def certainty_from_assertions(
    sources: Sequence[Source], assertions: Mapping[str, Sequence[Assertion]]
) -> list[Discrepancy]:
    """:func:`certainty_discrepancies` for assertions already found per source."""
    by_id = {source.id: source for source in sources}
    everything = [a for source in sources for a in assertions.get(source.id, ()) if not a.negated]
    cluster = _clusters(everything, _assertion_rules().match_threshold)
    groups: dict[int, list[Assertion]] = {}
    for assertion in everything:
        groups.setdefault(cluster[_key(assertion)], []).append(assertion)
    found: list[Discrepancy] = []
    for number in sorted(groups):
        found.extend(_flags_in_group(groups[number], by_id))
    return found


def _wording(assertion: Assertion) -> str:
    return " ".join(assertion.text.casefold().replace("\u2019", "'").split())


def _flags_in_group(members: Sequence[Assertion], by_id: Mapping[str, Source]) -> list[Discrepancy]:
    asserted = [a for a in members if not a.hedged]
    wordings: dict[str, list[Assertion]] = {}
    for a in members:
        if a.hedged:
            wordings.setdefault(_wording(a), []).append(a)
    flags: list[Discrepancy] = []
    named: set[str] = set()
    for hedged_all in wordings.values():
        sources_here = {a.source for a in hedged_all}
        if sources_here <= named:
            continue
        for hedged in hedged_all:
            outright = next((a for a in asserted if a.source != hedged.source), None)
            if outright is None:
                continue
            others = [a for a in hedged_all if a is not hedged] + [
                a for a in asserted if a is not outright
            ]
            flags.append(_flag(outright, hedged, by_id, others))
            named |= sources_here | {outright.source}
            break
    return flags


def _key(assertion: Assertion) -> str:
    return f"{assertion.predicate} {assertion.object}"
