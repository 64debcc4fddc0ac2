"""Precision on a random sample of flagged rows: stories + judged.toml -> precision, to-judge list.

    python -m benchmarks.realnews.sample [--seed S] [--count N] [--realnews DIR]
                                         [--run | --from DIR] [--judged FILE]

Every story of ``<realnews>/stories`` is checked in-process (``crosscheck.check``; the
default, or ``--run``), or with
``--from DIR`` the rows are read from an existing run's ``DIR/<story>/discrepancies.csv``.
All flagged rows (every severity) are keyed by (story, row id); the sample is the ``count``
keys first in a seeded random order (a hash of seed, story and id), so the same output gives
the same sample and a row that stays flagged stays sampled unless new rows rank before it.
The sample is merged with the hand-written verdicts of ``judged.toml`` (keyed by story and
id, so rows that did not change keep their verdict): the script prints how many sampled rows
are judged, precision overall, by kind and by severity, and lists every unjudged sampled row
with both quotes and file paths. Those rows go to ``benchmarks/out/to-judge.csv`` and, as
ready-to-fill ``[[row]]`` stubs, to ``benchmarks/out/to-judge.toml``.

A row id can occur more than once in one story (the same pair of values found in two places);
such rows are one key, represented by the first of them in (sources, position) order.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import OUT_DIR, markdown_table
from benchmarks.realnews.score import blind_stories, find_realnews, run_story

HERE = Path(__file__).resolve().parent
JUDGED_PATH = HERE / "judged.toml"
TO_JUDGE_CSV = OUT_DIR / "to-judge.csv"
TO_JUDGE_TOML = OUT_DIR / "to-judge.toml"
SEED = 20261202
COUNT = 100
VERDICTS = ("true", "false")
JUDGED_KEYS = (
    "story",
    "id",
    "kind",
    "severity",
    "claim_a",
    "claim_b",
    "sources",
    "verdict",
    "reason",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    """One flagged row of one story, as much as a judge needs to read it."""

    story: str
    id: str
    kind: str
    severity: str
    source_a: str
    claim_a: str
    quote_a: str
    source_b: str
    claim_b: str
    quote_b: str
    explanation: str
    position: tuple[int, int] = (0, 0)

    @property
    def key(self) -> tuple[str, str]:
        return (self.story, self.id)


@dataclass(frozen=True, slots=True, kw_only=True)
class Judgment:
    """A hand-written verdict on one row of ``judged.toml``."""

    story: str
    id: str
    kind: str
    severity: str
    claim_a: str
    claim_b: str
    sources: tuple[str, ...]
    verdict: str
    reason: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.story, self.id)

    @property
    def true(self) -> bool:
        return self.verdict == "true"


# --- collecting rows ----------------------------------------------------------------------


def rows_of_run(realnews: Path) -> list[Row]:
    """Every flagged row of every story of the corpus, checked in-process."""
    rows: list[Row] = []
    for folder in sorted(p for p in (realnews / "stories").iterdir() if p.is_dir()):
        report = run_story(folder)
        for d in report.discrepancies:
            rows.append(
                Row(
                    story=folder.name,
                    id=d.id,
                    kind=d.kind.value,
                    severity=d.severity.value,
                    source_a=d.a.source,
                    claim_a=d.a.text,
                    quote_a=d.a.sentence,
                    source_b=d.b.source,
                    claim_b=d.b.text,
                    quote_b=d.b.sentence,
                    explanation=d.explanation,
                    position=(d.a.start, d.b.start),
                )
            )
    return rows


def rows_of_folder(folder: Path) -> list[Row]:
    """Every row of an existing run: ``folder/<story>/discrepancies.csv``."""
    rows: list[Row] = []
    for path in sorted(folder.glob("*/discrepancies.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            for n, record in enumerate(csv.DictReader(handle)):
                rows.append(
                    Row(
                        story=path.parent.name,
                        id=record["id"],
                        kind=record["kind"],
                        severity=record["severity"],
                        source_a=record["source_a"],
                        claim_a=record["claim_a"],
                        quote_a=record.get("quote_a", ""),
                        source_b=record["source_b"],
                        claim_b=record["claim_b"],
                        quote_b=record.get("quote_b", ""),
                        explanation=record.get("explanation", ""),
                        position=(n, n),
                    )
                )
    return rows


def unique_rows(rows: Iterable[Row]) -> dict[tuple[str, str], Row]:
    """One row per (story, id): the first in (sources, position) order."""
    ordered = sorted(rows, key=lambda r: (r.key, r.source_a, r.source_b, r.position))
    unique: dict[tuple[str, str], Row] = {}
    for row in ordered:
        unique.setdefault(row.key, row)
    return unique


def rank(key: tuple[str, str], seed: int) -> str:
    """A key's place in the seeded random order: a hash of the seed, story and row id."""
    text = "\x1f".join((str(seed), *key))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def draw(
    keys: Iterable[tuple[str, str]], seed: int = SEED, count: int = COUNT
) -> list[tuple[str, str]]:
    """The ``count`` keys first in the seeded random order (ties broken by the key itself).

    Each key's rank depends only on the seed and the key, so when the output changes a row
    that is still flagged stays in the sample unless new rows rank before it: most judged
    rows keep counting and only new ones need judging.
    """
    return sorted(set(keys), key=lambda k: (rank(k, seed), k))[:count]


