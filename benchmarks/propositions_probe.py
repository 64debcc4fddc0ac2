"""Measure propositions from a shallow parser against today's certainty and date matchers.

Usage (venv with textblob installed; it is not a dependency of crosscheck)::

    python -m benchmarks.propositions_probe [--cache FILE] [--show N] [--out DIR]

For each real-news story in no draw file (never the gold or held-back stories) it reads
what the pipeline reads (sentences, claims, certainty statements, matched pairs), tags the
candidate sentences with TextBlob's bundled pattern tagger and chunker (no corpus download),
builds ``benchmarks.propositions_model`` records and reports:

(a) certainty: hedged statements for which the proposition matcher finds an outright
    counterpart in another source that today's matcher does not pair;
(b) dates: cross-source date claims at different precision, one inside the other, not paired
    today, whose clauses state the same proposition.

It writes the candidates to ``DIR/certainty.txt`` and ``DIR/dates.txt`` for reading, and
prints counts and the CPU seconds spent tagging and comparing. Only candidate sentences are
tagged: the hedged ones, those holding a date claim, and those of other sources that hold a
form of the hedged predicate.
"""

from __future__ import annotations

import argparse
import pickle
import random
import re
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.propositions_model import (
    Proposition,
    PropositionWords,
    Tagged,
    align,
    propositions,
    same_proposition,
    words_from,
)
from benchmarks.realnews.score import find_realnews
from crosscheck import load_story
from crosscheck.certainty.reading import find_attribution
from crosscheck.certainty.statement_rules import statement_rules
from crosscheck.certainty.statements import find_statements
from crosscheck.check import ExtractedClaims, compare_extracted
from crosscheck.claims.extract import claims_from, prepare
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.statement_search import match_statements
from crosscheck.model import GRANULARITY_RANK, Claim, DiscrepancyKind, Sentence, Source
from crosscheck.names.finder import names_in
from crosscheck.sources import validate_sources

_REALNEWS = find_realnews()
STORIES = (_REALNEWS or Path("shared/realnews")) / "stories"
DRAWS = Path(__file__).parent / "realnews"
WORDS = Path(__file__).parent / "propositions.toml"
_WORD = re.compile(r"\w+(?=n['\u2019]t\b)|n['\u2019]t\b|\w+(?:[-.,'\u2019]\w+)*|[^\w\s]")
_QUOTES = '"\u201c\u201d'
_STEM = 4  # letters of a predicate a sentence must hold to be tagged as a counterpart
LOOSE = {"on": False}  # --loose: the first reading (any one agreeing argument, no clause edges)


