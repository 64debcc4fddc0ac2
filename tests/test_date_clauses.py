"""Date clauses other readers miss: pronoun speakers, documents, ", when" clauses."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck import Source, extract_claims
from crosscheck.match.quote_dates import quote_pairs
from crosscheck.model import Claim


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
    pairs = quote_pairs([c for c in claims if c.kind == "date"], [a, b])
    assert len(pairs) == 1
    assert {pairs[0].a.text, pairs[0].b.text} == {"Tuesday", "Wednesday"}
