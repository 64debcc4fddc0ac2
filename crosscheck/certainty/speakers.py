"""A sentence's source phrases and reporting verbs -> its speakers ("the experts" said).

``_speakers_at`` reads every attribution of a sentence from the matches of the attribution
lexicon's source phrases ("according to [the UN]") and reporting verbs ("[the experts]
said", '..." said [the experts]'), each speaker as written; ``_tidy`` makes one readable
(see ``crosscheck.certainty``'s docstring). Only the few words around each phrase or verb
are read (``_LazyWords``). ``reading.read_sentence`` keeps the speakers of a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import NamedTuple

from crosscheck.certainty.rules import (
    _QUOTES,
    HARD_STOPS,
    _AttributionRules,
    _normal_form,
    attribution_rules,
)
from crosscheck.text.tokens import WORD_OR_NUMBER

Matches = list[re.Match[str]]


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
    return any(c in HARD_STOPS or c == "." for c in gap)


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
    """The speaker right before the reporting verb ``words[verb]`` ("the experts" said), read
    past a day said before the verb ("Mr. Romney on Friday said") when a speaker stands
    before it, else as written ("a poll released Thursday showed")."""
    before = _before_time(text, words, verb - 1, rules)
    if before == verb - 1:
        return _speaker_before(text, words, verb, before, rules)
    found = _speaker_before(text, words, verb, before, rules)
    if found is not None:
        return found
    found = _speaker_before(text, words, verb, verb - 1, rules)
    if found is not None and found[0] > before:
        return None  # "Seoul, meanwhile, on Monday warned": the day alone names nobody
    return found


def _speaker_before(
    text: str, words: _LazyWords, verb: int, index: int, rules: _AttributionRules
) -> tuple[int, str] | None:
    """The speaker ending at ``words[index]`` or before the auxiliaries there, of the
    reporting verb ``words[verb]``."""
    heard = words[verb].key in rules.hearer_verbs
    while index >= 0 and words[index].key in rules.auxiliaries and not _cap(words[index]):
        if _broken(text, words[index], words[index + 1]):
            return None
        if heard and words[index].key in rules.passive_auxiliaries:
            return None  # "Trump Jr. was told": the hearer, not a speaker
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


def _before_time(text: str, words: _LazyWords, index: int, rules: _AttributionRules) -> int:
    """The index of the last word before a day said right before a reporting verb, its
    opener too ("Mr. Romney [on Friday] said", "House Republicans [late Monday] said");
    ``index`` itself when ``words[index]`` is no such day or one a name ends with ("Super
    Tuesday")."""
    if index < 0 or words[index].key not in rules.time_words:
        return index
    if index + 1 < len(words) and _broken(text, words[index], words[index + 1]):
        return index
    index -= 1
    if index >= 0 and words[index].key in rules.time_openers:
        return index - 1
    if index >= 0 and _cap(words[index]):
        return index + 1  # "Super Tuesday": a name's day
    return index


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
        if word.key in rules.time_words and not (
            index > first and words[index - 1].key in rules.determiners
        ):
            break  # "said [Sunday] on CNN": when, not who (not "a Monday night ... report")
        last = index
    if last is None:
        return None
    ends = rules.determiners | rules.name_links | rules.trailing_links | rules.time_openers
    while last > first and words[last].key in ends:
        last -= 1
    return last, text[words[first].start : words[last].end]


def _speakers(text: str, lang: str, lower: str | None = None) -> list[_Speaker]:
    """Every attribution in a sentence (read in language ``lang``), in text order
    (``lower`` is ``text.lower()``)."""
    rules = attribution_rules(lang)
    low = text.lower() if lower is None else lower
    phrases = list(rules.source_phrases.finditer(text, low))
    verbs = list(rules.verbs.finditer(text, low))
    return _speakers_at(text, phrases, verbs, lang)


def _speakers_at(text: str, phrases: Matches, verbs: Matches, lang: str) -> list[_Speaker]:
    """Every attribution in a sentence, from its source phrases' and verbs' matches (of
    language ``lang``)."""
    rules = attribution_rules(lang)
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
    """A noun-like verb form used as a noun ("the report", "member states to"), or a word of
    a name: capitalised after a capitalised word and before a lower-case one or none ("the
    United States after", "the Islamic State militant group"; not "Poll Shows Obama")."""
    if verb > 0 and words[verb - 1].key in rules.determiners:
        return True
    if verb > 0 and _in_name(text, words, verb):
        return True
    if verb + 1 >= len(words):
        return False
    nxt = words[verb + 1]
    return nxt.key in rules.blocked_after_noun_like or _broken(text, words[verb], nxt)


def _in_name(text: str, words: _LazyWords, index: int) -> bool:
    """Whether ``words[index]`` is capitalised right after a capitalised word and ends the
    name: no capitalised word or number follows it in its clause."""
    left, word = words[index - 1], words[index]
    if not (_cap(word) and _cap(left)) or _broken(text, left, word):
        return False
    if index + 1 >= len(words) or _broken(text, word, words[index + 1]):
        return True
    return words[index + 1].text[:1].islower()


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