# --- judgments ----------------------------------------------------------------------------


def load_judged(path: Path = JUDGED_PATH) -> list[Judgment]:
    """The judgments of ``path`` (``[[row]]`` tables); a missing file has none.

    Raises:
        ValueError: An entry misses a key, has an unknown key or a wrong type.
    """
    if not path.is_file():
        return []
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    judged: list[Judgment] = []
    for n, entry in enumerate(data.get("row", []), start=1):
        where = f"{path.name} row {n}"
        if set(entry) != set(JUDGED_KEYS):
            raise ValueError(f"{where}: keys {sorted(entry)} are not {sorted(JUDGED_KEYS)}")
        sources = entry["sources"]
        if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
            raise ValueError(f"{where}: 'sources' must be a list of strings")
        for key in JUDGED_KEYS:
            if key != "sources" and not isinstance(entry[key], str):
                raise ValueError(f"{where}: {key!r} must be a string")
        judged.append(
            Judgment(
                story=entry["story"],
                id=entry["id"],
                kind=entry["kind"],
                severity=entry["severity"],
                claim_a=entry["claim_a"],
                claim_b=entry["claim_b"],
                sources=tuple(sources),
                verdict=entry["verdict"],
                reason=entry["reason"],
            )
        )
    return judged


def toml_stub(row: Row) -> str:
    """A ``[[row]]`` table for ``row`` with verdict and reason left for a judge to fill in."""
    fields = {
        "story": row.story,
        "id": row.id,
        "kind": row.kind,
        "severity": row.severity,
        "claim_a": row.claim_a,
        "claim_b": row.claim_b,
    }
    lines = ["[[row]]", *(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in fields.items())]
    lines.append(f"sources = {json.dumps([row.source_a, row.source_b], ensure_ascii=False)}")
    lines += ['verdict = ""  # "true" or "false"', 'reason = ""', ""]
    return "\n".join(lines)


# --- summaries ----------------------------------------------------------------------------


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "n/a"


def severity_group(severity: str) -> str:
    return "high+medium" if severity in ("high", "medium") else severity


def precision_table(sampled: Sequence[Row], judged: dict[tuple[str, str], Judgment]) -> str:
    """Precision over the judged sampled rows: overall, by severity and by kind."""
    pairs = [(r, judged[r.key]) for r in sampled if r.key in judged]
    groups: list[tuple[str, list[bool]]] = [("all", [j.true for _, j in pairs])]
    for severity in ("high", "medium"):
        groups.append((f"  {severity}", [j.true for r, j in pairs if r.severity == severity]))
    for label in ("high+medium", "low"):
        groups.append(
            (f"  {label}", [j.true for r, j in pairs if severity_group(r.severity) == label])
        )
    for kind in sorted({r.kind for r, _ in pairs}):
        groups.append((f"  {kind}", [j.true for r, j in pairs if r.kind == kind]))
    rows = [(label, len(g), sum(g), _percent(sum(g), len(g))) for label, g in groups if g]
    return markdown_table(("sampled rows", "judged", "true", "precision"), rows)


def unjudged_text(row: Row, realnews: Path | None, blind: frozenset[str] = frozenset()) -> str:
    """One unjudged row: kind, both claims and quotes, and the files to open; for a story of a
    blind draw only its id, so that no one who develops rules reads its words here."""
    if row.story in blind:
        return (
            f"- {row.story} {row.id}  {row.kind} {row.severity}  (a blind story: claims and "
            "quotes left out; its row goes to the blind second reader)"
        )
    folder = (realnews / "stories" / row.story) if realnews else Path(row.story)
    return "\n".join(
        (
            f"- {row.story} {row.id}  {row.kind} {row.severity}",
            f"    A {row.claim_a!r} in {folder / (row.source_a + '.txt')}",
            f"      {row.quote_a.strip()}",
            f"    B {row.claim_b!r} in {folder / (row.source_b + '.txt')}",
            f"      {row.quote_b.strip()}",
            f"    crosscheck: {row.explanation}",
        )
    )


