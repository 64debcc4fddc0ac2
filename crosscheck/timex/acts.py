"""A bare weekday after a present-tense act: "Kerry heads to Geneva on Thursday".

A verb of ``present_act_verbs`` after a capitalised subject or a word of
``present_act_subjects`` ("Walker faces Barrett on Tuesday", "she faces him in a debate Sunday
night") tells of an act under way or ahead, or, in a caption or headline, one just past: the
present tense gives no direction, so the weekday is the nearer of the last and the coming one
(the two lie seven days apart). An article of Monday reads "Walker faces Barrett on Tuesday"
as the next day, one of Wednesday reads the caption "Walker addresses supporters Tuesday
night" as the day before. The base form after a plural subject counts too ("The two men face
off again Tuesday night", ``present_act_plural_subjects``). Only words without a tense cue
may stand between the verb and the weekday, and none of ``present_act_breaks`` ("Biden holds
45 percent of the delegates after Super Tuesday": the weekday dates another event); a
possessive weekday ("in Tuesday's primary") names an event and is left to the clause's tense.

The nearer day is read too, when the clause does not read the weekday ahead, for a possessive
weekday after a phrase of ``anticipation_phrases`` ("the final poll before Tuesday's
election"), a weekday an event is moved to ("delaying the vote ... to Thursday",
``reschedule_verbs``) and one that ends a time given for an act ("giving Leung until
Wednesday to respond", ``deadline_openers``); a headline's "X to <verb>" with no tense cue
("Obama to make a statement Wednesday afternoon") is the coming one.
"""

from __future__ import annotations

import re
from datetime import date

from crosscheck.timex.lexicon import TimeLexicon
from crosscheck.timex.patterns import WORD
from crosscheck.timex.records import UNKNOWN, Context
from crosscheck.timex.tense import (
    clause_text_before,
    cue,
    fold,
    folded_words,
    forward_or_conditional,
    plural_subject,
    tense,
)

__all__ = [
    "named_day_start",
    "present_act_before",
    "weekday_forward",
    "weekday_forward_off_anchor",
]

_POSSESSIVE = re.compile(r"['\u2019]s\b")
# A possessive ending after a weekday, or after one word (a part of the day) right after it.
_PART_THEN_POSSESSIVE = re.compile(r"(?:[ \t]+([a-z]+))?['\u2019]s\b")


def weekday_forward(ctx: Context, start: int, end: int, number: int, anchor: date) -> bool:
    """Whether the bare weekday ``number`` (Monday 0) at ``start:end`` is the coming one:
    its clause looks forward (``weekday_looks_forward``), or a present-tense act stands before
    it and the coming such day is nearer than the last. A weekday that ends the name of a day
    ("Super Tuesday", ``named_day_heads``) is read from the name's start, and a possessive of
    ``named_day_back_possessives`` or ``named_day_ahead_possessives`` before the name places
    it ("yesterday's Super Tuesday contests")."""
    lead = named_day_start(ctx, start, end)
    if lead is not None:
        told = _told_by_possessive(ctx, lead)
        if told is not None:
            return told
    if forward_or_conditional(ctx, start, end, lead=lead):
        return not _possessive_beyond_reach(ctx, end, number, anchor)  # "if we win on Tuesday"
    if _headline_infinitive(ctx, start, end):
        return True  # "Obama to make a statement Wednesday afternoon"
    words = _words_before_weekday(ctx, start, end)  # read by each of the three next
    if (
        _possessive_anticipated(ctx, end, words)
        or _rescheduled_to(ctx, words)
        or _deadline_given(ctx, end, words)
    ):
        return _coming_nearer(number, anchor)  # "the final poll before Tuesday's election"
    if _POSSESSIVE.match(ctx.text, end) or not present_act_before(ctx, start):
        return False
    return _coming_nearer(number, anchor)


def _coming_nearer(number: int, anchor: date) -> bool:
    """Whether the coming weekday ``number`` lies nearer ``anchor`` than the last one."""
    return (number - anchor.weekday()) % 7 < (anchor.weekday() - number) % 7


