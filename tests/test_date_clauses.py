"""Date clauses other readers miss: pronoun speakers, documents, ", when" clauses."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck import Source, extract_claims
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.quote_dates import quote_pairs
from crosscheck.model import Claim
from crosscheck.timex import find_times


def _dates(text: str, published: date = date(2019, 6, 14)) -> dict[str, Claim]:
    claims = extract_claims(Source(id="s", text=text, published=published))
    return {c.text: c for c in claims if c.kind == "date"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('"We will rebuild the pier before winter," he said Tuesday.', "Tuesday"),
        ('"The ferry stays docked," she said on Monday.', "on Monday"),
        ('"No fares will rise," they announced Friday.', "Friday"),
        ("She on Wednesday told the harbor board nothing.", "on Wednesday"),
    ],
)
def test_a_pronoun_s_statement_keeps_its_date(text: str, words: str) -> None:
    dated = _dates(text)
    assert words in dated, f"no date claim {words!r}; found {list(dated)}"
    assert dated[words].metric == "stated"


@pytest.mark.parametrize(
    "text",
    [
        '"The pier is closed," as we reported Tuesday.',
        '"The ferry stays docked," I said on Monday.',
        '"The ferry stays docked," the tide rose Monday.',
    ],
)
def test_no_statement_date_without_a_third_person_speaker(text: str) -> None:
    assert not [c for c in _dates(text).values() if c.metric == "stated"]


def test_two_outlets_dating_one_pronoun_s_quote_pair() -> None:
    a = Source(
        id="a",
        text='"We will rebuild the whole pier before the winter storms," he said Tuesday.',
        published=date(2019, 6, 14),
    )
    b = Source(
        id="b",
        text='"We will rebuild the whole pier before the winter storms," he said Wednesday.',
        published=date(2019, 6, 14),
    )
    claims = [*extract_claims(a), *extract_claims(b)]
    pairs = quote_pairs([c for c in claims if c.kind == "date"], [a, b], DEFAULT_LANGUAGE)
    assert len(pairs) == 1
    assert {pairs[0].a.text, pairs[0].b.text} == {"Tuesday", "Wednesday"}


def test_a_when_clause_after_a_date_keys_it() -> None:
    dated = _dates("The quarrel goes back to 2012, when Mayor Ortiz closed the ferry terminal.")
    assert "2012" in dated
    assert dated["2012"].event_stems
    assert "ortiz" in dated["2012"].event_words


def test_a_date_with_its_own_event_keeps_its_key_before_a_when_clause() -> None:
    dated = _dates("The pier collapsed on March 3, when the river flooded the harbor.")
    assert "collapse" in dated["on March 3"].event_stems
    assert "river" not in dated["on March 3"].event_words


def _kinds(a: str, b: str) -> list[str]:
    from crosscheck import check

    report = check(
        [
            Source(id="a", text=a, published=date(2019, 6, 14)),
            Source(id="b", text=b, published=date(2019, 6, 14)),
        ]
    )
    return [d.kind for d in report.discrepancies if d.kind.startswith("time")]


def test_two_dates_of_one_event_told_in_a_when_clause_conflict() -> None:
    kinds = _kinds(
        "The quarrel goes back to March 3, when Mayor Ortiz closed the ferry terminal.",
        "Mayor Ortiz closed the ferry terminal on March 5, angering commuters.",
    )
    assert kinds == ["time.conflict"]


def test_a_when_clause_of_another_event_pairs_nothing() -> None:
    kinds = _kinds(
        "The quarrel goes back to March 3, when Mayor Ortiz closed the ferry terminal.",
        "Mayor Ortiz reopened the ferry terminal on March 5, pleasing commuters.",
    )
    assert kinds == []


def test_a_letter_is_the_event_its_date_dates() -> None:
    dated = _dates("In a letter dated March 5, Senator Ruiz asked the port agency to stop.")
    assert "letter" in dated["March 5"].event_stems
    assert not [s for s in dated["March 5"].event_stems if s.startswith("dat")]


def test_one_letter_dated_two_ways_conflicts() -> None:
    kinds = _kinds(
        "Senator Ruiz warned Commissioner Okafor in a March 5 letter that the port must close.",
        "In a March 7 letter to Commissioner Okafor, Senator Ruiz said the port must close.",
    )
    assert kinds == ["time.conflict"]


def test_two_letters_sharing_one_word_are_two_letters() -> None:
    kinds = _kinds(
        "Senator Ruiz sent a March 5 letter about the port.",
        "The union sent a March 7 letter about wages to the mayor.",
    )
    assert kinds == []


@pytest.mark.parametrize(
    ("text", "words", "begin", "end"),
    [
        (
            "The ferry sank earlier in the week.",
            "earlier in the week",
            (2019, 6, 10),
            (2019, 6, 14),
        ),
        (
            "The port closed earlier in the month.",
            "earlier in the month",
            (2019, 6, 1),
            (2019, 6, 14),
        ),
    ],
)
def test_earlier_in_the_week_is_earlier_this_week(
    text: str, words: str, begin: tuple[int, int, int], end: tuple[int, int, int]
) -> None:
    [t] = find_times(text, date(2019, 6, 14))
    assert t.text == words
    assert (t.begin, t.end_date) == (date(*begin), date(*end))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The ferry sank in the week of March 5.", "March 5"),
        ("The ferry sank earlier in the year.", None),
        ("Voters turned out in the May 2019 primary.", "May 2019"),
    ],
)
def test_in_the_alone_or_before_a_year_reads_no_period(text: str, words: str | None) -> None:
    found = [t.text for t in find_times(text, date(2019, 6, 14))]
    assert found == ([words] if words else [])


def test_a_when_clause_telling_a_question_keys_nothing() -> None:
    dated = _dates("His denial came on Saturday, when he was asked about the harbor meeting.")
    claim = dated.get("on Saturday")
    assert claim is None or "meet" not in claim.event_stems


def test_a_date_in_an_after_clause_keys_that_clause_s_event() -> None:
    dated = _dates("The mayor resigned after she was censured last March, aides said.")
    stems = dated["last March"].event_stems
    assert stems, "the censure keys the date"
    assert not any(s.startswith("resign") for s in stems), stems


def test_a_date_of_the_main_clause_keeps_its_key_before_a_subordinate_clause() -> None:
    dated = _dates("The mayor resigned last March after the council censured her.")
    assert any(s.startswith("resign") for s in dated["last March"].event_stems)


def test_another_event_s_date_in_an_after_clause_pairs_nothing() -> None:
    kinds = _kinds(
        "Both harbor pilots pleaded not guilty to the smuggling charges last spring.",
        "Okafor pleaded not guilty after he was first charged last April, his lawyer said.",
    )
    assert kinds == []


def test_one_event_dated_in_two_main_clauses_still_pairs() -> None:
    kinds = _kinds(
        "Both harbor pilots pleaded not guilty to the smuggling charges last spring.",
        "Okafor pleaded not guilty to the smuggling charges last April, his lawyer said.",
    )
    assert kinds == ["time.precision"]


def test_a_clause_joined_after_a_comma_keys_its_own_event() -> None:
    dated = _dates("The council approved the harbor budget, and rejected the fare plan on Tuesday.")
    stems = dated["on Tuesday"].event_stems
    assert stems, "the rejection keys the date"
    assert not any(s.startswith("approv") for s in stems), stems


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Police shot and killed the gunman on Tuesday.", "shoot"),
        ("The council approved the harbor budget and the fare plan on Tuesday.", "approv"),
    ],
)
def test_two_verbs_or_objects_joined_without_a_comma_key_one_event(text: str, first: str) -> None:
    assert any(s.startswith(first) for s in _dates(text)["on Tuesday"].event_stems)


def test_an_event_after_from_is_not_the_date_s_own() -> None:
    dated = _dates("The governor returned late Sunday from her first trade mission abroad.")
    stems = dated["late Sunday"].event_stems
    assert any(s.startswith("return") for s in stems), stems
    assert "mission" not in stems and "trip" not in stems, stems


def test_a_return_and_the_trip_it_ends_pair_nothing() -> None:
    kinds = _kinds(
        "The governor returned late Tuesday from her first trade trip abroad.",
        "Earlier this week, the governor made her first trade trip abroad.",
    )
    assert kinds == []


def test_one_trip_dated_twice_still_pairs() -> None:
    kinds = _kinds(
        "The governor made her first trade trip abroad on Tuesday.",
        "Earlier this week, the governor made her first trade trip abroad.",
    )
    assert kinds == ["time.precision"]