def write_to_judge(rows: Sequence[Row], realnews: Path | None) -> None:
    """The unjudged sampled rows as CSV and as ``[[row]]`` stubs to paste into judged.toml."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    header = (
        "story", "id", "kind", "severity", "source_a", "claim_a", "quote_a",
        "source_b", "claim_b", "quote_b", "file_a", "file_b", "explanation",
    )  # fmt: skip
    folder = (realnews / "stories") if realnews else Path()
    with TO_JUDGE_CSV.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for r in rows:
            writer.writerow(
                (
                    r.story, r.id, r.kind, r.severity, r.source_a, r.claim_a, r.quote_a,
                    r.source_b, r.claim_b, r.quote_b,
                    folder / r.story / f"{r.source_a}.txt", folder / r.story / f"{r.source_b}.txt",
                    r.explanation,
                )
            )  # fmt: skip
    TO_JUDGE_TOML.write_text("\n".join(toml_stub(r) for r in rows), encoding="utf-8")


def _changed(j: Judgment, row: Row) -> bool:
    """Whether a judged row now has another kind, severity or pair of quoted claims."""
    return (j.kind, j.severity, {j.claim_a, j.claim_b}) != (
        row.kind,
        row.severity,
        {row.claim_a, row.claim_b},
    )


# --- command line -------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--count", type=int, default=COUNT)
    parser.add_argument("--realnews", type=Path, default=None, help="the real-news corpus")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--run", action="store_true", help="check every story (the default)")
    source.add_argument(
        "--from",
        dest="folder",
        type=Path,
        default=None,
        help="read DIR/<story>/discrepancies.csv instead of running check",
    )
    parser.add_argument("--judged", type=Path, default=JUDGED_PATH)
    args = parser.parse_args(argv)
    realnews = find_realnews(args.realnews)
    if args.folder is not None:
        rows = rows_of_folder(args.folder)
        origin = f"rows read from {args.folder}"
    elif realnews is None:
        print("real-news corpus not found (give --realnews DIR or --from DIR)")
        return 0
    else:
        rows = rows_of_run(realnews)
        origin = f"crosscheck.check on {realnews / 'stories'}"
    unique = unique_rows(rows)
    stories = len({r.story for r in rows})
    sampled = [unique[k] for k in draw(unique, args.seed, args.count)]
    judged = {j.key: j for j in load_judged(args.judged)}
    todo = [r for r in sampled if r.key not in judged]
    severities = Counter(r.severity for r in rows)
    mix = ", ".join(f"{k} {v}" for k, v in sorted(severities.items()))
    print(f"{origin}: {len(rows)} rows ({mix}) in {stories} stories with a row, "
          f"{len(unique)} distinct (story, id)")  # fmt: skip
    print(f"sample: seed={args.seed} count={len(sampled)}; judged {len(sampled) - len(todo)}, "
          f"unjudged {len(todo)}; judgments on file {len(judged)} ({args.judged})\n")  # fmt: skip
    print("Precision over the judged sampled rows\n")
    print(precision_table(sampled, judged), "\n")
    changed = [r for r in sampled if r.key in judged and _changed(judged[r.key], r)]
    if changed:
        print(f"{len(changed)} judged rows changed since judged (verdict kept; check them):")
        for r in changed:
            j = judged[r.key]
            print(f"  {r.story} {r.id}: {j.kind} {j.severity} {[j.claim_a, j.claim_b]} -> "
                  f"{r.kind} {r.severity} {[r.claim_a, r.claim_b]}")  # fmt: skip
        print()
    gone = sorted(set(judged) - set(unique))
    if gone:
        print(f"{len(gone)} judgments name rows the output no longer has (kept, not counted)\n")
    write_to_judge(todo, realnews)
    if todo:
        print(f"Unjudged sampled rows ({len(todo)}): judge each and append its [[row]] stub "
              f"from {TO_JUDGE_TOML} to {args.judged}\n")  # fmt: skip
        blind = blind_stories()
        print("\n".join(unjudged_text(r, realnews, blind) for r in todo))
    print(f"\nunjudged rows: {TO_JUDGE_CSV}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
