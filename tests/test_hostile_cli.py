"""Issue 11 (items 1, 7, 8, 9, 12, 14): hostile input at the command line and in report folders."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import pytest

from crosscheck.cli import main
from crosscheck.review import parse_review

A = "Over 1,200 political prisoners were held in Belarus at the end of 2024.\n"
B = "Nearly 1,400 political prisoners were held in Belarus at the end of 2024.\n"
REPORTS = ("claims.csv", "discrepancies.csv", "sources.csv", "report.html")
# an OSC 52 clipboard write, a screen clear, a cursor move, a window title, a bell, a C1 CSI
EVIL = "\x1b]52;c;cHduZWQ=\x1b\\\x1b[2J\x1b[H\x1b]0;title\x07\x9b31m"
NAME = "\x1b]52;c;cHduZWQ=\x07\x1b[2J\x1b[H\x9b31m"  # the same, fit for a file name
RAW = ("\x1b", "\x07", "\x9b")


def _toml(text: str) -> str:
    """``text`` for a TOML basic string: backslashes, quotes and controls escaped."""
    out = []
    for char in text:
        if char in '\\"':
            out.append("\\" + char)
        elif ord(char) < 32 or 127 <= ord(char) < 160:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "".join(out)


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _story(folder: Path, files: dict[str, str], toml: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    if toml is not None:
        (folder / "story.toml").write_text(toml, encoding="utf-8")
    return folder


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def _inert(*texts: str) -> None:
    for text in texts:
        assert not any(raw in text for raw in RAW), repr(text[:400])


# --- 1. every printed field goes through the one escaping function ---------------------


@pytest.fixture
def evil_story(tmp_path: Path) -> Path:
    evil = _toml(EVIL)
    toml = (
        f'title = "T{evil}"\n'
        f'[[sources]]\nfile = "a{_toml(NAME)}.txt"\noutlet = "O{evil}"\npublished = 2025-01-01\n'
        f'[[sources]]\nfile = "b.txt"\noutlet = "P{evil}"\npublished = 2025-01-02\n'
    )
    story = _story(tmp_path / f"s{NAME}", {f"a{NAME}.txt": A, "b.txt": B}, toml)
    (story / f"empty{NAME}.txt").write_text("", encoding="utf-8")  # a skipped file's name
    return story


def test_run_prints_every_field_inert(evil_story, tmp_path, capsys):
    out = tmp_path / "out"
    code, stdout, err = _run(["run", str(evil_story), "--out", str(out)], capsys)
    assert code == 3, err  # the empty file was skipped
    _inert(stdout, err)
    assert "\\u001b]52" in stdout + err  # shown, not dropped
    rows = _rows(out / "discrepancies.csv")
    assert rows
    rows[0]["status"], rows[0]["note"] = "confirmed", f"note{EVIL}"
    review = tmp_path / "review.csv"
    with review.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
        writer.writerow({**rows[0], "id": f"gone{EVIL}"})  # a reviewed id no longer found
    code, stdout, err = _run(
        ["run", str(evil_story), "--out", str(out), "--review", str(review), "--fail-on", "low"],
        capsys,
    )
    _inert(stdout, err)
    assert "note\\u001b]52" in stdout  # the reviewer's note is shown, inert
    assert "gone\\u001b]52" in stdout  # the vanished id too


def test_verify_prints_expectation_ids_and_file_names_inert(evil_story, tmp_path, capsys):
    expectations = tmp_path / "expectations"
    expectations.mkdir()
    spec = expectations / f"e{NAME}.toml"
    evil = _toml(EVIL)
    spec.write_text(
        f'story = "{_toml(evil_story.as_posix())}"\n'
        f'[[conflict]]\nid = "x{evil}"\nclaims = ["over 1,200{evil}", "nearly 1,400"]\n',
        encoding="utf-8",
    )
    code, stdout, err = _run(["verify", str(spec)], capsys)
    assert code in (1, 3)
    _inert(stdout, err)
    assert "x\\u001b]52" in stdout


def test_claims_and_draft_print_inert(evil_story, tmp_path, capsys):
    _, stdout, err = _run(["claims", str(evil_story)], capsys)
    _inert(stdout, err)
    draft = tmp_path / f"d{NAME}.txt"
    calm = "Rights groups in Vilnius and Warsaw keep lists of the people held in Belarus. " * 3
    draft.write_text(f"{calm}More than 1,500{EVIL} political prisoners are held.\n", "utf-8")
    _, stdout, err = _run(
        ["draft", str(draft), "--against", str(evil_story), "--out", str(tmp_path / "d")], capsys
    )
    _inert(stdout, err)
    assert "d\\u001b]52" in stdout


def test_init_prints_file_names_inert(tmp_path, capsys):
    story = _story(tmp_path / f"s{NAME}", {f"a{NAME}.txt": A, "b.txt": B})
    code, stdout, err = _run(["init", str(story)], capsys)
    assert code == 0, err
    _inert(stdout, err)
    assert "s\\u001b]52" in stdout
    code, stdout, err = _run(["init", str(story)], capsys)  # refused: already exists
    assert code == 2
    _inert(stdout, err)


def test_messages_print_file_names_inert(tmp_path, capsys):
    code, stdout, err = _run(["run", str(tmp_path / f"none{NAME}")], capsys)
    assert code == 3
    _inert(stdout, err)
    code, stdout, err = _run(["verify", str(tmp_path / f"none{NAME}.toml")], capsys)
    _inert(stdout, err)


# --- 7. two story folders with one name ------------------------------------------------


def test_same_named_story_folders_are_refused_before_any_work(tmp_path, capsys):
    first = _story(tmp_path / "c1" / "news", {"a.txt": A, "b.txt": B})
    second = _story(tmp_path / "c2" / "news", {"a.txt": B, "b.txt": A})
    out = tmp_path / "out"
    code, _, err = _run(["run", str(first), str(second), "--out", str(out)], capsys)
    assert code == 2
    assert str(first) in err and str(second) in err and "--out" in err
    assert err.count("\n") == 1
    assert not out.exists() or not any(out.rglob("*.csv"))


def test_the_same_story_folder_given_twice_runs_once(tmp_path, capsys):
    story = _story(tmp_path / "news", {"a.txt": A, "b.txt": B})
    code, _, err = _run(["run", str(story), str(tmp_path / "." / "news")], capsys)
    assert code == 0, err


# --- 8. the report set is replaced as a set --------------------------------------------


def test_report_json_is_removed_by_a_later_run_without_it(tmp_path, capsys):
    story = _story(tmp_path / "s", {"a.txt": A, "b.txt": B})
    out = tmp_path / "out"
    assert _run(["run", str(story), "--out", str(out), "--format", "json"], capsys)[0] == 0
    assert (out / "report.json").exists()
    assert _run(["run", str(story), "--out", str(out)], capsys)[0] == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(REPORTS)


def test_stale_temporaries_of_a_killed_run_are_removed(tmp_path, capsys):
    story = _story(tmp_path / "s", {"a.txt": A, "b.txt": B})
    out = tmp_path / "out"
    out.mkdir()
    (out / ".claims.csv.k1ll3d.tmp").write_text("x" * 1000, encoding="utf-8")
    (out / ".crosscheck-probe-abc.tmp").write_text("", encoding="utf-8")
    (out / "my-notes.tmp").write_text("mine", encoding="utf-8")  # not ours: kept
    assert _run(["run", str(story), "--out", str(out)], capsys)[0] == 0
    assert sorted(p.name for p in out.iterdir()) == sorted([*REPORTS, "my-notes.tmp"])


def test_a_set_committed_by_a_killed_run_is_completed_by_the_next(tmp_path, monkeypatch):
    from crosscheck.report import files

    out = tmp_path / "out"
    out.mkdir()
    for name in REPORTS:
        (out / name).write_text(f"old {name}", encoding="utf-8")

    def killed(folder: Path, journal: str) -> None:
        raise SystemExit(137)  # as if killed right after the journal was committed

    monkeypatch.setattr(files, "_apply", killed)
    with pytest.raises(SystemExit):
        files.write_all_atomically({out / n: f"new {n}" for n in REPORTS})
    monkeypatch.undo()
    assert (out / files.JOURNAL_NAME).exists()
    files.recover(out)
    assert {p.name: p.read_text("utf-8") for p in out.iterdir()} == {n: f"new {n}" for n in REPORTS}


def test_a_locked_output_folder_is_refused(tmp_path, capsys):
    fcntl = pytest.importorskip("fcntl")
    story = _story(tmp_path / "s", {"a.txt": A, "b.txt": B})
    out = tmp_path / "out"
    out.mkdir()
    fd = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # another run holds it
        code, _, err = _run(["run", str(story), "--out", str(out)], capsys)
    finally:
        os.close(fd)
    assert code == 2
    assert "another crosscheck run" in err
    assert list(out.iterdir()) == []


def test_ctrl_c_after_one_story_was_written_says_so(tmp_path, capsys, monkeypatch):
    import crosscheck.cli.run as run

    first = _story(tmp_path / "one", {"a.txt": A, "b.txt": B})
    second = _story(tmp_path / "two", {"a.txt": A, "b.txt": B})
    real_check = run.check
    calls: list[int] = []

    def check(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_check(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(run, "check", check)
    out = tmp_path / "out"
    code, _, err = _run(["run", str(first), str(second), "--out", str(out)], capsys)
    assert code == 130
    assert (out / "one" / "discrepancies.csv").exists()
    assert not (out / "two" / "discrepancies.csv").exists()
    assert "left as they were" in err and "one" in err.splitlines()[-1]
    assert "earlier reports were left as they were" not in err  # not true: "one" was written


@pytest.mark.skipif(not hasattr(os, "umask"), reason="POSIX modes")
def test_reports_get_the_umask_mode(tmp_path, capsys):
    story = _story(tmp_path / "s", {"a.txt": A, "b.txt": B})
    previous = os.umask(0o022)
    try:
        assert _run(["run", str(story), "--out", str(tmp_path / "out")], capsys)[0] == 0
    finally:
        os.umask(previous)
    for name in REPORTS:
        assert stat.S_IMODE((tmp_path / "out" / name).stat().st_mode) == 0o644, name


# --- 9. review encodings and duplicate ids ---------------------------------------------


def _review_bytes(rows: list[tuple[str, str, str]], encoding: str) -> bytes:
    lines = ["id,status,note"] + [f"{i},{s},{n}" for i, s, n in rows]
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def _decisions(data: bytes, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "review.csv"
    path.write_bytes(data)
    from crosscheck.review import load_review

    return load_review(path)


def test_cp1251_review_notes_come_back_right(tmp_path):
    rows = [("numeric-1", "confirmed", "Проверить источник"), ("numeric-2", "", "Уточнить")]
    decisions = _decisions(_review_bytes(rows, "cp1251"), tmp_path)
    assert decisions["numeric-1"].note == "Проверить источник"
    assert decisions["numeric-2"].note == "Уточнить"


def test_one_stray_byte_does_not_spoil_every_note(tmp_path):
    data = _review_bytes(
        [("numeric-1", "confirmed", "café crème"), ("numeric-2", "", "x")], "utf-8"
    )
    data = data.replace(b"x\r\n", b"x\xff\r\n")
    decisions = _decisions(data, tmp_path)
    assert decisions["numeric-1"].note == "café crème"


def test_conflicting_duplicate_ids_are_refused(tmp_path):
    from crosscheck.errors import InputError

    rows = [("numeric-1", "confirmed", "a"), ("numeric-1", "explained", "b")]
    with pytest.raises(InputError, match="rows 2 and 3 both review 'numeric-1'"):
        _decisions(_review_bytes(rows, "utf-8"), tmp_path)


def test_a_blank_duplicate_never_erases_a_decision(tmp_path):
    rows = [("numeric-1", "confirmed", "checked"), ("numeric-1", "", "")]
    assert _decisions(_review_bytes(rows, "utf-8"), tmp_path)["numeric-1"].status == "confirmed"


# --- 12. read errors are exit 3, "cannot read" -----------------------------------------


def test_a_too_long_story_name_is_a_read_error(tmp_path, capsys):
    name = tmp_path / ("a" * 300)
    code, _, err = _run(["run", str(name), "--out", str(tmp_path / "o")], capsys)
    assert code == 3
    assert "cannot read" in err and "cannot write" not in err and str(name) in err


# --- 14. smaller -----------------------------------------------------------------------


@pytest.mark.parametrize("note", ["  indented and trailing  ", "'\t", "'=x", "\tlead", "'"])
def test_review_notes_round_trip_exactly(note, tmp_path):
    from crosscheck.report.tables import to_csv

    text = to_csv(
        [{"id": "numeric-1", "status": "confirmed", "note": note}], ["id", "status", "note"]
    )
    assert parse_review(text, tmp_path / "r.csv")["numeric-1"].note == note


def test_nul_in_a_note_never_reaches_the_csv_and_round_trips(tmp_path, capsys):
    # qa59: before, the NUL was dropped on reading ("a\x00b" -> "ab")
    story = _story(tmp_path / "s", {"a.txt": A, "b.txt": B})
    out = tmp_path / "out"
    assert _run(["run", str(story), "--out", str(out)], capsys)[0] == 0
    ident = _rows(out / "discrepancies.csv")[0]["id"]
    review = tmp_path / "review.csv"
    review.write_text(f"id,status,note\n{ident},confirmed,a\x00b\n", encoding="utf-8")
    status, stdout, _ = _run(
        ["run", str(story), "--out", str(out), "--review", str(review)], capsys
    )
    assert status == 0
    assert "a\\u0000b" in stdout and "\x00" not in stdout  # shown, not sent
    written = (out / "discrepancies.csv").read_text(encoding="utf-8")
    assert "\x00" not in written and '"a\u2400b"' in written
    assert parse_review(written, out / "discrepancies.csv")[ident].note == "a\x00b"
    assert _run(["run", str(story), "--out", str(out)], capsys)[0] == 0  # carried forward
    assert (out / "discrepancies.csv").read_text(encoding="utf-8") == written


def test_negative_figures_are_plain_numbers(tmp_path, capsys):
    story = _story(
        tmp_path / "s",
        {
            "a.txt": "Growth in the quarter was minus 2 percent, the agency said.\n",
            "b.txt": "Growth in the quarter was minus 5 percent, the agency said.\n",
        },
    )
    out = tmp_path / "out"
    _run(["run", str(story), "--out", str(out)], capsys)
    lows = [r["low"] for r in _rows(out / "claims.csv") if r["low"]]
    assert lows and not any(v.startswith("'") for v in lows)
    assert "-2" in lows  # "minus 2" is read as -2 ("plus or minus 2" is a margin of 2: claims70)


def test_many_unknown_review_ids_are_summarised(tmp_path, capsys):
    story = _story(tmp_path / "s", {"a.txt": A, "b.txt": B})
    review = tmp_path / "review.csv"
    lines = ["id,status,note"] + [f"numeric-{i:010d},confirmed," for i in range(100_000)]
    review.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, stdout, _ = _run(
        ["run", str(story), "--out", str(tmp_path / "o"), "--review", str(review)], capsys
    )
    assert code == 0
    assert len(stdout.splitlines()) < 60
    assert "and 99995 more" in stdout


def test_a_full_disk_names_the_folder(tmp_path, capsys, monkeypatch):
    story = _story(tmp_path / "s", {"a.txt": A, "b.txt": B})
    out = tmp_path / "out"

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")  # a write error names no file

    monkeypatch.setattr("crosscheck.report.files.os.fsync", full)
    code, _, err = _run(["run", str(story), "--out", str(out)], capsys)
    assert code == 2
    errors = [line for line in err.splitlines() if line.startswith("crosscheck: error:")]
    assert len(errors) == 1
    assert errors[0].startswith(f"crosscheck: error: {out}: ") and "No space left" in errors[0]


# --- 6 (the files this package reads): review files are regular files of bounded size --


def test_a_folder_or_a_broken_link_as_review_file_is_named_so(tmp_path):
    from crosscheck.errors import InputError
    from crosscheck.review import load_review

    with pytest.raises(InputError, match=r"is a folder, not a review file$"):
        load_review(tmp_path)
    link = tmp_path / "review.csv"
    link.symlink_to(tmp_path / "gone.csv")
    with pytest.raises(InputError, match="review file not found: a broken link"):
        load_review(link)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_as_review_file_is_refused_not_waited_on(tmp_path, capsys):
    from crosscheck.errors import InputError
    from crosscheck.review import load_review

    fifo = tmp_path / "review.csv"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        load_review(fifo)


def test_a_huge_review_file_is_refused(tmp_path, monkeypatch):
    from crosscheck import review
    from crosscheck.errors import InputError

    path = tmp_path / "review.csv"
    path.write_text("id,status,note\n" + "numeric-1,,\n" * 100, encoding="utf-8")
    monkeypatch.setattr(review, "MAX_REVIEW_BYTES", 100)
    with pytest.raises(InputError, match="too large for a review file"):
        review.load_review(path)


def test_ctrl_c_during_the_renames_waits_for_the_whole_set(tmp_path, monkeypatch):
    import signal

    from crosscheck.report import files

    out = tmp_path / "out"
    out.mkdir()
    for name in REPORTS:
        (out / name).write_text(f"old {name}", encoding="utf-8")
    real_apply = files._apply

    def apply(folder: Path, journal: str) -> None:
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C between "committed" and the renames
        real_apply(folder, journal)

    monkeypatch.setattr(files, "_apply", apply)
    with pytest.raises(KeyboardInterrupt, match="were written"):
        files.write_all_atomically({out / n: f"new {n}" for n in REPORTS})
    assert {p.name: p.read_text("utf-8") for p in out.iterdir()} == {n: f"new {n}" for n in REPORTS}
