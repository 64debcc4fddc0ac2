"""Two figure claims -> whether they stand in one setting (``same_setting``: incident, event,
place, actor and time agree where both give one) and tell of one happening
(``same_happening``: their sentences share content words): what every vague pairing asks.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from crosscheck.claims.frame_incidents import actors_differ
from crosscheck.claims.frame_places import places_differ
from crosscheck.lexicon import load_lexicon
from crosscheck.model import Claim

LETTER_WORD: Final = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")  # inner ' or - kept
SHARED_WORDS: Final = 2  # content words two sentences share besides the anchor


def same_setting(v: Claim, e: Claim, lang: str) -> bool:
    """Same incident, event, place, actor and time where both give one."""
    if v.incident and e.incident and v.incident != e.incident:
        return False
    if v.event and e.event and v.event != e.event:
        return False
    if v.time is not None and e.time is not None and v.time.value != e.time.value:
        return False
    return not (places_differ(v.place, e.place) or actors_differ(v.actor, e.actor, lang))


def same_happening(
    v: Claim,
    e: Claim,
    anchor: frozenset[str] = frozenset(),
    least: int = SHARED_WORDS,
    *,
    lang: str,
) -> bool:
    """Whether the two sentences share enough content words besides the anchor and the
    words of the two durations ("days")."""
    common = common_words(lang) | anchor | text_words(v.value.text if v.value else "")
    common |= text_words(e.value.text if e.value else "")
    wv = text_words(v.sentence) - common
    we = text_words(e.sentence) - common
    return len(wv & we) >= least


def text_words(text: str) -> set[str]:
    """The words of letters of a text, in lower case."""
    return {w.lower() for w in LETTER_WORD.findall(text)}


@cache
def common_words(lang: str) -> frozenset[str]:
    """The language's most frequent words (``common_words.toml``), never distinctive."""
    return frozenset(str(w) for w in load_lexicon("common_words", lang).get("words", []))
