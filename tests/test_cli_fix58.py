"""Three CLI defects left by docs57 and fix57 (fix58): one test each."""

from __future__ import annotations

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


def _reviewed_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """A fresh report folder (no decisions in it) and a review file with two decisions."""
    out = tmp_path / "out"
    assert _run(["run", str(SAMPLE), "--out", str(out)], capsys)[0] == 0
    rows = _rows(out / "discrepancies.csv")
    rows[0]["status"] = "confirmed"
    rows[1]["status"] = "false-positive"
    review = tmp_path / "review.csv"
    _write_rows(review, rows)
    return out, review


def test_the_carried_note_names_the_review_file(tmp_path, capsys):
    out, review = _reviewed_copy(tmp_path, capsys)
    code, _, err = _run(["run", str(SAMPLE), "--out", str(out), "--review", str(review)], capsys)
    assert code == 0
    assert f"{review}: 2 review decision(s) carried forward" in err
    assert f"{out / 'discrepancies.csv'}:" not in err  # it held no decision


def test_the_carried_note_names_both_files_when_both_decide(tmp_path, capsys):
    out, review = _reviewed_copy(tmp_path, capsys)
    shutil.copyfile(review, out / "discrepancies.csv")
    code, _, err = _run(["run", str(SAMPLE), "--out", str(out), "--review", str(review)], capsys)
    assert code == 0
    note = f"{out / 'discrepancies.csv'} and {review}: 2 review decision(s) carried forward"
    assert note in err


def test_json_to_a_reader_that_leaves_early_exits_141(tmp_path):
    """``crosscheck run ... --format json | head -3``: the sample's JSON (about 75 KB) is more
    than a pipe holds, so the reader leaves mid-write; the table format already said 141."""
    command = [sys.executable, "-m", "crosscheck", "run", str(SAMPLE), "--out", str(tmp_path)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(
        [*command, "--format", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    ) as run:
        assert run.stdout is not None and run.stderr is not None
        assert os.read(run.stdout.fileno(), 8192).startswith(b"{")  # as head reads
        run.stdout.close()
        err = run.stderr.read()
        assert run.wait(timeout=120) == 141
    assert b"Traceback" not in err
