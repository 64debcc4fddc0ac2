"""Raw article text -> where its headline ends (the one reading of "headline" every stage shares).

An article's headline is its first line with words, when a line break ends it and the article
goes on below it: "Dow Drops 1,600 Points, Stocks In Meltdown Over Trump's Coronavirus Plan"
above a blank line and the body. Its closing mark does not matter: a headline may end with a
full stop ("Trump tried to make the Philadelphia Eagles a culture war. Then Fox News fumbled
it.", "... Hospitals Across U.S."). A text of one line (a sentence of a test, a pasted quote)
has none. The headline is read on the text as written, whose offsets every record keeps.
"""

from __future__ import annotations

import re
from typing import Final

_WRITTEN: Final = re.compile(r"\S")


def headline_end(text: str) -> int:
    """Where a text's headline ends: the end of its first line with words, when a line break
    ends that line and words follow it; 0 when the text has no headline."""
    first = _WRITTEN.search(text)
    end = -1 if first is None else text.find("\n", first.end())
    if end < 0 or _WRITTEN.search(text, end) is None:
        return 0
    return end


def in_headline(text: str, offset: int) -> bool:
    """Whether a character offset of a text stands in its headline (``headline_end``)."""
    return offset < headline_end(text)
