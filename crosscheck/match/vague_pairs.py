"""Vague pairing: a vague magnitude ("hundreds of amendments") beside the one exact figure the
story gives for its noun -> ClaimPair records, for claims the frame matcher does not compare
because they name no event. See ``vague_pairs`` for the conditions.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

from crosscheck.claims.frame_incidents import actors_differ
from crosscheck.claims.frame_places import places_differ
from crosscheck.claims.frame_roles import CHANGE, ESTIMATE, TOTAL
from crosscheck.claims.frame_what import PERSON
from crosscheck.claims.frame_words import PLAN
from crosscheck.lexicon import load_lexicon, require
from crosscheck.match.figure_blocks import comparable
from crosscheck.match.figure_rules import match_rules
from crosscheck.model import Claim, ClaimPair, Unit

_ROLES = (TOTAL, PLAN)  # a vague total beside a total, a vague plan beside a plan
# a vague plan may name the scope of a planned thing the other side states as a total ("a plan
# to build dozens of plants", "roughly 40 plants") when the sentences share words besides the
# noun (``_same_happening``); a vague total is not a plan's figure
_FIT_ROLES = frozenset({(TOTAL, TOTAL), (PLAN, PLAN), (PLAN, TOTAL)})
_MONEY_ROLES = (TOTAL, PLAN, ESTIMATE, CHANGE)  # not a part, base, increment or rate
_FUND_WORDS = 2


def vague_pairs(claims: Sequence[Claim]) -> list[ClaimPair]:
    """A vague magnitude beside the only exact figure the story gives for its noun.

    "hundreds of amendments" and "more than 550 amendments" have no event word, so the frame
    matcher does not compare them. They are paired when the noun is distinctive (not a vague
    what, not "person") and the same (or as ``_same_noun`` allows); their roles fit
    (``_FIT_ROLES``), the setting is the same (``_same_setting``), and a dated side is
    compared only as ``_dated_alike`` allows; the vague side's own article gives no exact
    figure for the noun; every exact figure of the noun, with or without modifiers, in the
    story (of the vague side's own date, when it gives one and the story has figures of that
    date) cites one and the same figure; and it lies in the vague range.
    """
    exact = _exact_counts(claims)
    pairs: list[ClaimPair] = []
    for v in claims:
        if not _vague_count(v):
            continue
        rivals = _rivals(v, exact)
        if _rivals_gate(v, rivals):
            continue
        for e in rivals:
            if not count_gate(v, e):
                pairs.append(ClaimPair(a=v, b=e, score=100.0))
                break
    return [
        *pairs,
        *_money_pairs(claims),
        *_bare_money_pairs(claims),
        *_gap_pairs(claims),
        *_measure_pairs(claims),
    ]


def _exact_counts(claims: Sequence[Claim]) -> dict[tuple[str, str, str], list[Claim]]:
    """Every exact count of a distinctive noun, any role, by the noun's head (``_head_key``)."""
    exact: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if _distinct_noun(claim) and claim.value is not None and not claim.value.vague:
            exact[_head_key(claim)].append(claim)
    return exact


def _vague_count(claim: Claim) -> bool:
    """A vague count of a distinctive noun in a role ``vague_pairs`` pairs (``_ROLES``)."""
    q = claim.value
    return _distinct_noun(claim) and q is not None and q.vague and claim.role in _ROLES


def _rivals(v: Claim, exact: Mapping[tuple[str, str, str], list[Claim]]) -> list[Claim]:
    """The exact figures of the vague side's noun, with or without modifiers ("targets",
    "ISIS targets"); of the vague side's own date when it gives one and they do."""
    others = [c for c in exact.get(_head_key(v), []) if _nested_noun(v.what, c.what)]
    dated = [c for c in others if v.time and c.time and c.time.value == v.time.value]
    return dated or others


def _rivals_gate(v: Claim, rivals: Sequence[Claim]) -> str:
    """Why no rival of a vague count may be paired with it, or "": none; one in its own
    article; more than one figure among them ("roughly 40 plants" and "40 plants" cite one)."""
    if not rivals:
        return "no_exact"
    if any(c.source == v.source for c in rivals):
        return "own_article"
    if len({c.value.point for c in rivals if c.value is not None}) != 1:
        return "rivals_differ"
    return ""


def count_gate(v: Claim, e: Claim) -> str:
    """Why the vague count ``v`` is not paired with ``e``, one of its rivals that
    ``_rivals_gate`` let through, or "" when it is: a pair the frame matcher compares;
    another noun (``_same_noun``); then ``_fit_gate``."""
    if comparable(v) and comparable(e):
        return "frame_matched"
    if not _same_noun(v, e):
        return "other_noun"
    return _fit_gate(v, e)


