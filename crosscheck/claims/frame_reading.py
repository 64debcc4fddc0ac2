"""One reading of a sentence's words, shared by the readers of every figure and date in it.

The claims stage reads a sentence's tokens once (``read_words``) into a ``SentenceWords``:
the tokens with their spans and range queries (``TokenIndex``), and the set of their
lower-case forms (the sentence's vocabulary). The figure and date readers of the sentence
take this record instead of each tokenizing or scanning the sentence for itself.

The vocabulary lets a reader skip a lexicon table no entry of which can stand in the
sentence (``may_hold``): a phrase table is matched by ``phrase_at`` on the lower-case forms
of a window of the sentence's tokens, and ``phrase_at`` finds a phrase only at a word that
opens one (``phrase_openers``); a word set is asked of the lower-case forms of such a window.
When none of the table's first words is a lower-case form of the sentence, no window of the
sentence holds one of its entries, so the reader's answer is the one it gives when nothing
matches. ``full_reading`` gives a record whose ``may_hold`` always answers True: the path
with no skip, which the tests compare with the shared reading.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass
from operator import itemgetter

from crosscheck.claims.frame_words import phrase_openers
from crosscheck.slotted import fast_init
from crosscheck.text.tokens import Token, tokenize_span
from crosscheck.text.words import TokenIndex

_LOWER = itemgetter(3)  # a token's lower-case key (``Token`` is a named tuple)


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class SentenceWords:
    """The tokens of one sentence (``index``: spans, range queries, clause-break counts) and
    ``vocabulary``, the set of their lower-case forms (None: unknown, every table may hold)."""

    index: TokenIndex
    vocabulary: frozenset[str] | None

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The sentence's tokens, in text order."""
        return self.index.tokens

    def may_hold(self, table: dict[tuple[str, ...], str]) -> bool:
        """Whether some phrase of ``table`` (keyed by lower-case words) may stand in the
        sentence: False only when no word that opens one is a lower-case form of it."""
        if self.vocabulary is None:
            return True
        return not self.vocabulary.isdisjoint(phrase_openers(table))

    def may_hold_word(self, words: Set[str]) -> bool:
        """Whether some lower-case word of ``words`` may be a lower-case form of the
        sentence (False only when none is)."""
        return self.vocabulary is None or not self.vocabulary.isdisjoint(words)


def read_words(text: str, start: int, end: int, breaks: frozenset[str]) -> SentenceWords:
    """The one reading of the sentence at ``text[start:end]`` (offsets index ``text``);
    ``breaks`` are the marks ``TokenIndex.has_break`` counts."""
    tokens = tokenize_span(text, start, end)
    return SentenceWords(
        index=TokenIndex(tokens, breaks), vocabulary=frozenset(map(_LOWER, tokens))
    )


def full_reading(words: SentenceWords) -> SentenceWords:
    """The same tokens with no vocabulary: every reader reads every table (the full path)."""
    return SentenceWords(index=words.index, vocabulary=None)
