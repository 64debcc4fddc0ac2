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

from collections.abc import Mapping, Sequence
from functools import cache

from crosscheck.lexicon import load_lexicon, require
from crosscheck.names.lexicon import NAMES_LEXICON
from crosscheck.names.records import SourcedName


@cache
def _marks() -> tuple[str, ...]:
    """Each quotation mark: one character, or two apostrophes or backquotes written as one."""
    lexicon = load_lexicon(NAMES_LEXICON)
    pairs = require(lexicon, "quote_mark_pairs", list, NAMES_LEXICON)
    return (*require(lexicon, "quote_marks", str, NAMES_LEXICON), *map(str, pairs))


def inside_quotes(text: str, offset: int) -> bool:
    """Whether ``offset`` of ``text`` lies inside quotation marks of its paragraph."""
    start = text.rfind("\n", 0, offset) + 1
    return sum(text.count(mark, start, offset) for mark in _marks()) % 2 == 1


def quoted_only(items: Sequence[SourcedName], texts: Mapping[str, str]) -> bool:
    """Whether every mention of a spelling is inside quotation marks in its source."""
    return bool(items) and all(
        inside_quotes(texts.get(item.source, ""), item.mention.start) for item in items
    )


def quoted_wording(
    a: Sequence[SourcedName], b: Sequence[SourcedName], texts: Mapping[str, str]
) -> bool:
    """Whether both spellings of a pair (their mentions) are one source's quoted wording."""
    if len({item.source for item in (*a, *b)}) != 1:
        return False  # two outlets: each may have put its house spelling in the quote
    return quoted_only(a, texts) and quoted_only(b, texts)


def own_voice(item: SourcedName, texts: Mapping[str, str]) -> bool:
    """Whether a mention is in its outlet's own voice: outside quotation marks."""
    return not inside_quotes(texts.get(item.source, ""), item.mention.start)


def voice_counts(
    items: Sequence[SourcedName], texts: Mapping[str, str]
) -> tuple[tuple[str, int, int], ...]:
    """Per source that writes a spelling (its mentions), in order of first mention: (source,
    mentions in its own voice, mentions inside quotation marks)."""
    counts: dict[str, list[int]] = {}
    for item in items:
        counts.setdefault(item.source, [0, 0])[0 if own_voice(item, texts) else 1] += 1
    return tuple((source, own, quoted) for source, (own, quoted) in counts.items())


def shown_mention(
    items: Sequence[SourcedName], texts: Mapping[str, str], other: SourcedName | None = None
) -> SourcedName:
    """The mention a row quotes for a spelling (its mentions, in order).

    One in the outlet's own voice first, from the other shown mention's source when it has
    one (a source writing both spellings is the clearest evidence), else the first. A
    spelling only ever quoted is shown, when the other shown mention is quoted wording too,
    from another source than that one (two quotes from one outlet would read as that outlet
    writing both), else from the other's source, else the first.
    """
    other_source = other.source if other is not None else None
    other_quoted = other is not None and not own_voice(other, texts)

    def rank(index: int) -> tuple[bool, bool, bool, int]:
        item = items[index]
        same = item.source == other_source
        quoted = not own_voice(item, texts)
        return (quoted, quoted and other_quoted and same, not same, index)

    return items[min(range(len(items)), key=rank)]
