"""Passages that are not the article's own wording: text -> spans of notices and block quotes.

A name spelled only in a correction notice or in a block quote is not the outlet's spelling:

* a **correction notice** names the spelling it corrects ("Earlier, we had named him as
  Hamyd Mourad."): a paragraph opened by a label and a colon ("CORRECTION:", ``notice_labels``)
  or with a notice phrase within its first words (``notice_phrases``, ``notice_window``);
* a **block quote** gives another's text as written ("According to the Associated Press:"
  then "... sent by al-Qaida leader Ayman al-Zawahiri"): the one paragraph after a short
  paragraph (``intro_max_words``) that ends with a colon (``intro_ends``) and credits someone
  (a reporting verb written in lower case, so a headline's "Official Says It Can ...:" is
  none, or a source phrase of ``attribution.toml``; a passive verb credits no one unless an
  agent follows it: "The following four embassies have been added:" then a list in the
  outlet's words, "were reported ... by the Wall Street Journal:" a quote); not a paragraph
  that opens with a list mark ("-- There is no evidence ..."): a list of points in the
  outlet's own words.

A paragraph is a line of the text (what lies between two line breaks). ``not_own_spans``
gives the spans of one text, in order; ``in_spans`` asks whether an offset lies in one.
The words are in ``lexicon/<lang>/notices.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import load_lexicon, lower_words, require
from crosscheck.names.records import NameMention
from crosscheck.text.tokens import WORD, lowered_words
from crosscheck.text.tries import trie_alternation

_LEXICON = "notices"

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class _Words:
    labels: tuple[tuple[str, ...], ...]
    phrases: tuple[tuple[str, ...], ...]
    window: int
    intro_ends: tuple[str, ...]
    list_marks: tuple[str, ...]  # a paragraph opening with one lists points: not a quote
    intro_max_words: int
    verbs: frozenset[str]
    passive: frozenset[str]  # a verb after one credits no one ("have been added:") ...
    agents: frozenset[str]  # ... unless one of these names who ("by the Journal:")
    source_phrases: tuple[tuple[str, ...], ...]
    label_pattern: re.Pattern[str]  # a label and its colon opening a line
    pattern: re.Pattern[str]  # any notice phrase, words apart by anything but a word
    keys: tuple[str, ...]  # each phrase's longest word: a line without one holds no phrase
    intro_pattern: re.Pattern[str]  # an intro's end closing a line


@cache
def _words(lang: str) -> _Words:
    data = load_lexicon(_LEXICON, lang)
    credit = load_lexicon("attribution", lang)

    def phrases(table: dict[str, object], key: str, name: str) -> tuple[tuple[str, ...], ...]:
        items = require(table, key, list, name, lang=lang)
        return tuple(lowered_words(str(x)) for x in items)

    labels = phrases(data, "notice_labels", _LEXICON)
    notice_phrases = phrases(data, "notice_phrases", _LEXICON)
    intro_ends = tuple(str(x) for x in require(data, "intro_ends", list, _LEXICON, lang=lang))
    return _Words(
        labels=labels,
        phrases=notice_phrases,
        window=int(require(data, "notice_window", int, _LEXICON, lang=lang)),
        intro_ends=intro_ends,
        list_marks=tuple(str(x) for x in require(data, "list_marks", list, _LEXICON, lang=lang)),
        intro_max_words=int(require(data, "intro_max_words", int, _LEXICON, lang=lang)),
        verbs=frozenset(w for p in phrases(credit, "verbs", "attribution") for w in p),
        passive=lower_words(credit, "passive_auxiliaries", "attribution", lang=lang),
        agents=lower_words(data, "agent_words", _LEXICON, lang=lang),
        source_phrases=phrases(credit, "source_phrases", "attribution"),
        label_pattern=re.compile(
            r"^[^\S\n]*" + _alternatives(labels) + r"[^\S\n]*:", re.IGNORECASE | re.MULTILINE
        ),
        pattern=re.compile(r"(?<!\w)" + _alternatives(notice_phrases) + r"(?!\w)", re.IGNORECASE),
        keys=tuple(sorted({max(p, key=len) for p in notice_phrases if p})),
        intro_pattern=re.compile(
            "(?:" + "|".join(re.escape(x) for x in intro_ends) + r")[^\S\n]*$", re.MULTILINE
        ),
    )


def _alternatives(phrases: Sequence[Sequence[str]]) -> str:
    """A group matching any of the phrases: their words in order, anything but a word between
    (the shared trie builder; a group that never matches when there is no phrase)."""
    body = trie_alternation((" ".join(p) for p in phrases if p), space=r"\W+")
    return "(?:" + (body or "(?!)") + ")"


def _line_at(text: str, offset: int) -> Span:
    """The line holding ``offset``, without its surrounding space."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    line = text[start:end]
    first = start + len(line) - len(line.lstrip())
    return first, first + len(line.strip())


