"""The time lexicon: parsed ``lexicon/<lang>/time.toml`` -> a validated, folded ``TimeLexicon``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.lexicon import load_lexicon, require
from crosscheck.text.possessive import possessives
from crosscheck.text.sentences import title_words
from crosscheck.timex.lexicon_fields import (
    LEXICON,
    NamedEvent,
    endings,
    fail,
    fold_apostrophe,
    folded_ints,
    holidays,
    int_table,
    integer,
    months,
    named_days,
    named_events,
    names,
    seasons,
    str_table,
    vague_counts,
    weekday_numbers,
    word_pairs,
    words,
)

__all__ = [
    "AnaphoraLexicon",
    "ClockLexicon",
    "StepsLexicon",
    "TimeLexicon",
    "read_time_lexicon",
    "time_lexicon",
]

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
class StepsLexicon:
    """The ``[steps]`` table: dates told from the date before them ("the next day", "two
    days later"); ``phrases`` maps a phrase to its signed count and unit."""

    max_gap_chars: int
    later_words: frozenset[str]
    counted_units: frozenset[str]
    hedges: frozenset[str]
    rolling_modifiers: frozenset[str]
    rolling_after: frozenset[str]
    closed: frozenset[str]
    same_day_objects: frozenset[str]
    same_day_compared: frozenset[str]
    phrases: Mapping[str, tuple[int, str]]


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
    steps: StepsLexicon
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
    named_day_not_before: frozenset[str]
    named_day_pinning_possessives: frozenset[str]
    named_days: Mapping[str, tuple[date, ...]]
    present_act_subjects: frozenset[str]
    present_act_plural_subjects: frozenset[str]
    present_act_breaks: frozenset[str]
    present_act_reach: int
    possessive_weekday_ahead_days: int
    anticipation_phrases: frozenset[tuple[str, ...]]
    headline_subject_words: int
    fronted_asides: int
    reschedule_verbs: frozenset[str]
    reschedule_reach: int
    deadline_openers: frozenset[str]
    deadline_reach: int
    future_suffixes: frozenset[str]
    past_suffixes: frozenset[str]
    past_suffix_min_length: int
    be_words: frozenset[str]
    passive_auxiliaries: frozenset[str]
    present_passive_auxiliaries: frozenset[str]
    infinitive_not_verbs: frozenset[str]
    infinitive_done_heads: frozenset[str]
    infinitive_not_verb_endings: tuple[str, ...]
    adjective_openers: frozenset[str]
    not_past_ed: frozenset[str]
    participle_prefixes: frozenset[str]
    future_be: frozenset[str]
    future_phrases: frozenset[tuple[str, str]]
    not_future_phrases: frozenset[tuple[str, str]]
    not_past_phrases: frozenset[tuple[str, str]]
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
    past_ahead_days: int
    year_carry_reach: int
    named_event_reach: int
    named_events: tuple[NamedEvent, ...]
    future_behind_days: int
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
        folded = fold_apostrophe(name).lower()
        return next(v for k, v in self.holidays.items() if k.lower() == folded)


def _clock(lang: str, data: dict[str, Any]) -> ClockLexicon:
    """The ``[clock]`` table."""
    table = require(data, "clock", dict, LEXICON, lang=lang)
    return ClockLexicon(
        only_modifiers=words(lang, table, "only_modifiers"),
        cues=words(lang, table, "cues"),
        modifiers=str_table(lang, table, "modifiers"),
        markers=str_table(lang, table, "markers", _MARKERS),
        hour_words=frozenset(str_table(lang, table, "hour_words")),
        named=folded_ints(lang, table, "named", 0, 24 * 60 - 1),
        day_part_first=folded_ints(lang, table, "day_part_first", 0, 24 * 60 - 1),
        day_part_last=folded_ints(lang, table, "day_part_last", 0, 24 * 60 - 1),
        zones=(zones := str_table(lang, table, "zones", fold=False)),
        zone_offsets=_zone_offsets(lang, table, frozenset(zones.values())),
    )


# A zone's offset from UTC lies within these minutes (UTC-12:00 .. UTC+14:00).
_OFFSET_RANGE = (-12 * 60, 14 * 60)


def _zone_offsets(
    lang: str, data: dict[str, Any], zones: frozenset[str]
) -> dict[str, tuple[int, ...]]:
    """Zone names (values of [clock.zones]) to their possible offsets from UTC in minutes."""
    table = require(data, "zone_offsets", dict, LEXICON, lang=lang)
    low, high = _OFFSET_RANGE
    offsets: dict[str, tuple[int, ...]] = {}
    for name, values in table.items():
        ok = isinstance(values, list) and bool(values) and name in zones
        if not ok or not all(
            isinstance(v, int) and not isinstance(v, bool) and low <= v <= high for v in values
        ):
            raise fail(
                f"clock.zone_offsets.{name} must list minutes from UTC of a listed zone", lang
            )
        offsets[name] = tuple(values)
    return offsets


def _anaphora(lang: str, data: dict[str, Any]) -> AnaphoraLexicon:
    """The ``[anaphora]`` table."""
    table = require(data, "anaphora", dict, LEXICON, lang=lang)
    determiners = frozenset(" ".join(w.split()) for w in words(lang, table, "determiners"))
    edge_only = words(lang, table, "edge_only")
    if not edge_only <= determiners:
        raise fail("[anaphora] 'edge_only' must be among its 'determiners'", lang)
    return AnaphoraLexicon(
        determiners=determiners,
        edge_only=edge_only,
        units=words(lang, table, "units"),
        shifts_after_unit=words(lang, table, "shifts_after_unit"),
        shifts_before_unit=words(lang, table, "shifts_before_unit"),
    )


def _steps(lang: str, data: dict[str, Any]) -> StepsLexicon:
    """The ``[steps]`` table; each phrase's step is "<signed count> <unit of [units]>"."""
    table = require(data, "steps", dict, LEXICON, lang=lang)
    units = str_table(lang, data, "units", _UNITS)
    phrases: dict[str, tuple[int, str]] = {}
    for phrase, step in str_table(lang, table, "phrases").items():
        match step.split():
            case [count, unit] if count.lstrip("-").isdigit() and unit in units:
                phrases[" ".join(phrase.split())] = (int(count), units[unit])
            case _:
                raise fail(f"steps.phrases.{phrase} must be '<count> <unit>', not {step!r}", lang)
    closed = frozenset(" ".join(w.split()) for w in words(lang, table, "closed"))
    if not closed <= set(phrases):
        raise fail("[steps] 'closed' must be among its 'phrases'", lang)
    if not words(lang, table, "counted_units") <= set(units.values()):
        raise fail("[steps] 'counted_units' must be values of [units]", lang)
    return StepsLexicon(
        max_gap_chars=integer(lang, table, "max_gap_chars", 1, 100_000),
        later_words=words(lang, table, "later_words"),
        counted_units=words(lang, table, "counted_units"),
        hedges=frozenset(" ".join(w.split()) for w in words(lang, table, "hedges")),
        rolling_modifiers=words(lang, table, "rolling_modifiers"),
        rolling_after=words(lang, table, "rolling_after"),
        closed=closed,
        same_day_objects=words(lang, table, "same_day_objects"),
        same_day_compared=words(lang, table, "same_day_compared"),
        phrases=phrases,
    )


@cache
def time_lexicon(lang: str = DEFAULT_LANGUAGE) -> TimeLexicon:
    """Load and validate ``lexicon/<lang>/time.toml`` once per language; raise LexiconError
    on a bad file (naming that language's file)."""
    return read_time_lexicon(load_lexicon(LEXICON, lang), lang)


def read_time_lexicon(data: dict[str, Any], lang: str = DEFAULT_LANGUAGE) -> TimeLexicon:
    """Validate parsed ``time.toml`` data of language ``lang`` and fold it for look-up.

    Raises:
        LexiconError: a key is missing or has the wrong shape (naming ``lang``'s file).
    """
    as_since = require(data, "as_since", dict, LEXICON, lang=lang)
    lexicon = TimeLexicon(
        months=months(lang, data),
        abbreviations=int_table(lang, data, "month_abbreviations", 1, 12),
        weekdays=int_table(lang, data, "weekdays", 0, 6),
        seasons=seasons(lang, data),
        holidays=holidays(lang, data),
        modifiers=str_table(lang, data, "modifiers"),
        relative_only=words(lang, data, "relative_only_modifiers"),
        day_only=words(lang, data, "day_only_modifiers"),
        weekend_modifiers=str_table(lang, data, "weekend_modifiers"),
        range_openers=words(lang, data, "range_openers"),
        range_links=str_table(lang, data, "range_links", _LINKS),
        day_links=words(lang, data, "day_links"),
        parts=str_table(lang, data, "parts"),
        part_thirds=folded_ints(lang, data, "part_thirds", 1, 3),
        numbers=folded_ints(lang, data, "numbers", 0, 1000),
        ordinals=folded_ints(lang, data, "ordinals", 1, 30),
        ordinal_suffixes=words(lang, data, "ordinal_suffixes"),
        units=str_table(lang, data, "units", _UNITS),
        plural_units=words(lang, data, "plural_units"),
        deictic_days=folded_ints(lang, data, "deictic_days", -7, 7),
        deictic_name_before=words(lang, data, "deictic_name_before"),
        determiners=folded_ints(lang, data, "determiners", -1, 1),
        rolling=folded_ints(lang, data, "rolling", -1, 1),
        edges=str_table(lang, data, "edges"),
        edge_determiners=str_table(lang, data, "edge_determiners"),
        edge_units=words(lang, data, "edge_units"),
        year_parts=str_table(lang, data, "year_parts", _YEAR_PARTS),
        year_part_letters=str_table(lang, data, "year_part_letters", _YEAR_PARTS, fold=False),
        year_qualifiers=words(lang, data, "year_qualifiers"),
        articles=words(lang, data, "articles"),
        of_words=words(lang, data, "of_words"),
        ago_words=words(lang, data, "ago_words"),
        ago_bounds=frozenset(" ".join(w.split()) for w in words(lang, data, "ago_bounds")),
        ago_hedges=frozenset(" ".join(w.split()) for w in words(lang, data, "ago_hedges")),
        ago_hedge_modifier=require(data, "ago_hedge_modifier", str, LEXICON, lang=lang).lower(),
        decade_ago_slack_years=integer(lang, data, "decade_ago_slack_years", 0, 5),
        ago_vague_counts=vague_counts(lang, data),
        ago_bare_least=integer(lang, data, "ago_bare_least", 1, 10),
        ago_vague_modifier=require(data, "ago_vague_modifier", str, LEXICON, lang=lang).lower(),
        ago_open_modifier=require(data, "ago_open_modifier", str, LEXICON, lang=lang).lower(),
        ago_open_bounds=frozenset(
            " ".join(w.split()) for w in words(lang, data, "ago_open_bounds")
        ),
        ago_same_day=words(lang, data, "ago_same_day"),
        anaphora=_anaphora(lang, data),
        steps=_steps(lang, data),
        alternative_links=words(lang, data, "alternative_links"),
        recent_words=words(lang, data, "recent_words"),
        weekend_words=words(lang, data, "weekend_words"),
        century_words=words(lang, data, "century_words"),
        day_part_words=words(lang, data, "day_part_words"),
        future_cues=words(lang, data, "future_cues"),
        past_cues=words(lang, data, "past_cues"),
        present_cues=words(lang, data, "present_cues"),
        fronted_openers=words(lang, data, "fronted_openers"),
        conditional_openers=words(lang, data, "conditional_openers"),
        clause_titles=title_words(lang) | words(lang, data, "clause_titles_extra"),
        infinitive_past_forms=words(lang, data, "infinitive_past_forms"),
        attribution_phrases=frozenset(
            tuple(p.split()) for p in words(lang, data, "attribution_phrases")
        ),
        schedule_verbs=words(lang, data, "schedule_verbs"),
        schedule_verbs_relative_only=words(lang, data, "schedule_verbs_relative_only"),
        schedule_phrases=frozenset(tuple(p.split()) for p in words(lang, data, "schedule_phrases")),
        relative_pronouns=words(lang, data, "relative_pronouns"),
        plural_subject_stops=words(lang, data, "plural_subject_stops"),
        plural_suffixes=tuple(sorted(words(lang, data, "plural_suffixes"))),
        not_plural_suffixes=tuple(sorted(words(lang, data, "not_plural_suffixes"))),
        schedule_links=words(lang, data, "schedule_links"),
        present_endings=endings(lang, data, "present_endings"),
        possessive_endings=possessives(lang).endings,
        plural_subject_min_length=integer(lang, data, "plural_subject_min_length", 1, 20),
        intent_heads=words(lang, data, "intent_heads"),
        infinitive_marks=words(lang, data, "infinitive_marks"),
        future_cues_after=words(lang, data, "future_cues_after"),
        intent_reach=integer(lang, data, "intent_reach", 1, 12),
        present_intent_heads=words(lang, data, "present_intent_heads"),
        present_intent_be=words(lang, data, "present_intent_be"),
        present_intent_participles=words(lang, data, "present_intent_participles"),
        present_perfect_auxiliaries=words(lang, data, "present_perfect_auxiliaries"),
        perfect_intent_heads=words(lang, data, "perfect_intent_heads"),
        present_intent_reach=integer(lang, data, "present_intent_reach", 1, 30),
        present_intent_breaks=words(lang, data, "present_intent_breaks"),
        week_ends_on=weekday_numbers(lang, data, "week_ends_on"),
        future_just_before=words(lang, data, "future_just_before"),
        day_edge_cues=words(lang, data, "day_edge_cues"),
        day_edge_cue_spans=words(lang, data, "day_edge_cue_spans"),
        noun_cues=words(lang, data, "noun_cues"),
        modal_cues=words(lang, data, "modal_cues"),
        modal_stops=words(lang, data, "modal_stops"),
        present_act_verbs=words(lang, data, "present_act_verbs"),
        named_day_heads=words(lang, data, "named_day_heads"),
        named_day_back_possessives=words(lang, data, "named_day_back_possessives"),
        named_day_ahead_possessives=words(lang, data, "named_day_ahead_possessives"),
        named_day_not_before=words(lang, data, "named_day_not_before"),
        named_day_pinning_possessives=words(lang, data, "named_day_pinning_possessives"),
        named_days=named_days(lang, data),
        present_act_subjects=words(lang, data, "present_act_subjects"),
        present_act_plural_subjects=words(lang, data, "present_act_plural_subjects"),
        present_act_breaks=words(lang, data, "present_act_breaks"),
        present_act_reach=integer(lang, data, "present_act_reach", 1, 20),
        possessive_weekday_ahead_days=integer(lang, data, "possessive_weekday_ahead_days", 0, 6),
        reschedule_verbs=words(lang, data, "reschedule_verbs"),
        deadline_openers=words(lang, data, "deadline_openers"),
        deadline_reach=integer(lang, data, "deadline_reach", 1, 10),
        reschedule_reach=integer(lang, data, "reschedule_reach", 1, 30),
        fronted_asides=integer(lang, data, "fronted_asides", 0, 3),
        headline_subject_words=integer(lang, data, "headline_subject_words", 1, 10),
        anticipation_phrases=frozenset(
            tuple(p.split()) for p in words(lang, data, "anticipation_phrases")
        ),
        future_suffixes=words(lang, data, "future_suffixes"),
        past_suffixes=words(lang, data, "past_suffixes"),
        past_suffix_min_length=integer(lang, data, "past_suffix_min_length", 1, 20),
        be_words=words(lang, data, "be_words"),
        passive_auxiliaries=words(lang, data, "passive_auxiliaries"),
        present_passive_auxiliaries=words(lang, data, "present_passive_auxiliaries"),
        infinitive_not_verbs=words(lang, data, "infinitive_not_verbs"),
        infinitive_done_heads=words(lang, data, "infinitive_done_heads"),
        infinitive_not_verb_endings=tuple(sorted(words(lang, data, "infinitive_not_verb_endings"))),
        adjective_openers=words(lang, data, "adjective_openers"),
        not_past_ed=words(lang, data, "not_past_ed"),
        participle_prefixes=words(lang, data, "participle_prefixes"),
        future_be=words(lang, data, "future_be"),
        future_phrases=word_pairs(lang, data, "future_phrases"),
        not_future_phrases=word_pairs(lang, data, "not_future_phrases"),
        not_past_phrases=word_pairs(lang, data, "not_past_phrases"),
        time_left_phrases=word_pairs(lang, data, "time_left_phrases"),
        cause_phrases=word_pairs(lang, data, "cause_phrases"),
        future_cue_after_links=words(lang, data, "future_cue_after_links"),
        as_since_verbs=words(lang, as_since, "verbs"),
        as_modifier=str(require(as_since, "modifier", str, LEXICON, lang=lang)),
        as_read_as=str(require(as_since, "read_as", str, LEXICON, lang=lang)),
        as_blocked_before=words(lang, as_since, "blocked_before"),
        not_year_before=words(lang, data, "not_year_before"),
        not_year_after=words(lang, data, "not_year_after"),
        year_min=integer(lang, data, "year_min", 1, 9999),
        year_max=integer(lang, data, "year_max", 1, 9999),
        partial_window_days=integer(lang, data, "partial_window_days", 0, 366),
        past_ahead_days=integer(lang, data, "past_ahead_days", 0, 366),
        year_carry_reach=integer(lang, data, "year_carry_reach", 0, 1_000_000),
        named_event_reach=integer(lang, data, "named_event_reach", 0, 10_000),
        named_events=named_events(lang, data),
        future_behind_days=integer(lang, data, "future_behind_days", 0, 366),
        noun_month_openers=words(lang, data, "noun_month_openers"),
        noun_month_not_before=words(lang, data, "noun_month_not_before"),
        noun_month_names_not=names(lang, data, "noun_month_names_not"),
        noun_month_reach_days=integer(lang, data, "noun_month_reach_days", 0, 366),
        noun_month_scheduled=words(lang, data, "noun_month_scheduled"),
        clock=_clock(lang, data),
    )
    if lexicon.year_min > lexicon.year_max:
        raise fail("'year_min' must not exceed 'year_max'", lang)
    if not lexicon.plural_units <= set(lexicon.units):
        raise fail("'plural_units' must be keys of [units]", lang)
    if not {lexicon.as_modifier, lexicon.as_read_as} <= set(lexicon.modifiers.values()):
        raise fail("[as_since] 'modifier' and 'read_as' must be values of [modifiers]", lang)
    if not set(lexicon.part_thirds) <= set(lexicon.parts.values()):
        raise fail("[part_thirds] keys must be values of [parts]", lang)
    canonical = set(lexicon.modifiers.values())
    if not {*lexicon.weekend_modifiers, *lexicon.weekend_modifiers.values()} <= canonical:
        raise fail("[weekend_modifiers] keys and values must be values of [modifiers]", lang)
    if not lexicon.range_openers <= set(lexicon.modifiers.values()):
        raise fail("'range_openers' must be values of [modifiers]", lang)
    if not set(lexicon.edge_determiners.values()) <= set(lexicon.determiners):
        raise fail("[edge_determiners] values must be keys of [determiners]", lang)
    if not lexicon.ago_open_bounds <= lexicon.ago_bounds:
        raise fail("'ago_open_bounds' must be among 'ago_bounds'", lang)
    scopes = canonical | set(lexicon.clock.modifiers.values())
    if not {lexicon.ago_vague_modifier, lexicon.ago_open_modifier} <= scopes:
        raise fail(
            "'ago_vague_modifier', 'ago_open_modifier' must be scope words of the lexicon", lang
        )
    if not lexicon.anaphora.units <= set(lexicon.units) - lexicon.plural_units:
        raise fail("[anaphora] 'units' must be singular keys of [units]", lang)
    if not lexicon.edge_units <= set(lexicon.units) - lexicon.plural_units:
        raise fail("'edge_units' must be singular keys of [units]", lang)
    return lexicon
