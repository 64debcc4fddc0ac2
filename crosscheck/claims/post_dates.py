"""Embedded posts: a signature line's date is the date of the post above it.

An article that embeds a tweet ends it with a signature line, "... Disgraceful! — Donald J.
Trump (@realDonaldTrump) August 1, 2018": the date after the author's handle dates the post,
whose words are the text before the line's last dash, or the paragraph above when the
signature stands on a line of its own (``time.toml`` ``[utterance_quotes]``, ``post_*``).
That date is kept as a statement's date (date_claim) and its post's words are what it quotes
(quote_dates.quoted_words), so another outlet's "Trump tweeted Wednesday" quoting the same
words dates the same post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import load_lexicon, require


@dataclass(frozen=True, slots=True)
class _PostWords:
    handle: re.Pattern[str]
    dashes: tuple[str, ...]
    min_words: int


_WORD = re.compile(r"\w+")


@cache
def _post_words(lang: str) -> _PostWords:
    data = require(load_lexicon("time", lang), "utterance_quotes", dict, "time", lang=lang)
    return _PostWords(
        handle=re.compile(str(require(data, "post_handle", str, "time", lang=lang))),
        dashes=tuple(str(d) for d in require(data, "post_dashes", list, "time", lang=lang)),
        min_words=int(require(data, "post_min_words", int, "time", lang=lang)),
    )


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def signs_post(text: str, start: int, lang: str) -> bool:
    """Whether the date at ``start`` follows an author's handle on its line ("(@handle)
    July 18, 2017"): an embedded post's signature date."""
    return bool(_post_words(lang).handle.search(text[_line_start(text, start) : start]))


def post_body(text: str, start: int, lang: str) -> str:
    """The words of the post a signature date at ``start`` signs ("" when it signs none):
    its line before the last dash, or the paragraph above when that holds too few words."""
    if not signs_post(text, start, lang):
        return ""
    words = _post_words(lang)
    first = _line_start(text, start)
    line = text[first:start]
    cut = max(line.rfind(d) for d in words.dashes)
    body = line[:cut] if cut >= 0 else ""
    if len(_WORD.findall(body)) >= words.min_words:
        return body
    above = text[:first].rstrip()
    paragraph = above[_line_start(above, len(above)) :]
    for dash in words.dashes:
        paragraph = paragraph.rstrip().removesuffix(dash.strip())
    return paragraph
