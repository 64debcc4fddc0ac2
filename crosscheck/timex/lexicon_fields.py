"""Time lexicon fields: parsed ``time.toml`` tables -> checked, folded values.

The readers ``read_time_lexicon`` builds ``TimeLexicon`` with: each reads one key of a table
of ``lexicon/<lang>/time.toml``, checks its shape and folds it for look-up, and raises a
``LexiconError`` naming that language's file (``fail``) when it is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from crosscheck.errors import LexiconError
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.lexicon import lexicon_path, require

LEXICON = "time"


def fail(message: str, lang: str = DEFAULT_LANGUAGE) -> LexiconError:
    """A LexiconError naming the time lexicon file of language ``lang``."""
    return LexiconError(message, path=lexicon_path(LEXICON, lang))


def words(lang: str, data: dict[str, Any], key: str) -> frozenset[str]:
    """A list of non-empty strings, folded to lower case."""
    items = require(data, key, list, LEXICON, lang=lang)
    if not all(isinstance(w, str) and w for w in items):
        raise fail(f"{key!r} must be a list of non-empty strings", lang)
    return frozenset(w.lower() for w in items)


def word_pairs(lang: str, data: dict[str, Any], key: str) -> frozenset[tuple[str, str]]:
    """A list of two-word phrases, folded to lower case, as (first word, second word)."""
    pairs: set[tuple[str, str]] = set()
    for phrase in words(lang, data, key):
        match phrase.split():
            case [first, second]:
                pairs.add((first, second))
            case _:
                raise fail(f"{key!r} must hold phrases of two words, not {phrase!r}", lang)
    return frozenset(pairs)


def endings(lang: str, data: dict[str, Any], key: str) -> tuple[str, ...]:
    """A list of word endings, folded to lower case, the longest first (so the first that
    ends a word is the one to cut)."""
    return tuple(sorted(words(lang, data, key), key=lambda w: (-len(w), w)))


def int_table(lang: str, data: dict[str, Any], key: str, low: int, high: int) -> dict[str, int]:
    """A table of words to integers within [low, high]."""
    table = require(data, key, dict, LEXICON, lang=lang)
    for name, value in table.items():
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise fail(f"{key}.{name} must be an integer in [{low}, {high}]", lang)
    return dict(table)


def folded_ints(lang: str, data: dict[str, Any], key: str, low: int, high: int) -> dict[str, int]:
    """A table of words (folded to lower case) to integers within [low, high]."""
    return {k.lower(): v for k, v in int_table(lang, data, key, low, high).items()}


def str_table(
    lang: str,
    data: dict[str, Any],
    key: str,
    allowed: frozenset[str] | None = None,
    *,
    fold: bool = True,
) -> dict[str, str]:
    """A table of words to non-empty strings (within ``allowed`` when given)."""
    table = require(data, key, dict, LEXICON, lang=lang)
    if not all(isinstance(v, str) and v for v in table.values()):
        raise fail(f"{key!r} must map words to non-empty strings", lang)
    if allowed is not None and not set(table.values()) <= allowed:
        raise fail(f"{key!r} values must be among {sorted(allowed)}", lang)
    return {(k.lower() if fold else k): v for k, v in table.items()}


def integer(lang: str, data: dict[str, Any], key: str, low: int, high: int) -> int:
    """An integer setting within [low, high]."""
    value = require(data, key, int, LEXICON, lang=lang)
    if isinstance(value, bool) or not low <= value <= high:
        raise fail(f"{key!r} must be an integer in [{low}, {high}]", lang)
    return int(value)


def months(lang: str, data: dict[str, Any]) -> dict[str, int]:
    """The twelve month names, in order, to their numbers."""
    names = require(data, "months", list, LEXICON, lang=lang)
    if len(names) != 12 or not all(isinstance(n, str) and n[:1].isupper() for n in names):
        raise fail("'months' must list the twelve month names, capitalised, in order", lang)
    return {name: index for index, name in enumerate(names, start=1)}


def names(lang: str, data: dict[str, Any], key: str) -> frozenset[str]:
    """A list of words kept as written (month names are read only capitalised)."""
    names = require(data, key, list, LEXICON, lang=lang)
    if not all(isinstance(n, str) and n for n in names):
        raise fail(f"'{key}' must be a list of words", lang)
    return frozenset(str(n) for n in names)


def seasons(lang: str, data: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Season names to their first and last months."""
    table = require(data, "seasons", dict, LEXICON, lang=lang)
    seasons: dict[str, tuple[int, int]] = {}
    for name, pair in table.items():
        ok = isinstance(pair, list) and len(pair) == 2
        if not ok or not all(isinstance(m, int) and 1 <= m <= 12 for m in pair):
            raise fail(f"seasons.{name} must be [first month, last month]", lang)
        seasons[name.lower()] = (pair[0], pair[1])
    return seasons


