"""Dates, periods and relative time expressions: text (+ publication date) -> list[TimeRef].

Contract: ``find_times(text, anchor)`` returns the time expressions of ``text`` sorted by
start, never overlapping, with ``text[t.start:t.end] == t.text`` for each. A span includes
the scope word in front of it ("since May 2020", "as of December 31, 2023", "in 2023 and
2024"), kept in ``modifier``. An expression keeps the granularity it is written at: "since
2020" names the year 2020 (2020-01-01 .. 2020-12-31), not a day.

How expressions are read (every word list is data, in ``lexicon/time.toml``):

- A date written without its year ("August 9", "in March") is placed in the most recent
  year in which it does not start after ``anchor`` + ``partial_window_days`` (45 days), unless
  the clause's tense says otherwise: "will be presented in March" looks forward, "was
  arrested in March" looks back. Its note says which year was inferred; ``relative`` stays
  False because only the year came from the publication date.
- Relative expressions ("yesterday", "last year", "two years ago", "over the weekend",
  "Monday") are resolved against ``anchor`` and have ``relative=True``. A bare weekday is the
  most recent such day on or before ``anchor`` (news usage: "on Monday" in a Tuesday story
  is yesterday) unless the clause looks forward. "the past two years" is a rolling period
  ending at ``anchor``. Vague ones ("in recent years", "several years ago") are reported but
  not placed on the calendar.
- Without ``anchor`` relative and year-less expressions are still reported, with
  ``begin = end_date = None``.
- "as May 2020" is read as "since May 2020" (a common slip) when a start-of-period verb
  ("investigating", "tasked with", ...) stands before it in the clause or the date ends the
  clause; the note says so. "as of", "such as", "as well as", "known as" are never read so.
- Month names are read only capitalised, so modal "may" and the verb "march" are not dates;
  a month standing alone needs a scope word ("in May") or a part ("early May"), so "You May
  Also Like" is not a date. A lone four-digit number is a year only between ``year_min`` and
  ``year_max`` and not next to count words ("at least 2000", "2000 people").
- Durations ("26 years", "every four years", "for a year") are not dates: not returned.

Every regular expression here uses bounded repetition only and is matched inside windows
around cheap trigger words, so the time taken is linear in the length of the text.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from crosscheck.errors import LexiconError
from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import GRANULARITY_RANK, Granularity, TimeRef

__all__ = ["TimeLexicon", "find_times", "read_time_lexicon", "time_lexicon"]

_LEXICON = "time"
_W = r"\s{1,3}"  # white space inside an expression: bounded, so matching stays linear
_BACK = 90  # characters before a trigger word where an expression may start
_FORWARD = 50  # characters after a trigger word where an expression may end
_PAST, _UNKNOWN, _FUTURE = -1, 0, 1

_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?|'ll")
_CLAUSE_END = re.compile(r"[.;:!?\n,()\[\]|\u2013\u2014]")
_CLAUSE_CLOSE = re.compile(r"\s{0,3}(?:[.;:!?)\n\u2013\u2014|]|$)")
_LINK = re.compile(
    r"\s{1,3}(?P<word>and|to|until|till|through|thru)\s{1,3}|\s{0,2}(?P<dash>[-\u2013\u2014])\s{0,2}"
)
_SPACES = re.compile(r"\s{1,3}")
_PREVIOUS_WORD = re.compile(r"([\w.'\u2019]+)\W{0,3}$")
_NEXT_WORD = re.compile(r"\s{0,3}(%|[\w'\u2019]+)")


# --- lexicon ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TimeLexicon:
    """The word lists of ``lexicon/time.toml``, validated and folded for look-up."""

    months: Mapping[str, int]
    abbreviations: Mapping[str, int]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, tuple[int, int]]
    modifiers: Mapping[str, str]
    relative_only: frozenset[str]
    day_only: frozenset[str]
    range_links: frozenset[str]
    parts: Mapping[str, str]
    numbers: Mapping[str, int]
    ordinals: Mapping[str, int]
    units: Mapping[str, str]
    deictic_days: Mapping[str, int]
    determiners: Mapping[str, int]
    year_qualifiers: frozenset[str]
    future_cues: frozenset[str]
    past_cues: frozenset[str]
    passive_auxiliaries: frozenset[str]
    not_past_ed: frozenset[str]
    future_be: frozenset[str]
    as_since_verbs: frozenset[str]
    as_blocked_before: frozenset[str]
    not_year_before: frozenset[str]
    not_year_after: frozenset[str]
    year_min: int
    year_max: int
    partial_window_days: int


def _fail(message: str) -> LexiconError:
    """A LexiconError naming the time lexicon file."""
    return LexiconError(message, path=f"lexicon/{_LEXICON}.toml")


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    """A list of non-empty strings, folded to lower case."""
    items = require(data, key, list, _LEXICON)
    if not all(isinstance(w, str) and w for w in items):
        raise _fail(f"{key!r} must be a list of non-empty strings")
    return frozenset(w.lower() for w in items)


def _int_table(data: dict[str, Any], key: str, low: int, high: int) -> dict[str, int]:
    """A table of words to integers within [low, high]."""
    table = require(data, key, dict, _LEXICON)
    for name, value in table.items():
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise _fail(f"{key}.{name} must be an integer in [{low}, {high}]")
    return dict(table)


def _str_table(data: dict[str, Any], key: str) -> dict[str, str]:
    """A table of words (folded to lower case) to non-empty strings."""
    table = require(data, key, dict, _LEXICON)
    if not all(isinstance(v, str) and v for v in table.values()):
        raise _fail(f"{key!r} must map words to non-empty strings")
    return {k.lower(): v for k, v in table.items()}


def _int(data: dict[str, Any], key: str, low: int, high: int) -> int:
    """An integer setting within [low, high]."""
    value = require(data, key, int, _LEXICON)
    if isinstance(value, bool) or not low <= value <= high:
        raise _fail(f"{key!r} must be an integer in [{low}, {high}]")
    return int(value)


def _months(data: dict[str, Any]) -> dict[str, int]:
    """The twelve month names, in order, to their numbers."""
    names = require(data, "months", list, _LEXICON)
    if len(names) != 12 or not all(isinstance(n, str) and n[:1].isupper() for n in names):
        raise _fail("'months' must list the twelve month names, capitalised, in order")
    return {name: index for index, name in enumerate(names, start=1)}


def _seasons(data: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Season names to their first and last months."""
    table = require(data, "seasons", dict, _LEXICON)
    seasons: dict[str, tuple[int, int]] = {}
    for name, pair in table.items():
        ok = isinstance(pair, list) and len(pair) == 2
        if not ok or not all(isinstance(m, int) and 1 <= m <= 12 for m in pair):
            raise _fail(f"seasons.{name} must be [first month, last month]")
        seasons[name.lower()] = (pair[0], pair[1])
    return seasons


