"""Why two figure claims make no row: side claims + the story's pipeline run -> the first
gate that stops them (for ``diagnose --why``).

The gates are those the pipeline passes a pair of figures through, in its order, each read
by calling the pipeline's own function (none is re-implemented here):

1. ``one source``: every side claim of both sides is in one source;
2. ``comparable: <why> (one|both)``: ``match.figure_blocks.comparable`` refuses a side (an age or
   ordinal, no ``what``, a base, no event), on one side or both;
3. ``block: kind|dimension|event|scope``: the two claims fall in different blocks
   (``block_key``; the first part that differs is named);
4. ``lone place``: ``claim_blocks`` left a claim out of its block (a place no other
   source names);
5. ``same group``: one block, one claim group (they say the same);
6. ``subject``: ``similar_pairs`` scores the two ``what`` phrases under the cut-off;
7. ``whats_compatible``; 8. ``most cited``: neither group is among its subject's most cited;
9. ``guard: <name>``: the first of ``match.figure_gates.pair_gates`` (times, other_day, places,
   roles, actors, unknowns, incidents, part_of_aggregate, settings, far_apart, breakdown,
   unfielded);
10. ``rule: ...``: the pair was matched, and ``judge_pair``'s steps dropped it
   (``superseded``, ``agree`` when the numeric rule finds no difference, ``one source gives
   both``, ``article says replaced``, ``stated under other noun``, ``dropped``,
   ``precision in one source``), or ``row: gold words not in it`` when it made a row.

Of all cross-source pairs of side claims, the one that gets furthest is reported. Only
measures; reads the gold only to count.

``beyond`` asks, of a miss stopped at ``comparable``, where the pair would stop if the frame
gate let both sides through (the evidence a new event class or ``what`` reading would give):
the block key's parts, the subject score, ``whats_compatible``, the guards and the rules,
read on the pair alone (``beyond: subject``, ``beyond: rule: agree``; ``beyond: a finding``
when every gate passes). A block's groups and its most cited subjects depend on the whole
run and are not read. A vague count beside an exact count of a distinctive noun ("several
memos" / "seven memos") has its own path past the frame gate, ``match.vague_pairs``: such a
miss is named by that path's gate (``vague: rivals_differ``, ``vague: dated``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crosscheck.claims.frame_roles import BASE
from crosscheck.claims.frames import SIZED
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.engine import FIGURES, similar_pairs
from crosscheck.match.figure_blocks import _NEVER_COMPARED, block_key, comparable
from crosscheck.match.figure_gates import pair_gates, sized_alike, whats_compatible
from crosscheck.match.figure_rules import match_rules
from crosscheck.match.figures import _group_pairs, _most_cited, claim_groups
from crosscheck.match.vague_pairs import NOT_VAGUE, vague_gate
from crosscheck.model import Claim, ClaimPair, DiscrepancyKind
from crosscheck.rules import _FIGURES, _PRECISION, by_source, compare_pair, numeric
from crosscheck.rules.context import PairContext, pair_context, superseded_in
from crosscheck.rules.guards import (
    article_says_replaced,
    both_sources,
    dropped,
    one_source_gives_both,
    side_sources,
    without_superseded,
)

if TYPE_CHECKING:
    from benchmarks.realnews.diagnose import Story
    from crosscheck.expectations import Expectation

KINDS = frozenset(
    {
        DiscrepancyKind.NUMERIC_CONFLICT,
        DiscrepancyKind.NUMERIC_DIVERGENCE,
        DiscrepancyKind.NUMERIC_PRECISION,
    }
)

# Gates in pipeline order: a pair stopped at a later one got further.
_ORDER = (
    "one source",
    "comparable",
    "block",
    "lone place",
    "same group",
    "subject",
    "whats_compatible",
    "most cited",
    "guard",
    "rule",
    "row",
)


@dataclass(frozen=True, slots=True)
class Gate:
    """Where a pair stopped: the gate's place in ``_ORDER`` and its full name."""

    rank: int
    name: str


def _gate(name: str) -> Gate:
    head = name.split(":")[0]
    return Gate(_ORDER.index(head), name)


def first_gate(
    e: Expectation, first: Sequence[Claim], second: Sequence[Claim], story: Story
) -> str:
    """The furthest gate reached by any cross-source pair of the two sides' figure claims."""
    figures_a = [c for c in first if c.value is not None]
    figures_b = [c for c in second if c.value is not None]
    gates = [
        trace(a, b, story)
        for a in figures_a or first
        for b in figures_b or second
        if a.source != b.source
    ]
    if not gates:
        return "one source"
    return max(gates, key=lambda g: g.rank).name


