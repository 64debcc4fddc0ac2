"""A source's sentences and a phrase pattern -> the sentences it hits, with their matches.

The scan the hedged statements (``hedged_statements``) and the concept mentions
(``concepts``) share: each sentence that is no question, with the pattern's matches in it,
read only when it holds one of the phrases' keys (``sentences_with_hits``). Also the two
questions both then ask of a hit: the clause of its sentence that holds it (``clause_span``)
and the window of a long sentence a record keeps around it (``hit_window``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from functools import cache

from crosscheck.certainty.reading import SentenceReading
from crosscheck.certainty.rules import _Phrases
from crosscheck.certainty.sentence_words import _DOUBLE_QUOTES
from crosscheck.model import Sentence, Source

_QUESTION = "?"


def clause_span(reading: SentenceReading, start: int, end: int) -> tuple[int, int]:
    """The clause of a sentence that holds ``[start, end)``."""
    before = bisect_right(reading.boundary_ends, start) - 1
    clause_start = reading.boundary_ends[before] if before >= 0 else 0
    after = bisect_left(reading.boundary_starts, end)
    stops = reading.boundary_starts
    return clause_start, stops[after] if after < len(stops) else len(reading.text)


def is_question(text: str) -> bool:
    """Whether a sentence ends in a question mark (past closing quotes)."""
    return text.rstrip().rstrip(_DOUBLE_QUOTES + "'\u2019").endswith(_QUESTION)


_SENTENCE_WINDOW = 300
"""How much of a long sentence (characters either side of a statement) a record keeps."""


def hit_window(text: str, start: int, end: int, first: int, last: int) -> str:
    """The sentence ``text[start:end]``, or a window of it around ``[first, last)``."""
    if end - start <= 2 * _SENTENCE_WINDOW:
        return text[start:end]
    return text[max(start, first - _SENTENCE_WINDOW) : min(end, last + _SENTENCE_WINDOW)]


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
        if hits and not is_question(text):
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
        if hits and not is_question(text):
            yield sentence, hits
