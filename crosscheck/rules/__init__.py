"""Rules stage: matched claims and a story's records -> Discrepancy, through one registry.

``REGISTRY`` lists every rule, a module per kind, in the order they run. Each module's
``RULE`` declares its name, the kinds it reports and what it reads (``rules.base``):

* pair rules (``Rule``) read matched claim pairs; for each pair they are tried in registry
  order and the first finding wins (``compare_pair``, ``compare_pairs``);
* story rules (``StoryRule``) read the pairs the matching stage made of the story's claims
  of the name and statement families (``check.story_records``: ``match.name_pairs``,
  ``match.statement_pairs``) and the figure rows the pair rules found, judge them, and run
  after the pair rules, in registry order (``story_rows``).

``judge_pair(pair, context)`` is the one entry of the pair rules: the orchestrator
(``check``) judges the story's pairs with ``pair_context`` of all its claims, and a draft's
pairs with an empty one; ``compare_pairs`` is that loop for other callers.

Every kind's default severity comes from ``[severity]`` of ``lexicon/common/compare.toml``
(``crosscheck.severity``); a pair rule's drops when the sources were published apart or the
frames agree only loosely; ``rules.explain`` builds the pair rules' explanations. Adding a
kind of discrepancy is a ``DiscrepancyKind`` member and its ``[severity]``, one rule module,
one line in ``REGISTRY``, a case file ``tests/cases/rules/<kind>.toml`` and an expected
conflict (README, "Contributing"; ``tests/test_registry.py`` checks each registered kind has
its case file and its severity, ``tests/test_meta.py`` its cases and expected conflict). A
new kind is in none of the sets ``judge_pair`` sets findings aside by (``_FIGURES``,
``_PRECISION``, ``_APART``) until it is added to them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from typing import TypeVar

from crosscheck.claims.frame_owner import owner_events
from crosscheck.ids import stable_id
from crosscheck.match.date_words import date_words
from crosscheck.match.day_parts import day_part
from crosscheck.match.figure_blocks import block_key, comparable
from crosscheck.match.figure_gates import ONE_SIDE_HEDGES, frame_unknowns
from crosscheck.match.figures import claim_groups, pairs_in_block
from crosscheck.model import (
    SEVERITY_RANK,
    CertaintyLevel,
    Claim,
    ClaimPair,
    Discrepancy,
    DiscrepancyKind,
    Severity,
    Source,
    Unit,
)
from crosscheck.rules import (
    ago_resolved,
    casualty_mates,
    certainty,
    figure_certainty,
    loose_summaries,
    name_variant,
    numeric,
    quoted_counts,
    running_counts,
    time,
    vague_inside,
)
from crosscheck.rules.base import (
    Finding,
    Rule,
    StoryRecords,
    StoryRule,
    compare_rules,
    far_apart,
    mention_of,
)
from crosscheck.rules.explain import also_text, details, explain, published_apart, value_text
from crosscheck.rules.superseded import Superseded, find_superseded, same_frame
from crosscheck.text.headline import in_headline

REGISTRY: tuple[Rule | StoryRule, ...] = (
    numeric.RULE,
    time.RULE,
    figure_certainty.RULE,
    certainty.RULE,
    name_variant.RULE,
    certainty.ROWS,
)
PAIR_RULES: tuple[Rule, ...] = tuple(r for r in REGISTRY if isinstance(r, Rule))
STORY_RULES: tuple[StoryRule, ...] = tuple(r for r in REGISTRY if isinstance(r, StoryRule))

_PRECISION = {DiscrepancyKind.NUMERIC_PRECISION, DiscrepancyKind.TIME_PRECISION}
_APART = {DiscrepancyKind.NUMERIC_CONFLICT, DiscrepancyKind.NUMERIC_DIVERGENCE}
_FIGURES = {
    DiscrepancyKind.NUMERIC_CONFLICT,
    DiscrepancyKind.NUMERIC_DIVERGENCE,
    DiscrepancyKind.NUMERIC_PRECISION,
}
_ORDER = (Severity.HIGH, Severity.MEDIUM, Severity.LOW)


def compare_pair(pair: ClaimPair, lang: str) -> Finding | None:
    """The first finding of the registered rules that read this pair, if any; ``lang``: the
    story's language, whose lexicons the rules read."""
    for rule in PAIR_RULES:
        if rule.applies(pair):
            found = rule.find(pair.a, pair.b, lang)
            if found is not None:
                return found
    return None