def _next_line(text: str, offset: int) -> Span | None:
    """The first line with words after the line ending at or after ``offset``."""
    end = text.find("\n", offset)
    while end >= 0:
        span = _line_at(text, end + 1)
        if span[1] > span[0]:
            return span
        end = text.find("\n", end + 1)
    return None


def _has_phrase(words: Sequence[str], phrase: Sequence[str], within: int) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == tuple(phrase) for i in range(min(within, len(words))))


def _intro(line: str, lang: str) -> bool:
    """Whether a paragraph introduces a block quote: short, ends with a colon, credits."""
    words = _words(lang)
    if not line.endswith(words.intro_ends):
        return False
    written = [m.group() for m in WORD.finditer(line)]
    if not written or len(written) > words.intro_max_words:
        return False
    found = tuple(w.lower() for w in written)
    if any(w in words.verbs and _credits(found, i, words) for i, w in enumerate(written)):
        return True  # as written: "Hamas Official Says It Can ...:" is a section's headline
    return any(_has_phrase(found, p, len(found)) for p in words.source_phrases)


def _credits(lowered: Sequence[str], index: int, words: _Words) -> bool:
    """Whether the reporting verb at ``index`` credits someone: not a passive one ("have
    been added:") without an agent after it ("were reported by the Journal:")."""
    if index == 0 or lowered[index - 1] not in words.passive:
        return True
    return any(w in words.agents for w in lowered[index + 1 :])


def _lines_with_keys(text: str, keys: Sequence[str], pattern: re.Pattern[str]) -> set[Span]:
    """The lines holding one of the keys (lower case), found by plain search: ``pattern`` (of
    every phrase) run over the whole text costs far more, and is run only when lower-casing
    moves the offsets (a letter that lower-cases to two)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return {_line_at(text, found.start()) for found in pattern.finditer(text)}
    lines: set[Span] = set()
    for key in keys:
        at = lowered.find(key)
        while at >= 0:
            lines.add(_line_at(text, at))
            at = lowered.find(key, at + 1)
    return lines


def not_own_spans(text: str, lang: str) -> list[Span]:
    """The spans of a text's correction notices and block quotes, in text order."""
    words = _words(lang)
    spans: set[Span] = set()
    for found in words.label_pattern.finditer(text):
        spans.add(_line_at(text, found.end() - 1))
    for start, end in _lines_with_keys(text, words.keys, words.pattern):
        phrase = words.pattern.search(text, start, end)
        if phrase and len(lowered_words(text[start : phrase.start()])) < words.window:
            spans.add((start, end))
    for found in words.intro_pattern.finditer(text):
        start, end = _line_at(text, found.start())
        if _intro(text[start:end], lang):
            quoted = _next_line(text, found.start())
            if quoted is not None and not text.startswith(words.list_marks, quoted[0]):
                spans.add(quoted)
    return sorted(spans)


def in_spans(spans: Sequence[Span], offset: int) -> bool:
    """Whether ``offset`` lies in one of ``spans``."""
    return any(start <= offset < end for start, end in spans)


def own_mentions(
    texts: Mapping[str, str], mentions: Mapping[str, Sequence[NameMention]], lang: str
) -> dict[str, Sequence[NameMention]]:
    """Each source's name mentions without those in its notices and block quotes."""
    kept: dict[str, Sequence[NameMention]] = {}
    for source, found in mentions.items():
        spans = not_own_spans(texts.get(source, ""), lang) if found else []
        kept[source] = [m for m in found if not in_spans(spans, m.start)] if spans else found
    return kept
