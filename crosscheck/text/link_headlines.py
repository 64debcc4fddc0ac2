"""A kept line of cleaned-typography text -> the spans of the link headlines run into it.

Some saved pages run a link's pop-up into the sentence: after a person's name as the article
writes it come the person's full name, the headlines of other stories and a closing word
("Sen. Lindsey Graham Lindsey Olin GrahamGOP senators balk at lengthy impeachment trial
Graham: Senate trial 'must expose the whistleblower' ... MORE (R-S.C.) said"; The Hill). The
headlines' figures, dates and names are other stories' and must never become claims. A link
is found by its two ends: the closing word (``[links] closing`` of the boilerplate lexicon,
as written, followed by no letter and no colon), and before it, on the same line, a name
written again in full: a capitalised word, then one to ``max_name_words`` capitalised words
and the same word again, whole or glued to the first headline ("Graham Lindsey Olin
GrahamGOP", "Paul Ryan Paul Davis Ryan Retirees"). The span runs from the full name to the
closing word; the name as the article writes it is kept, so the sentence reads on without
the link ("Sen. Lindsey Graham (R-S.C.) said"). A link needs ``min_headline_words`` words
between the full name and the closing word, fits in ``max_chars`` characters and starts
after the closing word before it on the line; a sentence that ends with the word "more"
(lower case) is no link. The patterns run in linear time on a line: a bounded repetition of
single-class words, each closing word's stretch scanned once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

# A name written twice: the article's surname (a whole word of three letters or more, then a
# space or, glued to it, a capital: "George PapadopoulosGeorge Demetrios Papadopoulos"), then
# the full name of one to N capitalised words (or a parenthesised nickname) ending in the same
# word, which the first headline may follow with no space. A look-ahead, so that overlapping
# candidates are all seen ("Paul Manafort Paul John Manafort": "Paul ... Paul" and
# "Manafort ... Manafort").
_NAME_TWICE: Final = (
    r"(?=\b(?P<surname>[A-Z][A-Za-z'-]{{1,30}}[a-z])(?: |(?=[A-Z]))"
    r"(?P<full>(?:[A-Z(][\w().'-]{{0,30}} ){{1,{words}}}?)(?P=surname)(?![a-z]))"
)
_WORD: Final = re.compile(r"\S+")


def name_twice(max_name_words: int) -> re.Pattern[str]:
    """The pattern of a name written again in full, with at most ``max_name_words`` words
    before the repeated surname."""
    return re.compile(_NAME_TWICE.format(words=max_name_words))


def closing_word(word: str) -> re.Pattern[str]:
    """The pattern of a link's closing word: as written, whole, followed by no colon."""
    return re.compile(rf"(?<=\s){re.escape(word)}(?![\w:])")


def link_spans(
    line: str,
    *,
    closing: tuple[re.Pattern[str], ...],
    names: re.Pattern[str],
    min_headline_words: int,
    max_chars: int,
) -> Iterator[tuple[int, int]]:
    """The (start, end) offsets in ``line`` of each link: from the full name to the closing
    word, both included."""
    ends = sorted(
        (found.start(), found.end()) for pattern in closing for found in pattern.finditer(line)
    )
    after = 0  # where the previous closing word ended: a link starts after it
    for start_of_end, end in ends:
        if start_of_end < after:
            continue
        first = max(after, start_of_end - max_chars)
        start = _link_start(line, first, start_of_end, names, min_headline_words)
        if start is not None:
            yield start, end
        after = end


def _link_start(
    line: str, first: int, last: int, names: re.Pattern[str], min_headline_words: int
) -> int | None:
    """Where the full name of the link closing at ``last`` starts: the first name written
    twice after ``first``, or one whose article's surname stands in its full name and that
    ends later (the surname repeated, not the first name: "Paul Manafort Paul John
    Manafort"); None when it is not followed by enough words of headlines."""
    chosen: re.Match[str] | None = None
    for found in names.finditer(line, first, last):
        if chosen is None or found.start() < chosen.end("full"):
            chosen = found if chosen is None or _end(found) > _end(chosen) else chosen
        else:
            break
    if chosen is None:
        return None
    headlines = len(_WORD.findall(line, _end(chosen), last))
    return chosen.start("full") if headlines >= min_headline_words else None


def _end(found: re.Match[str]) -> int:
    """The end of the repeated surname of a name written twice."""
    return found.end("full") + len(found["surname"])
