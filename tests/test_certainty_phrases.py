"""One pass reads a sentence's hedges, source phrases and reporting verbs (speed19): the
matches ``reading.read_phrases`` gives must be exactly those of the three patterns' own
scans, overlapping phrases of different lists included ("is said to" / "said",
"reported by" / "reported")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise
from pathlib import Path

from crosscheck import load_story
from crosscheck.certainty.reading import read_phrases
from crosscheck.certainty.rules import _hedge_rules, attribution_rules
from crosscheck.claims.extract import prepare

SAMPLE = Path(__file__).resolve().parent.parent / "sources" / "belarus"


def _lists() -> tuple[frozenset[str], ...]:
    rules = attribution_rules("en")
    return frozenset(_hedge_rules("en").scopes), rules.verb_forms, rules.phrase_forms


def _phrases() -> list[str]:
    return sorted(set().union(*_lists()))


def _other_list(a: str, b: str) -> bool:
    return any((a in one) != (b in one) for one in _lists())


def _sentences() -> Iterator[str]:
    """Every phrase of the three lists in sentences, in three cases, next to each phrase of
    another list that shares a word with it, and the sample's sentences."""
    phrases = _phrases()
    words: dict[str, list[str]] = {}
    for phrase in phrases:
        for word in phrase.split():
            words.setdefault(word, []).append(phrase)
    for phrase in phrases:
        for written in (phrase, phrase.upper(), phrase.title()):
            yield f"Officials {written} it, the man {written}-like {written}: {written}"
        for word in phrase.split():
            for other in words[word]:
                if _other_list(phrase, other):
                    yield f"It {phrase} {other} {phrase}, {other}."
    yield "\u0130stanbul officials said it is said to be, according to the U.N., reportedly"
    if SAMPLE.is_dir():
        for source in load_story(SAMPLE).sources:
            yield from (s.text for s in prepare(source).sentences)


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


def test_one_pass_gives_each_scan_its_own_matches() -> None:
    hedges = _hedge_rules("en").pattern
    rules = attribution_rules("en")
    overlapping = 0
    for text in _sentences():
        lower = text.lower()
        got = read_phrases(text, lower, "en")
        wanted = (
            hedges.finditer(text, lower),
            rules.source_phrases.finditer(text, lower),
            rules.verbs.finditer(text, lower),
        )
        for mine, theirs in zip(got, wanted, strict=True):
            assert _spans(mine) == _spans(theirs), text
        spans = sorted(s for matches in got for s in _spans(matches))
        overlapping += any(a[1] > b[0] for a, b in pairwise(spans))
    assert overlapping  # the sentences do test matches of two lists over the same words
