"""Where each gold certainty conflict is lost: gold + stories -> one stage per miss, counted.

    python -m benchmarks.realnews.why_certainty [--gold DIR] [--realnews DIR] [--list]

A certainty conflict is one source hedging what another states outright. Each gold
certainty conflict that no flagged row matches is traced through the functions the
pipeline calls (``certainty.hedged_statements``, ``match.statement_search``,
``match.statement_pairs``, ``match.concept_pairs``, ``rules.certainty``), on the records
the pipeline itself read (``check.run_story``), and put at the first stage it fails:

- ``a: hedged side not read``: the hedged side's sentence holds no hedged record (no hedged
  statement, hedged assertion or hedged concept mention). The detail says why: no hedge
  word of the lexicons in either sentence; a general hedge ("may", "could") that hedges no
  statement; the sentence is a question, or the hedge is inside a quotation; or the guard
  of ``statements._statement`` that returned no statement (its condition, as written);
- ``b: asserted side not a statement``: the other sentence holds no form of the hedged
  statement's first word (nor its figure), no outright assertion, no outright mention of
  the concept;
- ``c: never paired``: the first word is there but the words around it do not make a
  candidate (``candidates._candidate``'s guard), or the assertions are not grouped;
- ``d: dropped by a guard``: a candidate that ``outright._outright`` refuses (its guard),
  the hedging article stating it outright itself, another sentence of that source chosen,
  the pair dropped when rows are chosen, or a row whose quoted words miss the gold's.

The side that is hedged is the one with a hedged record inside its gold words, else the one
whose gold words hold a hedge word (then only its sentence is read for stage a), else the one
whose sentence holds a hedged record, else the one whose sentence holds a hedge word. Guards
are named by their source line (the condition before the ``return None``, and its comment),
read with ``sys.settrace`` while the function runs: nothing is re-implemented here.
``--list`` prints story id, gold id, stage and guard (no article text). Only measures; reads
the gold only to count.
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from benchmarks.common import markdown_table
from benchmarks.realnews.score import GOLD_DIR, find_realnews, gold_files, kindless, story_dir
from crosscheck.certainty.comparable import story_assertions
from crosscheck.certainty.hedged_statements import _statement
from crosscheck.certainty.hits import is_question
from crosscheck.certainty.reading import hedge_matches, read_sentence
from crosscheck.certainty.records import Assertion, ConceptMention, HedgedStatement
from crosscheck.certainty.sentence_words import StatementWords, in_quotation
from crosscheck.certainty.statement_rules import statement_rules
from crosscheck.certainty.statements import Statements
from crosscheck.check import run_story
from crosscheck.claims.extract import prepare
from crosscheck.expectations import Expectation, _pair_matches, load_expectations
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.concept_pairs import _fits, _speakers_differ
from crosscheck.match.statement_pairs import assertion_pairs
from crosscheck.match.statement_search import _best, _figure, _head_hits, _word_at
from crosscheck.match.statements.candidates import _candidate, same_word
from crosscheck.match.statements.outright import _outright
from crosscheck.match.statements.story_text import StoryText
from crosscheck.model import Discrepancy, DiscrepancyKind, Sentence, Source
from crosscheck.sources import load_story, validate_sources

FOUND = "found"
A_NOT_READ = "a: hedged side not read"
B_NOT_STATED = "b: asserted side not a statement"
C_NOT_PAIRED = "c: never paired"
D_GUARD = "d: dropped by a guard"
UNPLACED = "gold words not in the text"
STAGES = (A_NOT_READ, B_NOT_STATED, C_NOT_PAIRED, D_GUARD)
_ORDER = {stage: i for i, stage in enumerate((UNPLACED, *STAGES, FOUND))}


@dataclass(frozen=True, slots=True, kw_only=True)
class Side:
    """Where one side's gold words stand: its source, their span and their sentence."""

    source: str
    start: int
    end: int
    sentence: Sentence


