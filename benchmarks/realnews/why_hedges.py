"""Why a certainty conflict makes no row: gold + the story's pipeline run -> the first stage
that loses it (the certainty tracer of ``diagnose --why``).

A certainty conflict goes one of two ways through the pipeline:

- **the figure route**, when both sides' gold words hold a figure claim (of two different
  sources): the two figures must differ in certainty (a hedge read on one: ``figure: hedge
  not read``, ``figure: both hedged``), be matched as one frame (else ``figure: not paired >
  <gate>``, the gate of ``why_figures.trace``), and pass ``rules.figure_certainty``'s steps
  (``figure: rule: figures differ``, ``hedge not before the figure``, ``both attribute``);
- **the statement route** otherwise, traced by ``why_certainty.trace`` (its stages ``a``
  to ``d`` and the guard by its source line). Two details are added: for ``a`` (hedged side
  not read) the hedge words of the lexicons its sentences hold (``hedge: may``), and for
  ``b`` (the other sentence has no form of the statement's first word) how many of the
  hedged statement's identifying words (subjects and objects) the other sentence holds
  (``shares 3/4``): a paraphrase shares few, another verb for the same participants many.

A tracer module of ``diagnose`` (``KINDS``, ``first_gate``); nothing is re-implemented.
Prints no article text: only stages, guards and lexicon words. Only measures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from benchmarks.realnews import why_certainty as wc
from benchmarks.realnews.diagnose import inside_claims
from benchmarks.realnews.why_figures import _matched
from benchmarks.realnews.why_figures import trace as figure_trace
from crosscheck.certainty.comparable import story_assertions
from crosscheck.certainty.records import HedgedStatement
from crosscheck.claims.extract import prepare
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.model import CertaintyLevel, Claim, DiscrepancyKind
from crosscheck.rules.figure_certainty import _both_attribute, _hedge_governs
from crosscheck.rules.numeric import numeric_rule

if TYPE_CHECKING:
    from benchmarks.realnews.diagnose import Story
    from crosscheck.expectations import Expectation

KINDS = frozenset({DiscrepancyKind.CERTAINTY})

# The figure route's gates in pipeline order: a pair stopped at a later one got further.
_FIGURE_ORDER = (
    "hedge not read",
    "both hedged",
    "not paired",
    "rule: figures differ",
    "rule: hedge not before the figure",
    "rule: both attribute",
    "rule: a finding, not among the rows",
)


def first_gate(
    e: Expectation, first: Sequence[Claim], second: Sequence[Claim], story: Story
) -> str:
    """The first stage that loses a certainty conflict: the figure route's gate when both
    sides hold figure claims of two sources (claims holding the gold's words, else claims
    inside them: "supposedly 15" holds the claim "15"), followed by the statement route's
    stage letter; else the statement route's stage."""
    figures = [
        (a, b)
        for a in _figures(e.claims[0], first, story, e.sources)
        for b in _figures(e.claims[1], second, story, e.sources)
        if a.source != b.source
    ]
    if not figures:
        return statement_gate(e, story)
    gates = [figure_gate(a, b, story) for a, b in figures]
    best = max(gates, key=lambda g: _FIGURE_ORDER.index(g.partition(" > ")[0]))
    statement = statement_gate(e, story).partition(":")[0]
    return f"figure: {best}; statement: {statement}"


def _figures(
    words: str, holding: Sequence[Claim], story: Story, sources: Sequence[str]
) -> list[Claim]:
    """A side's figure claims: those holding its words, else those inside its words."""
    found = [c for c in holding if c.value is not None]
    if found:
        return found
    return inside_claims(words, story.claims, sources, figures=True)


def figure_gate(a: Claim, b: Claim, story: Story) -> str:
    """Where the figure route stops a pair of figure claims (a name of ``_FIGURE_ORDER``,
    "not paired" followed by the figures tracer's gate)."""
    hedged = [c for c in (a, b) if c.certainty.level is CertaintyLevel.HEDGED]
    if not hedged:
        return "hedge not read"
    if len(hedged) == 2:
        return "both hedged"
    if _matched(a, b, story.compared.pairs) is None:
        return f"not paired > {figure_trace(a, b, story).name}"
    if numeric_rule(a, b, DEFAULT_LANGUAGE) is not None:
        return "rule: figures differ"
    plain = b if hedged[0] is a else a
    if not _hedge_governs(hedged[0]):
        return "rule: hedge not before the figure"
    if _both_attribute(hedged[0], plain, DEFAULT_LANGUAGE):
        return "rule: both attribute"
    return "rule: a finding, not among the rows"


def certainty_story(story: Story) -> wc.Story:
    """``why_certainty``'s reading of a story ``diagnose`` has already run."""
    return wc.Story(
        sources=story.sources,
        sentences={s.id: prepare(s).sentences for s in story.sources},
        statements=dict(story.statements),
        assertions=story_assertions(story.sources, story.statements, DEFAULT_LANGUAGE),
        rows=story.compared.discrepancies,
    )


def statement_gate(e: Expectation, story: Story) -> str:
    """``why_certainty``'s stage and guard, with the hedge words (stage a) or the shared
    identifying words (stage b) added."""
    read = certainty_story(story)
    got = wc.trace(e, read)
    name = f"{got.stage}: {got.guard}" if got.guard else got.stage
    sides = wc._sides(e, read.sources, read.sentences)
    if got.stage == wc.A_NOT_READ:
        words = sorted({w for one, two in sides for w in _lexicon_hedges(one, two)})
        return f"{name} (hedge: {', '.join(words)})" if words else name
    if got.stage == wc.B_NOT_STATED and got.guard.startswith("no form"):
        counts = [held for one, two in sides if (held := _shared(one, two, read)) is not None]
        shared = max(counts, default=None)
        return f"{name} (shares {shared[0]}/{shared[1]})" if shared else name
    return name


def _lexicon_hedges(one: wc.Side, two: wc.Side) -> set[str]:
    """The lexicon hedge words (statement hedges, then general hedges) of two sentences."""
    found = {m.group().lower() for side in (one, two) for m in wc._hedge_words(side.sentence)}
    if found:
        return found
    return {w.lower() for side in (one, two) for w in wc._general_hedges(side.sentence)}


_WORD = re.compile(r"\w+")


def _shared(one: wc.Side, two: wc.Side, story: wc.Story) -> tuple[int, int] | None:
    """(held, of) for the hedged statement of either side whose identifying words the other
    side's sentence holds most of; None when neither side has a hedged statement."""
    best: tuple[int, int] | None = None
    for hedged, plain in ((one, two), (two, one)):
        words = set(_WORD.findall(plain.sentence.text.lower()))
        for record in wc._hedged_records(story, hedged):
            if not isinstance(record, HedgedStatement):
                continue
            wanted = {*record.objects, *record.subjects}
            got = (len(wanted & words), len(wanted))
            if best is None or got > best:
                best = got
    return best
