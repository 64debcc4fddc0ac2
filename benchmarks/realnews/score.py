"""Score crosscheck on hand-written real-news gold: gold files + stories -> recall, precision, CSV.

    python -m benchmarks.realnews.score [--gold DIR] [--realnews DIR] [--all-stories]

For each ``benchmarks/realnews/gold/<id>.toml`` the story is loaded and checked in-process
(``crosscheck.check``). A flagged row matches a gold conflict by the rule of
``crosscheck.expectations`` (the words of each side found in the two quoted claims, in the
named sources), with the kind ignored for matching and reported apart. The gold is
exhaustive, so a flagged row that matches no gold conflict counts as false.

Prints recall per kind and overall, precision over high+medium rows and over all rows, the
same two figures per draw (``draw.txt``, ``draw2.txt``, ...: the first draw has been developed
on, later draws were written blind and show how rules carry to stories no one tuned for), the
must-not pairs that were flagged, and (``--all-stories``) rows per story, severity mix and
MB/s over the whole corpus. Per-row verdicts go to ``benchmarks/out/realnews-score.csv``.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import re
import statistics
import time
import tomllib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import MB, OUT_DIR, PROJECT_ROOT, markdown_table, utf8_size
from crosscheck import check, load_story
from crosscheck.expectations import (
    Expectation,
    ExpectationFile,
    _norm,
    _pair_matches,
    contains_words,
    load_expectations,
)
from crosscheck.model import Discrepancy, DiscrepancyKind, Mention, Report, Severity

GOLD_DIR = Path(__file__).resolve().parent / "gold"
DRAW_DIR = Path(__file__).resolve().parent
CSV_PATH = OUT_DIR / "realnews-score.csv"
SHARED_REALNEWS = Path("shared") / "realnews"

normalise = _norm
"""Case-folded, whitespace-collapsed text: how claim words are compared (the expectations rule)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Verdict:
    """One flagged row of one story and what the gold says of it."""

    story: str
    row: Discrepancy
    gold: Expectation | None
    must_not: Expectation | None

    @property
    def true(self) -> bool:
        return self.gold is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryScore:
    """The gold of one story against the rows crosscheck flagged for it."""

    story: str
    found: tuple[tuple[Expectation, Discrepancy | None], ...]
    verdicts: tuple[Verdict, ...]
    must_nots: int
    flagged_must_nots: tuple[tuple[Expectation, Discrepancy], ...]


# --- locating gold and stories -----------------------------------------------------------


def find_realnews(explicit: Path | None = None) -> Path | None:
    """The real-news corpus: ``explicit``, else the first ``shared/realnews`` above the root.

    The project root's sibling ``../shared/realnews`` is the usual place; a git worktree one
    level deeper finds it one folder further up.
    """
    if explicit is not None:
        return explicit if (explicit / "stories").is_dir() else None
    for folder in (PROJECT_ROOT, *PROJECT_ROOT.parents):
        candidate = folder / SHARED_REALNEWS
        if (candidate / "stories").is_dir():
            return candidate
    return None


def gold_files(gold: Path) -> list[Path]:
    """The gold files of a folder, sorted by story id."""
    return sorted(gold.glob("*.toml")) if gold.is_dir() else []


def story_dir(gold_path: Path, realnews: Path, *, override: bool = False) -> Path:
    """The story a gold file names: its ``story`` path from the project root, else the corpus.

    ``story`` is relative to the project root (the folder holding ``benchmarks/``). With
    ``override`` (an explicit ``--realnews``), or when that folder does not exist (a git
    worktree, a moved corpus), the story of the same id is taken from ``realnews/stories``.
    """
    raw = str(tomllib.loads(gold_path.read_text(encoding="utf-8-sig")).get("story", ""))
    candidate = Path(raw) if Path(raw).is_absolute() else PROJECT_ROOT / raw
    if not override and candidate.is_dir():
        return candidate
    return realnews / "stories" / Path(raw).name


def source_texts(folder: Path) -> dict[str, str]:
    """Each source id of a story with its loaded text, normalised for word look-up."""
    return {s.id: normalise(s.text) for s in load_story(folder).sources}


# --- matching ----------------------------------------------------------------------------


def kindless(e: Expectation) -> Expectation:
    """The expectation with its kind dropped: rows match gold whatever kind they carry."""
    return dataclasses.replace(e, kind=None)


def _words_pattern(words: str) -> re.Pattern[str]:
    """The gold's words as they may stand in a source: any run of spaces between them, either
    apostrophe, any case (the expectations rule's folding, kept to positions)."""
    parts = ("['\u2019]".join(map(re.escape, re.split("['\u2019]", w))) for w in words.split())
    return re.compile(r"\s+".join(parts), re.IGNORECASE)


