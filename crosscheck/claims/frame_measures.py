"""Measures read from a figure's neighbours: a listed figure -> the frame of the one before it;
a duration -> the timed thing it measures.

``continued_list`` gives a figure that continues a list of owned figures ("Trump has 740
delegates, Cruz 514") the measure of the figure before it; ``timed_thing`` reads what a
duration with no subject measures ("a 10-day campaign", "two weeks of campaigning").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from crosscheck.claims.frame_durations import (
    is_allowance,
    is_limit,
    is_part_of,
    is_term,
    of_topic,
    timed_before,
    timed_form,
    timed_noun,
    witness_length,
)
from crosscheck.claims.frame_owner import listed_name
from crosscheck.claims.frame_roles import CHANGE, COMPATIBLE_ROLES, TOTAL
from crosscheck.claims.frame_words import canonical, frame_words, noun_phrase_forward
from crosscheck.claims.frames import SIZED, Frame
from crosscheck.claims.function_words import function_words
from crosscheck.model import Claim, Quantity
from crosscheck.text.words import Token, lemma

# How far (in characters) a listed figure may stand from the owned figure it continues.
_LIST_REACH = 80
# The rest of a spelled-out figure's hyphenated word: "five[-state] bus tour".
_JOINED_PART = re.compile(r"-([^\W\d_]+)(?![\w-])")


def continued_list(
    frame: Frame, q: Quantity, before: Sequence[Token], previous: Claim | None, lang: str
) -> Frame:
    """The frame of a figure that continues a list of owned figures with only a name before
    it: "Smith now has 740 delegates, [Jones 514]" counts Jones's delegates; "the Dow fell 2%,
    [the Nasdaq 3%]" is the Nasdaq's move. The figure takes the measure of the one before it
    and the name as its owner; anything else is left as it was."""
    if previous is None or previous.value is None or previous.kind != q.unit.value:
        return frame
    if not previous.actor or not previous.what or q.start - previous.end > _LIST_REACH:
        return frame
    if previous.role not in COMPATIBLE_ROLES and previous.role != CHANGE:
        return frame
    name = listed_name(before, lang)
    if not name or name == previous.actor:
        return frame
    what = previous.what
    if what.startswith(previous.actor + " "):
        what = f"{name}{what[len(previous.actor) :]}"  # "dow fell" -> "nasdaq fell"
    return replace(frame, what=what, event=previous.event, role=previous.role, actor=name)


def timed_thing(
    q: Quantity, after: Sequence[Token], before: Sequence[Token] = (), *, lang: str
) -> str:
    """What a duration with no subject measures, when a timed noun follows it: "a [10-day]
    campaign", "an eight-minute video", "two weeks of [campaigning]"; or when one stands
    before it: "the hearing, which lasted [six hours]"; "" otherwise, and for a limit ("up
    to six hours of debate")."""
    if is_limit(q, lang):
        return ""
    inner = q.text.strip()
    if after and after[0].lower == function_words(lang).of_link and len(after) > 1:
        if is_part_of(after[1], lang):
            return ""  # "33 days of [a] shutdown", "seven years of [a] 35-year sentence": a part
        if is_allowance(before, lang):
            return ""  # "the rules [give] each side 24 hours of arguments": time allowed
        phrase = noun_phrase_forward(after[1:], lang)  # not "seven years of [campaign promises]"
        if len(phrase) != 1:
            return ""
        form = timed_form(lemma(phrase[0].text, lang), lang)
        following = [t for t in after if t.start > phrase[0].start]
        return "" if of_topic(form, following, lang) else form  # not "of debate [on] the rule"
    if "-" not in inner.strip("-") or not after or not after[0].is_word:
        return timed_before(before, lang) or witness_length(before, after, lang)
    # "eight-minute [long]"
    skip = 1 if after[0].lower in frame_words(lang).duration_suffixes else 0
    phrase = noun_phrase_forward(after[skip:], lang)
    ends = [k for k in range(len(phrase), 0, -1) if timed_noun(canonical(phrase[:k], lang), lang)]
    if not ends:
        return ""
    rest = [t for t in after if t.start > phrase[ends[0] - 1].start]
    if is_term(phrase[ends[0] - 1], rest, lang):
        return ""  # "a two-year session [of] Congress": a body's term, not a sitting
    return canonical(phrase[: ends[0]], lang)  # "a 70-minute [session] Wednesday"


def sized_compound(
    after: Sequence[Token],
    frame: Frame,
    end: int,
    tail: str,
    subject: Sequence[Token] = (),
    *,
    lang: str,
) -> tuple[Frame, int]:
    """A count in a compound adjective gives the size of the noun after it: "a [313-member]
    executive committee" counts the committee's members ("executive committee member"),
    the claim's words then ending after the part counted; a spelled-out figure joined to its
    part in one word ("a [five-state] bus tour", ``tail`` the text right after the figure)
    counts the states of the tour its noun phrase (``subject``) names."""
    joined = _JOINED_PART.match(tail)
    if joined is not None and subject:
        part = lemma(joined.group(1), lang)
        thing = _sized_thing(subject, lang) if part in _sized_parts(lang) else ""
        return (
            (replace(frame, what=f"{thing} {part}", event=SIZED, role=TOTAL), end)
            if thing
            else (frame, end)
        )
    if subject or len(after) < 3 or after[0].text != "-" or after[0].end != after[1].start:
        return frame, end
    part = lemma(after[1].text, lang)
    if part not in _sized_parts(lang) or after[1].lower != part:
        return frame, end  # "The [5]-steps include": a plural part is no compound adjective
    thing = _sized_thing(noun_phrase_forward(after[2:], lang), lang)
    if not thing:
        return frame, end
    return replace(frame, what=f"{thing} {part}", event=SIZED, role=TOTAL), after[1].end


def _sized_parts(lang: str) -> frozenset[str]:
    """The parts a compound adjective sizes its noun with: compared ones and listed ones."""
    words = frame_words(lang)
    return words.sized_parts | words.listed_sized_parts


def _sized_thing(phrase: Sequence[Token], lang: str) -> str:
    """The thing a compound adjective sizes: its noun phrase up to an event word
    ("executive committee [voted]")."""
    events = frame_words(lang).events
    cut = next((i for i, t in enumerate(phrase) if (t.lower,) in events), len(phrase))
    return canonical(phrase[:cut], lang)