@dataclass(frozen=True, slots=True, kw_only=True)
class Traced:
    """The stage a gold certainty conflict reached, and the guard or reason that stopped it."""

    stage: str
    guard: str = ""


# --------------------------------------------------------------------------- guards


def traced(func: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, str]:
    """``func(*args, **kwargs)`` and the guard it returned at (``guard_at``'s label)."""
    code = func.__code__
    line = [0]

    def local(frame: FrameType, event: str, _arg: object) -> Any:
        if event == "return":
            line[0] = frame.f_lineno
        return local

    def calls(frame: FrameType, _event: str, _arg: object) -> Any:
        return local if frame.f_code is code else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        result = func(*args, **kwargs)
    finally:
        sys.settrace(previous)
    return result, guard_at(func, line[0])


_SPACES = re.compile(r"\s+")
_OPENERS = ("if ", "if(", "elif ", "for ", "while ")


def guard_at(func: Callable[..., Any], line: int) -> str:
    """A readable name of the return at ``line`` of ``func``: the condition that leads to
    it (from its ``if`` to the return) and the return's comment, collapsed to one line."""
    lines, first = inspect.getsourcelines(func)
    at = line - first
    if not 0 <= at < len(lines):
        return f"{func.__name__}:?"
    opener = at
    while opener > 0 and not lines[opener].strip().startswith(_OPENERS):
        opener -= 1
    text = " ".join(raw.split("#")[0].strip() for raw in lines[opener : at + 1])
    comment = lines[at].partition("#")[2].strip()
    label = _SPACES.sub(" ", text).strip()
    if len(label) > 90:
        label = label[:87] + "..."
    return f"{func.__name__}: {label}" + (f" ({comment[:60]})" if comment else "")


# --------------------------------------------------------------------------- placing


def place(words: str, source: Source, sentences: Sequence[Sentence]) -> list[Side]:
    """The places of a side's gold words in a source (case and white space aside, either
    apostrophe), each with its sentence (the first few)."""
    parts = [re.escape(w).replace("'", _APOSTROPHES) for w in words.replace("\u2019", "'").split()]
    if not parts:
        return []
    places = []
    for found in re.finditer(r"\s+".join(parts), source.text, re.IGNORECASE):
        for sentence in sentences:
            if sentence.start <= found.start() < sentence.end:
                side = Side(
                    source=source.id, start=found.start(), end=found.end(), sentence=sentence
                )
                places.append(side)
                break
    return places[:_MAX_PLACES]


_APOSTROPHES = "['\u2019]"
_MAX_PLACES = 5
"""At most this many places of one side's words are traced in one source."""


def _sides(
    e: Expectation, sources: Sequence[Source], sentences: Mapping[str, Sequence[Sentence]]
) -> list[tuple[Side, Side]]:
    """Every pair of places of the two sides' words, in two different named sources."""
    named = [s for s in sources if not e.sources or s.id in e.sources]
    first = [p for s in named for p in place(e.claims[0], s, sentences[s.id])]
    second = [p for s in named for p in place(e.claims[1], s, sentences[s.id])]
    return [(a, b) for a in first for b in second if a.source != b.source]


# --------------------------------------------------------------------------- tracing


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """One story as the pipeline read it: sources, sentences, records and rows."""

    sources: tuple[Source, ...]
    sentences: Mapping[str, Sequence[Sentence]]
    statements: Mapping[str, Statements]
    assertions: Mapping[str, Sequence[Assertion]]
    rows: tuple[Discrepancy, ...]


def read_story(sources: Sequence[Source]) -> Story:
    """Run the pipeline on a story and keep what certainty read."""
    ordered = tuple(validate_sources(sources))
    extracted, compared = run_story(ordered)
    found: dict[str, Statements] = {e.source: e.statements for e in extracted}
    return Story(
        sources=ordered,
        sentences={s.id: prepare(s).sentences for s in ordered},
        statements=found,
        assertions=story_assertions(ordered, found, DEFAULT_LANGUAGE),
        rows=compared.discrepancies,
    )