def _headline_infinitive(ctx: Context, start: int, end: int) -> bool:
    """Whether the clause of the weekday at ``start:end`` opens with a headline's future: at
    most ``headline_subject_words`` capitalised words (none ending like a participle, one of
    ``infinitive_not_verb_endings``: "According to"), then a word of ``infinitive_marks`` and
    a verb in lower case ("Senate to vote Friday on Hagel", "House Intelligence Committee to
    review impeachment investigation report Monday"), and gives no tense cue."""
    lex = ctx.lex
    clause = clause_text_before(ctx.text, start, lex.clause_titles)
    if len(clause) >= start - max(0, start - 150) and start > 150:
        return False  # the clause may open farther back
    words = WORD.findall(clause)
    marks = [i for i, w in enumerate(words) if fold(w) in lex.infinitive_marks]
    if not marks or not 1 <= marks[0] <= lex.headline_subject_words:
        return False
    subject, verb = words[: marks[0]], words[marks[0] + 1 : marks[0] + 2]
    if not verb or not (verb[0].isalpha() and verb[0].islower()):
        return False
    if fold(verb[0]) in lex.infinitive_not_verbs or verb[0].endswith(
        lex.infinitive_not_verb_endings
    ):
        return False
    if any(
        not w[:1].isupper() or w.lower().endswith(lex.infinitive_not_verb_endings) for w in subject
    ):
        return False
    return tense(ctx, start, end) == UNKNOWN


def _possessive_anticipated(ctx: Context, end: int, words: list[str]) -> bool:
    """Whether the weekday at ``start:end`` is possessive, with or without a part of the day
    between ("Tuesday's election", "Saturday night's debate"), right after a phrase of
    ``anticipation_phrases`` ("before", "in advance of"): the time before the event it names.
    ``words``: ``_words_before_weekday``."""
    if not _possessive_after(ctx, end):
        return False
    return any(tuple(words[-len(p) :]) == p for p in ctx.lex.anticipation_phrases)


def _rescheduled_to(ctx: Context, words: list[str]) -> bool:
    """Whether the weekday at ``start:end`` comes right after a word of ``infinitive_marks``
    ("to", "up to", "back to") with a word of ``reschedule_verbs`` at most
    ``reschedule_reach`` words before it in its clause: the new day of a moved event ("delaying
    the vote ... to Thursday", "moved up to Friday from Monday a deadline"). ``words``:
    ``_words_before_weekday``."""
    if not words or words[-1] not in ctx.lex.infinitive_marks:
        return False
    reach = words[-1 - ctx.lex.reschedule_reach : -1]
    return any(word in ctx.lex.reschedule_verbs for word in reach)


_INFINITIVE_AFTER = re.compile(r"(?:[ \t]+([a-z]+))?[ \t]+([a-z]+)[ \t]+([a-z]+)")


def _deadline_given(ctx: Context, end: int, words: list[str]) -> bool:
    """Whether the weekday at ``start:end`` ends a time given for an act: a word of
    ``deadline_openers`` ("until") at most ``deadline_reach`` words before it, and a word of
    ``infinitive_marks`` before a verb right after it, or after a part of the day after it
    ("giving Leung until Wednesday to respond", "gave the Justice Department until 2 p.m. ET
    Friday to either confirm"). ``words``: ``_words_before_weekday``."""
    reach = words[-ctx.lex.deadline_reach :]
    if not any(word in ctx.lex.deadline_openers for word in reach):
        return False
    after = _INFINITIVE_AFTER.match(ctx.text, end)
    if after is None:
        return False
    part, mark, verb = after.groups()
    if part is not None and part not in ctx.lex.day_part_words:
        part, mark, verb = None, part, mark  # no part of the day: "until Friday to decide"
    return mark in ctx.lex.infinitive_marks and verb not in ctx.lex.infinitive_not_verbs


def _words_before_weekday(ctx: Context, start: int, end: int) -> list[str]:
    """The words of the clause before the weekday of the span ``start:end`` (lower case), with
    the span's own scope words ("before" of "before Tuesday") but not its weekday nor a part
    of the day after it."""
    clause = clause_text_before(ctx.text, start, ctx.lex.clause_titles)
    words = folded_words(clause) + folded_words(ctx.text[start:end])  # "before Tuesday"
    while words and (words[-1].title() in ctx.lex.weekdays or words[-1] in ctx.lex.day_part_words):
        words.pop()
    return words


