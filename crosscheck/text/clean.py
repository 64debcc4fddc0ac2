"""Raw article text -> cleaned text of exactly the same length (offsets preserved).

Cleaning is a pipeline of pure ``str -> str`` functions that never change the length of
the text, so every later stage can work on the cleaned text and still quote the original
by the same offsets:

1. ``normalise_typography``: curly quotes, dashes and unusual spaces become ASCII, one
   character for one (curly apostrophe -> ``'``, curly double quotes -> ``"``, en and em
   dashes -> ``-``, no-break space -> space).
2. ``blank_boilerplate``: the saved web page's furniture around the article (menus, site
   chrome, comment widgets, teasers for other stories, donation appeals, self-descriptions,
   photo credits, share buttons, a link's headlines run into a sentence) and list or
   heading markers are overwritten with spaces;
   line breaks are kept, so lines stay where they were.
3. ``unwrap_lines``: a line break inside a paragraph of hard-wrapped text becomes a space,
   so a figure or a date split over two lines reads as one ("a sixth" / "term" is not 1/6).

The word lists are data (``crosscheck/lexicon/<lang>/boilerplate.toml``, read by
``text.cleaning_rules``); each step takes the language whose lexicon it reads (a lexicon
folder, ``lexicon.reading_language`` of the source; English when not given). The
boilerplate's heuristics are in ``text.boilerplate``, the pipeline here. Every regular
expression runs in linear time: they are applied line by line, with bounded or single-class
quantifiers only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.text.boilerplate import Span, normalised_spans
from crosscheck.text.cleaning_rules import cleaning_rules

_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
_NOT_LINE_BREAK: Final = re.compile(r"[^\r\n]")
_CLOSING_MARKS: Final = (".", "!", "?", ":", ";", "\u2026", '"', "-")
_LIST_ITEM: Final = re.compile(r"\d{1,9}[.)](?:\s|$)")


def normalise_typography(text: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """Replace curly quotes, dashes and unusual spaces by ASCII, one character for one."""
    rules = cleaning_rules(lang)
    table = rules.typography
    # a search in C, then one look-up per replaced character (str.translate with a
    # dictionary looks up every character of the text)
    return rules.typography_chars.sub(lambda m: table[ord(m.group())], text)


def blank_boilerplate(text: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """Overwrite web-page leftovers with spaces, keeping line breaks and the length."""
    return blank_spans(text, boilerplate_spans(text, lang))


def blank_spans(text: str, spans: Iterable[Span]) -> str:
    """Overwrite each (start, end, reason) span with spaces, keeping line breaks."""
    pieces: list[str] = []
    position = 0
    for start, end, _reason in sorted(spans):
        start = max(start, position)
        if end <= start:
            continue
        pieces.append(text[position:start])
        pieces.append(_NOT_LINE_BREAK.sub(" ", text[start:end]))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def unwrap_lines(text: str) -> str:
    """Read hard-wrapped text as its unwrapped text: a line break inside a paragraph -> spaces.

    A break is inside a paragraph when the line before it goes on with a comma, or ends
    with no closing mark while the line after it starts with a lower-case letter or a digit
    ("a sixth" / "term", "on March" / "3, 2024"), as sentences are joined across soft wraps.
    Blank lines, table rows, indented lines and list items ("- ", "1. ", whose markers are
    already blanked) stay apart. The length is kept:
    "\r\n" becomes two spaces.
    """
    pieces: list[str] = []
    position = 0
    previous: tuple[int, int] | None = None  # the line before the break: (start, end)
    line_start = 0
    for match in _LINE_BREAK.finditer(text):
        previous = (line_start, match.start())
        line_start = match.end()
        next_end = text.find("\n", line_start)
        following = text[line_start : len(text) if next_end < 0 else next_end]
        indented = following[:1].isspace()  # a list item whose marker was blanked
        if not indented and _joins(text[previous[0] : previous[1]].strip(), following.strip()):
            pieces.append(text[position : match.start()])
            pieces.append(" " * (match.end() - match.start()))
            position = match.end()
    if not pieces:
        return text
    pieces.append(text[position:])
    return "".join(pieces)


def _joins(before: str, after: str) -> bool:
    """The line ``after`` goes on with the sentence of the line ``before`` (both stripped)."""
    if not before or not after or before.startswith("|") or after.startswith("|"):
        return False
    if before.endswith(","):
        return True
    if before.endswith(_CLOSING_MARKS) or _LIST_ITEM.match(after):
        return False
    return after[0].islower() or after[0].isdigit()


CLEANERS: Final[tuple[Callable[[str], str], ...]] = (
    normalise_typography,
    blank_boilerplate,
    unwrap_lines,
)
"""The cleaning pipeline, in order; each step keeps the length of the text."""


def clean_text(text: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """Run the cleaning pipeline with the lexicon of language ``lang``; the result has
    exactly the length of ``text``.

    The steps of ``CLEANERS``, with the boilerplate found in the normalised text once (not
    normalised a second time: normalising is idempotent, its targets are plain ASCII).
    """
    normalised = normalise_typography(text, lang)
    return unwrap_lines(blank_spans(normalised, normalised_spans(normalised, lang)))


def boilerplate_spans(text: str, lang: str = DEFAULT_LANGUAGE) -> list[Span]:
    """Find the web-page leftovers of ``text``: sorted, non-overlapping (start, end, reason).

    The spans are the same for the raw and the typography-normalised text, and cover
    whole lines except for list markers (the bullet in front of a kept line) and widget
    labels inside a kept line (a gallery's "Hide Caption 3 of 22").
    """
    return normalised_spans(normalise_typography(text, lang), lang)
