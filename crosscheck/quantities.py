"""Numbers with modifiers -> Quantity intervals: text in -> list[Quantity] out.

One scanner reads digits ("1,200", "3.5", "5.7bn", "1e10"), number words ("one hundred and
five", "half a million", "a dozen"), ordinals ("sixth", "55th") and fractions ("two thirds",
"1 in 5"). Three public readings are built on it:

``find_quantities(text)`` -- news mode, what the rest of crosscheck uses. Every figure a
fact-checker compares, as an interval with the words that bound it, its unit and its span
(``text[q.start:q.end] == q.text``, modifier words included):

- "over 1,200" -> (1200, None) low exclusive; "at least 55" -> [55, None); "up to 700" and
  "fewer than 700" -> low None (no lower bound was stated); "nearly 1,400" -> [1300, 1400)
  approximate; "about 300" -> [270, 330] approximate; "1,200 or more" -> [1200, None). The
  table of modifier words and the tolerance rule live in ``lexicon/modifiers.toml``.
- "between 20 and 30", "from 20 to 30", "20 to 30", "20-30" -> [20, 30], modifier "range";
  "more than 10 and less than 40" -> (10, 40), modifier "range".
- vague magnitudes ("hundreds of thousands" -> [200000, 999999]) are ``vague`` and
  ``approximate`` (``lexicon/magnitudes.toml``).
- units: PERCENT ("12%", "90 percent"), AGE ("66-year-old", "aged 45"), DURATION ("26
  years", "a decade"; ``dimension`` is the time unit), MONEY ("$5.7 billion", "€30m";
  ``dimension`` is the ISO code, "$" is USD), ORDINAL ("sixth term" -> 6); else COUNT.
- not quantities, dropped: years and day numbers in dates ("since 2020", "May 1, 2020",
  "14 February 2025"), times of day, phone numbers, document symbols ("A/HRC/RES/55/27"),
  codes ("COVID-19", "G7"), "9/11" and other digit/digit forms, version strings, footnote
  markers ("[3]"), figures in URLs and e-mail addresses, labels ("Article 5").

``find_numbers(text)`` -- every number, as Microsoft Recognizers-Text's NumberModel reads it:
a point value, no modifier, years and dates included, ordinals excluded. It exists to be
measured against that suite; news code should not use it.

``find_ranges(text)`` -- comparisons and ranges, as Recognizers-Text's NumberRangeModel
writes them: "between 20 and 30" -> [20, 30) (its convention: high exclusive, where news
mode says [20, 30]), "up to 700" -> (None, 700], "equal to 20" -> [20, 20]. Plain figures
are not returned.

``parse_number(words)`` reads one whole number expression; ``format_number(x)`` writes a
figure with thousands separators so that ``parse_number(format_number(x)) == x``;
``spell_number(n)`` writes a whole number in words.

Known limits (news mode): a bare four-digit whole number from 1800 to 2100 is a year unless
a bound word, a currency or a unit makes it an amount ("2000 people" is lost, "more than 2000
people" is kept); "1.5m" without a currency sign is skipped (metre or million?); "1/3" written
with digits is dropped with "9/11" and "24/7"; "March 5 people" reads 5 as a day.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import IntEnum, StrEnum
from functools import cache
from types import MappingProxyType
from typing import Any, Final

from crosscheck.errors import LexiconError
from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import Quantity, Unit

__all__ = [
    "find_numbers",
    "find_quantities",
    "find_ranges",
    "format_number",
    "parse_number",
    "spell_number",
]

_MAX_RUN: Final = 30  # number words one expression may hold; bounds every look-ahead
_WINDOW: Final = 64  # characters of context looked at around a figure
_MAX_GAP: Final = 24  # longest text between two figures read as one range or pair
_MAX_DIGITS: Final = 24  # longer digit strings are not figures (serials, adversarial input)
_SPACES: Final = " \t\u00a0\u202f\u2009"
_THIN_SPACES: Final = "\u00a0\u202f\u2009"


class _Mode(StrEnum):
    """Which reading is built: news quantities, or Recognizers-style numbers and ranges."""

    NEWS = "news"
    NUMBERS = "numbers"


class _K(IntEnum):
    """Kinds of atoms: the smallest pieces of a number expression."""

    DIGITS = 1
    UNIT = 2  # zero .. nine
    TEEN = 3  # ten .. nineteen
    TENS = 4  # twenty .. ninety
    HUNDRED = 5
    SCALE = 6  # thousand, million, lakh ...
    DOZEN = 7
    ORDINAL = 8
    FRACWORD = 9  # half, quarter
    NEGATIVE = 10
    VULGAR = 11  # ½
    SLASH = 12  # 3/4


class _C(IntEnum):
    """What joins two neighbouring atoms."""

    NONE = 1
    GLUE = 2
    SP = 3
    HYPHEN = 4
    AND = 5
    AND_A = 6
    A = 7
    OF_A = 8
    POINT = 9
    OVER = 10
    OUT_OF = 11
    IN = 12
    SLASH = 13
    OTHER = 14


class _R(IntEnum):
    """Kinds of readings."""

    CARDINAL = 1
    FRACTION = 2
    DECIMAL = 3
    ORDINAL = 4


_CARDINALISH: Final = frozenset(
    {_K.DIGITS, _K.UNIT, _K.TEEN, _K.TENS, _K.HUNDRED, _K.SCALE, _K.DOZEN}
)
_MULTIPLIERS: Final = frozenset({_K.HUNDRED, _K.SCALE, _K.DOZEN})
_LOWER: Final = frozenset({"gt", "ge"})
_UPPER: Final = frozenset({"lt", "le"})
_BOUNDS: Final = frozenset(
    {"gt", "ge", "lt", "le", "eq", "near_below", "near_above", "approx", "odd", "or_equal"}
)
_RESCUES_YEAR: Final = frozenset({"gt", "ge", "lt", "le", "near_below", "near_above", "eq"})


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
    glued: frozenset[str]
    spaced: frozenset[str]
    after_currency: frozenset[str]


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
    labels: frozenset[str]
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
    age_units: tuple[str, ...]
    age_prefixes: tuple[str, ...]
    implicit_durations: Mapping[str, tuple[str, float]]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Affix:
    """A modifier phrase before or after a figure, with the bound it sets."""

    phrase: str
    bound: str
    modes: frozenset[str]
    glued: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class _ModifierLexicon:
    """modifiers.toml, validated."""

    prefixes: tuple[_Affix, ...]
    suffixes: tuple[_Affix, ...]
    relative: float
    units: float
    openers: tuple[str, ...]
    between_joiners: tuple[str, ...]
    joiners: tuple[str, ...]
    dashes: tuple[str, ...]
    news_high_inclusive: bool
    numbers_high_inclusive: bool
    combine_joiners: tuple[str, ...]
    duration_phrases: frozenset[str]
    duration_after: frozenset[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Magnitude:
    """A vague magnitude phrase and its interval."""

    text: str
    low: float
    high: float
    high_inclusive: bool = True
    follow: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class _CurrencyLexicon:
    """currencies.toml, validated."""

    symbols: Mapping[str, str]
    codes: tuple[str, ...]
    words: Mapping[str, str]


def _number(value: Any, what: str, lexicon: str) -> float:
    """A TOML number (not a bool) as a float, or LexiconError."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise LexiconError(f"{what} must be a number", path=f"lexicon/{lexicon}.toml")
    return float(value)