def _within(start: int, sentence: Sentence) -> bool:
    return sentence.start <= start < sentence.end


def _hedged_records(story: Story, side: Side) -> list[HedgedStatement | Assertion | ConceptMention]:
    """The hedged records the pipeline read in a side's sentence."""
    got = story.statements[side.source]
    return [
        *(h for h in got.hedged if _within(h.hedge_start, side.sentence)),
        *(a for a in story.assertions[side.source] if a.hedged and _within(a.start, side.sentence)),
        *(c for c in got.concepts if c.hedge is not None and _within(c.start, side.sentence)),
    ]


def _hedge_words(sentence: Sentence) -> list[re.Match[str]]:
    rules = statement_rules(DEFAULT_LANGUAGE)
    return [*rules.pattern.finditer(sentence.text, sentence.text.lower())]


def _general_hedges(sentence: Sentence) -> list[str]:
    return [m.group() for m in hedge_matches(sentence.text, "en")]


def trace(e: Expectation, story: Story) -> Traced:
    """The stage a gold certainty conflict reached in a story already read."""
    if any(_pair_matches(kindless(e), d) for d in story.rows):
        return Traced(stage=FOUND)
    best = Traced(stage=UNPLACED)
    for one, two in _sides(e, story.sources, story.sentences):
        got = _trace_sides(one, two, story)
        if _ORDER[got.stage] > _ORDER[best.stage]:
            best = got
    return best


def _trace_sides(one: Side, two: Side, story: Story) -> Traced:
    records = {id(side): _hedged_records(story, side) for side in (one, two)}
    hedged = _hedged_side(one, two, records)
    plain = two if hedged is one else one
    if records[id(hedged)]:
        best = Traced(stage=A_NOT_READ)
        for record in records[id(hedged)]:
            got = _trace_record(record, plain, story)
            if _ORDER[got.stage] > _ORDER[best.stage]:
                best = got
        return best
    if _hedged_words(hedged):  # read only the side whose gold words hold the hedge
        return _not_read(hedged, hedged, story)
    return _not_read(one, two, story)


def _hedged_side(
    one: Side,
    two: Side,
    records: Mapping[int, Sequence[HedgedStatement | Assertion | ConceptMention]],
) -> Side:
    """The side the gold hedges: the one with a hedged record inside its gold words, else the
    one whose gold words hold a hedge word (lexicon or general), else the first with any
    hedged record in its sentence. A hedge of another proposition in the outright sentence
    ("The threat [is believed to] be meant to coincide with ... Eid on Wednesday night",
    against "the holy month [could] end Wednesday or Thursday") does not make it the hedged
    side when the gold's own hedge stands in the other side's words."""
    for side in (one, two):
        if any(side.start <= _record_start(r) < side.end for r in records[id(side)]):
            return side
    for side in (one, two):
        if _hedged_words(side):
            return side
    return two if records[id(two)] and not records[id(one)] else one


def _record_start(record: HedgedStatement | Assertion | ConceptMention) -> int:
    return record.hedge_start if isinstance(record, HedgedStatement) else record.start


def _hedged_words(side: Side) -> bool:
    """Whether a side's gold words hold a hedge word of the lexicons (statement or general)."""
    low = side.start - side.sentence.start
    high = side.end - side.sentence.start
    rules = statement_rules(DEFAULT_LANGUAGE)
    text = side.sentence.text
    if any(low <= m.start() < high for m in rules.pattern.finditer(text, text.lower())):
        return True
    return any(low <= m.start() < high for m in hedge_matches(text, "en"))


def _not_read(one: Side, two: Side, story: Story) -> Traced:
    """Stage (a): why neither sentence gave a hedged record."""
    for side in (one, two):
        hits = _hedge_words(side.sentence)
        if hits:
            return Traced(stage=A_NOT_READ, guard=_why_unread(side, hits, story))
    general = _general_hedges(one.sentence) or _general_hedges(two.sentence)
    if general:
        return Traced(stage=A_NOT_READ, guard="a general hedge, no statement hedge or assertion")
    return Traced(stage=A_NOT_READ, guard="no hedge word of the lexicons")


