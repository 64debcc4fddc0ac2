"""Why two date claims make no row: a story and two of its date claims -> the gates that stop them.

    python -m benchmarks.realnews.why_dates [--gold DIR] [--realnews DIR] [--list]

A date pair is made by one of two paths of ``match.date_pairs.with_date_pairs`` and then
judged by the pair rules (``rules.judge_pair``, ``rules.time.time_rule``):

- ``keys``: the event-key matcher (``date_pairs``: ``_dated``, a shared stem, the event
  match ``same_event`` or a lede's ``LedeMatch.widens``, ``both_sides.says_both``, the articles'
  ``gives_finer`` / ``gives_period``, disjoint periods ``_may_conflict``);
- ``desc``: the descriptor matcher (``date_descriptors.descriptor_pairs``: ``_described``,
  ``describable``, precision, statement dates, nested periods, ``_may_pair``'s shared stems
  and ``_apart``, word weights, similarity and mutual best match, the ``skip`` of
  ``with_date_pairs``: periods paired already, ``both_sides.says_both``, ``gives_finer``,
  ``gives_coarse``, ``gives_clock``).

``trace`` follows two claims through each path's gates in the pipeline's order, calling the
pipeline's own functions (no gate is re-implemented here; only the mutual best match is
read off the pipeline's own run), and goes on past a failed gate, so it lists every gate
that stops the pair on each path, then the rule gates read on the pair (the pipeline's pair
when one was made, else the two claims as one). A gate's ``stage`` orders gates across the
two paths (claim, eligibility, candidate, event, explained, period, one pair, rule); the
headline gate of a pair is the first failed gate of the path that got further.
``why_miss`` reads every cross-source pair of a gold conflict's side claims and keeps the
furthest. Only measures; it changes nothing.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from crosscheck import load_story
from crosscheck.check import Compared, run_story
from crosscheck.claims.date_events import weak_stems
from crosscheck.claims.dates import DATE_KIND, STATED
from crosscheck.expectations import Expectation
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match import both_sides as bs
from crosscheck.match import date_descriptors as dd
from crosscheck.match import date_pairs as dp
from crosscheck.match import date_scopes as ds
from crosscheck.match import descriptor_words as dw
from crosscheck.match import one_event as oe
from crosscheck.match import period_signatures as ps
from crosscheck.match import statement_dates as sd
from crosscheck.match.article_dates import ArticleDates
from crosscheck.match.date_words import date_words
from crosscheck.match.day_parts import day_part
from crosscheck.match.descriptor_clauses import clause_of
from crosscheck.match.lede_dates import LedeMatch
from crosscheck.match.nested_dates import NestedMatch
from crosscheck.match.statement_dates import beside_statement_noun
from crosscheck.model import (
    GRANULARITY_RANK,
    Claim,
    ClaimPair,
    Discrepancy,
    DiscrepancyKind,
    Granularity,
    Source,
)
from crosscheck.rules import compare_pair
from crosscheck.rules import time as time_rules
from crosscheck.rules.context import PairContext, pair_context, superseded_in
from crosscheck.rules.guards import both_days_in_one, without_superseded
from crosscheck.rules.guards import side_sources as pair_sources
from crosscheck.timex.relative import ROLLING_BACK, ROLLING_FORWARD

if TYPE_CHECKING:
    from benchmarks.realnews.diagnose import Story

# Stages of the gates, in the order a pair meets them; a gate name starts with its path.
STAGES = ("claim", "eligible", "candidate", "event", "explained", "period", "one pair", "rule")
_STAGE_OF = {
    "claim: unplaced": 0,
    "claim: a figure": 0,
    "keys: scope word": 1,
    "keys: rolling span": 1,
    "keys: no event key": 1,
    "desc: scope word": 1,
    "desc: rolling span": 1,
    "desc: names which": 1,
    "desc: describable": 1,
    "keys: no shared stem": 2,
    "keys: bound words": 2,
    "desc: same precision": 2,
    "desc: statement vs act": 2,
    "desc: not nested": 2,
    "keys: same event": 3,
    "desc: shared stems": 3,
    "desc: other predicates": 3,
    "desc: short story": 3,
    "desc: similarity": 3,
    "desc: mutual best": 3,
    "keys: says both": 4,
    "keys: gives finer": 4,
    "keys: gives period": 4,
    "desc: paired already": 4,
    "desc: says both": 4,
    "desc: gives finer": 4,
    "desc: gives coarse": 4,
    "desc: gives clock": 4,
    "frame: explained": 4,
    "keys: disjoint periods": 5,
    "keys: bounds apart": 5,
    "keys: same end": 5,
    "keys: one pair per periods": 6,
    "desc: one pair per periods": 6,
}
RULE_STAGE = 7
# Gates by which the descriptor path never reads a pair (it pairs nested periods at two
# precisions only): a pair stopped there is headlined by the event-key path.
_NOT_DESCRIBED = frozenset({"desc: same precision", "desc: not nested"})
FLAGGED = "flagged"


def stage_of(gate: str) -> int:
    """The stage of a gate (a rule gate, "rule: ...", is the last)."""
    return _STAGE_OF.get(gate, RULE_STAGE)


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryTrace:
    """What the pipeline made of one story, read once for every pair traced in it."""

    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    framed: tuple[ClaimPair, ...]
    pairs: tuple[ClaimPair, ...]
    rows: tuple[Discrepancy, ...]
    said: bs.Said
    texts: ArticleDates
    lede: LedeMatch
    covered: frozenset[tuple[object, ...]]
    described_pairs: frozenset[tuple[tuple[str, int, int], tuple[str, int, int]]]
    context: PairContext
    weight: Callable[[str], float] | None


def story_trace(
    sources: Sequence[Source], run: tuple[Sequence[Claim], Compared] | None = None
) -> StoryTrace:
    """Run the pipeline on a story (unless ``run``, its claims and what it compared, is its
    run already) and keep what the gates read (the same calls as
    ``check.compare_extracted`` and ``with_date_pairs``)."""
    from crosscheck.match.figures import claim_blocks, pairs_in_block

    if run is None:
        extracted, compared = run_story(sources)
        claims = tuple(c for e in extracted for c in e.claims)
    else:
        claims, compared = tuple(run[0]), run[1]
    texts_by = {s.id: s.text for s in sources}
    blocks = claim_blocks(
        claims, texts_by, {s.id: s.published for s in sources}, lang=DEFAULT_LANGUAGE
    )
    framed = tuple(p for block in blocks for p in pairs_in_block(block, DEFAULT_LANGUAGE))
    said = bs.said_of(claims, DEFAULT_LANGUAGE)
    texts = ArticleDates(sources, DEFAULT_LANGUAGE)
    kept = [p for p in framed if not dp._explained(p, said, texts, DEFAULT_LANGUAGE)]
    lede, nested = (
        LedeMatch.of(sources, DEFAULT_LANGUAGE),
        NestedMatch.of(sources, DEFAULT_LANGUAGE),
    )

    def event_match(a: Claim, b: Claim) -> bool:
        return oe.same_event(a, b, DEFAULT_LANGUAGE) or lede.widens(a, b) or nested.widens(a, b)

    paired = [
        *kept,
        *dp.date_pairs(claims, framed, texts, event_match, said=said, lang=DEFAULT_LANGUAGE),
    ]
    seen: set[tuple[tuple[str, int, int], tuple[str, int, int]]] = set()

    def record(a: Claim, b: Claim, keys: frozenset[str]) -> bool:
        seen.update({(a.key, b.key), (b.key, a.key)})
        return True

    dd.descriptor_pairs(
        [c for c in claims if dp._described(c, DEFAULT_LANGUAGE)],
        sources,
        record,
        dp._one_year,
        lang=DEFAULT_LANGUAGE,
    )
    described = [
        c
        for c in claims
        if dp._described(c, DEFAULT_LANGUAGE)
        and dd.describable(c, statements=True, lang=DEFAULT_LANGUAGE)
    ]
    lookup = {s.id: s for s in sources}
    context = pair_context(
        lookup,
        claims,
        superseded=superseded_in(lookup, claims, DEFAULT_LANGUAGE),
        lang=DEFAULT_LANGUAGE,
    )
    return StoryTrace(
        sources=tuple(sources),
        claims=claims,
        framed=framed,
        pairs=compared.pairs,
        rows=compared.figures,
        said=said,
        texts=texts,
        lede=lede,
        covered=frozenset(ps.covered_periods(paired)),
        described_pairs=frozenset(seen),
        context=context,
        weight=dw.story_weights(
            sources, [clause_of(c, lang=DEFAULT_LANGUAGE) for c in described], DEFAULT_LANGUAGE
        ),
    )


def _placed_date(c: Claim) -> bool:
    t = c.time
    return c.kind == DATE_KIND and c.value is None and t is not None and t.begin is not None


def _rolling(c: Claim) -> bool:
    t = c.time
    return bool(t and t.note and (ROLLING_BACK in t.note or ROLLING_FORWARD in t.note))


def key_gates(x: Claim, y: Claim, st: StoryTrace) -> list[str]:
    """Every gate of the event-key path (``date_pairs._group_pair``) that stops x and y."""
    failed: list[str] = []
    bounds = dp._bounded(x, DEFAULT_LANGUAGE) and dp._bounded(y, DEFAULT_LANGUAGE)
    for c in (x, y):
        t = c.time
        assert t is not None
        if bounds:
            continue
        if (
            not ds.dating_scope(t, DEFAULT_LANGUAGE)
            and not ds.labels_event(c, DEFAULT_LANGUAGE)
            and "keys: scope word" not in failed
        ):
            failed.append("keys: scope word")
        if _rolling(c) and "keys: rolling span" not in failed:
            failed.append("keys: rolling span")
        if not (c.event_stems and c.event_words) and "keys: no event key" not in failed:
            failed.append("keys: no event key")
    match: oe.EventMatch
    if bounds:
        match = oe.event_matches(DEFAULT_LANGUAGE)[1]
        if not oe.same_bound(x, y, DEFAULT_LANGUAGE):
            failed.append("keys: bound words")
    else:
        match = _event_match(st)
        if not set(x.event_stems) & set(y.event_stems):
            failed.append("keys: no shared stem")
        if not match(x, y):
            failed.append("keys: same event")
    if bs.says_both(*_as_paired(x, y), st.said, match, DEFAULT_LANGUAGE):
        failed.append("keys: says both")
    x2, y2 = dp._one_year(x, y)
    if st.texts.gives_finer(x2, y2):
        failed.append("keys: gives finer")
    if dp._unnamed(x2, y2) and st.texts.gives_period(x2, y2):
        failed.append("keys: gives period")
    assert x2.time is not None and y2.time is not None
    if bounds:
        if not dp._overlap(x2.time, y2.time):
            failed.append("keys: bounds apart")
        if ds.closes_span(x2, DEFAULT_LANGUAGE) and dp._same_end(x2.time, y2.time):
            failed.append("keys: same end")
    elif not dp._overlap(x2.time, y2.time) and not dp._may_conflict(x2, y2, DEFAULT_LANGUAGE):
        failed.append("keys: disjoint periods")
    return failed


def _as_paired(x: Claim, y: Claim) -> tuple[Claim, Claim]:
    """x and y in the order ``date_pairs`` reads them: a day told with a part of the day
    before the same day told bare (its part / bare groups pass the part first), since
    ``says_both`` reads the first of two dates of one granularity as the coarse one; a gold
    conflict that names the bare side first was traced as "one pair per periods"."""
    tx, ty = x.time, y.time
    assert tx is not None and ty is not None
    if tx.granularity is not Granularity.DAY or ty.granularity is not Granularity.DAY:
        return x, y
    words = date_words(DEFAULT_LANGUAGE)
    if day_part(x, words) is None and day_part(y, words) is not None:
        return y, x
    return x, y


def _event_match(st: StoryTrace) -> oe.EventMatch:
    nested = NestedMatch.of(st.sources, DEFAULT_LANGUAGE)

    def event_match(a: Claim, b: Claim) -> bool:
        widened = st.lede.widens(a, b) or nested.widens(a, b) or nested.week_named(a, b)
        return oe.same_event(a, b, DEFAULT_LANGUAGE) or widened

    return event_match


def _statement(c: Claim) -> bool:
    """Whether a date dates a statement, as ``descriptor_pairs`` reads it."""
    return sd.is_statement_date(c, DEFAULT_LANGUAGE) or beside_statement_noun(c, DEFAULT_LANGUAGE)


def descriptor_gates(x: Claim, y: Claim, st: StoryTrace) -> list[str]:
    """Every gate of the descriptor path (``descriptor_pairs`` and ``with_date_pairs``'s
    ``skip``) that stops x and y."""
    failed: list[str] = []
    for c in (x, y):
        t = c.time
        assert t is not None
        checks = (
            (
                "desc: scope word",
                not ds.dating_scope(t, DEFAULT_LANGUAGE)
                and not ds.labels_event(c, DEFAULT_LANGUAGE),
            ),
            ("desc: names which", ps.names_which(t)),
            ("desc: rolling span", _rolling(c)),
            ("desc: describable", not dd.describable(c, statements=True, lang=DEFAULT_LANGUAGE)),
        )
        failed.extend(g for g, bad in checks if bad and g not in failed)
    assert x.time is not None and y.time is not None
    if GRANULARITY_RANK[x.time.granularity] == GRANULARITY_RANK[y.time.granularity]:
        failed.append("desc: same precision")
    if _statement(x) != _statement(y):
        stated, other = (x, y) if _statement(x) else (y, x)
        named = beside_statement_noun(stated, DEFAULT_LANGUAGE)
        if (stated.metric != STATED and not named) or not sd.reports_statement(
            other, DEFAULT_LANGUAGE
        ):
            failed.append("desc: statement vs act")
    x2, y2 = dp._one_year(x, y)
    if not dd._coarse_contains_fine(x2, y2):
        failed.append("desc: not nested")
    sx = dw.content_stems(clause_of(x, lang=DEFAULT_LANGUAGE), DEFAULT_LANGUAGE) - dw.content_stems(
        x.text, DEFAULT_LANGUAGE
    )
    sy = dw.content_stems(clause_of(y, lang=DEFAULT_LANGUAGE), DEFAULT_LANGUAGE) - dw.content_stems(
        y.text, DEFAULT_LANGUAGE
    )
    shared = frozenset(sx & sy)
    texts = {s.id: s.text for s in st.sources}
    if len(shared - weak_stems(DEFAULT_LANGUAGE)) < dd.MIN_SHARED and not dd.shares_participant(
        x, y, texts, lang=DEFAULT_LANGUAGE
    ):
        failed.append("desc: shared stems")
    if dd._apart(x, y, sx, sy, DEFAULT_LANGUAGE):
        failed.append("desc: other predicates")
    weight = st.weight
    if weight is None:
        failed.append("desc: short story")
    elif (x.key, y.key) not in st.described_pairs:
        wx = dd._Described(x, {s: weight(s) for s in sx})
        wy = dd._Described(y, {s: weight(s) for s in sy})
        if wx.similarity(wy) < dd._least_similarity(x, y, shared, DEFAULT_LANGUAGE):
            failed.append("desc: similarity")
        elif not failed:
            failed.append("desc: mutual best")
    tx, ty = x2.time, y2.time
    assert tx is not None and ty is not None
    if (x2.source, ps.signature(tx), y2.source, ps.signature(ty)) in st.covered:
        failed.append("desc: paired already")
    explained = (
        (
            "desc: says both",
            bs.says_both(x2, y2, st.said, oe.event_matches(DEFAULT_LANGUAGE)[0], DEFAULT_LANGUAGE),
        ),
        ("desc: gives finer", st.texts.gives_finer(x2, y2, shared)),
        ("desc: gives coarse", st.texts.gives_coarse(x2, y2, shared)),
        ("desc: gives clock", st.texts.gives_clock(x2, y2)),
    )
    failed.extend(g for g, bad in explained if bad)
    return failed


def rule_gates(pair: ClaimPair, st: StoryTrace) -> list[str]:
    """Every rule gate that stops a pair (``judge_pair``, then ``time_rule``'s ``None``
    branches, read on the pair's first claims as ``compare_pair`` reads them)."""
    context = st.context
    kept = without_superseded(pair, context.superseded)
    if kept is None:
        return ["rule: superseded"]
    finding = compare_pair(kept, context.lang)
    if finding is None:
        return [time_none(kept.a, kept.b)]
    failed = []
    both = pair_sources(kept, "a") & pair_sources(kept, "b")
    if finding.kind is DiscrepancyKind.TIME_PRECISION and both:
        failed.append("rule: one source gives both")
    if finding.kind is DiscrepancyKind.TIME_CONFLICT and both_days_in_one(kept, context):
        failed.append("rule: both days in one source")
    if finding.kind is DiscrepancyKind.TIME_PRECISION and time_rules.forecast_when(
        kept, context.sources
    ):
        failed.append("rule: forecast")
    return failed


def time_none(a: Claim, b: Claim) -> str:
    """Which branch of ``time_rule`` returns no finding for two dates (its tests, in order)."""
    tr = time_rules
    ta, tb = a.time, b.time
    if ta is None or tb is None:
        return "rule: no date"
    pa, pb = tr._period(ta), tr._period(tb)
    if pa == pb:
        return "rule: same period"
    if pa is None or pb is None:
        return "rule: unplaced"
    a_in_b = pb[0] <= pa[0] and pa[1] <= pb[1]
    b_in_a = pa[0] <= pb[0] and pb[1] <= pa[1]
    if (a_in_b or b_in_a) and ta.granularity != tb.granularity:
        coarser_claim = b if a_in_b else a
        coarser = tb if a_in_b else ta
        if (coarser.modifier or "").lower() in date_words(
            DEFAULT_LANGUAGE
        ).span_modifiers and not ds.labels_event(coarser_claim, DEFAULT_LANGUAGE):
            return "rule: span"
        if tr._only_a_label(a, b, DEFAULT_LANGUAGE) or tr._only_a_label(b, a, DEFAULT_LANGUAGE):
            return "rule: label"
        if tr._several_units(coarser):
            return "rule: several units"
        return "rule: closes at year end"
    if pa[0] <= pb[1] and pb[0] <= pa[1]:
        return "rule: overlapping, same precision"
    checks = (
        ("rule: year inferred", tr._year_inferred_apart(ta, tb)),
        (
            "rule: two deadlines",
            ds.closes_span(a, DEFAULT_LANGUAGE) and ds.closes_span(b, DEFAULT_LANGUAGE),
        ),
        ("rule: one night", tr._one_night(a, b, date_words(DEFAULT_LANGUAGE))),
        ("rule: relative day", ta.relative or tb.relative),
    )
    for gate, bad in checks:
        if bad:
            return gate
    return "rule: days apart" if tr._period(ta) and tr._period(tb) else "rule: key words"


@dataclass(frozen=True, slots=True, kw_only=True)
class Trace:
    """The gates that stop two date claims: per path, and the headline ``gate``."""

    a: Claim
    b: Claim
    gate: str
    keys: tuple[str, ...]
    desc: tuple[str, ...]
    rules: tuple[str, ...]

    @property
    def stage(self) -> int:
        return stage_of(self.gate) if self.gate != FLAGGED else RULE_STAGE + 1

    def only(self) -> str | None:
        """The one gate that alone stops the pair on some path (then relaxing it would make
        a row, the rule gates read on the two claims permitting), None when none is alone."""
        for path in (self.keys, self.desc):
            if len(path) == 1 and not self.rules:
                return path[0]
        if not self.keys and len(self.rules) == 1:
            return self.rules[0]
        return None


def _formed(x: Claim, y: Claim, pairs: Iterable[ClaimPair]) -> ClaimPair | None:
    for p in pairs:
        if any({a.key, b.key} == {x.key, y.key} for a, b in p.compared()):
            return p
    return None


def trace(x: Claim, y: Claim, st: StoryTrace) -> Trace:
    """The gates that stop two date claims of different sources (see the module doc)."""
    if not (_placed_date(x) and _placed_date(y)):
        gate = "claim: unplaced" if x.value is None and y.value is None else "claim: a figure"
        return Trace(a=x, b=y, gate=gate, keys=(gate,), desc=(gate,), rules=())
    pair = _formed(x, y, st.pairs)
    keys = key_gates(x, y, st)
    desc = descriptor_gates(x, y, st)
    if pair is not None:
        rules = rule_gates(pair, st)
        return Trace(
            a=x, b=y, gate=rules[0] if rules else FLAGGED, keys=(), desc=(), rules=tuple(rules)
        )
    if _formed(x, y, st.framed) is not None:
        keys = ["frame: explained", *keys]
    elif not keys:
        keys = ["keys: one pair per periods"]
    alone = rule_gates(ClaimPair(a=x, b=y, score=0.0), st)
    if not desc:
        desc = ["desc: one pair per periods"]  # every gate passed, yet no pair: a dedup
    applies = not set(desc) & _NOT_DESCRIBED  # the descriptor path reads nested periods only
    first = desc[0] if applies and stage_of(desc[0]) > stage_of(keys[0]) else keys[0]
    return Trace(a=x, b=y, gate=first, keys=tuple(keys), desc=tuple(desc), rules=tuple(alone))


def why_miss(sides: tuple[Sequence[Claim], Sequence[Claim]], st: StoryTrace) -> Trace | None:
    """The furthest trace over every cross-source pair of a gold conflict's side claims
    (the pair closest to a row), None when no two claims of the sides differ in source."""
    best: Trace | None = None
    for x in sides[0]:
        for y in sides[1]:
            if x.source == y.source or x.key == y.key:
                continue
            found = trace(x, y, st)
            if best is None or found.stage > best.stage:
                best = found
    return best


def gold_traces(
    gold: Path, realnews: Path, *, override: bool
) -> list[tuple[str, str, str, Trace | None]]:
    """(story, gold id, gold kind, trace) for every date miss lost at "claims, not flagged"."""
    from benchmarks.realnews.diagnose import diagnose, side_claims

    found = []
    by_story: dict[str, StoryTrace] = {}
    for story, e, where in diagnose(gold, realnews, override=override):
        if where != "claims, not flagged" or e.kind not in _TIME_KINDS:
            continue
        if story not in by_story:
            by_story[story] = story_trace(load_story(realnews / "stories" / story).sources)
        st = by_story[story]
        first, second = (side_claims(w, st.claims, e.sources) for w in e.claims)
        kind = e.kind.value if e.kind else "?"
        found.append((story, e.id, kind, why_miss((first, second), st)))
    return found


_TIME_KINDS = frozenset({DiscrepancyKind.TIME_PRECISION, DiscrepancyKind.TIME_CONFLICT})
# The gold kinds this tracer reads for ``diagnose --why`` (its ``WHY_MODULES`` hook).
KINDS = _TIME_KINDS
_LAST: list[tuple[tuple[Source, ...], StoryTrace]] = []


def first_gate(
    e: Expectation, first: Sequence[Claim], second: Sequence[Claim], story: Story
) -> str:
    """The headline gate of a "claims, not flagged" date miss (``diagnose --why``): that of
    the furthest cross-source pair of its side claims (``why_miss``)."""
    if not _LAST or _LAST[0][0] != story.sources:
        _LAST[:] = [(story.sources, story_trace(story.sources, (story.claims, story.compared)))]
    found = why_miss((first, second), _LAST[0][1])
    return found.gate if found is not None else "no cross-source pair"


def main(argv: Sequence[str] | None = None) -> int:
    from benchmarks.common import markdown_table
    from benchmarks.realnews.score import GOLD_DIR, find_realnews

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="folder of gold files")
    parser.add_argument("--realnews", type=Path, default=None, help="the real-news corpus")
    parser.add_argument("--list", action="store_true", help="print every miss with its gates")
    args = parser.parse_args(argv)
    realnews = find_realnews(args.realnews)
    if realnews is None:
        print("real-news corpus not found (give --realnews DIR)")
        return 0
    traces = gold_traces(args.gold, realnews, override=args.realnews is not None)
    counts = Counter((kind, t.gate if t else "no cross-source pair") for _, _, kind, t in traces)
    rows = [[kind, gate, str(n)] for (kind, gate), n in sorted(counts.items())]
    print(markdown_table(["gold kind", "first gate", "misses"], rows))
    if args.list:
        for story, gid, kind, t in traces:
            if t is None:
                print(f"{story}\t{gid}\t{kind}\tno cross-source pair")
                continue
            print(
                f"{story}\t{gid}\t{kind}\t{t.gate}\tkeys={list(t.keys)}\tdesc={list(t.desc)}"
                f"\trules={list(t.rules)}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
