"""The time finder reads the lexicons of the source's language: ``Source.language`` ->
``prepare`` (``Prepared.lang``) -> ``find_times(..., lang)`` -> ``time_lexicon(lang)``, the
patterns compiled from it and the number words of ``ago``, each cached per language; the
article dates of the match stage read each source in its language too. A source in a
language with no lexicon folder fails with one line naming the source and the language;
the default stays English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

import crosscheck.lexicon as lexicon_module
from crosscheck.claims.extract import extract_claims, prepare
from crosscheck.errors import LexiconError
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.article_dates import ArticleDates
from crosscheck.model import Source
from crosscheck.timex import find_times, read_time_lexicon
from tests.fakelang import (
    ABSENT,
    BARE,
    FAKE,
    add_after,
    copy_english,
    fake_language,
    missing_file_message,
    no_lexicon_message,
)

ANCHOR = date(2024, 3, 14)  # a Thursday


@pytest.fixture
def lexicon_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped lexicons copied to a temporary root with a fake language ``FAKE``:
    English's files plus one deictic day ("gestern", the day before) in time.toml and one
    cardinal ("zwo") in numbers.toml; the loader reads that root, caches emptied before and
    after."""

    def edit(fake: Path) -> None:
        add_after(fake / "time.toml", "[deictic_days]", '"gestern" = -1')
        add_after(fake / "numbers.toml", "[cardinals]", "zwo = 2")

    yield from fake_language(tmp_path, monkeypatch, edit)


DEICTIC = "The mayor resigned gestern, officials said."
COUNTED = "The bridge was built zwo decades ago, officials said."


def _source(text: str, language: str = "en", source_id: str = "a") -> Source:
    return Source(id=source_id, text=text, language=language, published=ANCHOR)


def _found(text: str, lang: str) -> list[tuple[str, date | None]]:
    return [(t.text, t.begin) for t in find_times(text, ANCHOR, lang)]


def test_times_are_found_with_the_time_lexicon_of_the_language(lexicon_root: Path) -> None:
    assert _found(DEICTIC, FAKE) == [("gestern", ANCHOR - timedelta(days=1))]
    assert _found(DEICTIC, "en") == []  # no such word in English


def test_a_source_is_dated_with_the_lexicon_of_its_language(lexicon_root: Path) -> None:
    fake = [c.time for c in extract_claims(_source(DEICTIC, FAKE)) if c.time is not None]
    english = [c.time for c in extract_claims(_source(DEICTIC)) if c.time is not None]
    assert [(t.text, t.begin) for t in fake] == [("gestern", ANCHOR - timedelta(days=1))]
    assert english == []
    assert prepare(_source(DEICTIC, f"{FAKE}-YY")).lang == FAKE  # a regional tag of FAKE


def test_number_words_before_a_span_ago_are_the_language_s(lexicon_root: Path) -> None:
    assert _found(COUNTED, FAKE) == []  # "zwo" counts the decades: a count not read
    assert [text for text, _ in _found(COUNTED, "en")] == ["decades ago"]  # open-ended


def test_article_dates_are_read_in_the_language_of_each_source(lexicon_root: Path) -> None:
    dates = ArticleDates(
        [_source(DEICTIC, FAKE, "fake"), _source(DEICTIC, "en", "english")], DEFAULT_LANGUAGE
    )
    assert [t.text for t in dates.dates("fake")] == ["gestern"]
    assert dates.dates("english") == []


def test_the_default_and_a_regional_tag_read_english() -> None:
    text = "The mayor resigned yesterday, officials said."
    default = find_times(text, ANCHOR)
    assert [t.text for t in default] == ["yesterday"]
    assert find_times(text, ANCHOR, "en") == default
    default_claims = extract_claims(Source(id="a", text=text, published=ANCHOR))
    assert extract_claims(_source(text, "en-GB")) == default_claims
    assert prepare(_source(text, "en-GB")).lang == "en"


def test_a_language_without_lexicons_is_one_line_naming_source_and_language() -> None:
    source = _source(DEICTIC, ABSENT, "kyiv-post")
    expected = no_lexicon_message("kyiv-post", ABSENT)
    with pytest.raises(ValueError) as caught:
        extract_claims(source)
    assert str(caught.value) == expected
    with pytest.raises(ValueError) as again:
        ArticleDates([source], DEFAULT_LANGUAGE).dates("kyiv-post")
    assert str(again.value) == expected  # the same one path, ``reading_language``


def test_a_language_folder_missing_the_time_lexicon_names_it(lexicon_root: Path) -> None:
    # the preparing stage's files and the quantities finder's (it reads before the time finder;
    # lemmas.toml: the number words' irregular plurals)
    names = ("boilerplate", "abbreviations", "numbers", "modifiers", "magnitudes", "currencies")
    copy_english(lexicon_root, BARE, (*names, "units", "lemmas"))
    with pytest.raises(LexiconError) as caught:
        extract_claims(_source(DEICTIC, BARE))
    assert str(caught.value) == missing_file_message(BARE, "time")


def test_a_bad_value_names_the_time_lexicon_of_its_language(lexicon_root: Path) -> None:
    data = lexicon_module.load_lexicon("time", FAKE)
    with pytest.raises(LexiconError, match=rf"^lexicon/{FAKE}/time\.toml: 'year_min'"):
        read_time_lexicon({**data, "year_min": 0}, FAKE)
    broken = {**data, "clock": {**data["clock"], "zone_offsets": {"XX": [9999]}}}
    with pytest.raises(LexiconError, match=rf"^lexicon/{FAKE}/time\.toml: clock\.zone_offsets"):
        read_time_lexicon(broken, FAKE)
    without = {k: v for k, v in data.items() if k != "weekdays"}
    with pytest.raises(LexiconError, match=rf"^lexicon/{FAKE}/time\.toml: key 'weekdays'"):
        read_time_lexicon(without, FAKE)
