"""Sentence text -> its clause boundaries, hedges and speakers (a SentenceReading)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from crosscheck.certainty.rules import (
    _HARD_STOPS,
    _QUOTED,
    _QUOTES,
    _attribution_rules,
    _AttributionRules,
    _hedge_rules,
    _HedgeRules,
    _normal_form,
    _Phrases,
    _reading_pattern,
    _words_of,
)
from crosscheck.model import (
    ASSERTED,
    Certainty,
    CertaintyLevel,
)
from crosscheck.slotted import fast_init
from crosscheck.text.tokens import WORD_OR_NUMBER

# --------------------------------------------------------------------------- hedges


def _span(text: str, start: int, end: int | None) -> tuple[int, int]:
    stop = len(text) if end is None else max(0, min(end, len(text)))
    begin = max(0, min(start, stop))
    return begin, stop


def _previous_word(text: str, position: int) -> str:
    words = text[max(0, position - 40) : position].split()
    return words[-1].strip(_QUOTES).casefold() if words else ""


def capitalised_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``[start, end)`` is part of a name: at the start or
    after a word in lower case, and before a capitalised one ("believe [Said] Kouachi
    traveled"), not in a title-case headline ("Police Say Kouachi")."""
    if not text[start : start + 1].isupper():
        return False
    after = text[end : end + _PEEK].split()
    before = text[max(0, start - _PEEK) : start].split()
    return bool(after) and after[0][:1].isupper() and (not before or before[-1][:1].islower())


_PEEK = 24
"""How far (characters) either side of a word its neighbours are looked for."""


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
    window = _words_of(text, position, position + _PHRASE_WINDOW)
    for count, match in enumerate(window):
        if count >= words or any(c in ".;:!?" for c in text[end : match.start]):
            break
        end = match.end
    return end


_PHRASE_WINDOW = 200
"""How far (characters) after an attributive hedge the words it governs are looked for."""


@fast_init
@dataclass(frozen=True, slots=True)
class SentenceReading:
    """What one sentence says about certainty and attribution, read once.

    Claims ask for the hedges and the speaker governing a few words of a sentence; reading
    the sentence once and answering each question by bisection keeps a sentence with
    thousands of figures linear instead of quadratic. The clause boundaries and the set
    phrases that are no hedges are read on first use: a sentence with no hedge word needs
    them only for a statement (most sentences read for a figure or a date have none).
    """

    text: str
    lower: str  # ``text.lower()``
    hedge_matches: tuple[re.Match[str], ...]
    hedge_starts: tuple[int, ...]
    plain_speakers: tuple[tuple[int, int, str], ...]  # (start, end, name), outside quotes
    quoted_speakers: tuple[tuple[int, int, str], ...]  # inside a quotation's own words
    plain_starts: tuple[int, ...]
    quoted_starts: tuple[int, ...]
    read: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)
    """What was read on first use, by property name."""

    @property
    def boundary_starts(self) -> tuple[int, ...]:
        """Where each clause boundary starts."""
        return self._boundaries("boundary_starts")

    @property
    def boundary_ends(self) -> tuple[int, ...]:
        """Where each clause boundary ends (same order as ``boundary_starts``)."""
        return self._boundaries("boundary_ends")

    def in_excluded(self, position: int) -> bool:
        """Whether ``position`` lies inside a set phrase that is no hedge ("as you may have
        heard"), read on first use."""
        starts = self._excluded("excluded_starts")
        inside = bisect_right(starts, position) - 1
        return inside >= 0 and position < self._excluded("excluded_ends")[inside]

    def _excluded(self, key: str) -> tuple[int, ...]:
        found = self.read.get(key)
        if found is None:
            pattern = _hedge_rules().not_hedges
            spans = [m.span() for m in pattern.finditer(self.text, self.lower)]
            self.read["excluded_starts"] = tuple(a for a, _ in spans)
            self.read["excluded_ends"] = tuple(b for _, b in spans)
            found = self.read[key]
        return found

    def _boundaries(self, key: str) -> tuple[int, ...]:
        found = self.read.get(key)
        if found is None:
            spans = [m.span() for m in _hedge_rules().boundary.finditer(self.text, self.lower)]
            self.read["boundary_starts"] = tuple(a for a, _ in spans)
            self.read["boundary_ends"] = tuple(b for _, b in spans)
            found = self.read[key]
        return found


