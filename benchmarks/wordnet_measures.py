"""The measures of ``benchmarks.wordnet_probe``: WordNet and the corpus -> counts printed.

Reads the pipeline's own claims (``check.run_story``) and the gold tracers
(``diagnose``, ``why_dates``, ``why_certainty``); never the stories of a blind draw.
"""

from __future__ import annotations

import io
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

from benchmarks.common import markdown_table
from benchmarks.realnews.score import FIRST_BLIND_DRAW, draw_files, find_realnews, read_draw
from benchmarks.wordnet_probe import (
    NEAR_CHARS,
    POS_FILES,
    WORD,
    WordNet,
    count_table,
    first_relating,
    inflection,
    relations,
)
from crosscheck import load_story
from crosscheck.check import run_story
from crosscheck.claims.date_events import date_event_words, stem, weak_stems
from crosscheck.claims.dates import DATE_KIND
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.model import Claim
from crosscheck.text.words import claim_words

# The date gates of the class "one act told in other words" (the brief's list).
DATE_GATES = (
    "keys: no event key",
    "keys: no shared stem",
    "desc: shared stems",
    "desc: similarity",
    "desc: other predicates",
)
CERTAINTY_GATE = "no form of the statement's first word"


def held_back_ids() -> set[str]:
    """The story ids of the blind draws (``score.FIRST_BLIND_DRAW`` and every later draw)."""
    names = [p.stem for p in draw_files()]
    first = names.index(FIRST_BLIND_DRAW)
    return {i for path in draw_files()[first:] for i in read_draw(path)}


def open_stories() -> list[Path]:
    """The corpus's story folders less the held-back ones (the blind draws')."""
    realnews = find_realnews()
    if realnews is None:
        raise SystemExit("shared/realnews: the real-news corpus was not found")
    held = held_back_ids()
    stories = realnews / "stories"
    return sorted(p for p in stories.iterdir() if p.is_dir() and p.name not in held)


def act_words(claim: Claim) -> list[str]:
    """A date's act words: the words of its sentence near the date whose stem is one of its
    ``event_stems``; without one, the lower-case content words there."""
    at = claim.start - claim.sentence_start
    near = [
        m.group()
        for m in WORD.finditer(claim.sentence)
        if abs(m.start() - at) < NEAR_CHARS and not claim.text.startswith(m.group())
    ]
    keyed = sorted(
        {w.lower() for w in near if stem(w.lower(), DEFAULT_LANGUAGE) in claim.event_stems}
    )
    if keyed:
        return keyed
    stop = claim_words(DEFAULT_LANGUAGE).stop_words
    return sorted({w.lower() for w in near if w[0].islower() and w.lower() not in stop})


def date_misses(gold: Path) -> Iterator[tuple[str, str, Claim, Claim]]:
    """(gold id, gate, one side, the other) of each development date miss at ``DATE_GATES``:
    the pair of its side claims that got furthest (``why_dates.why_miss``)."""
    from benchmarks.realnews import diagnose as dg
    from benchmarks.realnews import why_dates as wd
    from benchmarks.realnews.score import find_realnews

    realnews = find_realnews(None)
    assert realnews is not None
    traces: dict[str, wd.StoryTrace] = {}
    for story, e, gate in dg.diagnose(gold, realnews, override=False, why=dg.tracers(beyond=True)):
        if not gate.endswith(DATE_GATES):
            continue
        folder = realnews / "stories" / story
        if story not in traces:
            traces[story] = wd.story_trace(load_story(folder).sources)
        st = traces[story]
        sides = [dg.side_claims(w, st.claims, e.sources) for w in e.claims]
        sides = [
            side or dg.inside_claims(w, st.claims, e.sources)
            for side, w in zip(sides, e.claims, strict=True)
        ]
        found = wd.why_miss((sides[0], sides[1]), st)
        if found is not None:
            yield e.id, gate, found.a, found.b


def certainty_misses(gold: Path) -> list[tuple[str, str]]:
    """(the hedged statement's first word, the asserting sentence) of each development
    certainty miss at ``CERTAINTY_GATE``, read by wrapping ``_trace_statement``."""
    from benchmarks.realnews import why_certainty as wc

    found: list[tuple[str, str]] = []
    traced = wc._trace_statement

    def wrapped(statement: Any, plain: Any, story: Any) -> Any:
        result = traced(statement, plain, story)
        if result.guard == CERTAINTY_GATE:
            found.append((statement.head, plain.sentence.text))
        return result

    wc._trace_statement = wrapped
    try:
        with redirect_stdout(io.StringIO()):
            wc.main(["--gold", str(gold)])
    finally:
        wc._trace_statement = traced
    return list(dict.fromkeys(found))


def print_misses(wn: WordNet, gold: Path) -> None:
    """Print each miss of the class with the relations WordNet gives, and the counts."""
    rows = []
    for gid, gate, a, b in date_misses(gold):
        found = relations(wn, act_words(a), act_words(b))
        rows.append((first_relating(found) or "none", gid, True))
        if found:
            print(f"{gid} | {gate} | {found}\n    {a.text!r}: {a.sentence[:200]!r}")
            print(f"    {b.text!r}: {b.sentence[:200]!r}")
    stop = claim_words(DEFAULT_LANGUAGE).stop_words
    for head, sentence in certainty_misses(gold):
        words = sorted(
            {w.lower() for w in WORD.findall(sentence) if w[0].islower() and w not in stop}
        )
        found = relations(wn, [head.lower()], words)
        rows.append((f"certainty {first_relating(found) or 'none'}", head, False))
        if found:
            print(f"certainty {head!r} | {found}\n    {sentence[:200]!r}")
    heads = ["narrowest restriction relating the act words", "misses", "ids", "dates", "date ids"]
    print(markdown_table(heads, count_table(rows)))


