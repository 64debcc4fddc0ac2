"""Where the two precision measures disagree: a run's rows + gold + judged.toml -> disagreements.

    python -m benchmarks.realnews.agree --from DIR [--gold DIR] [--judged FILE]
                                        [--blind FILE] [--realnews DIR] [--quotes]

Precision is kept twice: by the gold files (``score.py``: a row is true when it matches a
gold conflict) and by ``judged.toml`` (``sample.py``: a verdict and reason per row). For
every story with a gold file (less the ids of ``--blind``), the rows of an existing run
(``DIR/<story>/discrepancies.csv``) are read back and matched against the gold by the
scorer's own rule (``score.gold_matches``, ``score.must_not_matches``); a row *disagrees*
when it matches a gold conflict but is judged false, or matches none (a must-not or simply
no gold pair) but is judged true. Rows with no verdict are counted, not listed. Prints the
tallies and one line per disagreement (``--quotes`` adds both sentences and the reasons).
"""

from __future__ import annotations

import argparse
import csv
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from benchmarks.common import markdown_table
from benchmarks.realnews.sample import JUDGED_PATH, Judgment, load_judged
from benchmarks.realnews.score import (
    GOLD_DIR,
    find_realnews,
    gold_files,
    gold_matches,
    must_not_matches,
    story_dir,
)
from crosscheck import load_story
from crosscheck.expectations import Expectation, load_expectations
from crosscheck.model import Discrepancy, DiscrepancyKind, Mention, Severity

CHARACTERS = re.compile(r"characters (\d+)-(\d+)")


@dataclass(frozen=True, slots=True, kw_only=True)
class Reading:
    """One flagged row with what each measure says of it."""

    story: str
    row: Discrepancy
    judgment: Judgment | None
    gold: Expectation | None
    must_not: Expectation | None

    @property
    def gold_true(self) -> bool:
        return self.gold is not None

    @property
    def disagrees(self) -> bool:
        return self.judgment is not None and self.judgment.true != self.gold_true


# --- rows read back from a run ------------------------------------------------------------


def _span(where: str) -> tuple[int, int]:
    """The character offsets of a ``where_a``/``where_b`` cell ("line 5, column 20
    (characters 233-246)"); (0, 0) when the cell gives none."""
    found = CHARACTERS.search(where)
    return (int(found.group(1)), int(found.group(2))) if found else (0, 0)


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _mention(record: Mapping[str, str], side: str) -> Mention:
    start, end = _span(record.get(f"where_{side}", ""))
    return Mention(
        source=record[f"source_{side}"],
        start=start,
        end=end,
        text=record[f"claim_{side}"],
        sentence=record.get(f"quote_{side}", ""),
    )


def row_of_record(record: Mapping[str, str]) -> Discrepancy:
    """One row of ``discrepancies.csv`` as the ``Discrepancy`` the scorer matches."""
    return Discrepancy(
        id=record["id"],
        kind=DiscrepancyKind(record["kind"]),
        severity=Severity(record["severity"]),
        subject=record.get("subject", ""),
        metric=record.get("metric", ""),
        a=_mention(record, "a"),
        b=_mention(record, "b"),
        value_a=record.get("value_a", ""),
        value_b=record.get("value_b", ""),
        published_a=_date(record.get("published_a", "")),
        published_b=_date(record.get("published_b", "")),
        explanation=record.get("explanation", ""),
    )


def rows_of_story(path: Path) -> list[Discrepancy]:
    """The rows of one story's ``discrepancies.csv`` (none when the file is missing)."""
    if not path.is_file():
        return []
    with path.open(newline="", encoding="utf-8") as handle:
        return [row_of_record(record) for record in csv.DictReader(handle)]


# --- the two measures side by side --------------------------------------------------------


