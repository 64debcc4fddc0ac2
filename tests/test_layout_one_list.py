"""A list of words that several stages read is written once in the lexicons, read through one
reader, and handed to every stage (issue 10: "data in data files, each concept in one
place"). The possessive endings stood in five lists of four files, the irregular plurals in
three tables of three files (one of them the others inverted), the passive auxiliaries in
two files; each check below reads every lexicon file, so a copy under a new key fails too."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import crosscheck.lexicon as lexicon
from crosscheck.certainty.rules import attribution_rules
from crosscheck.certainty.statement_rules import statement_rules
from crosscheck.errors import LexiconError
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.rules.wording import plural
from crosscheck.text import words as text_words
from crosscheck.text.possessive import possessives
from crosscheck.text.words import irregular_plurals, lemma
from tests.fakelang import FAKE, fake_language, replace_once

LEXICONS = Path(lexicon.__file__).parent


def _values(node: Any, where: str) -> Iterator[tuple[str, Any]]:
    """Every value of a parsed lexicon with its dotted place ("lemmas.toml:possessive.endings")."""
    yield where, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _values(value, f"{where}.{key}" if ":" in where else f"{where}:{key}")


def _every_value() -> Iterator[tuple[str, Any]]:
    for path in sorted(LEXICONS.rglob("*.toml")):
        shown = path.relative_to(LEXICONS).as_posix()
        yield from _values(tomllib.loads(path.read_text(encoding="utf-8")), shown)


def _words(value: Any) -> set[str] | None:
    """A non-empty list of strings as a set, None for any other value."""
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return set(value)
    return None


def test_the_possessive_endings_are_listed_in_one_table() -> None:
    """No list (nor word) of a lexicon holds only possessive endings but lemmas.toml's
    ``[possessive]`` (the words of ``named_day_back_possessives``, "yesterday's", are
    words; ``digit_suffixes`` has "s" too)."""
    forms = {"'s", "\u2019s", "s'", "s\u2019"}
    found = [
        where
        for where, value in _every_value()
        if (isinstance(value, str) and value in forms) or (_words(value) or {""}) <= forms
    ]
    assert found == [
        "en/lemmas.toml:possessive.endings",
        "en/lemmas.toml:possessive.plural_endings",
    ]


def test_the_irregular_plurals_are_listed_in_one_table() -> None:
    """No table of a lexicon pairs a singular with its irregular plural, either way, but
    lemmas.toml's ``[plurals]`` (compare.toml ``[plural].irregular`` and numbers.toml
    ``[irregular_plurals]`` were copies, the lemmas' ``[irregular]`` the rest inverted)."""
    pairs = set(irregular_plurals(DEFAULT_LANGUAGE).items())
    pairs |= {(p, s) for s, p in pairs}
    found = sorted(
        where
        for where, value in _every_value()
        if isinstance(value, dict)
        and pairs & {(k, v) for k, v in value.items() if isinstance(v, str)}
    )
    assert found == ["en/lemmas.toml:plurals"]


def test_the_passive_auxiliaries_are_listed_once() -> None:
    """attribution.toml's list; the statement rules (hedges.toml had a copy) read it too.
    time.toml's ``passive_auxiliaries`` is another list (an "-ed" word after "be", "been",
    "being" says nothing of the tense; "was" does)."""
    words = set(attribution_rules(DEFAULT_LANGUAGE).passive_auxiliaries)
    found = [where for where, value in _every_value() if _words(value) == words]
    assert found == ["en/attribution.toml:passive_auxiliaries"]
    rules = statement_rules(DEFAULT_LANGUAGE)
    assert rules.passive_auxiliaries == attribution_rules(DEFAULT_LANGUAGE).passive_auxiliaries


def test_the_possessive_record_gives_each_reader_its_forms() -> None:
    endings = possessives(DEFAULT_LANGUAGE)
    assert endings.endings == ("'s",) and endings.plural_endings == ("s'",)
    assert endings.as_written == ("'s", "\u2019s")
    assert endings.with_plural == ("'s", "s'")
    assert endings.owner("comey's") == "comey" and endings.owner("senators'") == "senators'"
    assert endings.owner("senators'", endings.with_plural) == "senator"
    assert lemma("Senator\u2019s", DEFAULT_LANGUAGE) == "senator"


def test_each_irregular_plural_is_read_both_ways() -> None:
    """A plural of ``[plurals]`` is read as its singular (a short one too: "men" -> "man",
    claims61), and a counted singular is said as that plural: the two directions cannot
    drift apart."""
    for singular, said in irregular_plurals(DEFAULT_LANGUAGE).items():
        assert lemma(said, DEFAULT_LANGUAGE) == singular
        assert plural(singular, DEFAULT_LANGUAGE) == said


def _broken(name: str, table: str, value: Any) -> Any:
    real = lexicon.load_lexicon

    def load(lexicon_name: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        data = real(lexicon_name, *args, **kwargs)
        return {**data, table: value} if lexicon_name == name else data

    return load


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"endings": ["'s"]}, "key 'plural_endings'"),
        ({"endings": "'s", "plural_endings": []}, "key 'endings' must be a list"),
        ({"endings": ["'s"], "plural_endings": []}, "key 'determiners'"),
        ({"endings": ["'s", ""], "plural_endings": [], "determiners": []}, "non-empty endings"),
    ],
)
def test_a_broken_possessive_table_names_lemmas_toml(
    monkeypatch: pytest.MonkeyPatch, value: Any, message: str
) -> None:
    monkeypatch.setattr(lexicon, "load_lexicon", _broken("lemmas", "possessive", value))
    possessives.cache_clear()
    try:
        with pytest.raises(LexiconError, match=message) as caught:
            possessives(DEFAULT_LANGUAGE)
    finally:
        possessives.cache_clear()
    assert str(caught.value).startswith("lexicon/en/lemmas.toml: ")


@pytest.mark.parametrize(
    "value",
    [{"person": "people", "persona": "people"}, {"person": ""}, {"person": 2}],
)
def test_a_broken_plurals_table_names_lemmas_toml(
    monkeypatch: pytest.MonkeyPatch, value: dict[str, Any]
) -> None:
    monkeypatch.setattr(text_words, "load_lexicon", _broken("lemmas", "plurals", value))
    irregular_plurals.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"^lexicon/en/lemmas\.toml: \[plurals\]"):
            irregular_plurals(DEFAULT_LANGUAGE)
    finally:
        irregular_plurals.cache_clear()


@pytest.fixture
def fake_endings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fake language whose singular possessive ending is "'z" and whose plural of "man"
    is "mannen"."""

    def edit(fake: Path) -> None:
        replace_once(fake / "lemmas.toml", 'endings = ["\'s"]', 'endings = ["\'z"]')
        replace_once(fake / "lemmas.toml", 'man = "men"', 'man = "mannen"')

    yield from fake_language(tmp_path, monkeypatch, edit, files=("lemmas", "compare"))


def test_a_language_changes_its_possessives_and_plurals_in_one_place(fake_endings: Path) -> None:
    assert lemma("senator'z", FAKE) == "senator" and lemma("senator's", FAKE) != "senator"
    assert lemma("mannen", FAKE) == "man" and plural("man", FAKE) == "mannen"
    assert possessives(FAKE).as_written == ("'z", "\u2019z")