def _within_words(words: str, side: Mention, text: str) -> bool:
    """Whether the row quotes a part of the gold's words at the very place they stand.

    The README asks for the shortest words that identify a side; where the gold's words are
    longer than the claim crosscheck quotes ("In a tweet issued Monday night" vs the claim
    "Monday night"), the row is still about those words when its claim lies inside them in
    the same source at the same position.
    """
    if _norm(side.text) not in _norm(words):
        return False
    return any(
        m.start() <= side.start and side.end <= m.end()
        for m in _words_pattern(words).finditer(text)
    )


def _side(words: str, side: Mention, sources: Sequence[str], texts: Mapping[str, str]) -> bool:
    if sources and side.source not in sources:
        return False
    return contains_words(words, side.text) or _within_words(
        words, side, texts.get(side.source, "")
    )


def gold_matches(e: Expectation, d: Discrepancy, texts: Mapping[str, str]) -> bool:
    """A row matches a gold pair (kind ignored): each side's words are in the claim it quotes,
    as ``crosscheck.expectations`` has it, or hold that claim at its place (``_within_words``)."""
    if _pair_matches(kindless(e), d):
        return True
    first, second = e.claims
    return (_side(first, d.a, e.sources, texts) and _side(second, d.b, e.sources, texts)) or (
        _side(first, d.b, e.sources, texts) and _side(second, d.a, e.sources, texts)
    )


def must_not_matches(e: Expectation, d: Discrepancy, texts: Mapping[str, str]) -> bool:
    """A row trips a must-not pair as it would match a gold conflict (``gold_matches``), but
    only a row of the must-not's own kind when it names one: "the same name with and without
    the middle initial" (kind ``name.variant``) is not tripped by a certainty row whose sides
    quote that name."""
    return (e.kind is None or d.kind is e.kind) and gold_matches(e, d, texts)


def score_story(spec: ExpectationFile, report: Report, story: str) -> StoryScore:
    """Match one story's flagged rows against its gold conflicts and must-not pairs."""
    conflicts = [e for e in spec.expectations if e.must_flag and len(e.claims) == 2]
    must_nots = [e for e in spec.expectations if not e.must_flag and len(e.claims) == 2]
    rows = report.discrepancies
    texts = {s.id: s.text for s in report.sources}

    def matches(e: Expectation, d: Discrepancy) -> bool:
        return gold_matches(e, d, texts)

    found = tuple((e, next((d for d in rows if matches(e, d)), None)) for e in conflicts)
    verdicts = tuple(
        Verdict(
            story=story,
            row=d,
            gold=next((e for e in conflicts if matches(e, d)), None),
            must_not=next((e for e in must_nots if must_not_matches(e, d, texts)), None),
        )
        for d in rows
    )
    flagged = tuple((e, d) for e in must_nots for d in rows if must_not_matches(e, d, texts))
    return StoryScore(
        story=story,
        found=found,
        verdicts=verdicts,
        must_nots=len(must_nots),
        flagged_must_nots=flagged,
    )


def run_story(folder: Path) -> Report:
    """Load a story folder and check it in-process."""
    loaded = load_story(folder)
    return check(loaded.sources, problems=loaded.problems)


# --- summaries ---------------------------------------------------------------------------


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "n/a"


def recall_table(scores: Sequence[StoryScore]) -> str:
    """Recall per gold kind: gold conflicts found, and found with the gold's own kind."""
    per_kind: dict[str, list[int]] = {k.value: [0, 0, 0] for k in DiscrepancyKind}
    for s in scores:
        for e, d in s.found:
            cell = per_kind[e.kind.value if e.kind else "?"]
            cell[0] += 1
            cell[1] += d is not None
            cell[2] += d is not None and d.kind is e.kind
    rows = [
        (kind, gold, hit, _percent(hit, gold), same)
        for kind, (gold, hit, same) in per_kind.items()
        if gold
    ]
    total = [sum(r[i] for r in per_kind.values()) for i in range(3)]
    rows.append(("all", total[0], total[1], _percent(total[1], total[0]), total[2]))
    return markdown_table(("gold kind", "gold", "found", "recall", "same kind"), rows)


