"""The time lexicon: parsed ``lexicon/<lang>/time.toml`` -> a validated, folded ``TimeLexicon``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from crosscheck.errors import LexiconError
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.lexicon import lexicon_path, load_lexicon, require
from crosscheck.text.sentences import title_words

__all__ = [
    "AnaphoraLexicon",
    "ClockLexicon",
    "TimeLexicon",
    "read_time_lexicon",
    "time_lexicon",
]

_LEXICON = "time"
_UNITS = frozenset({"day", "week", "month", "year", "decade"})
_YEAR_PARTS = frozenset({"quarter", "half"})
_MARKERS = frozenset({"am", "pm"})
_LINKS = frozenset({"to", "and"})


@dataclass(frozen=True, slots=True)
class ClockLexicon:
    """The ``[clock]`` table: words of clock times ("at about 7:45 a.m.", "noon")."""

    only_modifiers: frozenset[str]
    cues: frozenset[str]
    modifiers: Mapping[str, str]
    markers: Mapping[str, str]
    hour_words: frozenset[str]
    named: Mapping[str, int]
    day_part_first: Mapping[str, int]
    day_part_last: Mapping[str, int]
    zones: Mapping[str, str]
    zone_offsets: Mapping[str, tuple[int, ...]]


@dataclass(frozen=True, slots=True)
class AnaphoraLexicon:
    """The ``[anaphora]`` table: periods named by the date before them ("later that year")."""

    determiners: frozenset[str]
    edge_only: frozenset[str]
    units: frozenset[str]
    shifts_after_unit: frozenset[str]
    shifts_before_unit: frozenset[str]


@dataclass(frozen=True, slots=True)
class TimeLexicon:
    """The word lists of ``lexicon/time.toml``, validated and folded for look-up."""

    months: Mapping[str, int]
    abbreviations: Mapping[str, int]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, tuple[int, int]]
    holidays: Mapping[str, tuple[int, int]]
    modifiers: Mapping[str, str]
    relative_only: frozenset[str]
    day_only: frozenset[str]
    weekend_modifiers: Mapping[str, str]
    range_openers: frozenset[str]
    range_links: Mapping[str, str]
    day_links: frozenset[str]
    parts: Mapping[str, str]
    part_thirds: Mapping[str, int]
    numbers: Mapping[str, int]
    ordinals: Mapping[str, int]
    ordinal_suffixes: frozenset[str]
    units: Mapping[str, str]
    plural_units: frozenset[str]
    deictic_days: Mapping[str, int]
    deictic_name_before: frozenset[str]
    determiners: Mapping[str, int]
    rolling: Mapping[str, int]
    edges: Mapping[str, str]
    edge_determiners: Mapping[str, str]
    edge_units: frozenset[str]
    year_parts: Mapping[str, str]
    year_part_letters: Mapping[str, str]
    year_qualifiers: frozenset[str]
    articles: frozenset[str]
    of_words: frozenset[str]
    ago_words: frozenset[str]
    ago_bounds: frozenset[str]
    ago_hedges: frozenset[str]
    ago_hedge_modifier: str
    decade_ago_slack_years: int
    ago_vague_counts: Mapping[str, tuple[int, int]]
    ago_bare_least: int
    ago_vague_modifier: str
    ago_open_modifier: str
    ago_open_bounds: frozenset[str]
    ago_same_day: frozenset[str]
    anaphora: AnaphoraLexicon
    alternative_links: frozenset[str]
    recent_words: frozenset[str]
    weekend_words: frozenset[str]
    century_words: frozenset[str]
    day_part_words: frozenset[str]
    future_cues: frozenset[str]
    past_cues: frozenset[str]
    present_cues: frozenset[str]
    fronted_openers: frozenset[str]
    conditional_openers: frozenset[str]
    clause_titles: frozenset[str]
    infinitive_past_forms: frozenset[str]
    attribution_phrases: frozenset[tuple[str, ...]]
    schedule_verbs: frozenset[str]
    schedule_verbs_relative_only: frozenset[str]
    schedule_phrases: frozenset[tuple[str, ...]]
    relative_pronouns: frozenset[str]
    plural_subject_stops: frozenset[str]
    plural_suffixes: tuple[str, ...]
    not_plural_suffixes: tuple[str, ...]
    schedule_links: frozenset[str]
    present_endings: tuple[str, ...]
    possessive_endings: tuple[str, ...]
    plural_subject_min_length: int
    intent_heads: frozenset[str]
    infinitive_marks: frozenset[str]
    future_cues_after: frozenset[str]
    intent_reach: int
    present_intent_heads: frozenset[str]
    present_intent_be: frozenset[str]
    present_intent_participles: frozenset[str]
    present_perfect_auxiliaries: frozenset[str]
    perfect_intent_heads: frozenset[str]
    present_intent_reach: int
    present_intent_breaks: frozenset[str]
    week_ends_on: frozenset[int]
    future_just_before: frozenset[str]
    day_edge_cues: frozenset[str]
    day_edge_cue_spans: frozenset[str]
    noun_cues: frozenset[str]
    modal_cues: frozenset[str]
    modal_stops: frozenset[str]
    present_act_verbs: frozenset[str]
    named_day_heads: frozenset[str]
    named_day_back_possessives: frozenset[str]
    named_day_ahead_possessives: frozenset[str]
    present_act_subjects: frozenset[str]
    present_act_plural_subjects: frozenset[str]
    present_act_breaks: frozenset[str]
    present_act_reach: int
    future_suffixes: frozenset[str]
    past_suffixes: frozenset[str]
    past_suffix_min_length: int
    be_words: frozenset[str]
    passive_auxiliaries: frozenset[str]
    adjective_openers: frozenset[str]
    not_past_ed: frozenset[str]
    future_be: frozenset[str]
    future_phrases: frozenset[tuple[str, str]]
    not_future_phrases: frozenset[tuple[str, str]]
    time_left_phrases: frozenset[tuple[str, str]]
    cause_phrases: frozenset[tuple[str, str]]
    future_cue_after_links: frozenset[str]
    as_since_verbs: frozenset[str]
    as_modifier: str
    as_read_as: str
    as_blocked_before: frozenset[str]
    not_year_before: frozenset[str]
    not_year_after: frozenset[str]
    year_min: int
    year_max: int
    partial_window_days: int
    noun_month_openers: frozenset[str]
    noun_month_not_before: frozenset[str]
    noun_month_names_not: frozenset[str]
    noun_month_reach_days: int
    noun_month_scheduled: frozenset[str]
    clock: ClockLexicon

    def weekday_number(self, word: str) -> int:
        """The number (Monday 0) of a weekday name as written in any listed case."""
        folded = word.lower()
        return next(n for w, n in self.weekdays.items() if w.lower() == folded)

    def weekday_name(self, number: int) -> str:
        """The lexicon's name of a weekday number (Monday 0)."""
        return next(w for w, n in self.weekdays.items() if n == number)

    def month_number(self, word: str) -> int:
        """The number of a month name or abbreviation (with or without its full stop)."""
        name = word.rstrip(".").lower()
        for table in (self.months, self.abbreviations):
            for key, number in table.items():
                if key.lower() == name:
                    return number
        raise KeyError(word)  # pragma: no cover - the patterns only match listed names

    def holiday_day(self, name: str) -> tuple[int, int]:
        """The month and day of a holiday name as written in any listed case or apostrophe."""
        folded = _fold_apostrophe(name).lower()
        return next(v for k, v in self.holidays.items() if k.lower() == folded)


