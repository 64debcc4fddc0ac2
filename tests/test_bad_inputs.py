"""Issue 6: every bad input gets one clear line on stderr, the rest of the run goes on.

The committed folders ``tests/data/bad_inputs`` (articles in every encoding and every kind of
unusable file) and ``tests/data/bad_config`` (malformed story.toml and expectations files)
are run through the real command line, in-process and as a subprocess. Files that are big,
unreadable or oddly named are made at test time. Each message must be one line beginning
with ``crosscheck: `` and naming the file; no traceback may ever reach the user.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from casefiles import load_stage
from clirun import terminal_interrupts

from crosscheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources" / "belarus"
DATA = ROOT / "tests" / "data"
STORY = DATA / "bad_inputs" / "story"
BAD_CONFIG = DATA / "bad_config"

GOOD_ARTICLE = "Over 1,200 political prisoners were held in Belarus at the end of 2024.\n"
OTHER_ARTICLE = "Nearly 1,400 political prisoners were held in Belarus at the end of 2024.\n"
INTERRUPTED = "crosscheck: interrupted; earlier reports were left as they were"
REPORTS = ("discrepancies.csv", "claims.csv", "sources.csv")
WRITTEN = (*REPORTS, "report.html")  # every file of a run's report set
CSV = ("--format", "csv")
JSON = ("--format", "json")


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _lines(err: str) -> list[str]:
    """The stderr lines, after checking each is one clean ``crosscheck: `` message."""
    assert "Traceback" not in err
    lines = err.splitlines()
    for line in lines:
        assert line.startswith("crosscheck: "), line
        assert "\x1b" not in line and "\r" not in line, line
    return lines


def _story(folder: Path, files: dict[str, str | bytes], toml: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    if toml is not None:
        (folder / "story.toml").write_text(toml, encoding="utf-8")
    return folder


def _csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("NO_COLOR", None)
    return env


def _subprocess(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crosscheck", *args],
        cwd=cwd,
        env=_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


# --- The committed story of bad inputs -------------------------------------------------------

# What a reader of tests/data/bad_inputs/story expects on stderr, in the order the files are
# met: story.toml's entries first, then the other files by name; then the warnings.
STORY_MESSAGES = [
    ("skipped", "empty.txt", "empty file"),
    ("skipped", "blank.txt", "empty file"),
    ("skipped", "photo.txt", "binary file, not text"),
    ("skipped", "missing.txt", "listed in story.toml but not found"),
    ("skipped", "folder.txt", "is a directory, not a file"),
    ("skipped", "appendix.md", "is a directory, not a file"),
    (
        "skipped",
        "scan.pdf",
        "not a readable PDF (PDFSyntaxError: No /Root object! - Is this really a PDF?)",
    ),
    ("warning", "broken-utf8.txt", "some bytes are not valid utf-8; they were replaced by U+FFFD"),
    ("warning", "unlisted.txt", "no entry in story.toml; loaded without outlet or date"),
]

# source id -> (how to decode its bytes independently, the encoding the reports must record)
STORY_ENCODINGS = {
    "viasna-utf8": ("utf-8", "utf-8"),
    "bom-utf8": ("utf-8-sig", "utf-8-sig"),
    "tsikhanouskaya-utf16": ("utf-16", "utf-16"),
    "nasha-niva-cp1251": ("cp1251", "cp1251"),
    "zerkalo-koi8r": ("koi8-r", "koi8-r"),
    # Windows-1252 is what the web calls Latin-1; on these bytes the two read the same.
    "geneva-latin1": ("latin-1", "cp1252"),
    "broken-utf8": ("utf-8", "utf-8 (with replacements)"),
    "unlisted": ("utf-8", "utf-8"),
}

STORY_PUBLISHED = {
    "viasna-utf8": "2025-01-10",
    "bom-utf8": "2025-02-14",
    "tsikhanouskaya-utf16": "2024-03-20",
    "nasha-niva-cp1251": "2025-01",
    "zerkalo-koi8r": "2025",
    "geneva-latin1": "2020-11-23",
    "broken-utf8": "",
    "unlisted": "",
}

# One claim a fact-checker reads in each encoded article: (source id, the claim's words).
STORY_CLAIMS = [
    ("viasna-utf8", "At least 30,000 people"),
    ("bom-utf8", "Nearly 1,400 political prisoners"),
    ("tsikhanouskaya-utf16", "Over 300,000 Belarusians"),
    ("nasha-niva-cp1251", "More than 1,200 political prisoners"),
    ("zerkalo-koi8r", "At least 300,000 people"),
    ("geneva-latin1", "hundreds of people"),
    ("broken-utf8", "Over 1,200 political prisoners"),
]


def _decoded(source_id: str) -> str:
    codec, _ = STORY_ENCODINGS[source_id]
    return (STORY / f"{source_id}.txt").read_bytes().decode(codec, errors="replace")


def _expected_story_lines(folder: Path) -> list[str]:
    return [f"crosscheck: {kind}: {folder / name}: {what}" for kind, name, what in STORY_MESSAGES]


def test_bad_inputs_story_reports_each_file_and_goes_on(tmp_path, capsys):
    out = tmp_path / "out"
    code, stdout, err = _run(["run", str(STORY), "--out", str(out), "--width", "100"], capsys)
    assert code == 3
    assert _lines(err) == _expected_story_lines(STORY)
    assert "7 file(s) skipped (listed on stderr)" in stdout
    assert "8 sources" in stdout
    assert sorted(p.name for p in out.iterdir()) == sorted(WRITTEN)


def test_bad_inputs_story_records_each_encoding(tmp_path, capsys):
    out = tmp_path / "out"
    assert _run(["run", str(STORY), "--out", str(out)], capsys)[0] == 3
    sources = {row["source"]: row for row in _csv(out / "sources.csv")}
    assert sorted(sources) == sorted(STORY_ENCODINGS)  # nothing unusable slipped in
    for source_id, (_, encoding) in STORY_ENCODINGS.items():
        row = sources[source_id]
        assert row["encoding"] == encoding, source_id
        assert row["published"] == STORY_PUBLISHED[source_id], source_id
        assert int(row["characters"]) == len(_decoded(source_id)), source_id
    claims = _csv(out / "claims.csv")
    for row in claims:
        assert row["encoding"] == STORY_ENCODINGS[row["source"]][1], row
    for source_id, words in STORY_CLAIMS:
        found = [r for r in claims if r["source"] == source_id and r["text"] == words]
        assert len(found) == 1, (source_id, words)
        start, end = int(found[0]["start"]), int(found[0]["end"])
        assert _decoded(source_id)[start:end] == words


def test_bad_inputs_story_text_is_decoded_exactly():
    from crosscheck import load_story

    story = load_story(STORY)
    texts = {s.id: s.text for s in story.sources}
    for source_id in STORY_ENCODINGS:
        assert texts[source_id] == _decoded(source_id), source_id
    assert "«Весна»" in texts["nasha-niva-cp1251"]
    assert "заключённых" in texts["nasha-niva-cp1251"]
    assert "вынуждены покинуть Беларусь" in texts["zerkalo-koi8r"]
    assert "Jürg Lauber" in texts["geneva-latin1"] and "Genève" in texts["geneva-latin1"]
    assert "\r\n" in texts["tsikhanouskaya-utf16"]  # line ends are kept, spans stay exact
    assert "\ufeff" not in texts["bom-utf8"] and "\ufeff" not in texts["tsikhanouskaya-utf16"]
    assert texts["broken-utf8"].count("\ufffd") == 1


def test_bad_inputs_story_as_a_real_process(tmp_path):
    result = _subprocess(
        ["run", str(STORY), "--out", str(tmp_path / "out"), "--format", "json"], ROOT
    )
    assert result.returncode == 3
    assert _lines(result.stderr) == _expected_story_lines(STORY)
    report = json.loads(result.stdout)
    assert report["summary"]["sources"] == 8
    assert report["problems"] == [
        f"{STORY / n}: {w}" for k, n, w in STORY_MESSAGES if k == "skipped"
    ]
    assert len(report["warnings"]) == 2


def test_warnings_alone_do_not_fail_the_run(tmp_path, capsys):
    folder = tmp_path / "s"
    folder.mkdir()
    for name in ("viasna-utf8.txt", "broken-utf8.txt", "unlisted.txt"):
        shutil.copyfile(STORY / name, folder / name)
    code, _, err = _run(["run", str(folder), "--out", str(tmp_path / "out")], capsys)
    assert code == 0
    assert _lines(err) == [
        f"crosscheck: warning: {folder / 'story.toml'}: not found; articles are loaded "
        "without outlet or date",
        f"crosscheck: warning: {folder / 'broken-utf8.txt'}: some bytes are not valid utf-8; "
        "they were replaced by U+FFFD",
    ]


# --- Bad files made at test time ---------------------------------------------------------


def _fifty_megabytes(folder: Path) -> str:
    with (folder / "bad.txt").open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(50 * 1024 * 1024)
    return f"{folder / 'bad.txt'}: too large (50.0 MB; the limit is 20.0 MB)"


def _broken_symlink(folder: Path) -> str:
    (folder / "bad.txt").symlink_to(folder / "deleted-article.txt")
    return f"{folder / 'bad.txt'}: a broken link (the file it points to does not exist)"


def _symlink_loop(folder: Path) -> str:
    (folder / "bad.txt").symlink_to(folder / "bad.txt")
    return f"{folder / 'bad.txt'}: cannot read (too many levels of symbolic links)"


def _named_pipe(folder: Path) -> str:
    os.mkfifo(folder / "bad.txt")
    return f"{folder / 'bad.txt'}: not a regular file"


def _control_characters_in_name(folder: Path) -> str:
    (folder / "evil\x1b[2J\nname.txt").write_bytes(b"")
    return f"{folder}{os.sep}evil\\u001b[2J\\nname.txt: empty file"


def _bidi_override_in_name(folder: Path) -> str:
    (folder / "report\u202etxt.md").write_bytes(b"")
    return f"{folder}{os.sep}report\\u202etxt.md: empty file"


def _name_not_utf8(folder: Path) -> str:
    try:
        fd = os.open(os.fsencode(folder) + b"/caf\xe9.txt", os.O_WRONLY | os.O_CREAT)
    except OSError:
        pytest.skip("this file system refuses file names that are not UTF-8")
    os.write(fd, OTHER_ARTICLE.encode("utf-8"))
    os.close(fd)
    return f"{folder}{os.sep}caf\\udce9.txt: the file name is not valid UTF-8 text; rename the file"


def _unreadable_for_real(folder: Path) -> str:
    if not hasattr(os, "geteuid") or os.geteuid() == 0:
        pytest.skip("root reads any file; see test_permission_denied_is_a_skipped_file")
    (folder / "bad.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    (folder / "bad.txt").chmod(0)
    return f"{folder / 'bad.txt'}: cannot read (permission denied)"


MADE_AT_TEST_TIME: dict[str, Callable[[Path], str]] = {
    "fifty-megabytes": _fifty_megabytes,
    "broken-symlink": _broken_symlink,
    "symlink-loop": _symlink_loop,
    "named-pipe": _named_pipe,
    "control-characters-in-name": _control_characters_in_name,
    "bidi-override-in-name": _bidi_override_in_name,
    "name-not-utf8": _name_not_utf8,
    "unreadable-for-real": _unreadable_for_real,
}


@pytest.mark.parametrize("make", MADE_AT_TEST_TIME.values(), ids=MADE_AT_TEST_TIME.keys())
def test_bad_file_is_one_skipped_line(tmp_path, capsys, make):
    if make is _named_pipe and not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    folder = _story(tmp_path / "s", {"good.txt": GOOD_ARTICLE}, toml='title = "T"\n')
    problem = make(folder)
    out = tmp_path / "out"
    code, _, err = _run(["run", str(folder), "--out", str(out)], capsys)
    assert code == 3
    lines = _lines(err)
    assert lines[0] == f"crosscheck: skipped: {problem}"
    assert not any(line.startswith("crosscheck: skipped:") for line in lines[1:])  # just one
    assert [r["source"] for r in _csv(out / "sources.csv")] == ["good"]  # the rest went on


def test_permission_denied_is_a_skipped_file(tmp_path, capsys, monkeypatch):
    folder = _story(
        tmp_path / "s", {"good.txt": GOOD_ARTICLE, "locked.txt": OTHER_ARTICLE}, 'title = "T"\n'
    )
    real_open = os.open

    def locked_open(path: str | Path, flags: int, *args: object, **kwargs: object) -> int:
        if os.fspath(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", locked_open)
    out = tmp_path / "out"
    code, _, err = _run(["run", str(folder), "--out", str(out)], capsys)
    assert code == 3
    assert _lines(err) == [
        f"crosscheck: skipped: {folder / 'locked.txt'}: cannot read (permission denied)",
        f"crosscheck: warning: {folder / 'good.txt'}: no entry in story.toml; loaded without "
        "outlet or date",
        f"crosscheck: error: {folder}: nothing was compared: 1 usable article (a story needs "
        "two or more)",
    ]
    assert [r["source"] for r in _csv(out / "sources.csv")] == ["good"]


# --- Stories that cannot be loaded at all ----------------------------------------------


def test_folder_without_articles(tmp_path, capsys):
    folder = _story(tmp_path / "s", {"notes.odt": b"PK\x03\x04"}, toml='title = "T"\n')
    code, _, err = _run(["run", str(folder), "--out", str(tmp_path / "out")], capsys)
    assert code == 3
    assert _lines(err) == [
        f"crosscheck: error: {folder}: no articles "
        "(.txt, .md, .html, .htm, .pdf or .docx files) in this folder"
    ]
    assert not (tmp_path / "out").exists()


def test_empty_folder(tmp_path, capsys):
    folder = tmp_path / "s"
    folder.mkdir()
    code, _, err = _run(["run", str(folder), "--out", str(tmp_path / "out")], capsys)
    assert code == 3
    assert _lines(err) == [
        f"crosscheck: error: {folder}: no articles "
        "(.txt, .md, .html, .htm, .pdf or .docx files) in this folder"
    ]


def test_folder_of_only_bad_articles_names_every_file(tmp_path, capsys):
    folder = _story(tmp_path / "s", {"a.txt": b"", "b.txt": b"\x00\x01\x02\x03"}, 'title = "T"\n')
    code, _, err = _run(["run", str(folder), "--out", str(tmp_path / "out")], capsys)
    assert code == 3
    lines = _lines(err)
    assert lines[:2] == [
        f"crosscheck: skipped: {folder / 'a.txt'}: empty file",
        f"crosscheck: skipped: {folder / 'b.txt'}: binary file, not text",
    ]
    assert len(lines) == 3
    assert lines[2].startswith(f"crosscheck: error: {folder}: no usable articles")


def test_file_given_as_a_story(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(GOOD_ARTICLE, encoding="utf-8")
    code, _, err = _run(["run", str(path), "--out", str(tmp_path / "out")], capsys)
    assert code == 3
    assert _lines(err) == [
        f"crosscheck: error: {path}: not a folder (a story is a folder of articles)"
    ]


def test_one_broken_story_does_not_stop_the_others(tmp_path, capsys):
    good = _story(tmp_path / "good", {"a.txt": GOOD_ARTICLE, "b.txt": OTHER_ARTICLE}, None)
    broken = BAD_CONFIG / "stories" / "syntax-unclosed-string"
    out = tmp_path / "out"
    code, _, err = _run(["run", str(broken), str(good), "--out", str(out)], capsys)
    assert code == 3
    lines = _lines(err)
    assert lines[0].startswith(f"crosscheck: error: {broken / 'story.toml'}: line 4, column 17")
    assert sorted(p.name for p in (out / "good").iterdir()) == sorted(WRITTEN)
    assert not (out / broken.name).exists()


# --- The other commands tell the same problems ------------------------------------------


def test_claims_command_on_the_bad_inputs_story(capsys):
    code, out, err = _run(["claims", str(STORY), "--format", "csv"], capsys)
    assert code == 3
    assert _lines(err) == _expected_story_lines(STORY)
    assert {row["source"] for row in csv.DictReader(io.StringIO(out))} <= set(STORY_ENCODINGS)


def test_claims_command_on_a_binary_file(capsys):
    code, out, err = _run(["claims", str(STORY / "photo.txt")], capsys)
    assert code == 3
    assert _lines(err) == [f"crosscheck: error: {STORY / 'photo.txt'}: binary file, not text"]
    assert out == ""


def test_verify_tells_skipped_files(tmp_path, capsys):
    _story(
        tmp_path / "sources" / "s", {"a.txt": GOOD_ARTICLE, "b.txt": OTHER_ARTICLE, "c.txt": b""}
    )
    spec = tmp_path / "expectations" / "s.toml"
    spec.parent.mkdir()
    spec.write_text(
        'story = "sources/s"\n[[conflict]]\nid = "prisoners"\n'
        'claims = ["Over 1,200", "Nearly 1,400"]\n',
        encoding="utf-8",
    )
    code, out, err = _run(["verify", str(spec)], capsys)
    assert code == 3  # the conflict is found, but a file was skipped
    assert "ok   s::prisoners" in out
    assert f"crosscheck: skipped: {tmp_path / 'sources' / 's' / 'c.txt'}: empty file" in _lines(err)


def test_draft_with_a_skipped_source_exits_3_even_when_fail_on_is_met(tmp_path, capsys):
    story = _story(tmp_path / "s", {"a.txt": GOOD_ARTICLE, "b.txt": b"\x00\x01"}, 'title = "T"\n')
    draft = tmp_path / "draft.md"
    draft.write_text(
        "Over 5,000 political prisoners were held in Belarus at the end of 2024.\n",
        encoding="utf-8",
    )
    args = ["draft", str(draft), "--against", str(story), "--out", str(tmp_path / "out")]
    code, _, err = _run([*args, "--fail-on", "low", "--published", "2025-01-10"], capsys)
    assert code == 3
    assert f"crosscheck: skipped: {story / 'b.txt'}: binary file, not text" in _lines(err)


def test_missing_review_file_fails_before_any_work(tmp_path, capsys, no_work):
    review = tmp_path / "reviewed.csv"
    args = ["run", str(SAMPLE), "--out", str(tmp_path / "out"), "--review", str(review)]
    code, _, err = _run(args, capsys)
    assert code == 3
    assert _lines(err) == [f"crosscheck: error: {review}: review file not found"]


# --- Bad configuration: named cases in tests/cases/config/malformed.toml ------------------


def test_config_cases_cover_every_file():
    used = {case["path"] for case in load_stage("config")}
    stories = {f"stories/{p.name}" for p in (BAD_CONFIG / "stories").iterdir()} - {"stories/good"}
    expectations = {f"expectations/{p.name}" for p in (BAD_CONFIG / "expectations").iterdir()}
    assert used == stories | expectations


@pytest.mark.cases("config", files="malformed")
def test_bad_config_is_one_clear_line(tmp_path, capsys, case):
    path = BAD_CONFIG / case["path"]
    out = tmp_path / "out"
    if case["command"] == "run":
        args = ["run", str(path), "--out", str(out)]
        named = BAD_CONFIG / case.get("names", f"{case['path']}/story.toml")
    else:
        args = ["verify", str(path)]
        named = BAD_CONFIG / case.get("names", case["path"])
    code, stdout, err = _run(args, capsys)
    assert code == 3
    lines = _lines(err)
    assert len(lines) == 1, lines
    prefix = f"crosscheck: error: {named}: "
    assert lines[0].startswith(prefix), lines[0]
    message = lines[0].removeprefix(prefix)
    position = 0
    for words in case["says"]:
        found = message.find(words, position)
        assert found >= 0, (words, message)
        position = found + len(words)
    assert stdout == ""
    assert not out.exists()  # the error came before any work


def test_bad_config_as_a_real_process(tmp_path):
    broken = BAD_CONFIG / "stories" / "impossible-date"
    result = _subprocess(["run", str(broken), "--out", str(tmp_path / "out")], ROOT)
    assert result.returncode == 3
    assert _lines(result.stderr) == [
        f"crosscheck: error: {broken / 'story.toml'}: line 4, column 13: invalid TOML "
        "(invalid date or datetime)"
    ]
    spec = BAD_CONFIG / "expectations" / "syntax-error.toml"
    result = _subprocess(["verify", str(spec)], ROOT)
    assert result.returncode == 3
    assert len(_lines(result.stderr)) == 1


# --- Outputs -------------------------------------------------------------------------------


@pytest.fixture
def no_work(monkeypatch):
    """Fail the test if the pipeline runs at all."""

    def check(*args: object, **kwargs: object) -> None:
        raise AssertionError("work started before the output folder was checked")

    monkeypatch.setattr("crosscheck.cli.run.check", check)


def test_output_below_a_file_fails_before_any_work(tmp_path, capsys, no_work):
    blocker = tmp_path / "reports"
    blocker.write_text("not a folder", encoding="utf-8")
    code, _, err = _run(["run", str(SAMPLE), "--out", str(blocker / "belarus")], capsys)
    assert code == 2
    lines = _lines(err)
    assert len(lines) == 1
    assert lines[0].startswith(f"crosscheck: error: {blocker / 'belarus'}: cannot create")


def test_output_that_is_a_file_fails_before_any_work(tmp_path, capsys, no_work):
    blocker = tmp_path / "reports"
    blocker.write_text("not a folder", encoding="utf-8")
    code, _, err = _run(["run", str(SAMPLE), "--out", str(blocker)], capsys)
    assert code == 2
    lines = _lines(err)
    assert len(lines) == 1 and lines[0].startswith(f"crosscheck: error: {blocker}: ")
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_output_not_writable_fails_before_any_work(tmp_path, capsys, monkeypatch, no_work):
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("crosscheck.report.files.tempfile.NamedTemporaryFile", refuse)
    out = tmp_path / "out"
    code, _, err = _run(["run", str(SAMPLE), "--out", str(out)], capsys)
    assert code == 2
    assert _lines(err) == [
        f"crosscheck: error: {out}: the output folder is not writable (Permission denied)"
    ]


@pytest.fixture
def previous_reports(tmp_path, capsys):
    """An output folder holding the reports of an earlier run, and their bytes."""
    out = tmp_path / "out"
    assert main(["run", str(SAMPLE), "--out", str(out)]) == 0
    capsys.readouterr()
    return out, _snapshot(out)


def test_failed_write_leaves_previous_reports(previous_reports, tmp_path, capsys, monkeypatch):
    out, before = previous_reports
    story = _story(tmp_path / "other", {"a.txt": GOOD_ARTICLE, "b.txt": OTHER_ARTICLE})

    def full_disk(self: Path, target: object) -> Path:
        raise OSError(28, "No space left on device", str(self))

    monkeypatch.setattr(Path, "replace", full_disk)
    code, _, err = _run(["run", str(story), "--out", str(out)], capsys)
    assert code == 2
    lines = [line for line in _lines(err) if "error" in line]
    assert len(lines) == 1 and "cannot write report (No space left on device)" in lines[0]
    assert _snapshot(out) == before  # same names (no temporary file left) and same bytes


def test_interrupt_while_writing_leaves_previous_reports(
    previous_reports, tmp_path, capsys, monkeypatch
):
    out, before = previous_reports
    story = _story(tmp_path / "other", {"a.txt": GOOD_ARTICLE, "b.txt": OTHER_ARTICLE})
    calls: list[int] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:  # Ctrl-C while the second report is being written
            raise KeyboardInterrupt
        real_fsync(fd)

    monkeypatch.setattr("crosscheck.report.files.os.fsync", fsync)
    code, _, err = _run(["run", str(story), "--out", str(out)], capsys)
    assert code == 130
    assert _lines(err)[-1] == INTERRUPTED
    assert len(calls) == 2
    assert _snapshot(out) == before


def _visible_lines(raw: bytes) -> list[str]:
    """What a terminal would keep of a transcript: escape sequences and progress dropped."""
    import re

    text = re.sub(r"\x1b\[[0-?]*[ -/]*[@-~]", "", raw.decode("utf-8", errors="replace"))
    lines = re.split(r"\r\n|\r|\n", text)
    return [line for line in lines if line.strip() and not line.startswith("reading ")]


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal and SIGINT")
def test_ctrl_c_leaves_previous_reports_intact(tmp_path, capsys):
    import pty
    import select

    out = tmp_path / "out"
    assert main(["run", str(SAMPLE), "--out", str(out)]) == 0
    capsys.readouterr()
    before = _snapshot(out)
    big = tmp_path / "big"
    big.mkdir()
    # 800 articles: far more work than the time to the first progress bar, so the Ctrl-C lands
    # mid-run even on a loaded machine (the run is interrupted early; the size costs no wait)
    for copy in range(160):
        for article in sorted(SAMPLE.glob("*.txt")):
            shutil.copyfile(article, big / f"{article.stem}-{copy}.txt")
    # stderr on a pseudo-terminal shows the progress bar: the sign that the run has started.
    leader, follower = pty.openpty()
    env = _env() | {"TERM": "xterm-256color", "COLUMNS": "100"}
    process = subprocess.Popen(
        [sys.executable, "-m", "crosscheck", "run", str(big), "--out", str(out)],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=follower,
        preexec_fn=terminal_interrupts,
    )
    os.close(follower)
    transcript = b""
    interrupted = False
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # the process closed the terminal
                    break
                if not chunk:
                    break
                transcript += chunk
            if not interrupted and b"reading big" in transcript:
                process.send_signal(signal.SIGINT)
                interrupted = True
            if not ready and process.poll() is not None:
                break
        code = process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
        os.close(leader)
    stdout = process.stdout.read() if process.stdout else b""
    assert interrupted, transcript[-500:]
    assert code == 130, (transcript[-800:], stdout[-300:])
    assert b"Traceback" not in transcript
    assert _visible_lines(transcript) == [INTERRUPTED]
    assert stdout == b""  # no report was printed
    assert _snapshot(out) == before  # byte-identical, and no temporary file left


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_standard_output_is_one_line(tmp_path):
    with Path("/dev/full").open("w", encoding="utf-8") as full:
        result = subprocess.run(
            [sys.executable, "-m", "crosscheck", "run", str(SAMPLE), "--out", str(tmp_path), *CSV],
            cwd=tmp_path,
            env=_env(),
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
            check=False,
        )
    assert result.returncode == 2
    assert _lines(result.stderr) == [
        "crosscheck: error: standard output: cannot write (no space left on device)"
    ]


def test_closed_standard_output_is_quiet(tmp_path):
    process = subprocess.Popen(
        [sys.executable, "-m", "crosscheck", "run", str(SAMPLE), "--out", str(tmp_path), *JSON],
        cwd=tmp_path,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `crosscheck run ... | head -0`
    err = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=300) == 141
    assert err == ""


def test_terminal_that_cannot_show_every_character(tmp_path):
    env = _env() | {"PYTHONIOENCODING": "ascii"}
    result = subprocess.run(
        [sys.executable, "-m", "crosscheck", "run", str(STORY), "--out", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 3
    assert b"Traceback" not in result.stderr
    assert result.stdout.isascii() and result.stderr.isascii()


# --- Untrusted text --------------------------------------------------------------------------

EVIL_ARTICLE = (
    '=HYPERLINK("http://evil.example") Over 1,200 political prisoners were held in 2024.\n\n'
    "\x1b[2J\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\ [bold red]markup[/bold red] "
    '\x9b31m\x07 \u202etxt.exe Over 1,200 people were detained in 2024 "quoted" \\ </script>.\n\n'
    "+SUM(1,2) and \u2028 line separator: over 300,000 people fled Belarus since 2020.\n"
)
CALM_ARTICLE = (
    "Nearly 1,400 political prisoners were held in 2024.\n\n"
    "At least 3,000 people were detained in 2024.\n\n"
    "Hundreds of thousands of people fled Belarus since 2020.\n"
)
EVIL_TOML = (
    'title = "Belarus \\u001b[2J\\u009b31m [red]story[/red]"\n'
    '[[sources]]\nfile = "=1+1.txt"\noutlet = "@evil \\u001b]0;owned\\u0007"\n'
    "published = 2025-01-10\n"
    '[[sources]]\nfile = "calm.txt"\noutlet = "Calm"\npublished = 2025-01-10\n'
)
RAW_CONTROLS = ("\x1b", "\x9b", "\x07", "\u202e", "\r")


@pytest.fixture
def evil_story(tmp_path):
    return _story(
        tmp_path / "evil", {"=1+1.txt": EVIL_ARTICLE, "calm.txt": CALM_ARTICLE}, EVIL_TOML
    )


def test_terminal_report_shows_untrusted_text_inert(evil_story, tmp_path, capsys):
    args = ["run", str(evil_story), "--out", str(tmp_path / "out"), "--width", "200"]
    code, out, err = _run(args, capsys)
    assert code == 0, err
    assert "numeric.divergence" in out  # the quotes were printed
    for control in RAW_CONTROLS:
        assert control not in out, repr(control)
    assert "[bold red]markup[/bold red]" in out and "[red]story[/red]" in out


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_csv_and_json_on_a_terminal_show_untrusted_text_inert(
    evil_story, tmp_path, capsys, monkeypatch, fmt
):
    monkeypatch.setattr("crosscheck.cli.output.stdout_is_terminal", lambda: True)
    code, out, _ = _run(
        ["run", str(evil_story), "--out", str(tmp_path / "out"), "--format", fmt], capsys
    )
    assert code == 0
    for control in RAW_CONTROLS:
        assert control not in out, repr(control)
    if fmt == "json":  # the escapes are JSON's: the text is still the same JSON
        shown = json.loads(out)
        written = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
        assert shown["story"] == "Belarus \x1b[2J\x9b31m [red]story[/red]"  # the title
        assert shown["claims"] == written["claims"] and shown["sources"] == written["sources"]


def test_csv_cells_never_run_as_formulas(evil_story, tmp_path, capsys):
    from crosscheck.report.tables import read_csv_cells

    out = tmp_path / "out"
    assert _run(["run", str(evil_story), "--out", str(out)], capsys)[0] == 0
    for name in REPORTS:
        raw = (out / name).read_text(encoding="utf-8")
        for row in csv.DictReader(io.StringIO(raw, newline="")):
            for column, value in row.items():
                assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (name, column)
    text = {"=1+1": EVIL_ARTICLE, "calm": CALM_ARTICLE}
    claims = read_csv_cells((out / "claims.csv").read_text(encoding="utf-8"))
    assert {"=1+1", "calm"} == {row["source"] for row in claims}  # unescaped back
    for row in claims:
        source = text[row["source"]]
        assert source[int(row["start"]) : int(row["end"])] == row["text"]
    sources = read_csv_cells((out / "sources.csv").read_text(encoding="utf-8"))
    assert sources[0]["outlet"] == "@evil \x1b]0;owned\x07"  # kept exactly, made inert


def test_json_report_keeps_untrusted_text_exact(evil_story, tmp_path, capsys):
    out = tmp_path / "out"
    code, stdout, _ = _run(["run", str(evil_story), "--out", str(out), "--format", "json"], capsys)
    assert code == 0
    for raw in (stdout, (out / "report.json").read_text(encoding="utf-8")):
        report = json.loads(raw)
        assert "\x1b" not in raw
        text = {"=1+1": EVIL_ARTICLE, "calm": CALM_ARTICLE}
        assert report["claims"]
        for claim in report["claims"]:
            assert text[claim["source"]][claim["start"] : claim["end"]] == claim["text"]


def test_json_report_escapes_every_control_character(evil_story, tmp_path, capsys):
    out = tmp_path / "out"
    assert _run(["run", str(evil_story), "--out", str(out), "--format", "json"], capsys)[0] == 0
    raw = (out / "report.json").read_text(encoding="utf-8")
    assert "\x9b" not in raw and "\x7f" not in raw


# --- Adversarial text: every stage finishes on ~200 KB in linear time -------------------
# Each test has a time limit about ten times what it takes on a loaded 2-core machine (the
# slowest shape took 10-13 s there) and far below what a quadratic step would take on 200 KB
# (hours); the exact speed is the benchmark's job (benchmarks/bench_adversarial.py).

SIZE = 200_000


def _adversarial() -> dict[str, str]:
    return {
        "digits-and-commas": "1,234," * (SIZE // 6),
        "one-long-number": "9" * SIZE,
        "over-over-over": "over " * (SIZE // 5),
        "over-over-over-figure": "over over over 1,200 " * (SIZE // 21),
        "nested-parentheses": "(" * (SIZE // 2) + ")" * (SIZE // 2),
        "nested-brackets": "[" * (SIZE // 2) + "]" * (SIZE // 2),
        "digits-and-dots": "1." * (SIZE // 2),
        "white-space": " \t" * (SIZE // 2),
        "since-since": "since May " * (SIZE // 10),
        "hundreds-of": "hundreds of " * (SIZE // 12),
        "between-and": "between 1 and " * (SIZE // 14),
        "figure-per-line": "1,200\n" * (SIZE // 6),
        "sentences": "Over 1,200 political prisoners since May 2020. " * (SIZE // 47),
        "unclosed-quote": "\u201c" + "said that over 1,200 " * (SIZE // 21),
    }


ADVERSARIAL = _adversarial()
# Sentences a reader finds: one per line or per full stop; a shape with neither is at most one
# sentence (none when it has no word or figure at all).
SENTENCES = {"figure-per-line": SIZE // 6, "sentences": SIZE // 47}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", ADVERSARIAL, ids=ADVERSARIAL)
def test_finders_complete_on_adversarial_text(name):
    from crosscheck.certainty.reading import find_attribution, find_hedges
    from crosscheck.model import Sentence
    from crosscheck.names.finder import find_names
    from crosscheck.quantities import find_quantities
    from crosscheck.text.clean import clean_text
    from crosscheck.text.sentences import split_sentences
    from crosscheck.timex import find_times

    text = ADVERSARIAL[name]
    assert len(clean_text(text)) == len(text)
    sentences = split_sentences(text)
    if name in SENTENCES:
        assert len(sentences) == SENTENCES[name]
    else:
        assert len(sentences) <= 1
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    found = (*find_quantities(text), *find_times(text))
    assert len(found) <= len(text) // 2, "more findings than a figure and a separator each"
    for item in found:
        assert text[item.start : item.end] == item.text
    # none of the shapes has a hedge, a speaker or a name
    assert find_hedges(text, lang="en").hedges == ()
    assert find_attribution(text, lang="en") is None
    assert find_names(Sentence(start=0, end=len(text), text=text), "en") == []


# The whole claims stage is slower per byte: the shapes that add nothing new for it are left
# to the finders above, to keep the suite quick.
QUOTE_LIMIT = 2_000  # characters a claim may quote beyond its own text
CLAIM_SHAPES = [
    pytest.param(n, id=n)
    for n in ADVERSARIAL
    if n not in {"unclosed-quote", "figure-per-line", "digits-and-dots"}
]


@pytest.mark.timeout(150)
@pytest.mark.parametrize("name", CLAIM_SHAPES)
def test_claims_complete_on_adversarial_text(name):
    from crosscheck import Source, extract_claims

    text = ADVERSARIAL[name]
    claims = extract_claims(Source(id="adversarial", text=text))
    assert len(claims) <= len(text) // 2, "more claims than a figure and a separator each"
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    longest = max((len(c.sentence) - len(c.text) for c in claims), default=0)
    assert longest <= QUOTE_LIMIT, f"a claim quotes {longest:,} characters of its sentence"


@pytest.mark.timeout(120)
def test_cli_completes_on_adversarial_articles(tmp_path, capsys):
    files = {
        f"{name}.txt": ADVERSARIAL[name]
        for name in ("one-long-number", "over-over-over", "nested-parentheses", "nested-brackets")
    }
    files["white-space.txt"] = "Over 1,200 political prisoners. " + ADVERSARIAL["white-space"]
    story = _story(tmp_path / "s", files)
    out = tmp_path / "out"
    code, _, err = _run(["run", str(story), "--out", str(out)], capsys)
    assert code == 0
    assert _lines(err) == [
        f"crosscheck: warning: {story / 'story.toml'}: not found; articles are loaded without "
        "outlet or date"
    ]
    # one claim in 1 MB of text: the reports stay far smaller than the articles, except
    # report.html, which carries the source texts so every quote can be read in place
    written = sum(
        path.stat().st_size for path in out.rglob("*") if path.is_file() and path.suffix != ".html"
    )
    size = sum(len(text) for text in files.values())
    assert 0 < written < size // 10
    html = (out / "report.html").stat().st_size
    assert size <= html < size * 2 + 100_000