NOT_VAGUE = "not_vague"


def vague_gate(v: Claim, e: Claim, claims: Sequence[Claim]) -> str:
    """Where ``vague_pairs`` stops a vague count and an exact count of a story's ``claims``
    (for tracers), or "" when it pairs them: "not_vague", "not_rival" (another
    head noun, not nested, or of another date), then ``_rivals_gate`` and ``count_gate``."""
    if not _vague_count(v) or not _distinct_noun(e) or e.value is None or e.value.vague:
        return NOT_VAGUE
    rivals = _rivals(v, _exact_counts(claims))
    if not any(c is e for c in rivals):
        return "not_rival"
    return _rivals_gate(v, rivals) or count_gate(v, e)


def _measure_pairs(claims: Sequence[Claim]) -> list[ClaimPair]:
    """A vague measure ("a few yards away") beside the only exact measure of its dimension
    that overlaps it, in any unit ("15 to 20 feet away"): compared in the base unit, the
    vague side's own article giving none, the nouns the same or one not said, the setting
    the same (see ``_same_setting``) and the sentences sharing words (``_same_happening``)."""
    measures = [c for c in claims if c.value is not None and c.value.unit is Unit.MEASURE]
    pairs: list[ClaimPair] = []
    for v in measures:
        if v.value is None or not v.value.vague:
            continue
        near = [c for c in measures if c.value is not None and not c.value.vague and _overlap(v, c)]
        if not near or any(c.source == v.source for c in near):
            continue
        if len({(c.value.low, c.value.high, c.value.factor) for c in near if c.value}) != 1:
            continue
        for e in near:
            same_what = not v.what or not e.what or v.what == e.what
            if same_what and _same_setting(v, e) and _same_happening(v, e):
                pairs.append(ClaimPair(a=v, b=e, score=100.0))
                break
    return pairs


def _overlap(v: Claim, e: Claim) -> bool:
    """Two measures of one dimension whose ranges overlap in the base unit."""
    qv, qe = v.value, e.value
    if qv is None or qe is None or qv.dimension != qe.dimension or qv.low is None:
        return False
    if qe.low is None and qe.high is None:
        return False
    v_high = math.inf if qv.high is None else qv.high * qv.factor
    e_low = -math.inf if qe.low is None else qe.low * qe.factor
    e_high = math.inf if qe.high is None else qe.high * qe.factor
    return qv.low * qv.factor <= e_high and e_low <= v_high


def _money_pairs(claims: Sequence[Claim]) -> list[ClaimPair]:
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
            if _same_fund(v, e) and _same_setting(v, e):
                pairs.append(ClaimPair(a=v, b=e, score=100.0))
                break
    return pairs


def _bare_money_pairs(claims: Sequence[Claim]) -> list[ClaimPair]:
    """A bare magnitude that is a sum of money (``_bare_sum``: "billions in Omani rials")
    beside the only exact sum in its range that the story gives ("$5.7 billion in assets").

    The vague side, read as money in the exact side's currency, is paired when its own
    article gives no exact sum in that range, the story gives one value there, the setting
    agrees (``_same_setting``) and the sentences share ``_SHARED_WORDS`` content words
    besides the figures (the same sum: its noun is not read).
    """
    sums = [c for c in claims if _money(c) and c.value is not None and not c.value.vague]
    pairs: list[ClaimPair] = []
    for v in claims:
        if not _bare_sum(v):
            continue
        inside = [c for c in sums if _inside(v, c)]
        if not inside or any(c.source == v.source for c in inside):
            continue
        if len({(c.value.point, c.value.dimension) for c in inside if c.value is not None}) != 1:
            continue
        for e in inside:
            as_money = _as_money(v, e)
            if _same_setting(as_money, e) and _same_happening(as_money, e):
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
def _sum_words() -> _SumWords:
    data = load_lexicon("magnitudes").get("money", {})

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key, []))

    return _SumWords(
        least=float(data.get("least", math.inf)),
        of=str(data.get("of", "")).lower(),
        verbs=words("verbs"),
        after=words("after"),
        not_after=words("not_after"),
    )


