"""The preparing stage (cleaning and sentence splitting) reads the lexicons of the source's
language: ``Source.language`` -> ``prepare`` -> ``clean_text`` / ``split_sentences`` -> their
readers cached per language. A source in a language with no lexicon folder fails with one
line naming the source and the language; the default stays English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import crosscheck.lexicon as lexicon_module
from crosscheck.claims.extract import prepare
from crosscheck.errors import LexiconError
from crosscheck.match.lede_dates import lede_spans
from crosscheck.model import Source
from crosscheck.sources import validate_sources
from crosscheck.text.cleaning_rules import build_cleaning_rules
from tests.fakelang import (
    ABSENT,
    BARE,
    FAKE,
    add_after,
    fake_language,
    missing_file_message,
    no_lexicon_message,
)


@pytest.fixture
def lexicon_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped lexicons copied to a temporary root with a fake language ``FAKE``: English's
    files plus one chrome line ("see also here") and one title before a name ("hrn"); the
    loader reads that root, caches emptied before and after."""

    def edit(fake: Path) -> None:
        add_after(fake / "boilerplate.toml", "lines = [", '    "see also here",')
        add_after(fake / "abbreviations.toml", "titles = [", '    "hrn",')

    # every file: the lede finder reads its settings (``date_event_words``) in the language too
    yield from fake_language(tmp_path, monkeypatch, edit)


ARTICLE = "The mayor spoke on Monday.\nSee also here\nForty people came to the hall."
TITLED = "They met Hrn. Weber on Monday. Forty people came."


def _source(text: str, language: str = "en") -> Source:
    return Source(id="a", text=text, language=language)


def test_a_source_is_cleaned_with_the_lexicon_of_its_language(lexicon_root: Path) -> None:
    cleaned = prepare(_source(ARTICLE, FAKE)).cleaned
    assert "See also here" not in cleaned  # a chrome line of FAKE
    assert len(cleaned) == len(ARTICLE)
    assert "See also here" in prepare(_source(ARTICLE)).cleaned  # no chrome line in English


def test_a_source_is_split_with_the_abbreviations_of_its_language(lexicon_root: Path) -> None:
    fake = [s.text for s in prepare(_source(TITLED, FAKE)).sentences]
    english = [s.text for s in prepare(_source(TITLED)).sentences]
    assert fake == ["They met Hrn. Weber on Monday.", "Forty people came."]
    assert english == ["They met Hrn.", "Weber on Monday.", "Forty people came."]


def test_a_lede_is_read_in_the_language_given(lexicon_root: Path) -> None:
    text = "Headline\nThey met Hrn. Weber of the city council at the town hall on Monday."

    def firsts(spans: tuple[tuple[int, int], ...]) -> list[str]:
        return [text[a:b].split()[0] for a, b in spans]

    assert firsts(lede_spans(text, FAKE)) == ["They"]  # one sentence in FAKE
    assert firsts(lede_spans(text)) == ["Weber"]  # "They met Hrn." is too short a sentence


def test_the_default_and_a_regional_tag_read_english() -> None:
    default = prepare(Source(id="a", text=TITLED))
    british = prepare(_source(TITLED, "en-GB"))
    assert default.sentences == british.sentences
    assert default.sentences[0].text == "They met Hrn."


def test_a_language_without_lexicons_is_one_line_naming_source_and_language() -> None:
    source = Source(id="kyiv-post", text=ARTICLE, language=ABSENT)
    expected = no_lexicon_message("kyiv-post", ABSENT)
    with pytest.raises(ValueError) as caught:
        prepare(source)
    assert str(caught.value) == expected
    with pytest.raises(ValueError) as again:
        validate_sources([source])
    assert str(again.value) == expected  # the same path as check()'s own validation


def test_a_language_folder_missing_the_stage_file_names_it(lexicon_root: Path) -> None:
    (lexicon_root / BARE).mkdir()
    with pytest.raises(LexiconError) as caught:
        prepare(_source(ARTICLE, BARE))
    assert str(caught.value) == missing_file_message(BARE, "boilerplate")


def test_a_bad_value_names_the_file_of_its_language(lexicon_root: Path) -> None:
    data = lexicon_module.load_lexicon("boilerplate", FAKE)
    broken = {**data, "credits": {**data["credits"], "max_words": 0}}
    with pytest.raises(LexiconError, match=rf"^lexicon/{FAKE}/boilerplate\.toml: key 'max_words'"):
        build_cleaning_rules(broken, FAKE)