def story_rows(story: StoryRecords) -> list[Discrepancy]:
    """The discrepancies of every story rule, in registry order (not yet sorted)."""
    return [found for rule in STORY_RULES for found in rule.find(story)]


def registered_kinds() -> frozenset[DiscrepancyKind]:
    """Every kind some registered rule may report."""
    return frozenset(kind for rule in REGISTRY for kind in rule.kinds)


def superseded_in(sources: Mapping[str, Source], claims: Iterable[Claim], lang: str) -> Superseded:
    """The figures of a story its own articles replace (``rules.superseded``), read once for
    the figure rows and the certainty rows alike."""
    return find_superseded(sources, claims, partial(_figures_differ, lang=lang), lang)


_DayKey = tuple[str, date, int | None]  # (event class, day, minute of the day)
_PartKey = tuple[str, date, str]  # (event class, day, part of the day)
_Key = TypeVar("_Key", _DayKey, _PartKey)
_FigureKey = tuple[str, tuple[str, str, str, str], str]  # (source, block, what)


@dataclass(frozen=True, slots=True, kw_only=True)
class PairContext:
    """What the pair rules read beside a pair: the sources by id, and what every claim of the
    story tells of the others (the days each source dates an event class on, each source's
    figures by frame, the figures the articles replace). ``pair_context`` builds it once per
    story; an empty ``claims`` gives the context of a pair judged alone."""

    sources: Mapping[str, Source]
    dated: Mapping[str, set[_DayKey]]
    parted: Mapping[str, set[_PartKey]]
    figures: Mapping[_FigureKey, list[Claim]]
    superseded: Superseded
    lang: str  # the story's language, whose lexicons the rules read
    exact: Mapping[numeric.ExactKey, list[Claim]] = field(default_factory=dict)
    stated: Mapping[str, tuple[Claim, ...]] = field(default_factory=dict)  # figures by source


def pair_context(
    sources: Mapping[str, Source],
    claims: Iterable[Claim] = (),
    *,
    superseded: Superseded | None = None,
    lang: str,
) -> PairContext:
    """The context of the story's pair rules; ``superseded`` is ``superseded_in(sources,
    claims)`` when the caller has it already."""
    claims = tuple(claims)
    return PairContext(
        sources=sources,
        dated=_keys_by_source(claims, _day_key),  # (event class, day, minute)
        parted=_keys_by_source(claims, partial(_part_key, lang=lang)),  # parts, no clock time
        figures=_figures_by_source(claims, lang),
        exact=numeric.exact_figures(claims, lang),
        stated=loose_summaries.stated_figures(claims),
        superseded=superseded_in(sources, claims, lang) if superseded is None else superseded,
        lang=lang,
    )


