"""A figure's role: the words around it -> total, part, base, change, increment, plan, rate,
estimate or aggregate.

"281 [of the] 3,050 passengers" (a part and its base), "[another] 179" (an increment), "fell
0.2 percentage points" (a change), "premiums [would] rise" (a plan); the role words are read
from ``events.toml`` (``frame_words``). Only roles of ``COMPATIBLE_ROLES`` are compared.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from crosscheck.claims.frame_events import figure_event
from crosscheck.claims.frame_reading import SentenceWords
from crosscheck.claims.frame_words import (
    PLAN,
    SENTENCE_END,
    clause_after,
    clause_before,
    frame_words,
    phrase_at,
    phrase_openers,
)
from crosscheck.claims.function_words import function_words
from crosscheck.model import Quantity, TimeRef, Unit
from crosscheck.text.words import Token, claim_words

TOTAL = "total"
PART = "part"
BASE = "base"
INCREMENT = "increment"
CHANGE = "change"
RATE = "rate"
OTHER = "other"
ESTIMATE = "estimate"
AGGREGATE = "aggregate"

# Roles compared with each other; a plan only with a plan; parts, increments, bases never.
COMPATIBLE_ROLES = frozenset({TOTAL, ESTIMATE, AGGREGATE})

# Words of a whole's noun before its own event participle ("the 12 Israeli soldiers [killed]").
_NOUN_REACH = 3


def _is_change(q: Quantity, tail: Sequence[str], after: Sequence[Token], lang: str) -> bool:
    """A change, not a level: "fell 0.2 percentage points", "rose 5%", "up from 49%"."""
    fw = frame_words(lang)
    if tail and tail[-1] in fw.change_before:
        return True
    if len(tail) >= 2 and tail[-1] in fw.change_from and tail[-2] in fw.change_before:
        return True
    if tail and tail[-1] in fw.change_from and _to_figure(after, lang):
        return True  # "revised the toll from five to four": the earlier value
    own = tuple(q.text.lower().split()[-2:])
    if own in fw.change_after or own[-1:] in fw.change_after:
        return True
    if not after or after[0].lower not in _change_openers(lang):
        return False  # no phrase of ``change_after`` starts right after the figure
    following = [t.lower for t in after[:2]]
    return any(hit[0] == 0 for hit in phrase_at(following, fw.change_after, 2))


@cache
def _change_openers(lang: str) -> frozenset[str]:
    """The first words of the ``change_after`` phrases (``phrase_openers``)."""
    return frozenset(phrase_openers(frame_words(lang).change_after))


def _to_figure(after: Sequence[Token], lang: str) -> bool:
    """Whether "to" and a figure follow ("from five [to four]")."""
    if len(after) < 2 or after[0].lower != function_words(lang).to_link:
        return False
    return after[1].is_number or after[1].lower in frame_words(lang).number_words


def figure_role(
    q: Quantity,
    before: Sequence[Token],
    after: Sequence[Token],
    clause: Sequence[Token],
    rest: Sequence[Token],
    times: Sequence[TimeRef],
    words: SentenceWords | None = None,
    *,
    lang: str,
) -> str:
    """The figure's role. The plan, rate, estimate and aggregate words are read only when
    the sentence may hold one (``SentenceWords.may_hold``): their windows are words of the
    sentence, so with none of them in it the figure is a total."""
    fw = frame_words(lang)
    if _increment_inside(q, fw.increment_after):
        return INCREMENT
    if (
        len(after) >= 2
        and after[0].lower == function_words(lang).of_link
        and after[1].lower in fw.part_after_of
    ):
        return PART
    tail = [t.lower for t in before[-3:]]
    if tail and tail[-1] in fw.part_before:
        return PART
    # "three of 40": the base of a part, unless it has its own event ("of the 12 killed")
    if _whole_of_part(tail, before, times, lang) and not _own_event(after, lang):
        return BASE
    if _is_change(q, tail, after, lang):
        return CHANGE
    if tail and tail[-1] in fw.increment_before:
        return INCREMENT
    if after and after[0].lower in fw.increment_after:
        return INCREMENT
    if words is not None and not _may_qualify(words, lang):
        return TOTAL
    near = [t.lower for t in _past_level_move(clause, lang)[-8:]]
    near += [t.lower for t in clause_after(rest, 4, lang=lang)]
    if phrase_at(near, fw.plan_words, 2):
        return PLAN
    if any(w in fw.rate_words for w in near):
        return RATE
    if any(w in fw.estimate_words for w in near):
        return ESTIMATE
    sentence_near = [t.lower for t in clause_before(before, stop=SENTENCE_END, last=8)]
    if phrase_at(sentence_near + near[-4:], fw.aggregate_words, 3):
        return AGGREGATE  # "In total, 17 people died ... during three days"
    return TOTAL


def _may_qualify(words: SentenceWords, lang: str) -> bool:
    """Whether a sentence may hold a plan, rate, estimate or aggregate word (``figure_role``)."""
    return words.may_hold_word(_qualifying_words(lang))


@cache
def _qualifying_words(lang: str) -> frozenset[str]:
    """The words a plan, rate, estimate or aggregate word of ``figure_role`` may start with: the
    sentence may hold one of them (``SentenceWords.may_hold``) only when it holds one of
    these."""
    fw = frame_words(lang)
    return frozenset(
        (
            *phrase_openers(fw.plan_words),
            *fw.rate_words,
            *fw.estimate_words,
            *phrase_openers(fw.aggregate_words),
        )
    )


def within_times(token: Token, times: Sequence[TimeRef]) -> bool:
    """Whether a token stands inside one of ``times`` ("conducted [Aug. 14-19] of 1,129")."""
    return any(t.start <= token.start < t.end for t in times)


def _past_level_move(clause: Sequence[Token], lang: str) -> Sequence[Token]:
    """The clause without a level's move to the figure ("the rate ticked [up to]" 7.9%):
    that "up to" says where the level went, no plan's ceiling."""
    words = [t.lower for t in clause[-3:]]
    if (
        len(words) == 3
        and tuple(words[1:]) == function_words(lang).level_move_to
        and words[0] in frame_words(lang).level_move_verbs
    ):
        return clause[:-2]
    return clause