def readings(
    story: str,
    expectations: Sequence[Expectation],
    rows: Sequence[Discrepancy],
    texts: Mapping[str, str],
    judged: Mapping[tuple[str, str], Judgment],
) -> list[Reading]:
    """Each row of one story with its verdict (by story and id) and the gold pair it matches."""
    conflicts = [e for e in expectations if e.must_flag and len(e.claims) == 2]
    must_nots = [e for e in expectations if not e.must_flag and len(e.claims) == 2]
    return [
        Reading(
            story=story,
            row=d,
            judgment=judged.get((story, d.id)),
            gold=next((e for e in conflicts if gold_matches(e, d, texts)), None),
            must_not=next((e for e in must_nots if must_not_matches(e, d, texts)), None),
        )
        for d in rows
    ]


def tally(items: Sequence[Reading]) -> str:
    """Rows by verdict (judged true/false/none) against gold (conflict, must-not, no pair)."""
    columns = ("gold conflict", "gold must-not", "no gold pair")

    def column(r: Reading) -> str:
        return columns[0] if r.gold else (columns[1] if r.must_not else columns[2])

    table = []
    for label, test in (
        ("judged true", lambda r: r.judgment is not None and r.judgment.true),
        ("judged false", lambda r: r.judgment is not None and not r.judgment.true),
        ("not judged", lambda r: r.judgment is None),
    ):
        group = [r for r in items if test(r)]
        table.append((label, *(sum(column(r) == c for r in group) for c in columns)))
    return markdown_table(("rows", *columns), table)


def disagreement_line(r: Reading) -> str:
    """One disagreement: story, row, kind and severity, both claims, both verdicts."""
    assert r.judgment is not None
    d, e = r.row, r.gold or r.must_not
    gold = f"conflict {e.id}" if r.gold and e else (f"must-not {e.id}" if e else "no gold pair")
    return (
        f"{r.story} {d.id} {d.kind.value} {d.severity.value}: {d.a.text!r} ({d.a.source}) vs "
        f"{d.b.text!r} ({d.b.source}); judged {r.judgment.verdict}, gold {gold}"
    )


def quotes_text(r: Reading) -> str:
    """Both sentences, the verdict's reason and the gold's ``why``, indented."""
    assert r.judgment is not None
    e = r.gold or r.must_not
    lines = [
        f"    A {r.row.a.sentence.strip()}",
        f"    B {r.row.b.sentence.strip()}",
        f"    judged: {r.judgment.reason}",
    ]
    if e:
        lines.append(f"    gold: {e.why}")
    return "\n".join(lines)


def read_blind(path: Path | None) -> set[str]:
    """The story ids of a blind list (one a line, ``#`` comments); none without a file."""
    if path is None:
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


# --- command line -------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="folder", type=Path, required=True,
                        help="an existing run: DIR/<story>/discrepancies.csv")  # fmt: skip
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="folder of gold files")
    parser.add_argument("--judged", type=Path, default=JUDGED_PATH)
    parser.add_argument("--blind", type=Path, default=None, help="story ids to leave out")
    parser.add_argument("--realnews", type=Path, default=None, help="the real-news corpus")
    parser.add_argument("--quotes", action="store_true", help="print sentences and reasons")
    args = parser.parse_args(argv)
    realnews = find_realnews(args.realnews)
    if realnews is None:
        print("real-news corpus not found (give --realnews DIR)")
        return 0
    blind = read_blind(args.blind)
    judged = {j.key: j for j in load_judged(args.judged) if j.story not in blind}
    items: list[Reading] = []
    stories = 0
    for path in gold_files(args.gold):
        folder = story_dir(path, realnews, override=args.realnews is not None)
        if folder.name in blind:
            continue
        stories += 1
        rows = rows_of_story(args.folder / folder.name / "discrepancies.csv")
        if not rows:
            continue
        texts = {s.id: s.text for s in load_story(folder).sources}
        spec = load_expectations(path)
        items += readings(folder.name, spec.expectations, rows, texts, judged)
    print(f"{stories} gold stories from {args.gold} ({len(blind)} blind ids left out); "
          f"{len(items)} rows read from {args.folder}\n")  # fmt: skip
    print(tally(items), "\n")
    wrong = [r for r in items if r.disagrees]
    print(f"Disagreements ({len(wrong)}): gold conflict judged false, or no gold conflict "
          "judged true\n")  # fmt: skip
    for r in wrong:
        print(disagreement_line(r))
        if args.quotes:
            print(quotes_text(r))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
