"""The command line, run in-process: help, exit codes, files written, untrusted text."""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest

from crosscheck.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources" / "belarus"
COMMANDS = ["run", "claims", "verify", "draft", "init", "add"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_in_the_readme(command, capsys):
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([command, "--help"])
    assert done.value.code == 0
    assert "usage: crosscheck " + command in capsys.readouterr().out
    assert f"crosscheck {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_subcommand_is_listed():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert sorted(sub.choices) == sorted(COMMANDS)


def _run(args, capsys):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_run_sample_flags_the_known_conflicts(tmp_path, capsys):
    code, out, err = _run(["run", str(SAMPLE), "--out", str(tmp_path), "--width", "120"], capsys)
    assert code == 0, err
    assert "over 1,200" in out and "nearly 1,400" in out
    assert "numeric.divergence" in out and "time.precision" in out
    assert re.search(r"5 sources · \d+ claims · \d+ discrepancies", out)
    header = (tmp_path / "discrepancies.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith(
        "id,kind,severity,subject,metric,source_a,claim_a,value_a,quote_a,published_a,"
        "source_b,claim_b,value_b,quote_b,published_b,explanation,status,note"
    )
    assert (
        (tmp_path / "claims.csv")
        .read_text(encoding="utf-8")
        .startswith(
            "source,start,end,text,sentence,subject,metric,kind,low,high,approximate,unit,"
            "time_start,time_end,granularity,certainty,attribution"
        )
    )


def test_two_runs_write_byte_identical_reports(tmp_path, capsys):
    first, second = tmp_path / "1", tmp_path / "2"
    assert _run(["run", str(SAMPLE), "--out", str(first), "--format", "json"], capsys)[0] == 0
    assert _run(["run", str(SAMPLE), "--out", str(second), "--format", "json"], capsys)[0] == 0
    for name in ("discrepancies.csv", "claims.csv", "sources.csv", "report.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_json_format_prints_json(tmp_path, capsys):
    import json

    code, out, _ = _run(["run", str(SAMPLE), "--out", str(tmp_path), "--format", "json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["summary"]["sources"] == 5
    assert any(d["kind"] == "numeric.divergence" for d in data["discrepancies"])


def test_min_severity_hides_lower_rows_from_the_terminal_only(tmp_path, capsys):
    code, out, _ = _run(
        ["run", str(SAMPLE), "--out", str(tmp_path), "--min-severity", "medium", "--format", "csv"],
        capsys,
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(r["severity"] in ("high", "medium") for r in rows)
    written = list(csv.DictReader(io.StringIO((tmp_path / "discrepancies.csv").read_text("utf-8"))))
    assert any(r["severity"] == "low" for r in written)


def _story(tmp_path: Path, files: dict[str, str], toml: str = "") -> Path:
    story = tmp_path / "story"
    story.mkdir()
    for name, text in files.items():
        (story / name).write_text(text, encoding="utf-8")
    (story / "story.toml").write_text(toml, encoding="utf-8")
    return story


def test_article_text_cannot_inject_markup_or_control_sequences(tmp_path, capsys):
    evil = (
        "[bold red]Pwned[/bold red] \x1b[31mred\x1b[0m: over 1,200 political prisoners were held."
    )
    calm = "Nearly 1,400 political prisoners were held in the country."
    story = _story(tmp_path, {"a.txt": evil, "b.txt": calm})
    code, out, err = _run(["run", str(story), "--out", str(tmp_path / "out")], capsys)
    assert code == 0, err
    assert "\x1b" not in out
    assert "[bold red]Pwned[/bold red]" in out
    assert "\\u001b" in out


def test_formula_cells_are_neutralised(tmp_path, capsys):
    story = _story(
        tmp_path,
        {
            "a.txt": '=HYPERLINK("http://evil") Over 1,200 political prisoners were held.',
            "b.txt": "Nearly 1,400 political prisoners were held in the country.",
        },
    )
    assert _run(["run", str(story), "--out", str(tmp_path / "out")], capsys)[0] == 0
    text = (tmp_path / "out" / "claims.csv").read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(text)):
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value


def test_missing_story_is_a_one_line_error(tmp_path, capsys):
    code, _, err = _run(["run", str(tmp_path / "nope"), "--out", str(tmp_path / "o")], capsys)
    assert code == 3
    assert err.count("\n") == 1 and "nope" in err and "Traceback" not in err


def test_unwritable_output_fails_before_any_work(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = _run(["run", str(SAMPLE), "--out", str(blocker / "sub")], capsys)
    assert code == 2
    assert err.startswith("crosscheck: error:") and err.count("\n") == 1


def test_bad_usage_exits_2(capsys):
    assert main(["run", "--format", "pdf"]) == 2
    assert main([]) == 2


def test_verify_passes_on_the_sample(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    code, out, _ = _run(["verify"], capsys)
    assert code == 0, out
    assert re.search(r"^\d+ passed, 0 failed$", out, re.MULTILINE)


def test_verify_fails_on_a_missed_conflict(tmp_path, capsys):
    (tmp_path / "expectations").mkdir()
    shutil.copytree(SAMPLE, tmp_path / "sources" / "belarus")
    spec = tmp_path / "expectations" / "belarus.toml"
    spec.write_text(
        'story = "sources/belarus"\n[[conflict]]\nid = "invented"\n'
        'claims = ["over 1,200", "at least 55"]\n',
        encoding="utf-8",
    )
    code, out, _ = _run(["verify", str(spec)], capsys)
    assert code == 1
    assert "FAIL belarus::invented" in out


def test_claims_command_lists_spans(capsys):
    code, out, _ = _run(
        ["claims", str(SAMPLE / "advocacy-justice-belarus.txt"), "--format", "csv"], capsys
    )
    assert code == 0
    text = (SAMPLE / "advocacy-justice-belarus.txt").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert any(r["text"].startswith("nearly 1,400") for r in rows)
    for r in rows:
        assert text[int(r["start"]) : int(r["end"])] == r["text"]


def test_terminal_report_honours_no_color_and_narrow_width(sample_report, monkeypatch):
    from rich.console import Console

    from crosscheck.report.terminal import render_report

    def rendered(width: int) -> str:
        buffer = io.StringIO()
        console = Console(file=buffer, force_terminal=True, width=width, markup=False)
        for renderable in render_report(sample_report, title="Belarus"):
            console.print(renderable)
        return buffer.getvalue()

    assert re.search(r"\x1b\[[0-9;]*3[1-6]m", rendered(40))  # colour, on a terminal
    monkeypatch.setenv("NO_COLOR", "1")
    plain = rendered(40)
    assert not re.search(r"\x1b\[[0-9;]*3[0-9]m", plain)  # no foreground colour at all
    text = re.sub(r"\x1b\[[0-9;]*m", "", plain)
    assert all(len(line) <= 40 for line in text.splitlines())
    assert "1,400" in text
