"""The bounds every claim shares: how many tokens around a figure or date are read
(``WINDOW``), the marks that end a figure's clause (``CLAUSE_END``), and how much of its
sentence a claim carries (``sentence_window``: a sentence and a span -> a window of it).
"""

from __future__ import annotations

from crosscheck.model import Sentence

# Punctuation that ends the clause a figure belongs to.
CLAUSE_END = frozenset(
    {",", ";", ":", ".", "!", "?", "\u2013", "\u2014", "(", ")", "|", "“", "”", '"'}
)
# How many tokens on each side of a figure or date are read: far more than any subject,
# metric or event window, and a bound that keeps one huge "sentence" linear.
WINDOW = 40
# The most characters of its sentence a claim carries (see Claim).
SENTENCE_WINDOW = 300


def sentence_window(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """At most ``SENTENCE_WINDOW`` characters of the sentence around a claim's span.

    The whole sentence when it is short enough; the claim's own span when it is longer;
    otherwise a window centred on the claim, so one claim carries a bounded quote.
    """
    if sentence.end - sentence.start <= SENTENCE_WINDOW:
        return sentence.start, sentence.end
    if end - start >= SENTENCE_WINDOW:
        return start, end
    spare = SENTENCE_WINDOW - (end - start)
    first = max(sentence.start, start - spare // 2)
    last = min(sentence.end, first + SENTENCE_WINDOW)
    first = max(sentence.start, last - SENTENCE_WINDOW)
    return first, last
