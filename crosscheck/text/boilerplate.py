"""Cleaned-typography text -> the spans of the saved web page's furniture around the article.

Menus, site chrome, comment widgets, teasers for other stories, donation appeals,
self-descriptions, photo credits, share buttons, and list or heading markers: each found
span is (start, end, reason), whole lines but for a list marker in front of a kept line, a
widget label inside one, and the headlines of a link run into one (``text.link_headlines``).
``text.clean`` blanks them (``blank_boilerplate``). The word lists are data
(``<lang>/boilerplate.toml``, read by ``text.cleaning_rules`` for the source's language; the
reasons are the report's words, read in the default language); the heuristics are here.
Every regular expression runs in linear time: they are applied line by
line, with bounded or single-class quantifiers only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.lexicon import explain_words
from crosscheck.slotted import fast_init
from crosscheck.text.cleaning_rules import LEXICON, CleaningRules, cleaning_rules
from crosscheck.text.link_headlines import link_spans
from crosscheck.text.required import may_match, required_word

Span = tuple[int, int, str]
"""(start, end, reason): a stretch of the text that cleaning blanks out."""

_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
_DIGIT: Final = re.compile(r"\d")
_SENTENCE_PUNCTUATION: Final = re.compile(r"[.!?:;,\"()\[\]]")
_WORD_SEPARATORS: Final = re.compile(r"[\s|/\u00b7\u2022,]+")
_ELLIPSIS_END: Final = re.compile(r"(?:\.\.\.|\u2026)\s*$")

REASON_TEASER: Final = explain_words(LEXICON)["teaser"]
REASON_APPEAL: Final = explain_words(LEXICON)["appeal"]
REASON_NAVIGATION: Final = explain_words(LEXICON)["navigation"]
REASON_SELF: Final = explain_words(LEXICON)["self_description"]
REASON_CHROME: Final = explain_words(LEXICON)["chrome"]
REASON_CREDIT: Final = explain_words(LEXICON)["credit"]
REASON_SOCIAL: Final = explain_words(LEXICON)["social"]
REASON_MARKER: Final = explain_words(LEXICON)["marker"]
REASON_INLINE: Final = explain_words(LEXICON)["inline"]
REASON_LINK: Final = explain_words(LEXICON)["link"]


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


def normalised_spans(normalised: str, lang: str = DEFAULT_LANGUAGE) -> list[Span]:
    """``clean.boilerplate_spans`` of a text already typography-normalised, with the lexicon
    of language ``lang`` (sorted, non-overlapping (start, end, reason))."""
    rules = cleaning_rules(lang)
    lines = _split_lines(normalised, rules)
    labels: list[str | None] = [None] * len(lines)
    appeals = _may_appeal(normalised, rules) and rules.appeal_strong.found(normalised)
    for first, last, reason in _blocks(lines, rules, appeals=appeals):
        for index in range(first, last + 1):
            if labels[index] is None and not lines[index].blank:
                labels[index] = reason
    spans = list(_merge_labelled(lines, labels))
    spans.extend(_markers(lines, labels, rules))
    spans.extend(_links(lines, labels, rules))
    return sorted(spans)


def _may_appeal(text: str, rules: CleaningRules) -> bool:
    """Whether ``text`` may hold a strong appeal cue: one of them in its lower case, where
    the cue pattern reads it (a search per phrase in C, ~twice as fast as the pattern over
    an article, which has none most of the time); True when lower case moves offsets."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return True  # the cues are then matched regardless of case in the text itself
    return any(phrase in lowered for phrase in rules.appeal_strong_phrases)


def _split_lines(text: str, rules: CleaningRules) -> list[_Line]:
    lines: list[_Line] = []
    start = 0
    for match in _LINE_BREAK.finditer(text):
        lines.append(_make_line(text, start, match.start(), rules))
        start = match.end()
    lines.append(_make_line(text, start, len(text), rules))
    return lines


def _make_line(text: str, start: int, end: int, rules: CleaningRules) -> _Line:
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
    lines: list[_Line], rules: CleaningRules, *, appeals: bool = True
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


def _markers(lines: list[_Line], labels: list[str | None], rules: CleaningRules) -> Iterator[Span]:
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


