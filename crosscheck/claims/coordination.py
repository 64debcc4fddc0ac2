"""Coordinated figures: a figure and the claim before it -> the frame it shares with it.

"Five soldiers were killed and 12 wounded", "killing 30 Palestinians and wounding 80": the
second figure of a pair joined by a conjunction has no noun of its own and another event;
it counts the first's noun ("12 wounded [soldiers]") at the first's place. Only the words
of ``[coordination]`` in ``lexicon/en/events.toml`` (a joiner, auxiliaries, bound words)
and event words may stand between the first figure's words and the second figure.

The first may be one of a group with no figure: "an Israeli soldier was killed and 16 were
wounded" counts 16 soldiers, when the noun is one of ``singular_groups`` (soldiers, police
officers: a unit's casualties) after a word of ``singular_determiners``. A man, a child or
a victim is no such group: the others hurt with him are anyone.

A group listed by its own noun inside the figure before it ("killing 84 people -- including
10 children") counts under that figure's event (``listed_subgroup``), and gives its noun to
no figure coordinated after the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from crosscheck.claims.frame_events import figure_event
from crosscheck.claims.frame_roles import INCREMENT, TOTAL
from crosscheck.claims.frame_what import PERSON
from crosscheck.claims.frame_words import canonical, frame_words
from crosscheck.claims.frames import Frame, subgroup_words
from crosscheck.lexicon import load_lexicon, lower_words, require
from crosscheck.model import Claim, Quantity, Unit
from crosscheck.text.words import Token, lemma


@dataclass(frozen=True, slots=True, kw_only=True)
class _CoordinationWords:
    joiners: frozenset[str]
    links: frozenset[str]
    reach: int
    determiners: frozenset[str]
    groups: frozenset[tuple[str, ...]]
    others: frozenset[str]
    others_events: frozenset[str]
    subgroup_between: frozenset[str]
    subgroup_reach: int


@cache
def _words(lang: str) -> _CoordinationWords:
    data = require(load_lexicon("events", lang), "coordination", dict, "events", lang=lang)
    return _CoordinationWords(
        joiners=lower_words(data, "joiners", "events", lang=lang),
        links=lower_words(data, "links", "events", lang=lang),
        reach=int(require(data, "reach", int, "events", lang=lang)),
        determiners=lower_words(data, "singular_determiners", "events", lang=lang),
        groups=frozenset(
            tuple(str(g).lower().split())
            for g in require(data, "singular_groups", list, "events", lang=lang)
        ),
        others=lower_words(data, "others_words", "events", lang=lang),
        others_events=lower_words(data, "others_events", "events", lang=lang),
        subgroup_between=lower_words(data, "subgroup_between", "events", lang=lang),
        subgroup_reach=int(require(data, "subgroup_reach", int, "events", lang=lang)),
    )


def coordinated(
    frame: Frame,
    q: Quantity,
    around: tuple[Sequence[Token], Sequence[Token]],
    previous: Claim | None,
    first: int,
    lang: str,
) -> Frame:
    """The frame of a bare count whose noun is the figure's before it in a coordinated pair
    ("and 12 wounded" after "Five soldiers were killed"): that figure's what, and its place
    when this one has none. ``around`` are the tokens before and after the figure, ``first``
    where its sentence starts; any other frame is returned as it is."""
    if q.unit is not Unit.COUNT or frame.what != PERSON or not frame.event:
        return frame
    before, after = around
    if after and after[0].lower in frame_words(lang).increment_after:
        return frame  # "wounded 219 other people", "250 others": not the first's noun
    if previous is None or previous.value is None or previous.start < first:
        group = _singular_group([t for t in before if t.start >= first], frame.event, lang)
        return replace(frame, what=group) if group else frame
    if previous.kind != q.unit.value or previous.what in ("", PERSON) or not previous.event:
        return frame
    if previous.end <= previous.value.end:
        return frame  # "the three killed and the 200 injured": no noun of its own to give
    if previous.event == frame.event:
        return frame  # "killed 5 soldiers and 3 civilians": another noun, the same event
    if _listed(before, previous, lang):
        return frame  # "killed 80 people, including 33 children, and injured 500": not children
    between = [t for t in before if t.start >= previous.end]
    if not _joined(between, lang):
        return frame
    return replace(frame, what=previous.what, place=frame.place or previous.place)


def others_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words that mark the rest of the people after a count, and the casualty events
    whose counts they set apart (``[coordination]`` others_words, others_events)."""
    cw = _words(lang)
    return cw.others, cw.others_events


