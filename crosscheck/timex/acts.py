"""A bare weekday after a present-tense act: "Kerry heads to Geneva on Thursday".

A verb of ``present_act_verbs`` after a capitalised subject or a word of
``present_act_subjects`` ("Walker faces Barrett on Tuesday", "she faces him in a debate Sunday
night") tells of an act under way or ahead, or, in a caption or headline, one just past: the
present tense gives no direction, so the weekday is the nearer of the last and the coming one
(the two lie seven days apart). An article of Monday reads "Walker faces Barrett on Tuesday"
as the next day, one of Wednesday reads the caption "Walker addresses supporters Tuesday
night" as the day before. Only words without a tense cue may stand between the verb and the
weekday, and none of ``present_act_breaks`` ("Biden holds 45 percent of the delegates after
Super Tuesday": the weekday dates another event); a possessive weekday ("in Tuesday's
primary") names an event and is left to the clause's tense.
"""

from __future__ import annotations

import re
from datetime import date

from crosscheck.timex.patterns import WORD
from crosscheck.timex.records import UNKNOWN, Context
from crosscheck.timex.tense import clause_text_before, cue, weekday_looks_forward

__all__ = ["present_act_before", "weekday_forward"]

_POSSESSIVE = re.compile(r"['\u2019]s\b")


def weekday_forward(ctx: Context, start: int, end: int, number: int, anchor: date) -> bool:
    """Whether the bare weekday ``number`` (Monday 0) at ``start:end`` is the coming one:
    its clause looks forward (``weekday_looks_forward``), or a present-tense act stands before
    it and the coming such day is nearer than the last."""
    if weekday_looks_forward(ctx, start, end):
        return True
    if _POSSESSIVE.match(ctx.text, end) or not present_act_before(ctx, start):
        return False
    return (number - anchor.weekday()) % 7 < (anchor.weekday() - number) % 7


def present_act_before(ctx: Context, start: int) -> bool:
    """Whether a verb of ``present_act_verbs`` after its subject stands before ``start`` in
    its clause, within ``present_act_reach`` words, with no tense cue nor break word between."""
    lex = ctx.lex
    words = WORD.findall(clause_text_before(ctx.text, start))
    folded = [w.lower().replace("\u2019", "'") for w in words]
    for index in range(len(words) - 1, max(0, len(words) - 1 - lex.present_act_reach), -1):
        word = folded[index]
        if word in lex.present_act_verbs:
            return _subject(words[index - 1], lex.present_act_subjects, lex.adjective_openers)
        if word in lex.present_act_breaks or cue(folded, index, lex) != UNKNOWN:
            return False
    return False


def _subject(word: str, pronouns: frozenset[str], openers: frozenset[str]) -> bool:
    """Whether a word can be the subject of the verb after it: a capitalised word that is no
    determiner ("Walker", not "The heads"), or one of ``pronouns``."""
    folded = word.lower()
    if folded in pronouns:
        return True
    return word[:1].isupper() and folded not in openers