def precision_table(scores: Sequence[StoryScore]) -> str:
    """Precision over high+medium rows and over all rows (true = matches a gold conflict)."""
    verdicts = [v for s in scores for v in s.verdicts]
    high_medium = [v for v in verdicts if v.row.severity in (Severity.HIGH, Severity.MEDIUM)]
    rows = [
        (
            label,
            len(group),
            sum(v.true for v in group),
            _percent(sum(v.true for v in group), len(group)),
        )
        for label, group in (("high+medium", high_medium), ("all", verdicts))
    ]
    per_kind = Counter((v.row.kind.value, v.true) for v in verdicts)
    for kind in DiscrepancyKind:
        flagged = per_kind[(kind.value, True)] + per_kind[(kind.value, False)]
        if flagged:
            hits = per_kind[(kind.value, True)]
            rows.append((f"  {kind.value}", flagged, hits, _percent(hits, flagged)))
    return markdown_table(("rows", "flagged", "true", "precision"), rows)


def draw_files(folder: Path = DRAW_DIR) -> list[Path]:
    """The draw files (``draw.txt``, ``draw2.txt``, ...), in the order they were drawn."""
    return sorted(folder.glob("draw*.txt"), key=lambda p: (len(p.name), p.name))


def read_draw(path: Path) -> list[str]:
    """The story ids of one draw file (comment lines start with ``#``)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


FIRST_BLIND_DRAW = "draw32"
"""The oldest draw still blind: helpers never read its or a later draw's misses. Older draws are
development gold (README, "How it is scored": draws 14-16 were released in the twenty-first
session, draws 17-19 at the end of the twenty-third, draw 20 at the end of the twenty-fourth, draw
21 at the end of the twenty-fifth, draw 22 at the end of the twenty-sixth, draw 23 in
the twenty-seventh, before its third wave, draw 24 at the start of the twenty-eighth, draw 25
at the start of the twenty-ninth, draw 26 at the start of the thirtieth, draw 27 at the start of
the thirty-first, draw 28 at the start of the thirty-second, draw 29 at the start of the
thirty-third, draw 30 at the start of the thirty-fourth, draw 31 at the start of the thirty-fifth).
Raise it only when at least four newer blind draws remain."""


def blind_stories(
    draws: Sequence[Path] | None = None, first_blind: str = FIRST_BLIND_DRAW
) -> frozenset[str]:
    """The story ids of ``first_blind`` and every later draw: their rows' quotes are shown to
    no one who develops rules (README, "How it is scored")."""
    files = draw_files() if draws is None else list(draws)
    names = [p.stem for p in files]
    if first_blind not in names:
        return frozenset()
    return frozenset(story for p in files[names.index(first_blind) :] for story in read_draw(p))


def draw_table(
    scores: Sequence[StoryScore], draws: Sequence[Path], first_blind: str = FIRST_BLIND_DRAW
) -> str:
    """Recall and precision per draw; stories in no draw file are counted under "other".

    Two more rows sum the draws before ``first_blind`` (development) and from it on (blind).
    """
    drawn = {story: path.stem for path in draws for story in read_draw(path)}
    groups: dict[str, list[StoryScore]] = {}
    for s in scores:
        groups.setdefault(drawn.get(s.story, "other"), []).append(s)
    names = [p.stem for p in draws]
    rows = [_draw_row(name, groups[name]) for name in [*names, "other"] if name in groups]
    if first_blind in names:
        cut = names.index(first_blind)
        for label, part in (("development draws", names[:cut]), ("blind draws", names[cut:])):
            group = [s for name in part for s in groups.get(name, [])]
            if group:
                rows.append(_draw_row(f"{label} ({part[0]}-{part[-1]})", group))
    header = ("draw", "stories", "found", "recall", "true high+medium", "true all rows")
    return markdown_table(header, rows)


def _draw_row(name: str, group: Sequence[StoryScore]) -> tuple[str, int, str, str, str, str]:
    found = [d is not None for s in group for _, d in s.found]
    verdicts = [v for s in group for v in s.verdicts]
    strong = [v for v in verdicts if v.row.severity in (Severity.HIGH, Severity.MEDIUM)]
    return (
        name,
        len(group),
        f"{sum(found)}/{len(found)}",
        _percent(sum(found), len(found)),
        f"{sum(v.true for v in strong)}/{len(strong)}",
        f"{sum(v.true for v in verdicts)}/{len(verdicts)}",
    )


def must_not_lines(scores: Sequence[StoryScore]) -> list[str]:
    """One line per must-not pair that some row flags."""
    total = sum(s.must_nots for s in scores)
    lines = [f"must-not pairs: {total}, wrongly flagged: {len(_flagged_ids(scores))}"]
    for story, ident, d in sorted(_flagged_ids(scores).values()):
        lines.append(f"  {story}::{ident}  ({d.kind.value}, {d.severity.value}, {d.id})")
    return lines


def _flagged_ids(
    scores: Sequence[StoryScore],
) -> dict[tuple[str, str], tuple[str, str, Discrepancy]]:
    flagged: dict[tuple[str, str], tuple[str, str, Discrepancy]] = {}
    for s in scores:
        for e, d in s.flagged_must_nots:
            flagged.setdefault((s.story, e.id), (s.story, e.id, d))
    return flagged


def write_csv(scores: Sequence[StoryScore], path: Path) -> None:
    """Per-row verdicts (true/false/must-not) and the gold conflicts no row found."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header = (
        "story",
        "verdict",
        "row_id",
        "kind",
        "severity",
        "source_a",
        "claim_a",
        "source_b",
        "claim_b",
        "gold_id",
        "gold_kind",
        "why",
        "explanation",
    )
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for s in scores:
            for v in s.verdicts:
                d, e = v.row, v.gold or v.must_not
                verdict = "true" if v.true else ("must-not" if v.must_not else "false")
                writer.writerow(
                    (
                        s.story,
                        verdict,
                        d.id,
                        d.kind.value,
                        d.severity.value,
                        d.a.source,
                        d.a.text,
                        d.b.source,
                        d.b.text,
                        e.id if e else "",
                        e.kind.value if e and e.kind else "",
                        e.why if e else "",
                        d.explanation,
                    )
                )
            for e, hit in s.found:
                if hit is None:
                    writer.writerow(
                        (
                            s.story,
                            "missed",
                            "",
                            "",
                            "",
                            "",
                            e.claims[0],
                            "",
                            e.claims[1],
                            e.id,
                            e.kind.value if e.kind else "",
                            e.why,
                            "",
                        )
                    )


