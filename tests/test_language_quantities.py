"""The quantities finder reads the lexicons of the source's language: ``Source.language`` ->
``prepare`` (``Prepared.lang``) -> ``find_quantities(text, lang)`` -> the scan (``_Scan.lang``)
and every reader below it (numbers, modifiers, magnitudes, currencies, units, the decade ages
and the patterns compiled from them), each cached per language. A source in a language with
no lexicon folder fails with one line naming the source and the language; the default stays
English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from casefiles import Case

from crosscheck.claims.extract import extract_claims, prepare
from crosscheck.errors import LexiconError
from crosscheck.model import Source, Unit
from crosscheck.quantities import find_quantities, parse_number, spell_number
from tests.fakelang import (
    ABSENT,
    BARE,
    FAKE,
    add_after,
    copy_english,
    fake_language,
    missing_file_message,
    no_lexicon_message,
    replace_once,
)
from tests.lexicon_caches import clear_lexicon_caches
from tests.test_quantities import check_named_case

ANCHOR = date(2024, 3, 14)
_QUANTITY_LEXICONS = ("numbers", "modifiers", "magnitudes", "currencies", "units")
_WERST = """
[[unit]]
measure = "werst"
dimension = "length"
factor = 1066.8
surfaces = ["werst"]
"""


@pytest.fixture
def lexicon_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped lexicons copied to a temporary root with a fake language ``FAKE``:
    English's files plus one cardinal ("zwo") in numbers.toml, one bound phrase ("mehr
    als", more than) in modifiers.toml and one unit ("werst") in units.toml; the loader reads
    that root, caches emptied before and after."""

    def edit(fake: Path) -> None:
        add_after(fake / "numbers.toml", "[cardinals]", "zwo = 2")
        add_after(fake / "modifiers.toml", 'bound = "gt"\nphrases = [', '"mehr als",')
        units = fake / "units.toml"
        units.write_text(units.read_text(encoding="utf-8") + _WERST, encoding="utf-8")

    yield from fake_language(tmp_path, monkeypatch, edit)


WORD = "Zwo people were hurt in the blast, officials said."
BOUND = "Police said mehr als 300 people were detained on Sunday."
MEASURE = "The convoy stopped 12 werst from the border, officials said."


def _read(text: str, lang: str) -> list[tuple[str, float | None, float | None]]:
    return [(q.text, q.low, q.high) for q in find_quantities(text, lang)]


@pytest.mark.cases("quantities", where=lambda case: case.language == FAKE, languages=True)
def test_a_case_file_in_the_fake_language_is_read_in_it(case: Case, lexicon_root: Path) -> None:
    """``tests/cases/quantities/fake_language.toml`` says ``language = FAKE``: its cases are
    read with the fake language's lexicons (its words are no English words)."""
    check_named_case(case)


def test_number_words_are_the_language_s(lexicon_root: Path) -> None:
    assert _read(WORD, FAKE) == [("Zwo", 2.0, 2.0)]
    assert _read(WORD, "en") == []  # no such word in English
    assert parse_number("zwo hundred", FAKE) == 200.0
    assert parse_number("zwo hundred", "en") is None
    assert spell_number(2, FAKE) == "zwo"  # the first word listed for 2
    assert spell_number(2) == "two"


def test_bound_words_and_units_are_the_language_s(lexicon_root: Path) -> None:
    (fake,) = find_quantities(BOUND, FAKE)
    assert (fake.text, fake.low, fake.high, fake.low_inclusive) == (
        "mehr als 300",
        300,
        None,
        False,
    )
    assert [(q.text, q.low, q.high) for q in find_quantities(BOUND, "en")] == [("300", 300, 300)]
    (measure,) = find_quantities(MEASURE, FAKE)
    assert (measure.text, measure.unit, measure.measure) == ("12 werst", Unit.MEASURE, "werst")
    (count,) = find_quantities(MEASURE, "en")
    assert (count.text, count.unit) == ("12", Unit.COUNT)


def _source(text: str, language: str = "en", source_id: str = "a") -> Source:
    return Source(id=source_id, text=text, language=language, published=ANCHOR)


def _figures(source: Source) -> list[str]:
    return [c.value.text for c in extract_claims(source) if c.value is not None]


def test_a_source_is_read_with_the_quantity_lexicons_of_its_language(lexicon_root: Path) -> None:
    assert _figures(_source(BOUND, FAKE)) == ["mehr als 300"]
    assert _figures(_source(BOUND)) == ["300"]
    assert _figures(_source(BOUND, f"{FAKE}-YY")) == ["mehr als 300"]  # a regional tag of FAKE
    assert prepare(_source(BOUND, f"{FAKE}-YY")).lang == FAKE


def test_the_default_and_a_regional_tag_read_english() -> None:
    text = "Police said more than 300 people were detained in their 20s on Sunday."
    default = find_quantities(text)
    assert [q.text for q in default] == ["more than 300", "in their 20s"]
    assert find_quantities(text, "en") == default
    assert parse_number("two hundred") == parse_number("two hundred", "en") == 200.0
    default_claims = extract_claims(Source(id="a", text=text, published=ANCHOR))
    assert extract_claims(_source(text, "en-GB")) == default_claims


def test_a_language_without_lexicons_is_one_line_naming_source_and_language() -> None:
    with pytest.raises(ValueError) as caught:
        extract_claims(_source(BOUND, ABSENT, "kyiv-post"))
    assert str(caught.value) == no_lexicon_message("kyiv-post", ABSENT)


def test_a_language_folder_missing_a_quantity_lexicon_names_it(lexicon_root: Path) -> None:
    # numbers.toml and the lemmas' irregular plurals (lemmas.toml [plurals]), no modifiers
    copy_english(lexicon_root, BARE, ("boilerplate", "abbreviations", "numbers", "lemmas"))
    with pytest.raises(LexiconError) as caught:
        extract_claims(_source(BOUND, BARE))
    assert str(caught.value) == missing_file_message(BARE, "modifiers")


@pytest.mark.parametrize(
    ("lexicon", "old", "new", "message"),
    [
        ("numbers", "zwo = 2", 'zwo = "2"', "cardinals.zwo must be a number"),
        ("modifiers", '"mehr als",', '"mehr als", 3,', "prefix.phrases must be a list of strings"),
        ("units", "factor = 1066.8", "factor = 0", "unit 'werst': unknown dimension or factor"),
        (
            "numbers",
            'determiners = ["in his",',
            'determiners = "in his"\nx = [',
            "key 'determiners'",
        ),
    ],
)
def test_a_bad_value_names_the_lexicon_of_its_language(
    lexicon_root: Path, lexicon: str, old: str, new: str, message: str
) -> None:
    replace_once(lexicon_root / FAKE / f"{lexicon}.toml", old, new)
    with pytest.raises(LexiconError) as caught:
        find_quantities(WORD, FAKE)
    assert str(caught.value).startswith(f"lexicon/{FAKE}/{lexicon}.toml: {message}")
    clear_lexicon_caches()
    assert find_quantities(WORD, "en") == []  # English's files are whole
