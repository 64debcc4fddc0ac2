"""The test data covers the code: every discrepancy kind has named cases and expected conflicts,
every case stage has cases, every lexicon file is read by the package; and the case loader
refuses malformed case files."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import casefiles
import pytest
from casefiles import CaseFileError, load_stage, read_file, schema, select, stage_files, stages

from crosscheck.model import DiscrepancyKind

ROOT = Path(__file__).resolve().parents[1]
EXPECTATIONS = sorted((ROOT / "expectations").glob("*.toml")) + sorted(
    (ROOT / "benchmarks" / "realnews" / "gold").glob("*.toml")
)
LEXICON = ROOT / "crosscheck" / "lexicon"
KIND_KEYS = ("expect", "kind")  # the case keys whose string values name a discrepancy kind
KIND_SHAPE = re.compile(r"[a-z]+\.[a-z]+")  # how a kind value looks ("numeric.conflict")

# Kinds that no case file names yet; each mark fails (strict xfail) once a case is added, so
# the mark is removed then. Cases must be written by reading text, not to fit the code.
KINDS_WITHOUT_CASES: dict[DiscrepancyKind, str] = {}

# Kinds whose cases are not yet in tests/cases/rules/<kind>.toml (DESIGN: one case file per
# rule, beside it) but elsewhere; each mark fails (strict xfail) once the file is there.
KINDS_WITHOUT_RULES_FILE: dict[DiscrepancyKind, str] = {}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key in KIND_KEYS:
            yield from _strings(value.get(key))


def _kinds_in_cases() -> dict[str, set[str]]:
    """Kind value -> the case ids (stage/file:name) whose expect or kind names it."""
    found: dict[str, set[str]] = {}
    for stage in stages():
        for case in load_stage(stage):
            for key in KIND_KEYS:
                for value in _strings(case.get(key)):
                    found.setdefault(value, set()).add(f"{stage}/{case.id}")
    return found


def _kinds_in_expectations() -> dict[str, set[str]]:
    """Kind value -> the expectations or gold files with a [[conflict]] of that kind."""
    found: dict[str, set[str]] = {}
    for path in EXPECTATIONS:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for conflict in data.get("conflict", []):
            found.setdefault(conflict.get("kind", ""), set()).add(path.name)
    return found


def _kind_params(without: dict[DiscrepancyKind, str]) -> Iterator[Any]:
    for kind in DiscrepancyKind:
        reason = without.get(kind)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(kind, id=kind.value, marks=marks)


@pytest.mark.parametrize("kind", list(_kind_params(KINDS_WITHOUT_CASES)))
def test_every_kind_has_a_case(kind: DiscrepancyKind) -> None:
    assert _kinds_in_cases().get(kind.value), f"no case under tests/cases names {kind.value}"


@pytest.mark.parametrize("kind", list(_kind_params(KINDS_WITHOUT_RULES_FILE)))
def test_every_kind_has_a_rules_file(kind: DiscrepancyKind) -> None:
    """tests/cases/rules/<kind>.toml (run by test_rules_cases.py) names the kind."""
    stem = kind.value.replace(".", "_")
    assert stem in {path.stem for path in stage_files("rules")}, f"no tests/cases/rules/{stem}.toml"
    assert f"rules/{stem}:" in " ".join(_kinds_in_cases().get(kind.value, ())), (
        f"no case in tests/cases/rules/{stem}.toml names {kind.value}"
    )


@pytest.mark.parametrize("kind", list(DiscrepancyKind), ids=[k.value for k in DiscrepancyKind])
def test_every_kind_has_an_expected_conflict(kind: DiscrepancyKind) -> None:
    assert _kinds_in_expectations().get(kind.value), (
        f"no [[conflict]] of kind {kind.value} in expectations/ or benchmarks/realnews/gold/"
    )


def test_cases_name_only_known_kinds() -> None:
    known = {k.value for k in DiscrepancyKind} | {"none"}
    named = {v for v in _kinds_in_cases() if KIND_SHAPE.fullmatch(v) or v in known}
    assert named <= known, sorted(named - known)


@pytest.mark.parametrize("stage", stages())
def test_every_stage_has_cases(stage: str) -> None:
    """Loading validates the stage's files against schema.toml; then it must have cases."""
    assert load_stage(stage), f"tests/cases/{stage} has no named case"


def test_every_stage_is_described_and_every_description_has_a_folder() -> None:
    assert set(schema()) == set(stages())


def test_every_lexicon_file_is_read_by_the_package(tmp_path: Path) -> None:
    """A fresh process records every lexicon the package reads while it runs the sample
    story from the CLI (the loader's cache emptied once the spy is in, so a lexicon the
    import already read counts when the run reads it again); each file under
    crosscheck/lexicon must be one of them."""
    code = (
        "import sys\n"
        "import crosscheck.lexicon as lexicon\n"
        "real = lexicon._candidates\n"
        "seen = set()\n"
        "def spy(name, lang):\n"
        "    seen.add(name)\n"
        "    return real(name, lang)\n"
        "lexicon._candidates = spy\n"
        "lexicon.load_lexicon.cache_clear()  # read again: the import read some before the spy\n"
        "from crosscheck.cli import main\n"
        "main(['run', sys.argv[1], '--out', sys.argv[2]])\n"
        "print('\\n'.join(sorted(seen)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "sources" / "belarus"), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
        cwd=ROOT,
    )
    read = set(result.stdout.split())
    shipped = {path.stem for path in LEXICON.rglob("*.toml")}
    assert shipped, "no lexicon files found"
    assert shipped <= read, f"never read: {sorted(shipped - read)}; stderr: {result.stderr}"


