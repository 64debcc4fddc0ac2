"""The name finder reads the lexicon of the source's language: ``Source.language`` ->
``prepare`` (``Prepared.lang``) -> ``names_in(sentences, lang)`` -> ``find_names`` -> the
names lexicon of that language (``name_word_rules(lang)``) and every reader below it (the
finder's own words, the words a rule looks at, the lone ordinary words, the place words), each
cached per language, and the finder's look-ups of words kept per language. The quotation
marks (``quoted._marks``) are read per language too. A source in a language with no lexicon
folder fails with one line naming the source and the language; the default stays English.
The story's language reaches the name pairing too (``match/names/``): its entity grouping
and the spellings it compares (``transliteration.toml``), and every cached reader there
takes it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from crosscheck.check import prepare_and_extract
from crosscheck.errors import LexiconError
from crosscheck.match.names.entities import group_entities
from crosscheck.model import DiscrepancyKind, Sentence, Source
from crosscheck.names import quoted
from crosscheck.names.finder import find_names, names_in
from crosscheck.names.places import place_by_next_word
from crosscheck.names.quoted import inside_quotes
from tests.cached_readers import cached_parameters, cached_readers, language_faults
from tests.fakelang import (
    ABSENT,
    BARE,
    FAKE,
    add_after,
    fake_language,
    missing_file_message,
    no_lexicon_message,
    replace_once,
    wording_rows,
)
from tests.lexicon_caches import clear_lexicon_caches

ANCHOR = date(2024, 3, 14)


@pytest.fixture
def lexicon_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped lexicons copied to a temporary root with a fake language ``FAKE``:
    English's files, its names.toml with one title ("gouverneur"), one place head ("platz"),
    one prefix ("gegen") and one pair of quotation marks (single guillemets) more, its
    transliteration.toml with one group of given names more ("Johann", "Hans"); the loader
    reads that root, caches emptied before and after."""

    def edit(fake: Path) -> None:
        names = fake / "names.toml"
        add_after(names, "titles = [", '"gouverneur",')
        add_after(names, "place_heads = [", '"platz",')
        add_after(names, "place_heads_after = [", '"kreis",')
        add_after(names, 'name_prefixes = ["anti",', '"gegen",')
        replace_once(names, 'quote_marks = "', 'quote_marks = "\\u2039\\u203a')
        group = "[[given_names]]\n"
        replace_once(
            fake / "transliteration.toml", group, f'{group}names = ["Johann", "Hans"]\n\n{group}'
        )

    yield from fake_language(tmp_path, monkeypatch, edit)


TITLED = "Gouverneur Anna Weber spoke to reporters on Sunday."
PLACE = "Thousands gathered on Alexander Platz on Sunday."
PREFIXED = "Hundreds joined a gegen-Weber march on Sunday."
QUOTED = "Weber wrote \u2039Anna Weber is here\u203a on Sunday."


def _sentence(text: str) -> Sentence:
    return Sentence(start=0, end=len(text), text=text)


def _names(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.kind.name, m.title) for m in find_names(_sentence(text), lang)]


def _source(text: str, language: str = "en", source_id: str = "a") -> Source:
    return Source(id=source_id, text=text, language=language, published=ANCHOR)


def test_titles_are_the_language_s(lexicon_root: Path) -> None:
    assert _names(TITLED, FAKE) == [("Anna Weber", "PERSON", "Gouverneur")]
    assert ("Anna Weber", "PERSON", "Gouverneur") not in _names(TITLED, "en")


def test_place_words_are_the_language_s(lexicon_root: Path) -> None:
    assert _names(PLACE, FAKE) == [("Alexander Platz", "PLACE", None)]
    assert _names(PLACE, "en") == [("Alexander Platz", "PERSON", None)]
    text = "Crowds left the Abu Ghraib kreis on Sunday."
    end = text.index(" kreis")
    assert place_by_next_word(text, end, FAKE)
    assert not place_by_next_word(text, end, "en")


def test_the_finder_s_own_words_are_the_language_s(lexicon_root: Path) -> None:
    assert [m.text for m in find_names(_sentence(PREFIXED), FAKE)] == ["Weber"]
    assert "Weber" not in [m.text for m in find_names(_sentence(PREFIXED), "en")]