def _fail(message: str, lang: str = DEFAULT_LANGUAGE) -> LexiconError:
    """A LexiconError naming the time lexicon file of language ``lang``."""
    return LexiconError(message, path=lexicon_path(_LEXICON, lang))


def _words(lang: str, data: dict[str, Any], key: str) -> frozenset[str]:
    """A list of non-empty strings, folded to lower case."""
    items = require(data, key, list, _LEXICON, lang=lang)
    if not all(isinstance(w, str) and w for w in items):
        raise _fail(f"{key!r} must be a list of non-empty strings", lang)
    return frozenset(w.lower() for w in items)


def _endings(lang: str, data: dict[str, Any], key: str) -> tuple[str, ...]:
    """A list of word endings, folded to lower case, the longest first (so the first that
    ends a word is the one to cut)."""
    return tuple(sorted(_words(lang, data, key), key=lambda w: (-len(w), w)))


def _int_table(lang: str, data: dict[str, Any], key: str, low: int, high: int) -> dict[str, int]:
    """A table of words to integers within [low, high]."""
    table = require(data, key, dict, _LEXICON, lang=lang)
    for name, value in table.items():
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise _fail(f"{key}.{name} must be an integer in [{low}, {high}]", lang)
    return dict(table)


def _folded_ints(lang: str, data: dict[str, Any], key: str, low: int, high: int) -> dict[str, int]:
    """A table of words (folded to lower case) to integers within [low, high]."""
    return {k.lower(): v for k, v in _int_table(lang, data, key, low, high).items()}


