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

The context a pair is judged in is ``rules.context``; what sets a finding aside before it is
flagged is ``rules.guards``. Every kind's default severity comes from ``[severity]`` of
``lexicon/common/compare.toml`` (``crosscheck.severity``); a pair rule's drops when the
sources were published apart or the frames agree only loosely (``rules.severity_steps``);
``rules.explain`` builds the pair rules' explanations. Adding a
kind of discrepancy is a ``DiscrepancyKind`` member and its ``[severity]``, one rule module,
one line in ``REGISTRY``, a case file ``tests/cases/rules/<kind>.toml`` and an expected
conflict (README, "Contributing"; ``tests/test_registry.py`` checks each registered kind has
its case file and its severity, ``tests/test_meta.py`` its cases and expected conflict). A
new kind is in none of the sets ``judge_pair`` sets findings aside by (``_FIGURES``,
``_PRECISION``, ``_APART``) until it is added to them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from crosscheck.ids import stable_id
from crosscheck.model import (
    SEVERITY_RANK,
    Claim,
    ClaimPair,
    Discrepancy,
    DiscrepancyKind,
    Source,
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
    mention_of,
)
from crosscheck.rules.context import FigureKey, PairContext, pair_context
from crosscheck.rules.explain import also_text, details, explain, value_text
from crosscheck.rules.guards import (
    article_says_replaced,
    both_days_in_one,
    both_sources,
    dropped,
    one_source_gives_both,
    side_sources,
    stale_headline,
    without_superseded,
)
from crosscheck.rules.severity_steps import severity_of
from crosscheck.rules.superseded import Superseded

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
    pair = without_superseded(whole, superseded)
    if pair is None:
        return None
    finding = compare_pair(pair, context.lang)
    if finding is None:
        return None
    if finding.kind in _PRECISION and side_sources(pair, "a") & side_sources(pair, "b"):
        return None
    if finding.kind is DiscrepancyKind.TIME_CONFLICT and (
        both_days_in_one(pair, context) or time.plan_then_act(pair, context.sources)
    ):
        return None
    if finding.kind is DiscrepancyKind.TIME_PRECISION and (
        time.forecast_when(pair, context.sources)
        or ago_resolved.ago_resolved(pair, context.sources, context.lang)
    ):
        return None
    if finding.kind in _APART and vague_inside.vague_met_in_other(pair, _all(context.figures)):
        return None
    if finding.kind in _FIGURES and (
        one_source_gives_both(
            pair,
            context.figures,
            context.sources,
            context.lang,
            compare=compare_pair,
            bands=context.bands,
        )
        or article_says_replaced(pair, superseded, context.lang)
        or numeric.stated_under_other_noun(both_sources(pair), pair, context.exact, context.lang)
        or running_counts.earlier_point(pair, context.sources, _all(context.figures), context.lang)
        or quoted_counts.loose_quoted_count(pair, context.sources, context.lang)
        or quoted_counts.loose_quoted_reach(pair, context.sources, context.lang)
        or loose_summaries.summarised_figure(pair, context.stated, context.lang)
        or casualty_mates.unlike_mates(pair, context.sources, _all(context.figures), context.lang)
        or dropped(pair.a, pair.b, context.lang)
    ):
        return None
    stale = (
        stale_headline(pair, context.figures, context.sources, context.lang)
        if finding.kind in _FIGURES
        else None
    )
    rising = (
        running_counts.rising_snapshot(pair, context.sources, _all(context.figures), context.lang)
        if finding.kind in _FIGURES
        else None
    )
    return discrepancy(
        pair,
        finding,
        context.sources,
        older=_older_side(pair, superseded),
        stale=stale,
        rising=rising,
        lang=context.lang,
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
    (``guards.without_superseded``) are one row."""
    seen: set[tuple[str, str, int, int, str, int, int]] = set()
    for d in found:
        key = (d.kind.value, d.a.source, d.a.start, d.a.end, d.b.source, d.b.start, d.b.end)
        if key not in seen:
            seen.add(key)
            yield d


def _older_side(pair: ClaimPair, superseded: Superseded) -> bool:
    """Whether a side of the pair stands in an older part of its live document."""
    return superseded.in_older_part(pair.a) or superseded.in_older_part(pair.b)


def _all(figures: Mapping[FigureKey, list[Claim]]) -> Iterable[Claim]:
    return (claim for claims in figures.values() for claim in claims)


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


def unique_ids(rows: Iterable[Discrepancy]) -> list[Discrepancy]:
    """The rows in their order, each id named once: among rows sharing an id the first keeps
    it, each later one gets ``stable_id`` of the base id, its sources and its quoted words (same
    prefix), so an id already unique never changes and re-runs give the same ids."""
    rows = list(rows)
    taken = {d.id for d in rows}
    seen: set[str] = set()
    kept: list[Discrepancy] = []
    for d in rows:
        if d.id in seen:
            d = replace(d, id=_own_id(d, taken))
            taken.add(d.id)
        seen.add(d.id)
        kept.append(d)
    return kept


def _own_id(d: Discrepancy, taken: set[str]) -> str:
    """A later duplicate's id: its sources and quoted words (then their offsets, then a count)
    hashed with the base id, the first such id no row holds."""
    prefix = d.id.rsplit("-", 1)[0]
    sides = (d.a.source, d.a.text, d.b.source, d.b.text)
    where = (f"{d.a.source}@{d.a.start}", f"{d.b.source}@{d.b.start}")
    for extra in ((), where):
        candidate = stable_id(prefix, d.id, *sides, *extra)
        if candidate not in taken:
            return candidate
    count = 2
    while (candidate := stable_id(prefix, d.id, *sides, *where, str(count))) in taken:
        count += 1
    return candidate


def discrepancy(
    pair: ClaimPair,
    finding: Finding,
    sources: Mapping[str, Source],
    *,
    lang: str,
    older: bool = False,
    stale: Claim | None = None,
    rising: Claim | None = None,
) -> Discrepancy:
    """The Discrepancy of one finding: stable id, severity, values and explanation;
    ``stale``: a side that is its article's headline figure, which its body gives otherwise
    (``guards.stale_headline``); ``rising``: the lower side of a same-day toll whose own
    article's headline gives the count lower (``running_counts.rising_snapshot``)."""
    a, b = pair.a, pair.b
    sa, sb = sources.get(a.source), sources.get(b.source)
    kind = finding.kind
    value_a, value_b = value_text(a, lang), value_text(b, lang)
    return Discrepancy(
        id=stable_id(kind.value.split(".")[0], kind.value, a.subject, a.metric, value_a, value_b),
        kind=kind,
        severity=severity_of(
            pair,
            kind,
            sa,
            sb,
            lang=lang,
            older=older,
            stale=stale is not None,
            rising=rising is not None,
        ),
        subject=a.subject,
        metric=a.metric,
        a=mention_of(a),
        b=mention_of(b),
        value_a=value_a,
        value_b=value_b,
        published_a=sa.published if sa else None,
        published_b=sb.published if sb else None,
        explanation=explain(
            a, b, finding, sa, sb, also=also_text(pair), headline=stale, rising=rising, lang=lang
        ),
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
    "registered_kinds",
    "sort_discrepancies",
    "story_rows",
    "unique_ids",
]
