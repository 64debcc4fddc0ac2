"""Claims stage: figures and dates in sentences -> subject, metric, time, attribution, span."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck import Claim, Source, extract_claims


def _date_claim(text: str, words: str, published: date) -> Claim:
    """The date claim of ``words`` in a one-sentence source (the test fails naming the
    dates it found when there is none)."""
    claims = extract_claims(Source(id="s", text=text, published=published))
    dated = {c.text: c for c in claims if c.kind == "date"}
    assert words in dated, f"no date claim {words!r}; found {list(dated)}"
    return dated[words]


@pytest.mark.cases("claims")
def test_figure_claims(case):
    source = Source(id="s", text=case["sentence"], published=date(2025, 1, 31))
    claims = {c.text: c for c in extract_claims(source)}
    assert case["words"] in claims, f"no claim {case['words']!r}; found {list(claims)}"
    claim = claims[case["words"]]
    assert claim.subject == case["subject"]
    assert claim.metric == case["metric"]
    if "time" in case:
        assert (claim.time.text if claim.time else "") == case["time"]
    if "attribution" in case:
        assert claim.attribution == case["attribution"]


def test_a_date_before_more_of_its_events_stays_listed():
    # claims55: "two more presidential debates" counts debates beyond the one dated, so the
    # date stays listed as the vice presidential debate's
    text = (
        "A vice presidential debate is set for this Thursday, with two more presidential "
        "debates scheduled after that."
    )
    claims = {c.text: c for c in extract_claims(Source(id="s", text=text))}
    assert claims["this Thursday"].kind == "date"
    assert claims["two more presidential debates"].role == "increment"


def _kinds(text: str) -> dict[str, str]:
    source = Source(id="s", text=text, published=date(2013, 6, 25))
    return {c.text: c.kind for c in extract_claims(source)}


def test_a_length_before_ago_is_its_date_claim_only():
    # claims55: the date read from "nearly 10 years ago" is the claim, not a length too
    assert _kinds("Police found the teens taken nearly 10 years ago.") == {"10 years ago": "date"}
    assert _kinds("The Senate broke for recess just over a week ago.") == {"a week ago": "date"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("It happened more than three decades ago.", "more than three decades"),  # no date claim
        (
            "Emissions will not return to the peak levels of five to 10 years ago.",
            "five to 10 years",
        ),
        ("Pelosi launched the inquiry less than three months ago.", "less than three months"),
        ("The talks lasted nearly 10 years.", "nearly 10 years"),
    ],
)
def test_a_length_stays_when_its_date_reads_less(text: str, words: str) -> None:
    # must-not (claims55): no date claim, a range, an open date, no "ago"
    assert _kinds(text).get(words) == "duration"


def test_as_may_2020_is_read_as_since_and_says_so():
    text = (
        "The Group was tasked with investigating alleged human rights violations in Belarus as "
        "May 2020."
    )
    [claim] = [c for c in extract_claims(Source(id="s", text=text)) if c.kind == "date"]
    assert claim.text == "as May 2020"
    assert claim.time is not None and claim.time.modifier == "since"
    assert claim.time.begin == date(2020, 5, 1)
    assert any("since May 2020" in note for note in claim.notes)
    assert claim.metric == "investigated"
    assert "violation" in claim.subject


def test_pronoun_takes_the_previous_subject():
    text = (
        "Since May 1, 2020, at least 55 children have been convicted. "
        "As of December 31, 2023, 10 of them were still in custody."
    )
    claims = {c.text: c for c in extract_claims(Source(id="s", text=text))}
    ten = claims["10 of them"]
    assert ten.subject == "child"
    assert ten.metric == "held"
    assert ten.time is not None and ten.time.modifier == "as of"
    assert any("them" in note for note in ten.notes)


def test_date_claims_name_the_event_and_its_subject():
    text = (
        "The Group of Independent Experts was established in April 2024. "
        "The group was established last year."
    )
    claims = extract_claims(Source(id="s", text=text, published=date(2025, 2, 14)))
    established = [c for c in claims if c.metric == "established"]
    assert [c.text for c in established] == ["in April 2024", "last year"]
    assert established[0].subject == "group independent expert"
    assert established[1].subject == "group"
    assert established[1].time is not None and established[1].time.begin == date(2024, 1, 1)


@pytest.mark.parametrize(
    ("text", "words", "stem"),
    [
        ("But then last August, Trump signed the sanctions act.", "last August", "signed"),
        ("Then, on Aug. 25, Gonzalez was stopped near the fence.", "on Aug. 25", "stopp"),
        ("Just last week, the crew was profiled by the Daily Courier.", "last week", "profil"),
    ],
)
def test_a_date_after_a_connective_still_opens_its_clause(text, words, stem):
    claim = _date_claim(text, words, date(2018, 3, 14))
    assert stem in claim.event_stems
    assert not {"but", "then", "just"} & set(claim.event_words)


def test_a_date_after_another_word_does_not_open_its_clause():
    text = "Officials said last week, however, that Gonzalez was stopped near the fence."
    claims = extract_claims(Source(id="s", text=text, published=date(2018, 3, 14)))
    assert not any(c.kind == "date" and "stopp" in c.event_stems for c in claims)


def test_relative_dates_are_not_placed_finer_than_the_publication_date():
    source = Source(
        id="s",
        text="Hundreds of people were detained on Monday in Minsk.",
        published=date(2020, 11, 1),
        published_granularity=__import__("crosscheck").Granularity.MONTH,
    )
    [claim] = [c for c in extract_claims(source) if c.kind != "date"]
    assert claim.time is not None and claim.time.begin is None
    assert any("dated only to the month" in note for note in claim.notes)


def test_nothing_from_a_figure_inside_a_time_expression():
    claims = extract_claims(
        Source(id="s", text="Violations over the past two years were documented.")
    )
    assert all(c.text != "two years" for c in claims)


def test_every_claim_of_the_sample_quotes_its_source_exactly(sample_story):
    total = 0
    for source in sample_story.sources:
        for claim in extract_claims(source):
            total += 1
            assert source.text[claim.start : claim.end] == claim.text
            assert claim.text in claim.sentence
            assert source.text[claim.sentence_start :].startswith(claim.sentence)
    assert total >= 30


def test_a_statement_s_date_is_kept_for_its_speaker_s_words() -> None:
    text = "Harbor adviser Ana Ruiz said over the weekend that the fees would end."
    claims = extract_claims(Source(id="s", text=text, published=date(2018, 3, 14)))
    [dated] = [c for c in claims if c.kind == "date"]
    assert dated.text == "over the weekend"
    assert dated.metric == "stated"
    assert dated.event_stems == ()
    assert "ruiz" in dated.event_words


@pytest.mark.parametrize(
    ("text", "words", "stem"),
    [
        ("On Monday night, the House voted to impeach the governor.", "On Monday night", "vote"),
        ("Late Thursday night, two gunmen killed an officer.", "Late Thursday night", "killed"),
        ("On Tuesday morning, Isakson postponed the hearing.", "On Tuesday morning", "postpon"),
    ],
)
def test_a_fronted_date_keys_its_clause_past_a_part_of_its_day(text, words, stem):
    claim = _date_claim(text, words, date(2018, 3, 14))
    assert stem in claim.event_stems
    assert not {"night", "morning"} & set(claim.event_words)


def test_a_statement_s_date_a_figure_takes_as_its_period_is_still_a_date_claim() -> None:
    text = "Trump said Wednesday he is open to a plan for hundreds of thousands of immigrants."
    claims = extract_claims(Source(id="s", text=text, published=date(2018, 1, 25)))
    [figure] = [c for c in claims if c.kind != "date"]
    assert figure.time is not None and figure.time.text == "Wednesday"
    [dated] = [c for c in claims if c.kind == "date"]
    assert dated.text == "Wednesday"
    assert dated.metric == "stated"
    assert dated.what == ""


@pytest.mark.parametrize(
    "text",
    [
        "Employers hired 163,000 workers in July, more than forecast.",
        "The bureau says 268,000 jobs were added in February, more than forecast.",
    ],
)
def test_a_figure_s_own_period_is_no_statement_s_date(text) -> None:
    claims = extract_claims(Source(id="s", text=text, published=date(2012, 8, 3)))
    assert [c for c in claims if c.kind != "date" and c.time is not None]
    assert not [c for c in claims if c.kind == "date" and c.metric == "stated"]


def test_a_demonstrative_before_no_plural_noun_stays_a_pronoun():
    text = "Police counted 40 protesters and detained 12 of those in the square."
    claims = {c.text: c for c in extract_claims(Source(id="s", text=text))}
    assert claims["12 of those"].subject == "protester"


@pytest.mark.parametrize(
    ("text", "words", "subject"),
    [
        ("In 2015, it was Meadows who moved to oust Boehner from his seat.", "In 2015", "meadows"),
        (
            "And Hillary Clinton beat Barack Obama there in 2008, salvaging her campaign.",
            "in 2008",
            "barack beat clinton hillary obama",
        ),
        (
            "In 1988, he gave up a plush partner's office in a powerhouse law firm.",
            "In 1988",
            "firm law office partner plush powerhouse",
        ),
    ],
)
def test_a_period_with_only_key_words_in_its_clause_is_listed(text, words, subject) -> None:
    """A date of a month or more after "in" whose clause names no known predicate and no
    noun phrase is still listed (``dated``) for its clause's key words: never compared."""
    claim = _date_claim(text, words, date(2018, 3, 14))
    assert claim.metric == "dated"
    assert claim.subject == subject
    assert not claim.event and not claim.event_stems


