"""The matching stage reads less for the same pairs (speed50): ``shared_dates.both_give``
reads the finer side's article only when the coarser side's writes a date inside both
periods, and ``descriptor_words.story_weights`` sums each word's counts once and reads each
stem's weight once. Both are exact: the orchestrator's blocks, pairs and rows are those of
the full readings below (the code as it was), on the Belarus sample, the invented stories
of test_match_demand and every case of the date rule files."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date

import pytest
from casefiles import select
from test_match_demand import STORIES

from crosscheck import alignment
from crosscheck.check import Compared, compare_extracted, prepare_and_extract
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match import date_descriptors, date_pairs, descriptor_words
from crosscheck.match.article_dates import ArticleDates, coarse_and_fine, period_of, within
from crosscheck.match.descriptor_words import (
    MIN_SENTENCES,
    _text_counts,
    content_stem,
    content_stemmer,
    story_weights,
)
from crosscheck.match.shared_dates import both_give
from crosscheck.model import GRANULARITY_RANK, Claim, Source, TimeRef

_PUBLISHED = date(2025, 3, 10)  # as tests/test_rules_cases.py reads the rule cases


def _full_both_give(x: Claim, y: Claim, texts: ArticleDates) -> bool:
    """``both_give`` as it was: the finer side's article read first, for every pair."""
    sides = coarse_and_fine(x, y)
    if sides is None:
        return False
    coarse, fine = sides
    tc, tf = coarse.time, fine.time
    assert tc is not None and tf is not None
    if tc.begin is None or tf.begin is None:
        return False
    written = [t for t in texts.dates(fine.source) if not t.relative and t.begin is not None]
    finer = {period_of(t) for t in written if t.start != fine.start}
    rank_c, rank_f = GRANULARITY_RANK[tc.granularity], GRANULARITY_RANK[tf.granularity]
    for t in texts.dates(coarse.source):
        if t.relative or t.begin is None:
            continue
        rank = GRANULARITY_RANK[t.granularity]
        if rank > rank_f or rank >= rank_c or not (within(t, tc) and within(t, tf)):
            continue
        if period_of(t) in finer:
            return True
    return False


def _full_story_weights(
    sources: Iterable[Source], clauses: Iterable[str], lang: str
) -> Callable[[str], float] | None:
    """``story_weights`` as it was: a Counter of stems, each weight computed when asked."""
    counted: list[Counter[str]] = []
    n = 0
    for source in sources:
        counts, sentences = _text_counts(source.text)
        counted.append(counts)
        n += sentences
    if n < MIN_SENTENCES:
        return None
    found: Counter[str] = Counter()
    words = {w for text in clauses for w in descriptor_words._WORD.findall(text.lower())}
    for word in filter(content_stemmer(lang), words):
        found[content_stem(word, lang)] += sum(counts.get(word, 0) for counts in counted)

    def weight(s: str) -> float:
        return math.log(1 + n / max(found[s], 1))

    return weight


def _rule_case_stories() -> list[tuple[str, list[Source]]]:
    cases = select("rules", files=("time_precision", "time_conflict"))
    return [
        (
            case.id,
            [
                Source(id="a", text=" ".join(case["a"]), published=_PUBLISHED),
                Source(
                    id="b", text=" ".join(case["b"]), published=case.get("published_b", _PUBLISHED)
                ),
            ],
        )
        for case in cases
    ]


def _rows(sources: Sequence[Source]) -> tuple[object, ...]:
    compared: Compared = compare_extracted(sources, [prepare_and_extract(s) for s in sources])
    return (compared.blocks, compared.pairs, compared.figures, compared.wording)


@pytest.mark.parametrize(("name", "sources"), STORIES, ids=[n for n, _ in STORIES])
def test_the_stories_match_as_with_the_full_readings(
    name: str, sources: list[Source], monkeypatch: pytest.MonkeyPatch
) -> None:
    quick = _rows(sources)
    monkeypatch.setattr(date_pairs, "both_give", _full_both_give)
    monkeypatch.setattr(date_descriptors, "story_weights", _full_story_weights)
    monkeypatch.setattr(alignment, "story_weights", _full_story_weights)
    assert _rows(sources) == quick


def test_every_date_rule_case_matches_as_with_the_full_readings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stories = _rule_case_stories()
    assert len(stories) > 200
    quick = {name: _rows(sources) for name, sources in stories}
    monkeypatch.setattr(date_pairs, "both_give", _full_both_give)
    monkeypatch.setattr(date_descriptors, "story_weights", _full_story_weights)
    full = {name: _rows(sources) for name, sources in stories}
    assert [name for name in quick if quick[name] != full[name]] == []


@pytest.mark.parametrize(("name", "sources"), STORIES, ids=[n for n, _ in STORIES])
def test_every_stem_weighs_as_before(name: str, sources: list[Source]) -> None:
    clauses = [s.text for s in sources]
    quick = story_weights(sources, clauses, DEFAULT_LANGUAGE)
    full = _full_story_weights(sources, clauses, DEFAULT_LANGUAGE)
    assert quick is not None and full is not None
    stems = {content_stem(w, DEFAULT_LANGUAGE) for text in clauses for w in text.lower().split()}
    assert stems
    for s in sorted(stems | {"", "nowhere-in-the-story"}):
        assert quick(s) == full(s), s
        assert quick(s) == full(s), s  # read again: the kept weight


class _Reads(ArticleDates):
    """ArticleDates that records whose dates were asked."""

    def __init__(self, sources: Iterable[Source]) -> None:
        super().__init__(sources, DEFAULT_LANGUAGE)
        self.asked: list[str] = []

    def dates(self, source_id: str) -> list[TimeRef]:
        self.asked.append(source_id)
        return super().dates(source_id)


def _date_claim(source: Source, words: str) -> Claim:
    found = [c for c in prepare_and_extract(source).claims if c.time is not None]
    return next(c for c in found if c.text == words)


def test_the_finer_article_is_read_only_for_a_date_the_coarser_one_writes_inside() -> None:
    """ "last October" in b beside a's "Oct. 1": b writes no other date of October, so a's
    article is not read; once b writes "Oct. 1", it is, and the pair is explained."""
    fine = Source(
        id="a",
        text="A gunman opened fire at the Harbor Days fair on Oct. 1. The city sued the "
        "owners over the deadly Oct. 1, 2024, incident.",
        published=date(2025, 6, 7),
    )
    for extra, read, explained in (("", False, False), (" It began on Oct. 1.", True, True)):
        coarse = Source(
            id="b",
            text="The owners blamed the city for last October's shooting at the fair." + extra,
            published=date(2025, 6, 7),
        )
        x, y = _date_claim(coarse, "last October"), _date_claim(fine, "on Oct. 1")
        texts = _Reads([coarse, fine])
        assert both_give(x, y, texts) is explained
        assert ("a" in texts.asked) is read
        assert _full_both_give(x, y, ArticleDates([coarse, fine], DEFAULT_LANGUAGE)) is explained