def judge_pair(whole: ClaimPair, context: PairContext) -> Discrepancy | None:
    """The discrepancy of one matched pair under the registry's pair rules, if any.

    A precision difference is not flagged when one source itself states both values (it
    says "August 9" in one place and "in August" in another): that is a shorthand, not a
    discrepancy between sources. Nor is a date conflict when one source (of the context's
    claims, all claims of the story) dates the same event class on both days ("one blast on
    March 2 and two more on March 12"): those are two events. Nor is a figure difference
    when a source of one side also gives, for the same frame, a figure that agrees with the
    other side (a live report's earlier toll beside its latest, a vague figure beside the
    exact one): that source says both, so the sources do not disagree. Nor is a loose count
    ("several") beside a quoted figure, or quoted itself, nor a vague plural read loosely
    above its range with a side quoted (``rules.quoted_counts``), or whose own article states
    the other side's figure (``rules.loose_summaries``).
    Nor is a vague figure against one whose article also gives a figure inside the vague
    range (``rules.vague_inside``), nor an "others" count against one told beside another
    count of the other casualty (``rules.casualty_mates``).
    """
    superseded = context.superseded
    pair = _without_superseded(whole, superseded)
    if pair is None:
        return None
    finding = compare_pair(pair, context.lang)
    if finding is None:
        return None
    if finding.kind in _PRECISION and _sources(pair, "a") & _sources(pair, "b"):
        return None
    if finding.kind is DiscrepancyKind.TIME_CONFLICT and _both_days_in_one(pair, context):
        return None
    if finding.kind is DiscrepancyKind.TIME_PRECISION and (
        time.forecast_when(pair, context.sources)
        or ago_resolved.ago_resolved(pair, context.sources, context.lang)
    ):
        return None
    if finding.kind in _APART and vague_inside.vague_met_in_other(pair, _all(context.figures)):
        return None
    if finding.kind in _FIGURES and (
        _one_source_gives_both(pair, context.figures, context.sources, context.lang)
        or _article_says_replaced(pair, superseded, context.lang)
        or numeric.stated_under_other_noun(_both_sources(pair), pair, context.exact, context.lang)
        or running_counts.earlier_point(pair, context.sources, _all(context.figures), context.lang)
        or quoted_counts.loose_quoted_count(pair, context.sources, context.lang)
        or quoted_counts.loose_quoted_reach(pair, context.sources, context.lang)
        or loose_summaries.summarised_figure(pair, context.stated, context.lang)
        or casualty_mates.unlike_mates(pair, context.sources, _all(context.figures), context.lang)
        or _dropped(pair.a, pair.b, context.lang)
    ):
        return None
    return discrepancy(
        pair, finding, context.sources, older=_older_side(pair, superseded), lang=context.lang
    )


def compare_pairs(
    pairs: Iterable[ClaimPair],
    sources: Mapping[str, Source],
    claims: Iterable[Claim] = (),
    *,
    superseded: Superseded | None = None,
    lang: str,
) -> list[Discrepancy]:
    """Discrepancies for matched pairs of claim groups (``judge_pair`` in the context of
    ``claims``, all claims of the story), worst first."""
    context = pair_context(sources, claims, superseded=superseded, lang=lang)
    found = (judge_pair(pair, context) for pair in pairs)
    return sort_discrepancies(_once(d for d in found if d is not None))


def _once(found: Iterable[Discrepancy]) -> Iterable[Discrepancy]:
    """Each pair of claims once: pairs whose replaced figures read as the same newer figure
    (``_with_replacement``) are one row."""
    seen: set[tuple[str, str, int, int, str, int, int]] = set()
    for d in found:
        key = (d.kind.value, d.a.source, d.a.start, d.a.end, d.b.source, d.b.start, d.b.end)
        if key not in seen:
            seen.add(key)
            yield d


def _older_side(pair: ClaimPair, superseded: Superseded) -> bool:
    """Whether a side of the pair stands in an older part of its live document."""
    return superseded.in_older_part(pair.a) or superseded.in_older_part(pair.b)


def _day_key(claim: Claim) -> _DayKey | None:
    t = claim.time
    if claim.value is not None or not claim.event or t is None or t.begin is None:
        return None
    return claim.event, t.begin, t.minute_start


def _keys_by_source(
    claims: Iterable[Claim], key_of: Callable[[Claim], _Key | None]
) -> dict[str, set[_Key]]:
    """Per source, the keys ``key_of`` gives its claims (claims it gives none are left out)."""
    keys: dict[str, set[_Key]] = {}
    for claim in claims:
        key = key_of(claim)
        if key is not None:
            keys.setdefault(claim.source, set()).add(key)
    return keys


def _part_key(claim: Claim, lang: str) -> _PartKey | None:
    key = _day_key(claim)
    if key is None or key[2] is not None:
        return None
    part = day_part(claim, date_words(lang))
    return None if part is None else (key[0], key[1], part)


def _both_days_in_one(pair: ClaimPair, context: PairContext) -> bool:
    """Whether a source of one side also dates the event class on the other side's day, or,
    for one day told in two parts, in the other side's part of it ("one blast Monday
    morning and another Monday night")."""
    key_a, key_b = _day_key(pair.a), _day_key(pair.b)
    if key_a is None or key_b is None:
        return False
    if key_a == key_b:  # one day: every side dates it, the parts tell the two apart
        return _in_other_source(
            pair, _part_key(pair.a, context.lang), _part_key(pair.b, context.lang), context.parted
        )
    return _in_other_source(pair, key_a, key_b, context.dated)