def test_a_word_read_in_one_language_is_read_again_in_another(lexicon_root: Path) -> None:
    """The finder's look-ups of words are per language: a lone word English read first (a
    name of unknown kind) is read again in the fake language (a title alone: no name)."""
    lone = _sentence("Officials met Gouverneur on Sunday.")
    english = [(m.text, m.kind.name) for m in find_names(lone, "en")]
    assert english == [("Gouverneur", "UNKNOWN")]
    assert find_names(lone, FAKE) == []
    assert [(m.text, m.kind.name) for m in find_names(lone, "en")] == english


def test_quotation_marks_are_the_language_s(lexicon_root: Path) -> None:
    at = QUOTED.index("is here")
    assert inside_quotes(QUOTED, at, FAKE)
    assert not inside_quotes(QUOTED, at, "en")


def test_a_source_s_names_are_read_with_the_lexicon_of_its_language(lexicon_root: Path) -> None:
    def names(language: str) -> list[tuple[str, str]]:
        found = prepare_and_extract(_source(PLACE, language)).names
        return [(m.text, m.kind.name) for m in found]

    assert names(FAKE) == [("Alexander Platz", "PLACE")]
    assert names(f"{FAKE}-YY") == [("Alexander Platz", "PLACE")]  # a regional tag of FAKE
    assert names("en") == [("Alexander Platz", "PERSON")]


def test_the_default_and_a_regional_tag_read_english() -> None:
    text = "President Alexander Lukashenko met the Organization for Security and Cooperation."
    sentences = [_sentence(text)]
    default = names_in(sentences, "en")
    assert [(m.text, m.title) for m in default] == [
        ("Alexander Lukashenko", "President"),
        ("Organization for Security and Cooperation", None),
    ]
    plain = Source(id="a", text=text, published=ANCHOR)
    assert prepare_and_extract(_source(text, "en-GB")).names == prepare_and_extract(plain).names


def test_a_language_without_lexicons_is_one_line_naming_source_and_language() -> None:
    with pytest.raises(ValueError) as caught:
        prepare_and_extract(_source(PLACE, ABSENT, "kyiv-post"))
    assert str(caught.value) == no_lexicon_message("kyiv-post", ABSENT)


def test_a_language_folder_missing_the_names_lexicon_names_it(lexicon_root: Path) -> None:
    # every file of English but names.toml: whatever the stages before the name finder read
    shutil.copytree(lexicon_root / "en", lexicon_root / BARE, ignore=lambda _, __: ["names.toml"])
    with pytest.raises(LexiconError) as caught:
        prepare_and_extract(_source(PLACE, BARE))
    assert str(caught.value) == missing_file_message(BARE, "names")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("titles = [", 'titles = ["",', "'titles' must list non-empty strings"),
        ("title_case_share = 0.6", "title_case_share = 2", "'title_case_share' must be in"),
        ("max_person_words = 4", 'max_person_words = "4"', "'max_person_words' must be"),
        ("place_heads = [", 'place_heads = "platz"\nx = [', "key 'place_heads'"),
        ('name_prefixes = ["anti",', 'name_prefixes = "anti"\nx = [', "key 'name_prefixes'"),
    ],
)
def test_a_bad_value_names_the_names_lexicon_of_its_language(
    lexicon_root: Path, old: str, new: str, message: str
) -> None:
    replace_once(lexicon_root / FAKE / "names.toml", old, new)
    with pytest.raises(LexiconError) as caught:
        find_names(
            _sentence("Thousands gathered on Alexander Platz near anti-Weber posters."), FAKE
        )
    assert str(caught.value).startswith(f"lexicon/{FAKE}/names.toml: {message}")
    clear_lexicon_caches()
    assert find_names(_sentence(TITLED), "en")  # English's file is whole


def test_a_bad_quotation_mark_value_names_the_names_lexicon_of_its_language(
    lexicon_root: Path,
) -> None:
    replace_once(
        lexicon_root / FAKE / "names.toml",
        "quote_carry_paragraphs = 6",
        "quote_carry_paragraphs = 'six'",
    )
    with pytest.raises(LexiconError) as caught:
        inside_quotes(QUOTED, 3, FAKE)
    assert str(caught.value).startswith(f"lexicon/{FAKE}/names.toml: key 'quote_carry_paragraphs'")
    assert not inside_quotes(QUOTED, 3, "en")


