"""Clauses -> descriptors: their content words' stems, weighted by rarity in the story.

A descriptor is the stems of a clause's content words (stemmed as date keys are, as their
family's root, less stop words, generic words and short ones), each weighted by how rare
it is among the sentences of the whole story (``story_weights``: IDF over the story's own
sentences: "Comey" in a Comey story tells nothing, "bench" or "naturalized" tells much).
Two descriptors compare by a weighted cosine (``weighted_cosine``). Read by the date
descriptors (``date_descriptors``) and by the sentence alignment of the orchestrator.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from functools import cache, lru_cache, partial
from itertools import pairwise

from crosscheck.claims.date_events import date_event_words
from crosscheck.match.word_roots import word_root
from crosscheck.model import Claim, Source
from crosscheck.text.words import claim_words

# Sentences a story needs for its word weights to tell a rare word from a common one:
# in fewer, every word is rare and two sentences of a topic look like one event.
MIN_SENTENCES = 12
# Shortest word kept in a descriptor.
MIN_LETTERS = 3

POSSESSIVE = re.compile(r"['\u2019]s?$")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_SENTENCE_END = re.compile(r"[.!?]\s+|\n")  # counted: one per sentence end (no look-behind)


Descriptor = dict[str, float]


@cache
def _ignored(lang: str) -> frozenset[str]:
    return claim_words(lang).stop_words | date_event_words(lang).generic


@cache
def content_stem(word: str, lang: str) -> str:
    """A folded word's stem, less a possessive ending ("Bachmann's", "Sessions'": a name is
    one stem with or without it), as its family's root (word_roots: "separations" and
    "separated" -> "separ", "finalize" and "finalized" -> "finaliz"), "" for a stop word, a
    generic word or a short one."""
    word = POSSESSIVE.sub("", word)
    return "" if len(word) < MIN_LETTERS or word in _ignored(lang) else word_root(word, lang)


@cache
def content_stemmer(lang: str) -> Callable[[str], str]:
    """``content_stem`` in one language as a reader of one word, one object per language
    (a reader cached by its ``stem_of``, ``date_participants._demonyms``, is handed it)."""
    return partial(content_stem, lang=lang)


# Half the texts are read again: a clause by each pair of dates it is in, a word of an aligned
# sentence each time it recurs, a date's own words ("Tuesday") by each date it gives.
@lru_cache(maxsize=4096)
def content_stems(text: str, lang: str) -> frozenset[str]:
    """The stems of the content words of a text, and the class of each two-word phrase of
    ``[phrases]`` of date_events.toml it holds ("was blown up" -> "demolished", "stepped
    down" -> "resigned"): one event told with a phrase and with a verb shares its class."""
    words = _WORD.findall(text.lower())
    found = {content_stem(w, lang) for w in set(words)}
    phrases = date_event_words(lang).phrases
    found.update(phrases[p] for p in pairwise(words) if p in phrases)
    found.discard("")
    return frozenset(found)


# A story's articles are read for weights by several pairings (dates, aligned figures): keep
# the last few articles' counts.
@lru_cache(maxsize=16)
def _text_counts(text: str) -> tuple[Counter[str], int]:
    """The folded words of an article counted, and its sentence count (read only)."""
    return Counter(_WORD.findall(text.lower())), len(_SENTENCE_END.findall(text.strip())) + 1


def story_weights(
    sources: Iterable[Source], clauses: Iterable[str], lang: str
) -> Callable[[str], float] | None:
    """How rare a stem of ``clauses`` is in the story: log(1 + N / f), N the sentences of
    all its articles and f the times the words of ``clauses`` that give the stem occur in
    them (a word seldom occurs twice in one sentence, so f stands for the sentences that
    hold it; counted in one pass); smoothed, so a word of every sentence still counts a
    little. None for a story of fewer than ``MIN_SENTENCES`` sentences."""
    counted: list[Counter[str]] = []
    n = 0
    for source in sources:
        counts, sentences = _text_counts(source.text)
        counted.append(counts)
        n += sentences
    if n < MIN_SENTENCES:
        return None
    stem_of = content_stemmer(lang)
    found: dict[str, int] = {}
    for word in {w for text in clauses for w in _WORD.findall(text.lower())}:
        s = stem_of(word)
        if s:
            found[s] = found.get(s, 0) + sum([counts.get(word, 0) for counts in counted])
    weights: dict[str, float] = {}

    def weight(s: str) -> float:
        w = weights.get(s)
        if w is None:  # each stem's weight is read once however many descriptors hold it
            w = weights[s] = math.log(1 + n / max(found.get(s, 0), 1))
        return w

    return weight


def shared_words(a: Claim, b: Claim, da: Descriptor, db: Descriptor, lang: str) -> tuple[str, ...]:
    """The words of ``a``'s sentence whose stems both descriptors hold, rarest first."""
    shared = da.keys() & db.keys()
    words: dict[str, float] = {}
    seen: set[str] = set()
    for m in _WORD.finditer(a.sentence):
        low = m.group().lower()
        s = content_stem(low, lang)
        if s in shared and s not in seen:
            seen.add(s)
            words[low] = da[s]
    return tuple(sorted(words, key=lambda w: (-words[w], w)))


def norm_of(weights: Mapping[str, float]) -> float:
    """The length of a descriptor (its weights read as a vector)."""
    return math.sqrt(sum(w * w for w in weights.values()))


def weighted_cosine(
    a: Mapping[str, float], norm_a: float, b: Mapping[str, float], norm_b: float
) -> float:
    """The weighted cosine of two descriptors of the given norms (0 when one is empty)."""
    small, large = sorted((a, b), key=len)
    dot = sum(w * large[s] for s, w in small.items() if s in large)
    norm = norm_a * norm_b
    return dot / norm if norm else 0.0
