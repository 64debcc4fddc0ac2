"""Dates of one utterance (crosscheck/match/quote_dates.py): which dates date a statement,
what each quotes, and when two outlets quote the same words."""

from __future__ import annotations

from datetime import date

from crosscheck import check
from crosscheck.check import prepare_and_extract
from crosscheck.claims.post_dates import post_body, signs_post
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.quote_dates import (
    one_utterance,
    quote_pairs,
    quoted_words,
    same_words,
    shared_run,
    utterance_date,
)
from crosscheck.model import Claim, Source
from crosscheck.names.quoted import quote_spans

PUBLISHED = date(2025, 3, 10)


def _source(name: str, text: str) -> tuple[Source, list[Claim]]:
    source = Source(id=name, text=text, published=PUBLISHED)
    return source, [c for c in prepare_and_extract(source).claims if c.kind == "date"]


def test_quote_spans_pair_marks_within_a_paragraph() -> None:
    text = 'He said "we will stay" and "we will win\nThen "more'
    assert [text[a:b] for a, b in quote_spans(text, 0, len(text), "en")] == [
        "we will stay",
        "we will win",
        "more",
    ]


def test_shared_run_is_the_longest_common_run() -> None:
    a = ["we", "are", "still", "assessing", "the", "results", "of", "the", "operation"]
    b = ["we", "are", "assessing", "the", "results", "of", "the", "operation", "today"]
    assert shared_run(a, b) == tuple(["assessing", "the", "results", "of", "the", "operation"])


def test_a_run_needs_its_length_and_its_content_words() -> None:
    assert same_words(["assessing", "the", "results", "of", "the", "operation"], DEFAULT_LANGUAGE)
    assert not same_words(["dead", "on", "arrival"], DEFAULT_LANGUAGE)
    assert not same_words(["it", "is", "what", "it", "is", "and"], DEFAULT_LANGUAGE)


def test_a_date_after_a_statement_noun_dates_the_statement() -> None:
    text = 'In a statement on Sunday, the ministry said: "No further talks with the union."'
    _, claims = _source("a", text)
    sunday = [c for c in claims if "Sunday" in c.text]
    assert sunday and utterance_date(sunday[0], DEFAULT_LANGUAGE)
    assert quoted_words(text, sunday[0], lang=DEFAULT_LANGUAGE)[:3] == ("no", "further", "talks")


def test_a_date_inside_the_quote_quotes_nothing() -> None:
    text = 'The chief said Sunday: "We will stay in place through the weekend at the camp."'
    _, claims = _source("a", text)
    inside = [c for c in claims if "weekend" in c.text]
    assert inside and quoted_words(text, inside[0], lang=DEFAULT_LANGUAGE) == ()


def test_two_outlets_quoting_one_statement_pair_its_dates() -> None:
    sa, a = _source(
        "a", 'Chief Dana Ortiz said Sunday: "We are still assessing the damage to the dam."'
    )
    sb, b = _source(
        "b", '"We are assessing the damage to the dam," chief Dana Ortiz said Saturday.'
    )
    pairs = quote_pairs([*a, *b], [sa, sb], DEFAULT_LANGUAGE)
    assert len(pairs) == 1
    assert {pairs[0].a.text, pairs[0].b.text} == {"Sunday", "Saturday"}
    assert one_utterance(pairs[0].a, pairs[0].b)
    assert not any("stamp" in n for n in pairs[0].a.notes)  # no embedded post's stamp


def test_a_date_in_a_relative_clause_dates_its_own_act() -> None:
    text = (
        '"It is way outside the norm to call out the people of this state," Mr. Perry, who '
        "three days ago announced his run, said on the program."
    )
    _, claims = _source("a", text)
    ago = [c for c in claims if "ago" in c.text]
    assert ago and not utterance_date(ago[0], DEFAULT_LANGUAGE)


POST = (
    "The mayor wrote on social media.\n"
    "We will rebuild every home on the river. \u2014 Dana Ortiz (@MayorOrtiz) March 9, 2025"
)


def test_a_signature_date_signs_the_post_before_its_dash() -> None:
    at = POST.index("March 9")
    assert signs_post(POST, at, DEFAULT_LANGUAGE)
    assert (
        post_body(POST, at, DEFAULT_LANGUAGE).strip() == "We will rebuild every home on the river."
    )
    assert not signs_post(POST, POST.index("social"), DEFAULT_LANGUAGE)
    assert post_body("He spoke on March 9, 2025.", 11, DEFAULT_LANGUAGE) == ""


def test_a_signature_on_its_own_line_signs_the_paragraph_above() -> None:
    text = "Intro.\nWe will rebuild every home. #Rebuild \u2014\n\nDana Ortiz (@O) March 9, 2025"
    assert (
        post_body(text, text.index("March 9"), DEFAULT_LANGUAGE).strip()
        == "We will rebuild every home. #Rebuild"
    )


def test_an_embedded_post_date_quotes_its_post() -> None:
    _, claims = _source("a", POST)
    signed = [c for c in claims if c.text == "March 9, 2025"]
    assert signed and utterance_date(signed[0], DEFAULT_LANGUAGE)
    assert quoted_words(POST, signed[0], lang=DEFAULT_LANGUAGE)[:4] == (
        "we",
        "will",
        "rebuild",
        "every",
    )


def test_a_pair_with_a_post_stamp_says_the_stamp_may_be_a_day_off() -> None:
    sa, a = _source("embed", POST)
    sb, b = _source(
        "report",
        'Mayor Dana Ortiz said Saturday: "We will rebuild every home on the river."',
    )
    pairs = quote_pairs([*a, *b], [sa, sb], DEFAULT_LANGUAGE)
    assert len(pairs) == 1
    stamp = [n for n in pairs[0].a.notes if "stamp under an embedded post" in n]
    assert stamp == [
        "embed's date is the stamp under an embedded post, which can show the next day"
        " for a post sent late in the evening (time zones)"
    ]


def test_the_row_of_one_quoted_statement_says_so_not_when_a_noun_was_dated() -> None:
    sources = [
        Source(
            id="a",
            text='Chief Dana Ortiz said Sunday: "We are still assessing the damage to the dam."',
            published=PUBLISHED,
        ),
        Source(
            id="b",
            text='"We are assessing the damage to the dam," chief Dana Ortiz said Saturday.',
            published=PUBLISHED,
        ),
    ]
    rows = [d for d in check(sources).discrepancies if d.kind.value == "time.conflict"]
    assert len(rows) == 1
    assert "for the statement both quote:" in rows[0].explanation
    assert "was dated" not in rows[0].explanation
