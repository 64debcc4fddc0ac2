"""Two spellings of a name one source writes only inside quotation marks -> quoted wording.

A spelling whose every mention sits inside quotation marks is the wording of what the
article quotes (a statement, an email, a post). When one source writes both spellings of a
pair and only so, it quotes two documents as their authors wrote them ("Ansar al-Sharia" in
one State Department email, "Ansar al-Shariah" in another): the outlet has no spelling of
its own there to harmonise. Across sources the pair stays, even when each side is quoted:
two outlets' transcripts of one statement differ where each applies its house spelling
("Usama" / "Osama bin Laden" in one statement quoted by Fox and by the Washington Times).
When one side is the outlet's own text, the pair stays too. A mention is inside quotation
marks when its paragraph (text since the last line break) has an odd number of them before
it (``names.toml`` ``quote_marks``, and ``quote_mark_pairs``: two apostrophes closing a quote,
"Mo,'' Holder wrote", are one mark). Curly and straight marks are counted alike, since an
opening mark of a quote running over paragraphs is written again at each paragraph (news
style: no closing mark until the quote ends), so a paragraph that continues a quote is
inside it from its first mark on.

The same reading picks what a row shows (names13): a spelling's displayed mention is one in
the outlet's own voice (outside quotation marks) when it has one (``shown_mention``), and a
source "uses both spellings" only when it writes both in its own voice. A row's mention
counts say how many of a source's mentions are inside quotation marks (``voice_counts``):
"2 in npr (+3 in quotes)", "1 in quotes in fox" (names14).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from crosscheck.lexicon import load_lexicon, require
from crosscheck.names.lexicon import NAMES_LEXICON, core_word
from crosscheck.names.records import SourcedName


@dataclass(frozen=True, slots=True)
class _Marks:
    """The quotation marks (``names.toml``): all of them as one pattern, the ones that only open
    and the ones that only close a quote, and how many paragraphs a quote is carried over."""

    pattern: re.Pattern[str]
    opening: frozenset[str]
    closing: frozenset[str]
    carry: int


@cache
def _marks(lang: str) -> _Marks:
    """The quotation marks of language ``lang`` (its ``names.toml``), read once."""
    lexicon = load_lexicon(NAMES_LEXICON, lang)

    def marks(key: str) -> list[str]:
        return [str(mark) for mark in require(lexicon, key, list, NAMES_LEXICON, lang=lang)]

    singles = require(lexicon, "quote_marks", str, NAMES_LEXICON, lang=lang)  # one mark a letter
    every = [*singles, *marks("quote_mark_pairs")]
    return _Marks(
        pattern=re.compile("|".join(map(re.escape, sorted(every, key=len, reverse=True)))),
        opening=frozenset(marks("quote_opening_marks")),
        closing=frozenset(marks("quote_closing_marks")),
        carry=require(lexicon, "quote_carry_paragraphs", int, NAMES_LEXICON, lang=lang),
    )


def quote_mark_pattern(lang: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """The quotation marks of language ``lang`` as one pattern (longest first), and the marks
    that only open a quote."""
    marks = _marks(lang)
    return marks.pattern, marks.opening


def inside_quotes(text: str, offset: int, lang: str) -> bool:
    """Whether ``offset`` of ``text`` lies inside quotation marks (of language ``lang``): an
    odd number of them before it in its paragraph, or an even number in a paragraph a quote
    is carried into."""
    start = text.rfind("\n", 0, offset) + 1
    starts, ends = _mark_spans(text, lang)
    within = bisect_left(starts, offset)
    if within and ends[within - 1] > offset:  # a mark across the offset: read the part before
        count = len(_marks(lang).pattern.findall(text, start, offset))
    else:
        count = within - bisect_left(starts, start)
    return (count % 2 == 1) != (start in _carried(text, lang))


@lru_cache(maxsize=16)
def _mark_spans(text: str, lang: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each quotation mark of a text starts and ends, read once per text: a mention is
    placed by counting, so a paragraph of a million characters is not read once per name.
    No mark holds a newline, so the marks of a paragraph are the text's marks within it."""
    spans = [m.span() for m in _marks(lang).pattern.finditer(text)]
    return tuple(a for a, _ in spans), tuple(b for _, b in spans)


def _closes(text: str, mark: re.Match[str], marks: _Marks) -> bool:
    """Whether a mark closes a quote: a closing mark, or a straight one after a word or a
    punctuation mark with no letter or digit after it."""
    if mark.group() in marks.opening or mark.group() in marks.closing:
        return mark.group() in marks.closing
    before, after = text[mark.start() - 1 : mark.start()], text[mark.end() : mark.end() + 1]
    return bool(before) and not before.isspace() and not after.isalnum()


def _opens(text: str, mark: re.Match[str], marks: _Marks) -> bool:
    """Whether a mark opens a quote: an opening mark, or a straight one before a character."""
    if mark.group() in marks.opening or mark.group() in marks.closing:
        return mark.group() in marks.opening
    after = text[mark.end() : mark.end() + 1]
    return bool(after) and not after.isspace()