def _in_other_source(
    pair: ClaimPair,
    key_a: Hashable | None,
    key_b: Hashable | None,
    dated: Mapping[str, AbstractSet[Hashable]],
) -> bool:
    """Whether a source of side a has side b's key, or one of side b has side a's."""
    if key_a is None or key_b is None:
        return False
    return any(key_b in dated.get(s, set()) for s in _sources(pair, "a")) or any(
        key_a in dated.get(s, set()) for s in _sources(pair, "b")
    )


def _figures_by_source(claims: Iterable[Claim], lang: str) -> dict[_FigureKey, list[Claim]]:
    """Every comparable figure claim, by source, block and what it counts."""
    index: dict[_FigureKey, list[Claim]] = {}
    for claim in claims:
        if claim.value is not None and comparable(claim, lang):
            index.setdefault((claim.source, block_key(claim, lang), claim.what), []).append(claim)
    return index


def _one_source_gives_both(
    pair: ClaimPair,
    figures: Mapping[_FigureKey, list[Claim]],
    sources: Mapping[str, Source],
    lang: str,
) -> bool:
    """Whether a source of one side also states, for the same frame, the other side's figure.
    Not a headline's figure its own body restates otherwise ("6 dead" above "the 12 killed"):
    a stale headline is still compared (``rules.superseded``)."""
    for side, other in (("a", pair.b), ("b", pair.a)):
        for source in sorted(_sources(pair, side)):
            stale = _headline_only(pair, side, source, sources)
            for claim in figures.get((source, block_key(other, lang), other.what), ()):
                if claim.source == other.source:
                    continue
                if stale and not _headline_claim(claim, sources):
                    continue
                if _rounds_both(claim, other, _own(pair, side, source), lang):
                    continue  # "closed at 15,871" gives neither 15,871.35 nor 15,871.28
                if len(claim_groups((claim, other), lang)) == 1:
                    return True  # the same figure, said the same way
                matched = pairs_in_block((claim, other), lang)
                if matched and compare_pair(matched[0], lang) is None:
                    return not numeric.vague_apart(claim, other, lang)
    return False


def _own(pair: ClaimPair, side: str, source: str) -> Claim | None:
    """The claim of ``source`` on one side of the pair (the first, when it has several)."""
    return next((c for c in _side_claims(pair, side) if c.source == source), None)


def _rounds_both(claim: Claim, other: Claim, own: Claim | None, lang: str) -> bool:
    """Whether ``claim`` is a rounding of both sides' figures, more precise than it: the
    source that gives it ("closed at 15,871") gives neither 15,871.35 nor its own 15,871.28."""
    mine, theirs, ours = (_point(c) for c in (claim, other, own))
    if mine is None or theirs is None or ours is None or mine in (theirs, ours):
        return False
    return numeric.rounds_to(theirs, mine, lang=lang) and numeric.rounds_to(ours, mine, lang=lang)


def _point(claim: Claim | None) -> float | None:
    return claim.value.point if claim is not None and claim.value is not None else None


def _headline_only(pair: ClaimPair, side: str, source: str, sources: Mapping[str, Source]) -> bool:
    """Whether every claim of ``source`` on one side of the pair stands in its headline."""
    own = [c for c in _side_claims(pair, side) if c.source == source]
    return bool(own) and all(_headline_claim(c, sources) for c in own)


def _headline_claim(claim: Claim, sources: Mapping[str, Source]) -> bool:
    source = sources.get(claim.source)
    return source is not None and in_headline(source.text, claim.start)


def _all(figures: Mapping[_FigureKey, list[Claim]]) -> Iterable[Claim]:
    return (claim for claims in figures.values() for claim in claims)


def _figures_differ(new: Claim, old: Claim, lang: str) -> bool:
    """Whether two figures of one frame disagree (they do not say the same)."""
    return not numeric.agree(new, old, lang)


