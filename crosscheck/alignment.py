"""Cross-source sentence alignment: the sentences of one story -> pairs of sentences of
different sources that report the same statement.

Each sentence is described by the stems of its content words (``descriptor_words``: stop
words and generic words left out, stems as date keys read them), each weighted by how rare
it is among the sentences of the whole story (``descriptor_words.story_weights``), and the
stems of its names (capitalised words inside the sentence) count ``NAME_WEIGHT`` times more.
Two sentences of different sources are aligned when their descriptors are alike (a
weighted cosine of at least ``MIN_SIMILARITY``), they share ``MIN_SHARED`` stems or more
besides weak predicates, no name of one contradicts the names of the other (when both
name someone, they share a name), and each is the other's best match among the sentences
of the other source (mutual best match: a sentence has at most one partner per pair of
sources). Every reader takes the story's language (``lang``), whose lexicons give the stems.
Pure functions; no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from crosscheck.claims.date_events import weak_stems
from crosscheck.match.descriptor_words import content_stems, norm_of, story_weights, weighted_cosine
from crosscheck.match.word_roots import word_root
from crosscheck.model import Source
from crosscheck.text.tokens import WORD
from crosscheck.text.words import claim_words

# The least weighted cosine of two sentences read as one statement.
MIN_SIMILARITY = 0.35
# Content stems two aligned sentences share besides weak predicates.
MIN_SHARED = 3
# How much more a name's stem weighs than another word's of the same rarity.
NAME_WEIGHT = 2.0


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceSentence:
    """One sentence of a source: where it starts in the source's text, and its words."""

    source: str
    start: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Aligned:
    """Two sentences of different sources that report the same statement.

    ``shared`` are the stems both descriptors hold, heaviest first; ``words`` the words of
    ``a`` that give them, in the same order; ``score`` the weighted cosine of the two
    descriptors (0..1)."""

    a: SourceSentence
    b: SourceSentence
    score: float
    shared: tuple[str, ...]
    words: tuple[str, ...]


def names_of(text: str, lang: str) -> frozenset[str]:
    """The stems of a sentence's names, as its content stems are (word_roots.word_root):
    capitalised words after its first word, not stop words ("Officials said 1,300 homes
    burned in Sonoma County" -> sonoma, county)."""
    stops = claim_words(lang).stop_words
    found: set[str] = set()
    for number, m in enumerate(WORD.finditer(text)):
        word = m.group()
        if number and word[0].isupper() and word.lower() not in stops:
            found.add(word_root(word.lower(), lang))
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class _Described:
    sentence: SourceSentence
    weights: dict[str, float]
    names: frozenset[str]
    norm: float

    def similarity(self, other: _Described) -> float:
        return weighted_cosine(self.weights, self.norm, other.weights, other.norm)


def describe(sentence: SourceSentence, weight: Callable[[str], float], lang: str) -> _Described:
    """A sentence's descriptor: its content stems by rarity, names weighing more."""
    names = names_of(sentence.text, lang)
    weights = {
        s: weight(s) * (NAME_WEIGHT if s in names else 1.0)
        for s in content_stems(sentence.text, lang)
    }
    return _Described(sentence, weights, names & weights.keys(), norm_of(weights))