@lru_cache(maxsize=16)
def _carried(text: str, lang: str) -> frozenset[int]:
    """The starts of the paragraphs a quote runs into without an opening mark of theirs.

    A paragraph whose marks are odd in number and whose last mark opens leaves a quote open;
    when a later paragraph, with at most ``quote_carry_paragraphs`` paragraphs without a mark
    between, does not start with a mark, has an odd number of them and its first mark closes,
    the quote runs over the paragraphs between and into that one. A quote opened at each
    paragraph (news style) is read in each paragraph alone; a stray mark (a quote left open and
    never closed, or closed by no closing mark) carries nothing.
    """
    marks = _marks(lang)
    carried: set[int] = set()
    left_open = False
    between: list[int] = []  # paragraphs without a mark since a quote was left open
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        found = list(marks.pattern.finditer(text, start, end))
        if not found:
            if left_open and line.strip():
                between.append(start)
                left_open = len(between) <= marks.carry
        elif (
            left_open
            and len(found) % 2 == 1
            and text[start : found[0].start()].strip()
            and _closes(text, found[0], marks)
        ):
            carried.update(between, (start,))
            left_open, between = False, []
        else:
            left_open = len(found) % 2 == 1 and _opens(text, found[-1], marks)
            between = []
        start = end + 1
    return frozenset(carried)


def has_quote_mark(text: str, start: int = 0, end: int | None = None, *, lang: str) -> bool:
    """Whether ``text[start:end]`` holds a quotation mark (``quote_spans`` finds a span)."""
    stop = len(text) if end is None else end
    return _marks(lang).pattern.search(text, start, stop) is not None


def quote_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """The quoted spans of ``text[start:end]`` paragraph by paragraph: the text between each
    two successive quotation marks of a paragraph (``names.toml`` ``quote_marks`` of
    language ``lang``), a last mark left open running to the paragraph's end."""
    marks = _marks(lang)
    spans: list[tuple[int, int]] = []
    at = start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        found = list(marks.pattern.finditer(text, at, stop))
        for i in range(0, len(found), 2):
            close = found[i + 1].start() if i + 1 < len(found) else stop
            spans.append((found[i].end(), close))
        at = stop + 1
    return spans


def quoted_only(items: Sequence[SourcedName], texts: Mapping[str, str], lang: str) -> bool:
    """Whether every mention of a spelling is inside quotation marks (of language ``lang``)
    in its source."""
    return bool(items) and all(
        inside_quotes(texts.get(item.source, ""), item.mention.start, lang) for item in items
    )


def quoted_wording(
    a: Sequence[SourcedName], b: Sequence[SourcedName], texts: Mapping[str, str], lang: str
) -> bool:
    """Whether both spellings of a pair (their mentions) are one source's quoted wording."""
    if len({item.source for item in (*a, *b)}) != 1:
        return False  # two outlets: each may have put its house spelling in the quote
    return quoted_only(a, texts, lang) and quoted_only(b, texts, lang)


def own_voice(item: SourcedName, texts: Mapping[str, str], lang: str) -> bool:
    """Whether a mention is in its outlet's own voice: outside quotation marks."""
    return not inside_quotes(texts.get(item.source, ""), item.mention.start, lang)


def voice_counts(
    items: Sequence[SourcedName], texts: Mapping[str, str], lang: str
) -> tuple[tuple[str, int, int], ...]:
    """Per source that writes a spelling (its mentions), in order of first mention: (source,
    mentions in its own voice, mentions inside quotation marks)."""
    counts: dict[str, list[int]] = {}
    for item in items:
        counts.setdefault(item.source, [0, 0])[0 if own_voice(item, texts, lang) else 1] += 1
    return tuple((source, own, quoted) for source, (own, quoted) in counts.items())


def shown_mention(
    items: Sequence[SourcedName],
    texts: Mapping[str, str],
    lang: str,
    other: SourcedName | None = None,
) -> SourcedName:
    """The mention a row quotes for a spelling (its mentions, in order).

    One in the outlet's own voice first, from the other shown mention's source when it has
    one (a source writing both spellings is the clearest evidence), else the first. A
    spelling only ever quoted is shown, when the other shown mention is quoted wording too,
    from another source than that one (two quotes from one outlet would read as that outlet
    writing both), else from the other's source, else the first.
    """
    other_source = other.source if other is not None else None
    other_quoted = other is not None and not own_voice(other, texts, lang)

    def rank(index: int) -> tuple[bool, bool, bool, int]:
        item = items[index]
        same = item.source == other_source
        quoted = not own_voice(item, texts, lang)
        return (quoted, quoted and other_quoted and same, not same, index)

    return usual_writing(items[min(range(len(items)), key=rank)], items, texts, lang)


def usual_writing(
    chosen: SourcedName, items: Sequence[SourcedName], texts: Mapping[str, str], lang: str
) -> SourcedName:
    """The mention of ``items`` that writes a name as its source usually does, in the voice
    and fullness of ``chosen`` (the same number of capitalised words): "Ansar al-Sharia",
    written four times, rather than a first "Ansar al Sharia"; "Ehab Azmy" stays rather than
    a lone "Azmy". The earliest such mention; ``chosen`` itself on a tie."""
    voice = own_voice(chosen, texts, lang)
    size = _capitalised(chosen, lang)
    peers = [
        item
        for item in items
        if item.source == chosen.source
        and _capitalised(item, lang) == size
        and own_voice(item, texts, lang) == voice
    ]
    written: dict[str, int] = {}
    for item in peers:
        written[item.mention.text] = written.get(item.mention.text, 0) + 1
    most = max(written.values(), default=0)
    if written.get(chosen.mention.text, 0) == most:
        return chosen
    return next(item for item in peers if written[item.mention.text] == most)


def _capitalised(item: SourcedName, lang: str) -> int:
    """How many capitalised words a mention's name has, particles left aside ("al-")."""
    return sum(1 for token in item.mention.tokens if core_word(token, lang)[:1].isupper())
