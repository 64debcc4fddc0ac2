"""Lexicons -> compiled regular expressions (linear: tries, no nested repetition)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from crosscheck.quantities.kinds import _INVISIBLE, _THIN_SPACES
from crosscheck.quantities.lexicons import _currencies, _magnitudes, _modifiers, _numbers, _units
from crosscheck.text.leads import lead_class, with_lead
from crosscheck.text.tries import trie_alternation

# --- compiled patterns ----------------------------------------------------------------------


def _phrase(words: str) -> str:
    """A phrase as a regex with any white space between its words."""
    return r"\s+".join(re.escape(w) for w in words.split())


def _alternation(phrases: Iterable[str]) -> str:
    """Phrases as one alternation, longest first."""
    return "|".join(_phrase(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))


def _reversed_affix(phrase: str) -> str:
    """The regex of a prefix phrase read backwards from the figure (see ``_prefix_at``)."""
    return _affix_space(phrase) + _reversed_words(phrase)


def _affix_space(phrase: str) -> str:
    """The white space between a prefix phrase and the figure: required after a word."""
    return r"\s*" if not (phrase[-1].isalnum()) else r"\s+"


def _reversed_words(phrase: str) -> str:
    """A prefix phrase read backwards, without the white space before it."""
    rev = r"\s+".join(re.escape(w[::-1]) for w in reversed(phrase.split()))
    tail = r"(?!\w)" if phrase[0].isalnum() else r"(?![<>=])"
    return f"(?:{rev}){tail}"


def _reversed_prefixes(phrases: Sequence[str]) -> str:
    """The prefix phrases read backwards, as ``|``-joined ``_reversed_affix`` in this order
    would read them, with the same matches, but tried only where they can start.

    The white space before a phrase is read once, then only the phrases whose first
    character (read backwards) comes next are tried: a phrase after required white space
    opens with an ASCII letter or digit, one after optional white space with a mark, so after
    the white space (every match takes all of it) one character rules out every phrase but
    those of its own group, whose order stays as given (each phrase was tried in turn: ~100
    tries at each figure). Phrases outside that shape keep the plain alternation."""
    worded: dict[str, list[str]] = {}  # after required white space, by first character
    marked: list[str] = []  # after optional white space: a mark first
    for phrase in phrases:
        first = phrase.split()[-1][-1]  # the first character read backwards
        if _affix_space(phrase) == r"\s+" and first.isascii() and first.isalnum():
            worded.setdefault(first.lower(), []).append(_reversed_words(phrase))
        elif _affix_space(phrase) == r"\s*" and not first.isalnum() and not first.isspace():
            marked.append(_reversed_words(phrase))
        else:
            return "|".join(_reversed_affix(p) for p in phrases)
    groups = "|".join(f"(?={re.escape(k)})(?:{'|'.join(v)})" for k, v in worded.items())
    return "|".join(
        ([rf"\s+(?:{groups})"] if worded else [])
        + ([rf"\s*(?:{'|'.join(marked)})"] if marked else [])
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class _Patterns:
    """Every compiled pattern of the number reader."""

    master: re.Pattern[str]  # run on the lower-cased text
    spaced_groups: re.Pattern[str]  # "1 234 567", tried where a short figure ends in a space
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
    age_pair: re.Pattern[str]  # "aged 50 and [54]", "between the ages of 12 and [16]"
    age_said: re.Pattern[str]  # "turned 74", "She was 87": checked with the words after
    month_before: re.Pattern[str]
    month_after: re.Pattern[str]
    time_after: re.Pattern[str]
    name_before: re.Pattern[str]  # case-sensitive: "S&P 500", "Group of 20"
    not_figure: re.Pattern[str]  # "in the first place", "call 911"
    not_figure_lower: re.Pattern[str] | None  # the same, case-sensitive (``lowered_not_figure``)
    street_after: re.Pattern[str]  # "[10] Downing Street", then the word after it
    ordinal_name: re.Pattern[str]  # case-sensitive: "the [12th] Amendment", "the [9th] Circuit"
    kind_part: re.Pattern[str]  # "a [two]-way race", "a [10]-way tie": a kind, no amount
    not_figure_text: str  # those phrases lower-cased, one a line: a figure in none is never in one
    range_gap: re.Pattern[str]
    combine_gap: re.Pattern[str]
    signed_unit: re.Pattern[str]  # "%", " degrees": a measure often below zero


def _led_master(words: str, others: str, flags: int = 0) -> re.Pattern[str]:
    """The master pattern (``words`` opens with ``\\b``, then the number words; ``others``
    are the digits, signs and phone numbers) behind a look-ahead that takes a number word's
    first letter only at a word boundary, as the words do, and any other alternative's
    first character anywhere: the same matches, and the letters inside words (most of a
    text) fail at once (~15% faster than one class of first characters for all)."""
    source = f"{words}|{others}"
    word_lead, other_lead = lead_class(words, flags), lead_class(others, flags)
    if not words.startswith("\\b") or word_lead is None or other_lead is None:
        return with_lead(re.compile(source, flags))
    return re.compile(rf"(?=\b{word_lead}|{other_lead})(?:{source})", flags)


def lowered_not_figure(phrases: Sequence[str], source: str) -> re.Pattern[str] | None:
    """``source`` (the case-insensitive ``not_figure`` pattern of ``phrases``) compiled
    case-sensitively, to run on lower-cased text (several times faster; the same matches on
    a text whose lower case has its length and that holds none of ``text.cues.OTHER_CASES``);
    None when a phrase is not written in ASCII lower case (then only the case-insensitive
    pattern is run)."""
    if not all(p.isascii() and p == p.lower() for p in phrases):
        return None
    return re.compile(source)


@cache
def _patterns(lang: str) -> _Patterns:
    """Compile the patterns once per language, from the lexicons of language ``lang``."""
    num = _numbers(lang)
    mods = _modifiers(lang)
    cur = _currencies(lang)
    spaces = _THIN_SPACES
    ink = "[" + _INVISIBLE + "]"  # read through inside a chain, never at its ends
    run = "[0-9]+(?:" + ink + "+[0-9]+)*"
    digits = (
        r"(?P<num>(?<![\w.])(?:"
        + run
        + r"(?:(?:"
        + ink
        + r"*[.,]"
        + ink
        + r"*|["
        + spaces
        + r"](?=[0-9]{3}(?![0-9])))"
        + run
        + r")*"
        r"|\.[0-9]+))"
    )
    phrases = list(num.words)
    phrases += [m.text for m in _magnitudes(lang)] + list(num.implicit_durations)
    phrases += list(num.bounded_durations)
    words = r"\b(?P<word>" + trie_alternation(phrases) + r")\b"
    vulgar = "(?P<vulgar>[" + "".join(re.escape(v) for v in num.vulgar) + "])"
    phone = r"(?P<phone>\+[0-9][0-9 ().\-]{5,}[0-9]|\([0-9]{3}\)[ ]?[0-9]{3}[-. ][0-9]{4}(?![0-9]))"
    others = "|".join([digits, vulgar, phone])

    symbols = sorted(cur.symbols, key=lambda s: -len(s))
    currency_tail = re.compile(
        "(?:" + "|".join(re.escape(s) for s in symbols) + r")[ ]?$"
        r"|\b(?:" + "|".join(cur.codes) + r")[ ]$"
    )

    prefixes = list(mods.prefixes)
    prefix_bound = {a.phrase: a.bound for a in prefixes}
    for opener in mods.openers:
        prefix_bound.setdefault(opener, "opener")
    alts = sorted(prefix_bound, key=lambda p: (-len(p), p))
    prefix = re.compile(f"(?P<p>{_reversed_prefixes(alts)})", re.IGNORECASE)

    suffixes = list(mods.suffixes)
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
    gap_words = _alternation(num.duration_gap_words)
    duration_gap = r"(?:\s+(?i:" + gap_words + r"))?" if num.duration_gap_words else ""
    partitive = _alternation(num.partitive)
    measures = _units(lang)
    currency_words = _alternation(cur.words)
    currency_not = r"(?!\s+(?i:" + _alternation(cur.not_before) + r")\b)" if cur.not_before else ""
    currency_gap = (
        r"|(?P<cur_in>\s+(?i:"
        + _alternation(cur.in_words)
        + r")(?:[ ]+[A-Za-z]+(?:-[A-Za-z]+)*){0,"
        + str(cur.in_gap)
        + "}?)"
        if cur.in_words
        else ""
    )
    units = re.compile(
        r"(?P<pp>\s+(?i:" + _alternation(num.percentage_points) + r")\b)"
        r"|(?P<pct>[ ]?%|\s*(?i:" + _alternation(p for p in num.percent if p != "%") + r")\b)"
        r"|(?P<age>(?:\s+|-)(?P<age_u>(?i:" + "|".join(num.age_units) + r"))(?i:s)?"
        r"(?:\s+|-)(?i:" + _alternation(num.age_suffixes) + r")\b)"
        r"|(?P<dur>" + duration_gap + r"(?:\s+|-)(?P<dur_u>(?i:" + durations + r"))\b)"
        r"|(?P<cur>(?:\s+(?i:"
        + partitive
        + r")"
        + currency_gap
        + r")?\s+(?P<cur_w>(?i:"
        + currency_words
        + r"))\b"
        + currency_not
        + ")"
        r"|(?P<code>[ ]?(?P<code_c>" + "|".join(cur.codes) + r")\b)"
        r"|(?P<meas>(?:\s+|-)(?P<meas_u>(?i:"
        + trie_alternation(measures.folded)
        + ")"
        + ("|" + trie_alternation(measures.exact) if measures.exact else "")
        + r")(?![\w/]))"
    )
    age_prefix = re.compile(r"\b(?:" + _alternation(num.age_prefixes) + r")\s+$", re.IGNORECASE)
    joints = _alternation(num.age_pair_joints) if num.age_pair_joints else "(?!)"
    age_pair = re.compile(
        r"\b(?:" + _alternation(num.age_prefixes) + r")\s+\d{1,3}\s+(?:" + joints + r")\s+$",
        re.IGNORECASE,
    )
    said = _alternation(num.age_said_before) if num.age_said_before else "(?!)"
    age_said = re.compile(r"\b(?:" + said + r")\s+$", re.IGNORECASE)

    month_names = [m for name in num.months for m in (name, name.upper())]
    months = "(?:" + "|".join(sorted(set(month_names), key=lambda m: -len(m))) + ")"
    ordsfx = "(?:" + "|".join(map(re.escape, num.ordinal_suffixes)) + ")?"
    definite = _alternation(num.definite)
    month_before = re.compile(
        r"\b"
        + months
        + r"\.?\s+(?:(?:"
        + definite
        + r")\s+)?(?:[0-9]{1,2}"
        + ordsfx
        + r"\s*[-\u2013]\s*)?$"
    )
    month_after = re.compile(
        ordsfx
        + r"(?:\s*[-\u2013]\s*[0-9]{1,2}"
        + ordsfx
        + r")?,?\s+(?:(?:"
        + partitive
        + r")\s+)?"
        + months
        + r"\b"
    )
    markers = "|".join(re.escape(m) for m in sorted(num.time_markers, key=lambda m: -len(m)))
    time_after = re.compile(r"\s?(?:" + markers + r")(?![\w.])|[:][0-9]{2}", re.IGNORECASE)

    names = _alternation(num.names_before) or "(?!)"
    streets = _alternation(num.street_words) or "(?!)"
    street_after = re.compile(
        r"(?:[ \u00a0]+[A-Z][\w'\u2019-]*){0,3}[ \u00a0]+(?:" + streets + r")\b\.?"
        r"(?:[ \u00a0]+(?P<next>[^\W\d_]+))?"
    )
    ordinal_names = _alternation(num.ordinal_names) or "(?!)"
    ordinal_name = re.compile(r"[ \u00a0]+(?:U\.S\.[ \u00a0]+)?(?:" + ordinal_names + r")(?![\w-])")
    kind_parts = _alternation(num.kind_parts) or "(?!)"
    kind_part = re.compile(r"-(?:" + kind_parts + r")(?![\w-])", re.IGNORECASE)
    name_before = re.compile(r"(?<![\w&.])(?:" + names + r")[ \u00a0]+$")
    not_figures = _alternation(num.not_figures) or "(?!)"
    not_figure_source = r"(?<![\w-])(?:" + not_figures + r")(?![\w-])"
    not_figure = re.compile(not_figure_source, re.IGNORECASE)

    joiners = mods.joiners
    dashes = "".join(re.escape(d) for d in mods.dashes)
    range_gap = re.compile(
        r"\s*(?:(?P<dash>[" + dashes + r"])|(?P<and>" + _alternation(mods.between_joiners) + ")"
        r"|(?P<to>[" + dashes + r"]?(?:" + _alternation(joiners) + r")[" + dashes + r"]?)"
        r"|(?P<alt>" + (_alternation(mods.alternatives) or "(?!)") + r"))"
        r"\s*(?:(?:" + definite + r")\s+)?",
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
        master=_led_master(words, others),
        # Groups of three split by plain spaces from three groups on ("7-11 750 Mass Ave" is
        # two figures); possessive and never started inside a chain: linear.
        spaced_groups=re.compile(
            r"(?<![0-9][ ])[0-9]{1,3}(?:[ ][0-9]{3}(?![0-9])){2,}+(?![ ]?[0-9]|[.,][0-9])"
        ),
        master_ci=_led_master(words, others, re.IGNORECASE),
        power=re.compile(
            r"(?:[eE](?P<e>[+-]?[0-9]{1,3})|\^(?P<p>[+-]{0,3}[0-9]{1,3})"
            r"|[x\u00d7]10\^(?P<x>[+-]?[0-9]{1,3}))(?![\w.])"
        ),
        ordinal_suffix=re.compile(ordsfx.removesuffix("?") + r"(?![^\W\d_])", re.IGNORECASE),
        currency_tail=currency_tail,
        prefix=prefix,
        prefix_bound=MappingProxyType(prefix_bound),
        suffix=suffix,
        suffix_bound=MappingProxyType(suffix_bound),
        units=units,
        age_prefix=age_prefix,
        age_pair=age_pair,
        age_said=age_said,
        month_before=month_before,
        month_after=month_after,
        time_after=time_after,
        name_before=name_before,
        not_figure=not_figure,
        not_figure_lower=lowered_not_figure(num.not_figures, not_figure_source),
        street_after=street_after,
        ordinal_name=ordinal_name,
        kind_part=kind_part,
        not_figure_text="\n".join(" ".join(p.lower().split()) for p in num.not_figures),
        range_gap=range_gap,
        combine_gap=combine_gap,
        signed_unit=_signed_unit(num.percent + num.percentage_points + num.signed_units),
    )


def _signed_unit(units: Sequence[str]) -> re.Pattern[str]:
    """One of ``units`` right after a figure, a whole word where it ends in a letter."""
    alts = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    return re.compile(rf"[ \t]?(?:{alts})(?:(?<!\w)|(?!\w))", re.IGNORECASE)


def currency_joined(u: re.Match[str], value: float, lang: str) -> bool:
    """Whether a match of ``units`` that is a currency may give a figure of ``value`` its
    currency: one joined by "in" and a few words ("billions in federal dollars") only from
    ``in_least`` on (currencies.toml)."""
    return u.group("cur_in") is None or value >= _currencies(lang).in_least