def _without_superseded(pair: ClaimPair, superseded: Superseded) -> ClaimPair | None:
    """The pair without the claims their own article replaces; None when a side is left empty."""
    side_a = [c for c in (pair.a, *pair.also_a) if not superseded.set_aside(c)]
    side_b = [c for c in (pair.b, *pair.also_b) if not superseded.set_aside(c)]
    if len(side_a) == 1 + len(pair.also_a) and len(side_b) == 1 + len(pair.also_b):
        return pair
    for a in side_a:
        for b in side_b:
            if a.source != b.source:
                also_a = tuple(c for c in side_a if c is not a)
                also_b = tuple(c for c in side_b if c is not b)
                return replace(pair, a=a, b=b, also_a=also_a, also_b=also_b)
    return _with_replacement(pair, side_a, side_b, superseded)


def _with_replacement(
    pair: ClaimPair, side_a: list[Claim], side_b: list[Claim], superseded: Superseded
) -> ClaimPair | None:
    """A lone figure its article replaced, read as the article's newer figure of the frame
    ("More than two dozen" below an update's "at least 19"): the pair then compares what
    the article says now. None when no single replacement stands for an emptied side."""
    a = side_a[0] if side_a else (superseded.replacement(pair.a) if not pair.also_a else None)
    b = side_b[0] if side_b else (superseded.replacement(pair.b) if not pair.also_b else None)
    if a is None or b is None or a.source == b.source or len(side_a) > 1 or len(side_b) > 1:
        return None
    return replace(pair, a=a, b=b, also_a=(), also_b=())


def _article_says_replaced(pair: ClaimPair, superseded: Superseded, lang: str) -> bool:
    """Whether a source of one side says the other side's figure is its count of before.

    "Previously, officials had said 170 to 180 people were injured" beside "more than 200":
    another source's "more than 180" is the old count, and the article says it changed.
    """
    for side, other in (("a", pair.b), ("b", pair.a)):
        for source in sorted(_sources(pair, side)):
            for old in superseded.revisions.get(source, ()):
                if same_frame(old, other, lang) and numeric.near(old, other, lang):
                    return True
    return False


def _both_sources(pair: ClaimPair) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(_sources(pair, "a")), frozenset(_sources(pair, "b"))


def _sources(pair: ClaimPair, side: str) -> set[str]:
    return {c.source for c in _side_claims(pair, side)}


def _side_claims(pair: ClaimPair, side: str) -> tuple[Claim, ...]:
    """The claims of one side of a pair ("a" or "b"): its claim, then the rest of its group."""
    return (pair.a, *pair.also_a) if side == "a" else (pair.b, *pair.also_b)


def _dropped(a: Claim, b: Claim, lang: str) -> bool:
    """Whether a reason of ``[frame] drop_when`` holds: the pair is not flagged at all."""
    holds = {"far_apart": far_apart(a, b, lang)}
    return any(holds.get(reason, False) for reason in compare_rules(lang).drop_when)


def bare_figure(claim: Claim, lang: str) -> bool:
    """Whether a count is the figure alone ("16", "Dozens"): what it counts came from the
    sentence, not from a noun beside it (money, measures and percentages carry a unit)."""
    q = claim.value
    if claim.event in owner_events(lang):
        return False  # "closed at 21,200.62": a named owner's level has no noun to read
    return q is not None and q.unit is Unit.COUNT and claim.text.strip() == q.text.strip()


def frame_doubts(a: Claim, b: Claim, kind: DiscrepancyKind, lang: str) -> int:
    """How many parts of two frames could not be shown to agree (``frame_unknowns``), with a
    vague magnitude in a conflict, a hedged date, and figures ``far_apart`` times apart each
    one more doubt; a certainty pair's own hedge is what it flags, not a doubt."""
    unknowns = frame_unknowns(a, b, lang)
    if kind is DiscrepancyKind.CERTAINTY:
        unknowns = [u for u in unknowns if u != ONE_SIDE_HEDGES]
    doubts = len(unknowns) + far_apart(a, b, lang)
    vague = a.value is not None and b.value is not None and (a.value.vague or b.value.vague)
    if vague and kind is DiscrepancyKind.NUMERIC_CONFLICT:
        doubts += 1
    if a.value is None and b.value is None and _hedged(a, b):
        doubts += 1  # "probably since 1992": a hedged date is no firm date to set against
    return doubts


def _hedged(a: Claim, b: Claim) -> bool:
    return CertaintyLevel.HEDGED in (a.certainty.level, b.certainty.level)


