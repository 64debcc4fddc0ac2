"""Markdown drafts: Markdown text -> the same text with its syntax blanked, offsets unchanged.

Headings' ``#``, emphasis marks, inline code ticks, link targets, images, HTML tags, list
and quote markers, tables' rules and front matter become spaces, so every later stage reads
prose and every span still indexes the original file.
"""

from __future__ import annotations

import re

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_FENCE = re.compile(r"^(```|~~~)[^\n]*\n.*?^\1[^\n]*$", re.DOTALL | re.MULTILINE)
_LINE_MARKERS = re.compile(
    r"^[ \t]{0,3}(?:#{1,6}[ \t]|>[ \t]?|[-*+][ \t]|\d{1,9}[.)][ \t])", re.MULTILINE
)
# Link text and targets stop at the next bracket: each "[" then scans only to the next
# one, so a line of thousands of "[" or "](" is read in linear time (a class that allowed
# "[" made every "[" scan to the end of the line: quadratic).
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^)\[\]\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\([^)\[\]\n]*\)")
_REFERENCE_LINK = re.compile(r"\[([^\[\]\n]*)\]\[[^\[\]\n]*\]")
_LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$", re.MULTILINE)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,500}>")
_EMPHASIS = re.compile(
    r"(?<![\w*_~])(\*{1,3}|_{1,3}|~~)(?=\S)|(?<=\S)(\*{1,3}|_{1,3}|~~)(?![\w*_~])"
)
_CODE_TICKS = re.compile(r"`+")
# No two runs of blanks side by side with only an optional mark between them: a line of
# blanks could be split between them in quadratically many ways.
_TABLE_RULE = re.compile(
    r"^[ \t]*(?:\|[ \t]*)?:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*(?:\|[ \t]*)?$", re.MULTILINE
)
_HEADING_CLOSE = re.compile(r"[ \t]#+[ \t]*$", re.MULTILINE)


def _blank(match: re.Match[str]) -> str:
    return "".join("\n" if ch == "\n" else " " for ch in match.group())


def _keep_link_text(match: re.Match[str]) -> str:
    whole, label = match.group(), match.group(1)
    return " " + label + " " * (len(whole) - len(label) - 1)


def _blank_all(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(_blank, text)


def strip_markdown(text: str) -> str:
    """Blank Markdown syntax; the result has exactly the length of ``text``."""
    out = _blank_all(_FRONT_MATTER, text)
    out = _blank_all(_FENCE, out)
    out = _blank_all(_LINK_DEFINITION, out)
    out = _blank_all(_IMAGE, out)
    out = _LINK.sub(_keep_link_text, out)
    out = _REFERENCE_LINK.sub(_keep_link_text, out)
    out = _blank_all(_HTML_TAG, out)
    out = _blank_all(_TABLE_RULE, out)
    out = _blank_all(_HEADING_CLOSE, out)
    out = _blank_all(_LINE_MARKERS, out)
    out = _blank_all(_EMPHASIS, out)
    out = _blank_all(_CODE_TICKS, out)
    assert len(out) == len(text)
    return out
