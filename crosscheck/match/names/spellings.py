"""Name words -> transliteration skeletons; two spellings of a name word compared.

The spelling half of the names lexicons, moved from ``names/lexicon.py`` (arch41): only the
name pairing (``match/names/``) compares spellings, the finder reads only the word lists.
``transliteration_rules(lang)`` loads ``lexicon/<lang>/transliteration.toml`` once per
language; ``skeleton`` is a word's transliteration-neutral key in a language (memoised by
word and language), ``same_surname`` / ``same_given_name`` and the slip
tests (``swapped_given``, ``slipped_given``, ``lost_inside``) compare two of them, scoring
through the matching engine (``match.engine.similar`` with the ``NAMES`` scorer).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Final

from crosscheck.errors import LexiconError
from crosscheck.lexicon import lexicon_path, load_lexicon, require
from crosscheck.match.engine import NAMES, similar
from crosscheck.names.lexicon import NAMES_LEXICON, is_initial, lexicon_number

TRANSLITERATION_LEXICON: Final = "transliteration"


@dataclass(frozen=True, slots=True, kw_only=True)
class _Transliteration:
    """The transliteration lexicon, validated and compiled."""

    rules: tuple[tuple[re.Pattern[str], str], ...]
    organisation_rules: tuple[tuple[re.Pattern[str], str], ...]  # per folded word
    given_groups: tuple[frozenset[str], ...]  # skeletons of equivalent given names
    canonical: dict[str, str]  # a listed name's skeleton -> its group's first skeleton
    given_threshold: float
    surname_threshold: float
    organisation_threshold: float
    fuzzy_min_length: int


@cache
def transliteration_rules(lang: str) -> _Transliteration:
    """Load, validate and compile ``lexicon/<lang>/transliteration.toml`` once per language."""
    lex = TRANSLITERATION_LEXICON
    path = lexicon_path(lex, lang)
    data = load_lexicon(lex, lang)
    compiled = _rule_list(data, "rules", lex, lang)
    groups: list[frozenset[str]] = []
    canonical: dict[str, str] = {}
    for group in require(data, "given_names", list, lex, lang=lang):
        if not isinstance(group, dict):
            raise LexiconError("each [[given_names]] entry must be a table", path=path)
        names = require(group, "names", list, lex, lang=lang)
        if len(names) < 2 or not all(isinstance(n, str) and n for n in names):
            raise LexiconError("[[given_names]] 'names' must list two names or more", path=path)
        group = [_apply_rules(n, compiled) for n in names]
        groups.append(frozenset(group))
        for member in group:
            canonical.setdefault(member, group[0])
    thresholds = require(data, "thresholds", dict, lex, lang=lang)
    return _Transliteration(
        rules=compiled,
        organisation_rules=_rule_list(data, "organisation_rules", lex, lang),
        given_groups=tuple(groups),
        canonical=canonical,
        given_threshold=lexicon_number(thresholds, "given_name", lex, lang),
        surname_threshold=lexicon_number(thresholds, "surname", lex, lang),
        organisation_threshold=lexicon_number(thresholds, "organisation", lex, lang),
        fuzzy_min_length=int(lexicon_number(thresholds, "fuzzy_min_length", lex, lang)),
    )


def _rule_list(
    data: dict[str, Any], key: str, lex: str, lang: str
) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A list of [[key]] tables of (pattern, replace), compiled (errors name the file of
    language ``lang``)."""
    path = lexicon_path(lex, lang)
    rules: list[tuple[re.Pattern[str], str]] = []
    for rule in require(data, key, list, lex, lang=lang):
        if not isinstance(rule, dict):
            raise LexiconError(f"each [[{key}]] entry must be a table", path=path)
        pattern = require(rule, "pattern", str, lex, lang=lang)
        replace = require(rule, "replace", str, lex, lang=lang)
        try:
            rules.append((re.compile(pattern), replace))
        except re.error as exc:
            raise LexiconError(f"bad rule pattern {pattern!r}: {exc}", path=path) from None
    return tuple(rules)


def fold_name(word: str) -> str:
    """Lower case without accents ("Łukašenka" -> "lukasenka")."""
    if word.isascii():  # the common case: nothing to decompose
        lower = word.lower()
        return lower if lower.isalpha() else "".join(c for c in lower if c.isalpha())
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("\u0142", "l"))
    return "".join(c for c in decomposed if c.isalpha() and not unicodedata.combining(c))


def _apply_rules(word: str, rules: Iterable[tuple[re.Pattern[str], str]]) -> str:
    text = fold_name(word)
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    return text


@lru_cache(maxsize=1 << 15)  # name words repeat across mentions and stories; bounded memory
def skeleton(word: str, lang: str) -> str:
    """The transliteration-neutral key of one name word, by the rules of language ``lang``
    (memoised by word and language).

    Spellings of one Cyrillic name give the same skeleton: "Lukashenka" and "Lukashenko",
    "Tsikhanouskaya" and "Tikhanovskaya"; names listed as one ("Muhammad", "Mohammed") give
    their group's first skeleton.
    """
    table = transliteration_rules(lang)
    found = _apply_rules(word, table.rules)
    return table.canonical.get(found, found)


