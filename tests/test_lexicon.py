"""Data integrity of the lexicons (the dateparser check): every language folder has the same
files and top-level keys as ``en/``; ``common/`` holds no language's words; a missing or broken
file is a LexiconError that names it."""

from __future__ import annotations

import re
import shutil
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import crosscheck.lexicon as lexicon_module
from crosscheck.errors import LexiconError
from crosscheck.language import language_tag
from crosscheck.lexicon import (
    COMMON,
    LowerWordList,
    LowerWords,
    available_languages,
    lexicon_language,
    lexicon_path,
    load_lexicon,
    require,
    table_settings,
)
from crosscheck.model import DiscrepancyKind, Granularity, Severity, Unit
from tests.fakelang import ABSENT, BARE, FAKE, RESERVED

REFERENCE = "en"
PACKAGE = Path(str(resources.files(lexicon_module)))

# A value in common/ is a canonical name, never a word of a language: a value of one of the
# model's enums, "date" (the claim kind of dates) or a snake_case setting ("published_apart").
CANONICAL = frozenset(
    {e.value for enum in (DiscrepancyKind, Granularity, Severity, Unit) for e in enum} | {"date"}
)
SETTING = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")
KEY = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*")


def _folders(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))


def _keys(path: Path) -> set[str]:
    return set(tomllib.loads(path.read_text(encoding="utf-8")))


def layout_problems(root: Path) -> list[str]:
    """Every language folder against ``en/``: same files, same top-level keys."""
    problems = [f"{p.name}: data file outside a folder" for p in root.glob("*.toml")]
    reference = {p.name: _keys(p) for p in (root / REFERENCE).glob("*.toml")}
    for folder in _folders(root):
        if folder.name in (COMMON, REFERENCE):
            continue
        files = {p.name: p for p in folder.glob("*.toml")}
        for name in sorted(reference.keys() - files.keys()):
            problems.append(f"{folder.name}/{name}: missing (en/ has it)")
        for name in sorted(files.keys() - reference.keys()):
            problems.append(f"{folder.name}/{name}: not in en/")
        for name in sorted(files.keys() & reference.keys()):
            keys = _keys(files[name])
            for key in sorted(reference[name] - keys):
                problems.append(f"{folder.name}/{name}: key {key!r} missing (en/ has it)")
            for key in sorted(keys - reference[name]):
                problems.append(f"{folder.name}/{name}: key {key!r} not in en/")
    return problems


