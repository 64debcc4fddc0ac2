"""Sentence text -> its clause boundaries, hedges and speakers (a SentenceReading)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from crosscheck.certainty.rules import (
    _QUOTED,
    _QUOTES,
    _hedge_rules,
    _HedgeRules,
    _normal_form,
    _Phrases,
    _reading_pattern,
    _words_of,
    attribution_rules,
)
from crosscheck.certainty.speakers import Matches, _speakers_at, _tidy
from crosscheck.model import (
    ASSERTED,
    Certainty,
    CertaintyLevel,
)
from crosscheck.slotted import fast_init

# --------------------------------------------------------------------------- hedges


def _span(text: str, start: int, end: int | None) -> tuple[int, int]:
    stop = len(text) if end is None else max(0, min(end, len(text)))
    begin = max(0, min(start, stop))
    return begin, stop


def word_before(text: str, position: int) -> str:
    """The word before ``position`` in ``text``, lower case, its quotes stripped ("" at
    the start)."""
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
    return word.islower() and word_before(text, match.start()) in rules.month_before


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
    lang: str  # the language whose hedges and attribution words read it
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
            pattern = _hedge_rules(self.lang).not_hedges
            spans = [m.span() for m in pattern.finditer(self.text, self.lower)]
            self.read["excluded_starts"] = tuple(a for a, _ in spans)
            self.read["excluded_ends"] = tuple(b for _, b in spans)
            found = self.read[key]
        return found

    def _boundaries(self, key: str) -> tuple[int, ...]:
        found = self.read.get(key)
        if found is None:
            boundary = _hedge_rules(self.lang).boundary
            spans = [m.span() for m in boundary.finditer(self.text, self.lower)]
            self.read["boundary_starts"] = tuple(a for a, _ in spans)
            self.read["boundary_ends"] = tuple(b for _, b in spans)
            found = self.read[key]
        return found


def read_sentence(text: str, lang: str) -> SentenceReading:
    """Read a sentence's hedge words and speakers once (its clause boundaries on demand),
    with the ``hedges.toml`` and ``attribution.toml`` of language ``lang``."""
    return _read_sentence(text, lang)


@lru_cache(maxsize=4096)  # claims, assertions and statements read many sentences alike
def _read_sentence(text: str, lang: str) -> SentenceReading:
    lower = text.lower()
    plain: list[tuple[int, int, str]] = []
    inside: list[tuple[int, int, str]] = []
    rules = attribution_rules(lang)
    hedges, phrases, verbs = read_phrases(text, lower, lang)
    _PENDING[text, lang] = hedges  # ``hedge_matches`` keeps them unless it already has them
    try:
        matches = hedge_matches(text, lang)
    finally:
        _PENDING.pop((text, lang), None)
    speakers = _speakers_at(text, phrases, verbs, lang)
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
        lang=lang,
    )


_PENDING: dict[tuple[str, str], tuple[re.Match[str], ...]] = {}
"""Hedge matches ``read_sentence`` has just read, for ``hedge_matches`` to keep."""


@lru_cache(maxsize=4096)  # read_sentence and assertions' quick test read the same sentences
def hedge_matches(text: str, lang: str) -> tuple[re.Match[str], ...]:
    """The matches of the hedge pattern of language ``lang`` in a sentence."""
    found = _PENDING.pop((text, lang), None)
    return tuple(_hedge_rules(lang).pattern.finditer(text)) if found is None else found


def read_phrases(
    text: str, lower: str, lang: str
) -> tuple[tuple[re.Match[str], ...], Matches, Matches]:
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
    attribution = attribution_rules(lang)
    families: tuple[_Phrases, ...] = (
        _hedge_rules(lang).pattern,
        attribution.source_phrases,
        attribution.verbs,
    )
    if len(lower) != len(text):
        hedges, phrases, verbs = (list(f.finditer(text, lower)) for f in families)
        return tuple(hedges), phrases, verbs
    found: tuple[Matches, Matches, Matches] = ([], [], [])
    ends = [0, 0, 0]
    for union in _reading_pattern(lang).finditer(lower):
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


def find_hedges(
    sentence_text: str, start: int = 0, end: int | None = None, *, lang: str
) -> Certainty:
    """Find the hedges that govern part of a sentence.

    Args:
        sentence_text: The whole sentence.
        start: Where the claim starts in the sentence (default: the sentence's start).
        end: Where it ends, exclusive (default: the sentence's end).

    Returns:
        HEDGED with the hedge words as written, in text order, when a hedge stands in the
        clause holding the claim (attributive hedges such as "alleged" only for the few words
        after them); ASSERTED otherwise. "May" the month and set phrases such as "as you may
        have heard" are not hedges. Read with the lexicons of language ``lang``.
    """
    return hedges_in(read_sentence(sentence_text, lang), start, end)


def hedges_in(reading: SentenceReading, start: int = 0, end: int | None = None) -> Certainty:
    """:func:`find_hedges` for a sentence already read (in its language)."""
    if not reading.hedge_matches:
        return ASSERTED  # no hedge word: no clause to find
    rules = _hedge_rules(reading.lang)
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
        elif word_before(text, match.start()) in rules.coordinators and stop <= match.start():
            continue  # "played a key role ... and reportedly facilitating": only the second part
        found.append(match.group())
    if not found:
        return ASSERTED
    return Certainty(level=CertaintyLevel.HEDGED, hedges=tuple(found))


# --------------------------------------------------------------------------- attribution


def find_attribution(
    sentence_text: str, start: int = 0, end: int | None = None, *, lang: str
) -> str | None:
    """Find whom a sentence credits with part of it.

    Args:
        sentence_text: The whole sentence.
        start: Where the claim starts in the sentence (default: the sentence's start).
        end: Where it ends, exclusive (default: the sentence's end).

    Returns:
        The speaker as written, tidied (see the module's docstring), of the attribution
        nearest to the claim; ``None`` when the sentence names nobody. Read with the
        lexicons of language ``lang``.
    """
    return attribution_in(read_sentence(sentence_text, lang), start, end)


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
