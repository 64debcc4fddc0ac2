"""The sources of one story as certainty's matching reads them: each text searched for the
words of a hedged statement (lower-cased once), its sentence spans, and per sentence its word
keys, reading and reporting verbs, each made once when first asked for (``StoryText``).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence

from crosscheck.certainty.reading import (
    SentenceReading,
    capitalised_name,
    read_sentence,
    word_before,
)
from crosscheck.certainty.rules import attribution_rules, normal_text
from crosscheck.certainty.sentence_words import StatementWords
from crosscheck.certainty.statement_rules import StatementRules, statement_rules
from crosscheck.model import Source


def word_starts(
    text: str, flags: int, stem: str, *, exact: bool, limit: int | None = None
) -> list[int]:
    """Where words beginning with ``stem`` (with ``exact``, words equal to it) start in a
    text made by :func:`searchable`; at most ``limit`` of them."""
    if flags:
        end = r"(?![^\W_])" if exact else ""
        found = re.finditer(rf"(?<![^\W_]){re.escape(stem)}{end}", text, flags)
        return [m.start() for _, m in zip(range(limit or len(text) + 1), found, strict=False)]
    key = stem.lower()
    starts: list[int] = []
    position = text.find(key)
    while position >= 0 and (limit is None or len(starts) < limit):
        after = position + len(key)
        if (position == 0 or not text[position - 1].isalnum()) and (
            not exact or after >= len(text) or not text[after].isalnum()
        ):
            starts.append(position)
        position = text.find(key, position + 1)
    return starts


def searchable(text: str) -> tuple[str, int]:
    """A text to search for lower-case words, and the flags to search it with."""
    low = text.lower()
    return (low, 0) if len(low) == len(text) else (text, re.IGNORECASE)


class StoryText:
    """The sources of one story, read lazily: sentence spans, words, word counts."""

    def __init__(
        self,
        sources: Sequence[Source],
        spans: Mapping[str, Sequence[tuple[int, int]]],
        lang: str,
    ) -> None:
        self.lang = lang  # the story's language: whose statement words are read
        self.texts = {s.id: s.text for s in sources}
        self.published = {s.id: s.published for s in sources}
        # lower case of each text, searched case-sensitively (fast); a text whose lower
        # case has another length (rare letters) is searched case-insensitively instead
        self.lowered = {sid: searchable(t) for sid, t in self.texts.items()}
        # each text case-folded as the sentence words' keys are (``StatementWords``); None where
        # folding changes the length (then each sentence is folded on its own)
        self._folded: dict[str, str | None] = {}
        self.spans = {sid: list(spans.get(sid, ())) for sid in self.texts}
        self.starts = {sid: [a for a, _ in v] for sid, v in self.spans.items()}
        total = sum(len(v) for v in self.spans.values())
        self.sentence_count = max(1, statement_rules(self.lang).min_sentences, total)
        self._counts: dict[str, int] = {}
        self._words: dict[tuple[str, int], StatementWords] = {}
        self._readings: dict[tuple[str, int], SentenceReading] = {}
        self._reports: dict[tuple[str, int], list[tuple[int, int]]] = {}
        self._hits: dict[tuple[str, str], list[int]] = {}
        self._relabelled: dict[str, frozenset[str]] = {}

    def outcome_first(self, outright: str, hedged: str) -> bool:
        """Whether the outright source was published before the hedged one (both dates
        known): its outcome was known when the other still spoke of a plan. On the same day
        the plan may have been written before the outcome ("poised to impeach" in the
        morning, "impeached" at night): a plan and its later outcome, not a discrepancy."""
        a, b = self.published.get(outright), self.published.get(hedged)
        return a is not None and b is not None and a < b

    def count(self, word: str) -> int:
        """How many times a word's stem begins a word in the story (at least 1)."""
        stem = word[: max(statement_rules(self.lang).stem_letters + 1, 1)]
        if stem not in self._counts:
            self._counts[stem] = sum(
                len(word_starts(text, flags, stem, exact=False))
                for text, flags in self.lowered.values()
            )
        return max(1, self._counts[stem])

    def weight(self, word: str) -> float:
        """ln(sentences / occurrences): how much a shared word says (0 for common words)."""
        return max(0.0, math.log(self.sentence_count / self.count(word)))

    def hits(self, head: str, source: str, rules: StatementRules) -> list[int]:
        """Where words that may be ``head`` start in a source (the first few only)."""
        stem = head[: rules.stem_letters]
        # a head as long as the stem has longer forms too ("show" / "shows"): same_word
        # decides; a shorter one is only ever itself
        exact = len(head) < rules.stem_letters
        key = (head if exact else stem, source)
        if key not in self._hits:
            text, flags = self.lowered[source]
            self._hits[key] = word_starts(text, flags, stem, exact=exact, limit=MAX_HITS)
        return self._hits[key]

    def relabelled(self, source: str) -> frozenset[str]:
        """The sentences of a source that open with a report label ("Report: ..."), without
        the label, normalised: the same words elsewhere in that source repeat a report."""
        if source not in self._relabelled:
            labels = statement_rules(self.lang).report_labels
            text = self.texts[source]
            found: set[str] = set()
            for start, end in self.spans[source]:
                label, colon, rest = text[start:end].partition(":")
                if colon and normal_text(label) in labels and rest.strip():
                    found.add(normal_text(rest))
            self._relabelled[source] = frozenset(found)
        return self._relabelled[source]

    def sentence_at(self, source: str, offset: int) -> tuple[int, int] | None:
        index = bisect_right(self.starts[source], offset) - 1
        if index < 0:
            return None
        start, end = self.spans[source][index]
        return (start, end) if offset < end else None

    def holds_any(self, source: str, span: tuple[int, int], needles: frozenset[str]) -> bool:
        """Whether some needle stands in the case-folded text of a sentence (a substring,
        not necessarily a whole word): every key of the sentence's ``StatementWords`` is a
        substring of that text, so a key that begins with a needle needs it there."""
        if source not in self._folded:
            text = self.texts[source]
            folded = text.casefold()
            self._folded[source] = fold_quotes(folded) if len(folded) == len(text) else None
        whole = self._folded[source]
        if whole is None:
            sentence = fold_quotes(self.texts[source][span[0] : span[1]].casefold())
            return any(n in sentence for n in needles)
        start, end = span
        return any(whole.find(n, start, end) >= 0 for n in needles)

    def words(self, source: str, span: tuple[int, int]) -> StatementWords:
        key = (source, span[0])
        if key not in self._words:
            self._words[key] = StatementWords(
                self.texts[source], span[0], span[1], statement_rules(self.lang)
            )
        return self._words[key]

    def reading(self, source: str, span: tuple[int, int]) -> SentenceReading:
        key = (source, span[0])
        if key not in self._readings:
            self._readings[key] = read_sentence(self.texts[source][span[0] : span[1]], self.lang)
        return self._readings[key]

    def reported(self, source: str, span: tuple[int, int], start: int, end: int) -> bool:
        """Whether a reporting verb other than the words at ``[start, end)`` stands in a
        sentence (offsets in the source text), not one that a turn of the sentence cuts off
        from the words after it (:func:`turned`)."""
        key = (source, span[0])
        if key not in self._reports:
            sentence = self.texts[source][span[0] : span[1]]
            verbs = attribution_rules(self.lang).verbs.finditer(sentence)
            passive = statement_rules(self.lang).passive_auxiliaries
            self._reports[key] = [
                (span[0] + m.start(), span[0] + m.end())
                for m in verbs
                if word_before(sentence, m.start()) not in passive
                and not capitalised_name(sentence, m.start(), m.end())
            ]  # "the sanctions were announced" reports nothing said
        text = self.texts[source]
        return any(
            (b <= start and not turned(text[b:start], statement_rules(self.lang)))
            or (a >= end and not turns_away(text[end:a], statement_rules(self.lang)))
            for a, b in self._reports[key]
        )


def turned(between: str, rules: StatementRules) -> bool:
    """Whether the words between a reporting verb and a statement after it open a clause of
    their own: a comma, then one of ``report_turns`` not followed by one of
    ``turn_complements`` ("that") ("Ailes denied the claims, [but] stepped down with a $40
    million severance")."""
    for match in _TURN.finditer(between):
        if (
            match.group(1).lower() in rules.report_turns
            and match.group(2).lower() not in rules.turn_complements
        ):
            return True
    return False


_TURN = re.compile(r",\s+(\w+)\s+(\w+)")
"""A comma and the two words after it."""


def turns_away(between: str, rules: StatementRules) -> bool:
    """Whether the words between a statement and a reporting verb after it hold a turn of the
    sentence, a word of ``report_turns``: "the email -- sent by Rob Goldstone -- [but]
    reported that three people had described it" reports the clause after the turn, not the
    statement before it."""
    return any(word.lower() in rules.report_turns for word in _WORD.findall(between))


_WORD = re.compile(r"\w+")


def fold_quotes(folded: str) -> str:
    return folded.replace("\u2019", "'")


MAX_HITS = 50
"""At most this many places of a statement's first word are read in each other source."""
