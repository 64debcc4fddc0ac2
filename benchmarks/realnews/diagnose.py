"""Where each missed gold conflict is lost: gold + stories -> one stage per miss, counted.

    python -m benchmarks.realnews.diagnose [--gold DIR] [--realnews DIR] [--list] [--why]

For every gold conflict of a figure or date kind that no flagged row matches, the story's
claims are searched for each side's words (the expectations rule: case-folded words found in
a claim's text or its date's text, in one of the named sources). The miss is put in the
first stage that fails:

- ``no claim: both`` / ``no claim: one side``: a side's words are in no claim of its
  sources, so extraction (or cleaning) lost it;
- ``claim inside the words``: a side's words are in no claim, but they hold a claim of its
  sources of the gold kind's family, a date for a date kind (gold "In a tweet issued Monday
  night", the claim "Monday night"), a figure for a figure kind ("Three days later", the
  claim "Three days"), and so does the other side (or its words are a claim): the claim
  exists and the gold's words are longer. ``claim inside the words, flagged`` when a row
  pairs two such claims of the two sides: the row is there, and only the gold's longer
  words keep the scorer from counting it (score.py's matching is left as it is);
- ``claims, not flagged``: both sides are claims, but matching or the rules did not make a
  row of them (a frame, an event key or a guard kept them apart).

With ``--why``, each "claims, not flagged" miss is traced further by the tracer registered
for its kind (``WHY_MODULES``: a module with ``KINDS``, the gold kinds it traces, and
``first_gate(expectation, first, second, story) -> str``, the first gate of the pipeline
that stops the side claims, ``first`` and ``second``), and the misses are counted per gate;
``--why --list`` prints story, gold id and gate per miss (no article text). With
``--beyond``, a miss stopped at the frame gate (``comparable``) is also traced past it by the
tracer's ``beyond`` (where it has one): ``comparable: no event (both) > beyond: subject``.

Name and certainty conflicts are counted apart (``not a claim kind``): their mentions are
not claims. With ``--why``, a certainty conflict goes to its own tracer
(``why_hedges``: the figure route, or the statement stages of ``why_certainty``), which
reads the statements the pipeline kept (``Story.statements``). Only measures; it changes
nothing and reads the gold only to count.
"""

from __future__ import annotations

import argparse
import importlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import markdown_table
from benchmarks.realnews.score import (
    GOLD_DIR,
    find_realnews,
    gold_files,
    gold_matches,
    story_dir,
)
from crosscheck.certainty.statements import Statements
from crosscheck.check import Compared, run_story
from crosscheck.claims.dates import DATE_KIND
from crosscheck.expectations import Expectation, _norm, load_expectations
from crosscheck.model import Claim, DiscrepancyKind, Source
from crosscheck.sources import load_story, validate_sources

CLAIM_KINDS = frozenset(
    {
        DiscrepancyKind.NUMERIC_CONFLICT,
        DiscrepancyKind.NUMERIC_DIVERGENCE,
        DiscrepancyKind.NUMERIC_PRECISION,
        DiscrepancyKind.TIME_CONFLICT,
        DiscrepancyKind.TIME_PRECISION,
    }
)
NOT_FLAGGED = "claims, not flagged"
INSIDE = "claim inside the words"
INSIDE_FLAGGED = "claim inside the words, flagged"
# The gold kinds whose words may be longer than a date claim's ("In a tweet issued Monday
# night" / "Monday night").
DATE_KINDS = frozenset({DiscrepancyKind.TIME_CONFLICT, DiscrepancyKind.TIME_PRECISION})

