"""Acts of dated events (match/date_acts): a date's clause -> the deadline acts and the reply
it tells, and whether two dates sharing only a participant tell two acts."""

from __future__ import annotations

from datetime import date

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.date_acts import answers, deadline_acts, other_deadlines, tells_reply
from crosscheck.model import Claim
from tests.claimfactory import placed_date

PUBLISHED = date(2025, 3, 10)


def _date(text: str) -> Claim:
    """The one placed date claim of ``text``."""
    return placed_date(text, PUBLISHED)


_REGISTER = _date("Landlords must register their units with the housing board by 9 a.m. Monday.")
_PAY = _date("Landlords must pay their fees to the housing board by 11 a.m. Monday.")
_FILE = _date("Candidates must file their petitions with the county clerk by 5 p.m. Friday.")
_SUBMIT = _date("Candidates must submit their petitions to the county clerk by 6 p.m. Friday.")


def test_the_deadline_acts_of_a_clause_by_class() -> None:
    assert deadline_acts(_REGISTER, DEFAULT_LANGUAGE) == {"registered"}
    assert (
        deadline_acts(_FILE, DEFAULT_LANGUAGE)
        == deadline_acts(_SUBMIT, DEFAULT_LANGUAGE)
        == {"filed"}
    )


def test_two_deadlines_of_two_classes_are_two_acts() -> None:
    assert other_deadlines(_REGISTER, _PAY, DEFAULT_LANGUAGE)
    assert not other_deadlines(
        _FILE, _SUBMIT, DEFAULT_LANGUAGE
    )  # one act told with two verbs of its class


def test_a_clause_with_no_listed_act_says_nothing() -> None:
    """Two verbs the table does not list ("raised" / "run out of room") may tell one
    deadline: only listed classes tell two acts apart."""
    raised = _date("The debt ceiling must be raised by Feb. 27, the treasury said.")
    assert not deadline_acts(raised, DEFAULT_LANGUAGE)
    assert not other_deadlines(raised, _PAY, DEFAULT_LANGUAGE)


def test_a_reply_and_the_message_it_answers_are_two_acts() -> None:
    letter = _date("Senator Hale warned Moran in a letter earlier this month of a refusal.")
    reply = _date("Moran replied to Hale in a letter on Tuesday, citing legal questions.")
    again = _date("Moran replied to Senator Hale on March 4 that the request was unlawful.")
    assert tells_reply(reply, DEFAULT_LANGUAGE) and not tells_reply(letter, DEFAULT_LANGUAGE)
    assert answers(letter, reply, DEFAULT_LANGUAGE)
    assert not answers(reply, again, DEFAULT_LANGUAGE)  # one reply told twice


def test_in_response_to_is_no_reply() -> None:
    """A response is as often a cause ("in response to the hacking") as an answer: two
    true rows lost when it counted (measured)."""
    cause = _date("Congress passed the sanctions law in response to the hacking last summer.")
    assert not tells_reply(cause, DEFAULT_LANGUAGE)


def test_responded_is_a_reply() -> None:
    """A statement that "responded to allegations" and the allegations: two acts, whoever
    both name (cee5722fcb, nextday53: no row lost on the 451 stories when it counted)."""
    charge = _date("This week, Lakeview Nurses United alleged the hospital was not equipped.")
    response = _date(
        "In a statement early Monday, the hospital responded to allegations by Lakeview"
        " Nurses United."
    )
    assert tells_reply(response, DEFAULT_LANGUAGE) and not tells_reply(charge, DEFAULT_LANGUAGE)
    assert answers(charge, response, DEFAULT_LANGUAGE)