def _bare_sum(claim: Claim) -> bool:
    """Whether a vague count is a bare magnitude that is a sum of money ("spent millions",
    "billions in federal aid"): see ``[money]`` in magnitudes.toml."""
    q = claim.value
    rules = _sum_words()
    if q is None or not q.vague or q.unit is not Unit.COUNT or q.low is None:
        return False
    if q.low < rules.least:
        return False
    start, end = q.start - claim.sentence_start, q.end - claim.sentence_start
    if not 0 <= start <= end <= len(claim.sentence):
        return False
    before = [w.lower() for w in _WORD.findall(claim.sentence[:start])]
    after = [w.lower() for w in _WORD.findall(claim.sentence[end:])][:2]
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


def _same_setting(v: Claim, e: Claim) -> bool:
    """Same incident, event, place, actor and time where both give one."""
    if v.incident and e.incident and v.incident != e.incident:
        return False
    if v.event and e.event and v.event != e.event:
        return False
    if v.time is not None and e.time is not None and v.time.value != e.time.value:
        return False
    return not (places_differ(v.place, e.place) or actors_differ(v.actor, e.actor))


def _distinct_noun(claim: Claim) -> bool:
    """A count of a distinctive noun (not a vague what, not "person"). Sums of money are
    left out: without an event word, two sums of one noun are often two flows ("income
    generated" and "income laundered")."""
    q = claim.value
    if q is None or q.unit is not Unit.COUNT:
        return False
    what = claim.what
    return bool(what) and what not in match_rules().vague_whats and what.split()[-1] != PERSON


def _head_key(claim: Claim) -> tuple[str, str, str]:
    q = claim.value
    unit = q.unit.value if q is not None else ""
    return (claim.what.split()[-1], unit, (q.dimension or "") if q is not None else "")


def _nested_noun(a: str, b: str) -> bool:
    """The same noun, or one is the other with modifiers ("target", "isis target"): a rival
    figure, though only the same noun is paired ("several states" and "four pivotal
    battleground states" may be two sets: on the real stories pairing them was more often
    wrong than right)."""
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


def _same_noun(v: Claim, e: Claim) -> bool:
    """The same noun, or a large vague count whose noun is the exact side's with modifiers
    ("hundreds of thousands of young undocumented immigrants", "800,000 undocumented
    immigrants"): the exact figure names the set the vague side describes. A small vague
    count ("several Supreme Court justices") may be a part of the exact set ("nine
    justices"), and an exact figure with modifiers of its own ("four pivotal battleground
    states") may be a part of the vague set ("several states")."""
    if v.what == e.what:
        return True
    q = v.value
    large = q is not None and q.low is not None and q.low >= _SMALL
    return large and set(e.what.split()) < set(v.what.split())


def _fit_gate(v: Claim, e: Claim) -> str:
    """Why a vague count and an exact one do not fit, or "": roles as ``_FIT_ROLES`` allows,
    the same setting (``_same_setting``), a dated side or an incident named on one side only
    as ``_dated_alike`` allows, and the exact figure inside the vague range."""
    if (v.role, e.role) not in _FIT_ROLES:
        return "roles"
    if not _same_setting(v, e):
        return "setting"
    if v.role != e.role and not _same_happening(v, e, frozenset(_words(f"{v.text} {e.text}"))):
        return "plan_and_total"  # "wants to deport millions", "deported 3 million": two measures
    one_sided = bool(v.incident) != bool(e.incident)
    if (v.time is not None or e.time is not None or one_sided) and not _dated_alike(v, e):
        return "dated"
    qv, qe = v.value, e.value
    if qv is None or qe is None or qe.point is None:
        return "range"
    high = qv.high if qv.high is not None else float("inf")
    return "" if qv.low is not None and qv.low <= qe.point <= high else "range"


def _dated_alike(v: Claim, e: Claim) -> bool:
    """A dated side is compared only when the sentences share words besides the noun (the
    same happening, not another count of another moment) and the exact figure is not the
    size of a whole set ("the nine justices") that a small vague count may be a part of."""
    nouns = frozenset(f"{v.what} {e.what}".split())
    return _same_happening(v, e, nouns) and not (_small(v) and _whole_set(e))


def _small(v: Claim) -> bool:
    q = v.value
    return q is not None and q.high is not None and q.high < _SMALL


def _whole_set(claim: Claim) -> bool:
    """Whether an exact figure is written as the size of a whole set ("the nine justices")."""
    q = claim.value
    if q is None:
        return False
    offset = q.start - claim.sentence_start
    if not 0 <= offset <= len(claim.sentence):
        return False
    before = _WORD.findall(claim.sentence[:offset])
    return bool(before) and before[-1].lower() in _whole_set_words()


@cache
def _whole_set_words() -> frozenset[str]:
    words = load_lexicon("magnitudes").get("whole_set_words", [])
    return frozenset(str(w) for w in words)