def _excluded() -> set[str]:
    ids: set[str] = set()
    for path in DRAWS.glob("draw*.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                ids.add(line.split()[0])
    return ids


def story_ids() -> list[str]:
    """The stories in no draw file, in id order."""
    excluded = _excluded()
    return [p.name for p in sorted(STORIES.iterdir()) if p.is_dir() and p.name not in excluded]


def read_story(folder: Path) -> dict[str, Any]:
    """What the pipeline reads and pairs in one story."""
    sources = validate_sources(load_story(folder).sources)
    sentences: dict[str, tuple[Sentence, ...]] = {}
    extracted = []
    for source in sources:
        prepared = prepare(source)
        sentences[source.id] = tuple(prepared.sentences)
        extracted.append(
            ExtractedClaims(
                source=source.id,
                claims=claims_from(prepared),
                names=tuple(names_in(prepared.sentences, DEFAULT_LANGUAGE)),
                statements=find_statements(source, prepared.sentences),
            )
        )
    compared = compare_extracted(sources, extracted)
    return {
        "sources": sources,
        "sentences": sentences,
        "extracted": extracted,
        "pairs": compared.pairs,
        "rows": compared.discrepancies,
    }


class Tagger:
    """TextBlob's pattern tagger and chunker over one sentence at a time, timed."""

    def __init__(self, words: PropositionWords, lemmatize: Callable[[str], str]) -> None:
        from textblob.en import parser  # type: ignore[import-not-found,unused-ignore]

        self._parser = parser
        self._words = words
        self._lemmatize = lemmatize
        self.cpu = 0.0
        self.bytes = 0
        self._tagged: dict[str, list[Tagged]] = {}
        self._known: dict[tuple[str, tuple[tuple[int, int], ...]], list[Proposition]] = {}

    def read(self, text: str, skip: tuple[tuple[int, int], ...] = ()) -> list[Proposition]:
        """The propositions of one sentence (cached by its text and the spans skipped)."""
        if (text, skip) in self._known:
            return self._known[text, skip]
        began = time.process_time()
        if text not in self._tagged:
            words = _WORD.findall(text)
            chunked = self._parser.find_chunks(self._parser.find_tags(words)) if words else []
            spans = align(text, words)
            self._tagged[text] = [
                Tagged(text=w, start=s, end=e, tag=c[1], chunk=c[2], in_pp=c[3] != "O")
                for w, (s, e), c in zip(words, spans, chunked, strict=True)
            ]
            self.bytes += len(text.encode("utf-8"))
        found = propositions(
            text, self._tagged[text], self._words, lemmatize=self._lemmatize, skip=skip
        )
        self.cpu += time.process_time() - began
        self._known[text, skip] = found
        return found


def _lemmatizer() -> Callable[[str], str]:
    import simplemma  # type: ignore[import-not-found,unused-ignore]

    def lemma(word: str) -> str:
        return str(simplemma.lemmatize(word.lower(), lang="en"))

    return lemma


def _rare(sentences: dict[str, tuple[Sentence, ...]]) -> Callable[[str], bool]:
    counts: Counter[str] = Counter()
    for group in sentences.values():
        for s in group:
            counts.update({w.lower() for w in _WORD.findall(s.text)})
    return lambda word: 0 < counts[word] + counts[word + "s"] <= 3


def _quoted(text: str, at: int) -> bool:
    return sum(text[:at].count(q) for q in _QUOTES) % 2 == 1


def _sentence_of(group: Sequence[Sentence], start: int) -> Sentence | None:
    for s in group:
        if s.start <= start < s.end:
            return s
    return None


def _target(props: Sequence[Proposition], head_at: int, hedge_at: int) -> Proposition | None:
    """The hedged statement's proposition: its verb holds the head word, else the first
    verb after the hedge."""
    for p in props:
        if p.verb_start <= head_at <= p.verb_end and not p.reporting:
            return p
    after = [p for p in props if p.verb_start >= hedge_at and not p.reporting]
    return after[0] if after else None


def _today_certainty(story: dict[str, Any]) -> set[tuple[str, int, str]]:
    """(hedged source, hedged sentence start, other source) of every certainty pair today."""
    sources: Sequence[Source] = story["sources"]
    sentences = story["sentences"]
    statements = {e.source: e.statements for e in story["extracted"]}
    hedged = {sid: st.hedged for sid, st in statements.items()}
    spans = {sid: st.sentences for sid, st in statements.items()}
    today = {
        (p.hedged.source, p.hedged.sentence_start, p.outright.source)
        for p in match_statements(sources, hedged, spans, DEFAULT_LANGUAGE)
    }
    for row in story["rows"]:
        if row.kind is DiscrepancyKind.CERTAINTY:
            for m, other in ((row.a, row.b), (row.b, row.a)):
                s = _sentence_of(sentences[m.source], m.start)
                if s is not None:
                    today.add((m.source, s.start, other.source))
    return today


def probe_certainty(
    story: dict[str, Any], tagger: Tagger, words: PropositionWords, found: list[dict[str, Any]]
) -> Counter[str]:
    """(a): per hedged statement and other source, whether either matcher pairs it."""
    counts: Counter[str] = Counter()
    sources: Sequence[Source] = story["sources"]
    sentences = story["sentences"]
    today = _today_certainty(story)
    expecting = statement_rules(DEFAULT_LANGUAGE).expecting
    rare = _rare(sentences)
    for source in sources:
        for h in next(e for e in story["extracted"] if e.source == source.id).statements.hedged:
            counts["1 hedged statements"] += 1
            sentence = _sentence_of(sentences[source.id], h.sentence_start)
            if sentence is None:
                continue
            local = sentence.start
            target = _target(tagger.read(sentence.text), h.head_end - local, h.hedge_start - local)
            if target is None:
                counts["2 no proposition read for the hedged statement"] += 1
                continue
            counts["2 hedged statements read as a proposition"] += 1
            for other in sources:
                if other.id == source.id:
                    continue
                hit = _counterpart(target, sentences[other.id], tagger, words, rare)
                known = (source.id, h.sentence_start, other.id) in today
                counts[
                    f"3 statement x other source: today {'pairs' if known else 'misses'}, "
                    f"propositions {'find' if hit else 'miss'}"
                ] += 1
                if hit is None or known:
                    continue
                outright, why = hit
                prediction = h.hedge.lower() in expecting
                credited = _credited(tagger, outright.text)
                counts["4 new candidates"] += 1
                if prediction:
                    counts["5 new: the hedge is a forecast (expected to, likely to)"] += 1
                elif credited:
                    counts["5 new: the outright side credits a speaker"] += 1
                else:
                    counts["5 new: neither (kept)"] += 1
                found.append(
                    {
                        "story": story["id"],
                        "hedged": sentence.text,
                        "hedge": h.hedge,
                        "source": source.id,
                        "other": other.id,
                        "outright": outright.text,
                        "why": why,
                        "filter": "forecast" if prediction else "credited" if credited else "kept",
                    }
                )
    return counts


def _credited(tagger: Tagger, text: str) -> bool:
    """Whether a sentence credits a speaker: a reporting verb or an attribution."""
    return find_attribution(text, 0, len(text), lang=DEFAULT_LANGUAGE) is not None or any(
        p.reporting for p in tagger.read(text)
    )


def _counterpart(
    target: Proposition,
    group: Sequence[Sentence],
    tagger: Tagger,
    words: PropositionWords,
    rare: Callable[[str], bool],
) -> tuple[Sentence, str] | None:
    stems = {target.predicate[:_STEM]} | {
        w[:_STEM]
        for w, classes in words.classes.items()
        if classes & words.classes.get(target.predicate, frozenset())
    }
    for s in group:
        lower = s.text.lower()
        if not any(stem in lower for stem in stems):
            continue
        for p in tagger.read(s.text):
            if p.hedged or p.modal or _quoted(s.text, p.verb_start):
                continue
            why = same_proposition(target, p, words, rare, distinctive_only=not LOOSE["on"])
            if why is not None:
                return s, why
    return None


def _inside(fine: Claim, coarse: Claim) -> bool:
    a, b = fine.time, coarse.time
    if a is None or b is None or a.begin is None or b.begin is None:
        return False
    end = b.end_date or b.begin
    return GRANULARITY_RANK[a.granularity] < GRANULARITY_RANK[b.granularity] and (
        b.begin <= a.begin <= end
    )


_BOUNDARY = re.compile(r"[,;:()\u2013\u2014]| - ")


def _date_proposition(
    tagger: Tagger, claim: Claim, group: Sequence[Sentence], claims: Sequence[Claim]
) -> Proposition | None:
    """The proposition a date is said of: the nearest verb before it in its clause, else
    the nearest after it; no argument is read from a date or a figure."""
    sentence = _sentence_of(group, claim.start)
    if sentence is None:
        return None
    base = sentence.start
    skip = tuple(
        sorted(
            (c.start - base, c.end - base)
            for c in claims
            if c.source == claim.source and sentence.start <= c.start < sentence.end
        )
    )
    at, stop = claim.start - base, claim.end - base
    text = sentence.text
    if LOOSE["on"]:
        props = [p for p in tagger.read(text) if not p.reporting]
        loose = [p for p in props if p.verb_start <= at]
        return loose[-1] if loose else props[0] if props else None
    props = [p for p in tagger.read(text, skip) if not p.reporting]
    before = [p for p in props if p.verb_end <= at and not _BOUNDARY.search(text, p.verb_end, at)]
    if before:
        return before[-1]
    after = [
        p for p in props if p.verb_start >= stop and not _BOUNDARY.search(text, stop, p.verb_start)
    ]
    return after[0] if after else None


def probe_dates(
    story: dict[str, Any], tagger: Tagger, words: PropositionWords, found: list[dict[str, Any]]
) -> Counter[str]:
    """(b): unpaired cross-source dates at different precision, one inside the other."""
    counts: Counter[str] = Counter()
    sentences = story["sentences"]
    claims = [c for e in story["extracted"] for c in e.claims]
    dates = [c for c in claims if c.kind == "date" and c.time]
    paired = {frozenset((p.a.key, p.b.key)) for p in story["pairs"]}
    rare = _rare(sentences)
    for fine in dates:
        for coarse in dates:
            if fine.source == coarse.source or not _inside(fine, coarse):
                continue
            if frozenset((fine.key, coarse.key)) in paired:
                counts["1 paired today"] += 1
                continue
            counts["2 not paired today"] += 1
            if set(fine.event_stems) & set(coarse.event_stems) and set(fine.event_words) & set(
                coarse.event_words
            ):
                counts["2 not paired today, the claims' own event keys agree (no parser)"] += 1
            a = _date_proposition(tagger, fine, sentences[fine.source], claims)
            b = _date_proposition(tagger, coarse, sentences[coarse.source], claims)
            if a is None or b is None:
                continue
            counts["3 not paired today, both dates read as a proposition"] += 1
            why = same_proposition(a, b, words, rare, distinctive_only=not LOOSE["on"])
            if why is None:
                continue
            keys = bool(
                set(fine.event_stems) & set(coarse.event_stems)
                and set(fine.event_words) & set(coarse.event_words)
            )
            counts["4 not paired today, same proposition"] += 1
            counts[f"5 of those, the claims' own event keys {'agree' if keys else 'differ'}"] += 1
            found.append(
                {
                    "story": story["id"],
                    "event_keys_agree": keys,
                    "fine": fine.sentence,
                    "fine_date": fine.text,
                    "coarse": coarse.sentence,
                    "coarse_date": coarse.text,
                    "source": fine.source,
                    "other": coarse.source,
                    "why": why,
                }
            )
    return counts


def _write(path: Path, rows: list[dict[str, Any]], show: int, seed: int) -> None:
    sample = random.Random(seed).sample(rows, min(show, len(rows)))
    with path.open("w", encoding="utf-8") as out:
        for i, row in enumerate(sample, 1):
            out.write(f"## {i}\n")
            for key, value in row.items():
                out.write(f"{key}: {' '.join(str(value).split())}\n")
            out.write("\n")


def print_counts(title: str, counts: Counter[str]) -> None:
    """A title, then one line per counted key, keys in order."""
    print(title)
    for key, n in sorted(counts.items()):
        print(f"  {key}: {n}")


def load_stories(cache: Path | None) -> dict[str, Any]:
    """Every non-draw story read (``read_story``), from ``cache`` when it exists (a pickle this
    function wrote), else read and, with ``cache``, written there."""
    if cache is not None and cache.exists():
        loaded: dict[str, Any] = pickle.loads(cache.read_bytes())
        return loaded
    stories = {sid: read_story(STORIES / sid) for sid in story_ids()}
    if cache is not None:
        cache.write_bytes(pickle.dumps(stories))
    return stories


def main(argv: Sequence[str] | None = None) -> int:
    """Run the probe and print its measurement."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--cache", type=Path, help="pickle of the stories' reading (made if absent)")
    args.add_argument("--show", type=int, default=80, help="candidates written for reading")
    args.add_argument("--out", type=Path, default=Path("benchmarks/out/propositions"))
    args.add_argument("--loose", action="store_true", help="any one agreeing argument will do")
    opts = args.parse_args(argv)
    LOOSE["on"] = opts.loose
    try:
        words = words_from(tomllib.loads(WORDS.read_text(encoding="utf-8")))
        tagger = Tagger(words, _lemmatizer())
    except ImportError:
        print("textblob and simplemma are needed: pip install textblob simplemma", file=sys.stderr)
        return 2
    stories = load_stories(opts.cache)
    certainty: Counter[str] = Counter()
    dates: Counter[str] = Counter()
    new_certainty: list[dict[str, Any]] = []
    new_dates: list[dict[str, Any]] = []
    began = time.process_time()
    for story_id in sorted(stories):
        stories[story_id]["id"] = story_id
        certainty += probe_certainty(stories[story_id], tagger, words, new_certainty)
        dates += probe_dates(stories[story_id], tagger, words, new_dates)
    spent = time.process_time() - began
    corpus = sum(len(s.text.encode("utf-8")) for st in stories.values() for s in st["sources"])
    print(f"stories {len(stories)}, text {corpus / 1e6:.2f} MB")
    print(
        f"tagged {tagger.bytes / 1e6:.2f} MB of candidate sentences in {tagger.cpu:.2f} s CPU "
        f"({tagger.bytes / 1e6 / max(tagger.cpu, 1e-9):.2f} MB/s); probe total {spent:.2f} s CPU"
    )
    print_counts("(a) certainty:", certainty)
    print_counts("(b) dates at different precision, one inside the other:", dates)
    opts.out.mkdir(parents=True, exist_ok=True)
    _write(opts.out / "certainty.txt", new_certainty, opts.show, 9)
    _write(opts.out / "dates.txt", new_dates, opts.show, 9)
    print(f"candidates written to {opts.out}/certainty.txt and dates.txt")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