def _links(lines: list[_Line], labels: list[str | None], rules: CleaningRules) -> Iterator[Span]:
    """The link headlines run into a kept line (``text.link_headlines``)."""
    for line, label in zip(lines, labels, strict=True):
        if label is not None or not any(word in line.text for word in rules.link_closing_words):
            continue
        for start, end in link_spans(
            line.text,
            closing=rules.link_closing,
            names=rules.link_names,
            min_headline_words=rules.link_min_headline_words,
            max_chars=rules.link_max_chars,
        ):
            yield line.start + start, line.start + end, REASON_LINK


# Single lines ----------------------------------------------------------------------------


def _line_reason(line: _Line, rules: CleaningRules) -> str | None:
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


def _is_chrome(line: _Line, rules: CleaningRules) -> bool:
    if line.key in rules.chrome_lines:
        return True
    lowered = " ".join(line.text.casefold().split())
    return any(pattern.search(lowered) for pattern in rules.chrome_patterns)


def _is_credit(line: _Line, rules: CleaningRules) -> bool:
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


def _is_social(line: _Line, rules: CleaningRules) -> bool:
    tokens = [t for t in _WORD_SEPARATORS.split(line.key) if t]
    allowed = rules.social_networks | rules.social_filler
    return (
        bool(tokens)
        and all(token in allowed for token in tokens)
        and any(token in rules.social_networks for token in tokens)
    )


def _is_self_description(line: _Line, rules: CleaningRules) -> bool:
    if line.words > 80 or not rules.first_person.found(line.text):
        return False
    cues = {line.text[a:b].casefold() for a, b in rules.self_cues.spans(line.text)}
    return len(cues) >= rules.self_min_cues


# Navigation menus ------------------------------------------------------------------------


def _is_menu_item(line: _Line, rules: CleaningRules) -> bool:
    item = rules.marker.sub("", line.text).strip()
    return (
        0 < line.words <= rules.nav_max_words
        and len(item) <= rules.nav_max_chars
        and _DIGIT.search(item) is None
        and _SENTENCE_PUNCTUATION.search(item) is None
        and any(char.isalpha() for char in item)
    )


def _navigation_runs(lines: list[_Line], rules: CleaningRules) -> Iterator[tuple[int, int, str]]:
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


def _looks_like_menu(run: list[int], lines: list[_Line], rules: CleaningRules) -> bool:
    if len(run) < rules.nav_min_run:
        return False
    keys = [lines[index].key for index in run]
    repeated = len(set(keys)) < len(keys)
    menu_words = sum(_is_menu_word(key, rules) for key in keys)
    return repeated or 2 * menu_words >= len(keys)


def _is_menu_word(key: str, rules: CleaningRules) -> bool:
    return key in rules.nav_words or key in rules.chrome_lines or key in rules.social_networks


# Teasers for other stories -----------------------------------------------------------------


def _teaser_blocks(lines: list[_Line], rules: CleaningRules) -> Iterator[tuple[int, int, str]]:
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


def _is_teaser_heading(line: _Line, rules: CleaningRules) -> bool:
    if line.blank or line.words > rules.teaser_max_heading_words:
        return False
    if line.key in rules.teaser_headings:
        return True
    return any(line.key.startswith(prefix + " ") for prefix in rules.teaser_prefixes)


def _is_inline_teaser(line: _Line, rules: CleaningRules) -> bool:
    if line.blank or line.words > 2 * rules.teaser_max_title_words:
        return False
    lowered = line.text.strip().casefold()
    return any(
        lowered.startswith(prefix) and len(lowered) > len(prefix) for prefix in rules.teaser_inline
    )


def _is_teaser(line: _Line, rules: CleaningRules) -> bool:
    """A blank line, a blurb cut off with an ellipsis, or a short title."""
    if line.blank or _ELLIPSIS_END.search(line.text) is not None:
        return True
    text = line.text.rstrip()
    return line.words <= rules.teaser_max_title_words and not text.endswith((".", "!", "?", ":"))


# Donation appeals ------------------------------------------------------------------------


def _appeal_blocks(lines: list[_Line], rules: CleaningRules) -> Iterator[tuple[int, int, str]]:
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