# --- the story's language reaches the name matcher's quotation marks (lang53) --------------
# ``check.story_records`` hands the story's language to ``match.name_pairs.pair_names``, and
# it reaches the readers of ``names/`` the matcher calls: the quotation marks of a spelling's
# mentions (``quoted.own_voice``, ``quoted_wording``) and the place words of a pair's kind
# (``told_kind`` -> ``places.place_by_next_word``).
OWN = "President Aleksandr Lukashenko spoke on Sunday. Later Aleksandr Lukashenko left Minsk."
QUOTING = (
    "President Alexander Lukashenko spoke on Sunday. "
    "Weber wrote \u2039Alexander Lukashenko left Minsk\u203a on Monday."
)


def _variant_rows(language: str) -> list[str]:
    return wording_rows((OWN, QUOTING), language, DiscrepancyKind.NAME_VARIANT, ANCHOR)


def test_a_story_s_name_rows_read_its_quotation_marks(lexicon_root: Path) -> None:
    """A mention inside the fake language's single guillemets is quoted wording there, its
    outlet's own voice in English (whose marks they are not); the row counts it so."""
    clear_lexicon_caches()
    [fake] = _variant_rows(FAKE)
    assert quoted._marks.cache_info().currsize == 1  # FAKE's marks only, not English's too
    [english] = _variant_rows("en")
    assert "'Alexander Lukashenko' (mentions: 1 in b (+1 in quotes))" in fake
    assert "'Alexander Lukashenko' (mentions: 2 in b)" in english


# --- the story's language reaches the entity grouping (lang55) ----------------------------
# ``pair_names`` hands the story's language to ``match.names.entities.group_entities`` and
# on to the spellings it compares (``spellings.transliteration_rules(lang)``,
# ``skeleton(word, lang)``): the fake language lists "Johann" and "Hans" as one given name,
# English does not.
JOHANN = "Johann Weber spoke to reporters on Sunday."
HANS = "Hans Weber spoke to reporters on Monday."


def _grouped(language: str) -> list[list[str]]:
    mentions = {
        source: find_names(_sentence(text), language)
        for source, text in (("a", JOHANN), ("b", HANS))
    }
    return [
        sorted({m.mention.text for m in e.mentions}) for e in group_entities(mentions, language)
    ]


def test_the_entity_grouping_reads_the_story_s_transliteration(lexicon_root: Path) -> None:
    assert _grouped(FAKE) == [["Hans Weber", "Johann Weber"]]
    assert _grouped("en") == [["Johann Weber"], ["Hans Weber"]]
    [row] = wording_rows((JOHANN, HANS), FAKE, DiscrepancyKind.NAME_VARIANT, ANCHOR)
    assert "'Johann Weber'" in row and "'Hans Weber'" in row
    assert wording_rows((JOHANN, HANS), "en", DiscrepancyKind.NAME_VARIANT, ANCHOR) == []


# --- every cached reader of names/ takes the language ---------------------------------------
# As for claims/, match/, rules/ and certainty/: ``functools.cache`` hides a reader's
# signature from mypy, so a call that leaves the language out fails only when it runs.


def test_every_cached_reader_of_names_takes_the_language() -> None:
    parameters = cached_parameters("names")
    assert len(parameters) >= 7  # not vacuous: the readers were found
    assert [key for key, names in parameters.items() if "lang" not in names] == []
    faults = language_faults(cached_readers("names"), "names")
    assert not faults, faults


# --- every cached reader of match/names/ takes the language (lang55) ----------------------
# Cached functions of match/names/ that read no lexicon: a word's one-slip spellings
# (``misspelling._edits``) and a full name's folded words (``reordered._full_words``).
PAIRING_NO_LANGUAGE = {("misspelling", "_edits"), ("reordered", "_full_words")}


def test_every_cached_reader_of_the_name_pairing_takes_the_language() -> None:
    parameters = cached_parameters("match.names")
    assert len(parameters) >= 20  # not vacuous: the readers were found
    missing = [key for key, names in parameters.items() if "lang" not in names]
    assert sorted(missing) == sorted(PAIRING_NO_LANGUAGE)
    readers = cached_readers("match.names")
    faults = language_faults(
        {k: n for k, n in readers.items() if k not in PAIRING_NO_LANGUAGE}, "match.names"
    )
    assert not faults, faults