@lru_cache(maxsize=4096)  # claims, assertions and statements read many sentences alike
def read_sentence(text: str) -> SentenceReading:
    """Read a sentence's hedge words and speakers once (its clause boundaries on demand)."""
    lower = text.lower()
    plain: list[tuple[int, int, str]] = []
    inside: list[tuple[int, int, str]] = []
    rules = _attribution_rules()
    hedges, phrases, verbs = read_phrases(text, lower)
    _PENDING[text] = hedges  # ``hedge_matches`` keeps them unless it already has them
    try:
        matches = hedge_matches(text)
    finally:
        _PENDING.pop(text, None)
    speakers = _speakers_at(text, phrases, verbs)
    quoted = [m.span() for m in _QUOTED.finditer(text)] if speakers else []
    quote_starts = [a for a, _ in quoted]
    for speaker in speakers:
        name = None if speaker.name is None else _tidy(speaker.name, rules)
        if name is None:
            continue
        index = bisect_right(quote_starts, speaker.start) - 1
        in_quote = index >= 0 and speaker.start < quoted[index][1]  # a quote's own words
        (inside if in_quote else plain).append((speaker.start, speaker.end, name))
    return SentenceReading(
        text=text,
        lower=lower,
        hedge_matches=matches,
        hedge_starts=tuple([m.start() for m in matches]),
        plain_speakers=tuple(plain),
        quoted_speakers=tuple(inside),
        plain_starts=tuple([s for s, _, _ in plain]),
        quoted_starts=tuple([s for s, _, _ in inside]),
    )


_PENDING: dict[str, tuple[re.Match[str], ...]] = {}
"""Hedge matches ``read_sentence`` has just read, for ``hedge_matches`` to keep."""


@lru_cache(maxsize=4096)  # read_sentence and assertions' quick test read the same sentences
def hedge_matches(text: str) -> tuple[re.Match[str], ...]:
    """The hedge pattern's matches in a sentence."""
    found = _PENDING.pop(text, None)
    return tuple(_hedge_rules().pattern.finditer(text)) if found is None else found


Matches = list[re.Match[str]]


def read_phrases(text: str, lower: str) -> tuple[tuple[re.Match[str], ...], Matches, Matches]:
    """The matches of the hedge pattern, the source phrases and the reporting verbs in a
    sentence (``lower`` is ``text.lower()``), each as its own scan gives them
    (``_Phrases.finditer``), read in one pass of one pattern over the text.

    Each scan takes, from left to right, a match at every place where its pattern matches
    and that no earlier match of its own covers. ``_reading_pattern`` holds the phrases of
    all three, each a whole word or words: it matches at a place exactly where one of the
    three does. So a place where one of them matches is either a start of that pattern's
    matches, or lies inside one of its matches where a word may start (no word letter or
    hyphen before it: every phrase pattern requires that). Each pattern is tried at those
    places only, in order, and takes a match as its own scan does; each match is read again
    on the text, as ``_Phrases`` does. A text whose lower case has another length is
    scanned by each pattern on its own.
    """
    attribution = _attribution_rules()
    families: tuple[_Phrases, ...] = (
        _hedge_rules().pattern,
        attribution.source_phrases,
        attribution.verbs,
    )
    if len(lower) != len(text):
        hedges, phrases, verbs = (list(f.finditer(text, lower)) for f in families)
        return tuple(hedges), phrases, verbs
    found: tuple[Matches, Matches, Matches] = ([], [], [])
    ends = [0, 0, 0]
    for union in _reading_pattern().finditer(lower):
        for at in _places(lower, union.start(), union.end()):
            for index, family in enumerate(families):
                if at < ends[index]:
                    continue  # inside a match of its own
                exact = family.exact.match(lower, at)
                if exact is None:
                    continue
                ends[index] = exact.end()
                written = family.folded.match(text, at)
                if written is not None:
                    found[index].append(written)
    return tuple(found[0]), found[1], found[2]


def _places(lower: str, start: int, end: int) -> list[int]:
    """``start`` and the places inside ``[start, end)`` after a character that is no word
    letter, digit, underscore or hyphen (where a phrase may start)."""
    places = [start]
    for at in range(start + 1, end):
        before = lower[at - 1]
        if not (before.isalnum() or before in "_-"):
            places.append(at)
    return places


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
    if not reading.hedge_matches:
        return ASSERTED  # no hedge word: no clause to find
    rules = _hedge_rules()
    text = reading.text
    begin, stop = _span(text, start, end)
    before = bisect_right(reading.boundary_ends, begin) - 1
    clause_start = reading.boundary_ends[before] if before >= 0 else 0
    after = bisect_left(reading.boundary_starts, stop)
    clause_end = (
        reading.boundary_starts[after] if after < len(reading.boundary_starts) else len(text)
    )
    first = bisect_left(reading.hedge_starts, clause_start)
    found: list[str] = []
    for match in reading.hedge_matches[first:]:
        if match.end() > clause_end:
            break
        if reading.in_excluded(match.start()):
            continue  # "as you may have heard"
        if _is_month(text, match, rules):
            continue
        if rules.scopes.get(_normal_form(match.group())) == "phrase":
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