def _why_unread(side: Side, hits: Sequence[re.Match[str]], story: Story) -> str:
    sentence = side.sentence
    if is_question(sentence.text):
        return "a question"
    source = next(s for s in story.sources if s.id == side.source)
    rules = statement_rules(DEFAULT_LANGUAGE)
    reading = read_sentence(sentence.text, DEFAULT_LANGUAGE)
    words = StatementWords(sentence.text, 0, len(sentence.text), rules)
    guard = ""
    for hit in hits:
        if in_quotation(words.marks, hit.start()):
            guard = guard or "the hedge is inside a quotation"
            continue
        record, why = traced(_statement, source, sentence, reading, words, hit, rules)
        guard = why if record is None else "read here, not kept (statement limit)"
    return guard


def _trace_record(
    record: HedgedStatement | Assertion | ConceptMention, plain: Side, story: Story
) -> Traced:
    if isinstance(record, HedgedStatement):
        return _trace_statement(record, plain, story)
    if isinstance(record, Assertion):
        return _trace_assertion(record, plain, story)
    return _trace_concept(record, plain, story)


def _story_text(story: Story) -> StoryText:
    return StoryText(
        story.sources, {sid: s.sentences for sid, s in story.statements.items()}, DEFAULT_LANGUAGE
    )


def _trace_statement(statement: HedgedStatement, plain: Side, story: Story) -> Traced:
    text = _story_text(story)
    rules = statement_rules(DEFAULT_LANGUAGE)
    span = (plain.sentence.start, plain.sentence.end)
    anywhere = frozenset({""})  # every sentence holds the empty needle: read them all
    heads = []
    for offset in _head_hits(statement.head, plain.source, text, rules):
        if not span[0] <= offset < span[1]:
            continue
        found = _word_at(statement, plain.source, offset, text, anywhere, own=False)
        if found is not None and same_word(found[1].keys[found[2]], statement.head, text.lang):
            heads.append((found, False))
    figure = _figure(statement, text, rules)
    for offset in text.hits(figure, plain.source, rules) if figure else ():
        found = _word_at(statement, plain.source, offset, text, anywhere, own=False)
        if found is not None and span[0] <= offset < span[1] and found[1].keys[found[2]] == figure:
            heads.append((found, True))
    if not heads:
        return Traced(stage=B_NOT_STATED, guard="no form of the statement's first word")
    guard = ""
    outright_guard = ""
    for (at, words, index), is_figure in heads:
        candidate, why = traced(
            _candidate, statement, plain.source, at, words, index, text, rules, figure=is_figure
        )
        if candidate is None:
            guard = guard or why
            continue
        outright, why = traced(_outright, statement, candidate, text, rules)
        if outright is None:
            outright_guard = outright_guard or why
            continue
        return _after_pairing(statement, plain, story, text)
    if outright_guard:
        return Traced(stage=D_GUARD, guard=outright_guard)
    return Traced(stage=C_NOT_PAIRED, guard=guard)


def _after_pairing(
    statement: HedgedStatement, plain: Side, story: Story, text: StoryText
) -> Traced:
    """Stage (d) past the outright test: the article's own confirmation, the choice of one
    sentence per source, and the choice of rows."""
    rules = statement_rules(DEFAULT_LANGUAGE)
    if _best(statement, statement.source, text, rules, own=True) is not None:
        return Traced(stage=D_GUARD, guard="its own article states it outright")
    chosen = _best(statement, plain.source, text, rules)
    if chosen is None or chosen.outright.sentence_start != plain.sentence.start:
        return Traced(stage=D_GUARD, guard="another sentence of that source chosen")
    sentences = {(statement.source, statement.sentence_start), (plain.source, plain.sentence.start)}
    for row in story.rows:
        if (
            row.kind is DiscrepancyKind.CERTAINTY
            and row.claim_a
            and row.claim_b
            and {(c.source, c.sentence_start) for c in (row.claim_a, row.claim_b)} == sentences
        ):
            return Traced(stage=D_GUARD, guard="row made, its quoted words miss the gold's")
    return Traced(stage=D_GUARD, guard="pair dropped when rows are chosen")


