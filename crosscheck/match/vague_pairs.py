"""Vague pairing: a vague magnitude ("hundreds of amendments") beside the one exact figure the
story gives for its noun -> ClaimPair records, for claims the frame matcher does not compare
because they name no event. See ``vague_pairs`` for the conditions.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import cache

from crosscheck.claims.frame_roles import INCREMENT, PART, TOTAL
from crosscheck.claims.frame_settings import settings_differ
from crosscheck.claims.frame_what import PERSON
from crosscheck.claims.frame_words import PLAN
from crosscheck.lexicon import load_lexicon
from crosscheck.match.figure_blocks import comparable
from crosscheck.match.figure_rules import match_rules
from crosscheck.match.loose_plurals import loosely_met
from crosscheck.match.vague_gaps import gap_pairs
from crosscheck.match.vague_money import bare_money_pairs, money_pairs
from crosscheck.match.vague_setting import LETTER_WORD, same_happening, same_setting, text_words
from crosscheck.model import Claim, ClaimPair, Unit

_ROLES = (TOTAL, PLAN)  # a vague total beside a total, a vague plan beside a plan
# a vague plan may name the scope of a planned thing the other side states as a total ("a plan
# to build dozens of plants", "roughly 40 plants") when the sentences share words besides the
# noun (``same_happening``); a vague total is not a plan's figure
_FIT_ROLES = frozenset({(TOTAL, TOTAL), (PLAN, PLAN), (PLAN, TOTAL)})


def vague_pairs(claims: Sequence[Claim], lang: str) -> list[ClaimPair]:
    """A vague magnitude beside the only exact figure the story gives for its noun.

    "hundreds of amendments" and "more than 550 amendments" have no event word, so the frame
    matcher does not compare them. They are paired when the noun is distinctive (not a vague
    what, not "person") and the same (or as ``_same_noun`` allows); their roles fit
    (``_FIT_ROLES``), the setting is the same (``same_setting``), and a dated side is
    compared only as ``_dated_alike`` or ``_date_forgiven`` allows; the vague side's own
    article gives no exact figure for the noun; every exact figure of the noun that competes
    (``_competing``: a part, or a modified noun no larger than a total of the bare noun, does
    not), with or without modifiers, in the story (of the vague side's own date, when it
    gives one and the story has figures of that date) cites one and the same figure; and it
    lies in the vague range.
    """
    exact = _exact_counts(claims, lang)
    pairs: list[ClaimPair] = []
    for v in claims:
        if not _vague_count(v, lang):
            continue
        rivals = _rivals(v, exact)
        if _rivals_gate(v, rivals):
            continue
        for e in rivals:
            if not count_gate(v, e, lang):
                pairs.append(ClaimPair(a=v, b=e, score=100.0))
                break
    return [
        *pairs,
        *money_pairs(claims, lang),
        *bare_money_pairs(claims, lang),
        *gap_pairs(claims, lang),
        *_measure_pairs(claims, lang),
    ]


def _exact_counts(claims: Sequence[Claim], lang: str) -> dict[tuple[str, str, str], list[Claim]]:
    """Every exact count of a distinctive noun, any role, by the noun's head (``_head_key``)."""
    exact: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if _distinct_noun(claim, lang) and claim.value is not None and not claim.value.vague:
            exact[_head_key(claim)].append(claim)
    return exact


def _vague_count(claim: Claim, lang: str) -> bool:
    """A vague count of a distinctive noun in a role ``vague_pairs`` pairs (``_ROLES``)."""
    q = claim.value
    return _distinct_noun(claim, lang) and q is not None and q.vague and claim.role in _ROLES


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
    if len({c.value.point for c in _competing(v, rivals) if c.value is not None}) != 1:
        return "rivals_differ"
    return ""


def _competing(v: Claim, rivals: Sequence[Claim]) -> Sequence[Claim]:
    """The rivals that compete to be the vague set's size: when some state a total of the very
    noun ("seven memos"), those; a part ("four of them") or a modified noun ("four classified
    memos") is then a subset, and competes only when it is larger than a total of the noun."""
    core = [c for c in rivals if c.what == v.what and c.role not in _PART_ROLES]
    if not core:
        return rivals
    points = [c.value.point for c in core if c.value is not None and c.value.point is not None]
    if not points:
        return rivals
    top = max(points)
    return [*core, *(c for c in rivals if _larger(c, top))]


def _larger(claim: Claim, top: float) -> bool:
    q = claim.value
    return q is not None and q.point is not None and q.point > top


def count_gate(v: Claim, e: Claim, lang: str) -> str:
    """Why the vague count ``v`` is not paired with ``e``, one of its rivals that
    ``_rivals_gate`` let through, or "" when it is: a pair the frame matcher compares;
    another noun (``_same_noun``); then ``_fit_gate``."""
    if comparable(v, lang) and comparable(e, lang):
        return "frame_matched"
    if not _same_noun(v, e):
        return "other_noun"
    return _fit_gate(v, e, lang)


NOT_VAGUE = "not_vague"