def _strings(value: Any, what: str, lexicon: str) -> tuple[str, ...]:
    """A TOML list of non-empty strings, or LexiconError."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise LexiconError(f"{what} must be a list of strings", path=f"lexicon/{lexicon}.toml")
    return tuple(value)


def _number_table(data: dict[str, Any], key: str, lexicon: str) -> dict[str, float]:
    """A TOML table of word -> number."""
    table = require(data, key, dict, lexicon)
    return {str(k): _number(v, f"{key}.{k}", lexicon) for k, v in table.items()}


def _unit_pairs(data: dict[str, Any], key: str, lexicon: str) -> dict[str, tuple[str, float]]:
    """A TOML table of word -> [dimension, factor]."""
    table = require(data, key, dict, lexicon)
    out: dict[str, tuple[str, float]] = {}
    for k, v in table.items():
        if not (isinstance(v, list) and len(v) == 2 and isinstance(v[0], str)):
            raise LexiconError(
                f"{key}.{k} must be [dimension, factor]", path=f"lexicon/{lexicon}.toml"
            )
        out[str(k)] = (v[0], _number(v[1], f"{key}.{k}", lexicon))
    return out


@cache
def _numbers() -> _NumberLexicon:
    """numbers.toml, parsed and validated once."""
    name = "numbers"
    data = load_lexicon(name)
    words: dict[str, _Word] = {}
    for key, kind in (("cardinals", None), ("tens", _K.TENS)):
        for word, value in _number_table(data, key, name).items():
            k = kind or (_K.UNIT if value < 10 else _K.TEEN)
            words[word] = _Word(kind=k, value=value)
    irregular = {str(v): str(k) for k, v in require(data, "irregular_plurals", dict, name).items()}
    for key, kind in (
        ("scales", _K.SCALE),
        ("dozens", _K.DOZEN),
        ("ordinals", _K.ORDINAL),
        ("fraction_words", _K.FRACWORD),
    ):
        for word, value in _number_table(data, key, name).items():
            k = _K.HUNDRED if kind is _K.SCALE and value == 100 else kind
            words[word] = _Word(kind=k, value=value)
            words[irregular.get(word, word + "s")] = _Word(kind=k, value=value, plural=True)
    lists = require(data, "words", dict, name)
    negative = _strings(lists.get("negative"), "words.negative", name)
    for word in negative:
        words[word] = _Word(kind=_K.NEGATIVE, value=-1.0)
    roles = {role.name.lower(): role for role in _C}
    connectors: dict[str, _C] = {}
    for phrase, role in require(data, "connectors", dict, name).items():
        if role not in roles:
            raise LexiconError(f"unknown connector role {role!r}", path=f"lexicon/{name}.toml")
        connectors[str(phrase)] = roles[role]
    suffixes = []
    for entry in require(data, "suffixes", list, name):
        if not isinstance(entry, dict):
            raise LexiconError("suffixes must be tables", path=f"lexicon/{name}.toml")
        suffixes.append(
            _Suffix(
                text=require(entry, "text", str, name),
                value=_number(entry.get("value"), "suffixes.value", name),
                case_sensitive=require(entry, "case_sensitive", bool, name),
                glued=frozenset(_strings(entry.get("glued", []), "suffixes.glued", name)),
                spaced=frozenset(_strings(entry.get("spaced", []), "suffixes.spaced", name)),
                after_currency=frozenset(
                    _strings(entry.get("after_currency", []), "suffixes.after_currency", name)
                ),
            )
        )
    dates = require(data, "dates", dict, name)
    units = require(data, "units", dict, name)
    fractions = require(data, "fractions", dict, name)
    return _NumberLexicon(
        words=MappingProxyType(words),
        vulgar=MappingProxyType(_number_table(data, "vulgar_fractions", name)),
        not_denominators=frozenset(_strings(lists.get("not_denominators"), "words", name)),
        standalone_ordinals=frozenset(_strings(lists.get("standalone_ordinals"), "words", name)),
        pronoun_one_after=frozenset(_strings(lists.get("pronoun_one_after"), "words", name)),
        pronoun_one_before=frozenset(_strings(lists.get("pronoun_one_before"), "words", name)),
        second_not_after=frozenset(_strings(lists.get("second_not_after"), "words", name)),
        half_not_after=frozenset(_strings(lists.get("half_not_after"), "words", name)),
        labels=frozenset(_strings(lists.get("labels"), "words.labels", name)),
        connectors=MappingProxyType(connectors),
        fraction_of_scale_min=_number(
            fractions.get("fraction_of_scale_min"), "fraction_of_scale_min", name
        ),
        suffixes=tuple(sorted(suffixes, key=lambda s: -len(s.text))),
        months=_strings(dates.get("months"), "dates.months", name),
        year_min=int(_number(dates.get("year_min"), "dates.year_min", name)),
        year_max=int(_number(dates.get("year_max"), "dates.year_max", name)),
        day_max=int(_number(dates.get("day_max"), "dates.day_max", name)),
        time_markers=_strings(
            require(data, "times", dict, name).get("markers"), "times.markers", name
        ),
        percent=_strings(units.get("percent"), "units.percent", name),
        percentage_points=_strings(units.get("percentage_points"), "units", name),
        durations=MappingProxyType(_unit_pairs(units, "durations", name)),
        age_units=_strings(units.get("age_units"), "units.age_units", name),
        age_prefixes=_strings(units.get("age_prefixes"), "units.age_prefixes", name),
        implicit_durations=MappingProxyType(_unit_pairs(units, "implicit_durations", name)),
    )


def _affixes(data: dict[str, Any], key: str, lexicon: str) -> tuple[_Affix, ...]:
    """The [[prefix]] or [[suffix]] entries of modifiers.toml."""
    out: list[_Affix] = []
    for entry in require(data, key, list, lexicon):
        if not isinstance(entry, dict):
            raise LexiconError(f"{key} entries must be tables", path=f"lexicon/{lexicon}.toml")
        bound = require(entry, "bound", str, lexicon)
        if bound not in _BOUNDS:
            raise LexiconError(f"unknown bound {bound!r}", path=f"lexicon/{lexicon}.toml")
        modes = frozenset(_strings(entry.get("modes"), f"{key}.modes", lexicon))
        glued = entry.get("glued", False)
        if not isinstance(glued, bool):
            raise LexiconError(f"{key}.glued must be true or false", path=f"lexicon/{lexicon}.toml")
        for phrase in _strings(entry.get("phrases"), f"{key}.phrases", lexicon):
            out.append(_Affix(phrase=phrase, bound=bound, modes=modes, glued=glued))
    return tuple(out)


@cache
def _modifiers() -> _ModifierLexicon:
    """modifiers.toml, parsed and validated once."""
    name = "modifiers"
    data = load_lexicon(name)
    tolerance = require(data, "tolerance", dict, name)
    rng = require(data, "range", dict, name)
    combine = require(data, "combine", dict, name)
    durations = require(data, "durations", dict, name)
    return _ModifierLexicon(
        prefixes=_affixes(data, "prefix", name),
        suffixes=_affixes(data, "suffix", name),
        relative=_number(tolerance.get("relative"), "tolerance.relative", name),
        units=_number(tolerance.get("significant_digit_units"), "tolerance", name),
        openers=_strings(rng.get("openers"), "range.openers", name),
        between_joiners=_strings(rng.get("between_joiners"), "range.between_joiners", name),
        joiners=_strings(rng.get("joiners"), "range.joiners", name),
        dashes=_strings(rng.get("dashes"), "range.dashes", name),
        news_high_inclusive=require(rng, "news_high_inclusive", bool, name),
        numbers_high_inclusive=require(rng, "numbers_high_inclusive", bool, name),
        combine_joiners=_strings(combine.get("joiners"), "combine.joiners", name),
        duration_phrases=frozenset(_strings(durations.get("phrases"), "durations.phrases", name)),
        duration_after=frozenset(_strings(durations.get("after"), "durations.after", name)),
    )


@cache
def _magnitudes() -> tuple[_Magnitude, ...]:
    """magnitudes.toml: the phrases and the quantifier x scale combinations, longest first."""
    name = "magnitudes"
    data = load_lexicon(name)
    out: list[_Magnitude] = []
    for entry in require(data, "phrase", list, name):
        if not isinstance(entry, dict):
            raise LexiconError("phrase entries must be tables", path=f"lexicon/{name}.toml")
        high_inclusive = entry.get("high_inclusive", True)
        follow = entry.get("follow")
        if not isinstance(high_inclusive, bool) or not isinstance(follow, str | None):
            raise LexiconError("bad high_inclusive or follow", path=f"lexicon/{name}.toml")
        out.append(
            _Magnitude(
                text=require(entry, "text", str, name),
                low=_number(entry.get("low"), "phrase.low", name),
                high=_number(entry.get("high"), "phrase.high", name),
                high_inclusive=high_inclusive,
                follow=follow,
            )
        )
    scales = _number_table(data, "quantifier_scales", name)
    for entry in require(data, "quantifier", list, name):
        if not isinstance(entry, dict):
            raise LexiconError("quantifier entries must be tables", path=f"lexicon/{name}.toml")
        text = require(entry, "text", str, name)
        low = _number(entry.get("low"), "quantifier.low", name)
        high = _number(entry.get("high"), "quantifier.high", name)
        for scale_word, scale in scales.items():
            out.append(
                _Magnitude(
                    text=f"{text} {scale_word}", low=low * scale, high=(high + 1) * scale - 1
                )
            )
    for m in out:
        if m.low > m.high:
            raise LexiconError(f"{m.text!r}: low above high", path=f"lexicon/{name}.toml")
    return tuple(sorted(out, key=lambda m: -len(m.text)))


@cache
def _magnitude_table() -> Mapping[str, _Magnitude]:
    """Vague magnitudes by their words."""
    return MappingProxyType({" ".join(m.text.split()): m for m in _magnitudes()})


@cache
def _currencies() -> _CurrencyLexicon:
    """currencies.toml, parsed and validated once."""
    name = "currencies"
    data = load_lexicon(name)
    symbols = require(data, "symbols", dict, name)
    words = require(data, "words", dict, name)
    for table in (symbols, words):
        if not all(isinstance(v, str) and len(v) == 3 for v in table.values()):
            raise LexiconError("currency codes must be 3 letters", path=f"lexicon/{name}.toml")
    return _CurrencyLexicon(
        symbols=MappingProxyType({str(k): str(v) for k, v in symbols.items()}),
        codes=_strings(data.get("codes"), "codes", name),
        words=MappingProxyType({str(k).lower(): str(v) for k, v in words.items()}),
    )


# --- compiled patterns ----------------------------------------------------------------------


def _trie(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases with shared prefixes factored, longest match first.

    The pattern has no nested repetition, so it runs in linear time; a space in a phrase
    matches any run of white space.
    """
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for ch in " ".join(phrase.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict[str, Any]) -> str:
    """The regex of one trie node (see ``_trie``)."""
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_node(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _phrase(words: str) -> str:
    """A phrase as a regex with any white space between its words."""
    return r"\s+".join(re.escape(w) for w in words.split())


def _alternation(phrases: Iterable[str]) -> str:
    """Phrases as one alternation, longest first."""
    return "|".join(_phrase(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))


def _reversed_affix(phrase: str) -> str:
    """The regex of a prefix phrase read backwards from the figure (see ``_prefix_at``)."""
    rev = r"\s+".join(re.escape(w[::-1]) for w in reversed(phrase.split()))
    sep = r"\s*" if not (phrase[-1].isalnum()) else r"\s+"
    tail = r"(?!\w)" if phrase[0].isalnum() else r"(?![<>=])"
    return f"{sep}(?:{rev}){tail}"


@dataclass(frozen=True, slots=True, kw_only=True)
class _Patterns:
    """Every compiled pattern of one mode."""

    master: re.Pattern[str]  # run on the lower-cased text
    master_ci: re.Pattern[str]  # when lower-casing would move offsets
    power: re.Pattern[str]
    ordinal_suffix: re.Pattern[str]
    currency_tail: re.Pattern[str]
    prefix: re.Pattern[str]
    prefix_bound: Mapping[str, str]
    suffix: re.Pattern[str]
    suffix_bound: Mapping[str, str]
    units: re.Pattern[str]
    age_prefix: re.Pattern[str]
    month_before: re.Pattern[str]
    month_after: re.Pattern[str]
    time_after: re.Pattern[str]
    range_gap: re.Pattern[str]
    combine_gap: re.Pattern[str]


@cache
def _patterns(mode: _Mode) -> _Patterns:
    """Compile the patterns of a mode once, from the lexicons."""
    num = _numbers()
    mods = _modifiers()
    cur = _currencies()
    spaces = _SPACES if mode is _Mode.NUMBERS else _THIN_SPACES
    digits = (
        r"(?P<num>(?<![\w.])(?:[0-9]+(?:(?:[.,]|[" + spaces + r"](?=[0-9]{3}(?![0-9])))[0-9]+)*"
        r"|\.[0-9]+))"
    )
    phrases = list(num.words)
    if mode is _Mode.NEWS:
        phrases += [m.text for m in _magnitudes()] + list(num.implicit_durations)
    words = r"\b(?P<word>" + _trie(phrases) + r")\b"
    vulgar = "(?P<vulgar>[" + "".join(re.escape(v) for v in num.vulgar) + "])"
    phone = r"(?P<phone>\+[0-9][0-9 ().\-]{5,}[0-9]|\([0-9]{3}\)[ ]?[0-9]{3}[-. ][0-9]{4}(?![0-9]))"
    master = "|".join([words, digits, vulgar] + ([phone] if mode is _Mode.NEWS else []))

    symbols = sorted(cur.symbols, key=lambda s: -len(s))
    currency_tail = re.compile(
        "(?:" + "|".join(re.escape(s) for s in symbols) + r")[ ]?$"
        r"|\b(?:" + "|".join(cur.codes) + r")[ ]$"
    )

    prefixes = [a for a in mods.prefixes if mode in a.modes]
    prefix_bound = {a.phrase: a.bound for a in prefixes}
    for opener in mods.openers:
        prefix_bound.setdefault(opener, "opener")
    alts = sorted(prefix_bound, key=lambda p: (-len(p), p))
    the = r"(?P<the>\s+eht)?" if mode is _Mode.NUMBERS else ""
    prefix = re.compile(
        the + "(?P<p>" + "|".join(_reversed_affix(p) for p in alts) + ")", re.IGNORECASE
    )

    suffixes = [a for a in mods.suffixes if mode in a.modes]
    suffix_bound = {a.phrase: a.bound for a in suffixes}
    glued = [a.phrase for a in suffixes if a.glued]
    spaced = [a.phrase for a in suffixes if not a.glued]
    suffix_alts = []
    if spaced:
        suffix_alts.append(r"(?:\s+|-)(?P<s>" + _alternation(spaced) + r")(?!\w)")
    if glued:
        suffix_alts.append("(?P<g>" + "|".join(re.escape(g) for g in glued) + r")(?![\w+])")
    suffix = re.compile("|".join(suffix_alts) or "(?!)", re.IGNORECASE)

    durations = _alternation(num.durations)
    currency_words = _alternation(cur.words)
    units = re.compile(
        r"(?P<pp>\s+(?i:" + _alternation(num.percentage_points) + r")\b)"
        r"|(?P<pct>[ ]?%|\s*(?i:" + _alternation(p for p in num.percent if p != "%") + r")\b)"
        r"|(?P<age>(?:\s+|-)(?P<age_u>(?i:" + "|".join(num.age_units) + r"))(?i:s)?"
        r"(?:\s+|-)(?i:olds?)\b)"
        r"|(?P<dur>(?:\s+|-)(?P<dur_u>(?i:" + durations + r"))\b)"
        r"|(?P<cur>(?:\s+(?i:of))?\s+(?P<cur_w>(?i:" + currency_words + r"))\b)"
        r"|(?P<code>[ ]?(?P<code_c>" + "|".join(cur.codes) + r")\b)"
    )
    age_prefix = re.compile(r"\b(?:" + _alternation(num.age_prefixes) + r")\s+$", re.IGNORECASE)

    month_names = [m for name in num.months for m in (name, name.upper())]
    months = "(?:" + "|".join(sorted(set(month_names), key=lambda m: -len(m))) + ")"
    ordsfx = r"(?:st|nd|rd|th)?"
    month_before = re.compile(
        r"\b" + months + r"\.?\s+(?:the\s+)?(?:[0-9]{1,2}" + ordsfx + r"\s*[-\u2013]\s*)?$"
    )
    month_after = re.compile(
        ordsfx + r"(?:\s*[-\u2013]\s*[0-9]{1,2}" + ordsfx + r")?,?\s+(?:of\s+)?" + months + r"\b"
    )
    markers = "|".join(re.escape(m) for m in sorted(num.time_markers, key=lambda m: -len(m)))
    time_after = re.compile(r"\s?(?:" + markers + r")(?![\w.])|[:][0-9]{2}", re.IGNORECASE)

    joiners = mods.joiners
    dashes = "".join(re.escape(d) for d in mods.dashes)
    range_gap = re.compile(
        r"\s*(?:(?P<dash>[" + dashes + r"])|(?P<and>" + _alternation(mods.between_joiners) + ")"
        r"|(?P<to>" + _alternation(joiners) + r"))\s*(?:the\s+)?",
        re.IGNORECASE,
    )
    words_joiners = [j for j in mods.combine_joiners if j.isalpha()]
    comma = "," in mods.combine_joiners
    combine_gap = re.compile(
        r"\s*"
        + (r"(?:,\s*)?" if comma else "")
        + "(?:(?:"
        + _alternation(words_joiners)
        + r")\s+)?",
        re.IGNORECASE,
    )
    return _Patterns(
        master=re.compile(master),
        master_ci=re.compile(master, re.IGNORECASE),
        power=re.compile(
            r"(?:[eE](?P<e>[+-]?[0-9]{1,3})|\^(?P<p>[+-]{0,3}[0-9]{1,3})"
            r"|[x\u00d7]10\^(?P<x>[+-]?[0-9]{1,3}))(?![\w.])"
        ),
        ordinal_suffix=re.compile(r"(?:st|nd|rd|th)(?![^\W\d_])", re.IGNORECASE),
        currency_tail=currency_tail,
        prefix=prefix,
        prefix_bound=MappingProxyType(prefix_bound),
        suffix=suffix,
        suffix_bound=MappingProxyType(suffix_bound),
        units=units,
        age_prefix=age_prefix,
        month_before=month_before,
        month_after=month_after,
        time_after=time_after,
        range_gap=range_gap,
        combine_gap=combine_gap,
    )


# --- atoms ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class _Atom:
    """One piece of a number expression: a digit figure, a number word, a fraction sign."""

    start: int
    end: int
    kind: _K
    value: float
    word: str = ""
    plural: bool = False
    integer: bool = True
    plain: bool = False  # digits only: no separator, sign, suffix or exponent
    signed: bool = False
    ndigits: int = 0
    ordinal: bool = False  # "55th"
    dotted: bool = False  # from a chain like "192.168.1.2" or "2.3.1"
    scale: float = 1.0  # multiplier suffix carried ("6bn" -> 1e9)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Scan:
    """A text cut into atoms, with what joins each atom to the one before."""

    text: str
    mode: _Mode
    atoms: tuple[_Atom, ...]
    conn: tuple[_C, ...]
    left_joint: tuple[str, ...]
    right_joint: tuple[str, ...]
    next_ordinal: tuple[int, ...]  # index of the next ORDINAL/FRACWORD atom at or after i
    phrases: tuple[tuple[str, int, int], ...] = ()  # vague magnitudes and "a decade" (news)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Piece:
    """One figure read from a digit chain."""

    start: int
    end: int
    value: float
    integer: bool
    separated: bool
    ndigits: int


_GROUPS: Final = re.compile(r"[0-9]+")
_THOUSANDS_EN: Final = frozenset({",", *_SPACES})
_THOUSANDS_EU: Final = frozenset({".", *_SPACES})


def _well_grouped(groups: Sequence[str], sep: str) -> bool:
    """True for "1,234,567" (groups of three) and the Indian "12,34,567"."""
    if 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return True
    return (
        sep == ","
        and len(groups) >= 3
        and 1 <= len(groups[0]) <= 2
        and all(len(g) == 2 for g in groups[1:-1])
        and len(groups[-1]) == 3
    )


def _chain_value(
    groups: Sequence[str], seps: Sequence[str], decimal_comma: bool
) -> tuple[float, bool] | None:
    """The value of a digit chain read as one figure, or None when it is several figures."""
    systems = [(_THOUSANDS_EN, ".")] + ([(_THOUSANDS_EU, ",")] if decimal_comma else [])
    for thousands, decimal in systems:
        ints, frac, head = list(groups), None, list(seps)
        if seps and seps[-1] == decimal:
            ints, frac, head = list(groups[:-1]), groups[-1], list(seps[:-1])
        if any(s not in thousands for s in head) or len(set(head)) > 1:
            continue
        if head and not _well_grouped(ints, head[0]):
            continue
        whole = "".join(ints)
        if len(whole) > _MAX_DIGITS:
            return None
        return float(whole + ("." + frac if frac is not None else "")), frac is None
    return None


def _chain_pieces(chain: str, base: int, decimal_comma: bool) -> list[_Piece]:
    """Read a digit chain ("1,200", "192.168.1.2", ".08") as one or several figures."""
    if chain.startswith("."):
        return [
            _Piece(
                start=base,
                end=base + len(chain),
                value=float("0" + chain),
                integer=False,
                separated=False,
                ndigits=0,
            )
        ]
    spans = [(m.start(), m.end()) for m in _GROUPS.finditer(chain)]
    groups = [chain[a:b] for a, b in spans]
    seps = [chain[spans[k][1] : spans[k + 1][0]] for k in range(len(spans) - 1)]
    read = _chain_value(groups, seps, decimal_comma)
    if read is not None:
        value, integer = read
        ndigits = len(groups[0]) if not seps else 0
        return [
            _Piece(
                start=base,
                end=base + len(chain),
                value=value,
                integer=integer,
                separated=bool(seps),
                ndigits=ndigits,
            )
        ]
    return [
        _Piece(
            start=base + a,
            end=base + b,
            value=float(chain[a:b]),
            integer=True,
            separated=False,
            ndigits=b - a,
        )
        for a, b in spans
        if b - a <= _MAX_DIGITS
    ]


def _minus_at(text: str, start: int, mode: _Mode) -> int | None:
    """Where the minus sign of the figure at ``start`` is, if it has one."""
    j = start - 1
    if mode is _Mode.NUMBERS:
        while j >= 0 and start - j <= 3 and text[j] in " \t":
            j -= 1
    if j < 0 or text[j] not in "-\u2212":
        return None
    k = j - 1
    if (
        mode is _Mode.NEWS
        and text[j] == "-"
        and k >= 0
        and not (text[k].isspace() or text[k] in "([")
    ):
        return None
    while k >= 0 and j - k <= 3 and text[k] in " \t":
        k -= 1
    if k >= 0 and (text[k].isalnum() or text[k] in "%)]_-"):
        return None  # "1000 - 5000", "SCP-173": a dash, not a sign
    return j


def _has_currency_before(text: str, start: int, pat: _Patterns) -> bool:
    """True when a currency sign or code stands right before ``start``."""
    return pat.currency_tail.search(text, max(0, start - 6), start) is not None


@cache
def _suffix_index(mode: _Mode) -> tuple[Mapping[str, tuple[_Suffix, ...]], ...]:
    """Suffixes of a mode by lower-cased first letter: (glued, spaced)."""
    out: list[dict[str, list[_Suffix]]] = [{}, {}]
    for sfx in _numbers().suffixes:
        for table, modes in zip(out, (sfx.glued, sfx.spaced), strict=True):
            if mode in modes:
                table.setdefault(sfx.text[0].lower(), []).append(sfx)
    return tuple(MappingProxyType({k: tuple(v) for k, v in t.items()}) for t in out)


def _suffix_at(text: str, pos: int, mode: _Mode, currency: bool) -> tuple[_Suffix, int] | None:
    """A multiplier suffix at ``pos`` ("k", " bn"), with the position after it."""
    glued, spaced = _suffix_index(mode)
    k = pos
    while k < len(text) and k - pos < 2 and text[k] in " \t":
        k += 1
    where = k if k > pos else pos
    candidates = (spaced if k > pos else glued).get(text[where : where + 1].lower(), ())
    for sfx in candidates:
        if mode in sfx.after_currency and not currency:
            continue
        candidate = text[where : where + len(sfx.text)]
        same = candidate == sfx.text if sfx.case_sensitive else candidate.lower() == sfx.text
        after = where + len(sfx.text)
        if same and not (after < len(text) and (text[after].isalnum() or text[after] == "_")):
            return sfx, after
    return None


def _power(base: float, m: re.Match[str]) -> float | None:
    """The value of "1.1^23", "1e10", "1.3x10^6" given the base and the matched exponent."""
    try:
        if m.group("p") is not None:
            signs = m.group("p").rstrip("0123456789")
            exponent = int(m.group("p")[len(signs) :])
            return float(base ** (-exponent if signs.count("-") % 2 else exponent))
        exponent = int(m.group("e") if m.group("e") is not None else m.group("x"))
        return base * 10.0**exponent
    except (OverflowError, ZeroDivisionError):
        return None


def _digit_atoms(text: str, start: int, end: int, mode: _Mode) -> tuple[list[_Atom], int]:
    """Atoms of the digit chain text[start:end] and what is glued to it; and where it ends."""
    pat = _patterns(mode)
    pieces = _chain_pieces(text[start:end], start, decimal_comma=mode is _Mode.NUMBERS)
    if not pieces:
        return [], end
    dotted = len(pieces) > 1 and "." in text[start:end]
    minus = _minus_at(text, start, mode)
    last = pieces[-1]
    value, integer, plain = last.value, last.integer, not last.separated
    ordinal, scale, stop = False, 1.0, end
    power = pat.power.match(text, end)
    if power is not None:
        powered = _power(value, power)
        if powered is None:
            return [], end
        value, integer, plain, stop = powered, float(powered).is_integer(), False, power.end()
    else:
        suffix = pat.ordinal_suffix.match(text, end)
        if suffix is not None and integer and plain:
            ordinal, stop = True, suffix.end()
        else:
            currency = _has_currency_before(text, start if minus is None else minus, pat)
            found = _suffix_at(text, end, mode, currency)
            if found is not None:
                scale, stop = found[0].value, found[1]
                value, integer, plain = value * scale, float(value * scale).is_integer(), False
    if stop < len(text) and text[stop].isalpha():
        return [], end  # glued to letters: "29km", "5G", "1990s", "A320"
    atoms: list[_Atom] = []
    for index, piece in enumerate(pieces):
        is_last = index == len(pieces) - 1
        v = value if is_last else piece.value
        s = piece.start
        signed = index == 0 and minus is not None
        if signed and minus is not None:
            v, s = -v, minus
        atoms.append(
            _Atom(
                start=s,
                end=stop if is_last else piece.end,
                kind=_K.DIGITS,
                value=v,
                integer=integer if is_last else piece.integer,
                plain=(plain if is_last else not piece.separated) and not signed,
                signed=signed,
                ndigits=piece.ndigits,
                ordinal=ordinal and is_last,
                dotted=dotted,
                scale=scale if is_last else 1.0,
            )
        )
    return atoms, stop


def _connector(gap: str, table: Mapping[str, _C]) -> _C:
    """What the text between two atoms is, as far as the number grammar cares."""
    if not gap:
        return _C.GLUE
    if len(gap) > 16:
        return _C.OTHER
    if gap.isspace():
        return _C.SP
    return table.get(" ".join(gap.lower().split()), _C.OTHER)


def _scan(text: str, mode: _Mode) -> _Scan:
    """Cut a text into atoms: one pass of the master pattern, then joints and slashes."""
    pat = _patterns(mode)
    lex = _numbers()
    raw: list[_Atom] = []
    phrases: list[tuple[str, int, int]] = []
    lowered = text.lower()
    master = pat.master if len(lowered) == len(text) else pat.master_ci
    pos = 0
    for m in master.finditer(lowered if master is pat.master else text):
        if m.start() < pos:
            continue
        group = m.lastgroup
        if group == "num":
            found, pos = _digit_atoms(text, m.start(), m.end(), mode)
            raw.extend(found)
            continue
        pos = m.end()
        if group == "word":
            word = " ".join(m.group().lower().split())
            phrase = _phrase_kind(word, mode)
            if phrase is not None:
                phrases.append((phrase, m.start(), m.end()))
                continue
            info = lex.words[word]
            raw.append(
                _Atom(
                    start=m.start(),
                    end=m.end(),
                    kind=info.kind,
                    value=info.value,
                    word=word,
                    plural=info.plural,
                )
            )
        elif group == "vulgar":
            raw.append(
                _Atom(start=m.start(), end=m.end(), kind=_K.VULGAR, value=lex.vulgar[m.group()])
            )
    left = [""] * len(raw)
    right = [""] * len(raw)
    for k in range(1, len(raw)):
        a, b = raw[k - 1], raw[k]
        gap = text[a.end : b.start]
        if gap in ("-", "/") and a.kind is b.kind is _K.DIGITS and not a.ordinal:
            right[k - 1] = left[k] = gap
    atoms: list[_Atom] = []
    lefts: list[str] = []
    rights: list[str] = []
    k = 0
    while k < len(raw):
        a = raw[k]
        if k + 1 < len(raw) and _slash_pair(a, raw[k + 1], left[k], right[k], right[k + 1]):
            b = raw[k + 1]
            atoms.append(_Atom(start=a.start, end=b.end, kind=_K.SLASH, value=a.value / b.value))
            lefts.append("")
            rights.append("")
            k += 2
            continue
        atoms.append(a)
        lefts.append(left[k])
        rights.append(right[k])
        k += 1
    conn = [_C.NONE] + [
        _connector(text[atoms[k - 1].end : atoms[k].start], lex.connectors)
        for k in range(1, len(atoms))
    ]
    nxt = [len(atoms)] * (len(atoms) + 1)
    for k in range(len(atoms) - 1, -1, -1):
        nxt[k] = k if atoms[k].kind in (_K.ORDINAL, _K.FRACWORD) else nxt[k + 1]
    return _Scan(
        text=text,
        mode=mode,
        atoms=tuple(atoms),
        conn=tuple(conn),
        left_joint=tuple(lefts),
        right_joint=tuple(rights),
        next_ordinal=tuple(nxt),
        phrases=tuple(phrases),
    )


def _phrase_kind(words: str, mode: _Mode) -> str | None:
    """ "vague" or "implicit" for a magnitude or figure-less duration (news mode), else None."""
    if mode is not _Mode.NEWS:
        return None
    if words in _magnitude_table():
        return "vague"
    if words in _numbers().implicit_durations:
        return "implicit"
    return None


def _slash_pair(a: _Atom, b: _Atom, a_left: str, a_right: str, b_right: str) -> bool:
    """True when a and b are "3/4": two whole numbers joined by one slash, in no longer chain."""
    return (
        a_right == "/"
        and not a_left
        and not b_right
        and a.kind is b.kind is _K.DIGITS
        and a.integer
        and b.integer
        and not a.ordinal
        and not b.ordinal
        and b.plain
        and b.value != 0
        and a.scale == b.scale == 1.0
    )


# --- the cardinal grammar ----------------------------------------------------------------------


@dataclass(slots=True)
class _Cardinal:
    """Reads one whole number word by word ("three hundred and two thousand"); feed() says
    whether the next word still belongs to it."""

    article: bool = False
    total: float = 0.0
    hundreds: float | None = None
    small: float | None = None
    small_kind: str | None = None  # unit, teen, tens, tensunit, digits, dozen
    last_scale: float = math.inf
    tail_scale: float | None = None
    prev: _K | None = None
    prev_value: float = 0.0
    count: int = 0
    zero: bool = False
    small_start: int = 0

    @property
    def value(self) -> float:
        """The number read so far."""
        return self.total + (self.hundreds or 0.0) + (self.small or 0.0)

    def feed(self, kind: _K, value: float, conn: _C, plural: bool, integer: bool) -> bool:
        """Take the next atom if it continues the number; return False (unchanged) if not."""
        if self.zero or (conn is _C.AND and self.prev not in (_K.HUNDRED, _K.SCALE)):
            return False
        if conn is _C.HYPHEN and kind is _K.DIGITS:
            return False
        ok = self._take(kind, value, conn, plural, integer)
        if ok:
            self.tail_scale = value if kind is _K.SCALE else None
            self.prev, self.prev_value = kind, value
            self.count += 1
        return ok

    def _take(self, kind: _K, value: float, conn: _C, plural: bool, integer: bool) -> bool:
        """The state change of ``feed``."""
        first = self.count == 0
        if kind in (_K.UNIT, _K.TEEN, _K.TENS):
            return self._take_word(kind, value, first)
        if kind is _K.DIGITS:
            if first and not self.article:
                self.small, self.small_kind, self.small_start = value, "digits", 0
                return True
            limit = 100.0 if self.prev is _K.HUNDRED or self.hundreds else self.last_scale
            if self.small is None and self.prev in (_K.HUNDRED, _K.SCALE) and integer:
                taken = 0 < value < limit
                if taken:
                    self.small, self.small_kind, self.small_start = value, "digits", self.count
                return taken
            return False
        if conn is _C.AND:
            return False
        if kind is _K.HUNDRED:
            return self._take_hundred(plural, first)
        if kind is _K.SCALE:
            return self._take_scale(value, plural, first)
        if kind is _K.DOZEN:
            if self.small is None and first and self.article:
                self.small, self.small_kind = 12.0, "dozen"
                return True
            if self.small is None or self.small_kind == "dozen" or first:
                return False
            self.small, self.small_kind = self.small * 12.0, "dozen"
            return True
        return False

    def _take_word(self, kind: _K, value: float, first: bool) -> bool:
        """A unit, teen or tens word."""
        if self.article and first:
            return False
        if value == 0:
            if first:
                self.zero, self.small, self.small_kind = True, 0.0, "unit"
                return True
            return False
        if self.small_kind is None:
            if not first and self.prev not in (_K.HUNDRED, _K.SCALE):
                return False
            names = {_K.UNIT: "unit", _K.TEEN: "teen", _K.TENS: "tens"}
            self.small, self.small_kind, self.small_start = value, names[kind], self.count
            return True
        if self.small_kind == "tens" and kind is _K.UNIT and self.small is not None:
            self.small += value
            self.small_kind = "tensunit"
            return True
        return False

    def _take_hundred(self, plural: bool, first: bool) -> bool:
        """The word "hundred"."""
        if self.hundreds is not None:
            return False
        if self.small is None:
            if not first or plural:
                return False
            self.hundreds = 100.0
            return True
        self.hundreds = self.small * 100.0
        self.small, self.small_kind = None, None
        return True

    def _take_scale(self, value: float, plural: bool, first: bool) -> bool:
        """A scale word: thousand, million, lakh, crore..."""
        group = (self.hundreds or 0.0) + (self.small or 0.0)
        if first:
            if not self.article or plural:
                return False
            group = 1.0
        if group == 0.0:
            if self.prev is _K.SCALE and value > self.prev_value and self.total > 0:
                self.total *= value  # "three lakh crore"
                self.last_scale = value
                return True
            return False
        if value >= self.last_scale:
            return False
        self.total += group * value
        self.hundreds, self.small, self.small_kind = None, None, None
        self.last_scale = value
        return True


@dataclass(frozen=True, slots=True, kw_only=True)
class _Card:
    """A whole number read from atoms first..last."""

    first: int
    last: int
    value: float
    tail_scale: float | None


def _cardinal_tokens(
    sc: _Scan, idxs: Sequence[int], article: bool, extra: tuple[_K, float, _C] | None = None
) -> float | None:
    """The value of exactly these atoms (and an extra ordinal-as-cardinal token), or None."""
    b = _Cardinal(article=article)
    for n, i in enumerate(idxs):
        a = sc.atoms[i]
        if a.kind not in _CARDINALISH or a.ordinal:
            return None
        conn = _C.NONE if n == 0 else sc.conn[i]
        if n and conn not in (_C.SP, _C.HYPHEN, _C.AND):
            return None
        if not b.feed(a.kind, a.value, conn, a.plural, a.integer):
            return None
    if extra is not None:
        kind, value, conn = extra
        if not b.feed(kind, value, conn if idxs else _C.NONE, False, True):
            return None
    if b.count == 0 and not article:
        return None
    return b.value if b.count else 1.0


def _read_cardinal(sc: _Scan, i: int, article: bool) -> _Card | None:
    """The longest whole number starting at atom i ("3 hundred and 2 hundred" -> "3 hundred")."""
    b = _Cardinal(article=article)
    snapshots: list[tuple[float, float | None]] = []
    rejected: _K | None = None
    j = i
    while j < len(sc.atoms) and j - i < _MAX_RUN:
        a = sc.atoms[j]
        conn = _C.NONE if j == i else sc.conn[j]
        if a.kind not in _CARDINALISH or a.ordinal:
            break
        if j > i and conn not in (_C.SP, _C.HYPHEN, _C.AND):
            break
        if not b.feed(a.kind, a.value, conn, a.plural, a.integer):
            rejected = a.kind if conn in (_C.SP, _C.HYPHEN) else None
            break
        snapshots.append((b.value, b.tail_scale))
        j += 1
    if not snapshots:
        return None
    count = len(snapshots)
    if rejected in _MULTIPLIERS and b.small is not None and 0 < b.small_start < count:
        count = b.small_start  # the multiplier needs the figure before it: end before that
    value, tail = snapshots[count - 1]
    return _Card(first=i, last=i + count - 1, value=value, tail_scale=tail)


def _as_cardinal_kind(value: float) -> _K:
    """The cardinal kind an ordinal composes as ("fifth" as a unit, "thirtieth" as tens)."""
    if value < 10:
        return _K.UNIT
    if value < 20:
        return _K.TEEN
    if value < 100:
        return _K.TENS
    return _K.HUNDRED if value == 100 else _K.SCALE


# --- readings ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class _Reading:
    """One number expression found in the text."""

    start: int
    end: int
    value: float
    kind: _R
    first: int
    last: int
    scale: float = 1.0  # trailing scale word or suffix ("6 billion", "6bn")
    bare_half: bool = False

    @property
    def base(self) -> float:
        """The value before the trailing scale ("6 billion" -> 6)."""
        return self.value / self.scale if self.scale else self.value


def _article_before(text: str, start: int) -> int | None:
    """Where "a"/"an" stands right before ``start`` ("a dozen"), if it does."""
    j = start
    while j > 0 and start - j < 3 and text[j - 1] in _SPACES:
        j -= 1
    if j == start:
        return None
    for article in ("an", "a"):
        k = j - len(article)
        if k >= 0 and text[k:j].lower() == article and (k == 0 or not text[k - 1].isalnum()):
            return k
    return None


def _word_before(text: str, start: int, skip: str = "") -> str:
    """The word right before ``start``, lower case (skipping spaces and ``skip`` characters)."""
    j = start
    while j > 0 and start - j < 8 and (text[j - 1] in _SPACES or text[j - 1] in skip):
        j -= 1
    k = j
    while k > 0 and j - k < 24 and (text[k - 1].isalpha() or text[k - 1] in "'\u2019"):
        k -= 1
    return text[k:j].lower()


def _word_after(text: str, end: int) -> str:
    """The word right after ``end``, lower case."""
    j = end
    while j < len(text) and j - end < 8 and text[j] in _SPACES:
        j += 1
    k = j
    while k < len(text) and k - j < 24 and text[k].isalpha():
        k += 1
    return text[j:k].lower()


def _fraction_context(sc: _Scan, o: int) -> bool:
    """Whether a singular ordinal at atom o may be a denominator ("a fifth" yes, "a sixth term"
    no): only at the end, before punctuation, "of"/"and"/"or", or a scale word."""
    text = sc.text
    e = sc.atoms[o].end
    k = e
    while k < len(text) and k - e < 4 and text[k] in _SPACES:
        k += 1
    if k >= len(text):
        return True
    if not text[k].isalnum():
        return text[k] not in "-\u2010"
    if o + 1 < len(sc.atoms):
        nxt = sc.atoms[o + 1]
        if nxt.kind in _MULTIPLIERS and sc.conn[o + 1] in (_C.SP, _C.A, _C.OF_A):
            return True
    return _word_after(text, e) in ("of", "and", "or")


def _denominator(sc: _Scan, idxs: Sequence[int], o: int, link: _C) -> float | None:
    """The denominator made of atoms idxs and the ordinal o ("twenty-fifth" -> 25), or None."""
    lex = _numbers()
    a = sc.atoms[o]
    if a.word.removesuffix("s") in lex.standalone_ordinals or a.word in lex.standalone_ordinals:
        return None
    if not idxs:
        singular = a.word if not a.plural else _singular(a.word)
        if singular in lex.not_denominators:
            return None
        return a.value
    if a.kind is _K.FRACWORD:
        return None
    extra = (_as_cardinal_kind(a.value), a.value, link)
    return _cardinal_tokens(sc, idxs, False, extra)


def _singular(word: str) -> str:
    """The singular of a plural number word ("fifths" -> "fifth", "halves" -> "half")."""
    return "half" if word == "halves" else word.removesuffix("s")


def _split_fraction(sc: _Scan, run: Sequence[int], article: bool, o: int, link: _C) -> float | None:
    """Read run + ordinal as numerator / denominator, giving the denominator as many words as
    it can take ("one one hundred fifth" = 1/105, "one hundred thirty fifths" = 100/35)."""
    atoms = sc.atoms
    ordinal = atoms[o]
    for s in range(0 if article else 1, len(run) + 1):
        if s < len(run):
            if s > 0:
                c = sc.conn[run[s]]
                if c is _C.AND:
                    continue
                if c is _C.HYPHEN and atoms[run[s - 1]].kind is _K.TENS:
                    continue  # "twenty-three" is one word
            if atoms[run[s]].kind in _MULTIPLIERS:
                continue
        elif link is _C.AND:
            continue  # a numerator never ends with "and"
        den = _denominator(sc, run[s:], o, link)
        if den is None or den == 0:
            continue
        num = 1.0 if s == 0 else _cardinal_tokens(sc, run[:s], article)
        if num is None or (not ordinal.plural and num != 1):
            continue
        return num / den
    return None


def _read_fraction(sc: _Scan, i: int, article: int | None) -> _Reading | None:
    """A fraction starting at atom i: "two thirds", "a twenty-first", "one and a half",
    "one hundred and three quarters", "five and a half million"."""
    if sc.next_ordinal[i] - i > _MAX_RUN:
        return None
    atoms = sc.atoms
    run: list[int] = []
    j = i
    while j < len(atoms) and len(run) < _MAX_RUN and atoms[j].kind in _CARDINALISH:
        if atoms[j].ordinal or (run and sc.conn[j] not in (_C.SP, _C.HYPHEN, _C.AND)):
            break
        run.append(j)
        j += 1
    if j >= len(atoms) or atoms[j].kind not in (_K.ORDINAL, _K.FRACWORD):
        return None
    if not run and article is None:
        return None
    link = sc.conn[j] if run else _C.SP
    if link not in (_C.SP, _C.HYPHEN, _C.AND, _C.AND_A):
        return None
    o = atoms[j]
    has_article = article is not None
    if link is _C.AND_A:
        den = None if o.plural else _denominator(sc, [], j, link)
        whole = _read_whole(sc, run, has_article)
        if den is None or whole is None:
            return None
        return _finish_fraction(sc, i, j, article, whole, 1.0 / den)
    for p in range(len(run) - 1, 0, -1):
        if sc.conn[run[p]] is not _C.AND:
            continue
        part = _split_fraction(sc, run[p:], False, j, link)
        whole = _read_whole(sc, run[:p], has_article)
        if part is not None and part < 1 and whole is not None:
            return _finish_fraction(sc, i, j, article, whole, part)
    if not o.plural and not _fraction_context(sc, j):
        return None  # "a sixth term" is a rank
    value = _split_fraction(sc, run, has_article, j, link)
    if value is None:
        return None
    return _finish_fraction(sc, i, j, article, None, value)


def _read_whole(sc: _Scan, idxs: Sequence[int], article: bool) -> _Card | None:
    """Exactly these atoms as one whole number, or None."""
    if not idxs:
        return None
    b = _Cardinal(article=article)
    for n, i in enumerate(idxs):
        a = sc.atoms[i]
        if a.kind not in _CARDINALISH or a.ordinal:
            return None
        if not b.feed(a.kind, a.value, _C.NONE if n == 0 else sc.conn[i], a.plural, a.integer):
            return None
    return _Card(first=idxs[0], last=idxs[-1], value=b.value, tail_scale=b.tail_scale)


def _finish_fraction(
    sc: _Scan, i: int, o: int, article: int | None, whole: _Card | None, part: float
) -> _Reading:
    """A fraction reading ending at ordinal o, with a scale word after it applied."""
    lex = _numbers()
    atoms = sc.atoms
    value = part if whole is None else whole.value + part
    last = o
    k = o + 1
    follows_scale = (
        k < len(atoms)
        and atoms[k].kind in _MULTIPLIERS
        and not atoms[k].plural
        and sc.conn[k] in (_C.SP, _C.A, _C.OF_A)
        and (whole is not None or part < 1)
    )
    scale = 1.0
    if follows_scale:
        scale = atoms[k].value
        if whole is not None and whole.tail_scale is not None and whole.tail_scale > scale:
            value = whole.value + part * scale  # "one billion and a half million"
        else:
            value *= scale  # "two thirds of a million", "five and a half million"
        last = k
    elif whole is not None and (whole.tail_scale or 0.0) >= lex.fraction_of_scale_min:
        value = whole.value + part * (whole.tail_scale or 1.0)  # "three million and a half"
    start = article if article is not None else atoms[i].start
    return _Reading(
        start=start,
        end=atoms[last].end,
        value=value,
        kind=_R.FRACTION,
        first=i,
        last=last,
        scale=scale,
    )


def _read_fracword(sc: _Scan, i: int) -> _Reading | None:
    """A bare "half"/"quarter": "half million", "half a dozen", or "half" alone."""
    atoms = sc.atoms
    a = atoms[i]
    if a.plural:
        return None
    k = i + 1
    if (
        k < len(atoms)
        and atoms[k].kind in (_K.SCALE, _K.DOZEN)
        and not atoms[k].plural
        and sc.conn[k] in (_C.SP, _C.A, _C.OF_A)
    ):
        s = atoms[k].value
        return _Reading(
            start=a.start,
            end=atoms[k].end,
            value=s / a.value,
            kind=_R.FRACTION,
            first=i,
            last=k,
            scale=s,
        )
    if a.value == 2:
        return _Reading(
            start=a.start, end=a.end, value=0.5, kind=_R.FRACTION, first=i, last=i, bare_half=True
        )
    return None


def _read_ordinal(sc: _Scan, i: int) -> _Reading | None:
    """An ordinal: "55th", "sixth", "twenty-first", "one hundred and fifth"."""
    lex = _numbers()
    atoms = sc.atoms
    a = atoms[i]
    if a.kind is _K.DIGITS and a.ordinal:
        return _Reading(start=a.start, end=a.end, value=a.value, kind=_R.ORDINAL, first=i, last=i)
    if a.kind is _K.ORDINAL:
        if a.plural:
            return None
        if a.word == "second" and _second_is_time(sc, i, lex):
            return None
        return _Reading(start=a.start, end=a.end, value=a.value, kind=_R.ORDINAL, first=i, last=i)
    if sc.next_ordinal[i] - i > _MAX_RUN:
        return None
    run: list[int] = []
    j = i
    while j < len(atoms) and len(run) < _MAX_RUN and atoms[j].kind in _CARDINALISH:
        if atoms[j].ordinal or (run and sc.conn[j] not in (_C.SP, _C.HYPHEN, _C.AND)):
            break
        run.append(j)
        j += 1
    if not run or j >= len(atoms) or atoms[j].kind is not _K.ORDINAL:
        return None
    o = atoms[j]
    if o.plural or o.word in lex.standalone_ordinals:
        return None
    link = sc.conn[j]
    if link not in (_C.SP, _C.HYPHEN, _C.AND):
        return None
    value = _cardinal_tokens(sc, run, False, (_as_cardinal_kind(o.value), o.value, link))
    if value is None:
        return None
    return _Reading(start=a.start, end=o.end, value=value, kind=_R.ORDINAL, first=i, last=j)


def _second_is_time(sc: _Scan, i: int, lex: _NumberLexicon) -> bool:
    """True when "second" is the time unit ("per second", "30 second")."""
    if _word_before(sc.text, sc.atoms[i].start) in lex.second_not_after:
        return True
    return i > 0 and sc.conn[i] in (_C.SP, _C.HYPHEN) and sc.atoms[i - 1].kind in _CARDINALISH


def _point_digits(sc: _Scan, j: int) -> tuple[str, int]:
    """The digits spelled after "point" ("zero three" -> "03", "seventy-one" -> "71")."""
    atoms = sc.atoms
    digits = ""
    last = j - 1
    k = j
    while k < len(atoms) and atoms[k].kind in (_K.UNIT, _K.TEEN, _K.TENS):
        if k > j and sc.conn[k] not in (_C.SP, _C.HYPHEN):
            break
        value = atoms[k].value
        if (
            atoms[k].kind is _K.TENS
            and k + 1 < len(atoms)
            and atoms[k + 1].kind is _K.UNIT
            and atoms[k + 1].value > 0
            and sc.conn[k + 1] in (_C.SP, _C.HYPHEN)
        ):
            value += atoms[k + 1].value
            k += 1
        digits += str(int(value))
        last = k
        k += 1
    return digits, last


def _ratio_ok(sc: _Scan, num: _Card, den: _Card, conn: _C) -> bool:
    """Whether "N over/in/out of D" is a fraction here."""
    if not (num.value.is_integer() and den.value.is_integer()) or den.value <= 0:
        return False
    if conn is _C.OVER:
        start = sc.atoms[num.first].start
        return sc.mode is _Mode.NUMBERS and not _has_currency_before(
            sc.text, start, _patterns(sc.mode)
        )
    if num.value >= den.value or num.value < 0:
        return False
    if sc.mode is _Mode.NEWS and den.first == den.last:
        d = sc.atoms[den.first]
        lex = _numbers()
        if d.kind is _K.DIGITS and d.plain and lex.year_min <= d.value <= lex.year_max:
            return False  # "10 in 2020"
    return True


def _read_number(sc: _Scan, i: int, article: int | None) -> _Reading | None:
    """A whole number at atom i, extended into a decimal ("point five") or a ratio ("1 in 5")."""
    atoms = sc.atoms
    use_article = article is not None and atoms[i].kind in _MULTIPLIERS
    card = _read_cardinal(sc, i, use_article)
    if card is None:
        return None
    start = article if use_article and article is not None else atoms[i].start
    last_atom = atoms[card.last]
    scale = card.tail_scale or (last_atom.scale if card.first == card.last else 1.0)
    plain = _Reading(
        start=start,
        end=last_atom.end,
        value=card.value,
        kind=_R.CARDINAL,
        first=i,
        last=card.last,
        scale=scale,
    )
    j = card.last + 1
    if j >= len(atoms):
        return plain
    conn = sc.conn[j]
    if conn is _C.POINT and card.value.is_integer() and atoms[i].kind is not _K.DIGITS:
        digits, last = _point_digits(sc, j)
        if digits:
            whole = f"{int(abs(card.value))}.{digits}"
            value = float(whole) if card.value >= 0 else -float(whole)
            return replace(plain, end=atoms[last].end, value=value, kind=_R.DECIMAL, last=last)
    nxt = atoms[j]
    if (
        card.first == card.last
        and atoms[i].kind is _K.DIGITS
        and atoms[i].integer
        and atoms[i].scale == 1.0
        and nxt.kind in (_K.SLASH, _K.VULGAR)
        and conn in (_C.SP, _C.GLUE)
        and 0 < nxt.value < 1
    ):
        value = card.value + nxt.value if card.value >= 0 else card.value - nxt.value
        return replace(plain, end=nxt.end, value=value, kind=_R.FRACTION, last=j, scale=1.0)
    if conn in (_C.OVER, _C.OUT_OF, _C.IN):
        den = _read_cardinal(sc, j, False)
        if den is not None and _ratio_ok(sc, card, den, conn):
            return replace(
                plain,
                end=atoms[den.last].end,
                value=card.value / den.value,
                kind=_R.FRACTION,
                last=den.last,
                scale=1.0,
            )
    return plain


def _read_at(sc: _Scan, i: int) -> _Reading | None:
    """The number expression that starts at atom i, if one does."""
    atoms = sc.atoms
    a = atoms[i]
    if a.kind is _K.NEGATIVE:
        if i + 1 < len(atoms) and sc.conn[i + 1] is _C.SP:
            inner = _read_at(sc, i + 1)
            if inner is not None and inner.kind is not _R.ORDINAL and inner.first == i + 1:
                return replace(inner, start=a.start, value=-inner.value, first=i)
        return None
    article = _article_before(sc.text, a.start)
    if a.kind in (_K.ORDINAL, _K.FRACWORD) or a.kind in _CARDINALISH:
        found = _read_fraction(sc, i, article)
        if found is None and article is not None:
            found = _read_fraction(sc, i, None)
        if found is not None:
            return found
    if a.kind is _K.FRACWORD:
        return _read_fracword(sc, i)
    if a.kind is _K.VULGAR:
        return _finish_vulgar(sc, i)
    if a.kind is _K.SLASH:
        return _Reading(start=a.start, end=a.end, value=a.value, kind=_R.FRACTION, first=i, last=i)
    ordinal = _read_ordinal(sc, i)
    if ordinal is not None or a.kind is _K.ORDINAL:
        return ordinal
    return _read_number(sc, i, article)


def _finish_vulgar(sc: _Scan, i: int) -> _Reading:
    """A vulgar fraction sign, with a scale word after it applied ("½ million")."""
    atoms = sc.atoms
    a = atoms[i]
    k = i + 1
    if k < len(atoms) and atoms[k].kind is _K.SCALE and sc.conn[k] in (_C.SP, _C.OF_A):
        s = atoms[k].value
        return _Reading(
            start=a.start,
            end=atoms[k].end,
            value=a.value * s,
            kind=_R.FRACTION,
            first=i,
            last=k,
            scale=s,
        )
    return _Reading(start=a.start, end=a.end, value=a.value, kind=_R.FRACTION, first=i, last=i)


def _is_pronoun_one(sc: _Scan, r: _Reading) -> bool:
    """True for "the one you mentioned", "which one", "one another": no count."""
    a = sc.atoms[r.first]
    if r.first != r.last or a.word != "one" or r.kind is not _R.CARDINAL:
        return False
    lex = _numbers()
    return (
        _word_before(sc.text, r.start) in lex.pronoun_one_after
        or _word_after(sc.text, r.end) in lex.pronoun_one_before
    )


def _readings(sc: _Scan) -> list[_Reading]:
    """Every number expression of a scanned text, left to right, without overlaps."""
    out: list[_Reading] = []
    i = 0
    while i < len(sc.atoms):
        r = _read_at(sc, i)
        if r is None:
            i += 1
            continue
        if not _is_pronoun_one(sc, r):
            out.append(r)
        i = r.last + 1
    return out


# --- intervals ----------------------------------------------------------------------------------


def _place(x: float) -> float:
    """The place value of the last significant digit: 1,400 -> 100, 3.5 -> 0.1, 0 -> 0."""
    if x == 0 or not math.isfinite(x):
        return 0.0
    exponent = Decimal(repr(abs(x))).normalize().as_tuple().exponent
    return float(Decimal(1).scaleb(exponent)) if isinstance(exponent, int) else 0.0


def _tolerance(x: float) -> float:
    """How far an approximate figure may be from what it says (see modifiers.toml)."""
    mods = _modifiers()
    return min(_place(x) * mods.units, mods.relative * abs(x))


@dataclass(frozen=True, slots=True, kw_only=True)
class _Interval:
    """Bounds of a figure read with its modifier."""

    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True
    approximate: bool = False


def _interval(bound: str | None, v: float) -> _Interval:
    """The interval a bound word gives a figure ("nearly" 1,400 -> [1300, 1400))."""
    if bound == "gt":
        return _Interval(low=v, high=None, low_inclusive=False, high_inclusive=False)
    if bound == "ge":
        return _Interval(low=v, high=None, high_inclusive=False)
    if bound == "lt":
        return _Interval(low=None, high=v, low_inclusive=False, high_inclusive=False)
    if bound == "le":
        return _Interval(low=None, high=v, low_inclusive=False)
    if bound == "near_below":
        return _Interval(low=v - _tolerance(v), high=v, high_inclusive=False, approximate=True)
    if bound == "near_above":
        return _Interval(low=v, high=v + _tolerance(v), low_inclusive=False, approximate=True)
    if bound == "approx":
        t = _tolerance(v)
        return _Interval(low=v - t, high=v + t, approximate=True)
    if bound == "odd":
        return _Interval(low=v, high=v + _place(v), high_inclusive=False, approximate=True)
    return _Interval(low=v, high=v)


# --- context of a figure (news and range modes) ---------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class _Item:
    """A figure with its context: modifier before or after, unit, currency."""

    reading: _Reading
    start: int  # with the modifier
    end: int  # with the unit and a modifier after
    fig_start: int  # with a currency sign or "aged"
    fig_end: int  # with the unit
    value: float
    unit: Unit = Unit.COUNT
    dimension: str | None = None
    bound: str | None = None
    modifier: str | None = None
    opener: str | None = None  # "between" or "from" before the figure
    opener_start: int | None = None
    suffixed: bool = False


def _prefix_at(sc: _Scan, start: int) -> tuple[int, str, str] | None:
    """The modifier phrase right before ``start``: (its start, phrase, bound)."""
    pat = _patterns(sc.mode)
    lo = max(0, start - _WINDOW)
    window = sc.text[lo:start][::-1]
    m = pat.prefix.match(window)
    if m is None:
        return None
    found = m.group("p")
    phrase = " ".join(found[::-1].split()).lower()
    bound = pat.prefix_bound.get(phrase)
    if bound is None:
        return None
    begin = start - len(m.group(0))
    while begin < start and sc.text[begin].isspace():
        begin += 1
    return begin, phrase, bound


def _suffix_at_figure(sc: _Scan, end: int, next_start: int | None) -> tuple[int, str, str] | None:
    """The modifier phrase right after ``end`` ("or more"): (its end, phrase, bound)."""
    pat = _patterns(sc.mode)
    m = pat.suffix.match(sc.text, end, end + _WINDOW)
    if m is None:
        return None
    found = m.group("s") if m.group("s") is not None else m.group("g")
    phrase = " ".join(found.split()).lower()
    bound = pat.suffix_bound.get(phrase)
    if bound is None:
        return None
    if next_start is not None and next_start - m.end() < 8:
        between = sc.text[m.end() : next_start]
        if between.strip().lower() in ("", "the"):
            return None  # "200 or greater than 190": the words go with 190
    return m.end(), phrase, bound


def _prefix_binds(sc: _Scan, prefix: tuple[int, str, str], unit: Unit) -> bool:
    """Whether a modifier before a figure bounds it in news text: never an ordinal; "over"
    before a duration only after "for", "after"... ("over four days" is "during")."""
    if unit is Unit.ORDINAL:
        return False
    mods = _modifiers()
    if unit is Unit.DURATION and prefix[1] in mods.duration_phrases:
        return _word_before(sc.text, prefix[0]) in mods.duration_after
    return True


def _combine_bounds(prefix: str | None, suffix: str | None) -> str | None:
    """One bound from the words before and after a figure."""
    if suffix is None:
        return prefix
    if suffix == "or_equal":
        return {"gt": "ge", "lt": "le"}.get(prefix or "")
    if prefix is None or prefix == "eq":
        return suffix
    return prefix


def _context(sc: _Scan, r: _Reading, next_start: int | None) -> _Item:
    """A reading with the words around it: unit, currency, modifiers."""
    unit, dimension, value = Unit.COUNT, None, r.value
    fig_start, fig_end = r.start, r.end
    if r.kind is _R.ORDINAL:
        unit = Unit.ORDINAL
    elif sc.mode is _Mode.NEWS:
        fig_start, fig_end, unit, dimension, value = _unit_of(sc, r)
    prefix = _prefix_at(sc, fig_start)
    if sc.mode is _Mode.NEWS and prefix is not None and not _prefix_binds(sc, prefix, unit):
        prefix = None
    suffix = None if unit is Unit.ORDINAL else _suffix_at_figure(sc, fig_end, next_start)
    opener = prefix[1] if prefix is not None and prefix[2] == "opener" else None
    pre_bound = prefix[2] if prefix is not None and opener is None else None
    bound = _combine_bounds(pre_bound, suffix[2] if suffix is not None else None)
    if bound == "or_equal":
        bound = None
    use_suffix = suffix is not None and bound is not None and bound != pre_bound
    modifier = None
    if pre_bound is not None and prefix is not None:
        modifier = prefix[1]
    if use_suffix and suffix is not None:
        modifier = suffix[1] if modifier is None else f"{modifier} {suffix[1]}"
    start = prefix[0] if prefix is not None and opener is None else fig_start
    end = suffix[0] if use_suffix and suffix is not None else fig_end
    return _Item(
        reading=r,
        start=start,
        end=end,
        fig_start=fig_start,
        fig_end=fig_end,
        value=value,
        unit=unit,
        dimension=dimension,
        bound=bound,
        modifier=modifier,
        opener=opener,
        opener_start=prefix[0] if prefix is not None and opener is not None else None,
        suffixed=use_suffix,
    )


def _unit_of(sc: _Scan, r: _Reading) -> tuple[int, int, Unit, str | None, float]:
    """Currency sign or "aged" before, unit words after: (start, end, unit, dimension, value)."""
    text = sc.text
    pat = _patterns(sc.mode)
    cur = _currencies()
    lex = _numbers()
    start, end, value = r.start, r.end, r.value
    unit: Unit = Unit.COUNT
    dimension: str | None = None
    m = pat.currency_tail.search(text, max(0, r.start - 6), r.start)
    if m is not None:
        sign = m.group().strip()
        unit, dimension, start = Unit.MONEY, cur.symbols.get(sign, sign), m.start()
    else:
        age = pat.age_prefix.search(text, max(0, r.start - 12), r.start)
        if age is not None:
            unit, dimension, start = Unit.AGE, "year", age.start()
    u = pat.units.match(text, r.end, r.end + _WINDOW)
    if u is None or (unit is Unit.AGE and u.lastgroup != "dur"):
        return start, end, unit, dimension, value
    group = u.lastgroup
    if unit is Unit.MONEY and group not in ("cur", "code"):
        return start, end, unit, dimension, value
    if group in ("pct", "pp") and unit is Unit.COUNT:
        return start, u.end(), Unit.PERCENT, "point" if group == "pp" else None, value
    if group == "age" and unit is Unit.COUNT:
        return start, u.end(), Unit.AGE, u.group("age_u").lower(), value
    if group == "dur":
        name = " ".join(u.group("dur_u").lower().split())
        dim, factor = lex.durations.get(name, ("year", 1.0))
        if unit is Unit.AGE:
            return start, u.end(), Unit.AGE, dim, value * factor
        return start, u.end(), Unit.DURATION, dim, value * factor
    if group == "cur":
        code = cur.words.get(" ".join(u.group("cur_w").lower().split()), "")
        if unit is Unit.COUNT or dimension == code:
            return start, u.end(), Unit.MONEY, code, value
    if group == "code":
        code = u.group("code_c")
        if unit is Unit.COUNT or dimension == code:
            return start, u.end(), Unit.MONEY, code, value
    return start, end, unit, dimension, value


# --- what is not a quantity (news mode) -----------------------------------------------------------


_NON_SPACE: Final = re.compile(r"\S*")


def _token_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The non-space text glued to a figure on its left and on its right (bounded)."""
    window = text[max(0, start - _WINDOW) : start]
    left = _NON_SPACE.match(window[::-1])
    right = _NON_SPACE.match(text, end, min(len(text), end + _WINDOW))
    left_len = left.end() if left is not None else 0
    return window[len(window) - left_len :], right.group() if right is not None else ""


def _chain_length(sc: _Scan, i: int) -> int:
    """How many figures are joined by "-" or "/" into one chain with atom i (dates, phones)."""
    n = 1
    j = i
    while j > 0 and sc.left_joint[j] and n < 8:
        j -= 1
        n += 1
    j = i
    while j < len(sc.atoms) - 1 and sc.right_joint[j] and n < 8:
        j += 1
        n += 1
    return n


def _is_noise(sc: _Scan, r: _Reading) -> bool:
    """True for figures that are not amounts: parts of codes, dates, times, phones, URLs."""
    lex = _numbers()
    pat = _patterns(sc.mode)
    text = sc.text
    a = sc.atoms[r.first]
    if a.kind is _K.SLASH or any(sc.atoms[k].dotted for k in range(r.first, r.last + 1)):
        return True
    if r.bare_half and not _half_is_amount(sc, r, lex):
        return True
    if a.kind is _K.DIGITS and r.first == r.last:
        joints = (sc.left_joint[r.first], sc.right_joint[r.first])
        if "/" in joints or _chain_length(sc, r.first) >= 3:
            return True
    left, right = _token_around(text, r.start, r.end)
    if "://" in left + right or "www." in (left + right).lower() or "@" in left + right:
        return True
    if left[-1:] in ("/", "-") and any(ch.isalpha() for ch in left):
        return True  # "A/HRC/RES/55/27", "COVID-19"
    if right[:1] == "/" and right[1:2].isalpha():
        return True
    if left.endswith("[") and right.startswith("]"):
        return True  # footnote marker
    if left.endswith("#") or _word_before(text, r.start, skip=".#") in lex.labels:
        return True
    if a.kind is _K.DIGITS and pat.time_after.match(text, r.end, r.end + _WINDOW):
        return True
    if (
        text[max(0, r.start - 1) : r.start] == ":"
        and text[max(0, r.start - 2) : r.start - 1].isdigit()
    ):
        return True
    return _is_day(sc, r, lex, pat)


def _half_is_amount(sc: _Scan, r: _Reading, lex: _NumberLexicon) -> bool:
    """Whether a bare "half" is a figure: after a bound word, or before "of"."""
    if _prefix_at(sc, r.start) is not None:
        return True
    return (
        _word_after(sc.text, r.end) == "of"
        and _word_before(sc.text, r.start) not in lex.half_not_after
    )


def _is_day(sc: _Scan, r: _Reading, lex: _NumberLexicon, pat: _Patterns) -> bool:
    """True for the day of a date: "May 1, 2020", "14 February 2025", "the 9th of August"."""
    a = sc.atoms[r.first]
    if r.first != r.last or a.kind is not _K.DIGITS or not a.integer or a.signed:
        return False
    if not (1 <= a.value <= lex.day_max) or a.ndigits > 2:
        return False
    lo = max(0, r.start - 24)
    if pat.month_before.search(sc.text, lo, r.start):
        return True
    return pat.month_after.match(sc.text, r.end, r.end + _WINDOW) is not None


_YEAR_BEFORE: Final = re.compile(r"(?<![0-9])([0-9]{4})\s*[-\u2013/]\s*$")


def _is_year(sc: _Scan, item: _Item) -> bool:
    """True for a bare four-digit figure in the year span with nothing making it an amount."""
    lex = _numbers()
    r = item.reading
    a = sc.atoms[r.first]
    if r.first != r.last or a.kind is not _K.DIGITS or r.kind is not _R.CARDINAL:
        return False
    if item.unit is not Unit.COUNT or item.bound in _RESCUES_YEAR:
        return False
    if a.plain and a.ndigits == 4 and lex.year_min <= a.value <= lex.year_max:
        return True
    m = _YEAR_BEFORE.search(sc.text, max(0, r.start - 8), r.start)
    return bool(a.plain and m and lex.year_min <= int(m.group(1)) <= lex.year_max)


# --- ranges and pairs -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class _Span:
    """A finished interval with its span, before it becomes a Quantity."""

    start: int
    end: int
    interval: _Interval
    unit: Unit
    dimension: str | None
    point: float | None
    modifier: str | None
    vague: bool = False


def _joined_by_dash(sc: _Scan, a: _Item, b: _Item) -> bool:
    """Whether "A-B" is a range and not part of a longer chain ("+1-222-2222")."""
    ia, ib = a.reading.last, b.reading.first
    if sc.left_joint[a.reading.first] or sc.right_joint[ib]:
        return False
    return ib == ia + 1


def _range(sc: _Scan, a: _Item, b: _Item) -> _Span | None:
    """ "between A and B", "from A to B", "A to B", "A-B" as one interval, if they are one."""
    pat = _patterns(sc.mode)
    if a.suffixed or b.bound is not None or b.opener is not None:
        return None
    if a.bound not in (None, "approx") or (a.bound == "approx" and sc.mode is _Mode.NUMBERS):
        return None
    if b.fig_start - a.fig_end > _MAX_GAP:
        return None
    gap = sc.text[a.fig_end : b.fig_start]
    m = pat.range_gap.fullmatch(gap)
    if m is None:
        return None
    if m.group("and") is not None and a.opener != "between":
        return None
    if m.group("to") is not None and a.opener == "between":
        return None
    if gap == "-" and not _joined_by_dash(sc, a, b):
        return None  # "+1-222-2222": a chain, not a range
    if (a.reading.kind is _R.ORDINAL) != (b.reading.kind is _R.ORDINAL):
        return None
    if sc.mode is _Mode.NEWS and a.reading.kind is _R.ORDINAL:
        return None
    unit, dimension = b.unit, b.dimension
    low = a.value
    if a.unit is not Unit.COUNT:
        if b.unit is not Unit.COUNT and (a.unit, a.dimension) != (b.unit, b.dimension):
            return None
        unit, dimension = a.unit, a.dimension
    elif b.unit in (Unit.DURATION, Unit.AGE) and b.reading.value:
        low = a.value * (b.value / b.reading.value)  # "two to three decades"
    if a.reading.scale == 1.0 and b.reading.scale > 1.0 and low <= b.reading.base:
        low *= b.reading.scale  # "$5-6 billion"
    if not low < b.value:
        return None
    mods = _modifiers()
    high_inclusive = (
        mods.news_high_inclusive if sc.mode is _Mode.NEWS else mods.numbers_high_inclusive
    )
    start = a.start if a.bound == "approx" else a.fig_start
    if a.opener_start is not None:
        start = a.opener_start
    return _Span(
        start=start,
        end=b.end,
        interval=_Interval(
            low=low, high=b.value, high_inclusive=high_inclusive, approximate=a.bound == "approx"
        ),
        unit=unit,
        dimension=dimension,
        point=None,
        modifier="range",
    )


def _pair(sc: _Scan, a: _Item, b: _Item) -> _Span | None:
    """ "more than 10 and less than 40" as one interval, if the two bounds meet."""
    pat = _patterns(sc.mode)
    sides = _LOWER | _UPPER
    if a.bound not in sides or b.bound not in sides or a.suffixed:
        return None
    if (a.bound in _LOWER) == (b.bound in _LOWER):
        return None  # "more than 20, above 170": two lower bounds
    if (a.unit, a.dimension) != (b.unit, b.dimension):
        return None
    if b.start - a.end > _MAX_GAP:
        return None
    gap = sc.text[a.end : b.start]
    if not gap.strip() or pat.combine_gap.fullmatch(gap) is None:
        return None
    lower, upper = (a, b) if a.bound in _LOWER else (b, a)
    if not lower.value < upper.value:
        return None
    return _Span(
        start=a.start,
        end=b.end,
        interval=_Interval(
            low=lower.value,
            high=upper.value,
            low_inclusive=lower.bound == "ge",
            high_inclusive=upper.bound == "le",
        ),
        unit=a.unit,
        dimension=a.dimension,
        point=None,
        modifier="range",
    )


def _single(item: _Item) -> _Span:
    """One figure with its own bound."""
    return _Span(
        start=item.start,
        end=item.end,
        interval=_interval(item.bound, item.value),
        unit=item.unit,
        dimension=item.dimension,
        point=item.value,
        modifier=item.modifier,
    )


def _group(sc: _Scan, items: Sequence[_Item], keep_plain: bool) -> list[_Span]:
    """Join neighbouring items into ranges and pairs, left to right."""
    out: list[_Span] = []
    k = 0
    while k < len(items):
        a = items[k]
        if k + 1 < len(items):
            joined = _range(sc, a, items[k + 1]) or _pair(sc, a, items[k + 1])
            if joined is not None:
                out.append(joined)
                k += 2
                continue
        if keep_plain or a.bound is not None:
            out.append(_single(a))
        k += 1
    return out


def _items(sc: _Scan, readings: Sequence[_Reading]) -> list[_Item]:
    """Each reading with its context; in news mode the non-quantities are left out."""
    out: list[_Item] = []
    for n, r in enumerate(readings):
        if sc.mode is _Mode.NEWS and _is_noise(sc, r):
            continue
        next_start = readings[n + 1].start if n + 1 < len(readings) else None
        item = _context(sc, r, next_start)
        if sc.mode is _Mode.NEWS and _is_year(sc, item):
            continue
        out.append(item)
    return out


# --- vague magnitudes and durations without a figure (news mode) ----------------------------------


def _vague_spans(sc: _Scan) -> list[_Span]:
    """ "hundreds of thousands", "several", "dozens" as vague intervals."""
    pat = _patterns(_Mode.NEWS)
    table = _magnitude_table()
    out: list[_Span] = []
    for group, begin, end in sc.phrases:
        if group != "vague":
            continue
        mag = table.get(" ".join(sc.text[begin:end].lower().split()))
        if mag is None:
            continue
        if mag.follow is not None and _word_after(sc.text, end) != mag.follow:
            continue
        interval = _Interval(
            low=mag.low, high=mag.high, high_inclusive=mag.high_inclusive, approximate=True
        )
        start, modifier = begin, None
        prefix = _prefix_at(sc, begin)
        if prefix is not None and prefix[2] in ("approx", "gt", "ge"):
            start, modifier = prefix[0], prefix[1]
            if prefix[2] != "approx":
                interval = _Interval(
                    low=mag.low, high=None, low_inclusive=prefix[2] == "ge", approximate=True
                )
        unit, dimension = Unit.COUNT, None
        u = pat.units.match(sc.text, end, end + _WINDOW)
        if u is not None and u.lastgroup == "cur":
            unit = Unit.MONEY
            dimension = _currencies().words.get(" ".join(u.group("cur_w").lower().split()))
            end = u.end()
        out.append(
            _Span(
                start=start,
                end=end,
                interval=interval,
                unit=unit,
                dimension=dimension,
                point=None,
                modifier=modifier,
                vague=True,
            )
        )
    return out


def _implicit_spans(sc: _Scan) -> list[_Span]:
    """ "a decade", "more than a century": durations written without a figure."""
    lex = _numbers()
    out: list[_Span] = []
    for group, begin, end in sc.phrases:
        if group != "implicit":
            continue
        dim, value = lex.implicit_durations[" ".join(sc.text[begin:end].lower().split())]
        start, bound, modifier = begin, None, None
        prefix = _prefix_at(sc, begin)
        if prefix is not None and prefix[2] != "opener":
            start, bound, modifier = prefix[0], prefix[2], prefix[1]
        out.append(
            _Span(
                start=start,
                end=end,
                interval=_interval(bound, value),
                unit=Unit.DURATION,
                dimension=dim,
                point=value,
                modifier=modifier,
            )
        )
    return out


def _without_overlaps(spans: Iterable[_Span]) -> list[_Span]:
    """Spans sorted by start; where two overlap, the longer (then the earlier) wins."""
    starts: list[int] = []
    kept: list[_Span] = []
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        k = bisect_left(starts, s.start)
        if k > 0 and kept[k - 1].end > s.start:
            continue
        if k < len(kept) and kept[k].start < s.end:
            continue
        starts.insert(k, s.start)
        kept.insert(k, s)
    return kept


def _quantity(text: str, s: _Span) -> Quantity:
    """The public record of a span."""
    iv = s.interval
    return Quantity(
        start=s.start,
        end=s.end,
        text=text[s.start : s.end],
        low=iv.low,
        high=iv.high,
        low_inclusive=iv.low_inclusive,
        high_inclusive=iv.high_inclusive,
        approximate=iv.approximate or s.vague,
        unit=s.unit,
        point=s.point,
        modifier=s.modifier,
        vague=s.vague,
        dimension=s.dimension,
    )


# --- public API -----------------------------------------------------------------------------------


def find_quantities(text: str) -> list[Quantity]:
    """Find every quantity of a news text, read as an interval with its modifier and unit.

    Args:
        text: Any text; offsets in the result index it.

    Returns:
        Quantities sorted by start, not overlapping, with ``text[q.start:q.end] == q.text``.
    """
    sc = _scan(text, _Mode.NEWS)
    items = _items(sc, _readings(sc))
    spans = _group(sc, items, keep_plain=True) + _vague_spans(sc) + _implicit_spans(sc)
    return [_quantity(text, s) for s in _without_overlaps(spans)]


def find_numbers(text: str) -> list[Quantity]:
    """Find every number as Recognizers-Text's NumberModel does (conformance mode).

    Args:
        text: Any text.

    Returns:
        One point Quantity per number (years and dates included, ordinals left out).
    """
    sc = _scan(text, _Mode.NUMBERS)
    out: list[Quantity] = []
    for r in _readings(sc):
        if r.kind is _R.ORDINAL:
            continue
        out.append(
            Quantity(
                start=r.start,
                end=r.end,
                text=text[r.start : r.end],
                low=r.value,
                high=r.value,
                point=r.value,
            )
        )
    return out


def find_ranges(text: str) -> list[Quantity]:
    """Find comparisons and ranges as Recognizers-Text's NumberRangeModel does.

    Args:
        text: Any text.

    Returns:
        One Quantity per bounded figure or range ("between 20 and 30" is [20, 30), high
        exclusive by that suite's convention); figures with no bound are left out.
    """
    sc = _scan(text, _Mode.NUMBERS)
    items = _items(sc, _readings(sc))
    return [_quantity(text, s) for s in _group(sc, items, keep_plain=False)]


def parse_number(words: str) -> float | None:
    """Read one whole number expression ("one hundred and five", "1,200", "half a million").

    Args:
        words: The expression alone; surrounding white space is ignored.

    Returns:
        Its value, or None when the text is not exactly one number (ordinals count: "sixth"
        is 6).
    """
    stripped = words.strip()
    if not stripped:
        return None
    sc = _scan(stripped, _Mode.NUMBERS)
    found = _readings(sc)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(stripped):
        return None
    return found[0].value


def format_number(x: float) -> str:
    """Write a figure with thousands separators: 1200 -> "1,200", -3.5 -> "-3.5".

    Args:
        x: A finite number.

    Returns:
        Digits that ``parse_number`` reads back as exactly ``x``.

    Raises:
        ValueError: when ``x`` is infinite or not a number.
    """
    if not math.isfinite(x):
        raise ValueError(f"cannot write {x!r} as a figure")
    if float(x).is_integer():
        whole, frac = format(Decimal(int(x)), "f"), ""
    else:
        plain = format(Decimal(repr(float(x))), "f")
        whole, _, frac = plain.partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    grouped = f"{int(digits):,}" if len(digits) <= 4000 else digits
    return f"{sign}{grouped}" + (f".{frac}" if frac else "")


# fmt: off
_SPELL_UNITS: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)
_SPELL_TENS: Final = (
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
)
# fmt: on
_SPELL_SCALES: Final = (
    (10**12, "trillion"),
    (10**9, "billion"),
    (10**6, "million"),
    (1000, "thousand"),
)


def spell_number(n: int) -> str:
    """Write a whole number in words: 105 -> "one hundred and five".

    Args:
        n: A whole number below 10**15 in absolute value.

    Returns:
        The number in British-style words ("and" after hundreds), "minus" for negatives.

    Raises:
        ValueError: when ``n`` is too large.
    """
    if abs(n) >= 10**15:
        raise ValueError(f"{n} is too large to spell")
    if n < 0:
        return "minus " + spell_number(-n)
    if n == 0:
        return "zero"
    parts: list[str] = []
    rest = n
    for size, name in _SPELL_SCALES:
        if rest >= size:
            parts.append(f"{_spell_below_thousand(rest // size)} {name}")
            rest %= size
    if rest:
        below = _spell_below_thousand(rest)
        if parts and rest < 100:
            below = "and " + below
        parts.append(below)
    return " ".join(parts)


def _spell_below_thousand(n: int) -> str:
    """1..999 in words."""
    hundreds, rest = divmod(n, 100)
    out = []
    if hundreds:
        out.append(f"{_SPELL_UNITS[hundreds]} hundred")
    if rest:
        if rest < 20:
            words = _SPELL_UNITS[rest]
        else:
            tens, unit = divmod(rest, 10)
            words = _SPELL_TENS[tens] + (f"-{_SPELL_UNITS[unit]}" if unit else "")
        out.append(("and " if hundreds else "") + words)
    return " ".join(out)