@cache
def time_lexicon() -> TimeLexicon:
    """Load and validate ``lexicon/time.toml`` once; raise LexiconError on a bad file."""
    return read_time_lexicon(load_lexicon(_LEXICON))


def read_time_lexicon(data: dict[str, Any]) -> TimeLexicon:
    """Validate parsed ``time.toml`` data and fold it for look-up.

    Raises:
        LexiconError: a key is missing or has the wrong shape.
    """
    as_since = require(data, "as_since", dict, _LEXICON)
    lexicon = TimeLexicon(
        months=_months(data),
        abbreviations=_int_table(data, "month_abbreviations", 1, 12),
        weekdays=_int_table(data, "weekdays", 0, 6),
        seasons=_seasons(data),
        modifiers=_str_table(data, "modifiers"),
        relative_only=_words(data, "relative_only_modifiers"),
        day_only=_words(data, "day_only_modifiers"),
        range_links=_words(data, "range_links"),
        parts=_str_table(data, "parts"),
        numbers={k.lower(): v for k, v in _int_table(data, "numbers", 0, 1000).items()},
        ordinals={k.lower(): v for k, v in _int_table(data, "ordinals", 1, 30).items()},
        units=_str_table(data, "units"),
        deictic_days={k.lower(): v for k, v in _int_table(data, "deictic_days", -7, 7).items()},
        determiners={k.lower(): v for k, v in _int_table(data, "determiners", -1, 1).items()},
        year_qualifiers=_words(data, "year_qualifiers"),
        future_cues=_words(data, "future_cues"),
        past_cues=_words(data, "past_cues"),
        passive_auxiliaries=_words(data, "passive_auxiliaries"),
        not_past_ed=_words(data, "not_past_ed"),
        future_be=_words(data, "future_be"),
        as_since_verbs=_words(as_since, "verbs"),
        as_blocked_before=_words(as_since, "blocked_before"),
        not_year_before=_words(data, "not_year_before"),
        not_year_after=_words(data, "not_year_after"),
        year_min=_int(data, "year_min", 1, 9999),
        year_max=_int(data, "year_max", 1, 9999),
        partial_window_days=_int(data, "partial_window_days", 0, 366),
    )
    if lexicon.year_min > lexicon.year_max:
        raise _fail("'year_min' must not exceed 'year_max'")
    bad_units = set(lexicon.units.values()) - {"day", "week", "month", "year", "decade"}
    if bad_units:
        raise _fail(f"unknown units {sorted(bad_units)}")
    return lexicon


# --- patterns --------------------------------------------------------------------------


def _cased(words: Sequence[str], *, lower: bool = True) -> list[str]:
    """The spellings matched for words: as given, Capitalised, UPPER (and lower if asked)."""
    out: set[str] = set()
    for word in words:
        out.update({word, word[:1].upper() + word[1:], word.upper()})
        if lower:
            out.add(word.lower())
    return sorted(out)


