"""Expression patterns: ``TimeLexicon`` -> compiled regexes (one atom pattern, triggers, links).

Every word comes from the lexicon; the only literals here are digits, punctuation and white
space. Every repetition is bounded, so matching stays linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.text.leads import lead_class
from crosscheck.text.tries import trie_alternation
from crosscheck.timex.lexicon import TimeLexicon, time_lexicon

__all__ = ["WORD", "WORD_START", "Patterns", "W", "patterns"]

WORD_START = r"(?<![\w'\u2019])"
"""What an expression opens with: no letter, digit or apostrophe before it."""
W = r"\s{1,3}"  # white space inside an expression: bounded, so matching stays linear
WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
"""A word in any script, with an inner apostrophe ("they'll")."""


def cased(words: Iterable[str], *, lower: bool = True, title: bool = True) -> list[str]:
    """The spellings matched for words: as given, Capitalised, UPPER (and lower if asked)."""
    out: set[str] = set()
    for word in words:
        out.update({word, word.upper()})
        if title:
            out.add(word[:1].upper() + word[1:])
        if lower:
            out.add(word.lower())
    return sorted(out)


def _apostrophes(words: Iterable[str]) -> list[str]:
    """The words as listed and with a typographic apostrophe ("New Year\u2019s Day")."""
    return sorted({v for w in words for v in (w, w.replace("'", "\u2019"))})


def alt(words: Iterable[str]) -> str:
    """A non-capturing alternation of phrases, inner spaces made flexible (``W``), built as
    a trie by ``crosscheck.text.tries``: each letter is read once, a longer phrase is tried
    before its prefix."""
    return f"(?:{trie_alternation(set(words), W)})"


@dataclass(frozen=True, slots=True)
class Patterns:
    """The patterns of one lexicon: the atom as its source (``scan`` compiles it once,
    behind its look-ahead), the others compiled."""

    atom_source: str
    trigger: re.Pattern[str]
    link: re.Pattern[str]
    of_gap: re.Pattern[str]
    alternative: re.Pattern[str]

    @property
    def atom(self) -> re.Pattern[str]:
        """The atom pattern as built, without the look-ahead ``scan`` reads it behind."""
        return re.compile(self.atom_source)


def _clock_core(lex: TimeLexicon) -> str:
    """Clock times: "7:15am", "7.15 p.m.", "19:30 GMT", "8 o'clock", "7 to 8 p.m.", "noon"."""
    clock = lex.clock
    markers = alt(cased(clock.markers, title=False))
    hour_word = alt(cased(clock.hour_words))
    zone = alt(clock.zones)
    link = rf"(?:\s{{0,2}}[-\u2013]\s{{0,2}}|{W}{alt(cased(lex.range_links))}{W})"

    def end(p: str, *, alone: bool) -> str:
        """One clock time; ``alone`` needs minutes, a marker or an hour word to stand."""
        hour = rf"(?P<{p}_h>2[0-3]|[01]?\d)"
        minute = rf"(?P<{p}_sep>[:.])(?P<{p}_m>[0-5]\d)"
        marker = rf"\s?(?P<{p}_ap>{markers})"
        if alone:  # minutes, a marker or an hour word must follow the hour
            stands = rf"(?=\d{{1,2}}(?:[:.]\d\d|\s?{markers}|{W}{hour_word}))"
            return rf"{stands}{hour}(?:{minute})?(?:{marker}|{W}(?P<{p}_oc>{hour_word}))?"
        return rf"{hour}(?:{minute})?(?:{marker})?"

    return (
        rf"(?<![\w.,:/$€£¥#-])(?:{end('ck1', alone=False)}{link})?{end('ck', alone=True)}"
        rf"(?:{W}(?P<ck_zone>{zone}))?(?![\w:%]|[.,]\d)"
        rf"|(?P<ck_named>{alt(cased(clock.named))})\b"
    )


def _behind_lead(core: str) -> str:
    """One alternative of the atom's core behind a look-ahead on the characters it can start
    with (``lead_class``: a superset, so the same matches and groups, and the alternatives
    keep their order). A try of the core enters each alternative in turn; one that cannot
    start here (a month name at a digit, a year at a letter) now fails on one class test
    instead of running its look-behinds and optional groups: the atom pass ~25% faster."""
    lead = lead_class(core)
    return core if lead is None else f"(?={lead})(?:{core})"


@cache
def patterns(lang: str = DEFAULT_LANGUAGE) -> Patterns:
    """Compile the expression and trigger patterns from the lexicon of ``lang``, once per
    language."""
    return build_patterns(time_lexicon(lang))


def build_patterns(lex: TimeLexicon) -> Patterns:
    """Compile the expression, trigger and range-link patterns of a lexicon."""
    full = alt(cased(lex.months, lower=False))
    abbr = alt(cased(lex.abbreviations, lower=False))
    month = rf"(?:{full}\b|{abbr}\b\.?)"
    weekday = alt(cased(lex.weekdays, lower=False))
    season = alt(cased(lex.seasons))
    holiday = alt(_apostrophes(cased(lex.holidays, lower=False)))
    the = alt(cased(lex.articles))
    of = alt(cased(lex.of_words))
    number = rf"(?:{alt(cased(lex.numbers))}|\d{{1,3}})"
    units = alt(cased(lex.units))
    plural_units = alt(cased(lex.plural_units))
    ordinal_q = alt(cased([o for o, n in lex.ordinals.items() if n <= 4]))
    ordinal_c = alt(cased([o for o, n in lex.ordinals.items() if n >= 10]))
    determiner = alt(cased(lex.determiners))
    qualifier = alt(cased(lex.year_qualifiers))
    weekend = alt(cased(lex.weekend_words))
    rel_unit = alt(
        [
            *cased([u for u, name in lex.units.items() if name != "day"]),
            *cased(lex.weekend_words),
            *cased(lex.seasons),
        ]
    )
    rel_name = rf"(?:{full}|{weekday})"
    deictic = alt(cased(lex.deictic_days))
    edge = alt(cased(lex.edges))
    edge_det = alt(cased(lex.edge_determiners))
    edge_unit = alt(cased(lex.edge_units))
    period_det = alt(cased(lex.rolling))
    year_part = alt(cased(lex.year_parts))
    letter = alt(lex.year_part_letters)
    ago = alt(cased(lex.ago_words))
    ago_number = rf"(?:{alt(cased([*lex.numbers, *lex.ago_vague_counts]))}|\d{{1,3}})"
    same_day = alt(cased(lex.ago_same_day))
    ana_det = alt(cased(lex.anaphora.determiners))
    ana_unit = alt(cased(lex.anaphora.units))
    recent = alt(cased(lex.recent_words))
    step_phrase = alt(cased(lex.steps.phrases))
    step_later = alt(cased(lex.steps.later_words))
    century = alt(cased(lex.century_words))
    ordinal_suffix = alt(cased(lex.ordinal_suffixes, title=False))
    suffix = rf"{ordinal_suffix}?"
    day_link = rf"(?:\s{{0,2}}[-\u2013]\s{{0,2}}|{W}{alt(lex.day_links)}{W})"
    day_range = rf"(?:{day_link}(?P<{{p}}_d2>[0-3]?\d){suffix})?"

    def days(p: str) -> str:
        """The day (or run of days) pattern with group names prefixed by ``p``."""
        return rf"(?P<{p}_d>[0-3]?\d){suffix}" + day_range.replace("{p}", p) + r"(?!\w)"

    cores = [
        r"(?<![\w/.-])(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?![\w/-]|\.\d)",
        r"(?<![\w$€£¥#/.,-])(?P<yr1>\d{4})\s{0,2}[-\u2013\u2014/]\s{0,2}"
        r"(?P<yr2>\d{4}|\d{2})(?![\w/%-]|[.,]\d)",
        rf"(?:(?P<mdy_wd>{weekday}),?{W})?(?P<mdy_m>{month}){W}{days('mdy')}"
        rf"(?:(?:\s?,)?{W}(?:(?:{of}{W})?(?P<mdy_y>\d{{4}})|['\u2019](?P<mdy_yy>\d{{2}}))(?!\d))?",
        r"(?<![\w/.-])(?P<num_a>[0-3]?\d)/(?P<num_b>[0-3]?\d)/(?P<num_y>\d{4})(?![\w/]|\.\d)",
        rf"(?:(?P<dmy_wd>{weekday}),?{W})?(?<![\w/,.])(?P<dmy_d>[0-3]?\d){suffix}"
        + day_range.replace("{p}", "dmy")
        + rf"{W}(?:{of}{W})?(?P<dmy_m>{month})(?:,?{W}(?P<dmy_y>\d{{4}})(?!\d))?",
        rf"(?P<my_m>{month})(?:,?{W}|{W}{of}{W})(?P<my_y>\d{{4}})(?!\d)",
        rf"(?:{the}{W})?(?P<q_ord>{ordinal_q})[\s-]{{1,2}}(?P<q_unit>{year_part})"
        rf"(?:{W}{of}|,)?{W}(?P<q_y>\d{{4}})(?!\d)",
        rf"(?<![\w-])(?P<qq>{letter})(?P<qq_n>[1-4])(?:{W}{of})?{W}(?P<qq_y>\d{{4}})(?!\d)",
        rf"(?P<hol>{holiday})\b(?:,?{W}(?P<hol_y>\d{{4}})(?!\d))?",
        rf"(?:{the}{W})?(?P<s_name>{season})\b(?:{W}{of}|,)?{W}(?P<s_y>\d{{4}})(?!\d)",
        rf"(?:{the}{W})?(?<![\w$])(?:(?P<dec_y>1[89]\d0|20\d0)|['\u2019](?P<dec_yy>\d0))s\b",
        rf"(?:{the}{W})?(?P<c_n>(?<!\d)(?:1\d|2[0-2]){ordinal_suffix}|{ordinal_c})[\s-]{{1,2}}"
        rf"(?P<c_word>{century})\b",
        rf"(?P<st_phrase>{step_phrase})\b",
        rf"(?P<st_n>{number}){W}(?P<st_unit>{units}){W}(?P<st_later>{step_later})\b",
        rf"(?P<e_edge>{edge}){W}(?P<e_det>{edge_det}){W}(?P<e_unit>{edge_unit})\b",
        rf"(?:(?P<an_edge>{edge}){W})?(?P<an_det>{ana_det}){W}(?P<an_unit>{ana_unit})\b",
        rf"(?:(?P<r_edge>{edge}){W})?(?P<r_det>{determiner}){W}(?:(?P<r_qual>{qualifier}){W})?"
        rf"(?P<r_unit>{rel_unit}|{rel_name})\b",
        rf"(?:(?P<a_n>{ago_number})(?:{W}|-))?(?P<a_unit>{units}){W}(?P<a_ago>{ago})\b"
        rf"(?:{W}(?P<a_day>{same_day})\b)?",
        rf"(?P<p_the>{the}){W}(?P<p_det>{period_det}){W}(?:(?P<p_n>{number}){W})?"
        rf"(?P<p_unit>{units})\b",
        rf"(?P<rc>{recent}){W}(?P<rc_unit>{plural_units})\b",
        rf"(?P<wk_the>{the}){W}(?P<wk>{weekend})\b",
        _clock_core(lex),
        rf"(?P<deictic>{deictic})\b",
        rf"(?P<wd>{weekday})\b",
        rf"(?P<mon>{full})\b",
        r"(?<![\w$€£¥#/.,'\u2019])(?<!\d[-\u2013])(?P<year>\d{4})(?![\w/%]|[.,:]\d|[-\u2013]\d)",
    ]
    modifier = alt(cased([*lex.modifiers, *lex.clock.modifiers]))
    part = alt(cased(lex.parts))
    atom = (  # every alternative starts a word: fail fast inside words
        rf"{WORD_START}(?:(?P<mod>(?<![\w'\u2019-]){modifier}){W})?"
        rf"(?:(?P<part>(?<![\w'\u2019-])(?:{the}{W})?{part})(?:{W}|-\s{{0,2}}))?"
        rf"(?P<core>(?<![\w'\u2019])(?:{'|'.join(map(_behind_lead, cores))}))"
    )
    words = [
        *cased(lex.months, lower=False),
        *cased(lex.abbreviations, lower=False),
        *cased(lex.weekdays, lower=False),
        *cased(lex.seasons),
        *_apostrophes(cased(lex.holidays, lower=False)),
        *cased(lex.deictic_days),
        *cased([*lex.units, *lex.weekend_words, *lex.century_words, *lex.year_parts]),
        *cased(lex.clock.named),
        *cased(lex.steps.phrases),
    ]
    trigger = rf"\d+|(?<![\w'\u2019]){alt(words)}\b"
    link = (
        rf"\s{{1,3}}(?P<word>{alt(lex.range_links)})\s{{1,3}}"
        r"|\s{0,2}(?P<dash>[-\u2013\u2014])\s{0,2}"
    )
    of_gap = rf"{W}(?:{of}{W})?"  # "April [of] last year"
    alternative = rf"{W}{alt(cased(lex.alternative_links))}{W}"  # "7pm or 8pm"
    return Patterns(
        atom_source=atom,
        trigger=re.compile(trigger),
        link=re.compile(link),
        of_gap=re.compile(of_gap),
        alternative=re.compile(alternative),
    )