_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_ANCHOR_WORDS = 4  # words read after the relation word for the anchor, within its clause
# a period ends a clause unless a capital letter stands before it ("the U.S. expelled")
_CLAUSE_END = re.compile(r"[,;:!?()\u2013\u2014]|(?<![A-Z])\.")
_SHARED_WORDS = 2  # content words two sentences share besides the anchor
_SMALL = 20  # a vague count below this may be a part of a whole set ("several" of "the nine")


def _gap_pairs(claims: Sequence[Claim]) -> list[ClaimPair]:
    """A vague gap between two events ("Hours after the tweet") beside the only exact gap the
    story gives after the same anchor ("more than five hours after the tweet").

    Both are durations of one unit followed by the same relation word ("after") and anchors
    that share a word (of the next ``_ANCHOR_WORDS`` that are not among the language's most
    frequent words), their sentences share at least ``_SHARED_WORDS`` other such words (the
    same thing happened after the anchor), every exact gap of that anchor in the story is one value,
    and the vague side's own article gives none.
    """
    gaps = [(c, _relation(c)) for c in claims if _gap(c)]
    pairs: list[ClaimPair] = []
    for v, key in gaps:
        if v.value is None or not v.value.vague or not key[1]:
            continue
        same = [
            c
            for c, (word, anchor) in gaps
            if c.value is not None and not c.value.vague and word == key[0] and anchor & key[1]
        ]
        if not same or any(c.source == v.source for c in same):
            continue
        if len({_gap_days(c) for c in same}) != 1:
            continue
        for e in same:
            if _gap_fits(v, e) and _same_happening(v, e, key[1] & _relation(e)[1]):
                pairs.append(ClaimPair(a=v, b=e, score=100.0))
                break
    return pairs


def _gap(claim: Claim) -> bool:
    q = claim.value
    return q is not None and q.unit is Unit.DURATION and claim.role == TOTAL and not claim.what


def _gap_fits(v: Claim, e: Claim) -> bool:
    """The same time unit, or the exact gap in the vague side's unit inside its range."""
    qv, qe = v.value, e.value
    if qv is None or qe is None:
        return False
    if qv.dimension == qe.dimension:
        return True
    days = _gap_days(e)
    per = _days_per().get(qv.dimension or "")
    if days is None or not per or qv.low is None:
        return False
    point = days / per
    if qv.high is not None and (point > qv.high or (point == qv.high and not qv.high_inclusive)):
        return False
    return point >= qv.low


@cache
def _days_per() -> dict[str, float]:
    """Days per unit of duration (``[numeric.days_per]`` of ``compare.toml``): read here, not
    through the rules, so pairing stays below the rules that compare the pairs."""
    numeric = require(load_lexicon("compare"), "numeric", dict, "compare")
    return {str(k): float(v) for k, v in require(numeric, "days_per", dict, "compare").items()}


def _gap_days(claim: Claim) -> float | None:
    """A duration's cited figure in days (None when its unit has no length in days)."""
    q = claim.value
    if q is None or q.point is None:
        return None
    per = _days_per().get(q.dimension or "")
    return None if per is None else q.point * per


def _relation(claim: Claim) -> tuple[str, frozenset[str]]:
    """The word right after a duration ("after") and the content words of the anchor."""
    q = claim.value
    if q is None:
        return ("", frozenset())
    offset = q.end - claim.sentence_start
    if not 0 <= offset <= len(claim.sentence):
        return ("", frozenset())
    words = [w.lower() for w in _WORD.findall(claim.sentence[offset:])]
    if not words:
        return ("", frozenset())
    clause = _CLAUSE_END.split(claim.sentence[offset:], maxsplit=1)[0]
    anchor = [w.lower() for w in _WORD.findall(clause)][1 : 1 + _ANCHOR_WORDS]
    return (words[0], frozenset(w for w in anchor if w not in _common_words()))


def _same_happening(
    v: Claim, e: Claim, anchor: frozenset[str] = frozenset(), least: int = _SHARED_WORDS
) -> bool:
    """Whether the two sentences share enough content words besides the anchor and the
    words of the two durations ("days")."""
    common = _common_words() | anchor | _words(v.value.text if v.value else "")
    common |= _words(e.value.text if e.value else "")
    wv = _words(v.sentence) - common
    we = _words(e.sentence) - common
    return len(wv & we) >= least


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


@cache
def _common_words() -> frozenset[str]:
    return frozenset(str(w) for w in load_lexicon("common_words").get("words", []))
