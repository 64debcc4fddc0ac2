"""A source's sentences -> assertions: "<subject> [may] <predicate> <object>" with certainty."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.certainty.reading import (
    SentenceReading,
    attribution_in,
    hedge_matches,
    hedges_in,
    read_sentence,
)
from crosscheck.certainty.records import Assertion
from crosscheck.certainty.rules import (
    _APOSTROPHES,
    _CONTEXT,
    _LABEL,
    _LABEL_REACH,
    _NON_SPACE,
    _QUOTES,
    HARD_STOPS,
    _AssertionRules,
    _hedge_rules,
    _iter_words,
    _normal_form,
    assertion_rules,
    attribution_rules,
)
from crosscheck.certainty.speakers import _speakers, _tidy
from crosscheck.lexicon import reading_language
from crosscheck.model import (
    Sentence,
    Source,
)

# --------------------------------------------------------------------------- assertions


def _object(text: str, position: int, rules: _AssertionRules) -> tuple[int, str] | None:
    """The noun phrase after a predicate: (end in text, normalised object)."""
    words: list[str] = []
    end = position
    opened = False
    for token in _iter_words(text, position, _OBJECT_CHUNK):
        gap = text[end : token.start]
        if words and any(c in HARD_STOPS or c in ".\u2026" for c in gap):
            break
        if not words and any(c not in _QUOTES and not c.isspace() for c in gap):
            break
        opened = opened or (not words and any(c in _QUOTES for c in gap))
        key = _normal_form(token.text).strip("'")
        if (words and key in rules.stop_words) or len(words) >= rules.max_object_words:
            break
        words.append(key)
        end = token.end
        after = text[end : end + 2]
        if after[:1] and after[:1] in _APOSTROPHES and not after[1:].isalnum():
            end += 1  # a plural possessive ends the object: "the protesters' demands"
            break
    if not words:
        return None
    if opened and end < len(text) and text[end] in _QUOTES:
        end += 1  # keep the closing quote of a quoted object
    return end, " ".join(words)


@cache
def _be_openers(lang: str) -> frozenset[str]:
    """The first words (of language ``lang``) an object of "be" may have: a determiner or a
    characterisation's."""
    rules = assertion_rules(lang)
    firsts = (*rules.determiners, *(c.split()[0] for c in rules.characterisations))
    return frozenset(m.group() for m in map(_LEADING_LETTERS.match, firsts) if m)


def _next_word(text: str, position: int) -> str:
    """The next word after ``position`` (past spaces and quotation marks), in lower case."""
    ahead = text[position : position + _PEEK].lstrip().lstrip(_QUOTES)
    word = _LEADING_LETTERS.match(ahead)
    return word.group().casefold() if word else ""


_PEEK = 40
_LEADING_LETTERS = re.compile(r"[^\W\d_]+")

_OBJECT_CHUNK = 48
"""How many characters after a predicate are read at a time for its object (most objects end
within a few words)."""


def _strip_determiner(obj: str, rules: _AssertionRules) -> str:
    first, _, rest = obj.partition(" ")
    return (
        rest if rest and first in rules.determiners and first not in rules.kept_determiners else obj
    )


def _subject(text: str, position: int, lang: str) -> tuple[int, int] | None:
    """Where the words before an assertion's verb are, back to the clause's start.

    "Some of these violations, the Group noted, may ..." -> the span of "Some of these
    violations" (at most six words).
    """
    before = text[:position].rstrip()
    if before.endswith(","):
        inner_start = before.rfind(",", 0, len(before) - 1)
        if inner_start >= 0 and _speakers(before[inner_start + 1 : -1], lang):
            before = before[:inner_start].rstrip()  # "violations, the Group noted, may ..."
    cut = max(before.rfind(c) for c in ',;:("\u201c\u201d')
    breaks = (*assertion_rules(lang).subject_breaks, *_hedge_rules(lang).bare_conjunctions)
    for word in (f" {b} " for b in breaks):
        found = before.rfind(word)
        if found >= 0:
            cut = max(cut, found + len(word) - 1)
    spans = [m.span() for m in _NON_SPACE.finditer(before, cut + 1)][-6:]
    if not spans:
        return None
    return spans[0][0], spans[-1][1]


def _label(text: str) -> str | None:
    """A speaker label opening an interview answer ("Dr. Kovalenko: ...")."""
    if ":" not in text[:_LABEL_REACH]:
        return None  # no colon where a label could end: most sentences, read at once
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
    return read_labelled(source, labelled(source, sentences))


Labelled = tuple[Sentence, str | None]
"""A sentence and the speaker label of the answer it belongs to (or None)."""


def labelled(source: Source, sentences: Sequence[Sentence]) -> list[Labelled]:
    """Each sentence with the speaker label in force there (a label holds until a line
    break): what :func:`_assertions_in` needs of the sentences before it."""
    found: list[Labelled] = []
    label: str | None = None
    previous_end = 0
    for sentence in sentences:
        if "\n" in source.text[previous_end : sentence.start]:
            label = None
        previous_end = sentence.end
        label = _label(sentence.text) or label
        found.append((sentence, label))
    return found