def _similar(a: str, b: str, threshold: float, lang: str) -> bool:
    """Two skeletons are one spelling of one name word."""
    if a == b:
        return True
    minimum = transliteration_rules(lang).fuzzy_min_length
    if len(a) < minimum or len(b) < minimum or a[0] != b[0]:
        return False
    return similar(a, b, NAMES, threshold)


@cache
def _letters_spelled_out(lang: str) -> dict[int, str]:
    lex = TRANSLITERATION_LEXICON
    table = require(load_lexicon(lex, lang), "spelled_out_letters", dict, lex, lang=lang)
    return {ord(letter): str(pair) for letter, pair in table.items()}


@cache
def vowel_letters(lang: str) -> frozenset[str]:
    """The ``vowels`` of language ``lang``'s names.toml."""
    lexicon = load_lexicon(NAMES_LEXICON, lang)
    return frozenset(require(lexicon, "vowels", str, NAMES_LEXICON, lang=lang))


@cache
def vowel_class(lang: str) -> dict[int, str]:
    """Every vowel (``vowels`` in language ``lang``'s names.toml) read as the first one (a
    ``str.translate`` table)."""
    letters = require(load_lexicon(NAMES_LEXICON, lang), "vowels", str, NAMES_LEXICON, lang=lang)
    return {ord(c): letters[0] for c in letters}


def spelled_out(value: str, lang: str) -> str:
    """A spelling with letters such as "ü" written out ("ue", as language ``lang`` writes
    them out), folded: "Müller" -> "mueller"."""
    return fold_name(value.casefold().translate(_letters_spelled_out(lang)))


def same_given_name(a: str, b: str, lang: str) -> bool:
    """Two given names name the same person (when the surnames already match).

    "Aleksandr" / "Alexander" and "Sviatlana" / "Svetlana" do; "Alexander" / "Viktor" and
    "Emma" / "Emily" do not. An initial matches any name with its letter ("A." / "Alexander").
    """
    if is_initial(a) or is_initial(b):
        return fold_name(a)[:1] == fold_name(b)[:1]
    sa, sb = skeleton(a, lang), skeleton(b, lang)
    return same_given_skeleton(sa, sb, lang) or slipped_given(sa, sb, lang)


def same_given_skeleton(sa: str, sb: str, lang: str) -> bool:
    """:func:`same_given_name` for two skeletons (no initials)."""
    table = transliteration_rules(lang)
    if any(sa in group and sb in group for group in table.given_groups):
        return True
    return _similar(sa, sb, table.given_threshold, lang)


def swapped_given(sa: str, sb: str, lang: str) -> bool:
    """Two given-name skeletons of ``fuzzy_min_length`` letters or more with two
    neighbouring letters swapped ("kirstien" / "kristien"): a slip, unless one sentence
    writes both (two people: the caller checks)."""
    minimum = transliteration_rules(lang).fuzzy_min_length
    return min(len(sa), len(sb)) >= minimum and swapped_once(sa, sb)


def slipped_given(sa: str, sb: str, lang: str) -> bool:
    """Two given-name skeletons of ``fuzzy_min_length`` letters or more one slip apart: two
    neighbouring letters swapped (``swapped_given``) or one letter lost inside, not the
    first or the last ("brentlei" / "brentli"); a slip, unless one sentence writes both."""
    if swapped_given(sa, sb, lang):
        return True
    shorter, longer = sorted((sa, sb), key=len)
    if len(shorter) < transliteration_rules(lang).fuzzy_min_length:
        return False
    return lost_inside(longer, shorter)


def lost_inside(longer: str, shorter: str, letters: str | None = None) -> bool:
    """Whether ``shorter`` is ``longer`` with one letter lost inside it, not the first or
    the last ("brentlei" / "brentli"); with ``letters``, only one of those letters."""
    if len(longer) != len(shorter) + 1:
        return False
    return any(
        (letters is None or longer[i] in letters) and longer[:i] + longer[i + 1 :] == shorter
        for i in range(1, len(longer) - 1)
    )


def swap_around(word: str, at: int) -> str:
    """The word with its letters at ``at`` and ``at + 2`` swapped around the one between
    them ("zahef", 1 -> "zehaf"): the one definition of that slip, which ``misspelling``
    makes and ``difference`` names."""
    return word[:at] + word[at + 2] + word[at + 1] + word[at] + word[at + 3 :]


def swapped_once(a: str, b: str) -> bool:
    """Two words alike but for two neighbouring letters swapped, not the first one
    ("kirstjen" / "kristjen"): a slip of the pen, not another name."""
    if len(a) != len(b) or a == b:
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(differ) == 2
        and differ[0] > 0
        and differ[1] == differ[0] + 1
        and a[differ[0]] == b[differ[1]]
        and a[differ[1]] == b[differ[0]]
    )


def same_surname(a: str, b: str, lang: str) -> bool:
    """Two surnames are spellings of one name ("Lukashenko" / "Lukashenka") in language
    ``lang``."""
    threshold = transliteration_rules(lang).surname_threshold
    return _similar(skeleton(a, lang), skeleton(b, lang), threshold, lang)