def print_cost(wn: WordNet, stories: list[Path], out: Path | None) -> None:
    """Print how many cross-source date pairs with no stem in common each restriction
    relates (and of them, those that share a key word and whose periods overlap)."""
    rows, pairs = [], []
    for folder in stories:
        extracted, _ = run_story(load_story(folder).sources)
        claims = [c for e in extracted for c in e.claims if c.kind == DATE_KIND and c.event_stems]
        words = {c.key: act_words(c) for c in claims}
        for i, a in enumerate(claims):
            for b in claims[i + 1 :]:
                if a.source == b.source or set(a.event_stems) & set(b.event_stems):
                    continue
                found = relations(wn, words[a.key], words[b.key])
                further = bool(set(a.event_words) & set(b.event_words)) and _overlap(a, b)
                for name, hits in found.items():
                    kind = "inflection" if all(_inflected(wn, h) for h in hits) else "other words"
                    rows.append((f"{name} / {kind}", folder.name, further))
                if found:
                    pairs.append(
                        {
                            "story": folder.name,
                            "relations": found,
                            "further": further,
                            "a": [a.source, a.text, a.sentence],
                            "b": [b.source, b.text, b.sentence],
                        }
                    )
    heads = ["restriction", "pairs", "stories", "key word shared, periods overlap", "stories"]
    print(markdown_table(heads, count_table(rows)))
    if out is not None:
        out.write_text(json.dumps(pairs, indent=1), encoding="utf-8")


def _inflected(wn: WordNet, hit: str) -> bool:
    one, two = hit.split(":")[0].split("/")
    return inflection(wn, one, two)


def _overlap(a: Claim, b: Claim) -> bool:
    ta, tb = a.time, b.time
    if ta is None or tb is None or None in (ta.begin, ta.end_date, tb.begin, tb.end_date):
        return False
    assert ta.begin and ta.end_date and tb.begin and tb.end_date
    return ta.begin <= tb.end_date and tb.begin <= ta.end_date


def classes(wn: WordNet, stories: list[Path], *, senses: int, nouns: bool) -> dict[str, list[str]]:
    """The classes a restriction would add to date_events.toml's ``[synonyms]`` (see the
    module doc of ``wordnet_probe``): class -> the corpus words it takes."""
    words = date_event_words(DEFAULT_LANGUAGE)
    vocabulary: dict[str, int] = defaultdict(int)
    for folder in stories:
        for path in folder.iterdir():
            if path.suffix in (".txt", ".md", ".html"):
                for w in re.findall(
                    r"[a-z][a-z-]+", path.read_text(encoding="utf-8", errors="ignore")
                ):
                    vocabulary[w] += 1
    skip = words.statement_verbs | words.generic
    members: dict[str, set[str]] = defaultdict(set)
    for w in vocabulary:
        if words.predicate(w) and w not in skip:
            members[stem(w, DEFAULT_LANGUAGE)].add(w)
    hand = set(words.synonyms.values()) | set(words.classes.values()) | set(words.stems.values())
    weak = weak_stems(DEFAULT_LANGUAGE)
    by_sense: dict[tuple[str, int], set[str]] = defaultdict(set)
    for st, ws in members.items():
        keys = {k for w in ws if (k := _sense(wn, w, senses, nouns)) is not None}
        if len(keys) == 1:
            by_sense[keys.pop()].add(st)
    found: dict[str, list[str]] = {}
    for stems in by_sense.values():
        own = stems & hand
        if len(stems) < 2 or len(own) > 1 or stems & weak:
            continue
        name = (
            own.pop()
            if own
            else min(stems, key=lambda s: (-sum(vocabulary[w] for w in members[s]), s))
        )
        found[name] = sorted(w for s in stems for w in members[s])
    return found


def lemma_count(wn: WordNet, words: list[str]) -> int:
    """How many verb lemmas the words of a class are forms of (a word WordNet does not
    know as a verb counts as its own)."""
    return len({(wn.lemmas(w, "v") or (w,))[0] for w in words})


def _sense(wn: WordNet, word: str, senses: int, nouns: bool) -> tuple[str, int] | None:
    """The verb sense a word stands for: its first lemma's first verb synsets when one; a
    noun's, with ``nouns``, the one verb synset its first noun senses derive from."""
    verbs = wn.lemmas(word, "v")
    if verbs:
        found = {("v", o) for o in wn.index[(verbs[0], "v")][:senses]}
    elif nouns and (lemmas := wn.lemmas(word, "n")):
        first = [("n", o) for o in wn.index[(lemmas[0], "n")][:senses]]
        found = {s for s in wn.linked(first, frozenset({"+"})) if s[0] == "v"}
    else:
        return None
    return found.pop() if len(found) == 1 else None


__all__ = ["POS_FILES", "classes", "lemma_count", "open_stories", "print_cost", "print_misses"]