def _whole_of_part(
    tail: Sequence[str], before: Sequence[Token], times: Sequence[TimeRef], lang: str
) -> bool:
    """Whether the figure is the whole a counted part is of: "three of [the] 40", "12 of 40",
    "most of the 40" (a part of ``_part_count`` before "of"; not a date's day: "conducted Aug.
    14-19 of 1,129")."""
    fn = function_words(lang)
    if tail[-1:] == [fn.of_link] and len(before) >= 2:
        return _part_count(before[: len(before) - 1], times, lang)
    if tail[-2:] == [fn.of_link, fn.definite_article] and len(before) >= 3:
        return _part_count(before[: len(before) - 2], times, lang)
    return False


def _part_count(words: Sequence[Token], times: Sequence[TimeRef], lang: str) -> bool:
    """Whether the last of ``words`` counts a part: a number, a number word ("[seven] of the
    12"), a share ("[half] of the 40", "20 [%] of the 40") or a quantifier ("[most] of the 40",
    "[nearly] all of the 40"; not "all of the 40": all of them)."""
    fw = frame_words(lang)
    token = words[-1]
    lower = token.lower
    share = lower.rsplit("-", 1)[-1]  # "two-thirds"
    if lower == function_words(lang).whole_quantifier:
        return len(words) >= 2 and words[-2].lower in fw.part_all_hedges
    return (
        _counts(token, times)
        or lower in fw.number_words
        or share in fw.part_share_words
        or lower in fw.part_quantifiers
    )


def _own_event(after: Sequence[Token], lang: str) -> bool:
    """Whether the whole's own noun phrase carries an event: a participle of
    ``whole_participles`` (of an event class) as its noun or right after it ("the 12 [killed]",
    "the 12 people [killed]", "the 40 people [arrested] Tuesday"), before any auxiliary or
    stop word ("the 40 passengers [were] hurt": the part's event)."""
    fw = frame_words(lang)
    stop = claim_words(lang).stop_words
    for token in after[: _NOUN_REACH + 1]:
        if token.lower in fw.whole_participles:
            return bool(figure_event([token], nearest_last=True, lang=lang))
        if not token.is_word or token.lower in stop or token.lower in fw.label_links:
            return False
    return False


def _counts(token: Token, times: Sequence[TimeRef]) -> bool:
    """Whether a token is a number that counts something, not a day or year of a time."""
    return token.is_number and not within_times(token, times)


def _increment_inside(q: Quantity, increment_after: frozenset[str]) -> bool:
    """Whether an increment word stands inside a duration, before its unit ("for 25 [more]
    years", "three [additional] weeks": numbers.toml's ``duration_gap_words``)."""
    words = q.text.lower().split()
    return q.unit is Unit.DURATION and len(words) >= 3 and words[-2] in increment_after
