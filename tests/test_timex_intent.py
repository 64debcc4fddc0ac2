"""timex/intent.py: the words of a clause with their marks, and a present-tense intent."""

from __future__ import annotations

from crosscheck.timex.intent import clause_words, may_hold_intent, present_intent_at
from crosscheck.timex.lexicon import time_lexicon


def test_marks_names_compounds_and_possessives() -> None:
    lex = time_lexicon()
    words = clause_words("before the GOP-controlled Armed panel and Smith's aides", lex)
    marks = {w.text: (w.named, w.possessive) for w in words}
    assert marks["before"] == (False, False)
    assert marks["controlled"] == (True, False)  # joined by a hyphen
    assert marks["armed"] == (True, False)  # capitalised inside the clause
    assert marks["smith's"] == (True, True)
    assert marks["aides"] == (False, False)


def test_present_intent_found() -> None:
    lex = time_lexicon()
    words = clause_words("he is expected to take charge of the panel in", lex)
    at = present_intent_at(words, lex)
    assert at is not None and words[at].text == "to"
    assert present_intent_at(clause_words("they plan to make the case in", lex), lex) == 2
    assert present_intent_at(clause_words("the mayor has agreed to meet them at", lex), lex) == 4


def test_no_present_intent() -> None:
    lex = time_lexicon()
    noun = clause_words("officials described the plans to reporters in", lex)
    assert present_intent_at(noun, lex) is None
    possessive = clause_words("critics attacked Obama's plan to cut taxes in", lex)
    assert present_intent_at(possessive, lex) is None
    assert present_intent_at(clause_words("he was expected to vote in", lex), lex) is None
    assert present_intent_at(clause_words("they agreed to meet him in", lex), lex) is None
    assert present_intent_at(clause_words("she plans to a degree in", lex), lex) is None


def test_cheap_test_lets_every_intent_through() -> None:
    """``may_hold_intent`` runs before the words are read: it must pass every clause that
    holds an intent (any case, any non-letters between the head and "to") and may stop
    a clause with none."""
    lex = time_lexicon()
    holding = [
        "he is expected to take charge of the panel in",
        "They PLAN TO make the case in",
        "the mayor has agreed -- to meet them at",
        "officials described the plans to reporters in",  # a noun: read further, found none
    ]
    for clause in holding:
        assert may_hold_intent(clause, lex), clause
    none = [
        "the vote was held on",
        "he went to the hearing on",  # "to" after no intent head
        "the plantation toured in",  # a head's letters inside another word
        "the planned tour in",  # a head with no "to" after it
    ]
    for clause in none:
        assert not may_hold_intent(clause, lex), clause
        assert present_intent_at(clause_words(clause, lex), lex) is None