def vague_gate(v: Claim, e: Claim, claims: Sequence[Claim], lang: str) -> str:
    """Where ``vague_pairs`` stops a vague count and an exact count of a story's ``claims``
    (for tracers), or "" when it pairs them: "not_vague", "not_rival" (another
    head noun, not nested, or of another date), then ``_rivals_gate`` and ``count_gate``."""
    if not _vague_count(v, lang) or not _distinct_noun(e, lang) or e.value is None or e.value.vague:
        return NOT_VAGUE
    rivals = _rivals(v, _exact_counts(claims, lang))
    if not any(c is e for c in rivals):
        return "not_rival"
    return _rivals_gate(v, rivals) or count_gate(v, e, lang)


def _measure_pairs(claims: Sequence[Claim], lang: str) -> list[ClaimPair]:
    """A vague measure ("a few yards away") beside the only exact measure of its dimension
    that overlaps it, in any unit ("15 to 20 feet away"): compared in the base unit, the
    vague side's own article giving none, the nouns the same or one not said, the setting
    the same (see ``same_setting``) and the sentences sharing words (``same_happening``)."""
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
            if same_what and same_setting(v, e, lang) and same_happening(v, e, lang=lang):
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


def _distinct_noun(claim: Claim, lang: str) -> bool:
    """A count of a distinctive noun (not a vague what, not "person"). Sums of money are
    left out: without an event word, two sums of one noun are often two flows ("income
    generated" and "income laundered")."""
    q = claim.value
    if q is None or q.unit is not Unit.COUNT:
        return False
    what = claim.what
    return bool(what) and what not in match_rules(lang).vague_whats and what.split()[-1] != PERSON


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


def _fit_gate(v: Claim, e: Claim, lang: str) -> str:
    """Why a vague count and an exact one do not fit, or "": roles as ``_FIT_ROLES`` allows,
    the same setting (``same_setting``), both or neither a count of settings
    (``settings_differ``), a dated side or an incident named on one side only
    as ``_dated_alike`` allows, and the exact figure inside the vague range, or above it and
    covered by a vague plural of a power of ten told loosely (``loosely_met``)."""
    if (v.role, e.role) not in _FIT_ROLES:
        return "roles"
    if not same_setting(v, e, lang):
        return "setting"
    if settings_differ(v, e, lang):
        return "settings"  # "in multiple federal courts" / "Two federal courts have ruled"
    if v.role != e.role and not same_happening(
        v, e, frozenset(text_words(f"{v.text} {e.text}")), lang=lang
    ):
        return "plan_and_total"  # "wants to deport millions", "deported 3 million": two measures
    one_sided = bool(v.incident) != bool(e.incident)
    dated = v.time is not None or e.time is not None or one_sided
    if dated and not (_dated_alike(v, e, lang) or _date_forgiven(v, e, one_sided, lang)):
        return "dated"
    qv, qe = v.value, e.value
    if qv is None or qe is None or qe.point is None:
        return "range"
    high = qv.high if qv.high is not None else float("inf")
    inside = qv.low is not None and qv.low <= qe.point <= high
    return "" if inside or loosely_met(qv, qe, lang) else "range"


def _dated_alike(v: Claim, e: Claim, lang: str) -> bool:
    """A dated side is compared only when the sentences share words besides the noun (the
    same happening, not another count of another moment) and the exact figure is not the
    size of a whole set ("the nine justices") that a small vague count may be a part of."""
    nouns = frozenset(f"{v.what} {e.what}".split())
    return same_happening(v, e, nouns, lang=lang) and not (_small(v) and _whole_set(e, lang))


def _date_forgiven(v: Claim, e: Claim, one_sided: bool, lang: str) -> bool:
    """A date one side gives and the other does not is no bar when the exact side is a bare
    total: no event, place, actor or incident of its own that could make it another group
    or another moment's count ("seven memos" beside "several memos dating from January",
    not "seven members had signed on" beside "several members who sharpened her stance"),
    and not the size of a whole set a small vague count may be a part of ("the nine justices")."""
    if one_sided or (v.time is None) == (e.time is None) or (_small(v) and _whole_set(e, lang)):
        return False
    return e.role == TOTAL and not (e.event or e.place or e.actor or e.incident)


def _small(v: Claim) -> bool:
    q = v.value
    return q is not None and q.high is not None and q.high < _SMALL


def _whole_set(claim: Claim, lang: str) -> bool:
    """Whether an exact figure is written as the size of a whole set ("the nine justices")."""
    q = claim.value
    if q is None:
        return False
    offset = q.start - claim.sentence_start
    if not 0 <= offset <= len(claim.sentence):
        return False
    before = LETTER_WORD.findall(claim.sentence[:offset])
    return bool(before) and before[-1].lower() in _whole_set_words(lang)


@cache
def _whole_set_words(lang: str) -> frozenset[str]:
    words = load_lexicon("magnitudes", lang).get("whole_set_words", [])
    return frozenset(str(w) for w in words)


_PART_ROLES = frozenset({PART, INCREMENT})
_SMALL = 20  # a vague count below this may be a part of a whole set ("several" of "the nine")
