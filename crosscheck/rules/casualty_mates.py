"""Casualty mates: a figure pair and the story's figures -> whether an "others" count and the
count it meets are of two incidents.

"Killing 12 people and wounding 58 others" counts the wounded of the incident that killed 12
(``claims.coordination.others_of_another_event`` reads the 58 as its event's total). Such a
figure is compared only with a count of its event whose sentence gives, before it, the same
count of that other casualty: Aurora's "killing 12 people and wounding 58 others" is not Fort
Hood's "killing 13 soldiers and civilians and wounding more than two dozen others", nor a
war's "rocket fire killed four Israeli civilians and wounded 219 other people" the bus bomb's
"Twenty-two people were injured". Where the two mates differ, that difference is a pair of
its own. The two sides must name the same place or none: "injured at least four" of "four
exploding packages in Austin" is not the whole spree's "injured at least five others", nor is
a count its article adds to in the next sentence ("injured at least four. Another blast outside
the city injured one person").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from crosscheck.claims.coordination import others_words
from crosscheck.claims.frame_roles import TOTAL
from crosscheck.claims.frame_words import frame_words
from crosscheck.model import Claim, ClaimPair, Source
from crosscheck.text.tokens import lowered_words

# The marks that end a sentence, and how many characters after it its next word is read in.
_ENDS = (".", "!", "?", '"', "\u201d")
_NEXT_WORD = 24


def unlike_mates(
    pair: ClaimPair, sources: Mapping[str, Source], figures: Iterable[Claim], lang: str
) -> bool:
    """Whether a side of ``pair`` is an "others" count whose sentence's count of another
    casualty the other side's sentence does not give alike, or whose place the other side's
    is not."""
    claims: tuple[Claim, ...] | None = None
    for one, other in ((pair.a, pair.b), (pair.b, pair.a)):
        if not _others_count(one, sources, lang):
            continue
        claims = tuple(figures) if claims is None else claims
        if one.place != other.place or _summed_on(other, sources, lang):
            return True  # "at least four" in Austin, and "another blast injured one person"
        mine = _mate(one, claims, "", lang)
        theirs = _mate(other, claims, mine.event, lang) if mine is not None else None
        if mine is None or theirs is None or not _same_value(mine, theirs):
            return True
    return False


def _others_count(claim: Claim, sources: Mapping[str, Source], lang: str) -> bool:
    """A casualty total whose figure "others" follows ("wounded 58 [others]")."""
    words, events = others_words(lang)
    source = sources.get(claim.source)
    if claim.role != TOTAL or claim.event not in events or claim.value is None or not source:
        return False
    following = lowered_words(source.text[claim.value.end : claim.value.end + 20])
    return bool(following) and following[0] in words


def _mate(claim: Claim, claims: tuple[Claim, ...], event: str, lang: str) -> Claim | None:
    """The nearest count before ``claim`` in its sentence of another casualty event (of
    ``event`` when given)."""
    _, events = others_words(lang)
    found = [
        c
        for c in claims
        if c.source == claim.source
        and claim.sentence_start <= c.start
        and c.end <= claim.start
        and c.kind == claim.kind
        and c.value is not None
        and c.event in events
        and c.event != claim.event
        and (not event or c.event == event)
    ]
    return max(found, key=lambda c: c.start) if found else None


def _summed_on(claim: Claim, sources: Mapping[str, Source], lang: str) -> bool:
    """Whether the sentence after ``claim``'s opens with an increment word ("injured at least
    four. [Another] blast outside the city injured one person"): the figure is a part of
    its article's sum."""
    source = sources.get(claim.source)
    if source is None or not source.text[: claim.sentence_end].rstrip().endswith(_ENDS):
        return False
    following = lowered_words(source.text[claim.sentence_end : claim.sentence_end + _NEXT_WORD])
    return bool(following) and following[0] in frame_words(lang).increment_before


def _same_value(a: Claim, b: Claim) -> bool:
    """Whether two counts give one value ("three" / "3")."""
    if a.value is None or b.value is None:
        return False
    return (a.value.low, a.value.high) == (b.value.low, b.value.high)
