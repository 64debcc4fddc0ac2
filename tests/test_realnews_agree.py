"""benchmarks.realnews.agree: the rows on which judged.toml and the gold disagree (no pipeline
run: rows are read back from a run's discrepancies.csv and matched by the scorer's rule)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rowfactory import mention, row

from benchmarks.realnews.agree import main, read_blind, readings, row_of_record, rows_of_story
from benchmarks.realnews.sample import Judgment
from crosscheck.expectations import Expectation
from crosscheck.model import DiscrepancyKind, Severity

TEXT_A = "The storm killed 12 people on Monday. Officials said 300 people were inside."
TEXT_B = "The storm killed 15 people. About 300 people were inside the hall."
TEXTS = {"a": TEXT_A, "b": TEXT_B}
COLUMNS = ("id", "kind", "severity", "source_a", "claim_a", "quote_a", "published_a",
           "source_b", "claim_b", "quote_b", "published_b", "explanation", "where_a",
           "where_b")  # fmt: skip


def _row(ident: str, words_a: str, words_b: str):  # type: ignore[no-untyped-def]
    a = mention("a", words_a, start=TEXT_A.index(words_a), sentence=TEXT_A)
    b = mention("b", words_b, start=TEXT_B.index(words_b), sentence=TEXT_B)
    return row(a, b, id=ident, kind=DiscrepancyKind.NUMERIC_CONFLICT, severity=Severity.HIGH)


def _judged(ident: str, verdict: str, story: str = "s1") -> Judgment:
    return Judgment(
        story=story, id=ident, kind="numeric.conflict", severity="high", claim_a="x",
        claim_b="y", sources=("a", "b"), verdict=verdict, reason="because",
    )  # fmt: skip


GOLD = (
    Expectation(id="toll", must_flag=True, claims=("12 people", "15 people"), sources=("a", "b")),
    Expectation(
        id="inside", must_flag=False, claims=("300 people", "300 people"), sources=("a", "b")
    ),
)


def test_a_gold_conflict_judged_false_and_a_must_not_judged_true_disagree() -> None:
    rows = [_row("n-toll", "12 people", "15 people"), _row("n-inside", "300 people", "300 people")]
    judged = {("s1", "n-toll"): _judged("n-toll", "false"),
              ("s1", "n-inside"): _judged("n-inside", "true")}  # fmt: skip
    toll, inside = readings("s1", GOLD, rows, TEXTS, judged)
    assert toll.gold is not None and toll.gold.id == "toll" and toll.disagrees
    assert inside.gold is None and inside.must_not is not None and inside.disagrees


def test_agreeing_and_unjudged_rows_are_no_disagreement() -> None:
    rows = [_row("n-toll", "12 people", "15 people"), _row("n-other", "12 people", "300 people")]
    both = readings("s1", GOLD, rows, TEXTS, {("s1", "n-toll"): _judged("n-toll", "true")})
    assert [r.disagrees for r in both] == [False, False]
    assert both[1].judgment is None
    false_row = readings("s1", GOLD, rows[1:], TEXTS, {("s1", "n-other"): _judged("x", "false")})
    assert not false_row[0].disagrees  # no gold pair, judged false: both call it false


def test_a_csv_record_is_read_back_with_its_positions() -> None:
    record = {
        "id": "n-1", "kind": "numeric.conflict", "severity": "medium", "source_a": "a",
        "claim_a": "12 people", "quote_a": TEXT_A, "published_a": "2026-12-05",
        "source_b": "b", "claim_b": "15 people", "quote_b": TEXT_B, "published_b": "",
        "explanation": "", "where_a": "line 1, column 18 (characters 17-26)", "where_b": "",
    }  # fmt: skip
    d = row_of_record(record)
    assert (d.a.start, d.a.end, TEXT_A[d.a.start : d.a.end]) == (17, 26, "12 people")
    assert (d.b.start, d.b.end) == (0, 0)
    assert d.severity is Severity.MEDIUM and d.published_b is None
    assert d.published_a is not None and d.published_a.isoformat() == "2026-12-05"


def _write_run(folder: Path, story: str, records: list[dict[str, str]]) -> None:
    (folder / story).mkdir(parents=True)
    with (folder / story / "discrepancies.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(records)


def _record(ident: str, words_a: str, words_b: str) -> dict[str, str]:
    start_a, start_b = TEXT_A.index(words_a), TEXT_B.index(words_b)
    return {
        "id": ident, "kind": "numeric.conflict", "severity": "high",
        "source_a": "a", "claim_a": words_a, "quote_a": TEXT_A, "published_a": "",
        "source_b": "b", "claim_b": words_b, "quote_b": TEXT_B, "published_b": "",
        "explanation": "",
        "where_a": f"line 1 (characters {start_a}-{start_a + len(words_a)})",
        "where_b": f"line 1 (characters {start_b}-{start_b + len(words_b)})",
    }  # fmt: skip


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for story in ("s1", "s2"):
        folder = tmp_path / "realnews" / "stories" / story
        folder.mkdir(parents=True)
        (folder / "a.txt").write_text(TEXT_A, encoding="utf-8")
        (folder / "b.txt").write_text(TEXT_B, encoding="utf-8")
        gold = tmp_path / "gold"
        gold.mkdir(exist_ok=True)
        (gold / f"{story}.toml").write_text(
            f'story = "stories/{story}"\n[[conflict]]\nid = "toll"\n'
            'claims = ["12 people", "15 people"]\nsources = ["a", "b"]\nwhy = "one toll"\n',
            encoding="utf-8",
        )
        _write_run(tmp_path / "run", story, [_record("n-toll", "12 people", "15 people")])
    (tmp_path / "judged.toml").write_text(
        "".join(
            f'[[row]]\nstory = "{s}"\nid = "n-toll"\nkind = "numeric.conflict"\n'
            'severity = "high"\nclaim_a = "12 people"\nclaim_b = "15 people"\n'
            'sources = ["a", "b"]\nverdict = "false"\nreason = "read as two counts"\n\n'
            for s in ("s1", "s2")
        ),
        encoding="utf-8",
    )
    (tmp_path / "blind.txt").write_text("# held back\ns2\n", encoding="utf-8")
    return tmp_path


def test_the_command_lists_disagreements_and_leaves_blind_stories_out(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--from", str(corpus / "run"), "--gold", str(corpus / "gold"),
            "--judged", str(corpus / "judged.toml"), "--realnews", str(corpus / "realnews"),
            "--quotes"]  # fmt: skip
    assert main([*args, "--blind", str(corpus / "blind.txt")]) == 0
    out = capsys.readouterr().out
    assert "Disagreements (1)" in out
    assert "s1 n-toll numeric.conflict high" in out and "gold conflict toll" in out
    assert "judged: read as two counts" in out and "gold: one toll" in out
    assert "s2" not in out.split("Disagreements")[1]
    assert main(args) == 0
    assert "Disagreements (2)" in capsys.readouterr().out


def test_blind_list_and_missing_run_files() -> None:
    assert read_blind(None) == set()
    assert rows_of_story(Path("/nonexistent/discrepancies.csv")) == []
