"""One sentence -> its words, keyed, with what the statement rules ask of them (``StatementWords``).

A hedged statement's sentence, a concept's, and every sentence ``match.statement_search`` reads in
another source are read into one ``StatementWords`` each: the words and their lower-case keys, the
negations, blocking and breaking words, the punctuation gaps and the quotation marks, so
that each question the rules ask is answered by bisection or a prefix count.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate, compress, count

from crosscheck.certainty.rules import HARD_STOPS, _words_of
from crosscheck.certainty.statement_rules import StatementRules
from crosscheck.text.words import Token

_DOUBLE_QUOTES = '"\u201c\u201d\u00ab\u00bb'


def _lower(token: Token) -> str:
    return token.text.casefold().replace("\u2019", "'")


def _keys(text: str, start: int, end: int, tokens: Sequence[Token]) -> list[str]:
    """``_lower`` of each token of ``text[start:end]``: slices of the folded text when every
    character folds to one (case folding is context-free), else one token at a time."""
    folded = text[start:end].casefold()
    if len(folded) != end - start:
        return [_lower(w) for w in tokens]
    folded = folded.replace("\u2019", "'")
    return [folded[w.start - start : w.end - start] for w in tokens]


_HARD_STOP = re.compile("[" + re.escape(HARD_STOPS) + "]")
_DOUBLE_QUOTE = re.compile("[" + re.escape(_DOUBLE_QUOTES) + "]")


def _quote_marks(text: str) -> list[int]:
    """Where the double quotation marks of a sentence stand."""
    return [m.start() for m in _DOUBLE_QUOTE.finditer(text)]


def in_quotation(marks: Sequence[int], offset: int) -> bool:
    """Whether ``offset`` lies between double quotation marks of its sentence (``marks``).

    A sentence that opens no quotation but closes one (the last sentence of a quoted
    passage) is inside it too.
    """
    before = bisect_left(marks, offset)
    return before % 2 == 1 or (before == 0 and len(marks) % 2 == 1)


def _unconfirmed(keys: Sequence[str], rules: StatementRules) -> tuple[int, ...]:
    """Where a sentence credits what it says to unconfirmed accounts (the indices of its
    words of ``unconfirmed``), not counting the outlet's own report ("CNN can report that")
    nor a document it names ("[the report] provided fresh details": ``documents``)."""
    if rules.unconfirmed.isdisjoint(keys):
        return ()
    return tuple(
        i
        for i, key in enumerate(keys)
        if key in rules.unconfirmed and not _own_or_document(keys, i, rules)
    )


def _own_or_document(keys: Sequence[str], index: int, rules: StatementRules) -> bool:
    """Whether the word of ``unconfirmed`` at ``index`` is the outlet's own report ("CNN
    [can] report") or names a document ("[the] report")."""
    before = keys[index - 1] if index else ""
    return before in rules.own_report_before or (
        keys[index] in rules.documents and before in rules.document_before
    )


class StatementWords:
    """The words of one sentence, with what the statement rules ask of them answered by
    bisection or prefix counts, so a sentence of many hedges is read in linear time."""

    __slots__ = (
        "blocked",
        "breaks",
        "confirming",
        "keys",
        "marks",
        "negations",
        "starts",
        "stops",
        "tokens",
        "turns",
        "unconfirmed",
        "unconfirmed_at",
    )

    def __init__(self, text: str, start: int, end: int, rules: StatementRules) -> None:
        self.tokens = tokens = _words_of(text, start, end)
        self.keys = keys = _keys(text, start, end, tokens)
        self.starts = starts = [w.start for w in tokens]
        negations = rules.negations
        self.negations = list(accumulate(map(negations.__contains__, keys), initial=0))
        # negations and words that make a sentence no assertion
        blocking = negations | rules.not_asserted
        breaking = rules.subject_breaks | rules.subject_stops
        self.blocked = list(compress(count(), map(blocking.__contains__, keys)))
        self.breaks = list(compress(count(), map(breaking.__contains__, keys)))
        self.unconfirmed_at = _unconfirmed(keys, rules)
        self.unconfirmed = bool(self.unconfirmed_at)
        self.turns = tuple(i for i, key in enumerate(keys) if key in rules.report_turns)
        self.confirming = not rules.confirming.isdisjoint(keys)
        stopped = [0] * max(0, len(tokens) - 1)  # 1 where the gap after a word holds a mark
        if len(tokens) > 1:
            for mark in _HARD_STOP.finditer(text, tokens[0].end, tokens[-1].start):
                before = bisect_right(starts, mark.start()) - 1  # the word the mark follows
                if mark.start() >= tokens[before].end:  # not inside it ("1,200")
                    stopped[before] = 1
        stops = [0, *accumulate(stopped)] if tokens else [0]
        self.stops = stops  # stops[i]: gaps with punctuation among the first i + 1 words
        self.marks = [start + i for i in _quote_marks(text[start:end])]

    def unbroken(self, a: int, b: int) -> bool:
        """Whether no punctuation mark stands between words ``a`` and ``b``."""
        low, high = (a, b) if a <= b else (b, a)
        return self.stops[high] == self.stops[low]

    def index(self, offset: int) -> int:
        """The index of the first word starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def negated(self, low: int, high: int) -> bool:
        """Whether a negation stands among words ``low``..``high - 1``."""
        return self.negations[high] - self.negations[low] > 0

    def unconfirmed_for(self, index: int) -> bool:
        """Whether the sentence credits the word at ``index`` to unconfirmed accounts: a word
        of ``unconfirmed`` anywhere, except one after a later turn of the sentence (a word of
        ``report_turns``: "the email -- sent by Rob Goldstone -- but [reported] that three
        people had described it" reports the clause after the turn, not the one before)."""
        return any(
            at < index or not any(index < turn < at for turn in self.turns)
            for at in self.unconfirmed_at
        )

    def blocked_in(self, low: int, high: int) -> bool:
        """Whether a negation or a not-asserted word stands among words ``low``..``high - 1``."""
        position = bisect_left(self.blocked, low)
        return position < len(self.blocked) and self.blocked[position] < high