def trace(a: Claim, b: Claim, story: Story) -> Gate:
    """The first gate that stops the pair (a, b) of one story's pipeline run."""
    matched = _matched(a, b, story.compared.pairs)
    if matched is not None:
        return _rules(matched, story)
    if not comparable(a, DEFAULT_LANGUAGE) or not comparable(b, DEFAULT_LANGUAGE):
        return _gate(f"comparable: {_uncompared(a, b)}")
    block_a, block_b = _block_of(a, story), _block_of(b, story)
    if block_a is None or block_b is None:
        # a claim in no block: of a block no other source has, or left out for its place
        apart = block_key(a, DEFAULT_LANGUAGE) != block_key(b, DEFAULT_LANGUAGE)
        return _gate(f"block: {_differs(a, b)}" if apart else "lone place")
    if block_a is not block_b:
        return _gate(f"block: {_differs(a, b)}")
    return _in_block(a, b, block_a)


# Gates past ``comparable`` in pipeline order, for ``beyond``: a pair stopped later got further.
_BEYOND = ("block", "subject", "whats_compatible", "guard", "rule", "a finding")


def beyond(e: Expectation, first: Sequence[Claim], second: Sequence[Claim], story: Story) -> str:
    """For a miss stopped at ``comparable``: the furthest gate any cross-source pair of the
    sides' figure claims would reach past it (``_past_frame``); "" when no pair stops there."""
    del e
    figures_a = [c for c in first if c.value is not None]
    figures_b = [c for c in second if c.value is not None]
    stopped = [
        (a, b)
        for a in figures_a
        for b in figures_b
        if a.source != b.source and trace(a, b, story).name.startswith("comparable")
    ]
    if not stopped:
        return ""
    vague = [g for a, b in stopped if (g := _vague_path(a, b, story.claims)) is not None]
    if vague:
        return "vague: " + max(vague, key=_VAGUE.index)
    gates = [_past_frame(a, b) for a, b in stopped]
    return "beyond: " + max(gates, key=lambda g: _BEYOND.index(g.split(":")[0]))


# Gates of ``vague_pairs`` for a vague count beside an exact one, in its order ("paired":
# the vague path made the pair, and the rules dropped it or made a row without the gold words).
_VAGUE = (
    "not_rival",
    "no_exact",
    "own_article",
    "rivals_differ",
    "frame_matched",
    "other_noun",
    "roles",
    "setting",
    "plan_and_total",
    "dated",
    "range",
    "paired",
)


def _vague_path(a: Claim, b: Claim, claims: Sequence[Claim]) -> str | None:
    """Where ``vague_pairs`` stops the pair (a, b), when one side is a vague count of a
    distinctive noun and the other an exact count (their path past the frame gate); None
    for another pair."""
    for v, e in ((a, b), (b, a)):
        gate = vague_gate(v, e, claims, DEFAULT_LANGUAGE)
        if gate != NOT_VAGUE:
            return gate or "paired"
    return None


def _past_frame(a: Claim, b: Claim) -> str:
    """The first gate past ``comparable`` that stops the pair (a, b), read on the pair."""
    if block_key(a, DEFAULT_LANGUAGE) != block_key(b, DEFAULT_LANGUAGE):
        return f"block: {_differs(a, b)}"
    event = a.event
    score = subject_score(a.what, b.what)
    threshold = match_rules(DEFAULT_LANGUAGE).subject_threshold
    if score < threshold and (
        event != SIZED or not sized_alike(a.what.split(), b.what.split(), DEFAULT_LANGUAGE)
    ):
        return "subject"
    if not whats_compatible(a.what, b.what, event, lang=DEFAULT_LANGUAGE):
        return "whats_compatible"
    stop = next(pair_gates(a, b, DEFAULT_LANGUAGE), None)
    if stop is not None:
        return f"guard: {stop}"
    return (
        "a finding"
        if compare_pair(ClaimPair(a=a, b=b, score=100.0), DEFAULT_LANGUAGE)
        else "rule: agree"
    )


def _uncompared(a: Claim, b: Claim) -> str:
    """Why ``comparable`` refuses a side (its first unmet condition), and on how many sides:
    "no event (both)", "no what (one)"."""
    reasons = [_why_not(c) for c in (a, b) if not comparable(c, DEFAULT_LANGUAGE)]
    count = "both" if len(reasons) == 2 else "one"
    return f"{reasons[0]} ({count})"


def _why_not(claim: Claim) -> str:
    """The first condition of ``comparable`` a claim fails."""
    if claim.kind in _NEVER_COMPARED:
        return claim.kind
    if not claim.what:
        return "no what"
    if claim.role == BASE:
        return "base"
    return "no event"