def uncertain_frame(a: Claim, b: Claim, kind: DiscrepancyKind, lang: str) -> bool:
    """Whether two frames agree only loosely, so a flag deserves less urgency."""
    return frame_doubts(a, b, kind, lang) >= 1


def doubtful_frame(a: Claim, b: Claim, kind: DiscrepancyKind, lang: str) -> bool:
    """Whether two frames have two doubts or more: nothing shows one measure of one event
    ("six people" killed, said of no place, against "17 dead" at a named school)."""
    return frame_doubts(a, b, kind, lang) >= 2


def reported_assertion(a: Claim, b: Claim, kind: DiscrepancyKind) -> bool:
    """Whether a certainty pair's asserting side is itself a report ("a group said the
    airstrikes killed 14" against "reportedly killed at least 14"): both sides report."""
    if kind is not DiscrepancyKind.CERTAINTY:
        return False
    asserting = [c for c in (a, b) if c.certainty.level is not CertaintyLevel.HEDGED]
    return bool(asserting) and all(c.attribution for c in asserting)


def severity_of(
    pair: ClaimPair,
    kind: DiscrepancyKind,
    sa: Source | None,
    sb: Source | None,
    *,
    lang: str,
    older: bool = False,
) -> Severity:
    """The kind's severity from data, lower by the steps of each reason that holds
    (``[frame.lower_steps]``); ``older``: a side stands in an older part of a live document;
    ``lang``: the story's language."""
    rules = compare_rules(lang)
    a, b = pair.a, pair.b
    holds = {
        "published_apart": published_apart(sa, sb, lang),
        "uncertain_frame": uncertain_frame(a, b, kind, lang),
        "doubtful_frame": doubtful_frame(a, b, kind, lang),
        "bare_figure": bare_figure(a, lang) or bare_figure(b, lang),
        "older_part": older,
        "reported_assertion": reported_assertion(a, b, kind),
    }
    steps = sum(n for reason, n in rules.lower_steps.items() if holds.get(reason, False))
    base = _ORDER.index(rules.severity[kind])
    return _ORDER[min(len(_ORDER) - 1, base + steps)]


def sort_discrepancies(items: Iterable[Discrepancy]) -> list[Discrepancy]:
    """Worst first, then by subject, kind and where the first side stands."""
    return sorted(
        items,
        key=lambda d: (
            SEVERITY_RANK[d.severity],
            d.subject,
            d.kind.value,
            d.a.source,
            d.a.start,
            d.b.source,
            d.b.start,
        ),
    )


def discrepancy(
    pair: ClaimPair,
    finding: Finding,
    sources: Mapping[str, Source],
    *,
    lang: str,
    older: bool = False,
) -> Discrepancy:
    """The Discrepancy of one finding: stable id, severity, values and explanation."""
    a, b = pair.a, pair.b
    sa, sb = sources.get(a.source), sources.get(b.source)
    kind = finding.kind
    value_a, value_b = value_text(a, lang), value_text(b, lang)
    return Discrepancy(
        id=stable_id(kind.value.split(".")[0], kind.value, a.subject, a.metric, value_a, value_b),
        kind=kind,
        severity=severity_of(pair, kind, sa, sb, lang=lang, older=older),
        subject=a.subject,
        metric=a.metric,
        a=mention_of(a),
        b=mention_of(b),
        value_a=value_a,
        value_b=value_b,
        published_a=sa.published if sa else None,
        published_b=sb.published if sb else None,
        explanation=explain(a, b, finding, sa, sb, also=also_text(pair), lang=lang),
        claim_a=a,
        claim_b=b,
        details=details(pair),
    )


def by_source(sources: Iterable[Source]) -> dict[str, Source]:
    """Sources keyed by id."""
    return {s.id: s for s in sources}


__all__ = [
    "PAIR_RULES",
    "REGISTRY",
    "STORY_RULES",
    "Finding",
    "PairContext",
    "Rule",
    "StoryRecords",
    "StoryRule",
    "by_source",
    "compare_pair",
    "compare_pairs",
    "compare_rules",
    "discrepancy",
    "judge_pair",
    "mention_of",
    "pair_context",
    "registered_kinds",
    "severity_of",
    "sort_discrepancies",
    "story_rows",
    "superseded_in",
]