def _str_table(
    lang: str,
    data: dict[str, Any],
    key: str,
    allowed: frozenset[str] | None = None,
    *,
    fold: bool = True,
) -> dict[str, str]:
    """A table of words to non-empty strings (within ``allowed`` when given)."""
    table = require(data, key, dict, _LEXICON, lang=lang)
    if not all(isinstance(v, str) and v for v in table.values()):
        raise _fail(f"{key!r} must map words to non-empty strings", lang)
    if allowed is not None and not set(table.values()) <= allowed:
        raise _fail(f"{key!r} values must be among {sorted(allowed)}", lang)
    return {(k.lower() if fold else k): v for k, v in table.items()}


def _int(lang: str, data: dict[str, Any], key: str, low: int, high: int) -> int:
    """An integer setting within [low, high]."""
    value = require(data, key, int, _LEXICON, lang=lang)
    if isinstance(value, bool) or not low <= value <= high:
        raise _fail(f"{key!r} must be an integer in [{low}, {high}]", lang)
    return int(value)


def _months(lang: str, data: dict[str, Any]) -> dict[str, int]:
    """The twelve month names, in order, to their numbers."""
    names = require(data, "months", list, _LEXICON, lang=lang)
    if len(names) != 12 or not all(isinstance(n, str) and n[:1].isupper() for n in names):
        raise _fail("'months' must list the twelve month names, capitalised, in order", lang)
    return {name: index for index, name in enumerate(names, start=1)}


def _names(lang: str, data: dict[str, Any], key: str) -> frozenset[str]:
    """A list of words kept as written (month names are read only capitalised)."""
    names = require(data, key, list, _LEXICON, lang=lang)
    if not all(isinstance(n, str) and n for n in names):
        raise _fail(f"'{key}' must be a list of words", lang)
    return frozenset(str(n) for n in names)