def _alt(words: Sequence[str]) -> str:
    """A non-capturing alternation of phrases, longest first, inner spaces made flexible."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(_W.join(re.escape(p) for p in w.split()) for w in ordered) + ")"


@dataclass(frozen=True, slots=True)
class _Patterns:
    atom: re.Pattern[str]
    trigger: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """Compile the expression and trigger patterns from the lexicon, once."""
    lex = time_lexicon()
    full = _alt(_cased(list(lex.months), lower=False))
    abbr = _alt(_cased(list(lex.abbreviations), lower=False))
    month = rf"(?:{full}\b|{abbr}\b\.?)"
    weekday = _alt(_cased(list(lex.weekdays), lower=False))
    season = _alt(_cased(list(lex.seasons)))
    the = r"(?:[Tt]he|THE)"
    number = rf"(?:{_alt(_cased(list(lex.numbers)))}|\d{{1,3}})"
    units = _alt(_cased(list(lex.units)))
    plural_units = _alt(_cased([u for u in lex.units if u.endswith("s")]))
    ordinal_q = _alt(_cased([o for o, n in lex.ordinals.items() if n <= 4]))
    ordinal_c = _alt(_cased([o for o, n in lex.ordinals.items() if n >= 10]))
    determiner = _alt(_cased(list(lex.determiners)))
    qualifier = _alt(_cased(list(lex.year_qualifiers)))
    rel_unit = _alt(
        [
            *_cased([u for u, name in lex.units.items() if name != "day"] + ["weekend"]),
            *_cased(list(lex.seasons)),
        ]
    )
    rel_name = rf"(?:{full}|{weekday})"
    deictic = _alt(_cased(list(lex.deictic_days)))
    edge = _alt(_cased(["earlier", "later"]))
    period_det = _alt(_cased(["past", "last", "next", "coming"]))
    quarter = _alt(_cased(["quarter", "half"]))
    suffix = r"(?:st|nd|rd|th)?"
    day_link = rf"(?:\s{{0,2}}[-\u2013]\s{{0,2}}|{_W}(?:and|to){_W})"
    day_range = rf"(?:{day_link}(?P<{{p}}_d2>[0-3]?\d){suffix})?"

    def days(p: str) -> str:
        """The day (or run of days) pattern with group names prefixed by ``p``."""
        return rf"(?P<{p}_d>[0-3]?\d){suffix}" + day_range.replace("{p}", p) + r"(?!\w)"

    cores = [
        r"(?<![\w/.-])(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?![\w/-]|\.\d)",
        r"(?<![\w$€£¥#/.,-])(?P<yr1>\d{4})\s{0,2}[-\u2013\u2014/]\s{0,2}"
        r"(?P<yr2>\d{4}|\d{2})(?![\w/%-]|[.,]\d)",
        rf"(?:(?P<mdy_wd>{weekday}),?{_W})?(?P<mdy_m>{month}){_W}{days('mdy')}"
        rf"(?:(?:\s?,)?{_W}(?:of{_W})?(?P<mdy_y>\d{{4}})(?!\d))?",
        r"(?<![\w/.-])(?P<num_a>[0-3]?\d)/(?P<num_b>[0-3]?\d)/(?P<num_y>\d{4})(?![\w/]|\.\d)",
        rf"(?:(?P<dmy_wd>{weekday}),?{_W})?(?<![\w/,.])(?P<dmy_d>[0-3]?\d){suffix}"
        + day_range.replace("{p}", "dmy")
        + rf"{_W}(?:of{_W})?(?P<dmy_m>{month})(?:,?{_W}(?P<dmy_y>\d{{4}})(?!\d))?",
        rf"(?P<my_m>{month})(?:,?{_W}|{_W}of{_W})(?P<my_y>\d{{4}})(?!\d)",
        rf"(?:{the}{_W})?(?P<q_ord>{ordinal_q})[\s-]{{1,2}}(?P<q_unit>{quarter})"
        rf"(?:{_W}of|,)?{_W}(?P<q_y>\d{{4}})(?!\d)",
        rf"(?<![\w-])(?P<qq>[QH])(?P<qq_n>[1-4])(?:{_W}of)?{_W}(?P<qq_y>\d{{4}})(?!\d)",
        rf"(?:{the}{_W})?(?P<s_name>{season})\b(?:{_W}of|,)?{_W}(?P<s_y>\d{{4}})(?!\d)",
        rf"(?:{the}{_W})?(?<![\w$])(?:(?P<dec_y>1[89]\d0|20\d0)|['\u2019](?P<dec_yy>\d0))s\b",
        rf"(?:{the}{_W})?(?P<c_n>(?<!\d)(?:1\d|2[0-2])(?:st|nd|rd|th)|{ordinal_c})[\s-]{{1,2}}"
        rf"(?P<c_word>[Cc]entury|CENTURY)\b",
        rf"(?:(?P<r_edge>{edge}){_W})?(?P<r_det>{determiner}){_W}(?:(?P<r_qual>{qualifier}){_W})?"
        rf"(?P<r_unit>{rel_unit}|{rel_name})\b",
        rf"(?P<a_n>{number})(?:{_W}|-)(?P<a_unit>{units}){_W}(?P<a_ago>ago|Ago|AGO)\b",
        rf"(?P<p_the>{the}){_W}(?P<p_det>{period_det}){_W}(?:(?P<p_n>{number}){_W})?"
        rf"(?P<p_unit>{units})\b",
        rf"(?P<rc>[Rr]ecent|RECENT){_W}(?P<rc_unit>{plural_units})\b",
        rf"(?P<wk_the>{the}){_W}(?P<wk>[Ww]eekend|WEEKEND)\b",
        rf"(?P<deictic>{deictic})\b",
        rf"(?P<wd>{weekday})\b",
        rf"(?P<mon>{full})\b",
        r"(?<![\w$€£¥#/.,'\u2019])(?<!\d[-\u2013])(?P<year>\d{4})(?![\w/%]|[.,:]\d|[-\u2013]\d)",
    ]
    modifier = _alt(_cased(list(lex.modifiers)))
    part = _alt(_cased(list(lex.parts)))
    atom = (
        rf"(?:(?P<mod>(?<![\w'\u2019-]){modifier}){_W})?"
        rf"(?:(?P<part>(?<![\w'\u2019-])(?:{the}{_W})?{part})(?:{_W}|-\s{{0,2}}))?"
        rf"(?P<core>(?<![\w'\u2019])(?:{'|'.join(cores)}))"
    )
    words = [
        *_cased(list(lex.months), lower=False),
        *_cased(list(lex.abbreviations), lower=False),
        *_cased(list(lex.weekdays), lower=False),
        *_cased(list(lex.seasons)),
        *_cased(list(lex.deictic_days)),
        *_cased([*lex.units, "weekend", "century", "quarter", "half"]),
    ]
    trigger = rf"\d+|(?<![\w'\u2019]){_alt(words)}\b"
    return _Patterns(atom=re.compile(atom), trigger=re.compile(trigger))


# --- records used while reading ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Partial:
    """A date or period without its year: placed on the calendar once a year is chosen."""

    first_month: int
    first_day: int | None
    last_month: int
    last_day: int | None

    def period(self, year: int) -> tuple[date, date] | None:
        """The period in ``year`` (a winter runs into the next year); None if no such day."""
        last_year = year if self.last_month >= self.first_month else year + 1
        try:
            end_day = self.last_day or calendar.monthrange(last_year, self.last_month)[1]
            return (
                date(year, self.first_month, self.first_day or 1),
                date(last_year, self.last_month, end_day),
            )
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class _Atom:
    """One expression as matched, before ranges are joined and weak readings dropped."""

    start: int
    end: int
    core_start: int
    mod: str | None
    mod_word: str | None
    kind: str  # date | year | month | relative | period | weekday
    begin: date | None
    end_date: date | None
    granularity: Granularity
    relative: bool = False
    notes: tuple[str, ...] = ()
    partial: _Partial | None = None
    has_part: bool = False
    linked: bool = False
    weekday: str | None = None


@dataclass(frozen=True, slots=True)
class _Context:
    text: str
    anchor: date | None
    lex: TimeLexicon


# --- public API ------------------------------------------------------------------------


def find_times(text: str, anchor: date | None = None) -> list[TimeRef]:
    """Find the dates, periods and relative time expressions of a text.

    Args:
        text: The text to read (a whole article or any part of one).
        anchor: The publication date, used to place relative expressions and dates given
            without a year; None leaves those with ``begin = end_date = None``.

    Returns:
        The expressions sorted by start, never overlapping, each with its exact span.
    """
    ctx = _Context(text=text, anchor=anchor, lex=time_lexicon())
    atoms = [a for a in (_atom(m, ctx) for m in _matches(text)) if a is not None]
    kept = [a for a in _join(atoms, ctx) if _keep(a, ctx)]
    placed = [a if a.partial is None else _resolve(a, ctx) for a in kept]
    return [_time_ref(a, text, ctx.lex) for a in placed if a is not None]


# --- matching --------------------------------------------------------------------------


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """Disjoint stretches of text around trigger words, where expressions can stand."""
    start = end = -1
    for m in _patterns().trigger.finditer(text):
        lo, hi = max(0, m.start() - _BACK), min(len(text), m.end() + _FORWARD)
        if lo > end:
            if end > start:
                yield start, end
            start = lo
        end = max(end, hi)
    if end > start:
        yield start, end


def _matches(text: str) -> Iterator[re.Match[str]]:
    """Every expression match, in order, found only inside trigger windows."""
    atom = _patterns().atom
    for lo, hi in _windows(text):
        yield from atom.finditer(text, lo, hi)


# --- one match -> atom -----------------------------------------------------------------


def _atom(m: re.Match[str], ctx: _Context) -> _Atom | None:
    """Read one match into an atom; None when it is not a date after all."""
    g = m.groupdict()
    atom = _core(m, g, ctx)
    if atom is None:
        return None
    if g["part"]:
        word = _part_word(g["part"], ctx.lex)
        atom = replace(atom, start=m.start("part"), has_part=True, notes=(word, *atom.notes))
    if g["mod"]:
        atom = _with_modifier(atom, m, ctx)
    return atom


def _part_word(surface: str, lex: TimeLexicon) -> str:
    """The canonical part ("early", "end") of a part phrase, with or without "the"."""
    words = surface.lower().split()
    phrase = " ".join(words)
    if phrase not in lex.parts and words[0] == "the":
        phrase = " ".join(words[1:])
    return lex.parts[phrase]


def _with_modifier(atom: _Atom, m: re.Match[str], ctx: _Context) -> _Atom:
    """Attach the scope word in front, reading "as" as "since" where the clause asks for it."""
    word = " ".join(m.group("mod").lower().split())
    canonical = ctx.lex.modifiers[word]
    if canonical == "as":
        if not _as_means_since(atom, m, ctx):
            return atom
        surface = ctx.text[m.start("mod") : atom.end]
        note = f"'{surface}' read as 'since {ctx.text[atom.start : atom.end]}'"
        notes = (*atom.notes, note)
        return replace(atom, start=m.start("mod"), mod="since", mod_word=word, notes=notes)
    if word in ctx.lex.relative_only and atom.kind != "period":
        return atom
    if word in ctx.lex.day_only and atom.granularity is not Granularity.DAY:
        return atom
    return replace(atom, start=m.start("mod"), mod=canonical, mod_word=word)


def _as_means_since(atom: _Atom, m: re.Match[str], ctx: _Context) -> bool:
    """True when "as <date>" is a slip for "since <date>" (see the module docstring)."""
    if atom.kind not in ("date", "year") or atom.partial is not None or atom.begin is None:
        return False
    before = _previous_word(ctx.text, m.start("mod"))
    if before in ctx.lex.as_blocked_before:
        return False
    if _CLAUSE_CLOSE.match(ctx.text, atom.end):
        return True
    clause = _clause_before(ctx.text, m.start("mod"))
    return any(w.lower() in ctx.lex.as_since_verbs for w in _WORD.findall(clause))


def _core(m: re.Match[str], g: dict[str, str | None], ctx: _Context) -> _Atom | None:
    """Dispatch on the core alternative that matched."""
    if g["iso_y"]:
        return _explicit_day(g["iso_y"], int(str(g["iso_m"])), g["iso_d"], None, None, m, ctx)
    if g["yr1"]:
        return _year_range(str(g["yr1"]), str(g["yr2"]), m, ctx)
    if g["num_a"]:
        return _numeric_day(int(str(g["num_a"])), int(str(g["num_b"])), int(str(g["num_y"])), m)
    if g["mdy_m"]:
        return _month_day(g, "mdy", m, ctx)
    if g["dmy_m"]:
        return _month_day(g, "dmy", m, ctx)
    if g["my_m"]:
        return _month_year(_month_number(str(g["my_m"]), ctx.lex), int(str(g["my_y"])), m)
    if g["q_ord"] or g["qq"]:
        return _quarter(g, m, ctx)
    if g["s_name"]:
        return _season_year(str(g["s_name"]), int(str(g["s_y"])), m, ctx)
    if g["dec_y"] or g["dec_yy"]:
        return _decade(g, m, ctx)
    if g["c_n"]:
        return _century(str(g["c_n"]), m, ctx)
    if g["r_det"]:
        return _determined(g, m, ctx)
    if g["a_n"]:
        return _ago(g, m, ctx)
    if g["p_the"]:
        return _rolling(g, m, ctx)
    if g["rc"]:
        unit = ctx.lex.units[str(g["rc_unit"]).lower()]
        return _vague(m, _granularity(unit), "period")
    if g["wk"]:
        return _weekend(m, ctx)
    if g["deictic"]:
        return _deictic(str(g["deictic"]), m, ctx)
    if g["wd"]:
        return _weekday(str(g["wd"]), m, ctx)
    if g["mon"]:
        return _bare_month(str(g["mon"]), m, ctx)
    return _year(str(g["year"]), m, ctx)


def _month_number(word: str, lex: TimeLexicon) -> int:
    """The number of a month name or abbreviation (with or without its full stop)."""
    name = word.rstrip(".")
    for table in (lex.months, lex.abbreviations):
        for key, number in table.items():
            if key.lower() == name.lower():
                return number
    raise KeyError(word)  # pragma: no cover - the pattern only matches listed names


def _plain(
    m: re.Match[str],
    kind: str,
    begin: date | None,
    end: date | None,
    gran: Granularity,
    *,
    relative: bool = False,
    notes: tuple[str, ...] = (),
    partial: _Partial | None = None,
) -> _Atom:
    """An atom spanning the core words of a match (scope word and part come later)."""
    return _Atom(
        start=m.start("core"),
        end=m.end("core"),
        core_start=m.start("core"),
        mod=None,
        mod_word=None,
        kind=kind,
        begin=begin,
        end_date=end,
        granularity=gran,
        relative=relative,
        notes=notes,
        partial=partial,
    )


def _vague(m: re.Match[str], gran: Granularity, kind: str) -> _Atom:
    """A relative expression too vague to place on the calendar."""
    note = "vague: not placed on the calendar"
    return _plain(m, kind, None, None, gran, relative=True, notes=(note,))


def _explicit_day(
    year: str | None,
    month: int,
    day: str | None,
    day2: str | None,
    weekday: str | None,
    m: re.Match[str],
    ctx: _Context,
) -> _Atom | None:
    """A day (or a run of days) in a month, with or without its year."""
    first = int(str(day))
    last = int(day2) if day2 else first
    if not 1 <= first <= last <= 31:
        return None
    partial = _Partial(month, first, month, last)
    atom: _Atom | None
    if year is not None:
        period = partial.period(int(year))
        if period is None:
            return None
        atom = _plain(m, "date", period[0], period[1], Granularity.DAY)
    else:
        atom = _placed(partial, "date", Granularity.DAY, m, ctx)
    if atom is not None and weekday is not None:
        atom = replace(atom, weekday=weekday)
    return atom


def _numeric_day(a: int, b: int, year: int, m: re.Match[str]) -> _Atom | None:
    """ "31/12/2023" or "12/31/2023"; when both orders are possible the day is not placed."""
    readings: set[date] = set()
    for month, day_of_month in ((b, a), (a, b)):
        try:
            readings.add(date(year, month, day_of_month))
        except ValueError:
            continue
    if not readings:
        return None
    if len(readings) == 1:
        only = readings.pop()
        return _plain(m, "date", only, only, Granularity.DAY)
    first, second = sorted(readings)
    note = f"ambiguous: {first.isoformat()} or {second.isoformat()} (day/month order unknown)"
    return _plain(m, "date", None, None, Granularity.DAY, notes=(note,))


def _check_weekday(atom: _Atom, weekday: str, lex: TimeLexicon) -> _Atom:
    """Note a weekday that does not fall on the date it stands next to."""
    number = next(n for w, n in lex.weekdays.items() if w.lower() == weekday.lower())
    if atom.begin is None or atom.begin.weekday() == number:
        return atom
    actual = calendar.day_name[atom.begin.weekday()]
    note = f"{weekday} does not match {atom.begin.isoformat()}, a {actual}"
    return replace(atom, notes=(*atom.notes, note))


def _month_day(g: dict[str, str | None], p: str, m: re.Match[str], ctx: _Context) -> _Atom | None:
    """A day of a month written month-first ("August 9") or day-first ("9 August")."""
    month = _month_number(str(g[f"{p}_m"]), ctx.lex)
    return _explicit_day(g[f"{p}_y"], month, g[f"{p}_d"], g[f"{p}_d2"], g[f"{p}_wd"], m, ctx)


def _month_year(month: int, year: int, m: re.Match[str]) -> _Atom:
    """A whole month of a given year."""
    last = calendar.monthrange(year, month)[1]
    return _plain(m, "date", date(year, month, 1), date(year, month, last), Granularity.MONTH)


def _year_span(year: int) -> tuple[date, date]:
    """The first and last day of a year."""
    return date(year, 1, 1), date(year, 12, 31)


def _plausible_year(year: int, lex: TimeLexicon) -> bool:
    """True for a number inside the lexicon's year range."""
    return lex.year_min <= year <= lex.year_max


