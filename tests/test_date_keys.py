"""Event keys of dates (claims/date_keys.py): which words of a date's clause name its event."""

from __future__ import annotations

from datetime import date

import pytest
from filler import FILLER

from crosscheck import Source, extract_claims
from crosscheck.claims.date_events import stem
from crosscheck.language import DEFAULT_LANGUAGE
from tests.pairrows import pair_rows


def _stems(text: str, words: str) -> tuple[str, ...]:
    claims = extract_claims(Source(id="s", text=text, published=date(2021, 6, 2)))
    dated = {c.text: c for c in claims if c.kind == "date"}
    assert words in dated, f"no date claim {words!r}; found {list(dated)}"
    return dated[words].event_stems


_BOARDS = "The mayor is due to testify before three County boards on Thursday."


@pytest.mark.parametrize(
    ("text", "words", "noun"),
    [
        (_BOARDS, "on Thursday", "board"),
        ("Charges were filed against 12 Italian nationals on Friday.", "on Friday", "national"),
        ("The ministry froze the assets of Brazilian exporters in May.", "in May", "exporter"),
    ],
)
def test_a_plural_noun_right_before_a_date_is_no_present_verb(text, words, noun) -> None:
    stems = _stems(text, words)
    assert not [s for s in stems if s.startswith(noun)], stems


def test_the_plural_noun_no_longer_hides_the_verb_before_it() -> None:
    assert stem("testify", DEFAULT_LANGUAGE) in _stems(_BOARDS, "on Thursday")


@pytest.mark.parametrize(
    ("text", "words", "verb"),
    [
        ("When the Board meets on Thursday, it will vote on the fees.", "on Thursday", "meets"),
        ("He departs Tuesday for Lima.", "Tuesday", "departs"),
        ("Parliament reconvenes on Monday after the recess.", "on Monday", "reconvenes"),
    ],
)
def test_a_present_verb_after_its_subject_still_keys_the_date(text, words, verb) -> None:
    assert stem(verb, DEFAULT_LANGUAGE) in _stems(text, words)


@pytest.mark.parametrize(
    ("progressive", "past"),
    [("interviewing", "interviewed"), ("nominating", "nominated"), ("indicting", "indicted")],
)
def test_a_progressive_shares_its_verb_s_event_class(progressive, past) -> None:
    assert stem(progressive, DEFAULT_LANGUAGE) == stem(past, DEFAULT_LANGUAGE)


def _rows(a: str, b: str) -> list[str]:
    return pair_rows(" ".join([*FILLER, a]), " ".join([*FILLER, b]), date(2021, 6, 2))


def test_one_event_told_with_a_progressive_and_a_past_form_pairs() -> None:
    rows = _rows(
        "The harbor board spent the weekend interviewing applicants to replace Ana Ruiz.",
        "Tomas Ortega was one of three applicants interviewed by the harbor board on Sunday"
        " to replace Ana Ruiz.",
    )
    assert any(r.startswith("time.precision") and "weekend" in r for r in rows), rows


def test_a_progressive_of_another_event_does_not_pair() -> None:
    rows = _rows(
        "The harbor board spent the weekend interviewing applicants to replace Ana Ruiz.",
        "Ana Ruiz was elected to the harbor board on Sunday after a long count.",
    )
    assert not [r for r in rows if r.startswith("time.")], rows


def test_a_passive_confirmed_keys_a_confirmation_not_a_statement() -> None:
    passive = _stems("Judge Ana Ruiz was confirmed by the Senate 70-28 in 2014.", "in 2014")
    assert "confirmation" in passive
    active = _stems("Officials confirmed the closure of the plant in 2014.", "in 2014")
    assert "confirmation" not in active


def test_one_confirmation_told_at_two_precisions_pairs() -> None:
    rows = _rows(
        "Judge Ana Ruiz, a leading candidate, was confirmed by the Senate 70 to 28 in May 2014.",
        "Ana Ruiz was confirmed to the appeals court by a 70-28 vote in 2014.",
    )
    assert any(r.startswith("time.precision") and "May 2014" in r for r in rows), rows


def test_a_statement_that_confirms_does_not_pair_with_a_confirmation() -> None:
    rows = _rows(
        "The senator confirmed in 2013 that she had met Ana Ruiz about the court.",
        "Ana Ruiz was confirmed to the appeals court by a 70-28 vote in May 2014.",
    )
    assert not [r for r in rows if r.startswith("time.")], rows


@pytest.mark.parametrize("word", ["deposed", "deposing", "depose", "ousted"])
def test_a_leader_removed_by_force_shares_the_removal_class(word) -> None:
    assert stem(word, DEFAULT_LANGUAGE) == stem("fired", DEFAULT_LANGUAGE) == "removed"


def test_forced_out_keys_a_removal_but_forced_alone_does_not() -> None:
    assert "removed" in _stems("Governor Lena Park was forced out by the army in May.", "in May")
    alone = _stems("The flood forced dozens of families out of Riverton in May.", "in May")
    assert "removed" not in alone


def test_one_removal_told_as_forced_out_and_as_an_ouster_pairs() -> None:
    rows = _rows(
        "Park won the 2019 vote but was forced out by the military last month.",
        "Secular groups largely supported the military's May 4 ouster of Ms. Park.",
    )
    assert any(r.startswith("time.precision") and "May 4" in r for r in rows), rows