@pytest.mark.parametrize(
    "text",
    [
        # a figure's period: the figure's own time, no date claim of its own
        "The United States had a record $375 billion trade deficit with China in 2017.",
        "They would force power plants to cut carbon dioxide emissions by 30 percent by 2030.",
        # a label of a noun: it names which one (a year before its noun is listed for the
        # noun, claims66: "a 2013 radio interview", test_a_year_before_its_noun_is_never_keyed)
        "Al Shabab claimed responsibility for last year's deadly attack on the Westgate Mall.",
        # a day naming a weekly show or a paper, no one day (attributive_not_nouns)
        "Treasury Secretary Timothy Geithner took to the Sunday talk shows to push the plan.",
        "Trump also told the Sunday Times that Britain should walk away from the talks.",
        # a live blog's clock stamp, a vague or rolling span
        "[Updated 11:55 a.m. ET] The uncle of the Tsarnaev brothers told reporters at his home.",
        "Republicans have been here before in the past seven months, and the bill came back.",
        "In recent years Pennsylvania has been a solid performer for Democratic candidates.",
        # a weekday, a page's stamp, a photograph's caption (lost55: dates._written_day)
        "Then on Monday, Mnuchin and Dan Coats announced that new sanctions were imminent.",
        "Updated Oct. 28 at 5 p.m.",
        "March 14, 2018",  # the page's dateline: the publication day alone on its line
        "FILE PHOTO: Judge Kavanaugh listens at his hearing on Capitol Hill, September 4, 2018.",
        "Trump speaks at a news conference at the White House in Washington, U.S., July 6, 2020.",
    ],
)
def test_a_date_with_only_key_words_is_not_listed_when_no_period_of_its_own(text) -> None:
    claims = extract_claims(Source(id="s", text=text, published=date(2018, 3, 14)))
    assert not [c.text for c in claims if c.kind == "date"]


