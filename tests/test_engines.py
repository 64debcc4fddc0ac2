"""Engines: --jobs and --engine dask give byte-identical reports to the single-process run."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from crosscheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources" / "belarus"
REPORTS = ("discrepancies.csv", "claims.csv", "sources.csv", "report.json")


def _run(story: Path, out: Path, *extra: str) -> None:
    assert main(["run", str(story), "--out", str(out), "--format", "json", *extra]) == 0


def _same_reports(a: Path, b: Path) -> None:
    for name in REPORTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.fixture(scope="module")
def bigger_story(tmp_path_factory):
    """The sample story and copies of it under other names, so workers get several tasks."""
    story = tmp_path_factory.mktemp("story")
    for copy in range(4):
        for article in sorted(SAMPLE.glob("*.txt")):
            text = article.read_text(encoding="utf-8")
            if copy:
                text = text.replace("1,200", f"1,{200 + 25 * copy}")
            (story / f"{article.stem}-{copy}.txt").write_text(text, encoding="utf-8")
    return story


def test_jobs_give_identical_reports(bigger_story, tmp_path, capsys):
    _run(bigger_story, tmp_path / "one")
    _run(bigger_story, tmp_path / "two", "--jobs", "2")
    capsys.readouterr()
    _same_reports(tmp_path / "one", tmp_path / "two")
    assert (tmp_path / "one" / "discrepancies.csv").read_text("utf-8").count("\n") > 5


def test_scheduler_needs_dask_engine(capsys):
    assert main(["run", str(SAMPLE), "--scheduler", "tcp://127.0.0.1:1", "--out", "/tmp/x"]) == 2
    assert "--scheduler goes with --engine dask" in capsys.readouterr().err


@pytest.mark.dask
@pytest.mark.skipif(importlib.util.find_spec("distributed") is None, reason="dask extra missing")
def test_dask_cluster_gives_identical_reports(bigger_story, tmp_path, capsys):
    from dask.distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        _run(
            bigger_story,
            tmp_path / "dask",
            "--engine",
            "dask",
            "--scheduler",
            cluster.scheduler_address,
        )
    _run(bigger_story, tmp_path / "local")
    capsys.readouterr()
    _same_reports(tmp_path / "local", tmp_path / "dask")