def _seasons(lang: str, data: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Season names to their first and last months."""
    table = require(data, "seasons", dict, _LEXICON, lang=lang)
    seasons: dict[str, tuple[int, int]] = {}
    for name, pair in table.items():
        ok = isinstance(pair, list) and len(pair) == 2
        if not ok or not all(isinstance(m, int) and 1 <= m <= 12 for m in pair):
            raise _fail(f"seasons.{name} must be [first month, last month]", lang)
        seasons[name.lower()] = (pair[0], pair[1])
    return seasons


def _weekday_numbers(lang: str, data: dict[str, Any], key: str) -> frozenset[int]:
    """A list of weekday names (keys of [weekdays]) as their numbers (Monday 0)."""
    weekdays = {k.lower(): v for k, v in _int_table(lang, data, "weekdays", 0, 6).items()}
    names = _words(lang, data, key)
    if not names <= set(weekdays):
        raise _fail(f"{key!r} must list names of [weekdays]", lang)
    return frozenset(weekdays[n] for n in names)


def _fold_apostrophe(name: str) -> str:
    """A name with its typographic apostrophes made plain, and its inner spaces single."""
    return " ".join(name.replace("\u2019", "'").split())


def _holidays(lang: str, data: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Fixed-date holiday names, as written, to their month and day."""
    table = require(data, "holidays", dict, _LEXICON, lang=lang)
    holidays: dict[str, tuple[int, int]] = {}
    for name, pair in table.items():
        ok = isinstance(pair, list) and len(pair) == 2 and all(isinstance(n, int) for n in pair)
        try:
            ok = ok and bool(date(2000, pair[0], pair[1]))  # a leap year: every day exists
        except ValueError:
            ok = False
        if not ok:
            raise _fail(f"holidays.{name} must be [month, day], a day of the calendar", lang)
        holidays[_fold_apostrophe(name)] = (pair[0], pair[1])
    return holidays


def _clock(lang: str, data: dict[str, Any]) -> ClockLexicon:
    """The ``[clock]`` table."""
    table = require(data, "clock", dict, _LEXICON, lang=lang)
    return ClockLexicon(
        only_modifiers=_words(lang, table, "only_modifiers"),
        cues=_words(lang, table, "cues"),
        modifiers=_str_table(lang, table, "modifiers"),
        markers=_str_table(lang, table, "markers", _MARKERS),
        hour_words=frozenset(_str_table(lang, table, "hour_words")),
        named=_folded_ints(lang, table, "named", 0, 24 * 60 - 1),
        day_part_first=_folded_ints(lang, table, "day_part_first", 0, 24 * 60 - 1),
        day_part_last=_folded_ints(lang, table, "day_part_last", 0, 24 * 60 - 1),
        zones=(zones := _str_table(lang, table, "zones", fold=False)),
        zone_offsets=_zone_offsets(lang, table, frozenset(zones.values())),
    )


# A zone's offset from UTC lies within these minutes (UTC-12:00 .. UTC+14:00).
_OFFSET_RANGE = (-12 * 60, 14 * 60)


def _zone_offsets(
    lang: str, data: dict[str, Any], zones: frozenset[str]
) -> dict[str, tuple[int, ...]]:
    """Zone names (values of [clock.zones]) to their possible offsets from UTC in minutes."""
    table = require(data, "zone_offsets", dict, _LEXICON, lang=lang)
    low, high = _OFFSET_RANGE
    offsets: dict[str, tuple[int, ...]] = {}
    for name, values in table.items():
        ok = isinstance(values, list) and bool(values) and name in zones
        if not ok or not all(
            isinstance(v, int) and not isinstance(v, bool) and low <= v <= high for v in values
        ):
            raise _fail(
                f"clock.zone_offsets.{name} must list minutes from UTC of a listed zone", lang
            )
        offsets[name] = tuple(values)
    return offsets


def _vague_counts(lang: str, data: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Vague counts before "ago" to their [least, most] units (most 0: open-ended)."""
    table = require(data, "ago_vague_counts", dict, _LEXICON, lang=lang)
    counts: dict[str, tuple[int, int]] = {}
    for word, pair in table.items():
        ok = isinstance(pair, list) and len(pair) == 2 and all(type(n) is int for n in pair)
        if not ok or pair[0] < 1 or not (pair[1] == 0 or pair[1] >= pair[0]):
            raise _fail(f"ago_vague_counts.{word} must be [least, most], most 0 or >= least", lang)
        counts[" ".join(word.lower().split())] = (pair[0], pair[1])
    return counts


def _anaphora(lang: str, data: dict[str, Any]) -> AnaphoraLexicon:
    """The ``[anaphora]`` table."""
    table = require(data, "anaphora", dict, _LEXICON, lang=lang)
    determiners = frozenset(" ".join(w.split()) for w in _words(lang, table, "determiners"))
    edge_only = _words(lang, table, "edge_only")
    if not edge_only <= determiners:
        raise _fail("[anaphora] 'edge_only' must be among its 'determiners'", lang)
    return AnaphoraLexicon(
        determiners=determiners,
        edge_only=edge_only,
        units=_words(lang, table, "units"),
        shifts_after_unit=_words(lang, table, "shifts_after_unit"),
        shifts_before_unit=_words(lang, table, "shifts_before_unit"),
    )


@cache
def time_lexicon(lang: str = DEFAULT_LANGUAGE) -> TimeLexicon:
    """Load and validate ``lexicon/<lang>/time.toml`` once per language; raise LexiconError
    on a bad file (naming that language's file)."""
    return read_time_lexicon(load_lexicon(_LEXICON, lang), lang)


def read_time_lexicon(data: dict[str, Any], lang: str = DEFAULT_LANGUAGE) -> TimeLexicon:
    """Validate parsed ``time.toml`` data of language ``lang`` and fold it for look-up.

    Raises:
        LexiconError: a key is missing or has the wrong shape (naming ``lang``'s file).
    """
    as_since = require(data, "as_since", dict, _LEXICON, lang=lang)
    lexicon = TimeLexicon(
        months=_months(lang, data),
        abbreviations=_int_table(lang, data, "month_abbreviations", 1, 12),
        weekdays=_int_table(lang, data, "weekdays", 0, 6),
        seasons=_seasons(lang, data),
        holidays=_holidays(lang, data),
        modifiers=_str_table(lang, data, "modifiers"),
        relative_only=_words(lang, data, "relative_only_modifiers"),
        day_only=_words(lang, data, "day_only_modifiers"),
        weekend_modifiers=_str_table(lang, data, "weekend_modifiers"),
        range_openers=_words(lang, data, "range_openers"),
        range_links=_str_table(lang, data, "range_links", _LINKS),
        day_links=_words(lang, data, "day_links"),
        parts=_str_table(lang, data, "parts"),
        part_thirds=_folded_ints(lang, data, "part_thirds", 1, 3),
        numbers=_folded_ints(lang, data, "numbers", 0, 1000),
        ordinals=_folded_ints(lang, data, "ordinals", 1, 30),
        ordinal_suffixes=_words(lang, data, "ordinal_suffixes"),
        units=_str_table(lang, data, "units", _UNITS),
        plural_units=_words(lang, data, "plural_units"),
        deictic_days=_folded_ints(lang, data, "deictic_days", -7, 7),
        deictic_name_before=_words(lang, data, "deictic_name_before"),
        determiners=_folded_ints(lang, data, "determiners", -1, 1),
        rolling=_folded_ints(lang, data, "rolling", -1, 1),
        edges=_str_table(lang, data, "edges"),
        edge_determiners=_str_table(lang, data, "edge_determiners"),
        edge_units=_words(lang, data, "edge_units"),
        year_parts=_str_table(lang, data, "year_parts", _YEAR_PARTS),
        year_part_letters=_str_table(lang, data, "year_part_letters", _YEAR_PARTS, fold=False),
        year_qualifiers=_words(lang, data, "year_qualifiers"),
        articles=_words(lang, data, "articles"),
        of_words=_words(lang, data, "of_words"),
        ago_words=_words(lang, data, "ago_words"),
        ago_bounds=frozenset(" ".join(w.split()) for w in _words(lang, data, "ago_bounds")),
        ago_hedges=frozenset(" ".join(w.split()) for w in _words(lang, data, "ago_hedges")),
        ago_hedge_modifier=require(data, "ago_hedge_modifier", str, _LEXICON, lang=lang).lower(),
        decade_ago_slack_years=_int(lang, data, "decade_ago_slack_years", 0, 5),
        ago_vague_counts=_vague_counts(lang, data),
        ago_bare_least=_int(lang, data, "ago_bare_least", 1, 10),
        ago_vague_modifier=require(data, "ago_vague_modifier", str, _LEXICON, lang=lang).lower(),
        ago_open_modifier=require(data, "ago_open_modifier", str, _LEXICON, lang=lang).lower(),
        ago_open_bounds=frozenset(
            " ".join(w.split()) for w in _words(lang, data, "ago_open_bounds")
        ),
        ago_same_day=_words(lang, data, "ago_same_day"),
        anaphora=_anaphora(lang, data),
        alternative_links=_words(lang, data, "alternative_links"),
        recent_words=_words(lang, data, "recent_words"),
        weekend_words=_words(lang, data, "weekend_words"),
        century_words=_words(lang, data, "century_words"),
        day_part_words=_words(lang, data, "day_part_words"),
        future_cues=_words(lang, data, "future_cues"),
        past_cues=_words(lang, data, "past_cues"),
        present_cues=_words(lang, data, "present_cues"),
        fronted_openers=_words(lang, data, "fronted_openers"),
        conditional_openers=_words(lang, data, "conditional_openers"),
        clause_titles=title_words(lang) | _words(lang, data, "clause_titles_extra"),
        infinitive_past_forms=_words(lang, data, "infinitive_past_forms"),
        attribution_phrases=frozenset(
            tuple(p.split()) for p in _words(lang, data, "attribution_phrases")
        ),
        schedule_verbs=_words(lang, data, "schedule_verbs"),
        schedule_verbs_relative_only=_words(lang, data, "schedule_verbs_relative_only"),
        schedule_phrases=frozenset(
            tuple(p.split()) for p in _words(lang, data, "schedule_phrases")
        ),
        relative_pronouns=_words(lang, data, "relative_pronouns"),
        plural_subject_stops=_words(lang, data, "plural_subject_stops"),
        plural_suffixes=tuple(sorted(_words(lang, data, "plural_suffixes"))),
        not_plural_suffixes=tuple(sorted(_words(lang, data, "not_plural_suffixes"))),
        schedule_links=_words(lang, data, "schedule_links"),
        present_endings=_endings(lang, data, "present_endings"),
        possessive_endings=_endings(lang, data, "possessive_endings"),
        plural_subject_min_length=_int(lang, data, "plural_subject_min_length", 1, 20),
        intent_heads=_words(lang, data, "intent_heads"),
        infinitive_marks=_words(lang, data, "infinitive_marks"),
        future_cues_after=_words(lang, data, "future_cues_after"),
        intent_reach=_int(lang, data, "intent_reach", 1, 12),
        present_intent_heads=_words(lang, data, "present_intent_heads"),
        present_intent_be=_words(lang, data, "present_intent_be"),
        present_intent_participles=_words(lang, data, "present_intent_participles"),
        present_perfect_auxiliaries=_words(lang, data, "present_perfect_auxiliaries"),
        perfect_intent_heads=_words(lang, data, "perfect_intent_heads"),
        present_intent_reach=_int(lang, data, "present_intent_reach", 1, 30),
        present_intent_breaks=_words(lang, data, "present_intent_breaks"),
        week_ends_on=_weekday_numbers(lang, data, "week_ends_on"),
        future_just_before=_words(lang, data, "future_just_before"),
        day_edge_cues=_words(lang, data, "day_edge_cues"),
        day_edge_cue_spans=_words(lang, data, "day_edge_cue_spans"),
        noun_cues=_words(lang, data, "noun_cues"),
        modal_cues=_words(lang, data, "modal_cues"),
        modal_stops=_words(lang, data, "modal_stops"),
        present_act_verbs=_words(lang, data, "present_act_verbs"),
        named_day_heads=_words(lang, data, "named_day_heads"),
        named_day_back_possessives=_words(lang, data, "named_day_back_possessives"),
        named_day_ahead_possessives=_words(lang, data, "named_day_ahead_possessives"),
        present_act_subjects=_words(lang, data, "present_act_subjects"),
        present_act_plural_subjects=_words(lang, data, "present_act_plural_subjects"),
        present_act_breaks=_words(lang, data, "present_act_breaks"),
        present_act_reach=_int(lang, data, "present_act_reach", 1, 20),
        future_suffixes=_words(lang, data, "future_suffixes"),
        past_suffixes=_words(lang, data, "past_suffixes"),
        past_suffix_min_length=_int(lang, data, "past_suffix_min_length", 1, 20),
        be_words=_words(lang, data, "be_words"),
        passive_auxiliaries=_words(lang, data, "passive_auxiliaries"),
        adjective_openers=_words(lang, data, "adjective_openers"),
        not_past_ed=_words(lang, data, "not_past_ed"),
        future_be=_words(lang, data, "future_be"),
        future_phrases=frozenset(
            (first, second)
            for phrase in _words(lang, data, "future_phrases")
            for first, second in [phrase.split()]
        ),
        not_future_phrases=frozenset(
            (first, second)
            for phrase in _words(lang, data, "not_future_phrases")
            for first, second in [phrase.split()]
        ),
        time_left_phrases=frozenset(
            (first, second)
            for phrase in _words(lang, data, "time_left_phrases")
            for first, second in [phrase.split()]
        ),
        cause_phrases=frozenset(
            (first, second)
            for phrase in _words(lang, data, "cause_phrases")
            for first, second in [phrase.split()]
        ),
        future_cue_after_links=_words(lang, data, "future_cue_after_links"),
        as_since_verbs=_words(lang, as_since, "verbs"),
        as_modifier=str(require(as_since, "modifier", str, _LEXICON, lang=lang)),
        as_read_as=str(require(as_since, "read_as", str, _LEXICON, lang=lang)),
        as_blocked_before=_words(lang, as_since, "blocked_before"),
        not_year_before=_words(lang, data, "not_year_before"),
        not_year_after=_words(lang, data, "not_year_after"),
        year_min=_int(lang, data, "year_min", 1, 9999),
        year_max=_int(lang, data, "year_max", 1, 9999),
        partial_window_days=_int(lang, data, "partial_window_days", 0, 366),
        noun_month_openers=_words(lang, data, "noun_month_openers"),
        noun_month_not_before=_words(lang, data, "noun_month_not_before"),
        noun_month_names_not=_names(lang, data, "noun_month_names_not"),
        noun_month_reach_days=_int(lang, data, "noun_month_reach_days", 0, 366),
        noun_month_scheduled=_words(lang, data, "noun_month_scheduled"),
        clock=_clock(lang, data),
    )
    if lexicon.year_min > lexicon.year_max:
        raise _fail("'year_min' must not exceed 'year_max'", lang)
    if not lexicon.plural_units <= set(lexicon.units):
        raise _fail("'plural_units' must be keys of [units]", lang)
    if not {lexicon.as_modifier, lexicon.as_read_as} <= set(lexicon.modifiers.values()):
        raise _fail("[as_since] 'modifier' and 'read_as' must be values of [modifiers]", lang)
    if not set(lexicon.part_thirds) <= set(lexicon.parts.values()):
        raise _fail("[part_thirds] keys must be values of [parts]", lang)
    canonical = set(lexicon.modifiers.values())
    if not {*lexicon.weekend_modifiers, *lexicon.weekend_modifiers.values()} <= canonical:
        raise _fail("[weekend_modifiers] keys and values must be values of [modifiers]", lang)
    if not lexicon.range_openers <= set(lexicon.modifiers.values()):
        raise _fail("'range_openers' must be values of [modifiers]", lang)
    if not set(lexicon.edge_determiners.values()) <= set(lexicon.determiners):
        raise _fail("[edge_determiners] values must be keys of [determiners]", lang)
    if not lexicon.ago_open_bounds <= lexicon.ago_bounds:
        raise _fail("'ago_open_bounds' must be among 'ago_bounds'", lang)
    scopes = canonical | set(lexicon.clock.modifiers.values())
    if not {lexicon.ago_vague_modifier, lexicon.ago_open_modifier} <= scopes:
        raise _fail(
            "'ago_vague_modifier', 'ago_open_modifier' must be scope words of the lexicon", lang
        )
    if not lexicon.anaphora.units <= set(lexicon.units) - lexicon.plural_units:
        raise _fail("[anaphora] 'units' must be singular keys of [units]", lang)
    if not lexicon.edge_units <= set(lexicon.units) - lexicon.plural_units:
        raise _fail("'edge_units' must be singular keys of [units]", lang)
    return lexicon
