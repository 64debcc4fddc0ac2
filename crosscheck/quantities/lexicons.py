"""Number, modifier, magnitude, currency and unit lexicons of one language: TOML -> validated
records, once per language (a bad value names ``lexicon/<lang>/<name>.toml``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from crosscheck.errors import LexiconError
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.lexicon import lexicon_path, load_lexicon, require
from crosscheck.quantities.kinds import _BOUNDS, _C, _K
from crosscheck.text.words import irregular_plurals

# --- lexicons -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class _Word:
    """A number word: its kind, value and whether it is a plural form."""

    kind: _K
    value: float
    plural: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class _Suffix:
    """A multiplier written after digits ("10k", "5.7bn")."""

    text: str
    value: float
    case_sensitive: bool
    glued: bool
    spaced: bool
    after_currency: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class _NumberLexicon:
    """numbers.toml, validated."""

    words: Mapping[str, _Word]
    vulgar: Mapping[str, float]
    not_denominators: frozenset[str]
    standalone_ordinals: frozenset[str]
    pronoun_one_after: frozenset[str]
    pronoun_one_before: frozenset[str]
    second_not_after: frozenset[str]
    half_not_after: frozenset[str]
    articles: tuple[str, ...]
    definite: tuple[str, ...]
    partitive: frozenset[str]
    denominator_followers: frozenset[str]
    fraction_bounds: frozenset[str]
    pronoun_one: frozenset[str]
    margin_before: tuple[str, ...]
    time_ordinals: frozenset[str]
    age_suffixes: tuple[str, ...]
    ordinal_suffixes: tuple[str, ...]
    plural_suffix: str
    singulars: Mapping[str, str]
    labels: frozenset[str]
    names_before: tuple[str, ...]
    not_figures: tuple[str, ...]
    street_words: tuple[str, ...]
    ordinal_names: tuple[str, ...]
    kind_parts: tuple[str, ...]
    year_apostrophes: tuple[str, ...]
    adverb_ordinals: frozenset[str]
    adverb_not_after: frozenset[str]
    adverb_verbs: frozenset[str]
    adverb_verb_ending: str
    adverb_gerund_ending: str
    adverb_gerund_objects: frozenset[str]
    priority_verbs: frozenset[str]
    priority_next_verbs: frozenset[str]
    priority_after: frozenset[str]
    priority_words: int
    vague_pair_figures: frozenset[str]
    vague_pair_units: frozenset[str]
    vague_pair_joint: str
    list_marks: frozenset[str]
    list_number_digits: int
    bullet_marks: str
    signed_units: tuple[str, ...]
    connectors: Mapping[str, _C]
    fraction_of_scale_min: float
    suffixes: tuple[_Suffix, ...]
    months: tuple[str, ...]
    year_min: int
    year_max: int
    day_max: int
    time_markers: tuple[str, ...]
    percent: tuple[str, ...]
    percentage_points: tuple[str, ...]
    durations: Mapping[str, tuple[str, float]]
    duration_gap_words: tuple[str, ...]
    age_units: tuple[str, ...]
    age_prefixes: tuple[str, ...]
    age_pair_joints: tuple[str, ...]
    age_said_before: tuple[str, ...]
    age_said_next: frozenset[str]
    apposed_age_max: int
    apposed_age_not_names: frozenset[str]
    apposed_age_now: frozenset[str]
    implicit_durations: Mapping[str, tuple[str, float]]
    bounded_durations: Mapping[str, tuple[str, float]]
    bounded_durations_not_followed: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Affix:
    """A modifier phrase before or after a figure, with the bound it sets."""

    phrase: str
    bound: str
    glued: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class _ModifierLexicon:
    """modifiers.toml, validated."""

    prefixes: tuple[_Affix, ...]
    suffixes: tuple[_Affix, ...]
    relative: float
    units: float
    openers: tuple[str, ...]
    between_openers: tuple[str, ...]  # the openers that take between_joiners, not joiners
    between_joiners: tuple[str, ...]
    joiners: tuple[str, ...]
    alternatives: tuple[str, ...]  # "two [or] three": a range when the smaller comes first
    alternatives_max_ratio: float  # "10 or 20" is a range, "three or 10" two figures
    dashes: tuple[str, ...]
    high_inclusive: bool
    combine_joiners: tuple[str, ...]
    duration_phrases: frozenset[str]
    duration_after: frozenset[str]
    move_phrases: frozenset[str]  # "up to" after a move verb: "ticked up to 7.9%"
    move_after: frozenset[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Magnitude:
    """A vague magnitude phrase and its interval.

    ``follow``: the words one of which must come next (empty: any), unless one of
    ``after`` comes right before ("for several weeks", "within hours": a length); ``not_after``:
    words that must not come right before ("the days after" is a period); ``duration``: the
    time unit of a vague duration ("hours" after -> "hour"), empty for a count.
    """

    text: str
    low: float
    high: float
    high_inclusive: bool = True
    follow: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    duration: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class _CurrencyLexicon:
    """currencies.toml, validated."""

    symbols: Mapping[str, str]
    codes: tuple[str, ...]
    words: Mapping[str, str]
    in_words: tuple[str, ...]
    in_gap: int
    in_least: float
    not_before: tuple[str, ...]


def _number(value: Any, what: str, lexicon: str, lang: str) -> float:
    """A TOML number (not a bool) as a float, or LexiconError."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise LexiconError(f"{what} must be a number", path=lexicon_path(lexicon, lang))
    return float(value)