def _strings(value: Any, where: str) -> list[tuple[str, str, bool]]:
    """(dotted place, string, is_key) for every key and string value of a parsed TOML."""
    found: list[tuple[str, str, bool]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((where, key, True))
            found += _strings(item, f"{where}.{key}" if where else key)
    elif isinstance(value, list):
        for item in value:
            found += _strings(item, where)
    elif isinstance(value, str):
        found.append((where, value, False))
    return found


def common_problems(root: Path) -> list[str]:
    """Words of a language in ``common/``: any key that is not a lower-case name, any string
    value that is not a canonical name, any top-level key a language's file also gives."""
    problems: list[str] = []
    for path in sorted((root / COMMON).glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for where, text, is_key in _strings(data, ""):
            if is_key and not KEY.fullmatch(text):
                problems.append(f"common/{path.name}: key {text!r} at {where or 'top'}")
            elif not is_key and text not in CANONICAL and not SETTING.fullmatch(text):
                problems.append(f"common/{path.name}: word {text!r} at {where}")
        for folder in _folders(root):
            other = folder / path.name
            if folder.name != COMMON and other.is_file():
                for key in sorted(_keys(other) & data.keys()):
                    if not isinstance(data[key], dict):
                        problems.append(f"{folder.name}/{path.name}: {key!r} also in common/")
    return problems


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the shipped lexicon folder to break."""
    root = tmp_path / "lexicon"
    shutil.copytree(PACKAGE, root, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return root


@pytest.fixture
def packaged_at(monkeypatch):
    """Point the loader at another folder, with its caches bypassed."""

    def point(root: Path):
        monkeypatch.setattr("crosscheck.lexicon.resources.files", lambda _: root)
        monkeypatch.setattr(
            "crosscheck.lexicon.available_languages", available_languages.__wrapped__
        )
        return load_lexicon.__wrapped__

    return point


# --- the shipped lexicons ------------------------------------------------------------------


def test_every_language_has_the_files_and_keys_of_english():
    assert layout_problems(PACKAGE) == []


def test_common_holds_no_words_of_a_language():
    assert common_problems(PACKAGE) == []


def test_available_languages_are_the_language_folders():
    folders = tuple(p.name for p in _folders(PACKAGE) if p.name != COMMON)
    assert available_languages() == folders
    assert REFERENCE in folders
    assert lexicon_language("en-GB") == REFERENCE


@pytest.mark.parametrize("lang", available_languages())
def test_every_lexicon_loads_through_the_package_resources(lang):
    names = sorted(p.stem for p in (PACKAGE / lang).glob("*.toml"))
    names += sorted(p.stem for p in (PACKAGE / COMMON).glob("*.toml") if p.stem not in names)
    assert len(names) >= 18
    for name in names:
        assert isinstance(load_lexicon.__wrapped__(name, lang), dict), name


def test_split_lexicons_read_as_one():
    compare = load_lexicon("compare")
    assert compare["severity"]["numeric.conflict"] == "high"  # common/
    assert "about" in compare["numeric"]["about_modifiers"]  # en/
    assert compare["numeric"]["relative_tolerance"] == 0.05  # common/, same table
    matching = load_lexicon("matching")
    assert "since" in matching["scope_groups"]["start"]
    assert matching["kind_groups"]["count"] == ["count"]


# --- the checks can fail ---------------------------------------------------------------------


def test_a_language_missing_a_file_or_key_is_reported(copy):
    shutil.copytree(copy / "en", copy / "ru")
    assert layout_problems(copy) == []
    (copy / "ru" / "time.toml").unlink()
    numbers = copy / "ru" / "numbers.toml"
    data = numbers.read_text(encoding="utf-8")
    first_key = next(iter(tomllib.loads(data)))
    numbers.write_text('extra_words = ["odin"]\n' + data, encoding="utf-8")
    (copy / "ru" / "units.toml").write_text("", encoding="utf-8")
    (copy / "stray.toml").write_text("", encoding="utf-8")
    problems = layout_problems(copy)
    assert "ru/time.toml: missing (en/ has it)" in problems
    assert "ru/numbers.toml: key 'extra_words' not in en/" in problems
    assert any(p.startswith("ru/units.toml: key") and "missing" in p for p in problems)
    assert "stray.toml: data file outside a folder" in problems
    assert first_key  # the copy was a real lexicon


def test_words_in_common_are_reported(copy):
    path = copy / COMMON / "compare.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("[frame]", '[frame]\nwords = ["an estimated"]'), "utf-8")
    (copy / COMMON / "matching.toml").write_text(
        '"Up To" = 1\n' + path.parent.joinpath("matching.toml").read_text("utf-8"), "utf-8"
    )
    problems = common_problems(copy)
    assert "common/compare.toml: word 'an estimated' at frame.words" in problems
    assert "common/matching.toml: key 'Up To' at top" in problems


def test_a_key_in_both_common_and_a_language_is_reported(copy, packaged_at):
    en = copy / "en" / "matching.toml"
    en.write_text("subject_threshold = 50\n" + en.read_text("utf-8"), "utf-8")
    assert "en/matching.toml: 'subject_threshold' also in common/" in common_problems(copy)
    load = packaged_at(copy)
    with pytest.raises(LexiconError) as caught:
        load("matching", "en")
    assert str(caught.value) == (
        "lexicon/en/matching.toml: key 'subject_threshold' is also given in "
        "lexicon/common/matching.toml"
    )


def test_a_key_in_both_inside_a_table_is_named_with_its_table(copy, packaged_at):
    en = copy / "en" / "compare.toml"
    en.write_text(en.read_text("utf-8").replace("[numeric]", "[numeric]\nabout_tolerance = 1.0"))
    with pytest.raises(LexiconError, match=r"key 'numeric\.about_tolerance' is also given"):
        packaged_at(copy)("compare", "en")


# --- missing and malformed files -----------------------------------------------------------


def test_a_missing_lexicon_names_the_file(copy, packaged_at):
    (copy / "en" / "hedges.toml").unlink()
    load = packaged_at(copy)
    with pytest.raises(LexiconError) as caught:
        load("hedges", "en")
    assert str(caught.value) == "lexicon/en/hedges.toml: lexicon file is missing (language 'en')"
    with pytest.raises(LexiconError, match=r"^lexicon/ru/numbers\.toml: .*language 'ru'"):
        load("numbers", "ru")


def test_a_malformed_lexicon_names_the_file(copy, packaged_at):
    (copy / "en" / "numbers.toml").write_text("cardinals = [1, 2\n", encoding="utf-8")
    (copy / COMMON / "compare.toml").write_text("severity = \n", encoding="utf-8")
    load = packaged_at(copy)
    with pytest.raises(LexiconError, match=r"^lexicon/en/numbers\.toml: invalid TOML"):
        load("numbers", "en")
    with pytest.raises(LexiconError, match=r"^lexicon/common/compare\.toml: invalid TOML"):
        load("compare", "en")


def test_language_free_lexicons_serve_every_language_and_only_languages_get_words(
    tmp_path, packaged_at
):
    for folder in ("en", "ru", COMMON, "__pycache__"):
        (tmp_path / folder).mkdir()
    (tmp_path / "en" / "words.toml").write_text('where = "en"\n', encoding="utf-8")
    (tmp_path / COMMON / "units.toml").write_text('where = "common"\n', encoding="utf-8")
    (tmp_path / "plain.toml").write_text('where = "flat"\n', encoding="utf-8")
    load = packaged_at(tmp_path)
    assert load("words", "en") == {"where": "en"}
    assert load("units", "en") == {"where": "common"}
    assert load("units", "ru") == {"where": "common"}
    with pytest.raises(LexiconError):
        load("words", "ru")  # no English words for another language
    with pytest.raises(LexiconError):
        load("plain", "en")  # nothing is read from the top of lexicon/
    assert available_languages.__wrapped__() == ("en", "ru")
    assert lexicon_language("ru-RU") == "ru"


def test_a_wrong_shape_names_the_file_it_came_from():
    assert lexicon_path("time") == "lexicon/en/time.toml"
    assert lexicon_path("compare") == "lexicon/en/compare.toml + lexicon/common/compare.toml"
    assert lexicon_path("nothing", "ru") == "lexicon/ru/nothing.toml"
    with pytest.raises(LexiconError) as caught:
        require({"words": "x"}, "words", list, "time")
    assert str(caught.value) == "lexicon/en/time.toml: key 'words' must be a list, found str"


def test_stage_validators_name_the_language_file() -> None:
    """The names and certainty validators name lexicon/en/<name>.toml, not lexicon/<name>.toml."""
    from crosscheck.certainty import rules as certainty_rules
    from crosscheck.names import lexicon as names_lexicon

    with pytest.raises(LexiconError) as caught:
        certainty_rules._strings({"hedges": [""]}, "hedges", "hedges", "en")
    assert str(caught.value).startswith("lexicon/en/hedges.toml: ")
    with pytest.raises(LexiconError) as caught:
        names_lexicon.lexicon_number({"share": "x"}, "share", "names", "en")
    assert str(caught.value).startswith("lexicon/en/names.toml: ")
    with pytest.raises(LexiconError) as caught:
        certainty_rules._number({"min_score": -1}, "min_score", "hedges", "en")
    assert str(caught.value).startswith("lexicon/en/hedges.toml: ")


def test_time_validator_names_the_language_file() -> None:
    from crosscheck.timex.lexicon_fields import fail

    assert str(fail("bad")).startswith("lexicon/en/time.toml: ")


@dataclass(frozen=True, slots=True, kw_only=True)
class _Invented:
    letters: frozenset[str]
    word: str
    least: int


def _invented_lexicon(table: dict[str, Any]) -> Any:
    return lambda name, lang="en": {"invented": table}


def test_table_settings_read_each_field_by_its_type(monkeypatch: pytest.MonkeyPatch) -> None:
    table = {"letters": "aeo", "word": "h", "least": 4, "unused": [1]}
    monkeypatch.setattr(lexicon_module, "load_lexicon", _invented_lexicon(table))
    read = table_settings(_Invented, "time", "invented")
    assert read == _Invented(letters=frozenset("aeo"), word="h", least=4)


@dataclass(frozen=True, slots=True, kw_only=True)
class _InventedWords:
    verbs: LowerWords
    endings: LowerWordList
    reach: int


def test_table_settings_read_lists_of_words_lower_cased(monkeypatch: pytest.MonkeyPatch) -> None:
    """A ``LowerWords`` field is the set of a list's words, a ``LowerWordList`` their tuple
    in order, each lower-cased (as ``lower_words`` reads them)."""
    table = {"verbs": ["Said", "told", "said"], "endings": ["'S", "ing"], "reach": 3}
    monkeypatch.setattr(lexicon_module, "load_lexicon", _invented_lexicon(table))
    read = table_settings(_InventedWords, "time", "invented")
    assert read == _InventedWords(verbs=frozenset({"said", "told"}), endings=("'s", "ing"), reach=3)


@pytest.mark.parametrize(
    ("settings", "table"),
    [
        (_Invented, {"letters": "aeo", "word": "h"}),  # a key missing
        (_Invented, {"letters": ["a", "e"], "word": "h", "least": 4}),  # letters not one string
        (_Invented, {"letters": "aeo", "word": "h", "least": "4"}),  # a number as a string
        (_InventedWords, {"verbs": "said told", "endings": ["ing"], "reach": 3}),  # not a list
        (_InventedWords, {"verbs": ["said"], "endings": "ing", "reach": 3}),  # not a list
        (_InventedWords, {"verbs": ["said"], "reach": 3}),  # a key missing
    ],
)
def test_table_settings_name_the_file_of_a_bad_table(
    monkeypatch: pytest.MonkeyPatch, settings: type, table: dict[str, Any]
) -> None:
    monkeypatch.setattr(lexicon_module, "load_lexicon", _invented_lexicon(table))
    with pytest.raises(LexiconError) as caught:
        table_settings(settings, "time", "invented")
    assert str(caught.value).startswith("lexicon/en/time.toml: key ")


def test_table_settings_refuse_a_class_that_is_no_dataclass() -> None:
    with pytest.raises(TypeError):
        table_settings(int, "names", "slip_joins")


def test_the_names_settings_tables_load() -> None:
    from crosscheck.match.names import call_signs, given_slips, lone_slips, lone_vowels, slip_joins

    assert slip_joins._rules("en").place_min_length > 0
    assert given_slips._rules("en").soft_letters
    assert lone_vowels._rules("en").letters
    assert lone_slips._rules("en").max_slips > 0
    assert call_signs._rules("en").min_length > 0


def test_no_language_folder_takes_a_code_the_tests_make_up():
    """The tests' made-up languages (``tests/fakelang.py``) are ISO 639-2 codes for local use,
    which no shipped folder may take: a real folder of that name would clash with them."""
    folders = [p.name for p in _folders(PACKAGE) if p.name != COMMON]
    assert [name for name in folders if RESERVED.fullmatch(name)] == []
    for code in (FAKE, BARE, ABSENT):
        assert RESERVED.fullmatch(code)
        assert language_tag(code) == code  # read like any language's folder when made
