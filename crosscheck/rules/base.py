"""Shared records of the rules: the comparison lexicon, what a rule finds, and the two shapes
of a registered rule.

Every rule declares its name, the kinds it may report (each kind's default severity is read
from ``[severity]`` of ``lexicon/common/compare.toml`` through ``crosscheck.severity``; no rule
hard-codes one) and what it reads:

* ``Rule`` reads matched claim pairs (``PAIRS``): ``applies(pair)`` and ``find(a, b, lang)``
  (``lang``: the story's language, whose lexicons the rule reads).
* ``StoryRule`` reads what the matching stage paired in the story's claims of a family
  (``StoryRecords``: the pairs of spellings of one name ``NAME_PAIRS``, of assertions
  ``ASSERTION_PAIRS``, of hedged and outright statements ``STATEMENT_PAIRS``) and the figure
  rows already found (``FIGURES``), judges them and returns its discrepancies. It pairs
  nothing itself (``crosscheck.match.name_pairs``, ``crosscheck.match.statement_pairs``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from crosscheck.certainty.records import AssertionPair
from crosscheck.lexicon import explain_words as explain_words  # the rules' words, one reader
from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import (
    Claim,
    ClaimPair,
    Discrepancy,
    DiscrepancyKind,
    Mention,
    Quantity,
    Severity,
    Source,
    Unit,
)
from crosscheck.names.records import VariantPair
from crosscheck.rules.superseded import Superseded
from crosscheck.severity import default_severities

if TYPE_CHECKING:  # the record only: a rule never runs the pairing
    from crosscheck.match.statement_pairs import MatchedStatement

# What a rule reads: a Rule, matched claim pairs; a StoryRule, fields of ``StoryRecords``.
PAIRS = "pairs"  # matched claim pairs (figures and dates, certainty claims)
NAME_PAIRS = "name_pairs"  # two spellings of one name (``match.name_pairs``)
ASSERTION_PAIRS = "assertion_pairs"  # an assertion hedged and stated outright
STATEMENT_PAIRS = "statement_pairs"  # a hedged statement and an outright sentence
FIGURES = "figures"  # the figure and date rows the pair rules found
SUPERSEDED = "superseded"  # the figures the articles replace (``rules.superseded``)


@dataclass(frozen=True, slots=True)
class CompareRules:
    """The comparison lexicon (``lexicon/en/compare.toml`` with ``lexicon/common/compare.toml``),
    parsed once."""

    severity: dict[DiscrepancyKind, Severity]
    relative_tolerance: float
    about_tolerance: float
    counted_step: float
    about_modifiers: frozenset[str]
    vague_gap: float
    finer_same_side: frozenset[str]
    rounded_events: frozenset[str]
    exact_events: frozenset[str]
    days_per: dict[str, float]
    describe: dict[str, str]
    published_apart_days: int
    lower_steps: dict[str, int]
    drop_when: tuple[str, ...]
    far_apart: float


COMPARE = "compare"
"""The lexicon of the pair rules' tolerances and reasons (``compare.toml``)."""