def _matched(a: Claim, b: Claim, pairs: Sequence[ClaimPair]) -> ClaimPair | None:
    """The pipeline's pair with a in one group and b in the other, if any."""
    for pair in pairs:
        side_a = {c.key for c in (pair.a, *pair.also_a)}
        side_b = {c.key for c in (pair.b, *pair.also_b)}
        if (a.key in side_a and b.key in side_b) or (a.key in side_b and b.key in side_a):
            return pair
    return None


def _block_of(claim: Claim, story: Story) -> tuple[Claim, ...] | None:
    return next(
        (blk for blk in story.compared.blocks if any(c.key == claim.key for c in blk)), None
    )


_PARTS = ("kind", "dimension", "event", "scope")


def _differs(a: Claim, b: Claim) -> str:
    """The first part of the block key that differs (scope when only ``todays_toll`` did)."""
    ka, kb = block_key(a, DEFAULT_LANGUAGE), block_key(b, DEFAULT_LANGUAGE)
    return next((part for part, x, y in zip(_PARTS, ka, kb, strict=True) if x != y), "scope")


def _in_block(a: Claim, b: Claim, block: tuple[Claim, ...]) -> Gate:
    """Within one block: groups, subjects, most cited, then the guards (``pairs_in_block``)."""
    groups = claim_groups(block, DEFAULT_LANGUAGE)
    ga = next(n for n, g in enumerate(groups) if any(c.key == a.key for c in g))
    gb = next(n for n, g in enumerate(groups) if any(c.key == b.key for c in g))
    if ga == gb:
        return _gate("same group")
    wa, wb = groups[ga][0].what, groups[gb][0].what
    score = subject_score(wa, wb)
    threshold = match_rules(DEFAULT_LANGUAGE).subject_threshold
    event = block[0].event
    if score < threshold and (
        event != SIZED or not sized_alike(wa.split(), wb.split(), DEFAULT_LANGUAGE)
    ):
        return _gate("subject")
    if not whats_compatible(wa, wb, event, lang=DEFAULT_LANGUAGE):
        return _gate("whats_compatible")
    by_subject: dict[str, list[int]] = {}
    for number, group in enumerate(groups):
        by_subject.setdefault(group[0].what, []).append(number)
    leading = _most_cited(groups, by_subject, DEFAULT_LANGUAGE)
    if (min(ga, gb), max(ga, gb)) not in _group_pairs(by_subject[wa], by_subject[wb], leading):
        return _gate("most cited")
    stop = next(pair_gates(groups[ga][0], groups[gb][0], DEFAULT_LANGUAGE), None)
    if stop is not None:
        return _gate(f"guard: {stop}")
    return _gate("row: matched, not in the pairs")


def subject_score(wa: str, wb: str) -> float:
    """The figures scorer's score of two ``what`` phrases (0 when under any cut-off)."""
    if wa == wb:
        found = [s for _, _, s in similar_pairs([wa], FIGURES, 0)]
    else:
        found = [s for i, j, s in similar_pairs([wa, wb], FIGURES, 0) if i != j]
    return found[0] if found else 0.0


_LAST: list[tuple[Story, PairContext]] = []  # the last story's context, built once


def _context(story: Story) -> PairContext:
    if _LAST and _LAST[0][0] is story:
        return _LAST[0][1]
    lookup = by_source(story.sources)
    superseded = superseded_in(lookup, story.claims, DEFAULT_LANGUAGE)
    context = pair_context(lookup, story.claims, superseded=superseded, lang=DEFAULT_LANGUAGE)
    _LAST[:] = [(story, context)]
    return context


def _rules(whole: ClaimPair, story: Story) -> Gate:
    """The step of ``rules.judge_pair`` that drops a matched pair, in its order."""
    context = _context(story)
    pair = without_superseded(whole, context.superseded)
    if pair is None:
        return _gate("rule: superseded")
    finding = compare_pair(pair, context.lang)
    if finding is None:
        return _gate("rule: agree")
    if finding.kind in _PRECISION and side_sources(pair, "a") & side_sources(pair, "b"):
        return _gate("rule: precision in one source")
    if finding.kind in _FIGURES:
        if one_source_gives_both(
            pair,
            context.figures,
            context.sources,
            context.lang,
            compare=compare_pair,
            bands=context.bands,
        ):
            return _gate("rule: one source gives both")
        if article_says_replaced(pair, context.superseded, context.lang):
            return _gate("rule: article says replaced")
        if numeric.stated_under_other_noun(both_sources(pair), pair, context.exact, context.lang):
            return _gate("rule: stated under other noun")
        if dropped(pair.a, pair.b, context.lang):
            return _gate("rule: dropped")
    return _gate("row: gold words not in it")