@dataclass(frozen=True, slots=True, kw_only=True)
class Deferred:
    """Sentences of one source left unread, kept small (no text the source already has).

    ``indices`` index the source's sentences (``Statements.sentences``, their spans);
    ``labels`` give the speaker label in force at those that have one, and ``texts`` the
    text of those whose text is not the source's own text at their span (the cleaned
    text the sentences were read from differs there: typography, blanked leftovers).
    """

    indices: tuple[int, ...] = ()
    labels: tuple[tuple[int, str], ...] = ()
    texts: tuple[tuple[int, str], ...] = ()

    @classmethod
    def of(cls, source: Source, sentences: Sequence[tuple[int, Labelled]]) -> Deferred:
        """The sentences (each with its index among the source's sentences) to keep."""
        texts = [(i, s.text) for i, (s, _) in sentences if s.text != source.text[s.start : s.end]]
        return cls(
            indices=tuple(i for i, _ in sentences),
            labels=tuple((i, label) for i, (_, label) in sentences if label is not None),
            texts=tuple(texts),
        )

    def sentences(self, source: Source, spans: Sequence[tuple[int, int]]) -> list[Labelled]:
        """The kept sentences again, each as it was read, with its label."""
        labels, texts = dict(self.labels), dict(self.texts)
        found: list[Labelled] = []
        for i in self.indices:
            start, end = spans[i]
            text = texts.get(i)
            sentence = Sentence(
                start=start, end=end, text=source.text[start:end] if text is None else text
            )
            found.append((sentence, labels.get(i)))
        return found


def read_labelled(source: Source, sentences: Sequence[Labelled]) -> list[Assertion]:
    """The assertions of labelled sentences, in their order, read with the lexicons of the
    source's language (``lexicon.reading_language``)."""
    rules = assertion_rules(reading_language(source.id, source.language))
    return [
        a for sentence, label in sentences for a in _assertions_in(source, sentence, label, rules)
    ]


def may_hedge(sentence: Sentence, raw: str, lang: str) -> bool:
    """Whether the sentence may hold a comparable hedged assertion (a quick necessary test).

    ``raw`` is the source's own text (an assertion quotes it at the sentence's span; the
    sentence's text may be the cleaned one, as long). Only a hedged assertion that
    ``pairs._comparable`` keeps can make a story read its other assertions or give a pair
    (``pairs.story_assertions``, ``assertion_pairs``), and one needs both of these:

    * ``hedges_in`` finds a hedge in the reading of the text ``_assertions_in`` reads
      around it (its window, ``_CONTEXT`` characters either side), and returns ASSERTED
      when that reading holds no match of the hedge pattern. A sentence of at most
      ``_CONTEXT`` characters is its own window (the window's bounds are clipped to the
      sentence), so its hedges are groups of ``hedge_matches(text)``. Longer sentences are
      always read.
    * ``_hedge_inside``: each hedge, case-folded with single spaces, equals a span of 1-3
      words of ``wording(assertion)`` (quotation marks stripped), so it is a substring of
      that wording; and the wording is a substring of the ``_wording`` of ``raw`` from
      ``first`` to the sentence's end, ``first`` being where the assertion pattern's first
      match in the sentence starts (every assertion starts at a match and ends inside the
      sentence; case folding and the apostrophe are mapped letter by letter and white
      space collapsed, so a substring of a text gives a substring of its wording).

    So a short sentence none of whose hedge matches, so normalised, stands in the wording
    of its text from the first assertion match on holds no comparable hedged assertion:
    its assertions are read only when the story needs them (``Deferred``). The hedges and
    the assertion pattern are those of language ``lang``.
    """
    text = sentence.text
    if len(text) > _CONTEXT:
        return True
    hedges = hedge_matches(text, lang)
    if not hedges:
        return False
    first = next(assertion_rules(lang).pattern.finditer(text), None)
    if first is None:
        return False  # no assertion at all
    after = _wording(raw[sentence.start + first.start() : sentence.start + len(text)])
    return any(" ".join(h.group().casefold().split()) in after for h in hedges)


def _wording(text: str) -> str:
    """``pairs.wording`` of a text: case-folded, straight apostrophes, single spaces."""
    return " ".join(text.casefold().replace("\u2019", "'").split())


def _assertions_in(
    source: Source, sentence: Sentence, label: str | None, rules: _AssertionRules
) -> list[Assertion]:
    text = sentence.text
    lang = rules.lang
    found: list[Assertion] = []
    readings: dict[tuple[int, int], SentenceReading] = {}  # one reading per window
    for match in rules.pattern.finditer(text):
        predicate = rules.predicates[_normal_form(match.group("predicate"))]
        if predicate == "be" and _next_word(text, match.end()) not in _be_openers(lang):
            continue  # "is crucial": no determiner or characterisation opens the object
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
        subject = _subject(nearby, match.start() - window[0], lang)
        claim_start = subject[0] if subject else match.start() - window[0]
        subject_words = None
        if subject is not None:
            base = sentence.start + window[0]
            written = source.text[base + subject[0] : base + subject[1]]
            subject_words = " ".join(written.split()).strip(_QUOTES) or None
        claim_end = end - window[0]
        reading = readings.get(window)
        if reading is None:
            reading = readings[window] = read_sentence(nearby, lang)
        attribution = attribution_in(reading, claim_start, claim_end)
        if attribution is None and label is not None:
            attribution = _tidy(label, attribution_rules(lang))
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
                modal=_normal_form(match.group("modal")) if match.group("modal") else None,
            )
        )
    return found