@cache
def compare_rules(lang: str) -> CompareRules:
    """Severities, tolerances and wording from ``lexicon/<lang>/compare.toml`` with
    ``lexicon/common/compare.toml``, read once per language."""
    data = load_lexicon("compare", lang)
    numeric = require(data, "numeric", dict, "compare", lang=lang)
    frame = require(data, "frame", dict, "compare", lang=lang)
    return CompareRules(
        severity=default_severities(),
        relative_tolerance=float(
            require(numeric, "relative_tolerance", float, "compare", lang=lang)
        ),
        about_tolerance=float(require(numeric, "about_tolerance", float, "compare", lang=lang)),
        counted_step=float(require(numeric, "counted_step", int, "compare", lang=lang)),
        about_modifiers=frozenset(
            str(x).lower() for x in require(numeric, "about_modifiers", list, "compare", lang=lang)
        ),
        vague_gap=float(require(numeric, "vague_gap", float, "compare", lang=lang)),
        finer_same_side=frozenset(
            str(x) for x in require(numeric, "finer_same_side", list, "compare", lang=lang)
        ),
        rounded_events=frozenset(
            str(x) for x in require(numeric, "rounded_events", list, "compare", lang=lang)
        ),
        exact_events=frozenset(
            str(x) for x in require(numeric, "exact_events", list, "compare", lang=lang)
        ),
        days_per={
            str(k): float(v)
            for k, v in require(numeric, "days_per", dict, "compare", lang=lang).items()
        },
        describe={
            str(k): str(v) for k, v in require(data, "describe", dict, "compare", lang=lang).items()
        },
        published_apart_days=int(require(frame, "published_apart_days", int, "compare", lang=lang)),
        lower_steps={
            str(k): int(v)
            for k, v in require(frame, "lower_steps", dict, "compare", lang=lang).items()
        },
        drop_when=tuple(str(x) for x in require(frame, "drop_when", list, "compare", lang=lang)),
        far_apart=float(require(frame, "far_apart", float, "compare", lang=lang)),
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """What a comparison rule found for one pair, before it becomes a Discrepancy."""

    kind: DiscrepancyKind
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """A registered rule over matched claim pairs: a dotted name, the kinds it reports, which
    pairs it reads, and what it finds in one."""

    name: str
    kinds: tuple[DiscrepancyKind, ...]
    applies: Callable[[ClaimPair], bool]
    find: Callable[[Claim, Claim, str], Finding | None]  # (a, b, the story's language)
    reads: tuple[str, ...] = (PAIRS,)


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryRecords:
    """What a story-level rule reads: the sources in report order, what the matching stage
    paired in their claims of the name and statement families (``match.name_pairs``:
    spellings that may name one entity; ``match.statement_pairs``: assertions and
    statements one source hedges and another states outright), and what the pair rules
    found (the figure rows, the figures the articles replace), and the story's language
    (``lang``), whose lexicons the rules read."""

    sources: Sequence[Source]
    lang: str
    name_pairs: Sequence[VariantPair] = ()
    assertion_pairs: Sequence[AssertionPair] = ()
    statement_pairs: Sequence[MatchedStatement] = ()
    figures: Sequence[Discrepancy] = ()
    superseded: Superseded | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryRule:
    """A registered rule over a story's extracted records (``StoryRecords``): a dotted name,
    the kinds it reports, the records it reads, and its discrepancies."""

    name: str
    kinds: tuple[DiscrepancyKind, ...]
    reads: tuple[str, ...]
    find: Callable[[StoryRecords], list[Discrepancy]]


@cache
def far_apart(a: Claim, b: Claim, lang: str) -> bool:
    """Whether two figures lie so far apart that they likely measure different things."""
    if a.value is None or b.value is None:
        return False
    cited = ((_cited(q), q) for q in (a.value, b.value))
    points = [abs(p) * in_days(q, lang) for p, q in cited if p is not None]  # 70 minutes, 2 hours
    if len(points) < 2 or min(points) == 0:
        return False
    return max(points) / min(points) >= compare_rules(lang).far_apart


def in_days(q: Quantity, lang: str) -> float:
    """A duration's (or age's) unit in days; 1 for any other figure."""
    if q.unit in (Unit.DURATION, Unit.AGE) and q.dimension:
        return compare_rules(lang).days_per.get(q.dimension, 1.0)
    return 1.0


def _cited(q: Quantity) -> float | None:
    """The figure cited, or the middle of a range ("between 100 and 150" -> 125)."""
    if q.point is not None:
        return q.point
    if q.is_range and q.low is not None and q.high is not None:
        return (q.low + q.high) / 2
    return None


def mention_of(claim: Claim) -> Mention:
    """The quoted place of a claim."""
    return Mention(
        source=claim.source,
        start=claim.start,
        end=claim.end,
        text=claim.text,
        sentence=claim.sentence,
    )
