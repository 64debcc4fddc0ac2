"""Raw article text -> cleaned text of exactly the same length (offsets preserved).

Cleaning is a pipeline of pure ``str -> str`` functions that never change the length of
the text, so every later stage can work on the cleaned text and still quote the original
by the same offsets:

1. ``normalise_typography``: curly quotes, dashes and unusual spaces become ASCII, one
   character for one (curly apostrophe -> ``'``, curly double quotes -> ``"``, en and em
   dashes -> ``-``, no-break space -> space).
2. ``blank_boilerplate``: the saved web page's furniture around the article (menus, site
   chrome, comment widgets, teasers for other stories, donation appeals, self-descriptions,
   photo credits, share buttons) and list or heading markers are overwritten with spaces;
   line breaks are kept, so lines stay where they were.
3. ``unwrap_lines``: a line break inside a paragraph of hard-wrapped text becomes a space,
   so a figure or a date split over two lines reads as one ("a sixth" / "term" is not 1/6).

The word lists are data (``crosscheck/lexicon/boilerplate.toml``); the heuristics are here.
Every regular expression runs in linear time: they are applied line by line, with bounded
or single-class quantifiers only.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from crosscheck.errors import LexiconError
from crosscheck.lexicon import explain_words, lexicon_path, load_lexicon, require
from crosscheck.slotted import fast_init
from crosscheck.text.cues import Cues
from crosscheck.text.required import may_match, required_word

LEXICON: Final = "boilerplate"

Span = tuple[int, int, str]
"""(start, end, reason): a stretch of the text that cleaning blanks out."""

_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
_NOT_LINE_BREAK: Final = re.compile(r"[^\r\n]")
_DIGIT: Final = re.compile(r"\d")
_SENTENCE_PUNCTUATION: Final = re.compile(r"[.!?:;,\"()\[\]]")
_WORD_SEPARATORS: Final = re.compile(r"[\s|/\u00b7\u2022,]+")
_ELLIPSIS_END: Final = re.compile(r"(?:\.\.\.|\u2026)\s*$")
_CLOSING_MARKS: Final = (".", "!", "?", ":", ";", "\u2026", '"', "-")
_LIST_ITEM: Final = re.compile(r"\d{1,9}[.)](?:\s|$)")

REASON_TEASER: Final = explain_words(LEXICON)["teaser"]
REASON_APPEAL: Final = explain_words(LEXICON)["appeal"]
REASON_NAVIGATION: Final = explain_words(LEXICON)["navigation"]
REASON_SELF: Final = explain_words(LEXICON)["self_description"]
REASON_CHROME: Final = explain_words(LEXICON)["chrome"]
REASON_CREDIT: Final = explain_words(LEXICON)["credit"]
REASON_SOCIAL: Final = explain_words(LEXICON)["social"]
REASON_MARKER: Final = explain_words(LEXICON)["marker"]
REASON_INLINE: Final = explain_words(LEXICON)["inline"]


# Lexicon --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class _Rules:
    """The boilerplate lexicon, validated and compiled."""

    typography: dict[int, str]
    typography_chars: re.Pattern[str]  # any character that typography replaces
    chrome_lines: frozenset[str]
    chrome_patterns: tuple[re.Pattern[str], ...]
    credit_max_words: int
    credit_separators: tuple[str, ...]
    credit_agencies: frozenset[str]
    social_networks: frozenset[str]
    social_filler: frozenset[str]
    nav_min_run: int
    nav_max_words: int
    nav_max_chars: int
    nav_words: frozenset[str]
    marker: re.Pattern[str]
    inline: tuple[re.Pattern[str], ...]  # widget labels inside a kept line
    trim: str
    teaser_headings: frozenset[str]
    teaser_prefixes: tuple[str, ...]
    teaser_max_heading_words: int
    teaser_max_title_words: int
    teaser_inline: tuple[str, ...]
    appeal_strong: Cues
    appeal_strong_phrases: tuple[str, ...]  # the strong cues, case-folded (a quick test)
    appeal_weak: Cues
    appeal_strong_weight: int
    appeal_weak_weight: int
    appeal_min_score: int
    appeal_max_gap: int
    self_cues: Cues
    self_min_cues: int
    first_person: Cues  # words of the first person plural: "we", "our"


@cache
def _rules() -> _Rules:
    return build_cleaning_rules(load_lexicon(LEXICON))


def build_cleaning_rules(data: dict[str, Any]) -> _Rules:
    """Validate and compile parsed boilerplate.toml data.

    Raises:
        LexiconError: A table or key is missing, of the wrong type, or a pattern is invalid.
    """
    typography = _table(data, "typography")
    chrome = _table(data, "chrome")
    credits = _table(data, "credits")
    social = _table(data, "social")
    nav = _table(data, "navigation")
    teasers = _table(data, "teasers")
    appeal = _table(data, "appeal")
    self_description = _table(data, "self_description")
    inline = _table(data, "inline")
    markers = require(nav, "markers", str, LEXICON)
    translation = _translation(typography)
    return _Rules(
        typography=translation,
        typography_chars=re.compile(
            "[" + "".join(re.escape(chr(c)) for c in sorted(translation)) + "]"
            if translation
            else "(?!)"
        ),
        chrome_lines=frozenset(_key(p) for p in _strings(chrome, "lines")),
        chrome_patterns=tuple(_pattern(p) for p in _strings(chrome, "patterns")),
        credit_max_words=_positive(credits, "max_words"),
        credit_separators=_strings(credits, "separators"),
        credit_agencies=frozenset(_strings(credits, "agencies")),
        social_networks=frozenset(_strings(social, "networks")),
        social_filler=frozenset(_strings(social, "filler")),
        nav_min_run=_positive(nav, "min_run"),
        nav_max_words=_positive(nav, "max_words"),
        nav_max_chars=_positive(nav, "max_chars"),
        nav_words=frozenset(_key(w) for w in _strings(nav, "words")),
        marker=re.compile(rf"^[ \t]*[{re.escape(markers)}]+[ \t]+"),
        inline=tuple(_pattern(f"(?i:{p})") for p in _strings(inline, "patterns")),
        trim=string.punctuation + string.whitespace + markers + "\u2026",
        teaser_headings=frozenset(_key(h) for h in _strings(teasers, "headings")),
        teaser_prefixes=tuple(_key(h) for h in _strings(teasers, "heading_prefixes")),
        teaser_max_heading_words=_positive(teasers, "max_heading_words"),
        teaser_max_title_words=_positive(teasers, "max_title_words"),
        teaser_inline=tuple(p.casefold() for p in _strings(teasers, "inline_prefixes")),
        appeal_strong=Cues(_strings(appeal, "strong")),
        appeal_strong_phrases=tuple(sorted({p.casefold() for p in _strings(appeal, "strong")})),
        appeal_weak=Cues(_strings(appeal, "weak")),
        appeal_strong_weight=_positive(appeal, "strong_weight"),
        appeal_weak_weight=_positive(appeal, "weak_weight"),
        appeal_min_score=_positive(appeal, "min_score"),
        appeal_max_gap=_positive(appeal, "max_gap"),
        self_cues=Cues(_strings(self_description, "cues")),
        self_min_cues=_positive(self_description, "min_cues"),
        first_person=Cues(_strings(self_description, "first_person")),
    )


def _bad(message: str) -> LexiconError:
    return LexiconError(message, path=lexicon_path(LEXICON))


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    table: dict[str, Any] = require(data, key, dict, LEXICON)
    return table


def _strings(table: dict[str, Any], key: str) -> tuple[str, ...]:
    values = require(table, key, list, LEXICON)
    if not values or not all(isinstance(v, str) and v.strip() for v in values):
        raise _bad(f"key {key!r} must be a non-empty list of non-empty strings")
    return tuple(values)


def _positive(table: dict[str, Any], key: str) -> int:
    value = table.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _bad(f"key {key!r} must be a positive integer, found {value!r}")
    return value


def _pattern(source: str) -> re.Pattern[str]:
    try:
        return re.compile(source)
    except re.error as exc:
        raise _bad(f"bad regular expression {source!r}: {exc}") from None


def _translation(table: dict[str, Any]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for target, sources in table.items():
        if len(target) != 1 or not isinstance(sources, str) or not sources:
            raise _bad("each [typography] key must be one character mapped to a string")
        for char in sources:
            if char in "\r\n" or target in "\r\n":
                raise _bad("[typography] must not replace or produce line breaks")
            mapping[ord(char)] = target
    return mapping


def _key(text: str, trim: str = string.punctuation + string.whitespace) -> str:
    return " ".join(text.casefold().split()).strip(trim)


# Pipeline -------------------------------------------------------------------------------


def normalise_typography(text: str) -> str:
    """Replace curly quotes, dashes and unusual spaces by ASCII, one character for one."""
    rules = _rules()
    table = rules.typography
    # a search in C, then one look-up per replaced character (str.translate with a
    # dictionary looks up every character of the text)
    return rules.typography_chars.sub(lambda m: table[ord(m.group())], text)


def blank_boilerplate(text: str) -> str:
    """Overwrite web-page leftovers with spaces, keeping line breaks and the length."""
    return blank_spans(text, boilerplate_spans(text))


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


def clean_text(text: str) -> str:
    """Run the cleaning pipeline; the result has exactly the length of ``text``.

    The steps of ``CLEANERS``, with the boilerplate found in the normalised text once (not
    normalised a second time: normalising is idempotent, its targets are plain ASCII).
    """
    normalised = normalise_typography(text)
    return unwrap_lines(blank_spans(normalised, _normalised_spans(normalised)))


# Finding the boilerplate ----------------------------------------------------------------


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class _Line:
    """One line of the text: its span (line break excluded), its words and its key."""

    start: int
    end: int
    text: str
    key: str
    words: int

    @property
    def blank(self) -> bool:
        return self.words == 0


def boilerplate_spans(text: str) -> list[Span]:
    """Find the web-page leftovers of ``text``: sorted, non-overlapping (start, end, reason).

    The spans are the same for the raw and the typography-normalised text, and cover
    whole lines except for list markers (the bullet in front of a kept line) and widget
    labels inside a kept line (a gallery's "Hide Caption 3 of 22").
    """
    return _normalised_spans(normalise_typography(text))


def _normalised_spans(normalised: str) -> list[Span]:
    """``boilerplate_spans`` of a text already typography-normalised."""
    rules = _rules()
    lines = _split_lines(normalised, rules)
    labels: list[str | None] = [None] * len(lines)
    appeals = _may_appeal(normalised, rules) and rules.appeal_strong.found(normalised)
    for first, last, reason in _blocks(lines, rules, appeals=appeals):
        for index in range(first, last + 1):
            if labels[index] is None and not lines[index].blank:
                labels[index] = reason
    spans = list(_merge_labelled(lines, labels))
    spans.extend(_markers(lines, labels, rules))
    return sorted(spans)


def _may_appeal(text: str, rules: _Rules) -> bool:
    """Whether ``text`` may hold a strong appeal cue: one of them in its lower case, where
    the cue pattern reads it (a search per phrase in C, ~twice as fast as the pattern over
    an article, which has none most of the time); True when lower case moves offsets."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return True  # the cues are then matched regardless of case in the text itself
    return any(phrase in lowered for phrase in rules.appeal_strong_phrases)


def _split_lines(text: str, rules: _Rules) -> list[_Line]:
    lines: list[_Line] = []
    start = 0
    for match in _LINE_BREAK.finditer(text):
        lines.append(_make_line(text, start, match.start(), rules))
        start = match.end()
    lines.append(_make_line(text, start, len(text), rules))
    return lines


def _make_line(text: str, start: int, end: int, rules: _Rules) -> _Line:
    content = text[start:end]
    words = content.split()  # split once: the key is ``_key`` of these words
    return _Line(
        start=start,
        end=end,
        text=content,
        key=" ".join(words).casefold().strip(rules.trim) if words else "",
        words=len(words),
    )


def _blocks(
    lines: list[_Line], rules: _Rules, *, appeals: bool = True
) -> Iterator[tuple[int, int, str]]:
    """Every rule's findings as (first line, last line, reason), strongest rules first
    (donation appeals only when ``appeals``: the text holds a strong appeal cue)."""
    yield from _teaser_blocks(lines, rules)
    if appeals:
        yield from _appeal_blocks(lines, rules)
    for index, line in enumerate(lines):
        reason = _line_reason(line, rules)
        if reason is not None:
            yield index, index, reason
    yield from _navigation_runs(lines, rules)


def _merge_labelled(lines: list[_Line], labels: list[str | None]) -> Iterator[Span]:
    """Join consecutive lines with the same label (blank lines between them included)."""
    current: Span | None = None
    for line, label in zip(lines, labels, strict=True):
        if label is None:
            if not line.blank and current is not None:
                yield current
                current = None
            continue
        if current is not None and current[2] == label:
            current = (current[0], line.end, label)
            continue
        if current is not None:
            yield current
        current = (line.start, line.end, label)
    if current is not None:
        yield current


def _markers(lines: list[_Line], labels: list[str | None], rules: _Rules) -> Iterator[Span]:
    for line, label in zip(lines, labels, strict=True):
        if label is not None or line.blank:
            continue
        marker = rules.marker.match(line.text)
        if marker is not None and marker.end() < len(line.text):
            yield line.start, line.start + marker.end(), REASON_MARKER
        lowered = line.text.lower()  # once for every pattern's word
        for pattern in rules.inline:
            if not may_match(required_word(pattern), line.text, lowered):
                continue  # an ASCII line without the pattern's word cannot match it
            for found in pattern.finditer(line.text):
                yield line.start + found.start(), line.start + found.end(), REASON_INLINE


# Single lines ----------------------------------------------------------------------------


def _line_reason(line: _Line, rules: _Rules) -> str | None:
    if line.blank:
        return None
    if _is_self_description(line, rules):
        return REASON_SELF
    if line.words > 12:
        return None
    if _is_chrome(line, rules):
        return REASON_CHROME
    if _is_credit(line, rules):
        return REASON_CREDIT
    if _is_social(line, rules):
        return REASON_SOCIAL
    return None


def _is_chrome(line: _Line, rules: _Rules) -> bool:
    if line.key in rules.chrome_lines:
        return True
    lowered = " ".join(line.text.casefold().split())
    return any(pattern.search(lowered) for pattern in rules.chrome_patterns)


def _is_credit(line: _Line, rules: _Rules) -> bool:
    if line.words > rules.credit_max_words or line.text.rstrip().endswith("."):
        return False
    tokens = [token for token in _WORD_SEPARATORS.split(line.key) if token]
    if tokens and all(token in rules.credit_agencies for token in tokens):
        return True
    lowered = f" {line.text.casefold()} "
    if not any(_separator(sep) in lowered for sep in rules.credit_separators):
        return False
    return any(token in rules.credit_agencies for token in tokens)


def _separator(separator: str) -> str:
    return f" {separator} " if separator.isalpha() else separator


def _is_social(line: _Line, rules: _Rules) -> bool:
    tokens = [t for t in _WORD_SEPARATORS.split(line.key) if t]
    allowed = rules.social_networks | rules.social_filler
    return (
        bool(tokens)
        and all(token in allowed for token in tokens)
        and any(token in rules.social_networks for token in tokens)
    )


def _is_self_description(line: _Line, rules: _Rules) -> bool:
    if line.words > 80 or not rules.first_person.found(line.text):
        return False
    cues = {line.text[a:b].casefold() for a, b in rules.self_cues.spans(line.text)}
    return len(cues) >= rules.self_min_cues


# Navigation menus ------------------------------------------------------------------------


def _is_menu_item(line: _Line, rules: _Rules) -> bool:
    item = rules.marker.sub("", line.text).strip()
    return (
        0 < line.words <= rules.nav_max_words
        and len(item) <= rules.nav_max_chars
        and _DIGIT.search(item) is None
        and _SENTENCE_PUNCTUATION.search(item) is None
        and any(char.isalpha() for char in item)
    )


def _navigation_runs(lines: list[_Line], rules: _Rules) -> Iterator[tuple[int, int, str]]:
    """Runs of short menu-like lines (blank lines allowed between) that look like a menu."""
    run: list[int] = []
    for index, line in enumerate(lines):
        if line.blank:
            continue
        if _is_menu_item(line, rules):
            run.append(index)
            continue
        if _looks_like_menu(run, lines, rules):
            yield run[0], run[-1], REASON_NAVIGATION
        run = []
    if _looks_like_menu(run, lines, rules):
        yield run[0], run[-1], REASON_NAVIGATION


def _looks_like_menu(run: list[int], lines: list[_Line], rules: _Rules) -> bool:
    if len(run) < rules.nav_min_run:
        return False
    keys = [lines[index].key for index in run]
    repeated = len(set(keys)) < len(keys)
    menu_words = sum(_is_menu_word(key, rules) for key in keys)
    return repeated or 2 * menu_words >= len(keys)


def _is_menu_word(key: str, rules: _Rules) -> bool:
    return key in rules.nav_words or key in rules.chrome_lines or key in rules.social_networks


# Teasers for other stories -----------------------------------------------------------------


def _teaser_blocks(lines: list[_Line], rules: _Rules) -> Iterator[tuple[int, int, str]]:
    index = 0
    while index < len(lines):
        line = lines[index]
        if _is_inline_teaser(line, rules):
            yield index, index, REASON_TEASER
        elif _is_teaser_heading(line, rules):
            last = index
            following = index + 1
            while following < len(lines) and _is_teaser(lines[following], rules):
                if not lines[following].blank:
                    last = following
                following += 1
            yield index, last, REASON_TEASER
            index = last
        index += 1


def _is_teaser_heading(line: _Line, rules: _Rules) -> bool:
    if line.blank or line.words > rules.teaser_max_heading_words:
        return False
    if line.key in rules.teaser_headings:
        return True
    return any(line.key.startswith(prefix + " ") for prefix in rules.teaser_prefixes)


def _is_inline_teaser(line: _Line, rules: _Rules) -> bool:
    if line.blank or line.words > 2 * rules.teaser_max_title_words:
        return False
    lowered = line.text.strip().casefold()
    return any(
        lowered.startswith(prefix) and len(lowered) > len(prefix) for prefix in rules.teaser_inline
    )


def _is_teaser(line: _Line, rules: _Rules) -> bool:
    """A blank line, a blurb cut off with an ellipsis, or a short title."""
    if line.blank or _ELLIPSIS_END.search(line.text) is not None:
        return True
    text = line.text.rstrip()
    return line.words <= rules.teaser_max_title_words and not text.endswith((".", "!", "?", ":"))


# Donation appeals ------------------------------------------------------------------------


def _appeal_blocks(lines: list[_Line], rules: _Rules) -> Iterator[tuple[int, int, str]]:
    """Clusters of lines with appeal cues; blanked when strong and heavy enough."""
    cluster: list[int] = []
    score = 0
    strong = False
    gap = 0
    for index, line in enumerate(lines):
        if line.blank:
            continue
        strong_hits = rules.appeal_strong.count(line.text)
        weak_hits = rules.appeal_weak.count(line.text)
        if strong_hits or weak_hits:
            if cluster and gap > rules.appeal_max_gap:
                if strong and score >= rules.appeal_min_score:
                    yield cluster[0], cluster[-1], REASON_APPEAL
                cluster, score, strong = [], 0, False
            cluster.append(index)
            score += strong_hits * rules.appeal_strong_weight + weak_hits * rules.appeal_weak_weight
            strong = strong or strong_hits > 0
            gap = 0
        elif cluster:
            gap += 1
    if cluster and strong and score >= rules.appeal_min_score:
        yield cluster[0], cluster[-1], REASON_APPEAL