def _strings(value: Any, what: str, lexicon: str, lang: str) -> tuple[str, ...]:
    """A TOML list of non-empty strings, or LexiconError."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise LexiconError(f"{what} must be a list of strings", path=lexicon_path(lexicon, lang))
    return tuple(value)


def _number_table(data: dict[str, Any], key: str, lexicon: str, lang: str) -> dict[str, float]:
    """A TOML table of word -> number."""
    table = require(data, key, dict, lexicon, lang=lang)
    return {str(k): _number(v, f"{key}.{k}", lexicon, lang) for k, v in table.items()}


def _unit_pairs(
    data: dict[str, Any], key: str, lexicon: str, lang: str
) -> dict[str, tuple[str, float]]:
    """A TOML table of word -> [dimension, factor]."""
    table = require(data, key, dict, lexicon, lang=lang)
    out: dict[str, tuple[str, float]] = {}
    for k, v in table.items():
        if not (isinstance(v, list) and len(v) == 2 and isinstance(v[0], str)):
            raise LexiconError(
                f"{key}.{k} must be [dimension, factor]", path=lexicon_path(lexicon, lang)
            )
        out[str(k)] = (v[0], _number(v[1], f"{key}.{k}", lexicon, lang))
    return out


@cache
def _numbers(lang: str) -> _NumberLexicon:
    """numbers.toml, parsed and validated once."""
    name = "numbers"
    data = load_lexicon(name, lang)
    words: dict[str, _Word] = {}
    for key, kind in (("cardinals", None), ("tens", _K.TENS)):
        for word, value in _number_table(data, key, name, lang).items():
            k = kind or (_K.UNIT if value < 10 else _K.TEEN)
            words[word] = _Word(kind=k, value=value)
    irregular = irregular_plurals(lang)  # "half" -> "halves"
    lists = require(data, "words", dict, name, lang=lang)
    plural_suffix = require(lists, "plural_suffix", str, name, lang=lang)
    for key, kind in (
        ("scales", _K.SCALE),
        ("dozens", _K.DOZEN),
        ("ordinals", _K.ORDINAL),
        ("fraction_words", _K.FRACWORD),
    ):
        for word, value in _number_table(data, key, name, lang).items():
            k = _K.HUNDRED if kind is _K.SCALE and value == 100 else kind
            words[word] = _Word(kind=k, value=value)
            words[irregular.get(word, word + plural_suffix)] = _Word(
                kind=k, value=value, plural=True
            )
    negative = _strings(lists.get("negative"), "words.negative", name, lang)
    for word in negative:
        words[word] = _Word(kind=_K.NEGATIVE, value=-1.0)
    roles = {role.name.lower(): role for role in _C}
    connectors: dict[str, _C] = {}
    for phrase, role in require(data, "connectors", dict, name, lang=lang).items():
        if role not in roles:
            raise LexiconError(f"unknown connector role {role!r}", path=lexicon_path(name, lang))
        connectors[str(phrase)] = roles[role]
    suffixes = []
    for entry in require(data, "suffixes", list, name, lang=lang):
        if not isinstance(entry, dict):
            raise LexiconError("suffixes must be tables", path=lexicon_path(name, lang))
        suffixes.append(
            _Suffix(
                text=require(entry, "text", str, name, lang=lang),
                value=_number(entry.get("value"), "suffixes.value", name, lang),
                case_sensitive=require(entry, "case_sensitive", bool, name, lang=lang),
                glued=require(entry, "glued", bool, name, lang=lang),
                spaced=require(entry, "spaced", bool, name, lang=lang),
                after_currency=require(entry, "after_currency", bool, name, lang=lang),
            )
        )
    dates = require(data, "dates", dict, name, lang=lang)
    units = require(data, "units", dict, name, lang=lang)
    fractions = require(data, "fractions", dict, name, lang=lang)
    return _NumberLexicon(
        words=MappingProxyType(words),
        vulgar=MappingProxyType(_number_table(data, "vulgar_fractions", name, lang)),
        not_denominators=frozenset(_strings(lists.get("not_denominators"), "words", name, lang)),
        standalone_ordinals=frozenset(
            _strings(lists.get("standalone_ordinals"), "words", name, lang)
        ),
        pronoun_one_after=frozenset(_strings(lists.get("pronoun_one_after"), "words", name, lang)),
        pronoun_one_before=frozenset(
            _strings(lists.get("pronoun_one_before"), "words", name, lang)
        ),
        second_not_after=frozenset(_strings(lists.get("second_not_after"), "words", name, lang)),
        half_not_after=frozenset(_strings(lists.get("half_not_after"), "words", name, lang)),
        articles=tuple(
            sorted(
                _strings(lists.get("articles"), "words.articles", name, lang), key=len, reverse=True
            )
        ),
        definite=_strings(lists.get("definite"), "words.definite", name, lang),
        partitive=frozenset(_strings(lists.get("partitive"), "words.partitive", name, lang)),
        denominator_followers=frozenset(
            _strings(lists.get("denominator_followers"), "words.denominator_followers", name, lang)
        ),
        fraction_bounds=frozenset(
            _strings(lists.get("fraction_bounds", []), "words.fraction_bounds", name, lang)
        ),
        pronoun_one=frozenset(_strings(lists.get("pronoun_one"), "words.pronoun_one", name, lang)),
        margin_before=_strings(lists.get("margin_before", []), "words.margin_before", name, lang),
        time_ordinals=frozenset(_strings(lists.get("time_ordinals"), "words", name, lang)),
        age_suffixes=_strings(lists.get("age_suffixes"), "words.age_suffixes", name, lang),
        ordinal_suffixes=_strings(lists.get("ordinal_suffixes"), "words", name, lang),
        plural_suffix=plural_suffix,
        singulars=MappingProxyType({plural: word for word, plural in irregular.items()}),
        labels=frozenset(_strings(lists.get("labels"), "words.labels", name, lang)),
        names_before=_strings(lists.get("names_before"), "words.names_before", name, lang),
        not_figures=_strings(lists.get("not_figures"), "words.not_figures", name, lang),
        street_words=_strings(lists.get("street_words", []), "words.street_words", name, lang),
        ordinal_names=_strings(lists.get("ordinal_names", []), "words.ordinal_names", name, lang),
        kind_parts=_strings(lists.get("kind_parts", []), "words.kind_parts", name, lang),
        year_apostrophes=_strings(
            lists.get("year_apostrophes", []), "words.year_apostrophes", name, lang
        ),
        adverb_ordinals=frozenset(_strings(lists.get("adverb_ordinals", []), "words", name, lang)),
        adverb_not_after=frozenset(
            _strings(lists.get("adverb_not_after", []), "words", name, lang)
        ),
        adverb_verbs=frozenset(_strings(lists.get("adverb_verbs", []), "words", name, lang)),
        adverb_verb_ending=str(lists.get("adverb_verb_ending", "")),
        adverb_gerund_ending=str(lists.get("adverb_gerund_ending", "")),
        adverb_gerund_objects=frozenset(
            _strings(lists.get("adverb_gerund_objects", []), "words", name, lang)
        ),
        priority_verbs=frozenset(_strings(lists.get("priority_verbs", []), "words", name, lang)),
        priority_next_verbs=frozenset(
            _strings(lists.get("priority_next_verbs", []), "words", name, lang)
        ),
        priority_after=frozenset(_strings(lists.get("priority_after", []), "words", name, lang)),
        priority_words=int(lists.get("priority_words", 0)),
        vague_pair_figures=frozenset(
            _strings(lists.get("vague_pair_figures", []), "words", name, lang)
        ),
        vague_pair_joint=str(lists.get("vague_pair_joint", "")),
        list_marks=frozenset(_strings(lists.get("list_marks", []), "words", name, lang)),
        list_number_digits=int(lists.get("list_number_digits", 0)),
        bullet_marks="".join(_strings(lists.get("bullet_marks", []), "words", name, lang)),
        signed_units=_strings(lists.get("signed_units", []), "words.signed_units", name, lang),
        vague_pair_units=frozenset(
            _strings(lists.get("vague_pair_units", []), "words", name, lang)
        ),
        connectors=MappingProxyType(connectors),
        fraction_of_scale_min=_number(
            fractions.get("fraction_of_scale_min"), "fraction_of_scale_min", name, lang
        ),
        suffixes=tuple(sorted(suffixes, key=lambda s: -len(s.text))),
        months=_strings(dates.get("months"), "dates.months", name, lang),
        year_min=int(_number(dates.get("year_min"), "dates.year_min", name, lang)),
        year_max=int(_number(dates.get("year_max"), "dates.year_max", name, lang)),
        day_max=int(_number(dates.get("day_max"), "dates.day_max", name, lang)),
        time_markers=_strings(
            require(data, "times", dict, name, lang=lang).get("markers"),
            "times.markers",
            name,
            lang,
        ),
        percent=_strings(units.get("percent"), "units.percent", name, lang),
        percentage_points=_strings(units.get("percentage_points"), "units", name, lang),
        durations=MappingProxyType(_unit_pairs(units, "durations", name, lang)),
        duration_gap_words=_strings(
            units.get("duration_gap_words", []), "units.duration_gap_words", name, lang
        ),
        age_units=_strings(units.get("age_units"), "units.age_units", name, lang),
        age_prefixes=_strings(units.get("age_prefixes"), "units.age_prefixes", name, lang),
        age_pair_joints=_strings(units.get("age_pair_joints", []), "units.age_pair", name, lang),
        age_said_before=_strings(units.get("age_said_before", []), "units.age_said", name, lang),
        age_said_next=frozenset(
            w.lower()
            for w in _strings(units.get("age_said_next", []), "units.age_said", name, lang)
        ),
        apposed_age_max=int(
            _number(units.get("apposed_age_max"), "units.apposed_age_max", name, lang)
        ),
        apposed_age_not_names=frozenset(
            _strings(units.get("apposed_age_not_names"), "units.apposed_age_not_names", name, lang)
        ),
        apposed_age_now=frozenset(
            _strings(units.get("apposed_age_now", []), "units.apposed_age_now", name, lang)
        ),
        implicit_durations=MappingProxyType(_unit_pairs(units, "implicit_durations", name, lang)),
        bounded_durations=MappingProxyType(_unit_pairs(units, "bounded_durations", name, lang)),
        bounded_durations_not_followed=_strings(
            units.get("bounded_durations_not_followed"), "units.bounded_durations", name, lang
        ),
    )


def _affixes(data: dict[str, Any], key: str, lexicon: str, lang: str) -> tuple[_Affix, ...]:
    """The [[prefix]] or [[suffix]] entries of modifiers.toml."""
    out: list[_Affix] = []
    for entry in require(data, key, list, lexicon, lang=lang):
        if not isinstance(entry, dict):
            raise LexiconError(f"{key} entries must be tables", path=lexicon_path(lexicon, lang))
        bound = require(entry, "bound", str, lexicon, lang=lang)
        if bound not in _BOUNDS:
            raise LexiconError(f"unknown bound {bound!r}", path=lexicon_path(lexicon, lang))
        glued = entry.get("glued", False)
        if not isinstance(glued, bool):
            raise LexiconError(
                f"{key}.glued must be true or false", path=lexicon_path(lexicon, lang)
            )
        for phrase in _strings(entry.get("phrases"), f"{key}.phrases", lexicon, lang):
            out.append(_Affix(phrase=phrase, bound=bound, glued=glued))
    return tuple(out)


@cache
def _modifiers(lang: str) -> _ModifierLexicon:
    """modifiers.toml, parsed and validated once."""
    name = "modifiers"
    data = load_lexicon(name, lang)
    tolerance = require(data, "tolerance", dict, name, lang=lang)
    rng = require(data, "range", dict, name, lang=lang)
    combine = require(data, "combine", dict, name, lang=lang)
    durations = require(data, "durations", dict, name, lang=lang)
    moves = require(data, "moves", dict, name, lang=lang)
    return _ModifierLexicon(
        prefixes=_affixes(data, "prefix", name, lang),
        suffixes=_affixes(data, "suffix", name, lang),
        relative=_number(tolerance.get("relative"), "tolerance.relative", name, lang),
        units=_number(tolerance.get("significant_digit_units"), "tolerance", name, lang),
        openers=_strings(rng.get("openers"), "range.openers", name, lang),
        between_openers=_strings(rng.get("between_openers"), "range.between_openers", name, lang),
        between_joiners=_strings(rng.get("between_joiners"), "range.between_joiners", name, lang),
        joiners=_strings(rng.get("joiners"), "range.joiners", name, lang),
        alternatives=_strings(rng.get("alternatives", []), "range.alternatives", name, lang),
        alternatives_max_ratio=_number(
            rng.get("alternatives_max_ratio", 1), "range.alternatives_max_ratio", name, lang
        ),
        dashes=_strings(rng.get("dashes"), "range.dashes", name, lang),
        high_inclusive=require(rng, "high_inclusive", bool, name, lang=lang),
        combine_joiners=_strings(combine.get("joiners"), "combine.joiners", name, lang),
        duration_phrases=frozenset(
            _strings(durations.get("phrases"), "durations.phrases", name, lang)
        ),
        duration_after=frozenset(_strings(durations.get("after"), "durations.after", name, lang)),
        move_phrases=frozenset(_strings(moves.get("phrases"), "moves.phrases", name, lang)),
        move_after=frozenset(_strings(moves.get("after"), "moves.after", name, lang)),
    )


@cache
def _magnitudes(lang: str) -> tuple[_Magnitude, ...]:
    """magnitudes.toml: the phrases and the quantifier x scale combinations, longest first."""
    name = "magnitudes"
    data = load_lexicon(name, lang)
    out: list[_Magnitude] = []
    for entry in require(data, "phrase", list, name, lang=lang):
        if not isinstance(entry, dict):
            raise LexiconError("phrase entries must be tables", path=lexicon_path(name, lang))
        high_inclusive = entry.get("high_inclusive", True)
        follow = entry.get("follow", [])
        follow = [follow] if isinstance(follow, str) else follow
        not_after = entry.get("not_after", [])
        after = entry.get("after", [])
        duration = entry.get("duration", "")
        if (
            not isinstance(high_inclusive, bool)
            or not isinstance(follow, list)
            or not isinstance(not_after, list)
            or not isinstance(after, list)
            or not all(isinstance(w, str) for w in [*follow, *not_after, *after])
            or not isinstance(duration, str)
        ):
            raise LexiconError(
                "bad high_inclusive, follow, after, not_after or duration",
                path=lexicon_path(name, lang),
            )
        out.append(
            _Magnitude(
                text=require(entry, "text", str, name, lang=lang),
                low=_number(entry.get("low"), "phrase.low", name, lang),
                high=_number(entry.get("high"), "phrase.high", name, lang),
                high_inclusive=high_inclusive,
                follow=tuple(follow),
                after=tuple(after),
                not_after=tuple(not_after),
                duration=duration,
            )
        )
    scales = _number_table(data, "quantifier_scales", name, lang)
    for entry in require(data, "quantifier", list, name, lang=lang):
        if not isinstance(entry, dict):
            raise LexiconError("quantifier entries must be tables", path=lexicon_path(name, lang))
        text = require(entry, "text", str, name, lang=lang)
        low = _number(entry.get("low"), "quantifier.low", name, lang)
        high = _number(entry.get("high"), "quantifier.high", name, lang)
        for scale_word, scale in scales.items():
            out.append(
                _Magnitude(
                    text=f"{text} {scale_word}", low=low * scale, high=(high + 1) * scale - 1
                )
            )
    for m in out:
        if m.low > m.high:
            raise LexiconError(f"{m.text!r}: low above high", path=lexicon_path(name, lang))
    return tuple(sorted(out, key=lambda m: -len(m.text)))


@cache
def _magnitude_table(lang: str) -> Mapping[str, _Magnitude]:
    """Vague magnitudes by their words."""
    return MappingProxyType({" ".join(m.text.split()): m for m in _magnitudes(lang)})


@cache
def _currencies(lang: str) -> _CurrencyLexicon:
    """currencies.toml, parsed and validated once."""
    name = "currencies"
    data = load_lexicon(name, lang)
    symbols = require(data, "symbols", dict, name, lang=lang)
    words = require(data, "words", dict, name, lang=lang)
    for table in (symbols, words):
        if not all(isinstance(v, str) and len(v) == 3 for v in table.values()):
            raise LexiconError("currency codes must be 3 letters", path=lexicon_path(name, lang))
    return _CurrencyLexicon(
        symbols=MappingProxyType({str(k): str(v) for k, v in symbols.items()}),
        codes=_strings(data.get("codes"), "codes", name, lang),
        words=MappingProxyType({str(k).lower(): str(v) for k, v in words.items()}),
        in_words=_strings(data.get("in_words", []), "in_words", name, lang),
        in_gap=int(_number(data.get("in_gap", 0), "in_gap", name, lang)),
        in_least=_number(data.get("in_least", 0), "in_least", name, lang),
        not_before=_strings(data.get("not_before", []), "not_before", name, lang),
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class _Measure:
    """A unit of physical measure: its canonical name, dimension and factor to the base unit."""

    measure: str
    dimension: str
    factor: float
    not_after_scale: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class _UnitLexicon:
    """units.toml, validated: surfaces (lower-cased, or exact when case-sensitive) -> unit."""

    folded: Mapping[str, _Measure]
    exact: Mapping[str, _Measure]
    base: Mapping[str, str]


@cache
def _units(lang: str) -> _UnitLexicon:
    """units.toml, parsed and validated once."""
    name = "units"
    data = load_lexicon(name, lang)
    base = require(data, "dimensions", dict, name, lang=lang)
    if not all(isinstance(v, str) and v for v in base.values()):
        raise LexiconError("dimensions must name their base unit", path=lexicon_path(name, lang))
    folded: dict[str, _Measure] = {}
    exact: dict[str, _Measure] = {}
    for entry in require(data, "unit", list, name, lang=lang):
        if not isinstance(entry, dict):
            raise LexiconError("unit entries must be tables", path=lexicon_path(name, lang))
        dimension = require(entry, "dimension", str, name, lang=lang)
        factor = _number(entry.get("factor"), "unit.factor", name, lang)
        if dimension not in base or not factor > 0:
            raise LexiconError(
                f"unit {entry.get('measure')!r}: unknown dimension or factor not above 0",
                path=lexicon_path(name, lang),
            )
        flags = [entry.get(k, False) for k in ("case_sensitive", "not_after_scale")]
        if not all(isinstance(f, bool) for f in flags):
            raise LexiconError("unit flags must be true or false", path=lexicon_path(name, lang))
        unit = _Measure(
            measure=require(entry, "measure", str, name, lang=lang),
            dimension=dimension,
            factor=factor,
            not_after_scale=flags[1],
        )
        table = exact if flags[0] else folded
        for surface in _strings(entry.get("surfaces"), "unit.surfaces", name, lang):
            key = " ".join(surface.split()) if flags[0] else " ".join(surface.lower().split())
            if table.get(key, unit) != unit:
                raise LexiconError(
                    f"surface {surface!r} given twice", path=lexicon_path(name, lang)
                )
            table[key] = unit
    return _UnitLexicon(
        folded=MappingProxyType(folded),
        exact=MappingProxyType(exact),
        base=MappingProxyType({str(k): str(v) for k, v in base.items()}),
    )


def apposed_age_now(lang: str) -> frozenset[str]:
    """The words of numbers.toml's ``units.apposed_age_now`` that say an apposed age is the
    age now ("Knight, [now] 30,"), as the quantity finder reads them."""
    return _numbers(lang).apposed_age_now


def unit_surface(written: str, lang: str = DEFAULT_LANGUAGE) -> tuple[str, str, float] | None:
    """(measure, dimension, factor) of units.toml for a unit as written after a figure
    ("kilopascals" -> kilopascal, pressure, 1000): a case-sensitive surface as written, any
    other lower-cased; None when units.toml has no such surface."""
    lexicon = _units(lang)
    spaced = " ".join(written.split())
    found = lexicon.exact.get(spaced) or lexicon.folded.get(spaced.lower())
    return None if found is None else (found.measure, found.dimension, found.factor)
