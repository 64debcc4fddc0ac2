"""Issue 13: a workflow that never loses a reviewer's work and says why it exits."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.clirun import csv_rows as _rows
from tests.clirun import run_cli as _run
from tests.clirun import write_csv_rows as _write_rows

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources" / "belarus"
A = "Over 1,200 political prisoners were held in Belarus at the end of 2024.\n"
B = "Nearly 1,400 political prisoners were held in Belarus at the end of 2024.\n"


def _story(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


@pytest.fixture
def reviewed(tmp_path, capsys):
    """A run of the sample whose discrepancies.csv was then reviewed in place."""
    out = tmp_path / "out"
    assert _run(["run", str(SAMPLE), "--out", str(out)], capsys)[0] == 0
    rows = _rows(out / "discrepancies.csv")
    divergence = next(r for r in rows if r["kind"] == "numeric.divergence")
    precision = next(r for r in rows if r["kind"] == "time.precision")
    divergence["status"], divergence["note"] = "confirmed", "ask the UN which is current"
    precision["status"], precision["note"] = "explained", "a typo in the statement"
    _write_rows(out / "discrepancies.csv", rows)
    return out, divergence["id"], precision["id"], len(rows)


# --- work lost or hidden ---------------------------------------------------------------


def test_a_plain_rerun_keeps_the_review_and_says_so(reviewed, capsys):
    out, confirmed, explained, _ = reviewed
    code, _, err = _run(["run", str(SAMPLE), "--out", str(out)], capsys)
    assert code == 0
    rows = {r["id"]: r for r in _rows(out / "discrepancies.csv")}
    assert rows[confirmed]["status"] == "confirmed"
    assert rows[confirmed]["note"] == "ask the UN which is current"
    assert rows[explained]["status"] == "explained"
    assert "2 review decision(s) carried forward" in err


def test_a_rerun_keeps_reviewed_rows_that_vanished(tmp_path, capsys):
    story = _story(tmp_path / "s", {"a.txt": A, "b.txt": B})
    out = tmp_path / "out"
    assert _run(["run", str(story), "--out", str(out)], capsys)[0] == 0
    rows = _rows(out / "discrepancies.csv")
    rows[0]["status"], rows[0]["note"] = "confirmed", "checked with the source"
    _write_rows(out / "discrepancies.csv", rows)
    (story / "b.txt").write_text(A, encoding="utf-8")  # the disagreement is gone
    code, _, err = _run(["run", str(story), "--out", str(out)], capsys)
    assert code == 0
    kept = out / "discrepancies.reviewed-before.csv"
    assert "checked with the source" in kept.read_text(encoding="utf-8")
    assert str(kept) in err
    # a later review whose row vanishes too keeps its own copy; the first is not replaced
    (story / "b.txt").write_text(B, encoding="utf-8")
    assert _run(["run", str(story), "--out", str(out)], capsys)[0] == 0
    rows = _rows(out / "discrepancies.csv")
    rows[0]["status"], rows[0]["note"] = "explained", "second review"
    _write_rows(out / "discrepancies.csv", rows)
    (story / "b.txt").write_text(A, encoding="utf-8")
    assert _run(["run", str(story), "--out", str(out)], capsys)[0] == 0
    assert "checked with the source" in kept.read_text(encoding="utf-8")
    second = out / "discrepancies.reviewed-before-2.csv"
    assert "second review" in second.read_text(encoding="utf-8")


def test_the_reviewers_note_is_shown_and_hidden_rows_not_counted(reviewed, capsys):
    out, _, _, total = reviewed
    code, stdout, _ = _run(["run", str(SAMPLE), "--out", str(out), "--width", "200"], capsys)
    assert code == 0
    assert "note: ask the UN which is current" in stdout
    assert f"{total - 1} discrepancies shown" in stdout  # the explained row is hidden
    assert "1 reviewed as explained/false-positive not shown (use --all)" in stdout


def test_min_severity_with_all_never_suggests_all(reviewed, capsys):
    out, _, _, _ = reviewed
    code, stdout, _ = _run(
        ["run", str(SAMPLE), "--out", str(out), "--min-severity", "high", "--all"], capsys
    )
    assert code == 0
    assert "--all" not in stdout
    assert "below --min-severity high not shown" in stdout


# --- exit statuses and messages --------------------------------------------------------


def test_a_closed_pipe_exits_141_for_the_terminal_report(tmp_path):
    process = subprocess.Popen(
        [sys.executable, "-m", "crosscheck", "run", str(SAMPLE), "--out", str(tmp_path)],
        cwd=tmp_path,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `| head -3` once head has its lines
    err = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=300) == 141
    assert err == ""


def test_fail_on_names_the_rows_that_met_it(tmp_path, capsys):
    story = _story(tmp_path / "s", {"a.txt": A, "b.txt": B})
    code, _, err = _run(
        ["run", str(story), "--out", str(tmp_path / "o"), "--fail-on", "low"], capsys
    )
    assert code == 1
    line = next(x for x in err.splitlines() if x.startswith("crosscheck: fail-on:"))
    ident = _rows(tmp_path / "o" / "discrepancies.csv")[0]["id"]
    assert "1 unreviewed discrepancy of at least low severity" in line and ident in line


def test_a_story_of_one_article_says_nothing_was_compared(tmp_path, capsys):
    story = _story(tmp_path / "s", {"a.txt": A, "notes.odt": "Nearly 1,400"})
    code, stdout, err = _run(["run", str(story), "--out", str(tmp_path / "o")], capsys)
    assert code == 4
    assert "nothing was compared: 1 usable article" in err
    assert "No discrepancies" in stdout  # the report itself is still shown


def test_a_url_is_not_a_story_folder(tmp_path, capsys):
    code, _, err = _run(["run", "https://example.com/news/1"], capsys)
    assert code == 2
    assert err.count("\n") == 1 and "looks like a URL, not a story folder" in err
    assert "crosscheck add STORY_DIR https://example.com/news/1" in err


def test_a_failed_draft_leaves_no_empty_report_folders(tmp_path, capsys):
    draft = tmp_path / "draft.docx"
    draft.write_bytes(b"PK")
    out = tmp_path / "reports" / "draft-x"
    code, _, err = _run(["draft", str(draft), "--against", str(SAMPLE), "--out", str(out)], capsys)
    assert code == 3, err
    assert not (tmp_path / "reports").exists()


# --- output that machines and spreadsheets read ----------------------------------------


def test_several_stories_print_one_json_document(tmp_path, capsys):
    one = _story(tmp_path / "one", {"a.txt": A, "b.txt": B})
    two = _story(tmp_path / "two", {"a.txt": B, "b.txt": A})
    code, stdout, _ = _run(
        ["run", str(one), str(two), "--out", str(tmp_path / "o"), "--format", "json"], capsys
    )
    assert code == 0
    documents = json.loads(stdout)
    assert [d["story"] for d in documents] == ["one", "two"]


def test_several_stories_print_one_csv_header_with_a_story_column(tmp_path, capsys):
    one = _story(tmp_path / "one", {"a.txt": A, "b.txt": B})
    two = _story(tmp_path / "two", {"a.txt": B, "b.txt": A})
    code, stdout, _ = _run(
        ["run", str(one), str(two), "--out", str(tmp_path / "o"), "--format", "csv"], capsys
    )
    assert code == 0
    assert stdout.count("id,kind,severity") == 1
    rows = list(csv.DictReader(io.StringIO(stdout)))
    assert {r["story"] for r in rows} == {"one", "two"}


def test_exact_values_need_no_formula_guard(tmp_path, capsys):
    out = tmp_path / "o"
    assert _run(["run", str(SAMPLE), "--out", str(out)], capsys)[0] == 0
    text = (out / "claims.csv").read_text(encoding="utf-8")
    assert "'= " not in text
    values = [r["value"] for r in _rows(out / "claims.csv")]
    assert "5 years" in values  # "five years": an exact value


def test_old_review_files_with_the_guarded_notation_still_read(tmp_path):
    from crosscheck.review import parse_review

    text = "id,value_a,status,note\nnumeric-1,'= 2000,confirmed,'= 5 is right\n"
    decision = parse_review(text, tmp_path / "r.csv")["numeric-1"]
    assert decision.status == "confirmed" and decision.note == "= 5 is right"


def test_claims_prints_the_table_its_help_promises(capsys):
    code, stdout, _ = _run(["claims", str(SAMPLE / "un-news-2025-02-14.txt")], capsys)
    assert code == 0
    header = stdout.splitlines()[0].split()
    assert header == ["source", "where", "claim", "subject", "metric", "value"]
    assert '"' not in stdout.splitlines()[1]  # not CSV


def test_a_review_edited_with_pandas_round_trips(tmp_path, capsys):
    pd = pytest.importorskip("pandas")
    out = tmp_path / "o"
    assert _run(["run", str(SAMPLE), "--out", str(out)], capsys)[0] == 0
    frame = pd.read_csv(out / "discrepancies.csv", dtype=str, keep_default_na=False)
    first = frame.loc[0, "id"]
    frame.loc[0, "status"] = "confirmed"
    frame.loc[0, "note"] = "  checked: '= 5 \t"
    frame.to_csv(out / "discrepancies.csv", index=False)
    assert _run(["run", str(SAMPLE), "--out", str(out)], capsys)[0] == 0
    row = next(r for r in _rows(out / "discrepancies.csv") if r["id"] == first)
    assert row["status"] == "confirmed" and row["note"] == "  checked: '= 5 \t"


def test_summary_comes_last_without_trailing_padding(tmp_path, capsys):
    code, stdout, _ = _run(["run", str(SAMPLE), "--out", str(tmp_path), "--width", "100"], capsys)
    assert code == 0
    lines = stdout.rstrip("\n").splitlines()
    summary = next(i for i, line in enumerate(lines) if " sources · " in line)
    assert summary > len(lines) - 6  # at the end, followed by the top findings
    assert lines[summary + 1] == "Top findings:"
    assert all(line == line.rstrip() for line in lines)


# --- init and config -------------------------------------------------------------------


def test_init_writes_a_story_toml_with_dates_to_check(tmp_path, capsys):
    story = tmp_path / "s"
    story.mkdir()
    for article in sorted(SAMPLE.glob("*.txt")):
        shutil.copyfile(article, story / article.name)
    code, stdout, _ = _run(["init", str(story)], capsys)
    assert code == 0 and "wrote" in stdout
    text = (story / "story.toml").read_text(encoding="utf-8")
    assert "# published = 2025-02-14   # CHECK" in text
    assert text.count("[[sources]]") == 5
    assert _run(["run", str(story), "--out", str(tmp_path / "o")], capsys)[0] == 0
    assert _run(["init", str(story)], capsys)[0] == 2  # never overwritten


def test_config_sets_severities_turns_kinds_off_and_knows_house_spellings(
    tmp_path, capsys, monkeypatch
):
    story = tmp_path / "belarus"
    shutil.copytree(SAMPLE, story)
    (tmp_path / "crosscheck.toml").write_text(
        'off = ["certainty"]\n'
        'spellings = [["Lukashenko", "Lukashenka"], ["Aleksandr", "Alexander"]]\n'
        '[severity]\n"time.precision" = "high"\n'
        '[stories.belarus]\noff = ["numeric.precision"]\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(["run", str(story), "--out", str(tmp_path / "o")], capsys)
    assert code == 0
    assert f"crosscheck: config: {tmp_path / 'crosscheck.toml'} (for belarus)" in err
    rows = _rows(tmp_path / "o" / "discrepancies.csv")
    kinds = {r["kind"] for r in rows}
    assert "certainty" not in kinds and "numeric.precision" not in kinds
    assert all(r["severity"] == "high" for r in rows if r["kind"] == "time.precision")
    assert not any("Lukashenk" in r["value_a"] for r in rows if r["kind"] == "name.variant")


def test_a_bad_config_is_one_line_naming_the_file(tmp_path, capsys, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.crosscheck]\noff = ["numbers"]\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(["run", str(SAMPLE), "--out", str(tmp_path / "o")], capsys)
    assert code == 3
    assert err.count("\n") == 1 and "pyproject.toml" in err and "unknown kind 'numbers'" in err


def test_config_tolerance_drops_divergences_within_it(tmp_path, capsys, monkeypatch):
    # "over 1,200" vs "nearly 1,400" differ by 14%: kept at 10%, dropped at 20% (story-level)
    story = tmp_path / "belarus"
    shutil.copytree(SAMPLE, story)
    monkeypatch.chdir(tmp_path)
    config = tmp_path / "crosscheck.toml"
    config.write_text("tolerance = 0.10\n", encoding="utf-8")
    assert _run(["run", str(story), "--out", str(tmp_path / "a")], capsys)[0] == 0
    kept = [r for r in _rows(tmp_path / "a" / "discrepancies.csv")]
    assert any(
        r["kind"] == "numeric.divergence" and "1,400" in r["claim_a"] + r["claim_b"] for r in kept
    )
    config.write_text("tolerance = 0.10\n[stories.belarus]\ntolerance = 0.2\n", encoding="utf-8")
    assert _run(["run", str(story), "--out", str(tmp_path / "b")], capsys)[0] == 0
    dropped = _rows(tmp_path / "b" / "discrepancies.csv")
    assert not any(r["kind"] == "numeric.divergence" for r in dropped)
    assert {r["id"] for r in dropped} == {
        r["id"] for r in kept if r["kind"] != "numeric.divergence"
    }


@pytest.mark.parametrize("value", ["0.01", "1.5", '"ten"', "true"])
def test_config_tolerance_out_of_range_is_one_line(tmp_path, capsys, monkeypatch, value):
    (tmp_path / "crosscheck.toml").write_text(f"tolerance = {value}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(["run", str(SAMPLE), "--out", str(tmp_path / "o")], capsys)
    assert code == 3
    assert err.count("\n") == 1 and "crosscheck.toml" in err and "'tolerance'" in err
