"""A present-tense intent before a date: "Barr is scheduled to testify ... on March 31".

An intent held now ("he plans to ask ... at a hearing Wednesday", "they plan to make as they
try to defeat a handful of vulnerable senators in November", "is expected to take control of
the Senate Armed Services Committee in January") dates the act of its infinitive, which is
ahead, however many words stand between: a verb of ``present_intent_heads`` before "to" (not
a noun: after a word of ``adjective_openers`` or a possessive, "the plans to", "Obama's plan
to"), or a word of ``present_intent_be`` and one of ``present_intent_participles`` before it
("is expected to"). Past intents ("agreed to sell ... in October") are left to the clause's
other cues (``intent_reach`` in ``tense``): the date may be the agreement's.

Words are read with two marks the tense cues need: whether a word is part of a name or a
compound (capitalised inside the clause, or joined to another by a hyphen: "Armed",
"Democratic-controlled", "closed-camera"), whose "-ed" tells no tense of the clause, and
whether it is a possessive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.text.tries import trie_alternation
from crosscheck.timex.lexicon import TimeLexicon
from crosscheck.timex.patterns import WORD

__all__ = ["ClauseWord", "clause_words", "may_hold_intent", "present_intent_at"]

_APOSTROPHES = "'\u2019"


@dataclass(frozen=True, slots=True)
class ClauseWord:
    """One word of a clause: lower case, straight apostrophes, and its marks."""

    text: str
    named: bool  # capitalised after the clause's first word, or joined by a hyphen
    possessive: bool  # "Obama's", "Sanders'"


def may_hold_intent(clause: str, lex: TimeLexicon) -> bool:
    """Whether a word of ``present_intent_heads``, ``present_intent_participles`` or
    ``perfect_intent_heads`` may stand right before a word of ``infinitive_marks`` in
    ``clause`` (no letters joined to either): a cheap test before its words are read, as every
    present-tense intent (``present_intent_at``) holds one."""
    pattern = _intent_pattern(
        lex.present_intent_heads,
        lex.present_intent_participles,
        lex.perfect_intent_heads,
        lex.infinitive_marks,
    )
    return pattern.search(clause) is not None


@cache
def _intent_pattern(
    heads: frozenset[str],
    participles: frozenset[str],
    perfect_heads: frozenset[str],
    marks: frozenset[str],
) -> re.Pattern[str]:
    head = trie_alternation(_both_apostrophes(heads | participles | perfect_heads))
    mark = trie_alternation(_both_apostrophes(marks))
    return re.compile(rf"(?<![^\W\d_])(?:{head})[\W\d_]+(?:{mark})(?![^\W\d_])", re.IGNORECASE)


def _both_apostrophes(words: frozenset[str]) -> set[str]:
    """The words as written with a straight or a curly apostrophe (``clause_words`` reads
    both as one)."""
    return {form for w in words for form in (w, w.replace("'", "\u2019"))}


def clause_words(clause: str, lex: TimeLexicon) -> list[ClauseWord]:
    """The words of a clause with their marks (a possessive: one of ``possessive_endings``,
    or an apostrophe right after the word)."""
    out: list[ClauseWord] = []
    for m in WORD.finditer(clause):
        text = m.group().lower().replace("\u2019", "'")
        before = clause[m.start() - 1 : m.start()]
        after = clause[m.end() : m.end() + 1]
        named = (bool(out) and m.group()[:1].isupper()) or "-" in (before, after)
        possessive = text.endswith(lex.possessive_endings) or (
            after != "" and after in _APOSTROPHES
        )
        out.append(ClauseWord(text, named, possessive))
    return out


def present_intent_at(words: Sequence[ClauseWord], lex: TimeLexicon) -> int | None:
    """The index of the "to" of the last present-tense intent of a clause's words, or None."""
    for index in range(len(words) - 2, 1, -1):
        verb = words[index + 1].text not in lex.adjective_openers  # "to meet", not "to a"
        if verb and words[index].text in lex.infinitive_marks and _intent_before(words, index, lex):
            return index
    return None


def _intent_before(words: Sequence[ClauseWord], index: int, lex: TimeLexicon) -> bool:
    """Whether the words before the "to" at ``index`` hold a present-tense intent."""
    head, previous = words[index - 1], words[index - 2]
    if head.text in lex.present_intent_participles:
        return previous.text in lex.present_intent_be  # "is expected to"
    if head.text in lex.perfect_intent_heads:
        return previous.text in lex.present_perfect_auxiliaries  # "has agreed to"
    if head.text not in lex.present_intent_heads:
        return False
    return previous.text not in lex.adjective_openers and not previous.possessive