def _year(word: str, m: re.Match[str], ctx: _Context) -> _Atom | None:
    """A lone four-digit number read as a year, when it is a plausible one."""
    year = int(word)
    if not _plausible_year(year, ctx.lex):
        return None
    begin, end = _year_span(year)
    return _plain(m, "year", begin, end, Granularity.YEAR)


def _year_range(first: str, second: str, m: re.Match[str], ctx: _Context) -> _Atom | None:
    """ "2009-2010", "1957-58", "2020/21"; "2020-08" read as a month."""
    y1 = int(first)
    if len(second) == 2:
        y2 = y1 // 100 * 100 + int(second)
        if y2 <= y1:
            month = int(second)
            if 1 <= month <= 12 and m.group("core")[4:5] == "-":
                return _month_year(month, y1, m)
            return None
    else:
        y2 = int(second)
    if not (_plausible_year(y1, ctx.lex) and y1 < y2 <= ctx.lex.year_max):
        return None
    return _plain(m, "year", date(y1, 1, 1), date(y2, 12, 31), Granularity.YEAR)


def _quarter(g: dict[str, str | None], m: re.Match[str], ctx: _Context) -> _Atom | None:
    """A quarter or half of a year ("the first quarter of 2013", "Q1 2013", "H2 2020")."""
    if g["qq"]:
        half, n, year = g["qq"] == "H", int(str(g["qq_n"])), int(str(g["qq_y"]))
    else:
        half = str(g["q_unit"]).lower() == "half"
        n, year = ctx.lex.ordinals[str(g["q_ord"]).lower()], int(str(g["q_y"]))
    months = 6 if half else 3
    if n * months > 12:
        return None
    first, last = (n - 1) * months + 1, n * months
    end = date(year, last, calendar.monthrange(year, last)[1])
    gran = Granularity.HALF if half else Granularity.QUARTER
    return _plain(m, "date", date(year, first, 1), end, gran)


