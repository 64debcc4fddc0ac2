"""Event descriptors of dates (crosscheck.match.date_descriptors): clauses, weights, mutual best."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import partial

from claimfactory import date_in_sentence
from filler import FILLER

from crosscheck.claims.date_events import date_event_words, stem
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.date_participants import participants, predicate_stems
from crosscheck.match.descriptor_clauses import clause_of
from crosscheck.match.descriptor_names import _capitals, name_spans
from crosscheck.match.descriptor_words import _SENTENCE_END, content_stems, story_weights
from crosscheck.model import Claim, Source
from tests.pairrows import pair_rows


def _claim(sentence: str, date_text: str) -> Claim:
    return date_in_sentence(sentence, date_text, metric="dated")


def test_a_clause_ends_at_a_comma_before_a_clause_opener() -> None:
    sentence = "On June 9, 2016, Ohio and Utah voted in primaries, and Trump Jr. met a lawyer."
    assert clause_of(_claim(sentence, "June 9, 2016"), lang=DEFAULT_LANGUAGE) == (
        "On June 9, 2016, Ohio and Utah voted in primaries"
    )


def test_a_clause_starts_after_a_semicolon() -> None:
    sentence = "The mayor resigned in May; the council met on June 2 to pick a successor."
    clause = clause_of(_claim(sentence, "June 2"), lang=DEFAULT_LANGUAGE)
    assert clause == " the council met on June 2 to pick a successor."


def test_a_word_of_every_sentence_weighs_less_than_a_rare_one() -> None:
    text = " ".join(f"The budget changed in week {n}." for n in range(12)) + " Ruiz objected."
    weight = story_weights([Source(id="a", text=text)], ["budget Ruiz"], DEFAULT_LANGUAGE)
    assert weight is not None
    assert weight("ruiz") > weight("budget") > 0


def test_sentence_ends_are_counted_as_the_look_behind_counts_them() -> None:
    # one per white space run after ".", "!" or "?", and one per other line end
    behind = re.compile(r"(?<=[.!?])\s+|\n")
    for text in ("A. B! C? D", "a.\n\nb\n\nc", "x\n \n.\n!.\t?", "U.S. 3.5 e.g.", ".!?\n", "\n\n"):
        assert len(_SENTENCE_END.findall(text)) == len(behind.findall(text))


def test_a_story_too_short_for_weights_has_none() -> None:
    assert (
        story_weights(
            [Source(id="a", text="One sentence. Two sentences.")], ["one"], DEFAULT_LANGUAGE
        )
        is None
    )


def _rows(a: list[str], b: list[str]) -> list[str]:
    return pair_rows(" ".join(a), " ".join(b), date(2025, 3, 10))


def test_each_vague_date_gets_one_partner_per_source() -> None:
    offer = "The mayor made an offer to council speaker Ana Ruiz during negotiations last year."
    finer = [
        "The mayor made an offer to council speaker Ana Ruiz in December, aides said.",
        "Ana Ruiz rejected a different offer from the port authority in October.",
    ]
    rows = _rows([*FILLER, offer], [*FILLER, *finer])
    dated = [r for r in rows if r.startswith("time.precision") and "last year" in r]
    assert dated == ["time.precision last year / in December"]


def test_names_are_capitals_inside_a_sentence() -> None:
    inside, first = _capitals(
        "Before he ran last November, Mr. Bloomberg met the attorney general, Jeff Sessions.",
        DEFAULT_LANGUAGE,
    )
    assert {"bloomberg", "jeff"} <= inside
    assert "before" not in inside
    assert not inside & first


def test_a_capital_after_a_quote_mark_or_a_full_stop_may_open_a_sentence() -> None:
    inside, first = _capitals('He left. "Harwick is safe," NATO said of Harwick.', DEFAULT_LANGUAGE)
    assert "harwick" in first
    assert "harwick" in inside
    assert "nato" not in inside | first  # all capitals: an acronym or a headline


# A statement's date kept for its speaker's words alone (claim_dates.STATED).
SAID = (
    "But harbor adviser Ana Ruiz said over the weekend that the mayor is now "
    '"fully committed" to ending the dredging fees.'
)


def test_a_statement_s_date_pairs_with_a_date_whose_clause_reports_it() -> None:
    told = (
        "On Sunday, top harbor adviser Ana Ruiz told reporters that the mayor was "
        '"fully committed" to ending the dredging fees.'
    )
    rows = _rows([*FILLER, SAID], [*FILLER, told])
    assert "time.precision over the weekend / On Sunday" in rows


def test_a_statement_s_date_does_not_pair_with_an_act_s_date() -> None:
    acted = (
        "On Sunday, harbor adviser Ana Ruiz visited the docks, where the mayor was "
        "committed to ending the dredging fees."
    )
    rows = _rows([*FILLER, SAID], [*FILLER, acted])
    assert not [r for r in rows if "over the weekend" in r]


def test_a_statement_s_date_does_not_explain_its_speaker_s_act() -> None:
    fired = [
        "Campaign chief Ana Ruiz was fired earlier this month.",
        "Ana Ruiz said Friday that she had nothing to do with the harbor change.",
    ]
    rows = _rows([*FILLER, *fired], [*FILLER, "The campaign fired its chief Ana Ruiz on March 3."])
    assert "time.precision earlier this month / on March 3" in rows


def test_one_event_told_with_other_verbs_pairs_when_two_names_are_shared() -> None:
    poisoned = (
        "Ana Ruiz and her daughter, Lena, were poisoned in the port town of Harwick last month."
    )
    found = "On Feb. 4, Ana and Lena Ruiz were found on a bench in Harwick, England."
    rows = _rows([*FILLER, poisoned], [*FILLER, found])
    assert "time.precision last month / On Feb. 4" in rows


def test_a_week_s_news_told_with_other_verbs_stays_apart() -> None:
    week = "Union members picketed the Harwick shipyard this week, Essex police said."
    day = "Essex police arrested a union member at the Harwick shipyard on Monday."
    rows = _rows([*FILLER, week], [*FILLER, day])
    assert not [r for r in rows if "this week" in r]


FIRED_BY_PRONOUN = [
    "Ana Ruiz, the port chief, said she kept notes of every talk with the mayor.",
    "After she was fired last May, she gave those notes to a friend at the law school.",
]


def test_one_predicate_class_and_one_participant_pair_a_pronoun_s_date() -> None:
    dismissed = "Ruiz, who was abruptly dismissed by the mayor last year, is touring with a memoir."
    rows = _rows([*FILLER, dismissed], [*FILLER, *FIRED_BY_PRONOUN])
    assert "time.precision last year / last May" in rows


def test_one_predicate_class_of_two_participants_stays_apart() -> None:
    dismissed = "Lena Ortiz, who was abruptly dismissed by the mayor last year, is touring again."
    rows = _rows([*FILLER, dismissed], [*FILLER, *FIRED_BY_PRONOUN])
    assert not [r for r in rows if "last year" in r]


def test_a_participant_is_the_name_before_the_clause_or_the_pronoun_s_subject() -> None:
    text = " ".join([*FILLER, *FIRED_BY_PRONOUN])
    at = text.index(FIRED_BY_PRONOUN[1])
    fired = _claim(FIRED_BY_PRONOUN[1], "last May")
    fired = replace(fired, start=fired.start + at, end=fired.end + at, sentence_start=at)
    assert participants(
        fired,
        clause_of(fired, lang=DEFAULT_LANGUAGE),
        text,
        partial(name_spans, lang=DEFAULT_LANGUAGE),
        DEFAULT_LANGUAGE,
    ) == {"ana", "ruiz"}
    told = "Otto Ruiz \u2014 the harbor pilot released by the port this summer \u2014 spoke."
    summer = _claim(told, "this summer")
    assert {"otto", "ruiz"} <= participants(
        summer,
        clause_of(summer, lang=DEFAULT_LANGUAGE),
        told,
        partial(name_spans, lang=DEFAULT_LANGUAGE),
        DEFAULT_LANGUAGE,
    )


def test_a_name_with_a_possessive_ending_is_one_stem_with_the_name() -> None:
    assert {"bachmann", "session"} <= content_stems(
        "Bachmann's bid and Sessions\u2019 memo", DEFAULT_LANGUAGE
    )
    assert "bachmann" in content_stems("Mrs. Bachmann won", DEFAULT_LANGUAGE)


def test_an_irregular_past_form_is_a_predicate_of_its_verb() -> None:
    assert (
        stem("overthrew", DEFAULT_LANGUAGE) == stem("overthrown", DEFAULT_LANGUAGE) == "overthrow"
    )
    assert date_event_words(DEFAULT_LANGUAGE).predicate("overthrew")


def test_a_phrase_and_a_verb_of_one_event_share_its_class() -> None:
    blown = content_stems("In 2008, its cooling tower was blown up.", DEFAULT_LANGUAGE)
    destroyed = content_stems(
        "In June 2008, the government made a show of destroying the tower.", DEFAULT_LANGUAGE
    )
    assert "demolished" in blown & destroyed
    assert "resigned" in content_stems(
        "Ailes stepped down in July", DEFAULT_LANGUAGE
    ) & content_stems("resigned", DEFAULT_LANGUAGE)


def test_a_base_verb_form_is_in_its_event_class() -> None:
    assert stem("sentence", DEFAULT_LANGUAGE) == stem("sentencing", DEFAULT_LANGUAGE) == "sentenced"
    assert stem("convict", DEFAULT_LANGUAGE) == stem("conviction", DEFAULT_LANGUAGE)
    assert stem("appoint", DEFAULT_LANGUAGE) == stem("inauguration", DEFAULT_LANGUAGE)
    assert (
        stem("voted", DEFAULT_LANGUAGE)
        == stem("vote", DEFAULT_LANGUAGE)
        == stem("voting", DEFAULT_LANGUAGE)
    )


def test_a_participant_s_predicate_is_one_the_lexicons_list() -> None:
    assert predicate_stems("Trump fired Comey and was dismissed", DEFAULT_LANGUAGE) == {"removed"}
    assert not predicate_stems("His comments followed four tweets", DEFAULT_LANGUAGE)


# A date whose predicates all stand out of its clause ("when it hit ...") names no other event.
PEAKED = (
    "Overall, cargo volume at the Harwick port has recovered since it peaked at 9 million "
    "tons in 2019."
)


def test_a_clause_whose_predicate_stands_after_it_names_no_other_event() -> None:
    peak = "The volume's recent peak was in March 2019, when it hit 9 million tons."
    rows = _rows([*FILLER, PEAKED], [*FILLER, peak])
    assert "time.precision in 2019 / in March 2019" in rows


def test_a_clause_with_its_own_predicate_still_names_another_event() -> None:
    fired = (
        "The port authority dismissed its director Ana Ruiz in March 2019, when volume hit "
        "9 million tons."
    )
    rows = _rows([*FILLER, PEAKED], [*FILLER, fired])
    assert not [r for r in rows if "in 2019" in r]


LAST_SEEN = "The ferry pilot Ana Ruiz was last seen on March 3, 2021, near the Harwick docks."


def test_last_seen_and_disappeared_date_one_disappearance() -> None:
    vanished = "Her family hired divers shortly after Ruiz disappeared in March 2021."
    rows = _rows([*FILLER, LAST_SEEN], [*FILLER, vanished])
    assert "time.precision on March 3, 2021 / in March 2021" in rows


def test_last_seen_and_another_person_s_disappearance_stay_apart() -> None:
    vanished = "Her family hired divers shortly after Lena Ortiz disappeared in March 2021."
    rows = _rows([*FILLER, LAST_SEEN], [*FILLER, vanished])
    assert not [r for r in rows if "March 3, 2021" in r]
