"""A hedged concept mention without a state of its own is read as its article's state
(``concept_pairs._article_state``, concept59): the article is read for it once, not once
per pair that asks (tidy60). The pair itself is a case of tests/cases/rules/certainty.toml
("all-but-set-for-a-runoff-against-forced-into-one")."""

from __future__ import annotations

from datetime import date

from crosscheck.check import check
from crosscheck.match import concept_pairs
from crosscheck.model import Source

DAY = date(2014, 6, 4)
A = (
    "Six-term Mississippi GOP Sen. Thad Cochran has been forced into a runoff with challenger"
    " Chris McDaniel, after neither candidate was able to win 50 percent of the vote."
)
B = (
    "Mississippi Sen. Thad Cochran's backers face a hard choice on Wednesday. The senator failed"
    " to win a majority in Mississippi's primary this week. With the race all but set for a"
    " runoff vote later this month, Cochran's most loyal backers reaffirmed their support."
)


def _kinds() -> list[str]:
    sources = [Source(id="a", text=A, published=DAY), Source(id="b", text=B, published=DAY)]
    return [d.kind.value for d in check(sources).discrepancies]


def test_each_article_s_state_is_read_once() -> None:
    concept_pairs._article_state.cache_clear()
    assert _kinds() == ["certainty"]
    assert _kinds() == ["certainty"]  # the same articles again: read from the cache
    info = concept_pairs._article_state.cache_info()
    assert (info.misses, info.currsize) == (1, 1)
    assert info.hits >= 1
