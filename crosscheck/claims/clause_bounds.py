"""A date's clause: the tokens around a date -> the tokens of its clause, before and after.

``clause_tokens`` is the clause a date's event word is looked for in; ``key_clause`` the
clause its event key is read from (date_keys.event_key), read on through what ends no clause
of the event (an abbreviation's period, an aside after an opening date, the comma that
closes a full date, a timeline entry's colon). Words from time.toml; no English in code.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import itemgetter

from crosscheck.claims.claim_window import CLAUSE_END
from crosscheck.claims.date_events import date_event_words
from crosscheck.claims.date_keys import in_name_list
from crosscheck.claims.date_nouns import closes_full_date
from crosscheck.claims.date_subjects import date_claim_words
from crosscheck.model import TimeRef
from crosscheck.text.words import Token, TokenIndex


def _opens_clause(before: list[Token], lang: str) -> bool:
    """Whether a date opens its clause: no word or number before it in the clause but
    connectives ("But then last August, Trump signed ...", "Also on Thursday, ...")."""
    connectives = date_event_words(lang).clause_connectives  # time.toml's [date_events]
    return all(x.lower in connectives for x in before if x.is_word or x.is_number)


_START, _END = itemgetter(0), itemgetter(1)  # a token's offsets (``Token`` is a named tuple)


def _ended_by(tokens: Sequence[Token], offset: int) -> int:
    """How many tokens (in text order, never overlapping) end at or before ``offset``."""
    return bisect_right(tokens, offset, key=_END)


def _starting_from(tokens: Sequence[Token], offset: int) -> int:
    """Index of the first token starting at or after ``offset`` (``len(tokens)`` if none)."""
    return bisect_left(tokens, offset, key=_START)


# The clause ends but a comma (a comma ends a clause only where ``clause_tokens`` says).
_CLAUSE_END_NOT_COMMA = CLAUSE_END - {","}


def _back_to(
    tokens: tuple[Token, ...], t: TimeRef, ends: frozenset[str], index: TokenIndex | None
) -> list[Token]:
    """The tokens of ``tokens`` ending at or before the date, back to the last one of
    ``ends`` (not included), in text order.

    With ``index``, the sentence of which ``tokens`` is a run with no gap (``_around``),
    that mark is found by bisection among the sentence's marks (``mark_starts``, read once
    per sentence) instead of by a scan back: every mark of ``ends`` is one character, so
    it ends at or before the date's start exactly when it starts before it."""
    last = _ended_by(tokens, t.start)
    if index is None or not tokens:
        first = last
        while first > 0 and tokens[first - 1].text not in ends:
            first -= 1
        return list(tokens[first:last])
    marks = index.mark_starts(ends)
    before = bisect_left(marks, t.start) - 1
    first = 0
    if before >= 0 and marks[before] >= tokens[0].start:
        first = bisect_right(tokens, marks[before], key=_START)
    return list(tokens[first:last])


def clause_tokens(
    tokens: tuple[Token, ...], t: TimeRef, index: TokenIndex | None = None, *, lang: str
) -> tuple[list[Token], list[Token]]:
    """Tokens before and after a time reference within its clause.

    A time that opens its clause ("In 2023, the regime suspended ...") reaches past the
    comma that follows it; otherwise a comma after the time ends the clause. ``index``:
    see ``_back_to``.
    """
    before = _back_to(tokens, t, _CLAUSE_END_NOT_COMMA, index)
    opens_clause = _opens_clause(before, lang)
    after: list[Token] = []
    for i in range(_starting_from(tokens, t.end), len(tokens)):
        token = tokens[i]
        if token.text in _CLAUSE_END_NOT_COMMA:
            break
        if token.text == "," and not (opens_clause and not after):
            break
        after.append(token)
    return before, after


# A period inside a sentence is an abbreviation's (the splitter ended no sentence there:
# "Trump Jr. had met", "Gov. Gray Davis"): it ends no clause of a date's event key.
_ABBREVIATION_POINT = "."
# What follows a date that opens a timeline entry ("April 27, 2011: Obama releases ...").
_ENTRY_MARK = ":"
# What ends the clause of a date's event key (a comma only where ``key_clause`` says).
_KEY_CLAUSE_END = CLAUSE_END - {",", _ABBREVIATION_POINT}


def key_clause(
    tokens: tuple[Token, ...], t: TimeRef, index: TokenIndex | None = None, *, lang: str
) -> tuple[list[Token], list[Token]]:
    """The clause of a date's event key: ``clause_tokens`` read through what ends no clause
    of the event: the period of an abbreviation ("Trump Jr. had met"), the comma after a
    one-word aside after a date that opens its clause ("On Monday, however, the House
    voted"), the comma that closes a full date ("the June 9, 2016, Trump Tower meeting"),
    and the colon after a date that opens a timeline entry ("April 27, 2011: Obama releases
    ..."). ``index``: see ``_back_to``."""
    ends = _KEY_CLAUSE_END
    before = _back_to(tokens, t, ends, index)
    opens_clause = _opens_clause(before, lang)
    if opens_clause:
        before = [x for x in before if not x.is_word]  # a connective is no key word
    after: list[Token] = []
    for i in range(_starting_from(tokens, t.end), len(tokens)):
        token = tokens[i]
        first = not after
        if token.text == _ENTRY_MARK and first and opens_clause:
            continue
        if token.text in ends:
            break
        if (
            token.text == ","
            and not (first and (opens_clause or closes_full_date(t)))
            and not in_name_list(after, tokens[i + 1] if i + 1 < len(tokens) else None)
        ):
            if not (opens_clause and _parenthetical(after, lang)):
                break
            after = [x for x in after if not x.is_word]  # the aside is no key word
            continue
        after.append(token)
    return before, after


def _parenthetical(after: list[Token], lang: str) -> bool:
    """Whether the clause after a date that opens it holds so far only one word of
    ``parentheticals`` ("On Monday, [however,] the House voted"): its comma ends nothing."""
    words = [x for x in after if x.is_word]
    return len(words) == 1 and words[0].lower in date_claim_words(lang).parentheticals