def test_people_forced_from_their_homes_do_not_pair_with_a_removal() -> None:
    rows = _rows(
        "Heavy rain forced dozens of families out of Kaldor in March, the army said.",
        "The army's March 4 ouster of Lena Park, the governor of Kaldor, drew protests.",
    )
    assert not [r for r in rows if r.startswith("time.")], rows


_NO_SHARED_CLASS = pytest.mark.xfail(strict=True, reason="measured, no rule: no row on the corpus")


# One act told with two words (tsyn35): the act's words share a class, so two outlets that
# date it at two precisions and name one participant are paired; two acts of one person are
# not, however close their words.
@pytest.mark.parametrize(
    ("a", "b", "coarse"),
    [
        (
            "Lena Park took office in January after a narrow win.",
            "Park was sworn in on Jan. 20 before a small crowd.",
            "in January",
        ),
        (
            "Tomas Ortega stepped down last month amid an audit.",
            "Ortega resigned on May 12, citing his health.",
            "last month",
        ),
        # "becoming" gives the stem of "became" (tconf51: with "qualified as" it keys the
        # class of a once-lived act, one_event.once_apart; +1 row of this form, 6db3bcdfbf).
        (
            "Ana Ruiz became speaker in 2019 after a tight race.",
            "She has led the chamber since becoming speaker in October 2019, Ruiz said.",
            "in 2019",
        ),
        # Words of one act measured on the non-draw stories and left out (tsyn35): each made no
        # row there, under the bar of a class.
        pytest.param(
            "Lena Park told Congress last month that the dredging was safe.",
            "Park testified on May 12 under questioning from senators.",
            "last month",
            marks=_NO_SHARED_CLASS,
        ),
        pytest.param(
            "Prosecutors filed charges against Tomas Ortega in March.",
            "Ortega was indicted on March 9 by a grand jury.",
            "in March",
            marks=_NO_SHARED_CLASS,
        ),
    ],
)
def test_one_act_told_with_two_words_pairs(a, b, coarse) -> None:
    rows = _rows(a, b)
    assert any(r.startswith("time.precision") and coarse in r for r in rows), rows


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # a plan announced, then signed
            "Governor Lena Park announced the plan last week at a rally.",
            "Park signed the measure on Thursday, aides said.",
        ),
        (  # a nominee named, then confirmed
            "The president nominated Ana Ruiz this spring to fill a vacancy.",
            "Ruiz was confirmed on April 12 by a wide margin.",
        ),
        (  # a nominee named, then sworn in: "nominated" is no class of "sworn in"
            "The president nominated Ana Ruiz this spring to fill a vacancy.",
            "Ruiz was sworn in on April 12 by a judge.",
        ),
        (  # picked for a post, then taking it ("tapped" joined `appointed`: measured, false)
            "The mayor tapped Ana Ruiz in early 2021 to fill a vacancy.",
            "Ruiz took office on Feb. 27, 2021, aides said.",
        ),
        (  # "tapped" phones
            "Agents tapped the phones of Tomas Ortega in early 2021, records show.",
            "Ortega took office on Feb. 27, 2021, aides said.",
        ),
        (  # an arrest, then a charge
            "Police arrested Tomas Ortega last week at his home.",
            "Ortega was charged on Thursday with fraud.",
        ),
    ],
)
def test_two_acts_of_one_person_do_not_pair(a, b) -> None:
    rows = _rows(a, b)
    assert not [r for r in rows if r.startswith("time.")], rows


def test_a_nomination_is_its_own_class_not_a_swearing_in() -> None:
    assert (
        stem("nominated", DEFAULT_LANGUAGE)
        == stem("nominating", DEFAULT_LANGUAGE)
        == stem("nomination", DEFAULT_LANGUAGE)
    )
    assert (
        stem("nominated", DEFAULT_LANGUAGE)
        != stem("sworn", DEFAULT_LANGUAGE)
        == stem("inauguration", DEFAULT_LANGUAGE)
        == "appointed"
    )


@pytest.mark.parametrize(
    ("text", "words", "event"),
    [
        ("Crowds filled the Metro for the Women's March last Saturday.", "last Saturday", "march"),
        ("He will greet his successor on Inauguration Day in January.", "in January", "sworn"),
        ("Baltic leaders spoke at the Riga Summit on Tuesday.", "on Tuesday", "summit"),
    ],
)
def test_an_event_word_ending_a_name_before_a_date_keys_it(text, words, event) -> None:
    assert stem(event, DEFAULT_LANGUAGE) in _stems(text, words)


@pytest.mark.parametrize(
    ("text", "words", "event"),
    [
        # a sentence's first word is capitalised as such, not as a name
        (
            "Established in April 2024, the panel reports to the council.",
            "in April 2024",
            "established",
        ),
        # the event word inside a longer name, not right before the date
        ("Lawyers for the March Group filed the appeal last Saturday.", "last Saturday", "march"),
    ],
)
def test_an_event_word_that_ends_no_name_before_a_date_keys_nothing(text, words, event) -> None:
    assert stem(event, DEFAULT_LANGUAGE) not in _stems(text, words)


def test_a_possessive_event_word_before_a_date_keys_nothing() -> None:
    """ "the Republican Party's 2012 nominee": the date modifies the noun after it; with no
    key the date makes no claim at all."""
    text = "Ryan, the Republican Party's 2012 vice presidential nominee, said he is done."
    claims = extract_claims(Source(id="s", text=text, published=date(2021, 6, 2)))
    party = stem("party", DEFAULT_LANGUAGE)
    assert not [c for c in claims if c.kind == "date" and party in c.event_stems]
