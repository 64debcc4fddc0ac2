"""Two dated statements each quoted in a sentence -> whether they are two statements.

A part of the day beside the bare day is one act at two precisions (``day_parts``
``part_beside_bare``). When both sentences tell a statement (a speech verb of ``[date_events]``
``statement_verbs`` outside the quotation) and both quote its words, one statement is quoted in
shared words ("Admiral Jackson has been on the front lines ..." said Tuesday morning and said
Tuesday). Quotations that share no content word are two statements of one speaker on one day:
the Army's "is patently false" to one outlet and "We cannot discuss or disclose the findings"
to another. A sentence that opens inside a quotation (a straight mark, odd in number, whose
quote began in the sentence before) is quoted up to its first mark. Content words are those
outside ``common_words`` with at least ``quote_word_min`` letters (compare.toml ``[dates]``).
The quotation marks are names.toml's ``quote_marks`` and ``quote_mark_pairs``.
"""

from __future__ import annotations

import re

from crosscheck.claims.date_events import date_event_words
from crosscheck.match.vague_setting import common_words
from crosscheck.model import Claim
from crosscheck.names.quoted import quote_mark_pattern

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def split_quoted(sentence: str, lang: str) -> tuple[str, str]:
    """A sentence's quoted text and its text outside quotation marks, each joined by spaces.
    Marks pair up in order; with an odd number and a first mark that may close, the text before
    it is quoted (the quote opened in the sentence before: '... before commanders," the Army
    said')."""
    pattern, opening = quote_mark_pattern(lang)
    found = list(pattern.finditer(sentence))
    cuts = [0, *(p for m in found for p in m.span()), None]
    pieces = [sentence[cuts[i] : cuts[i + 1]] for i in range(0, len(cuts) - 1, 2)]
    inside = len(found) % 2 == 1 and found[0].group() not in opening
    quoted = pieces[0::2] if inside else pieces[1::2]
    outside = pieces[1::2] if inside else pieces[0::2]
    return " ".join(quoted), " ".join(outside)


def _content(text: str, least: int, lang: str) -> frozenset[str]:
    """The folded words of ``text`` outside ``common_words`` with at least ``least`` letters."""
    common = common_words(lang)
    return (
        frozenset(w for w in (m.group().lower() for m in _WORD.finditer(text)) if len(w) >= least)
        - common
    )


def _quoted_statement(c: Claim, least: int, lang: str) -> frozenset[str] | None:
    """The content words a date's sentence quotes when it tells a statement (a speech verb
    outside the quotation); ``None`` when it quotes none or tells no statement."""
    quoted, outside = split_quoted(c.sentence, lang)
    said = {m.group().lower() for m in _WORD.finditer(outside)}
    if not said & date_event_words(lang).statement_verbs:
        return None
    words = _content(quoted, least, lang)
    return words or None


def two_statements(a: Claim, b: Claim, least: int, lang: str) -> bool:
    """Whether two dates' sentences each quote a statement (``_quoted_statement``) and the
    two quotations share no content word: two statements, not one told twice."""
    qa, qb = _quoted_statement(a, least, lang), _quoted_statement(b, least, lang)
    return qa is not None and qb is not None and not qa & qb