def _trace_assertion(hedged: Assertion, plain: Side, story: Story) -> Traced:
    stated = [
        a
        for a in story.assertions[plain.source]
        if not a.hedged and _within(a.start, plain.sentence)
    ]
    if not stated:
        return Traced(stage=B_NOT_STATED, guard="no outright assertion in the sentence")
    pairs = assertion_pairs(story.sources, story.assertions, DEFAULT_LANGUAGE)
    if any(p.hedged == hedged and p.asserted in stated for p in pairs):
        return Traced(stage=D_GUARD, guard="assertion pair dropped when rows are chosen")
    return Traced(stage=C_NOT_PAIRED, guard="assertions not grouped as one statement")


def _trace_concept(hedged: ConceptMention, plain: Side, story: Story) -> Traced:
    stated = [
        c
        for c in story.statements[plain.source].concepts
        if c.hedge is None and c.concept == hedged.concept and _within(c.start, plain.sentence)
    ]
    if not stated:
        return Traced(stage=B_NOT_STATED, guard="no outright mention of the concept")
    text = _story_text(story)
    if all(_speakers_differ(hedged, c, text) for c in stated):
        return Traced(stage=D_GUARD, guard="concept: the speakers differ")
    if all(_fits(hedged, c, text) is None for c in stated):
        return Traced(stage=C_NOT_PAIRED, guard="concept: too few shared words")
    return Traced(stage=D_GUARD, guard="concept pair dropped when rows are chosen")


# --------------------------------------------------------------------------- gold


def certainty_gold(e: Expectation) -> bool:
    """Whether a gold entry is a certainty conflict to flag, with its two sides."""
    return e.must_flag and e.kind is DiscrepancyKind.CERTAINTY and len(e.claims) == 2


def why(gold: Path, realnews: Path, *, override: bool) -> list[tuple[str, str, Traced]]:
    """(story, gold id, traced stage) for every gold certainty conflict."""
    out: list[tuple[str, str, Traced]] = []
    for path in gold_files(gold):
        spec = load_expectations(path)
        wanted = [e for e in spec.expectations if certainty_gold(e)]
        if not wanted:
            continue
        folder = story_dir(path, realnews, override=override)
        story = read_story(load_story(folder).sources)
        out.extend((folder.name, e.id, trace(e, story)) for e in wanted)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="folder of gold files")
    parser.add_argument("--realnews", type=Path, default=None, help="the real-news corpus")
    parser.add_argument("--list", action="store_true", help="print every conflict's stage")
    args = parser.parse_args(argv)
    realnews = find_realnews(args.realnews)
    if realnews is None:
        print("real-news corpus not found (give --realnews DIR)")
        return 0
    traced_all = why(args.gold, realnews, override=args.realnews is not None)
    stages = Counter(t.stage for _, _, t in traced_all)
    print(
        markdown_table(
            ["stage", "gold conflicts"],
            [[s, str(n)] for s, n in sorted(stages.items(), key=lambda item: _ORDER[item[0]])],
        )
    )
    guards = Counter((t.stage, t.guard) for _, _, t in traced_all if t.guard)
    rows = [
        [s, g, str(n)]
        for (s, g), n in sorted(guards.items(), key=lambda i: (_ORDER[i[0][0]], -i[1]))
    ]
    print()
    print(markdown_table(["stage", "guard or reason", "conflicts"], rows))
    if args.list:
        for story, gold_id, t in traced_all:
            print(f"{story}\t{gold_id}\t{t.stage}\t{t.guard}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
