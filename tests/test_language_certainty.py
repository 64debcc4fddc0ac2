"""The certainty finder reads the lexicons of the source's language: ``Source.language`` ->
``find_statements`` (``lexicon.reading_language``) -> the assertions, hedged statements and
concept mentions of that source, each reading ``hedges.toml`` and ``attribution.toml`` of that
language (``_hedge_rules(lang)``, ``assertion_rules(lang)``, ``attribution_rules(lang)``,
``statement_rules(lang)``, ``concept_rules(lang)``, the open questions, the reading pattern,
each cached per language) through ``read_sentence(text, lang)``, whose reading keeps its
language (``SentenceReading.lang``). A source in a language with no lexicon folder fails with
one line naming the source and the language; the default stays English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from crosscheck.certainty import quote_reach
from crosscheck.certainty import rules as certainty_rules
from crosscheck.certainty import statement_rules as statement_table
from crosscheck.certainty.reading import find_attribution, find_hedges, read_sentence
from crosscheck.certainty.statements import find_statements
from crosscheck.claims.extract import extract_claims, prepare
from crosscheck.errors import LexiconError
from crosscheck.model import CertaintyLevel, DiscrepancyKind, Source
from tests.cached_readers import cached_parameters, cached_readers, language_faults
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
    wording_rows,
)
from tests.lexicon_caches import clear_lexicon_caches


@pytest.fixture
def lexicon_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped lexicons copied to a temporary root with a fake language ``FAKE``:
    English's files, its hedges.toml with one hedge more ("angeblich", reportedly: a clause
    hedge and a statement hedge) and its attribution.toml with one reporting verb more
    ("sagte", said); the loader reads that root, caches emptied before and after."""

    def edit(fake: Path) -> None:
        add_after(fake / "hedges.toml", 'phrases = ["possibly",', '"angeblich",')
        add_after(fake / "hedges.toml", "[statements]\nhedges = [", '"angeblich",')
        add_after(fake / "attribution.toml", "verbs = [", '"sagte",')

    yield from fake_language(tmp_path, monkeypatch, edit)


ANCHOR = date(2024, 3, 14)
HEDGED = "The dam angeblich collapsed on Sunday after heavy rain."
CREDITED = "Police sagte the dam broke on Sunday."


def _source(text: str, language: str = "en", source_id: str = "a") -> Source:
    return Source(id=source_id, text=text, language=language)


def _hedged_statements(source: Source) -> list[tuple[str | None, str]]:
    found = find_statements(source, prepare(source).sentences)
    return [(h.hedge, h.text) for h in found.hedged]


def test_hedges_and_speakers_are_the_language_s(lexicon_root: Path) -> None:
    fake = find_hedges(HEDGED, lang=FAKE)
    assert (fake.level, fake.hedges) == (CertaintyLevel.HEDGED, ("angeblich",))
    assert find_hedges(HEDGED, lang="en").level is CertaintyLevel.ASSERTED
    assert find_attribution(CREDITED, lang=FAKE) == "Police"
    assert find_attribution(CREDITED, lang="en") is None


def test_a_sentence_read_in_one_language_is_read_again_in_another(lexicon_root: Path) -> None:
    """The readings are kept per language: English first does not decide the fake one."""
    english = read_sentence(HEDGED, "en")
    fake = read_sentence(HEDGED, FAKE)
    assert (english.lang, fake.lang) == ("en", FAKE)
    assert not english.hedge_matches
    assert [m.group() for m in fake.hedge_matches] == ["angeblich"]
    assert read_sentence(HEDGED, "en") is english  # read once per language


def test_a_source_s_statements_are_read_with_the_lexicons_of_its_language(
    lexicon_root: Path,
) -> None:
    expected = [("angeblich", "dam angeblich collapsed on Sunday after heavy rain")]
    assert _hedged_statements(_source(HEDGED, FAKE)) == expected
    assert _hedged_statements(_source(HEDGED, f"{FAKE}-YY")) == expected  # a regional tag of FAKE
    assert _hedged_statements(_source(HEDGED, "en")) == []


def test_a_source_s_figures_are_hedged_with_the_lexicons_of_its_language(
    lexicon_root: Path,
) -> None:
    """The claims stage reads a figure's sentence for hedges in the source's language too:
    a hedge only the fake language has makes the figure's claim hedged there, not in English."""
    text = "The flood angeblich killed 40 people on Sunday."

    def certainty(language: str) -> list[tuple[str, CertaintyLevel]]:
        claims = extract_claims(_source(text, language))
        return [(c.text, c.certainty.level) for c in claims if c.text.startswith("40")]

    assert certainty(FAKE) == [("40 people", CertaintyLevel.HEDGED)]
    assert certainty("en") == [("40 people", CertaintyLevel.ASSERTED)]


def test_the_default_and_a_regional_tag_read_english() -> None:
    text = "The dam reportedly collapsed on Sunday after heavy rain, police said."
    default = find_statements(
        Source(id="a", text=text), prepare(Source(id="a", text=text)).sentences
    )
    assert [h.hedge for h in default.hedged] == ["reportedly"]
    regional = _source(text, "en-GB")
    assert find_statements(regional, prepare(regional).sentences) == default
    assert find_hedges(text, lang="en").hedges == ("reportedly",)
    assert find_attribution(text, lang="en") == "police"