# The tracers of "claims, not flagged" misses, one module per family of kinds (see the
# module docstring); a kind no module traces is counted as "untraced".
WHY_MODULES: tuple[str, ...] = (
    "benchmarks.realnews.why_figures",
    "benchmarks.realnews.why_dates",
    "benchmarks.realnews.why_hedges",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """One story as the pipeline read it: its sources, every claim, and what it compared
    (blocks, pairs, rows; ``check.Compared``), and what certainty read in each source."""

    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    compared: Compared
    statements: Mapping[str, Statements] = field(default_factory=dict)


Tracer = Callable[[Expectation, Sequence[Claim], Sequence[Claim], Story], str]
# The gate a tracer names for a pair the frame gate stops; ``beyond`` traces such misses on.
FRAME_GATE = "comparable"


def tracers(*, beyond: bool = False) -> dict[DiscrepancyKind, Tracer]:
    """The registered tracer of each traced gold kind; with ``beyond``, a tracer that also
    has ``beyond`` names where a miss stopped at the frame gate would stop past it."""
    found: dict[DiscrepancyKind, Tracer] = {}
    for name in WHY_MODULES:
        module = importlib.import_module(name)
        tracer: Tracer = module.first_gate
        past: Tracer | None = getattr(module, "beyond", None)
        if beyond and past is not None:
            tracer = _traced_past(module.first_gate, past)
        found.update(dict.fromkeys(module.KINDS, tracer))
    return found


def _traced_past(first: Tracer, past: Tracer) -> Tracer:
    """``first``'s gate, followed by ``past``'s when ``first`` names the frame gate."""

    def tracer(e: Expectation, a: Sequence[Claim], b: Sequence[Claim], story: Story) -> str:
        gate = first(e, a, b, story)
        if not gate.startswith(FRAME_GATE):
            return gate
        further = past(e, a, b, story)
        return f"{gate} > {further}" if further else gate

    return tracer


def read_story(folder: Path) -> Story:
    """Load a story folder and run the pipeline on it in-process (as ``check`` does)."""
    return story_of(load_story(folder).sources)


def story_of(given: Sequence[Source]) -> Story:
    """Run the pipeline on sources in-process (as ``check`` does), keeping what it compared."""
    sources = validate_sources(given)
    extracted, compared = run_story(sources)
    claims = tuple(c for e in extracted for c in e.claims)
    statements = {e.source: e.statements for e in extracted}
    return Story(sources=tuple(sources), claims=claims, compared=compared, statements=statements)


def side_claims(words: str, claims: Sequence[Claim], sources: Sequence[str]) -> list[Claim]:
    """The claims whose text (or date text) holds ``words``, in one of ``sources`` if named."""
    target = _norm(words)
    return [
        c
        for c in claims
        if (not sources or c.source in sources)
        and (target in _norm(c.text) or (c.time is not None and target in _norm(c.time.text)))
    ]


def inside_claims(
    words: str, claims: Sequence[Claim], sources: Sequence[str], *, figures: bool = False
) -> list[Claim]:
    """The date claims (with ``figures``, the figure claims) whose text lies inside
    ``words``, in one of ``sources`` if named ("Monday night" inside "In a tweet issued
    Monday night"; "Three days" inside "Three days later")."""
    target = _norm(words)
    return [
        c
        for c in claims
        if (c.value is not None and c.kind != DATE_KIND if figures else c.kind == DATE_KIND)
        and (not sources or c.source in sources)
        and (text := _norm(c.text))
        and text in target
    ]


def _inside(
    e: Expectation,
    first: list[Claim],
    second: list[Claim],
    story: Story,
    why: Mapping[DiscrepancyKind, Tracer] | None,
) -> str:
    """``INSIDE`` or ``INSIDE_FLAGGED`` for a miss whose sides are claims or hold claims of
    its family inside their words (at least one side only so): date claims for a date kind,
    figure claims for a figure kind ("for 30 years" / the claim "30 years"); "" for another
    miss. With ``why``, an ``INSIDE`` miss is traced on with those claims: "claim inside the
    words > <gate>"."""
    if e.kind not in CLAIM_KINDS:
        return ""
    figures = e.kind not in DATE_KINDS
    a = first or inside_claims(e.claims[0], story.claims, e.sources, figures=figures)
    b = second or inside_claims(e.claims[1], story.claims, e.sources, figures=figures)
    if not a or not b:
        return ""
    spans_a = {(c.source, c.start, c.end) for c in a}
    spans_b = {(c.source, c.start, c.end) for c in b}
    for d in story.compared.discrepancies:
        x, y = (d.a.source, d.a.start, d.a.end), (d.b.source, d.b.start, d.b.end)
        if (x in spans_a and y in spans_b) or (x in spans_b and y in spans_a):
            return INSIDE_FLAGGED
    tracer = why.get(e.kind) if why is not None and e.kind is not None else None
    return INSIDE if tracer is None else f"{INSIDE} > {tracer(e, a, b, story)}"


def stage(e: Expectation, story: Story, why: Mapping[DiscrepancyKind, Tracer] | None = None) -> str:
    """The first stage at which a missed gold conflict is lost; with ``why``, a "claims, not
    flagged" miss is traced to the gate that stops it (``why[kind]``, when registered)."""
    first, second = (side_claims(w, story.claims, e.sources) for w in e.claims)
    if e.kind not in CLAIM_KINDS:
        tracer = why.get(e.kind) if why is not None and e.kind is not None else None
        return "not a claim kind" if tracer is None else tracer(e, first, second, story)
    if not first or not second:
        inside = _inside(e, first, second, story, why)
        if inside:
            return inside
    if not first and not second:
        return "no claim: both"
    if not first or not second:
        return "no claim: one side"
    if why is None:
        return NOT_FLAGGED
    tracer = why.get(e.kind) if e.kind is not None else None
    return tracer(e, first, second, story) if tracer is not None else "untraced"


def diagnose(
    gold: Path,
    realnews: Path,
    *,
    override: bool,
    why: Mapping[DiscrepancyKind, Tracer] | None = None,
) -> list[tuple[str, Expectation, str]]:
    """(story, gold conflict, stage) for every gold conflict no row matches."""
    missed: list[tuple[str, Expectation, str]] = []
    for path in gold_files(gold):
        spec = load_expectations(path)
        folder = story_dir(path, realnews, override=override)
        story = read_story(folder)
        rows = story.compared.discrepancies
        texts = {s.id: s.text for s in story.sources}
        for e in spec.expectations:
            if not e.must_flag or len(e.claims) != 2:
                continue
            if any(gold_matches(e, d, texts) for d in rows):
                continue
            missed.append((folder.name, e, stage(e, story, why)))
    return missed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="folder of gold files")
    parser.add_argument("--realnews", type=Path, default=None, help="the real-news corpus")
    parser.add_argument("--list", action="store_true", help="print every miss with its stage")
    parser.add_argument(
        "--why", action="store_true", help="trace 'claims, not flagged' misses to a gate"
    )
    parser.add_argument(
        "--beyond", action="store_true", help="with --why: trace frame-gate misses past it"
    )
    args = parser.parse_args(argv)
    realnews = find_realnews(args.realnews)
    if realnews is None:
        print("real-news corpus not found (give --realnews DIR)")
        return 0
    why = tracers(beyond=args.beyond) if args.why else None
    missed = diagnose(args.gold, realnews, override=args.realnews is not None, why=why)
    if why is not None:
        missed = [m for m in missed if m[1].kind in why and (m[2] not in _EARLIER)]
    counts = Counter((str(e.kind.value if e.kind else "?"), where) for _, e, where in missed)
    rows = [[kind, where, str(n)] for (kind, where), n in sorted(counts.items())]
    print(markdown_table(["gold kind", "lost at" if why is None else "gate", "misses"], rows))
    if args.list:
        for story, e, where in missed:
            print(f"{story}\t{e.id}\t{where}")
    return 0


# Stages before matching: with --why, only the misses that reached a tracer are counted.
_EARLIER = frozenset({"not a claim kind", "no claim: both", "no claim: one side"})


if __name__ == "__main__":
    raise SystemExit(main())