# --- whole corpus --------------------------------------------------------------------------


def corpus_table(realnews: Path) -> str:
    """Rows per story, severity mix and throughput over every story of the corpus.

    Throughput is that of ``check`` alone (loading excluded), by wall clock and by CPU time
    of this process; on a shared machine the CPU figure is the steadier one.
    """
    folders = sorted(p for p in (realnews / "stories").iterdir() if p.is_dir())
    counts: list[int] = []
    severities: Counter[str] = Counter()
    size = 0
    seconds = 0.0
    cpu = 0.0
    for folder in folders:
        loaded = load_story(folder)
        size += utf8_size([s.text for s in loaded.sources])
        started, started_cpu = time.perf_counter(), time.process_time()
        report = check(loaded.sources, problems=loaded.problems)
        seconds += time.perf_counter() - started
        cpu += time.process_time() - started_cpu
        counts.append(len(report.discrepancies))
        severities.update(d.severity.value for d in report.discrepancies)
    total = sum(counts)
    rows = [
        ("stories", len(folders)),
        ("rows", total),
        ("rows per story (mean)", f"{total / len(folders):.2f}" if folders else "n/a"),
        ("rows per story (median)", statistics.median(counts) if counts else "n/a"),
        ("stories with no row", sum(1 for c in counts if c == 0)),
        *(
            (f"{s.value} rows", f"{severities[s.value]} ({_percent(severities[s.value], total)})")
            for s in Severity
        ),
        ("MB of text", f"{size / MB:.2f}"),
        ("check seconds (wall)", f"{seconds:.1f}"),
        ("check seconds (CPU)", f"{cpu:.1f}"),
        ("MB/s (wall)", f"{size / MB / seconds:.2f}" if seconds else "n/a"),
        ("MB/s (CPU)", f"{size / MB / cpu:.2f}" if cpu else "n/a"),
    ]
    return markdown_table(("all stories", "value"), rows)


# --- command line --------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="folder of gold files")
    parser.add_argument("--realnews", type=Path, default=None, help="the real-news corpus")
    parser.add_argument("--all-stories", action="store_true", help="also run all stories")
    args = parser.parse_args(argv)
    realnews = find_realnews(args.realnews)
    if realnews is None:
        print("real-news corpus not found (give --realnews DIR)")
        return 0
    files = gold_files(args.gold)
    scores = []
    for path in files:
        spec = load_expectations(path)
        folder = story_dir(path, realnews, override=args.realnews is not None)
        scores.append(score_story(spec, run_story(folder), folder.name))
    print(f"gold: {len(files)} stories from {args.gold}; corpus: {realnews}\n")
    if scores:
        print("Recall (gold conflicts found; kind ignored for matching)\n")
        print(recall_table(scores), "\n")
        print("Precision (a row is true when it matches a gold conflict)\n")
        print(precision_table(scores), "\n")
        print(f"Per draw (developed on before {FIRST_BLIND_DRAW}, blind from it on)\n")
        print(draw_table(scores, draw_files()), "\n")
        print("\n".join(must_not_lines(scores)), "\n")
        write_csv(scores, CSV_PATH)
        print(f"per-row verdicts: {CSV_PATH}\n")
    if args.all_stories:
        print(corpus_table(realnews))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