class _LazyWords(dict[int, _Word]):
    """The words and numbers of a sentence by index, each built on first use.

    Only the spans are read for the whole sentence: a speaker is looked for in the few
    words around a reporting verb, so the words far from every verb are never built. A
    word holds no white space: its key is ``_normal``'s without the space handling.
    """

    __slots__ = ("count", "folded", "spans", "text")

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        folded = text.casefold()
        # one character each: a word's key is a slice of ``folded`` (else folded per word)
        self.folded = folded.replace("\u2019", "'") if len(folded) == len(text) else None
        self.spans = [m.span() for m in WORD_OR_NUMBER.finditer(text)]
        self.count = len(self.spans)

    def __len__(self) -> int:
        return self.count

    def __missing__(self, index: int) -> _Word:
        if not 0 <= index < self.count:
            raise IndexError(index)
        a, b = self.spans[index]
        word = self.text[a:b]
        if self.folded is not None:
            key = self.folded[a:b]
        else:
            key = word.casefold()
            if "\u2019" in key:
                key = key.replace("\u2019", "'")
        found = self[index] = tuple.__new__(_Word, (a, b, word, key.strip("'")))
        return found


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
    if words[0].casefold() == rules.article and len(words) > 1:
        rest = words[1:]
        capitals = [w for w in rest if w[:1].isupper()]
        acronym = rest[0].isupper() and len(rest[0].strip(".")) >= 2
        if acronym or len(capitals) >= 2:
            return " ".join(rest)
        return " ".join([rules.article, *rest])
    return name


def _backward_speaker(
    text: str, words: _LazyWords, verb: int, rules: _AttributionRules
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
    clause_start = False  # the speaker opens a reported clause ("that senior officials")
    while first > 0 and verb - first < rules.max_words:
        word = words[first - 1]
        if _broken(text, word, words[first]):
            break
        opens_clause = first - 1 == 0 or _broken(text, words[first - 2], word)
        if word.key in rules.determiners:
            if word.key in rules.complementizers and not opens_clause:
                clause_start = True  # "said that Trump told": "that" opens the reported clause
                break
            first -= 1
            break
        if _cap(word) and opens_clause and word.key in rules.stop_words:
            break  # "But Trump said": a conjunction capitalised at the clause's start
        if _cap(word) or word.text.endswith(("'", "\u2019")):
            first -= 1
            modifiers = 0
            continue
        if word.key in rules.name_links and first - 2 >= 0 and _cap(words[first - 2]):
            first -= 1
            continue
        if modifiers < 2 and word.key not in rules.stop_words and word.key.isalpha():
            first -= 1
            modifiers += 1
            continue
        break
    if (
        modifiers
        and first > 0
        and not clause_start
        and not _broken(text, words[first - 1], words[first])
    ):
        first += modifiers  # "the experts" yes; "urges UN member" no: drop loose words
    while first <= index and not _cap(words[first]) and words[first].key in rules.name_links:
        first += 1
    if first > index:
        return None
    return first, text[words[first].start : head.end]


def _forward_speaker(
    text: str, words: _LazyWords, first: int, rules: _AttributionRules
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
    ends = rules.determiners | rules.name_links | rules.trailing_links
    while last > first and words[last].key in ends:
        last -= 1
    return last, text[words[first].start : words[last].end]


def _speakers(text: str, lower: str | None = None) -> list[_Speaker]:
    """Every attribution in a sentence, in text order (``lower`` is ``text.lower()``)."""
    rules = _attribution_rules()
    low = text.lower() if lower is None else lower
    phrases = list(rules.source_phrases.finditer(text, low))
    verbs = list(rules.verbs.finditer(text, low))
    return _speakers_at(text, phrases, verbs)


def _speakers_at(text: str, phrases: Matches, verbs: Matches) -> list[_Speaker]:
    """Every attribution in a sentence, from its source phrases' and verbs' matches."""
    rules = _attribution_rules()
    if not phrases and not verbs:
        return []
    words = _LazyWords(text)
    word_starts = [a for a, _ in words.spans]
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
        verb = bisect_left(word_starts, match.start())
        if verb >= len(words) or word_starts[verb] != match.start():
            continue
        verb_end = verb + len(match.group().split()) - 1
        if _normal_form(match.group()) in rules.noun_like and _noun_here(text, words, verb, rules):
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


def _noun_here(text: str, words: _LazyWords, verb: int, rules: _AttributionRules) -> bool:
    """A noun-like verb form used as a noun ("the report", "member states to")."""
    if verb > 0 and words[verb - 1].key in rules.determiners:
        return True
    if verb + 1 >= len(words):
        return False
    nxt = words[verb + 1]
    return nxt.key in rules.blocked_after_noun_like or _broken(text, words[verb], nxt)


def _inverted_speaker(
    text: str, words: _LazyWords, verb: int, verb_end: int, rules: _AttributionRules
) -> _Speaker | None:
    """'..." said the experts' or ', Says Independent Expert Group'."""
    before = text[max(0, words[verb].start - 40) : words[verb].start].rstrip()
    if not before or before[-1] not in ",\"\u201d\u2019'" or verb_end + 1 >= len(words):
        return None  # at the sentence's start a capitalised "Said" opens a name ("Said Kouachi")
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
