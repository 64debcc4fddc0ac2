"""Vague gaps between two events -> ClaimPair records: "Hours after the tweet" beside the only
exact gap the story gives after the same anchor ("more than five hours after the tweet"), or
a gap led by "within" beside the only exact one of the same happening ("cleared within hours"
/ "within three hours, the camp was clear"). See ``gap_pairs``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from crosscheck.claims.frame_roles import TOTAL
from crosscheck.lexicon import load_lexicon, require
from crosscheck.match.vague_setting import LETTER_WORD, SHARED_WORDS, common_words, same_happening
from crosscheck.model import Claim, ClaimPair, Unit

_ANCHOR_WORDS = 4  # words read after the relation word for the anchor, within its clause
# content words two sentences share when a gap led by "within" names no anchor
_LED_SHARED_WORDS = SHARED_WORDS + 1
# a period ends a clause unless a capital letter stands before it ("the U.S. expelled")
_CLAUSE_END = re.compile(r"[,;:!?()\u2013\u2014]|(?<![A-Z])\.")


def gap_pairs(claims: Sequence[Claim], lang: str) -> list[ClaimPair]:
    """A vague gap between two events ("Hours after the tweet") beside the only exact gap the
    story gives after the same anchor ("more than five hours after the tweet").

    Both are durations of one unit followed by the same relation word ("after") and anchors
    that share a word (of the next ``_ANCHOR_WORDS`` that are not among the language's most
    frequent words), their sentences share at least ``SHARED_WORDS`` other such words (the
    same thing happened after the anchor), every exact gap of that anchor in the story is one value,
    and the vague side's own article gives none. A gap led by a lead word ("within hours")
    names no anchor: it is paired with the exact gaps of that lead word whose sentences share
    ``_LED_SHARED_WORDS`` content words (``_told_alike``), on the same other conditions, when
    its own article gives no exact gap of its unit at all (``_own_exact_unit``).
    """
    gaps = [(c, _relation(c, lang)) for c in claims if _gap(c)]
    pairs: list[ClaimPair] = []
    for v, key in gaps:
        led = key[0] in _lead_words(lang)
        if v.value is None or not v.value.vague or not (key[1] or led):
            continue
        exact = [(c, k) for c, k in gaps if c.value is not None and not c.value.vague]
        if led and _own_exact_unit(v, exact):
            continue
        if led:
            same = _told_alike(v, key, exact, lang)
        else:
            same = [c for c, (word, anchor) in exact if word == key[0] and anchor & key[1]]
        if not same or any(c.source == v.source for c in same):
            continue
        if len({_gap_days(c, lang) for c in same}) != 1:
            continue
        for e in same:
            if _gap_fits(v, e, lang) and same_happening(
                v, e, key[1] & _relation(e, lang)[1], lang=lang
            ):
                pairs.append(ClaimPair(a=v, b=e, score=100.0))
                break
    return pairs


def _told_alike(
    v: Claim,
    key: tuple[str, frozenset[str]],
    exact: Sequence[tuple[Claim, tuple[str, frozenset[str]]]],
    lang: str,
) -> list[Claim]:
    """The exact gaps led by the vague side's lead word ("within") whose sentences share
    ``_LED_SHARED_WORDS`` content words: a gap led so names no anchor in its own words, so
    the sentences must tell the same happening ("cleared within hours" / "within three hours,
    the camp was clear")."""
    return [
        c
        for c, (word, anchor) in exact
        if word == key[0] and same_happening(v, c, key[1] | anchor, _LED_SHARED_WORDS, lang=lang)
    ]


def _own_exact_unit(v: Claim, exact: Sequence[tuple[Claim, tuple[str, frozenset[str]]]]) -> bool:
    """Whether the vague side's own article gives an exact gap of its unit, of any relation
    ("knew within hours" beside its own "advised two hours after the attack")."""
    unit = v.value.dimension if v.value else None
    return any(c.source == v.source and c.value and c.value.dimension == unit for c, _ in exact)


def _gap(claim: Claim) -> bool:
    q = claim.value
    return q is not None and q.unit is Unit.DURATION and claim.role == TOTAL and not claim.what


def _gap_fits(v: Claim, e: Claim, lang: str) -> bool:
    """The same time unit, or the exact gap in the vague side's unit inside its range."""
    qv, qe = v.value, e.value
    if qv is None or qe is None:
        return False
    if qv.dimension == qe.dimension:
        return True
    days = _gap_days(e, lang)
    per = _days_per(lang).get(qv.dimension or "")
    if days is None or not per or qv.low is None:
        return False
    point = days / per
    if qv.high is not None and (point > qv.high or (point == qv.high and not qv.high_inclusive)):
        return False
    return point >= qv.low


@cache
def _lead_words(lang: str) -> frozenset[str]:
    """Words before a duration that make it a gap (``[numeric.gap_lead_words]``: "within")."""
    numeric = require(load_lexicon("compare", lang), "numeric", dict, "compare", lang=lang)
    return frozenset(str(w) for w in numeric.get("gap_lead_words", []))


@cache
def _days_per(lang: str) -> dict[str, float]:
    """Days per unit of duration (``[numeric.days_per]`` of ``compare.toml``): read here, not
    through the rules, so pairing stays below the rules that compare the pairs."""
    numeric = require(load_lexicon("compare", lang), "numeric", dict, "compare", lang=lang)
    return {
        str(k): float(v)
        for k, v in require(numeric, "days_per", dict, "compare", lang=lang).items()
    }


def _gap_days(claim: Claim, lang: str) -> float | None:
    """A duration's cited figure in days (None when its unit has no length in days)."""
    q = claim.value
    if q is None or q.point is None:
        return None
    per = _days_per(lang).get(q.dimension or "")
    return None if per is None else q.point * per


def _relation(claim: Claim, lang: str) -> tuple[str, frozenset[str]]:
    """The word right after a duration ("after") and the content words of the anchor."""
    q = claim.value
    if q is None:
        return ("", frozenset())
    offset = q.end - claim.sentence_start
    if not 0 <= offset <= len(claim.sentence):
        return ("", frozenset())
    before = [
        w.lower() for w in LETTER_WORD.findall(claim.sentence[: q.start - claim.sentence_start])
    ]
    if before and before[-1] in _lead_words(lang):
        return (before[-1], frozenset())
    words = [w.lower() for w in LETTER_WORD.findall(claim.sentence[offset:])]
    if not words:
        return ("", frozenset())
    clause = _CLAUSE_END.split(claim.sentence[offset:], maxsplit=1)[0]
    anchor = [w.lower() for w in LETTER_WORD.findall(clause)][1 : 1 + _ANCHOR_WORDS]
    return (words[0], frozenset(w for w in anchor if w not in common_words(lang)))


def gap_words(claim: Claim, lang: str) -> str:
    """The words that make a duration a gap, as the sentence writes them: "within hours"
    (a lead word before it), "days after" (the relation word after it); "" for a figure that
    is no gap (``gap_pairs`` pairs only these)."""
    q = claim.value
    if q is None or not _gap(claim):
        return ""
    word, anchor = _relation(claim, lang)
    if not (anchor or word in _lead_words(lang)):
        return ""
    at, end = q.start - claim.sentence_start, q.end - claim.sentence_start
    if word in _lead_words(lang):
        lead = list(LETTER_WORD.finditer(claim.sentence[:at]))[-1]
        return " ".join(claim.sentence[lead.start() : end].split())
    follow = LETTER_WORD.search(claim.sentence, end)
    return " ".join(claim.sentence[at : follow.end()].split()) if follow else ""
