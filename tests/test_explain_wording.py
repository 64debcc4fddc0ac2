"""What a flagged row says to a journalist (issue 12): the frame names what both count in
the plural, an exact figure is shown as written, two exact figures are not called ranges, a
period reads "a to b" and a note carries no bare words (``rules.explain``, ``rules.numeric``,
``rules.wording``)."""

from __future__ import annotations

from datetime import date

import pytest
from claimfactory import quoted_claim

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.model import Claim, ClaimPair, Granularity, Source, TimeRef
from crosscheck.quantities import find_quantities
from crosscheck.rules import compare_pairs
from crosscheck.rules.explain import describe_value, frame_text
from crosscheck.rules.numeric import figure
from crosscheck.rules.wording import plural, reader_note, reader_periods

LANG = DEFAULT_LANGUAGE
DAY = date(2018, 7, 17)


def _figure(source: str, words: str, what: str, event: str = "", **frame: str) -> Claim:
    found = find_quantities(words)
    assert found, words
    return quoted_claim(
        source, words, value=found[0], subject=what, metric=event, what=what, event=event, **frame
    )


def _row(a: Claim, b: Claim) -> str:
    sources = {s: Source(id=s, text="", published=DAY) for s in (a.source, b.source)}
    [d] = compare_pairs([ClaimPair(a=a, b=b, score=100.0)], sources, lang=LANG)
    return d.explanation


@pytest.mark.parametrize(
    ("lemma", "said"),
    [
        ("person", "people"),
        ("likely voter", "likely voters"),
        ("congressional committee", "congressional committees"),
        ("woman", "women"),
        ("company", "companies"),
        ("attorney", "attorneys"),
        ("church", "churches"),
        ("bus", "buses"),
    ],
)
def test_a_counted_lemma_is_said_in_the_plural(lemma: str, said: str) -> None:
    assert plural(lemma, LANG) == said


def test_the_frame_counts_people_not_person() -> None:
    a = _figure("salon", "59 people", "person", "killed")
    b = _figure("usa-today", "58 people", "person", "killed")
    assert frame_text(a, b, LANG) == "both count people (killed)"


def test_an_owner_and_verb_what_is_neither_pluralised_nor_given_its_event_twice() -> None:
    a = _figure("csm", "15,871.35", "dow closed", "closed", actor="dow")
    b = _figure("npr", "15,871.28", "dow jones index closed", "closed", actor="dow")
    assert frame_text(a, b, LANG) == "both count dow closed / dow jones index closed"


def test_an_exact_figure_is_shown_as_written_never_rounded() -> None:
    row = _row(
        _figure("csm", "15,871.35", "dow closed", "closed", actor="dow"),
        _figure("npr", "15,871.28", "dow closed", "closed", actor="dow"),
    )
    assert "(exactly 15,871.35)" in row and "(exactly 15,871.28)" in row


@pytest.mark.parametrize(
    ("x", "text"),
    [
        (15871.35, "15,871.35"),
        (15871.35 - 15871.28, "0.07"),  # a gap: no float noise
        (1.07 * 1e12, "1,070,000,000,000"),  # "$1.07 trillion": no exponent, no noise
        (2352.6, "2,352.6"),
        (1200.0, "1,200"),
    ],
)
def test_figure(x: float, text: str) -> None:
    assert figure(x) == text


def test_two_exact_figures_differ_they_are_not_ranges() -> None:
    row = _row(
        _figure("salon", "59 people", "person", "killed"),
        _figure("usa-today", "58 people", "person", "killed"),
    )
    assert "both cannot be true: the two figures differ." in row
    assert "ranges" not in row


def test_a_bound_against_an_exact_figure_still_speaks_of_ranges() -> None:
    row = _row(
        _figure("cnn", "At least 278 people", "person", "killed"),
        _figure("npr", "275 people", "person", "killed"),
    )
    assert "the ranges do not overlap" in row


def test_a_gap_between_durations_is_in_their_unit_not_days() -> None:
    row = _row(
        _figure("reuters", "more than 12 hours", "debate"),
        _figure("washington-times", "13 hours", "debate"),
    )
    assert "differ by 1 hour (8%)" in row


def test_a_period_reads_a_to_b_outside_the_quoted_words() -> None:
    text = (
        "b says “2017-01..2017-02” (2017-11-20..2017-11-26): 2017-11-23 is within"
        " 2017-11-20..2017-11-26."
    )
    assert reader_periods(text, LANG) == (
        "b says “2017-01..2017-02” (2017-11-20 to 2017-11-26): 2017-11-23 is within"
        " 2017-11-20 to 2017-11-26."
    )


def _dated(source: str, words: str, begin: date, end: date, granularity: Granularity) -> Claim:
    time = TimeRef(
        start=0,
        end=len(words),
        text=words,
        begin=begin,
        end_date=end,
        granularity=granularity,
        modifier="on",
    )
    return quoted_claim(
        source,
        words,
        time=time,
        subject="political prisoner",
        metric="held",
        event_words=("lukashenko", "opposition"),
    )


def test_a_date_row_says_its_periods_as_a_to_b() -> None:
    a = _dated("vox", "November 23", date(2017, 11, 23), date(2017, 11, 23), Granularity.DAY)
    b = _dated("the-hill", "last week", date(2017, 11, 20), date(2017, 11, 26), Granularity.WEEK)
    row = _row(a, b)
    assert "(2017-11-20 to 2017-11-26)" in row
    assert ".." not in row


@pytest.mark.parametrize(
    ("note", "said"),
    [
        (
            "late; 'Thursday' read against the publication date 2018-01-14 as 2018-01-11",
            "'Thursday' read against the publication date 2018-01-14 as 2018-01-11",
        ),
        (
            "early; year 2017 taken from the end of the range",
            "year 2017 taken from the end of the range",
        ),
        ("'mid' read as 2008-05-01..2008-08-31", "'mid' read as 2008-05-01..2008-08-31"),
        ("late", ""),
    ],
)
def test_a_note_keeps_no_bare_word(note: str, said: str) -> None:
    assert reader_note(note) == said


@pytest.mark.parametrize(
    ("words", "described"),
    [
        # a ceiling is no exact figure (7f21f7fce6: "as many as 800,000" read as "exactly")
        ("as many as 800,000 immigrants", "800,000 or fewer"),
        ("as much as $2 billion", "2,000,000,000 or fewer"),
        ("a maximum of 40 people", "40 or fewer"),
        ("not less than 30 people", "30 or more"),
        ("upwards of 4.5 million people", "more than 4,500,000"),
    ],
)
def test_a_bound_word_is_described_as_a_bound(words: str, described: str) -> None:
    found = find_quantities(words)
    assert found, words
    assert describe_value(found[0], LANG) == described
