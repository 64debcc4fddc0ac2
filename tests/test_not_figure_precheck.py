"""The phrase pre-check of ``quantities.noise._inside_not_figure`` only rules out: for every
span of every test text, its answer is the full phrase search's answer."""

from __future__ import annotations

import itertools
import re

import pytest

from crosscheck.quantities.noise import _inside_not_figure
from crosscheck.quantities.patterns import _patterns

PAT = _patterns("en")

TEXTS = [
    "In the first place, the First  Amendment protects it.",
    "A frantic 911 call came in; neighbours were calling 911 to report it.",
    "The death toll rose to 911. Some 911 people were evacuated.",
    "She was the first woman to finish in first place, first-hand.",
    "The Second\nWorld War ended; first responders and FIRST LADY Jill Biden arrived.",
    "He dialled 911 twice; the 911 Dispatcher said 3 units were sent, 12 first.",
    # the lower-cased search's fall-backs: a long s and a dotless i (``text.cues.OTHER_CASES``),
    # which the case-insensitive search reads as "s" and "i", and a capital whose lower case
    # is longer
    "In the fir\u017ft place, the \u017fecond amendment; the F\u0131rst Lady was 1 of 3.",
    "\u0130n the first place, 911 callers \u2014 \u201cfirst-hand\u201d \u2014 dialed 911 twice.",
    "The FIRST AMENDMENT and the \u212aelvin sign: 401(K) plans, 2 second-class seats.",
]


def _spans(text: str) -> list[tuple[int, int]]:
    words = [m.span() for m in re.finditer(r"[\w-]+", text)]
    pairs = [(a[0], b[1]) for a, b in itertools.pairwise(words)]
    return words + pairs


def _full_search(text: str, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end() for m in PAT.not_figure.finditer(text))


@pytest.mark.parametrize("text", TEXTS)
def test_precheck_agrees_with_the_phrase_search(text: str) -> None:
    for start, end in _spans(text):
        assert _inside_not_figure(text, start, end, PAT) == _full_search(text, start, end), text[
            start:end
        ]


def test_the_texts_hold_both_answers() -> None:
    answers = {_full_search(t, s, e) for t in TEXTS for s, e in _spans(t)}
    assert answers == {True, False}