def test_a_language_without_lexicons_is_one_line_naming_source_and_language() -> None:
    english = _source(HEDGED)
    with pytest.raises(ValueError) as caught:
        find_statements(_source(HEDGED, ABSENT, "kyiv-post"), prepare(english).sentences)
    assert str(caught.value) == no_lexicon_message("kyiv-post", ABSENT)


def test_a_language_folder_missing_the_hedges_lexicon_names_it(lexicon_root: Path) -> None:
    copy_english(lexicon_root, BARE, ("boilerplate", "abbreviations", "attribution", "names"))
    source = _source(HEDGED, BARE)
    with pytest.raises(LexiconError) as caught:
        find_statements(source, prepare(source).sentences)
    assert str(caught.value) == missing_file_message(BARE, "hedges")


@pytest.mark.parametrize(
    ("lexicon", "old", "new", "message"),
    [
        ("hedges", "phrase_scope_words = 3", "phrase_scope_words = -3", "'phrase_scope_words'"),
        ("hedges", '"angeblich",', '"",', "'phrases' must list non-empty strings"),
        ("attribution", '"sagte",', "3,", "'verbs' must list non-empty strings"),
    ],
)
def test_a_bad_value_names_the_lexicon_of_its_language(
    lexicon_root: Path, lexicon: str, old: str, new: str, message: str
) -> None:
    replace_once(lexicon_root / FAKE / f"{lexicon}.toml", old, new)
    with pytest.raises(LexiconError) as caught:
        find_hedges(HEDGED, lang=FAKE)
    assert str(caught.value).startswith(f"lexicon/{FAKE}/{lexicon}.toml: {message}")
    clear_lexicon_caches()
    assert find_hedges(HEDGED, lang="en").level is CertaintyLevel.ASSERTED  # English is whole


# --- the story's language reaches every certainty reader (lang53) -------------------------
# The matching stage (``match.statement_pairs``, ``match/statements/``, ``concept_pairs``)
# and the certainty rows (``rules/certainty.py``, ``rules/figure_certainty.py``) read the
# story's language: a story in the fake language reads no English rules at all.
ASSERTING = (
    "The dam collapsed on Sunday after heavy rain near the city of Pavlograd. "
    "Officials said the payment violates the Fourth Amendment."
)
HEDGING = (
    "The dam reportedly collapsed on Sunday after heavy rain near the city of Pavlograd. "
    "Officials said the payment may violate the Fourth Amendment."
)
CERTAINTY_READERS = (
    statement_table._statement_rules,
    certainty_rules._assertion_rules,
    certainty_rules._attribution_rules,
    certainty_rules._hedge_rules,
    quote_reach._quote_rules,
)


def _certainty_rows(language: str) -> list[str]:
    return wording_rows((HEDGING, ASSERTING), language, DiscrepancyKind.CERTAINTY, ANCHOR)


def test_a_story_s_certainty_lane_reads_only_its_language(lexicon_root: Path) -> None:
    """Both certainty rows of the story (an assertion hedged by "may", a statement hedged by
    "reportedly") are found in the fake language, and each certainty reader has read that
    language only (on main the matching stage and the rows read English's rules too)."""
    clear_lexicon_caches()
    rows = _certainty_rows(FAKE)
    for reader in CERTAINTY_READERS:
        assert reader.cache_info().currsize == 1, reader.__name__  # FAKE's, not English's too
    assert len(rows) == 2
    assert rows == _certainty_rows("en")  # the fake language holds English's words


# --- every cached reader of certainty/ takes the language ----------------------------------
# As for claims/, match/ and rules/: ``functools.cache`` hides a reader's signature from
# mypy, so a call that leaves the language out fails only when it runs.

# Cached functions of certainty/ that read no lexicon: the shortest keys of a phrase list
# (``hits._shortest``) and the normal form of words as written (``rules._normal_form``).
NO_LANGUAGE = {("hits", "_shortest"), ("rules", "_normal_form")}


def test_every_cached_reader_of_certainty_takes_the_language() -> None:
    parameters = cached_parameters("certainty")
    assert len(parameters) >= 12  # not vacuous: the readers were found
    missing = [k for k, names in parameters.items() if "lang" not in names]
    assert sorted(missing) == sorted(NO_LANGUAGE)
    readers = {k: n for k, n in cached_readers("certainty").items() if k not in NO_LANGUAGE}
    faults = language_faults(readers, "certainty")
    assert not faults, faults


def test_every_cached_reader_of_the_statement_matcher_takes_the_language() -> None:
    """``match/statements/`` (the statement family's matching) caches one reader, the word
    forms of ``same_word``, read per language too."""
    parameters = cached_parameters("match.statements")
    assert parameters == {("candidates", "same_word"): ("a", "b", "lang")}
    faults = language_faults(cached_readers("match.statements"), "match.statements")
    assert not faults, faults