def _season_period(name: str, year: int, lex: TimeLexicon) -> tuple[date, date]:
    """The months of a season in a given year (winter runs into the next)."""
    first, last = lex.seasons[name.lower()]
    period = _Partial(first, None, last, None).period(year)
    assert period is not None  # whole months always exist
    return period


def _season_year(name: str, year: int, m: re.Match[str], ctx: _Context) -> _Atom:
    """A season of a named year ("summer 2012")."""
    begin, end = _season_period(name, year, ctx.lex)
    return _plain(m, "date", begin, end, Granularity.SEASON)


def _decade(g: dict[str, str | None], m: re.Match[str], ctx: _Context) -> _Atom | None:
    """A decade ("the 1990s"; "the '90s" takes its century from the anchor)."""
    if g["dec_y"]:
        start = int(str(g["dec_y"]))
    elif ctx.anchor is None:
        return _relative(m, Granularity.DECADE, None)
    else:
        start = ctx.anchor.year // 100 * 100 + int(str(g["dec_yy"]))
        if start > ctx.anchor.year:
            start -= 100
        atom = _relative(m, Granularity.DECADE, (date(start, 1, 1), date(start + 9, 12, 31)))
        return replace(atom, kind="date", notes=("century inferred from the publication date",))
    return _plain(m, "date", date(start, 1, 1), date(start + 9, 12, 31), Granularity.DECADE)


def _century(word: str, m: re.Match[str], ctx: _Context) -> _Atom:
    """A century, read in everyday usage ("the 20th century" is 1900-1999)."""
    lowered = word.lower()
    number = ctx.lex.ordinals.get(lowered) or int(re.sub(r"\D", "", lowered))
    start = (number - 1) * 100
    atom = _plain(
        m, "date", date(max(start, 1), 1, 1), date(start + 99, 12, 31), Granularity.CENTURY
    )
    return replace(atom, notes=(f"read as {start}-{start + 99}",))


# --- relative expressions --------------------------------------------------------------


def _granularity(unit: str) -> Granularity:
    """The granularity named by a calendar unit."""
    return Granularity(unit)


