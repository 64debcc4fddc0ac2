"""Passages that are not the article's own wording: text -> spans of notices and block quotes.

A name spelled only in a correction notice or in a block quote is not the outlet's spelling:

* a **correction notice** names the spelling it corrects ("Earlier, we had named him as
  Hamyd Mourad."): a paragraph opened by a label and a colon ("CORRECTION:", ``notice_labels``)
  or with a notice phrase within its first words (``notice_phrases``, ``notice_window``);
* a **block quote** gives another's text as written ("According to the Associated Press:"
  then "... sent by al-Qaida leader Ayman al-Zawahiri"): the one paragraph after a short
  paragraph (``intro_max_words``) that ends with a colon (``intro_ends``) and credits someone
  (a reporting verb written in lower case, so a headline's "Official Says It Can ...:" is
  none, or a source phrase of ``attribution.toml``).

A paragraph is a line of the text (what lies between two line breaks). ``not_own_spans``
gives the spans of one text, in order; ``in_spans`` asks whether an offset lies in one.
The words are in ``lexicon/<lang>/notices.toml``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import load_lexicon, require
from crosscheck.names.records import NameMention
from crosscheck.text.tokens import WORD

_LEXICON = "notices"

Span = tuple[int, int]
_HEAD = 160  # characters of a paragraph read for a notice: more than its first words


@dataclass(frozen=True, slots=True)
class _Words:
    labels: tuple[tuple[str, ...], ...]
    phrases: tuple[tuple[str, ...], ...]
    window: int
    intro_ends: tuple[str, ...]
    intro_max_words: int
    verbs: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]


def _lower_words(text: str) -> tuple[str, ...]:
    return tuple(m.group().lower() for m in WORD.finditer(text))


@cache
def _words() -> _Words:
    data = load_lexicon(_LEXICON)
    credit = load_lexicon("attribution")

    def phrases(table: dict[str, object], key: str, name: str) -> tuple[tuple[str, ...], ...]:
        items = require(table, key, list, name)
        return tuple(_lower_words(str(x)) for x in items)

    return _Words(
        labels=phrases(data, "notice_labels", _LEXICON),
        phrases=phrases(data, "notice_phrases", _LEXICON),
        window=int(require(data, "notice_window", int, _LEXICON)),
        intro_ends=tuple(str(x) for x in require(data, "intro_ends", list, _LEXICON)),
        intro_max_words=int(require(data, "intro_max_words", int, _LEXICON)),
        verbs=frozenset(w for p in phrases(credit, "verbs", "attribution") for w in p),
        source_phrases=phrases(credit, "source_phrases", "attribution"),
    )


def _lines(text: str) -> Iterator[Span]:
    """The non-empty lines of a text, as spans without their surrounding space."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        line = text[start:end]
        stripped = line.strip()
        if stripped:
            first = start + len(line) - len(line.lstrip())
            yield first, first + len(stripped)
        start = end + 1


def _has_phrase(words: Sequence[str], phrase: Sequence[str], within: int) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == tuple(phrase) for i in range(min(within, len(words))))


def _notice(line: str) -> bool:
    """Whether a paragraph is a correction notice."""
    words = _words()
    head = line[:_HEAD]
    colon = head.find(":")
    if colon > 0 and _lower_words(head[:colon]) in words.labels:
        return True
    found = _lower_words(head)
    return any(_has_phrase(found, p, words.window) for p in words.phrases)


def _intro(line: str) -> bool:
    """Whether a paragraph introduces a block quote: short, ends with a colon, credits."""
    words = _words()
    if not line.endswith(words.intro_ends):
        return False
    written = [m.group() for m in WORD.finditer(line)]
    if not written or len(written) > words.intro_max_words:
        return False
    if any(w in words.verbs for w in written):
        return True  # as written: "Hamas Official Says It Can ...:" is a section's headline
    found = tuple(w.lower() for w in written)
    return any(_has_phrase(found, p, len(found)) for p in words.source_phrases)


def not_own_spans(text: str) -> list[Span]:
    """The spans of a text's correction notices and block quotes, in text order."""
    spans: list[Span] = []
    after_intro = False
    for start, end in _lines(text):
        line = text[start:end]
        if after_intro or _notice(line):
            spans.append((start, end))
        after_intro = _intro(line)
    return spans


def in_spans(spans: Sequence[Span], offset: int) -> bool:
    """Whether ``offset`` lies in one of ``spans``."""
    return any(start <= offset < end for start, end in spans)


def own_mentions(
    texts: Mapping[str, str], mentions: Mapping[str, Sequence[NameMention]]
) -> dict[str, Sequence[NameMention]]:
    """Each source's name mentions without those in its notices and block quotes."""
    kept: dict[str, Sequence[NameMention]] = {}
    for source, found in mentions.items():
        spans = not_own_spans(texts.get(source, "")) if found else []
        kept[source] = [m for m in found if not in_spans(spans, m.start)] if spans else found
    return kept
