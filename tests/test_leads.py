"""crosscheck.leads: a pattern behind a first-character look-ahead finds the same matches."""

from __future__ import annotations

import re

import pytest

from crosscheck.leads import lead_class, with_lead
from crosscheck.quantities.patterns import _patterns
from crosscheck.timex.scan import _atom

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


@pytest.mark.parametrize("pattern", [r"a*", r"(?:ab)?", r"\w+", r"[^a]b", r".x", r"(?i:a)b"])
def test_unbounded_or_empty_patterns_are_left_alone(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert lead_class(pattern) is None
    assert with_lead(compiled) is compiled


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_project_patterns_find_the_same_matches() -> None:
    pats = _patterns()
    atom = _atom()
    assert atom.pattern.startswith("(?=[")  # the look-ahead was found
    plain = re.compile(atom.pattern.split(")(?:", 1)[1][:-1], atom.flags)
    assert _found(atom, TEXT) == _found(plain, TEXT)
    assert _found(atom, TEXT)  # the text holds times
    for pattern, text in ((pats.master, TEXT.lower()), (pats.master_ci, TEXT)):
        assert pattern.pattern.startswith("(?=[")
        plain = re.compile(pattern.pattern.split(")(?:", 1)[1][:-1], pattern.flags)
        assert _found(pattern, text) == _found(plain, text)
        assert len(_found(pattern, text)) > 5