def align_sentences(
    sentences: Sequence[SourceSentence],
    weight: Callable[[str], float],
    wanted: Iterable[tuple[SourceSentence, SourceSentence]] | None = None,
    *,
    lang: str,
) -> list[Aligned]:
    """Pairs of sentences of different sources that report the same statement (see the
    module's docstring). With ``wanted``, only those pairs are tested, each sentence still
    against every sentence of the other source (a sentence is described only when read)."""
    by_source: dict[str, list[SourceSentence]] = defaultdict(list)
    for sentence in dict.fromkeys(sentences):
        by_source[sentence.source].append(sentence)
    described: dict[SourceSentence, _Described] = {}
    best: dict[tuple[SourceSentence, str], tuple[float, SourceSentence]] = {}

    def describe_once(sentence: SourceSentence) -> _Described:
        found = described.get(sentence)
        if found is None:
            found = described[sentence] = describe(sentence, weight, lang)
        return found

    def best_of(sentence: SourceSentence, other: str) -> tuple[float, SourceSentence]:
        """The best score of a sentence among another source's, and that sentence (ties:
        the first)."""
        found = best.get((sentence, other))
        if found is None:
            item = describe_once(sentence)
            rivals = by_source[other]
            score, k = max((item.similarity(describe_once(o)), -k) for k, o in enumerate(rivals))
            found = best[(sentence, other)] = (score, rivals[-k])
        return found

    if wanted is None:
        sources = sorted(by_source)
        wanted = [
            (a, b)
            for i, first in enumerate(sources)
            for second in sources[i + 1 :]
            for a in by_source[first]
            for b in (best_of(a, second)[1],)
        ]
    aligned: list[Aligned] = []
    for x, y in dict.fromkeys(wanted):
        if x.source == y.source or x.source not in by_source or y.source not in by_source:
            continue
        score, partner = best_of(x, y.source)
        if score < MIN_SIMILARITY or partner != y or best_of(y, x.source)[1] != x:
            continue
        a, b = described[x], described[y]
        shared = a.weights.keys() & b.weights.keys()
        if len(shared - weak_stems(lang)) < MIN_SHARED:
            continue
        if a.names and b.names and not a.names & b.names:
            continue
        aligned.append(_aligned(a, b, score, shared, lang))
    return aligned


def _aligned(a: _Described, b: _Described, score: float, shared: set[str], lang: str) -> Aligned:
    ranked = tuple(sorted(shared, key=lambda s: (-a.weights[s], s)))
    words: dict[str, str] = {}
    for m in WORD.finditer(a.sentence.text):
        for s in content_stems(m.group(), lang) & shared:
            words.setdefault(s, m.group())
    return Aligned(
        a=a.sentence,
        b=b.sentence,
        score=round(score, 3),
        shared=ranked,
        words=tuple(words[s] for s in ranked if s in words),
    )


def may_align(a: SourceSentence, b: SourceSentence, lang: str) -> bool:
    """The tests of ``align_sentences`` that need no word weights: ``MIN_SHARED`` content
    stems in common besides weak predicates, and no names of one that the other lacks when
    both name someone.

    Exact, not an estimate: a descriptor's keys are the sentence's content stems (every
    weight is positive: log(1 + N / f) with N >= ``MIN_SENTENCES``, times 1 or
    ``NAME_WEIGHT``) and its names are ``names_of`` among them, so a pair failing here
    fails the same test in ``align_sentences``, whatever the weights and best matches.
    """
    stems_a, stems_b = content_stems(a.text, lang), content_stems(b.text, lang)
    if len((stems_a & stems_b) - weak_stems(lang)) < MIN_SHARED:
        return False
    names_a, names_b = names_of(a.text, lang) & stems_a, names_of(b.text, lang) & stems_b
    return not (names_a and names_b and not names_a & names_b)


def story_aligner(
    sources: Iterable[Source],
    sentences: Sequence[SourceSentence],
    wanted: Iterable[tuple[SourceSentence, SourceSentence]] | None = None,
    *,
    lang: str,
) -> list[Aligned]:
    """``align_sentences`` weighted by the story's own sentences; none for a story too short
    to tell a rare word from a common one (``descriptor_words.MIN_SENTENCES``).

    With ``wanted``, the pairs that cannot align whatever the weights (``may_align``) are
    dropped first: each wanted pair is tested on its own in ``align_sentences`` (its best
    matches are sought among all ``sentences``, not among the wanted), so the rest align as
    before; when none is left, the story's weights are not counted at all. The weights read
    each distinct sentence once (the same words, so the same weights)."""
    if wanted is not None:
        wanted = [pair for pair in dict.fromkeys(wanted) if may_align(*pair, lang)]
        if not wanted:
            return []
    weight = story_weights(sources, dict.fromkeys(s.text for s in sentences), lang)
    return [] if weight is None else align_sentences(sentences, weight, wanted, lang=lang)
