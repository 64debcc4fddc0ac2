"""``quantities.patterns._reversed_prefixes``: the prefix phrases read backwards, grouped by
their first character, find what the plain longest-first alternation finds."""

from __future__ import annotations

import re

from crosscheck.quantities.patterns import _patterns, _reversed_affix, _reversed_prefixes

PHRASES = sorted(_patterns("en").prefix_bound, key=lambda p: (-len(p), p))


def _plain(phrases: list[str]) -> re.Pattern[str]:
    return re.compile("(?P<p>" + "|".join(_reversed_affix(p) for p in phrases) + ")", re.I)


def _grouped(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(f"(?P<p>{_reversed_prefixes(phrases)})", re.I)


def _windows(phrases: list[str]) -> list[str]:
    """Text before a figure, read backwards as ``bounds._prefix_at`` reads it: each phrase
    cased three ways, with one or two spaces inside, glued to a word or a mark, and with no,
    one or odd white space before the figure."""
    found = []
    for phrase in phrases:
        for before in ("", "x", " ", "(", "-", "s "):
            for space in ("", " ", "  ", "\n", "\u00a0"):
                for cased in (phrase, phrase.upper(), phrase.title(), phrase.replace(" ", "  ")):
                    found.append((before + cased + space)[::-1])
    return found


def _found(pattern: re.Pattern[str], texts: list[str]) -> list[tuple[int, int] | None]:
    return [m.span("p") if (m := pattern.match(t)) else None for t in texts]


def test_the_grouped_prefixes_find_what_the_alternation_finds() -> None:
    texts = [*_windows(PHRASES), "  1 tuoba", "naht erom", " naht erom ", " =< ", "= < ", ""]
    assert _found(_grouped(PHRASES), texts) == _found(_plain(PHRASES), texts)
    assert sum(span is not None for span in _found(_plain(PHRASES), texts)) > len(PHRASES)


def test_the_project_prefixes_are_grouped() -> None:
    assert _patterns("en").prefix.pattern.startswith(r"(?P<p>\s+(?:(?=")


def test_a_phrase_out_of_shape_keeps_the_plain_alternation() -> None:
    phrases = ["more than", "environ\u00e9"]  # a non-ASCII letter last: no group for it
    assert _reversed_prefixes(phrases) == "|".join(_reversed_affix(p) for p in phrases)
    texts = _windows(phrases)
    assert _found(_grouped(phrases), texts) == _found(_plain(phrases), texts)