def test_a_year_before_its_noun_is_never_keyed() -> None:
    """A year before its noun is listed for that noun (claims66) with no key word: a post of
    2020 that showed "a 2013 radio interview" is no other date of it."""
    text = "Mr. Parscale also tweeted a 2013 radio interview in which Mr. Bloomberg spoke."
    claims = extract_claims(Source(id="s", text=text, published=date(2020, 2, 12)))
    dated = [c for c in claims if c.kind == "date"]
    assert [(c.text, c.metric, c.subject) for c in dated] == [("2013", "dated", "radio interview")]
    assert not dated[0].event_stems and not dated[0].event_words


def test_a_year_naming_an_election_still_dates_it() -> None:
    text = "Trump won the 2016 election by a wide margin in the Electoral College."
    claims = extract_claims(Source(id="s", text=text, published=date(2018, 3, 14)))
    assert [(c.text, c.metric, c.subject) for c in claims if c.kind == "date"] == [
        ("2016", "elected", "election")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a weekday naming a thing held every such day dates nothing (weekday_recurring_nouns)
        "Vice President Pence went on Fox and CBS' widely watched Sunday talk shows to sell it.",
        "Choir members and children attending Sunday school were among 81 people killed.",
        "Susan Rice made her infamous Sunday news show appearances to discuss the attack.",
        "The points were written for her appearance on Sunday interview shows.",
    ],
)
def test_a_weekday_naming_a_recurring_thing_gives_no_date_claim(text: str) -> None:
    claims = extract_claims(Source(id="s", text=text, published=date(2017, 2, 10)))
    assert not [c.text for c in claims if c.kind == "date"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # must-nots: the weekday still dates one day
        ("On Sunday, talk shows focused on the attack, the senator said.", "On Sunday"),
        ("A CNN poll released Tuesday shows that her rating is falling.", "Tuesday"),
        ("The video released on Sunday shows the captured soldier alive.", "on Sunday"),
        ("The board voted at a Tuesday school board meeting to close it.", "Tuesday"),
        ("Pence said on Sunday's talk shows that he had spoken to Flynn.", "on Sunday"),
        (
            "The cardinal told parishioners during Sunday services at the cathedral.",
            "during Sunday",
        ),
    ],
)
def test_a_weekday_before_a_recurring_noun_that_dates_one_day_stays(text: str, day: str) -> None:
    claims = extract_claims(Source(id="s", text=text, published=date(2017, 2, 10)))
    assert [c.text for c in claims if c.kind == "date"] == [day]


@pytest.mark.parametrize(
    ("text", "words", "metric"),
    [
        # claims64: a money event (a sum taken or spent) dates nothing
        ("Trump took the same approach in 2014 and 2015.", "in 2014 and 2015", ""),
        ("He spent Tuesday relaxing in West Palm Beach.", "Tuesday", ""),
        ("Trump took to Twitter on Monday night.", "on Monday night", ""),
        ("Lerner was placed on paid leave in May.", "in May", ""),
        # must-nots: other events still date
        ("Trump took office in January.", "in January", "appointed"),
        ("Trump has no major law since taking office in January.", "in January", "appointed"),
        ("The cuts will start taking effect on March 1.", "on March 1", "established"),
        ("Four Americans were killed on Tuesday.", "on Tuesday", "killed"),
    ],
)
def test_a_date_takes_no_money_event(text, words, metric):
    claim = _date_claim(text, words, date(2017, 11, 20))
    assert claim.event == metric
