"""A text and a word pattern -> its words read from the end backwards, a stretch at a time.

The date and figure pairings ask for the few words right before a date or a figure in its
sentence ("announcement [this spring]", the six words before "381"); reading every word of
a long sentence's prefix for them is most of their cost. ``words_backward`` gives the
pattern's matches last first, exactly as ``reversed(pattern.findall(text))`` does, reading
only as far back as the caller takes them.

Exact for a pattern whose matches hold no space and that looks at no character outside
its match (no look-around, anchors or word boundaries): the text is cut at spaces only,
so no match runs across a cut, and a scan started at a space finds the matches a scan of
the whole text finds after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

STRETCH = 80
"""Characters of the first stretch read back from the end (each next one is twice as long)."""


def words_backward(pattern: re.Pattern[str], text: str) -> Iterator[str]:
    """The matches of ``pattern`` in ``text``, last first (see the module's docstring)."""
    end = len(text)
    width = STRETCH
    while end > 0:
        cut = text.rfind(" ", 0, max(0, end - width)) if end > width else -1
        start = max(cut, 0)
        yield from reversed(pattern.findall(text, start, end))
        end = start
        width *= 2


def last_words(pattern: re.Pattern[str], text: str, count: int) -> list[str]:
    """The last ``count`` matches of ``pattern`` in ``text``, in text order (as
    ``pattern.findall(text)[-count:]`` gives them, for ``count`` > 0)."""
    found: list[str] = []
    for word in words_backward(pattern, text):
        found.append(word)
        if len(found) >= count:
            break
    return found[::-1]
