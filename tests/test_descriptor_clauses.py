"""Clauses of date descriptors (crosscheck.match.descriptor_clauses) and the pairs that
long clauses naming the same participants make (crosscheck.match.date_descriptors)."""

from __future__ import annotations

from datetime import date

from claimfactory import date_in_sentence
from filler import FILLER

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.descriptor_clauses import clause_of
from tests.pairrows import pair_rows


def _clause(sentence: str, date_text: str) -> str:
    return clause_of(date_in_sentence(sentence, date_text, metric="dated"), lang=DEFAULT_LANGUAGE)


def _rows(a: list[str], b: list[str]) -> list[str]:
    return pair_rows(" ".join(a), " ".join(b), date(2025, 3, 10))


def test_an_opener_set_off_by_two_commas_is_an_aside_not_a_break() -> None:
    sentence = "The port board, though, had sent Mayor Ortiz a letter last Wednesday on the fees."
    assert _clause(sentence, "last Wednesday") == sentence


def test_an_opener_after_one_comma_still_breaks_the_clause() -> None:
    sentence = "The mayor closed the pier on Monday, though the council objected to it."
    assert _clause(sentence, "on Monday") == "The mayor closed the pier on Monday"
    later = "The council objected, though the mayor closed the pier on Monday."
    assert _clause(later, "on Monday") == "though the mayor closed the pier on Monday."


def test_a_relative_pronoun_before_an_inserted_phrase_still_breaks() -> None:
    sentence = "The mayor signed the pier bill on Monday, which, if upheld, closes the ferry."
    assert _clause(sentence, "on Monday") == "The mayor signed the pier bill on Monday"


VOIDED = (
    "The lease hinged on Otto Brandt's help with the canal review, but last month Judge Lena "
    "Ortiz voided the lease after port lawyers contended that Brandt had broken it by lying to "
    "auditors about berth rents, tug contracts and pilot schedules."
)


def _ruled(who: str) -> str:
    return (
        f"Ortiz ruled on Feb. 13 that {who} had breached his promise to cooperate with the "
        "dredging board by lying to inspectors about three matters pertinent to the silt "
        "survey, including his dealings with a shipping partner who officials said has ties "
        "to a rival harbor."
    )


def test_long_clauses_naming_two_participants_and_one_act_word_pair() -> None:
    # the clauses agree little (a weighted cosine near 0.1): two people and "lying" carry it
    rows = _rows([*FILLER, VOIDED], [*FILLER, _ruled("Brandt")])
    assert "time.precision last month / on Feb. 13" in rows


def test_long_clauses_naming_one_participant_stay_apart() -> None:
    rows = _rows([*FILLER, VOIDED], [*FILLER, _ruled("Kemp")])
    assert not [r for r in rows if "last month" in r]


def test_a_party_is_no_second_participant() -> None:
    said = (
        "Republican mayoral hopeful Otto Brandt said Sunday that Lena Ortiz was not just "
        "attacking him but attacking the people of Harwick when she blasted the dredging fee "
        "law as cruel and costly."
    )
    picnic = (
        "Ana Ruiz, the Republican whose Roast and Ride picnic drew mayoral contenders to the "
        "valley over the weekend, told radio host Ben Cole that it is not enough to be a woman "
        "in reference to Lena Ortiz, the frontrunner."
    )
    rows = _rows([*FILLER, said], [*FILLER, picnic])
    assert not [r for r in rows if "over the weekend" in r]


def test_a_relative_aside_before_the_verb_is_left_out_of_the_date_s_clause() -> None:
    sentence = "The port film, which will stream on Tidewave, will be shown in Harwick on March 6."
    assert _clause(sentence, "on March 6") == "will be shown in Harwick on March 6."
    who = "Mayor Ana Ruiz, who skipped Tuesday's vote, will face the harbor board Wednesday."
    assert _clause(who, "Wednesday") == "will face the harbor board Wednesday."


def test_a_date_inside_the_relative_aside_keeps_the_aside_as_its_clause() -> None:
    sentence = "Mayor Ana Ruiz, who was elected in May, will face the harbor board Wednesday."
    assert _clause(sentence, "in May") == "who was elected in May"


def test_a_relative_clause_closed_by_no_verb_stays_cut() -> None:
    # after the closing comma a preposition, not a verb: no main clause resumes
    sentence = "She flew from Lisbon, where she had studied, to Harwick in late June."
    assert _clause(sentence, "in late June") == "where she had studied, to Harwick in late June."
    opener = "The ferry sailed Monday, which the pilots, who had struck, did not expect."
    assert _clause(opener, "Monday") == "The ferry sailed Monday"


def _thursday_rows(a: list[str], b: list[str]) -> list[str]:
    # published on a Thursday: "Wednesday" is next week's
    return pair_rows(" ".join(a), " ".join(b), date(2025, 3, 13))


HEARING = (
    "Next week, port chief Ana Ruiz is likely to face sharp questions when she testifies "
    "before the Harbor and Rivers panel."
)


def test_a_date_after_a_relative_aside_pairs_by_its_main_clause() -> None:
    wednesday = (
        "Port chief Ana Ruiz, who declined an invite to Thursday's dredging review, will face "
        "the Harbor and Rivers panel Wednesday."
    )
    rows = _thursday_rows([*FILLER, HEARING], [*FILLER, wednesday])
    assert "time.precision Next week / Wednesday" in rows


def test_another_person_s_date_after_a_relative_aside_stays_apart() -> None:
    wednesday = (
        "Lena Ortiz, who declined an invite to Thursday's dredging review, will sail to "
        "Lisbon for a trade fair Wednesday."
    )
    rows = _thursday_rows([*FILLER, HEARING], [*FILLER, wednesday])
    assert not [r for r in rows if "Next week" in r]


def test_the_same_person_s_other_act_after_a_relative_aside_stays_apart() -> None:
    # the aside's words leave the clause and the subject does not join it: a name and a
    # title alone ("port chief Ana Ruiz") would pair another act of Ruiz's
    wednesday = (
        "Port chief Ana Ruiz, who declined an invite to Thursday's dredging review, will sail "
        "to Lisbon for a trade fair Wednesday."
    )
    rows = _thursday_rows([*FILLER, HEARING], [*FILLER, wednesday])
    assert not [r for r in rows if "Next week" in r]
