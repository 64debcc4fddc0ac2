"""crosscheck.text.leads: a pattern behind a first-character look-ahead finds the same matches."""

from __future__ import annotations

import re

import pytest

from crosscheck.quantities.decade_ages import _decade_ages
from crosscheck.quantities.patterns import _patterns
from crosscheck.text.leads import lead_class, lead_pattern, with_lead
from crosscheck.timex.patterns import WORD_START, patterns
from crosscheck.timex.scan import _LEAD_DEPTH, _atom, _trigger

TEXT = (
    "Since May 1, 2020, at least 55 children and over 1,200 political prisoners; "
    "one-third (⅓) of 300 000 voters, +375 29 123 45 67, \u201990s, Q3 2021, two weeks ago. "
    "Ünïcode wörds, 'quoted' words, ٣ digits, it's 7:15pm on Monday, half a million."
)


@pytest.mark.parametrize(
    ("pattern", "flags", "inside", "outside"),
    [
        (r"\bab|(?<!x)c", 0, "ac", "bx"),
        (r"(?:x?y)+z", 0, "xy", "z"),
        (r"(?P<n>\d+)", 0, "7", "a"),
        (r"[a-c]|\s", 0, "b ", "d"),
    ],
)
def test_lead_class_holds_every_first_character(
    pattern: str, flags: int, inside: str, outside: str
) -> None:
    lead = lead_class(pattern, flags)
    assert lead is not None
    assert all(re.fullmatch(lead, ch) for ch in inside)
    assert not any(re.fullmatch(lead, ch) for ch in outside)


@pytest.mark.parametrize(
    ("pattern", "inside", "outside"),
    [
        (r"\bab|(?<!x)c", ["ab", "c", "cz"], ["aa", "b"]),
        (r"a?b?c", ["ab", "ac", "bc", "c"], ["ba", "bb", "a"]),
        (r"(?:ab)*c|x{3}", ["ab", "c", "xx"], ["aa", "xy", "b"]),
        (r"(?P<n>\d+)", ["7", "70"], ["a"]),
    ],
)
def test_lead_pattern_holds_every_first_pair(
    pattern: str, inside: list[str], outside: list[str]
) -> None:
    lead = lead_pattern(pattern)
    assert lead is not None
    assert all(re.match(lead, text) for text in inside)
    assert not any(re.match(lead, text) for text in outside)


@pytest.mark.parametrize(
    ("pattern", "inside", "outside"),
    [
        (r"the\s(?:last|past)|in", ["the l", "the p", "in", "in t"], ["the r", "thel", "i"]),
        (r"a?b?cd|x", ["abcd", "acd", "cd", "x", "xy"], ["abd", "ac", "c", "bcx"]),
    ],
)
def test_lead_pattern_of_a_depth_holds_every_opening(
    pattern: str, inside: list[str], outside: list[str]
) -> None:
    lead = lead_pattern(pattern, depth=5)
    assert lead is not None
    assert all(re.match(lead, text) for text in inside)
    assert not any(re.match(lead, text) for text in outside)
    assert lead_pattern(pattern, depth=2) == lead_pattern(pattern)


@pytest.mark.parametrize("pattern", [r"a*", r"(?:ab)?", r"\w+", r"[^a]b", r".x", r"(?i:a)b"])
def test_unbounded_or_empty_patterns_are_left_alone(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert lead_class(pattern) is None
    assert lead_pattern(pattern) is None
    assert with_lead(compiled) is compiled
    assert with_lead(compiled, pairs=True) is compiled
    assert with_lead(compiled, depth=4) is compiled


Found = list[tuple[tuple[int, int], dict[str, str | None]]]


def _found(pattern: re.Pattern[str], text: str) -> Found:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_project_patterns_find_the_same_matches() -> None:
    pats = _patterns("en")
    for led, plain in ((_atom(), patterns().atom), (_trigger(), patterns().trigger)):
        # the look-ahead was found (the atom's behind its word-start look-behind)
        assert led.pattern.removeprefix(WORD_START).startswith("(?=")
        assert _found(led, TEXT) == _found(plain, TEXT)
        assert len(_found(led, TEXT)) > 5  # the text holds times
    for pattern, text in ((pats.master, TEXT.lower()), (pats.master_ci, TEXT)):
        assert pattern.pattern.startswith("(?=")  # a number word only at a word start
        plain = re.compile(pattern.pattern.split(")(?:", 1)[1][:-1], pattern.flags)
        assert _found(pattern, text) == _found(plain, text)
        assert len(_found(pattern, text)) > 5


def test_the_atom_is_compiled_as_with_lead_builds_it() -> None:
    """``scan._atom`` builds the look-ahead itself, to compile the atom once: the same
    pattern as ``with_lead`` behind the word-start look-behind."""
    led = with_lead(patterns().atom, depth=_LEAD_DEPTH)
    assert _atom().pattern == WORD_START + led.pattern
    assert _atom().flags == led.flags


DECADES = (
    "in his 70s, IN HER EARLY 30'S, In Their mid-forties, within his 70s, "
    "in his\u00a0late 60\u2019s; win his 20s, in their twenties, "
    "in hers 50s, in his 1970s, in her 70sth, in his eighties."
)


def test_the_decade_age_pattern_finds_the_same_matches() -> None:
    led = _decade_ages("en").pattern
    assert led.pattern.startswith("(?=")  # behind its look-ahead, case-insensitive too
    plain = re.compile(led.pattern.split(")(?:", 1)[1][:-1], led.flags)
    assert _found(led, DECADES) == _found(plain, DECADES)
    assert len(_found(led, DECADES)) == 6
