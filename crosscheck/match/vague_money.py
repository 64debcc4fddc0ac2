"""Vague sums of money -> ClaimPair records: a vague sum ("hundreds of millions of dollars in
military aid") or a bare magnitude that is a sum ("billions in Omani rials") beside the only
exact sum in its range that the story gives. See ``money_pairs`` and ``bare_money_pairs``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from crosscheck.claims.frame_roles import CHANGE, ESTIMATE, TOTAL
from crosscheck.claims.frame_words import PLAN
from crosscheck.lexicon import load_lexicon
from crosscheck.match.vague_setting import LETTER_WORD, same_happening, same_setting
from crosscheck.model import Claim, ClaimPair, Unit

_MONEY_ROLES = (TOTAL, PLAN, ESTIMATE, CHANGE)  # not a part, base, increment or rate
_FUND_WORDS = 2


def money_pairs(claims: Sequence[Claim], lang: str) -> list[ClaimPair]:
    """A vague sum ("hundreds of millions of dollars in military aid") beside the only exact
    sum in its range that the story gives ("$391 million in military aid").

    Sums are paired only when the story gives one exact sum, and one value, in the vague
    range (in the same currency), the vague side's own article gives none, both name the
    same fund (see ``_same_fund``), and place, actor and incident agree.
    """
    sums = [c for c in claims if _money(c)]
    pairs: list[ClaimPair] = []
    for v in sums:
        qv = v.value
        if qv is None or not qv.vague or not v.what:
            continue
        inside = [c for c in sums if c.value is not None and not c.value.vague and _within(v, c)]
        if not inside or any(c.source == v.source for c in inside):
            continue
        if len({c.value.point for c in inside if c.value is not None}) != 1:
            continue
        for e in inside:
            if _same_fund(v, e) and same_setting(v, e, lang):
                pairs.append(ClaimPair(a=v, b=e, score=100.0))
                break
    return pairs


def bare_money_pairs(claims: Sequence[Claim], lang: str) -> list[ClaimPair]:
    """A bare magnitude that is a sum of money (``bare_sum``: "billions in Omani rials")
    beside the only exact sum in its range that the story gives ("$5.7 billion in assets").

    The vague side, read as money in the exact side's currency, is paired when its own
    article gives no exact sum in that range, the story gives one value there, the setting
    agrees (``same_setting``) and the sentences share ``SHARED_WORDS`` content words
    besides the figures (the same sum: its noun is not read).
    """
    sums = [c for c in claims if _money(c) and c.value is not None and not c.value.vague]
    pairs: list[ClaimPair] = []
    for v in claims:
        if not bare_sum(v, lang):
            continue
        inside = [c for c in sums if _inside(v, c)]
        if not inside or any(c.source == v.source for c in inside):
            continue
        if len({(c.value.point, c.value.dimension) for c in inside if c.value is not None}) != 1:
            continue
        for e in inside:
            as_money = _as_money(v, e)
            if same_setting(as_money, e, lang) and same_happening(as_money, e, lang=lang):
                pairs.append(ClaimPair(a=as_money, b=e, score=100.0))
                break
    return pairs


def _inside(v: Claim, e: Claim) -> bool:
    qv, qe = v.value, e.value
    if qv is None or qe is None or qe.point is None or qv.low is None:
        return False
    return qv.low <= qe.point <= (qv.high if qv.high is not None else math.inf)


def _as_money(v: Claim, e: Claim) -> Claim:
    """The bare magnitude read as a sum in the exact side's currency."""
    q, qe = v.value, e.value
    if q is None or qe is None:
        return v
    return replace(v, value=replace(q, unit=Unit.MONEY, dimension=qe.dimension), what="")


@dataclass(frozen=True, slots=True, kw_only=True)
class _SumWords:
    least: float
    of: str
    verbs: frozenset[str]
    after: frozenset[str]
    not_after: frozenset[str]


@cache
def _sum_words(lang: str) -> _SumWords:
    data = load_lexicon("magnitudes", lang).get("money", {})

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key, []))

    return _SumWords(
        least=float(data.get("least", math.inf)),
        of=str(data.get("of", "")).lower(),
        verbs=words("verbs"),
        after=words("after"),
        not_after=words("not_after"),
    )


def bare_sum(claim: Claim, lang: str) -> bool:
    """Whether a vague count is a bare magnitude that is a sum of money ("spent millions",
    "billions in federal aid"): see ``[money]`` in magnitudes.toml."""
    q = claim.value
    rules = _sum_words(lang)
    if q is None or not q.vague or q.unit is not Unit.COUNT or q.low is None:
        return False
    if q.low < rules.least:
        return False
    start, end = q.start - claim.sentence_start, q.end - claim.sentence_start
    if not 0 <= start <= end <= len(claim.sentence):
        return False
    before = [w.lower() for w in LETTER_WORD.findall(claim.sentence[:start])]
    after = [w.lower() for w in LETTER_WORD.findall(claim.sentence[end:])][:2]
    if after and after[0] == rules.of:
        return False  # "millions of Americans": a count of its noun
    if before and before[-1] in rules.verbs:
        return True
    return len(after) == 2 and after[0] in rules.after and after[1] not in rules.not_after


def _money(claim: Claim) -> bool:
    q = claim.value
    return q is not None and q.unit is Unit.MONEY and claim.role in _MONEY_ROLES


def _within(v: Claim, e: Claim) -> bool:
    """An exact figure of the vague side's unit and currency, inside its range."""
    qv, qe = v.value, e.value
    if qv is None or qe is None or qe.point is None or qv.low is None:
        return False
    if qv.unit is not qe.unit or (qv.dimension or "") != (qe.dimension or ""):
        return False
    high = qv.high if qv.high is not None else float("inf")
    return qv.low <= qe.point <= high


def _same_fund(v: Claim, e: Claim) -> bool:
    """The same event class, or a noun of two words or more in common ("military aid"): a
    bare noun ("income") may name two flows ("income generated", "income hidden")."""
    if v.event and v.event == e.event:
        return bool(set(v.what.split()) & set(e.what.split()))
    return len(set(v.what.split()) & set(e.what.split())) >= _FUND_WORDS
