"""The ``[dates]`` and ``[clock]`` tables of compare.toml -> ``DateWords``, ``ClockWords``,
each read and validated once.

The date matcher (``date_pairs``: a span's scope words are no event's; a time "just after"
a clock time is one moment) and the time rule (``rules/time.py``: one night told as two
days, another occurrence of an event, a clock time that is not exact) read the same tables;
both take them from here, so each is read and its keys checked once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import LowerWords, table_settings


@dataclass(frozen=True, slots=True, kw_only=True)
class DateWords:
    """The ``[dates]`` table of ``compare.toml`` (its comments say what each key is for)."""

    span_modifiers: LowerWords  # scopes of a span that holds many events ("over", "during")
    late_words: LowerWords  # the late part of a day ("late", "night")
    early_words: LowerWords  # the early part of the next day ("early", "morning")
    night_links: LowerWords  # read across before a date ("late [on] March 18")
    day_parts: LowerWords  # a part of the day told with a day ("afternoon", "early")
    parts_apart: LowerWords  # two parts of one day that cannot overlap ("morning night")
    part_clock_margin: int  # minutes a clock time may lie outside a part told against it
    results_parts: LowerWords  # an election's results part of the day ("night")
    results_events: LowerWords  # an election's words ("primary", "race")
    participant_nouns: LowerWords  # an event's people, not its act ("protesters")
    participant_heads: LowerWords  # before a participle that names people ("those [killed]")
    quote_word_min: int  # letters of a content word two quoted statements may share
    another_marks: LowerWords  # another occurrence of an event ("a second", "another")
    another_gap: int  # modifier words at most between a mark and its event noun
    another_not_between: LowerWords  # words that end those modifiers ("of", "at")
    definite_marks: LowerWords  # the mark of an event told before ("the")


@cache
def date_words(lang: str) -> DateWords:
    """The ``[dates]`` table of compare.toml, read once."""
    return table_settings(DateWords, "compare", "dates", lang=lang)


@dataclass(frozen=True, slots=True, kw_only=True)
class ClockWords:
    """The ``[clock]`` table of ``compare.toml``."""

    loose_words: LowerWords  # a clock time that is not exact ("shortly after", "just")
    exact_modifiers: LowerWords  # the scope words of an exact clock time ("at", "on")


@cache
def clock_words(lang: str) -> ClockWords:
    """The ``[clock]`` table of compare.toml, read once."""
    return table_settings(ClockWords, "compare", "clock", lang=lang)
