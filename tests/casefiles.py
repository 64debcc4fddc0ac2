"""Case files -> named test parameters: tests/cases/<stage>/*.toml, checked once against
tests/cases/schema.toml.

A test opts in with ``@pytest.mark.cases(stage, table="case", files=(...), where=predicate)``
and an argument ``case``; the hook in conftest.py gives it one :class:`Case` per row, with the
id ``"<file stem>:<name>"``. A row without a name, a name used twice in a stage's table, an
unknown key or an unknown stage fails at collection with a :class:`CaseFileError`.

Every case is read in a language, ``Case.language``: the key ``language`` of its row, else
the top-level ``language = "<tag>"`` of its file, else English. A stage's test passes it to
the stage (``find_quantities(case["text"], case.language)``); the cases of a new language
are a file of that stage's folder with its ``language`` (the same tag as its lexicon
folder), read with ``crosscheck/lexicon/<tag>/``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from crosscheck.language import language_tag

CASES = Path(__file__).resolve().parent / "cases"
SCHEMA = CASES / "schema.toml"
DATA = "data"  # the schema key listing a stage's top-level keys that are not named cases
LANGUAGE = "language"  # a file's or a row's language; allowed in every stage and table
DEFAULT_LANGUAGE = "en"


class CaseFileError(Exception):
    """A case file breaks the rules of tests/cases/schema.toml."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Case(Mapping[str, Any]):
    """One named row of a case file; reads like the TOML table it came from."""

    stage: str
    file: str
    table: str
    name: str
    fields: Mapping[str, Any]
    language: str = DEFAULT_LANGUAGE

    @property
    def id(self) -> str:
        return f"{self.file}:{self.name}"

    def __getitem__(self, key: str) -> Any:
        return self.fields[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.fields)

    def __len__(self) -> int:
        return len(self.fields)

    def __repr__(self) -> str:
        return f"Case({self.stage}/{self.id})"


@cache
def schema() -> dict[str, dict[str, Any]]:
    """The stages of tests/cases/schema.toml: stage -> {table: keys, "data": keys}."""
    return tomllib.loads(SCHEMA.read_text(encoding="utf-8"))


def stages() -> list[str]:
    """Every folder of tests/cases, by name."""
    return sorted(p.name for p in CASES.iterdir() if p.is_dir())


def stage_files(stage: str) -> list[Path]:
    return sorted((CASES / stage).glob("*.toml"))


@cache
def read_file(stage: str, stem: str) -> dict[str, Any]:
    """One case file as parsed TOML (for the `data` keys a test reads itself)."""
    path = CASES / stage / f"{stem}.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise CaseFileError(f"{path}: {error}") from error


def _language(value: object, where: str) -> str:
    """A case file's ``language``: a language tag as its lexicon folder spells it."""
    if not isinstance(value, str) or language_tag(value) != value:
        raise CaseFileError(
            f"{where}: {LANGUAGE!r} must be a language tag such as 'en', got {value!r}"
        )
    return value


@cache
def load_stage(stage: str) -> tuple[Case, ...]:
    """Every named case of a stage, file by file in name order, validated."""
    rules = schema().get(stage)
    if rules is None:
        raise CaseFileError(f"{CASES / stage}: stage not described in {SCHEMA}")
    data_keys = set(rules.get(DATA, ()))
    cases: list[Case] = []
    seen: dict[tuple[str, str], str] = {}
    for path in stage_files(stage):
        content = read_file(stage, path.stem)
        file_language = _language(content.get(LANGUAGE, DEFAULT_LANGUAGE), str(path))
        for table, rows in content.items():
            if table in data_keys or table == LANGUAGE:
                continue
            if table not in rules or table == DATA:
                raise CaseFileError(
                    f"{path}: unknown top-level key {table!r}; {SCHEMA.name} [{stage}] knows "
                    f"{sorted(k for k in rules if k != DATA)} and data {sorted(data_keys)}"
                )
            allowed = {"name", LANGUAGE, *rules[table]}
            if not isinstance(rows, list):
                raise CaseFileError(f"{path}: {table!r} must be an array of tables [[{table}]]")
            for number, row in enumerate(rows, 1):
                where = f"{path}: [[{table}]] number {number}"
                name = row.get("name")
                if not isinstance(name, str) or not name:
                    raise CaseFileError(f"{where} has no name")
                unknown = sorted(set(row) - allowed)
                if unknown:
                    raise CaseFileError(
                        f"{where} ({name!r}): unknown key(s) {unknown}; allowed {sorted(allowed)}"
                    )
                if (table, name) in seen:
                    raise CaseFileError(
                        f"{where}: name {name!r} already used in {seen[table, name]} "
                        f"(names are unique within a stage)"
                    )
                seen[table, name] = path.name
                fields = {k: v for k, v in row.items() if k not in ("name", LANGUAGE)}
                language = _language(row.get(LANGUAGE, file_language), where)
                case = Case(
                    stage=stage,
                    file=path.stem,
                    table=table,
                    name=name,
                    fields=fields,
                    language=language,
                )
                cases.append(case)
    return tuple(cases)


def select(
    stage: str,
    *,
    table: str = "case",
    files: tuple[str, ...] | None = None,
    where: Callable[[Case], bool] | None = None,
) -> list[Case]:
    """The cases of one table of a stage, optionally only some files or those ``where`` keeps."""
    if table == DATA or table not in schema().get(stage, {table: ()}):
        raise CaseFileError(f"{SCHEMA}: stage {stage!r} has no table {table!r}")
    chosen = [
        case
        for case in load_stage(stage)
        if case.table == table
        and (files is None or case.file in files)
        and (where is None or where(case))
    ]
    if files is not None:
        missing = set(files) - {p.stem for p in stage_files(stage)}
        if missing:
            raise CaseFileError(f"{CASES / stage}: no case file(s) {sorted(missing)}")
    if not chosen:
        raise CaseFileError(f"{CASES / stage}: no [[{table}]] case selected")
    return chosen
