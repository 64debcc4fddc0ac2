"""An outright statement's words -> its quoted span and speaker checks.

Helpers of ``crosscheck.certainty.matching`` for the outright side of a pair: whether two
attributions name one speaker, and how far a quoted span reaches (through the stop words
after a word, or only on the head's side of any punctuation).
"""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.certainty.rules import _HARD_STOPS, _attribution_rules, _words_of
from crosscheck.certainty.sentence_words import _lower
from crosscheck.certainty.statement_rules import statement_rules
from crosscheck.text.words import Token


def _one_speaker(a: str, b: str) -> bool:
    """Whether two attributions name one speaker: the same words, or a speaker described by
    a common noun that the other's name carries ("a federal judge" / "U.S. District Judge
    Richard Leon")."""
    if a.casefold() == b.casefold():
        return True
    short, named = (a, b) if len(a.split()) <= len(b.split()) else (b, a)
    words = short.split()
    described = bool(words) and (
        short[:1].islower() or words[0].casefold() in _attribution_rules().determiners
    )  # "a federal judge", or "A federal judge" opening its sentence
    if not described or len(words) > _GENERIC_SPEAKER_WORDS:
        return False  # a name, or a long description: only the same words are one speaker
    return words[-1].casefold() in named.casefold().split()


_GENERIC_SPEAKER_WORDS = 3
"""A speaker described in at most this many words ("a federal judge") may be a named one."""


def through_stop_words(text: str, end: int) -> int:
    """The end of a word of ``text`` ending at ``end`` and of the stop words right after it;
    when they end the span on a stop word, of the word after them too ("killed in a
    [gunbattle]", not "killed in a"), unless punctuation stands between."""
    words = _words_of(text, end, end + _STOP_WORDS_REACH)
    rules = statement_rules()
    for taken, word in enumerate(words[: _STOP_WORDS_TAKEN + 1]):
        if any(c in _HARD_STOPS or c == "." for c in text[end : word.start]):
            break
        if _lower(word) not in rules.stop_words:
            end = word.end if taken else end  # the word the stop words lead to
            break
        if taken == _STOP_WORDS_TAKEN:
            break
        end = word.end
    return end


_STOP_WORDS_REACH = 40
_STOP_WORDS_TAKEN = 2
"""At most this many stop words are quoted after a word (then the word that completes them)."""


def _tighten(words: Sequence[Token], text: str, head: Token) -> tuple[int, int]:
    """The shared words on the head's side of any punctuation, as one span."""
    first, last = head.start, head.end
    for word in sorted(words, key=lambda w: w.start):
        lo, hi = min(first, word.start), max(last, word.end)
        if not any(c in _HARD_STOPS for c in text[lo:hi]):
            first, last = lo, hi
    return first, last