def _relative(
    m: re.Match[str],
    gran: Granularity,
    period: tuple[date, date] | None,
    kind: str = "relative",
    notes: tuple[str, ...] = (),
) -> _Atom:
    """An atom resolved against the anchor (or unplaced without one)."""
    begin, end = period if period else (None, None)
    return _plain(m, kind, begin, end, gran, relative=True, notes=notes)


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    """The year and month ``by`` months away."""
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _month_span(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _week_span(day: date) -> tuple[date, date]:
    """The Monday and Sunday of the week of a day."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _unit_span(unit: str, anchor: date, offset: int) -> tuple[date, date]:
    """The calendar unit containing ``anchor``, moved by ``offset`` units."""
    if unit == "day":
        day = anchor + timedelta(days=offset)
        return day, day
    if unit == "week":
        monday = _week_span(anchor)[0] + timedelta(weeks=offset)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return _month_span(*_shift_month(anchor.year, anchor.month, offset))
    if unit == "decade":
        first = anchor.year // 10 * 10 + 10 * offset
        return date(first, 1, 1), date(first + 9, 12, 31)
    return _year_span(anchor.year + offset)


def _weekend_span(anchor: date, offset: int) -> tuple[date, date]:
    """This weekend (offset 0: the current one, or the coming one on a weekday), moved."""
    saturday = anchor + timedelta(days=5 - anchor.weekday())
    saturday += timedelta(weeks=offset)
    return saturday, saturday + timedelta(days=1)


def _deictic(word: str, m: re.Match[str], ctx: _Context) -> _Atom:
    """ "today", "yesterday", "tomorrow", "tonight"."""
    if ctx.anchor is None:
        return _relative(m, Granularity.DAY, None)
    day = ctx.anchor + timedelta(days=ctx.lex.deictic_days[word.lower()])
    return _relative(m, Granularity.DAY, (day, day))


def _determined(g: dict[str, str | None], m: re.Match[str], ctx: _Context) -> _Atom | None:
    """ "last year", "this month", "next week", "last summer", "last May", "this Monday"."""
    lex, anchor = ctx.lex, ctx.anchor
    offset = lex.determiners[str(g["r_det"]).lower()]
    word = str(g["r_unit"])
    notes: list[str] = []
    if g["r_edge"]:
        notes.append(str(g["r_edge"]).lower())
    if g["r_qual"]:
        qualifier = str(g["r_qual"]).lower()
        if word.lower() != "year":
            return None
        notes.append(f"{qualifier} year, read as the calendar year")
    period: tuple[date, date] | None
    if word.lower() in lex.units:
        unit = lex.units[word.lower()]
        if word.lower() != unit:  # plural ("last years") is not this construction
            return None
        gran = _granularity(unit)
        period = _unit_span(unit, anchor, offset) if anchor else None
    elif word.lower() == "weekend":
        gran = Granularity.DAY
        period = _weekend_span(anchor, _weekend_offset(anchor, offset)) if anchor else None
    elif word.lower() in lex.seasons:
        gran = Granularity.SEASON
        period = _named_occurrence(lambda y: _season_period(word, y, lex), anchor, offset)
    elif any(word == w or word == w.upper() for w in lex.weekdays):
        gran = Granularity.DAY
        period = _weekday_occurrence(word, anchor, offset, lex)
    else:
        gran = Granularity.MONTH
        number = _month_number(word, lex)
        period = _named_occurrence(lambda y: _month_span(y, number), anchor, offset)
    return _relative(m, gran, period, notes=tuple(notes))


def _weekend_offset(anchor: date, offset: int) -> int:
    """Weekends counted from the current one: "last weekend" on a Tuesday is the one just gone."""
    if offset < 0:
        return -1
    return offset


def _named_occurrence(
    period_of: Callable[[int], tuple[date, date]], anchor: date | None, offset: int
) -> tuple[date, date] | None:
    """The occurrence of a named month or season: last (-1), this (0) or next (+1)."""
    if anchor is None:
        return None
    years = range(anchor.year - 2, anchor.year + 3)
    spans: list[tuple[date, date]] = [period_of(y) for y in years]
    if offset < 0:
        return max((s for s in spans if s[1] < anchor), default=None)
    if offset > 0:
        return min((s for s in spans if s[0] > anchor), default=None)
    current = [s for s in spans if s[0] <= anchor <= s[1]]
    return current[0] if current else period_of(anchor.year)


def _weekday_occurrence(
    word: str, anchor: date | None, offset: int, lex: TimeLexicon
) -> tuple[date, date] | None:
    """A named weekday before (-1), in the week of (0) or after (+1) the anchor."""
    if anchor is None:
        return None
    number = next(n for w, n in lex.weekdays.items() if w.lower() == word.lower())
    if offset < 0:
        back = (anchor.weekday() - number - 1) % 7 + 1
        day = anchor - timedelta(days=back)
    elif offset > 0:
        ahead = (number - anchor.weekday() - 1) % 7 + 1
        day = anchor + timedelta(days=ahead)
    else:
        day = _week_span(anchor)[0] + timedelta(days=number)
    return day, day


def _count(word: str, lex: TimeLexicon) -> int:
    """A counting word or figure: 0 for vague amounts ("several")."""
    lowered = " ".join(word.lower().split())
    return int(lowered) if lowered.isdigit() else lex.numbers[lowered]


def _ago(g: dict[str, str | None], m: re.Match[str], ctx: _Context) -> _Atom:
    """ "two years ago", "three months ago": the unit that many units before the anchor."""
    n = _count(str(g["a_n"]), ctx.lex)
    unit = ctx.lex.units[str(g["a_unit"]).lower()]
    gran = _granularity(unit)
    if n == 0:
        return _vague(m, gran, "relative")
    if ctx.anchor is None:
        return _relative(m, gran, None)
    if unit == "decade":
        year = ctx.anchor.year - 10 * n
        return _relative(m, gran, (date(year // 10 * 10, 1, 1), date(year // 10 * 10 + 9, 12, 31)))
    return _relative(m, gran, _unit_span(unit, ctx.anchor, -n))


def _add_months(day: date, months: int) -> date:
    """The same day ``months`` months away (clipped to the month's end)."""
    year, month = _shift_month(day.year, day.month, months)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _rolling(g: dict[str, str | None], m: re.Match[str], ctx: _Context) -> _Atom:
    """ "the past two years", "the next few months": a rolling period from the anchor."""
    n = _count(str(g["p_n"]), ctx.lex) if g["p_n"] else 1
    unit = ctx.lex.units[str(g["p_unit"]).lower()]
    gran = _granularity(unit)
    if n == 0:
        return _vague(m, gran, "period")
    atom = replace(_relative(m, gran, None), kind="period")
    if ctx.anchor is None:
        return atom
    anchor = ctx.anchor
    if unit in ("day", "week"):
        length = timedelta(days=n * (7 if unit == "week" else 1))
        back, ahead = anchor - length + timedelta(days=1), anchor + length - timedelta(days=1)
    else:
        months = n * {"month": 1, "year": 12, "decade": 120}[unit]
        back = _add_months(anchor, -months) + timedelta(days=1)
        ahead = _add_months(anchor, months) - timedelta(days=1)
    looks_back = str(g["p_det"]).lower() in ("past", "last")
    period = (back, anchor) if looks_back else (anchor, ahead)
    note = (
        "rolling period ending at publication" if looks_back else "rolling period from publication"
    )
    return replace(atom, begin=period[0], end_date=period[1], notes=(note,))


def _weekend(m: re.Match[str], ctx: _Context) -> _Atom:
    """ "the weekend": the one just gone (or under way), or the coming one in a forward clause."""
    if ctx.anchor is None:
        return _relative(m, Granularity.DAY, None, kind="period")
    ahead = _tense(ctx, m.start(), m.end()) == _FUTURE
    current = ctx.anchor.weekday() >= 5
    offset = 0 if ahead or current else -1
    return _relative(m, Granularity.DAY, _weekend_span(ctx.anchor, offset), kind="period")


def _weekday(word: str, m: re.Match[str], ctx: _Context) -> _Atom:
    """A bare weekday: the latest on or before the anchor, or the next in a forward clause."""
    if ctx.anchor is None:
        return _relative(m, Granularity.DAY, None, kind="weekday")
    number = next(n for w, n in ctx.lex.weekdays.items() if w.lower() == word.lower())
    if _tense(ctx, m.start(), m.end()) == _FUTURE:
        day = ctx.anchor + timedelta(days=(number - ctx.anchor.weekday()) % 7)
    else:
        day = ctx.anchor - timedelta(days=(ctx.anchor.weekday() - number) % 7)
    return _relative(m, Granularity.DAY, (day, day), kind="weekday")


def _bare_month(word: str, m: re.Match[str], ctx: _Context) -> _Atom | None:
    """A month named without its year ("in March")."""
    month = _month_number(word, ctx.lex)
    atom = _placed(_Partial(month, None, month, None), "month", Granularity.MONTH, m, ctx)
    return atom


# --- dates without a year --------------------------------------------------------------


def _placed(
    partial: _Partial, kind: str, gran: Granularity, m: re.Match[str], ctx: _Context
) -> _Atom | None:
    """A year-less date or month; its year is chosen later, by ``_resolve``."""
    if partial.period(2000) is None and partial.period(2001) is None:
        return None  # no such day in any year ("February 30")
    return _plain(m, kind, None, None, gran, partial=partial)


def _resolve(atom: _Atom, ctx: _Context) -> _Atom | None:
    """Place a year-less date in a year chosen from the anchor and the clause's tense."""
    if atom.partial is None or ctx.anchor is None:
        return atom
    tense = _PAST if atom.mod == "since" else _tense(ctx, atom.start, atom.end)
    period = _place(atom.partial, ctx.anchor, tense, ctx.lex.partial_window_days)
    if period is None:
        return None
    note = _year_note(period[0].year, tense)
    return replace(
        atom, begin=period[0], end_date=period[1], partial=None, notes=(*atom.notes, note)
    )


def _year_note(year: int, tense: int) -> str:
    """The note that says which year was inferred, and why."""
    why = {_PAST: ", the clause looks back", _FUTURE: ", the clause looks forward"}.get(tense, "")
    return f"year {year} inferred from the publication date{why}"


def _place(partial: _Partial, anchor: date, tense: int, window: int) -> tuple[date, date] | None:
    """Choose the year of a year-less period from the anchor and the clause's tense."""
    spans = [s for s in (partial.period(y) for y in range(anchor.year - 4, anchor.year + 2)) if s]
    if tense == _FUTURE:
        return min((s for s in spans if s[1] >= anchor), default=None)
    limit = anchor if tense == _PAST else anchor + timedelta(days=window)
    return max((s for s in spans if s[0] <= limit), default=None)


def _tense(ctx: _Context, start: int, end: int) -> int:
    """Whether the clause around a span looks back (-1), forward (+1), or cannot tell (0).

    The nearest cue word before the span wins; failing that, the first one after it.
    """
    before = _folded_words(_clause_before(ctx.text, start))[-12:]
    for index in range(len(before) - 1, -1, -1):
        verdict = _cue(before, index, ctx.lex)
        if verdict != _UNKNOWN:
            return verdict
    after = ctx.text[end : end + 100]
    stop = _CLAUSE_END.search(after)
    following = _folded_words(after[: stop.start() if stop else None])[:8]
    for index in range(len(following)):
        verdict = _cue(following, index, ctx.lex)
        if verdict != _UNKNOWN:
            return verdict
    return _UNKNOWN


def _folded_words(text: str) -> list[str]:
    """The words of a text in lower case, with straight apostrophes."""
    return [w.lower().replace("\u2019", "'") for w in _WORD.findall(text)]


def _cue(words: Sequence[str], index: int, lex: TimeLexicon) -> int:
    """The tense one word gives, judged with the word before it."""
    word = words[index]
    previous = words[index - 1] if index > 0 else ""
    if word in lex.future_cues or word.endswith("'ll"):
        return _FUTURE
    if word == "be" and previous in lex.future_be:
        return _FUTURE
    if word in lex.past_cues:
        return _PAST
    if len(word) > 4 and word.endswith("ed") and word not in lex.not_past_ed:
        return _UNKNOWN if previous in lex.passive_auxiliaries else _PAST
    return _UNKNOWN


def _clause_before(text: str, start: int) -> str:
    """The words of the clause before ``start`` (at most 150 characters back)."""
    window = text[max(0, start - 150) : start]
    cut = 0
    for stop in _CLAUSE_END.finditer(window):
        cut = stop.end()
    return window[cut:]


def _previous_word(text: str, start: int) -> str:
    """The word just before ``start``, in lower case."""
    found = _PREVIOUS_WORD.search(text[max(0, start - 40) : start])
    return found.group(1).lower().replace("\u2019", "'") if found else ""


def _next_word(text: str, end: int) -> str:
    """The word (or "%") just after ``end``, in lower case."""
    found = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    return found.group(1).lower() if found else ""


# --- ranges and coordination -----------------------------------------------------------


def _link(text: str, a: _Atom, b: _Atom, lex: TimeLexicon) -> str | None:
    """The word joining two neighbouring atoms into a range ("and", "to", "-"), if any."""
    gap = text[a.end : b.start]
    if b.mod_word is not None:
        if b.mod_word in lex.range_links and _SPACES.fullmatch(gap):
            return b.mod_word
        return None
    joined = _LINK.fullmatch(gap)
    if joined is None:
        return None
    return joined.group("word").lower() if joined.group("word") else "-"


def _join(atoms: list[_Atom], ctx: _Context) -> list[_Atom]:
    """Join "between X and Y", "from X to Y", "X-Y" and "in X and Y" (adjacent) into periods."""
    out: list[_Atom] = []
    index = 0
    while index < len(atoms):
        a = atoms[index]
        b = atoms[index + 1] if index + 1 < len(atoms) else None
        joined = _range(a, b, ctx) if b is not None else None
        if joined is not None:
            out.append(joined)
            index += 2
            continue
        coordinated = b is not None and a.kind == b.kind and _keep(a, ctx)
        if b is not None and coordinated and _link(ctx.text, a, b, ctx.lex) == "and":
            atoms[index + 1] = replace(b, linked=True)  # "in March and May": May is a month
        out.append(a)
        index += 1
    return out


_RANGE_KINDS = frozenset({"date", "year", "month", "relative", "weekday"})
_RANGE_OPENERS = frozenset({None, "from", "between", "in", "during", "starting"})


def _range(a: _Atom, b: _Atom, ctx: _Context) -> _Atom | None:
    """One period from two atoms joined by a range word, or None when they are not a range."""
    if a.kind not in _RANGE_KINDS or b.kind not in _RANGE_KINDS:
        return None
    word = _link(ctx.text, a, b, ctx.lex)
    if word is None or a.mod not in _RANGE_OPENERS:
        return None
    if any(x.kind == "year" and not _year_stands(x, ctx) for x in (a, b)):
        return None
    if word == "and" and a.mod != "between":
        return _adjacent(a, b, ctx)
    if word != "and" and a.mod == "between":
        return None
    a, b = _place_pair(a, b, ctx)
    if a.begin is None or b.end_date is None:
        if a.begin is not None or b.end_date is not None:
            return None
    elif a.begin > b.end_date:
        return None
    return _merged(a, b)


def _adjacent(a: _Atom, b: _Atom, ctx: _Context) -> _Atom | None:
    """ "in 2023 and 2024": one period when the second follows the first without a gap.

    Relative words stay apart ("this year and next year" are often two claims).
    """
    if a.granularity != b.granularity or a.kind != b.kind or a.relative or b.relative:
        return None
    a, b = _place_pair(a, b, ctx)
    if a.end_date is None or b.begin is None or a.end_date + timedelta(days=1) != b.begin:
        return None
    return _merged(a, b)


def _place_pair(a: _Atom, b: _Atom, ctx: _Context) -> tuple[_Atom, _Atom]:
    """Give a year-less end of a range the year of the other end (or of the anchor)."""
    if a.partial is not None and b.partial is None and b.begin is not None:
        return _in_year_before(a, b.begin), b
    if a.partial is not None and b.partial is not None:
        placed = _resolve(a, ctx)
        if placed is None:
            return a, b
        a = placed
    if b.partial is not None and a.begin is not None:
        return a, _in_year_after(b, a.begin)
    if b.kind == "weekday" and a.kind == "weekday" and a.begin and b.begin and b.begin < a.begin:
        later = b.begin + timedelta(days=7)  # "from Monday to Friday": the Friday after
        return a, replace(b, begin=later, end_date=later)
    return a, b


def _in_year_before(a: _Atom, limit: date) -> _Atom:
    """Place a year-less start of a range in the year of its end."""
    assert a.partial is not None
    for year in (limit.year, limit.year - 1):
        span = a.partial.period(year)
        if span is not None and span[0] <= limit:
            note = f"year {year} taken from the end of the range"
            notes = (*a.notes, note)
            return replace(a, begin=span[0], end_date=span[1], partial=None, notes=notes)
    return a


def _in_year_after(b: _Atom, limit: date) -> _Atom:
    """Place a year-less end of a range in the year of its start."""
    assert b.partial is not None
    for year in (limit.year, limit.year + 1):
        span = b.partial.period(year)
        if span is not None and span[0] >= limit:
            note = f"year {year} taken from the start of the range"
            notes = (*b.notes, note)
            return replace(b, begin=span[0], end_date=span[1], partial=None, notes=notes)
    return b


def _merged(a: _Atom, b: _Atom) -> _Atom:
    """One period from the start of ``a`` to the end of ``b``."""
    gran = min(a.granularity, b.granularity, key=lambda g: GRANULARITY_RANK[g])
    notes = tuple(dict.fromkeys((*a.notes, *b.notes)))
    return replace(
        a,
        end=b.end,
        end_date=b.end_date,
        granularity=gran,
        relative=a.relative or b.relative,
        notes=notes,
        kind="date",
        partial=None,
        linked=True,
    )


# --- keeping or dropping ---------------------------------------------------------------


def _keep(atom: _Atom, ctx: _Context) -> bool:
    """Drop readings too weak to trust: a lone month with no scope word, a count as a year."""
    if atom.kind == "month":
        return atom.linked or atom.has_part or atom.mod is not None
    if atom.kind == "year":
        return _year_stands(atom, ctx)
    return True


def _year_stands(atom: _Atom, ctx: _Context) -> bool:
    """A lone four-digit number is a year unless count words stand next to it."""
    if _next_word(ctx.text, atom.end) in ctx.lex.not_year_after:
        return False
    if atom.mod is not None or atom.has_part:
        return True
    return _previous_word(ctx.text, atom.core_start) not in ctx.lex.not_year_before


def _time_ref(atom: _Atom, text: str, lex: TimeLexicon) -> TimeRef:
    """The public record of an atom, with its weekday checked against its date."""
    if atom.weekday is not None:
        atom = _check_weekday(atom, atom.weekday, lex)
    return TimeRef(
        start=atom.start,
        end=atom.end,
        text=text[atom.start : atom.end],
        begin=atom.begin,
        end_date=atom.end_date,
        granularity=atom.granularity,
        modifier=atom.mod,
        relative=atom.relative,
        note="; ".join(atom.notes) or None,
    )