def others_of_another_event(
    frame: Frame, q: Quantity, after: Sequence[Token], previous: Claim | None, first: int, lang: str
) -> Frame:
    """A total read as an increment for its "others" after a count of another casualty event
    in its sentence ("killed three people and injured more than 180 others": the injured are
    not more of the killed) -> that frame as a total; any other frame as it is."""
    cw = _words(lang)
    if frame.role != INCREMENT or not after or after[0].lower not in cw.others:
        return frame
    if previous is None or previous.value is None or previous.start < first:
        return frame
    if previous.kind != q.unit.value or previous.role != TOTAL:
        return frame
    events = {previous.event, frame.event}
    if len(events) < 2 or not events <= cw.others_events:
        return frame  # "12 died and four others died later": more of the same count
    return replace(frame, role=TOTAL)


def listed_subgroup(
    frame: Frame,
    q: Quantity,
    before: Sequence[Token],
    previous: Claim | None,
    first: int,
    lang: str,
) -> Frame:
    """The frame of a group listed by its own noun inside the count before it ("killing 84
    people -- including [10 children]", "278 people were killed, including [235 civilians]"):
    that count's event, and its place when this one has none. Only when the group has no
    event of its own, the listing word (``subgroup_before``) stands right before it, and
    nothing but punctuation, links and event words (``[coordination]`` subgroup_between,
    at most subgroup_reach words) stands between it and the whole's figure, a total of its
    sentence; any other frame is returned as it is."""
    if q.unit is not Unit.COUNT or frame.event or frame.what in ("", PERSON):
        return frame
    if not before or before[-1].lower not in subgroup_words(lang):
        return frame
    if previous is None or previous.value is None or previous.start < first:
        return frame
    if previous.kind != q.unit.value or not previous.event or previous.role != TOTAL:
        return frame
    between = [t for t in before[:-1] if t.start >= previous.end]
    if len(between) > _words(lang).subgroup_reach:
        return frame
    if not all(_between_listing(t, lang) for t in between):
        return frame
    return replace(frame, event=previous.event, place=frame.place or previous.place)


def _listed(before: Sequence[Token], previous: Claim, lang: str) -> bool:
    """Whether the figure before is a group listed inside a whole ("including 33 children")."""
    ahead = [t for t in before if t.end <= previous.start]
    return bool(ahead) and ahead[-1].lower in subgroup_words(lang)


def _between_listing(token: Token, lang: str) -> bool:
    """Whether a word may stand between a whole's figure and the group listed inside it."""
    cw = _words(lang)
    lower = token.lower
    if not token.is_word or lower in cw.links or lower in cw.subgroup_between:
        return True
    return bool(figure_event([token], nearest_last=True, lang=lang))


def _joined(between: Sequence[Token], lang: str) -> bool:
    """Whether the words between two figures join them: a joiner, each at most once ("were
    killed, and"), and besides only links, bound words and event words ("and wounding")."""
    cw = _words(lang)
    if not between or len(between) > cw.reach:
        return False
    joiners = [t.lower for t in between if t.lower in cw.joiners]
    if not joiners or len(set(joiners)) != len(joiners):
        return False  # "killed, and": one of each at most
    return all(_joinable(token, lang) for token in between)


def _joinable(token: Token, lang: str) -> bool:
    """Whether a word may stand between two coordinated figures: a joiner, a link, a bound
    word or an event word."""
    cw = _words(lang)
    lower = token.lower
    if lower in cw.joiners or lower in cw.links or lower in frame_words(lang).fillers:
        return True
    return bool(figure_event([token], nearest_last=True, lang=lang))


def _singular_group(before: Sequence[Token], event: str, lang: str) -> str:
    """The group noun of "a soldier was killed and [16 were wounded]": the lemmas of a noun of
    ``singular_groups`` with the words qualifying it ("israeli soldier"), when a word of
    ``singular_determiners`` opens its phrase and its clause joins the figure under another
    event; "" otherwise."""
    cw = _words(lang)
    j = len(before)
    while j > 0 and _joinable(before[j - 1], lang):
        j -= 1
    between = before[j:]
    events = {figure_event([t], nearest_last=True, lang=lang) for t in between} - {""}
    if not _joined(between, lang) or not events or event in events:
        return ""
    lemmas = [lemma(t.text, lang) for t in before[:j]]
    if not any(tuple(lemmas[len(lemmas) - n :]) in cw.groups for n in (1, 2)):
        return ""
    for k in range(j - 1, max(j - 4, 0) - 1, -1):
        if before[k].lower in cw.determiners:
            words = before[k + 1 : j]
            if all(t.is_word for t in words):
                return canonical(words, lang)
            return ""
    return ""