# --- the case loader's own checks --------------------------------------------------------


@pytest.fixture
def case_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty tests/cases tree with a schema for one stage, `s`; caches cleared around."""
    (tmp_path / "s").mkdir()
    (tmp_path / "schema.toml").write_text('[s]\ndata = ["notes"]\ncase = ["text"]\n', "utf-8")
    monkeypatch.setattr(casefiles, "CASES", tmp_path)
    monkeypatch.setattr(casefiles, "SCHEMA", tmp_path / "schema.toml")
    for cached in (schema, read_file, load_stage):
        cached.cache_clear()
    yield tmp_path
    for cached in (schema, read_file, load_stage):
        cached.cache_clear()


def _write(root: Path, name: str, text: str) -> None:
    (root / "s" / name).write_text(text, encoding="utf-8")


def test_loader_gives_named_cases_in_file_order(case_root: Path) -> None:
    _write(case_root, "b.toml", '[[case]]\nname = "two"\ntext = "2"\n')
    _write(case_root, "a.toml", 'notes = [1]\n[[case]]\nname = "one"\ntext = "1"\n')
    cases = select("s")
    assert [(c.id, c["text"], dict(c)) for c in cases] == [
        ("a:one", "1", {"text": "1"}),
        ("b:two", "2", {"text": "2"}),
    ]
    assert [c.id for c in select("s", files=("b",))] == ["b:two"]
    assert [c.id for c in select("s", where=lambda c: c["text"] == "1")] == ["a:one"]


def test_a_case_is_read_in_its_row_s_language_else_its_file_s_else_english(
    case_root: Path,
) -> None:
    _write(case_root, "a.toml", '[[case]]\nname = "one"\ntext = "1"\n')
    _write(
        case_root,
        "b.toml",
        'language = "ru"\n[[case]]\nname = "two"\ntext = "2"\n'
        '[[case]]\nname = "three"\ntext = "3"\nlanguage = "be"\n',
    )
    cases = select("s")
    assert [(c.id, c.language) for c in cases] == [
        ("a:one", "en"),
        ("b:two", "ru"),
        ("b:three", "be"),
    ]
    assert [dict(c) for c in cases] == [{"text": "1"}, {"text": "2"}, {"text": "3"}]


@pytest.mark.parametrize(
    "text",
    ['language = "Russian"\n[[case]]\nname = "x"\n', '[[case]]\nname = "x"\nlanguage = 7\n'],
    ids=["file", "row"],
)
def test_a_case_language_that_is_no_language_tag_is_refused(case_root: Path, text: str) -> None:
    _write(case_root, "a.toml", text)
    with pytest.raises(CaseFileError, match="'language' must be a language tag"):
        load_stage("s")


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"a.toml": '[[case]]\ntext = "1"\n'}, "a.toml: [[case]] number 1 has no name"),
        (
            {"a.toml": '[[case]]\nname = "x"\ntext = "1"\nexpcet = []\n'},
            "a.toml: [[case]] number 1 ('x'): unknown key(s) ['expcet']",
        ),
        (
            {"a.toml": '[[case]]\nname = "x"\n', "b.toml": '[[case]]\nname = "x"\n'},
            "b.toml: [[case]] number 1: name 'x' already used in a.toml",
        ),
        ({"a.toml": '[[cases]]\nname = "x"\n'}, "a.toml: unknown top-level key 'cases'"),
        ({"a.toml": 'case = "x"\n'}, "a.toml: 'case' must be an array of tables [[case]]"),
        ({"a.toml": "[[case]\n"}, "a.toml: "),
    ],
    ids=["no-name", "unknown-key", "duplicate-name", "unknown-table", "not-a-table", "bad-toml"],
)
def test_loader_refuses_a_malformed_case_file(
    case_root: Path, files: dict[str, str], message: str
) -> None:
    for name, text in files.items():
        _write(case_root, name, text)
    with pytest.raises(CaseFileError) as caught:
        load_stage("s")
    assert message in str(caught.value)


def test_loader_refuses_an_unknown_stage_table_or_file(case_root: Path) -> None:
    _write(case_root, "a.toml", '[[case]]\nname = "x"\n')
    (case_root / "t").mkdir()
    with pytest.raises(CaseFileError, match="stage not described"):
        load_stage("t")
    with pytest.raises(CaseFileError, match="has no table 'pair'"):
        select("s", table="pair")
    with pytest.raises(CaseFileError, match=r"no case file\(s\) \['z'\]"):
        select("s", files=("z",))
    with pytest.raises(CaseFileError, match="no \\[\\[case\\]\\] case selected"):
        select("s", where=lambda c: False)