def weekday_forward_off_anchor(
    ctx: Context, start: int, end: int, number: int, anchor: date
) -> bool:
    """``weekday_forward`` for a weekday other than the anchor's; False, its clause not read,
    for the anchor's own weekday, which ``relative.weekday_day`` places on the anchor whether
    it looks forward or back (the last such day and the coming one are both the anchor). Half
    the bare weekdays of the 451 stories are the publication day's, and reading the clause
    was a fifth of the times stage."""
    if number == anchor.weekday():
        return False
    return weekday_forward(ctx, start, end, number, anchor)


_NAME_HEAD = re.compile(r"([^\W\d_a-z][\w'\u2019]*)[ \t]+$")


def named_day_start(ctx: Context, start: int, end: int) -> int | None:
    """The start of a capitalised word of ``named_day_heads`` right before the weekday name
    in ``start:end`` (one space or tab between): "Super Tuesday", "Good Friday", "Super Bowl
    Sunday"; None when there is none, or a word between ("celebrate Easter on Sunday")."""
    names = [w for w in WORD.finditer(ctx.text, start, end) if w[0].title() in ctx.lex.weekdays]
    if not names:
        return None
    first = names[0].start()
    found = _NAME_HEAD.search(ctx.text, max(0, first - 40), first)
    if found is None or found[1].lower() not in ctx.lex.named_day_heads:
        return None
    return found.start(1)


def _possessive_beyond_reach(ctx: Context, end: int, number: int, anchor: date) -> bool:
    """Whether the weekday ending at ``end`` is possessive, with or without a part of the day
    between ("Monday's ruling", "Saturday night's debate"), and its coming day lies more than
    ``possessive_weekday_ahead_days`` after ``anchor``: the event it names is the last one."""
    if not _possessive_after(ctx, end):
        return False
    return (number - anchor.weekday()) % 7 > ctx.lex.possessive_weekday_ahead_days


def _possessive_after(ctx: Context, end: int) -> bool:
    """Whether a possessive ending follows the weekday ending at ``end``, right after it or
    after a part of the day ("Tuesday's election", "Saturday night's debate")."""
    after = _PART_THEN_POSSESSIVE.match(ctx.text, end)
    return after is not None and (not after[1] or after[1].lower() in ctx.lex.day_part_words)


def _told_by_possessive(ctx: Context, lead: int) -> bool | None:
    """Whether a possessive right before a day's name places it ahead (True: "tomorrow's"),
    back (False: "yesterday's", "last week's"), or neither (None)."""
    words = folded_words(clause_text_before(ctx.text, lead))[-2:]
    tails = {" ".join(words[-n:]) for n in (1, 2) if len(words) >= n}
    if tails & ctx.lex.named_day_back_possessives:
        return False
    if tails & ctx.lex.named_day_ahead_possessives:
        return True
    return None


def present_act_before(ctx: Context, start: int) -> bool:
    """Whether a verb of ``present_act_verbs`` after its subject stands before ``start`` in
    its clause, within ``present_act_reach`` words, with no tense cue nor break word between."""
    lex = ctx.lex
    words = WORD.findall(clause_text_before(ctx.text, start, lex.clause_titles))
    folded = [fold(w) for w in words]
    for index in range(len(words) - 1, max(0, len(words) - 1 - lex.present_act_reach), -1):
        word = folded[index]
        if word in lex.present_act_verbs:
            return _subject(words[index - 1], lex.present_act_subjects, lex.adjective_openers)
        if _plural_act(folded, index, lex):
            return True  # "The two men face off again Tuesday night"
        if word in lex.present_act_breaks or cue(folded, index, lex) != UNKNOWN:
            return False
    return False


def _plural_act(words: list[str], index: int, lex: TimeLexicon) -> bool:
    """Whether the word at ``index`` (lower case) is the base form of a verb of
    ``present_act_verbs`` ("face" of "faces") after a plural subject: a word of
    ``present_act_plural_subjects`` ("they", "men") or one that looks plural ("candidates")."""
    forms = {words[index] + ending for ending in lex.present_endings}
    if index == 0 or not forms & lex.present_act_verbs:
        return False
    subject = words[index - 1]
    return subject in lex.present_act_plural_subjects or plural_subject(subject, lex)


def _subject(word: str, pronouns: frozenset[str], openers: frozenset[str]) -> bool:
    """Whether a word can be the subject of the verb after it: a capitalised word that is no
    determiner ("Walker", not "The heads"), or one of ``pronouns``."""
    folded = word.lower()
    if folded in pronouns:
        return True
    return word[:1].isupper() and folded not in openers
