"""The scanners' shortcuts change no result: each skipping path against its full path.

- ``text.required``: a line without a pattern's required word skips the pattern's pass
  (cleaning's widget labels); ``may_match`` patched to always True is the full path.
- ``timex.patterns._behind_lead``: each core alternative of the atom pattern behind a
  look-ahead on its first characters; the identity is the full path (patterns rebuilt).
- ``timex.tense.clause_text_before``: the last clause end in one match, against the loop
  over every clause end; with titles, the title periods blanked only when the last clause end
  is one, against blanking them always.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import crosscheck.text.boilerplate as boilerplate
import crosscheck.text.clean as clean
import crosscheck.text.required as required
import crosscheck.timex.patterns as timex_patterns
import crosscheck.timex.scan as timex_scan
from crosscheck.model import TimeRef
from crosscheck.text.cleaning_rules import cleaning_rules
from crosscheck.text.required import may_match, required_word
from crosscheck.timex import find_times
from crosscheck.timex.tense import CLAUSE_END, clause_text_before, without_title_periods

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources" / "belarus"
ANCHOR = date(2020, 11, 12)

# Invented lines: widget labels in every case, in ASCII and not, and lines without them.
WIDGET_LINES = (
    "Hide Caption 3 of 22 Photos: Protesters march in Minsk.",
    "The crowd grew. HIDE CAPTION 1 of 5 The police waited.",
    "hide capt\u0131on 3 of 4 (a dotless i matches i regardless of case)",
    "Hide Caption 12 of 40 caf\u00e9 owners said",
    "Updated at 6:20 p.m. ET -- Who will be hurt by the rain?",
    "  updated on 6/2/2017 @ 3:40 pm Tuesday",
    "LAST UPDATED: 7 am EST",
    "Upd\u0430ted at 6:20 p.m. (a Cyrillic a: no match, scanned anyway)",
    "The caption said 3 of 22 people were hurt.",
    "Nothing here at all",
    "",
    "- a list item whose marker is blanked",
)

# Invented sentences for the time finder: dates with and without digits, clock times,
# relative expressions, and text that holds none.
TIME_SENTENCES = (
    "The vote took place on August 9, 2020, and protests began the next day.",
    "She was detained on Tuesday night and released last week.",
    "In the spring of 2021 the court met every Monday at 10:30 a.m.",
    "The 1990s were calm; the second quarter of 2024 was not.",
    "Three years ago the border closed, and it reopens next month.",
    "Talks are due to resume in mid-December or early next year.",
    "noon and midnight, yesterday and tomorrow, this weekend",
    "Between 7 and 8 p.m. GMT the polls closed; by 9 o'clock results came.",
    "No date stands in this sentence, only 1,200 people and 45 percent.",
    "A320 jets, COVID-19 and 5G are not dates; 12/31/2020 and 2020-12-31 are.",
    "the first half of 2022, Christmas Day 2019, the 21st century",
    "The last three months saw 12 rallies, said officials on Thursday.",
)


def _sample_texts() -> Iterator[str]:
    for path in sorted(SAMPLE.glob("*.txt")):
        yield path.read_text(encoding="utf-8")


# --- required words ---------------------------------------------------------------------------


def test_required_word_reads_the_plain_run_every_match_holds() -> None:
    assert required_word(re.compile(r"(?i:\bhide caption \d{1,4} of \d{1,4}\b)")) == "caption"
    assert required_word(re.compile(r"^\s{0,8}(?:last )?updated(?: at)?")) == "updated"
    assert required_word(re.compile(r"colou?r")) == "colo"
    assert required_word(re.compile(r"cat|dog")) is None  # an alternation: no word
    assert required_word(re.compile(r"\d+")) is None


@given(st.text(alphabet="abcuolr HIDECAPTION0123456789\u0131", max_size=40))
def test_every_match_holds_the_required_word(text: str) -> None:
    for source in (r"colou?r", r"(?i:\bhide caption \d{1,4} of \d{1,4}\b)", r"ab+c"):
        pattern = re.compile(source)
        word = required_word(pattern)
        assert word is not None
        if pattern.search(text) is not None:
            assert may_match(word, text)


def test_without_the_private_regex_parser_every_text_is_scanned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing(name: str) -> None:
        raise ImportError(name)

    monkeypatch.setattr(required.importlib, "import_module", missing)
    required._regex_internals.cache_clear()
    required.required_word.cache_clear()
    try:
        assert required.required_word(re.compile(r"colou?r")) is None
    finally:
        required._regex_internals.cache_clear()
        required.required_word.cache_clear()


def test_may_match_scans_every_non_ascii_text() -> None:
    assert not may_match("caption", "Hide Capt ion")
    assert may_match("caption", "hide capt\u0131on")  # not ASCII: always scanned
    assert may_match("caption", "HIDE CAPTION")
    assert may_match(None, "anything")
    # the lower case a caller already has is read instead of lowering the text again
    assert may_match("caption", "HIDE CAPTION", "hide caption")
    assert not may_match("caption", "HIDE CAPTION", "hide capt ion")


def _full_markers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(boilerplate, "may_match", lambda word, text, lowered=None: True)


def test_widget_labels_same_with_and_without_the_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*_sample_texts(), "\n".join(WIDGET_LINES), *WIDGET_LINES]
    skipped = [clean.boilerplate_spans(t) for t in texts]
    cleaned = [clean.clean_text(t) for t in texts]
    _full_markers(monkeypatch)
    assert [clean.boilerplate_spans(t) for t in texts] == skipped
    assert [clean.clean_text(t) for t in texts] == cleaned
    # the invented lines exercise the pass: widget labels found, one through a dotless i
    joined = "\n".join(WIDGET_LINES)
    spans = clean.boilerplate_spans(joined)
    inline = [joined[a:b] for a, b, why in spans if why == boilerplate.REASON_INLINE]
    assert any("capt\u0131on" in s for s in inline)
    assert any(s.lower().startswith("hide caption 3 of 22") for s in inline)
    assert any("updated" in s.lower() for s in inline)


def test_the_skip_is_taken() -> None:
    rules = cleaning_rules("en")
    lines = boilerplate._split_lines("Nothing here at all\nThe caption said 3 of 22", rules)
    words = [required_word(p) for p in rules.inline]
    assert words and all(w is not None for w in words)
    assert not any(may_match(w, lines[0].text) for w in words)


# --- the time finder --------------------------------------------------------------------------


def _times(texts: list[str]) -> list[list[TimeRef]]:
    return [find_times(t, anchor=ANCHOR) for t in texts]


def _rebuild() -> None:
    timex_patterns.patterns.cache_clear()
    timex_scan._atom.cache_clear()
    timex_scan._trigger.cache_clear()


def test_atom_core_leads_change_no_time(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*_sample_texts(), *TIME_SENTENCES, " ".join(TIME_SENTENCES)]
    led = _times(texts)
    led_pattern = timex_scan._atom().pattern
    monkeypatch.setattr(timex_patterns, "_behind_lead", lambda core: core)
    _rebuild()
    try:
        assert timex_scan._atom().pattern != led_pattern  # the full path is another pattern
        assert _times(texts) == led
    finally:
        monkeypatch.undo()
        _rebuild()
    assert sum(map(len, led)) > 40  # the sentences hold times, so the test can fail


def test_atom_matches_same_with_and_without_core_leads(monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(18)
    pieces = [w for s in TIME_SENTENCES for w in s.split()] + ["-", "/", "'90s", "2020-21"]
    texts = [" ".join(rnd.choice(pieces) for _ in range(30)) for _ in range(200)]

    def spans() -> list[list[tuple[tuple[int, int], dict[str, str | None]]]]:
        return [[(m.span(), m.groupdict()) for m in timex_scan.matches(t)] for t in texts]

    led = spans()
    monkeypatch.setattr(timex_patterns, "_behind_lead", lambda core: core)
    _rebuild()
    try:
        assert spans() == led
    finally:
        monkeypatch.undo()
        _rebuild()


def _clause_text_before_loop(text: str, start: int) -> str:
    window = text[max(0, start - 150) : start]
    cut = 0
    for stop in CLAUSE_END.finditer(window):
        cut = stop.end()
    return window[cut:]


@given(st.text(alphabet="ab1 9.,:;!?\n()[]|\u2013\u2014x", max_size=220), st.integers(0, 220))
def test_clause_text_before_is_the_loop(text: str, start: int) -> None:
    start = min(start, len(text))
    assert clause_text_before(text, start) == _clause_text_before_loop(text, start)


_TITLES = frozenset({"mr", "mrs", "sen"})


def _clause_text_before_blanked(text: str, start: int) -> str:
    window = text[max(0, start - 150) : start]
    blanked = without_title_periods(window, _TITLES)
    cut = 0
    for stop in CLAUSE_END.finditer(blanked):
        cut = stop.end()
    return window[cut:]


@given(
    st.lists(
        st.sampled_from(["Mr.", "MRS.", "Sen.", "xMr.", "5Mr.", "Amr.", "a", "b", "1", "9"])
        | st.text(alphabet="ab1 .,;x", max_size=4)
    ),
    st.integers(0, 220),
)
def test_clause_text_before_with_titles_is_the_blanked_loop(parts: list[str], start: int) -> None:
    text = " ".join(parts)
    start = min(start, len(text))
    got = clause_text_before(text, start, _TITLES)
    assert got == _clause_text_before_blanked(text, start)
