"""Open questions ("it wasn't immediately clear whether ...") as hedges, and curly apostrophes
in the hedge phrases (crosscheck/certainty/open_questions.py, certainty/rules.py). End-to-end
pairs, including those that must not be flagged, are in tests/cases/rules/certainty.toml."""

from __future__ import annotations

import re

import pytest

from crosscheck import Source
from crosscheck.certainty.hedged_statements import find_hedged_statements
from crosscheck.certainty.open_questions import expand, open_question_phrases
from crosscheck.certainty.reading import find_hedges
from crosscheck.certainty.rules import _apostrophes
from crosscheck.errors import LexiconError
from crosscheck.model import CertaintyLevel
from crosscheck.text.sentences import split_sentences

_TABLE = {
    "openers": ["it"],
    "verbs": ["is", "\u2019s"],
    "negated_verbs": ["was not", "wasn't"],
    "adverbs": ["yet"],
    "open_words": ["unclear"],
    "closed_words": ["clear"],
    "complementizers": ["whether"],
}


def test_the_table_expands_to_every_phrase_and_no_other() -> None:
    assert expand(_TABLE, "en") == (
        "it is unclear whether",
        "it is yet unclear whether",
        "it was not clear whether",
        "it was not yet clear whether",
        "it wasn't clear whether",
        "it wasn't yet clear whether",
        "it's unclear whether",
        "it's yet unclear whether",
    )


def test_a_bad_table_is_reported() -> None:
    with pytest.raises(LexiconError, match=r"hedges\.toml"):
        expand({**_TABLE, "adverbs": ["yet", ""]}, "en")


@pytest.mark.parametrize(
    "phrase",
    ["it wasn't immediately clear whether", "it is not known whether", "it remains unclear if"],
)
def test_the_lexicon_holds_the_common_open_questions(phrase: str) -> None:
    assert phrase in open_question_phrases("en")


@pytest.mark.parametrize(
    "phrase", ["it is clear whether", "it was unclear", "it is not unclear whether"]
)
def test_the_lexicon_holds_no_answered_or_incomplete_question(phrase: str) -> None:
    assert phrase not in open_question_phrases("en")


def test_a_phrase_with_an_apostrophe_matches_either_one() -> None:
    pattern = re.compile(_apostrophes("it wasn't clear"))
    assert pattern.fullmatch("it wasn't clear")
    assert pattern.fullmatch("it wasn\u2019t clear")
    assert not pattern.fullmatch("it wasnt clear")


@pytest.mark.parametrize(
    "sentence",
    [
        "It wasn\u2019t immediately clear whether 40 people died in the fire.",
        "It\u2019s not yet known whether 40 people died in the fire.",
        "It remains unclear if 40 people died in the fire.",
    ],
)
def test_an_open_question_hedges_a_figure(sentence: str) -> None:
    start = sentence.index("40")
    certainty = find_hedges(sentence, start, start + 2, lang="en")
    assert certainty.level is CertaintyLevel.HEDGED
    assert certainty.hedges == (sentence[: sentence.index(" 40")],)  # as written


def test_a_figure_outside_the_question_is_asserted() -> None:
    sentence = "Forty people died in the fire; it wasn\u2019t clear whether Marlowe was there."
    assert find_hedges(sentence, 0, 5, lang="en").level is CertaintyLevel.ASSERTED


def test_an_open_question_with_a_curly_apostrophe_reads_a_statement() -> None:
    sentence = (
        "A deputy fired, the sheriff said; "
        "it wasn\u2019t immediately clear whether Marlowe was hit."
    )
    source = Source(id="a", text=sentence)
    (found,) = find_hedged_statements(source, split_sentences(sentence))
    assert (found.hedge, found.head, found.subjects) == (
        "it wasn't immediately clear whether",
        "hit",
        ("marlowe",),
    )
    assert found.text == "Marlowe was hit"
    assert found.certainty.hedges == ("it wasn\u2019t immediately clear whether",)