def weekday_numbers(lang: str, data: dict[str, Any], key: str) -> frozenset[int]:
    """A list of weekday names (keys of [weekdays]) as their numbers (Monday 0)."""
    weekdays = {k.lower(): v for k, v in int_table(lang, data, "weekdays", 0, 6).items()}
    names = words(lang, data, key)
    if not names <= set(weekdays):
        raise fail(f"{key!r} must list names of [weekdays]", lang)
    return frozenset(weekdays[n] for n in names)


def fold_apostrophe(name: str) -> str:
    """A name with its typographic apostrophes made plain, and its inner spaces single."""
    return " ".join(name.replace("\u2019", "'").split())


def holidays(lang: str, data: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Fixed-date holiday names, as written, to their month and day."""
    table = require(data, "holidays", dict, LEXICON, lang=lang)
    holidays: dict[str, tuple[int, int]] = {}
    for name, pair in table.items():
        ok = isinstance(pair, list) and len(pair) == 2 and all(isinstance(n, int) for n in pair)
        try:
            ok = ok and bool(date(2000, pair[0], pair[1]))  # a leap year: every day exists
        except ValueError:
            ok = False
        if not ok:
            raise fail(f"holidays.{name} must be [month, day], a day of the calendar", lang)
        holidays[fold_apostrophe(name)] = (pair[0], pair[1])
    return holidays


def named_days(lang: str, data: dict[str, Any]) -> dict[str, tuple[date, ...]]:
    """Names of days ending in a weekday ("super tuesday") to their dates, one a year."""
    table = require(data, "named_days", dict, LEXICON, lang=lang)
    days: dict[str, tuple[date, ...]] = {}
    for name, listed in table.items():
        try:
            read = tuple(date.fromisoformat(d) for d in listed)
        except (TypeError, ValueError):
            read = ()
        if not read or len({d.year for d in read}) != len(read):
            raise fail(f"named_days.{name} must list ISO dates, one a year", lang)
        days[" ".join(name.lower().split())] = read
    return days


def vague_counts(lang: str, data: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Vague counts before "ago" to their [least, most] units (most 0: open-ended)."""
    table = require(data, "ago_vague_counts", dict, LEXICON, lang=lang)
    counts: dict[str, tuple[int, int]] = {}
    for word, pair in table.items():
        ok = isinstance(pair, list) and len(pair) == 2 and all(type(n) is int for n in pair)
        if not ok or pair[0] < 1 or not (pair[1] == 0 or pair[1] >= pair[0]):
            raise fail(f"ago_vague_counts.{word} must be [least, most], most 0 or >= least", lang)
        counts[" ".join(word.lower().split())] = (pair[0], pair[1])
    return counts


@dataclass(frozen=True, slots=True, kw_only=True)
class NamedEvent:
    """A past event named by its day ("the Sept. 11 attacks"): its day, the nouns after a
    year-less day that name it, and words near that name another event of that day."""

    day: date
    nouns: tuple[str, ...]
    not_near: tuple[str, ...]


def named_events(lang: str, data: dict[str, Any]) -> tuple[NamedEvent, ...]:
    """The ``[[named_events]]`` tables: month, day, year, nouns (folded) and not_near words."""
    events: list[NamedEvent] = []
    for index, table in enumerate(require(data, "named_events", list, LEXICON, lang=lang)):
        where = f"named_events[{index}]"
        if not isinstance(table, dict):
            raise fail(f"{where} must be a table", lang)
        try:
            day = date(table["year"], table["month"], table["day"])
        except (KeyError, TypeError, ValueError):
            raise fail(f"{where} must have year, month and day of the calendar", lang) from None
        nouns = _strings(table.get("nouns"), f"{where}.nouns", lang)
        near = _strings(table.get("not_near", []), f"{where}.not_near", lang)
        if not nouns:
            raise fail(f"{where}.nouns must not be empty", lang)
        events.append(
            NamedEvent(day=day, nouns=tuple(n.lower() for n in nouns), not_near=tuple(near))
        )
    return tuple(events)


def _strings(items: Any, key: str, lang: str) -> list[str]:
    """A list of non-empty strings, as written."""
    if not isinstance(items, list) or not all(isinstance(w, str) and w for w in items):
        raise fail(f"{key} must be a list of non-empty strings", lang)
    return list(items)
