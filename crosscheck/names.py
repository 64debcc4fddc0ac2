"""Sentences -> name mentions -> entities across sources -> name-variant discrepancies.

Contracts:

* ``find_names(sentence) -> list[NameMention]``: people, organisations and places named in
  one sentence, each with its span in the source text (``sentence.start`` + local offset),
  without title ("President") or possessive ("Lukashenko's" -> "Lukashenko").
* ``group_entities({source id: mentions}) -> list[Entity]``: mentions that name the same
  person or body across sources, transliteration variants and short forms included.
* ``name_variants(sources, {source id: sentences}) -> list[Discrepancy]``: one
  ``name.variant`` discrepancy per entity and pair of spellings of one name word.

No trained model: capitalisation, word lists (``lexicon/names.toml``) and transliteration
rules (``lexicon/transliteration.toml``). Sentences are never split here; the caller passes
them. Every regular expression runs in linear time (no nested repetition that can
backtrack), and the loops over tokens are linear or bounded by the number of distinct names.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from itertools import combinations
from typing import Any, Final, NamedTuple

from rapidfuzz import fuzz

from crosscheck.errors import LexiconError
from crosscheck.ids import stable_id
from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import (
    Discrepancy,
    DiscrepancyKind,
    Mention,
    Sentence,
    Severity,
    Source,
)
from crosscheck.tokens import APOSTROPHES, WORD

NAMES_LEXICON: Final = "names"
TRANSLITERATION_LEXICON: Final = "transliteration"

_OPENERS: Final = "\"'\u201c\u2018(:[\u00ab|"
_PAREN_ACRONYM: Final = re.compile(r"\s{0,3}\(\s{0,3}([A-Z][A-Z.&]{1,11})\s{0,3}\)")
_CODE_NEIGHBOURS: Final = "/0123456789_@#\\"
_SEGMENT_MARKS: Final = ":|\u2013\u2014"


class NameKind(StrEnum):
    """What a name names."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    UNKNOWN = "unknown"  # one capitalised word: a surname or a body, to be decided by context


@dataclass(frozen=True, slots=True, kw_only=True)
class NameMention:
    """A name as written in one sentence.

    ``start``/``end`` index the source text; ``text`` is the name alone (no title, no
    possessive ending) as the sentence gives it (after cleaning, a curly apostrophe may be
    straight: quote the source by the span). ``tokens`` are the words of the name as written.
    ``title`` is the honorific or title written before the name ("President", "Dr."),
    ``alias`` an acronym given in brackets after it ("(OHCHR)").
    """

    start: int
    end: int
    text: str
    kind: NameKind
    tokens: tuple[str, ...]
    sentence: Sentence
    title: str | None = None
    alias: str | None = None
    possessive: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class SourcedName:
    """A name mention and the id of the source it was found in."""

    source: str
    mention: NameMention


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """One person, body or place, with every mention of it across the sources.

    ``name`` is the most common full spelling ("Alexander Lukashenko").
    """

    kind: NameKind
    name: str
    mentions: tuple[SourcedName, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources that mention the entity, in order of first mention."""
        return tuple(dict.fromkeys(m.source for m in self.mentions))

    @property
    def spellings(self) -> tuple[str, ...]:
        """The distinct spellings of the entity's name, in order of first mention."""
        return tuple(dict.fromkeys(m.mention.text for m in self.mentions))


# --------------------------------------------------------------------------- lexicons


@dataclass(frozen=True, slots=True, kw_only=True)
class _NameWords:
    """The names lexicon, validated."""

    titles: frozenset[str]
    roles: frozenset[str]
    cues: frozenset[str]
    generic: frozenset[str]
    connectors: frozenset[str]
    particles: frozenset[str]
    places: frozenset[str]
    function_words: frozenset[str]
    demonyms: frozenset[str]
    common: frozenset[str]  # function words, calendar words and common nouns
    stop: frozenset[str]  # every word that is never a name by itself
    endings: tuple[str, ...]
    ordinary_before: frozenset[str]
    plural_exceptions: tuple[str, ...]
    adjective_suffixes: frozenset[str]
    inflection_endings: tuple[str, ...]
    title_case_share: float
    title_case_min_common: int
    max_person_words: int
    max_run_words: int


@dataclass(frozen=True, slots=True, kw_only=True)
class _Transliteration:
    """The transliteration lexicon, validated and compiled."""

    rules: tuple[tuple[re.Pattern[str], str], ...]
    organisation_rules: tuple[tuple[re.Pattern[str], str], ...]  # per folded word
    given_groups: tuple[frozenset[str], ...]  # skeletons of equivalent given names
    given_threshold: float
    surname_threshold: float
    organisation_threshold: float
    fuzzy_min_length: int


def _word_list(data: dict[str, Any], key: str, lexicon: str) -> frozenset[str]:
    values = require(data, key, list, lexicon)
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise LexiconError(f"{key!r} must list non-empty strings", path=f"lexicon/{lexicon}.toml")
    return frozenset(_key(v) for v in values)


def _number(data: dict[str, Any], key: str, lexicon: str) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise LexiconError(f"{key!r} must be a number", path=f"lexicon/{lexicon}.toml")
    return float(value)


@cache
def _name_words() -> _NameWords:
    """Load and validate ``lexicon/names.toml`` once."""
    data = load_lexicon(NAMES_LEXICON)
    lex = NAMES_LEXICON
    share = _number(data, "title_case_share", lex)
    if not 0 < share <= 1:
        raise LexiconError("'title_case_share' must be in (0, 1]", path=f"lexicon/{lex}.toml")
    function_words = _word_list(data, "function_words", lex)
    demonyms = _word_list(data, "demonyms", lex)
    common = (
        function_words
        | _word_list(data, "calendar_words", lex)
        | _word_list(data, "common_words", lex)
    )
    return _NameWords(
        titles=_word_list(data, "titles", lex),
        roles=_word_list(data, "roles", lex),
        cues=_word_list(data, "organisation_cues", lex),
        generic=_word_list(data, "generic_references", lex),
        connectors=_word_list(data, "organisation_connectors", lex),
        particles=_word_list(data, "name_particles", lex),
        places=_word_list(data, "places", lex),
        function_words=function_words,
        demonyms=demonyms,
        common=common,
        stop=common | demonyms,
        endings=tuple(sorted(_word_list(data, "common_word_endings", lex))),
        ordinary_before=_word_list(data, "ordinary_before", lex),
        plural_exceptions=tuple(sorted(_word_list(data, "plural_exceptions", lex))),
        adjective_suffixes=_word_list(data, "adjective_suffixes", lex),
        inflection_endings=tuple(sorted(_word_list(data, "inflection_endings", lex))),
        title_case_share=share,
        title_case_min_common=int(_number(data, "title_case_min_common", lex)),
        max_person_words=int(_number(data, "max_person_words", lex)),
        max_run_words=max(1, int(_number(data, "max_run_words", lex))),
    )


@cache
def _transliteration() -> _Transliteration:
    """Load, validate and compile ``lexicon/transliteration.toml`` once."""
    lex = TRANSLITERATION_LEXICON
    path = f"lexicon/{lex}.toml"
    data = load_lexicon(lex)
    compiled = _rule_list(data, "rules", lex)
    groups: list[frozenset[str]] = []
    for group in require(data, "given_names", list, lex):
        if not isinstance(group, dict):
            raise LexiconError("each [[given_names]] entry must be a table", path=path)
        names = require(group, "names", list, lex)
        if len(names) < 2 or not all(isinstance(n, str) and n for n in names):
            raise LexiconError("[[given_names]] 'names' must list two names or more", path=path)
        groups.append(frozenset(_apply_rules(n, compiled) for n in names))
    thresholds = require(data, "thresholds", dict, lex)
    return _Transliteration(
        rules=compiled,
        organisation_rules=_rule_list(data, "organisation_rules", lex),
        given_groups=tuple(groups),
        given_threshold=_number(thresholds, "given_name", lex),
        surname_threshold=_number(thresholds, "surname", lex),
        organisation_threshold=_number(thresholds, "organisation", lex),
        fuzzy_min_length=int(_number(thresholds, "fuzzy_min_length", lex)),
    )


# --------------------------------------------------------------------------- skeletons


def _rule_list(data: dict[str, Any], key: str, lex: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A list of [[key]] tables of (pattern, replace), compiled."""
    path = f"lexicon/{lex}.toml"
    rules: list[tuple[re.Pattern[str], str]] = []
    for rule in require(data, key, list, lex):
        if not isinstance(rule, dict):
            raise LexiconError(f"each [[{key}]] entry must be a table", path=path)
        pattern = require(rule, "pattern", str, lex)
        replace = require(rule, "replace", str, lex)
        try:
            rules.append((re.compile(pattern), replace))
        except re.error as exc:
            raise LexiconError(f"bad rule pattern {pattern!r}: {exc}", path=path) from None
    return tuple(rules)


def _key(word: str) -> str:
    """A word as the word lists spell it: "Dr." -> "dr", "It\u2019s" -> "it's"."""
    return word.casefold().replace("\u2019", "'").rstrip(".")


def _fold(word: str) -> str:
    """Lower case without accents ("Łukašenka" -> "lukasenka")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("\u0142", "l"))
    return "".join(c for c in decomposed if c.isalpha() and not unicodedata.combining(c))


def _apply_rules(word: str, rules: Iterable[tuple[re.Pattern[str], str]]) -> str:
    text = _fold(word)
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    return text


def skeleton(word: str) -> str:
    """The transliteration-neutral key of one name word.

    Spellings of one Cyrillic name give the same skeleton: "Lukashenka" and "Lukashenko",
    "Tsikhanouskaya" and "Tikhanovskaya".
    """
    return _apply_rules(word, _transliteration().rules)


def _similar(a: str, b: str, threshold: float) -> bool:
    """Two skeletons are one spelling of one name word."""
    if a == b:
        return True
    minimum = _transliteration().fuzzy_min_length
    if len(a) < minimum or len(b) < minimum or a[0] != b[0]:
        return False
    return fuzz.ratio(a, b) >= threshold


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def same_given_name(a: str, b: str) -> bool:
    """Two given names name the same person (when the surnames already match).

    "Aleksandr" / "Alexander" and "Sviatlana" / "Svetlana" do; "Alexander" / "Viktor" and
    "Emma" / "Emily" do not. An initial matches any name with its letter ("A." / "Alexander").
    """
    if _is_initial(a) or _is_initial(b):
        return _fold(a)[:1] == _fold(b)[:1]
    return _same_given_skeleton(skeleton(a), skeleton(b))


def _same_given_skeleton(sa: str, sb: str) -> bool:
    """:func:`same_given_name` for two skeletons (no initials)."""
    table = _transliteration()
    if any(sa in group and sb in group for group in table.given_groups):
        return True
    return _similar(sa, sb, table.given_threshold)


def same_surname(a: str, b: str) -> bool:
    """Two surnames are spellings of one name ("Lukashenko" / "Lukashenka")."""
    return _similar(skeleton(a), skeleton(b), _transliteration().surname_threshold)


# --------------------------------------------------------------------------- tokens


class _Tok(NamedTuple):
    """One word of a sentence (local offsets), as the name finder sees it.

    A named tuple, not a dataclass: one is built for every word of every source.
    """

    start: int
    end: int
    text: str
    key: str
    cap: bool
    possessive: bool
    code: bool  # part of a code or an address ("A/HRC/RES/55/27", "LGBTQIA+")
    initial_position: bool  # opens the sentence, a quotation or a label
    joined: bool  # only white space since the previous word
    segment: int  # which part of the sentence, between colons, dashes and bars


_new_tok: Final = tuple.__new__


def _tokens(text: str, words: _NameWords) -> list[_Tok]:
    """The words of a sentence with what the name finder needs to know of each."""
    toks: list[_Tok] = []
    previous_end = segment = 0
    previous_possessive = False
    titles = words.titles
    for match in WORD.finditer(text):
        start, end = match.span()
        raw = match.group()
        after_char = text[end : end + 1]
        code = after_char == "+"
        match_end = end + 1 if code else end
        possessive = False
        if raw[-1] in "sS":
            if len(raw) > 2 and raw[-2] in APOSTROPHES:
                raw, end, possessive = raw[:-2], end - 2, True
                after_char = text[end : end + 1]
            elif after_char in APOSTROPHES and after_char:
                after = text[end + 1 : end + 2]
                possessive = not (after.isalpha() or after.isdigit())
        key = raw.casefold()
        if "\u2019" in key:
            key = key.replace("\u2019", "'")
        if key[-1] == ".":
            key = key.rstrip(".")
        if after_char == "." and ((len(raw) == 1 and raw.isupper()) or key in titles):
            raw, end = raw + ".", end + 1
            after_char = text[end : end + 1]
        if not code and start and text[start - 1] in _CODE_NEIGHBOURS:
            code = True
        code = code or after_char == "/" or after_char.isdigit()
        if toks:
            gap = text[previous_end:start]
            if gap == " ":
                initial, joined = False, not previous_possessive
            else:
                if any(c in _SEGMENT_MARKS for c in gap):
                    segment += 1
                initial = any(c in _OPENERS for c in gap)
                joined = gap.isspace() and not previous_possessive
        else:
            initial, joined = True, False
        fields = (
            start,
            end,
            raw,
            key,
            raw[0].isupper(),
            possessive,
            code,
            initial,
            joined,
            segment,
        )
        toks.append(_new_tok(_Tok, fields))  # _Tok(*fields) without the Python-level __new__
        previous_end = max(end, match_end)
        previous_possessive = possessive
    return toks


def _is_acronym(tok: _Tok) -> bool:
    text = tok.text
    if text.isascii() and text.isalpha():  # the common case, without a list of letters
        return len(text) >= 2 and text[:-1].isupper()
    letters = [c for c in tok.text if c.isalpha()]
    if tok.text.count(".") >= 2:
        return True
    return len(letters) >= 2 and all(c.isupper() for c in letters[:-1]) and letters[0].isupper()


def _lowercase_hyphenated(tok: _Tok) -> bool:
    """ "Kremlin-sponsored", "Re-election": an adjective or a noun, not a name."""
    return "-" in tok.text and any(part[:1].islower() for part in tok.text.split("-")[1:])


def _headings(toks: Sequence[_Tok], words: _NameWords) -> frozenset[int]:
    """The segments of a sentence written in title case (headings)."""
    segments: dict[int, list[_Tok]] = {}
    for tok in toks:
        segments.setdefault(tok.segment, []).append(tok)
    return frozenset(k for k, part in segments.items() if _is_title_case(part, words))


def _is_title_case(toks: Sequence[_Tok], words: _NameWords) -> bool:
    """A heading written in title case, where capitals say nothing about names."""
    counted = [t for t in toks if not t.code and (t.cap or t.key not in words.connectors)]
    if len(counted) < 2:
        return len(counted) == 1 and counted[0].cap and counted[0].key in words.stop
    caps = [t for t in counted if t.cap]
    common = sum(
        1 for t in caps if t.key in words.stop or t.key in words.roles or _lowercase_hyphenated(t)
    )
    needed = min(words.title_case_min_common, max(len(caps) - 1, 1))
    return len(caps) / len(counted) >= words.title_case_share and common >= needed


# --------------------------------------------------------------------------- runs


def _runs(toks: Sequence[_Tok], words: _NameWords) -> list[list[_Tok]]:
    """Group the words into runs of capitalised words that may form one name."""
    runs: list[list[_Tok]] = []
    current: list[_Tok] = []

    def flush() -> None:
        nonlocal current
        if current:
            runs.append(current)
        current = []

    for index, tok in enumerate(toks):
        nxt = toks[index + 1] if index + 1 < len(toks) else None
        nxt_cap = nxt is not None and nxt.cap and nxt.joined and not nxt.code
        continues = bool(current) and tok.joined
        if tok.code:
            flush()
        elif tok.cap:
            if current and not continues:
                flush()
            current.append(tok)
        elif tok.key in words.titles and nxt_cap:
            if current and not continues:
                flush()
            current.append(tok)  # "ambassador Jurg Lauber"
        elif continues and _joins(tok, nxt, toks, index, current, words):
            current.append(tok)
        elif continues and tok.key in words.cues and current[-1].cap:
            current.append(tok)  # "the Human Rights council"
            flush()
        else:
            flush()
        if tok.possessive:
            flush()
    flush()
    return runs


def _joins(
    tok: _Tok,
    nxt: _Tok | None,
    toks: Sequence[_Tok],
    index: int,
    current: Sequence[_Tok],
    words: _NameWords,
) -> bool:
    """A lower-case connector or particle that joins two parts of one name."""
    if nxt is None or not nxt.joined or nxt.code:
        return False
    if tok.key in words.particles and current[-1].key not in words.stop:
        after = toks[index + 2] if index + 2 < len(toks) else None
        if nxt.cap or (nxt.key in words.particles and after is not None and after.cap):
            return True
    if tok.key not in words.connectors or not any(t.key in words.cues for t in current):
        return False
    if tok.key == "and":  # "Security and Cooperation", not "the Union and the Federation"
        return nxt.cap and current[-1].key not in words.cues
    if nxt.cap:
        return True
    after = toks[index + 2] if index + 2 < len(toks) else None
    return (
        nxt.key in words.connectors
        and after is not None
        and after.cap
        and after.joined
        and not after.code
    )


# --------------------------------------------------------------------------- classify


@dataclass(frozen=True, slots=True, kw_only=True)
class _Context:
    sentence: Sentence
    words: _NameWords
    headings: frozenset[int]  # segments in title case


def _titular(tok: _Tok, words: _NameWords) -> bool:
    return tok.key in words.titles or tok.key in words.roles


def _name_word(tok: _Tok, words: _NameWords) -> bool:
    """A word that can be part of a person's name."""
    if not tok.cap:
        return tok.key in words.particles
    if _is_initial(tok.text):
        return True
    return not (
        tok.key in words.stop
        or tok.key in words.cues
        or tok.key in words.places
        or _titular(tok, words)
        or _is_acronym(tok)
        or _lowercase_hyphenated(tok)
    )


def _mention(
    toks: Sequence[_Tok],
    kind: NameKind,
    ctx: _Context,
    *,
    title: str | None = None,
    alias: str | None = None,
) -> NameMention:
    first, last = toks[0], toks[-1]
    return NameMention(
        start=ctx.sentence.start + first.start,
        end=ctx.sentence.start + last.end,
        text=ctx.sentence.text[first.start : last.end],
        kind=kind,
        tokens=tuple(t.text for t in toks),
        sentence=ctx.sentence,
        title=title,
        alias=alias,
        possessive=last.possessive,
    )


def _classify(run: Sequence[_Tok], ctx: _Context) -> list[NameMention]:
    """The names in one run of capitalised words."""
    words = ctx.words
    while run and not run[-1].cap and run[-1].key not in words.cues:
        run = run[:-1]
    if not run:
        return []
    titled = _titled_person(run, ctx)
    if titled is not None:
        return titled
    if _key(" ".join(t.text for t in run)) in words.places:
        return [_mention(run, NameKind.PLACE, ctx)]
    if any(t.key in words.cues for t in run):
        return _organisation(run, ctx)
    if _titular(run[-1], words):
        end = len(run)
        while end and _titular(run[end - 1], words):
            end -= 1
        return _classify(run[:end], ctx)  # "Aleksandr Lukashenko President"
    return _plain(run, ctx)


def _titled_person(run: Sequence[_Tok], ctx: _Context) -> list[NameMention] | None:
    """ "U.S. Ambassador Andrew Bremberg" -> the place "U.S." and the person, or None."""
    words = ctx.words
    first_name = len(run)
    while first_name > 0 and _name_word(run[first_name - 1], words):
        first_name -= 1
    names = run[first_name:]
    while names and not names[0].cap:
        names = names[1:]
        first_name += 1
    if not names or first_name == 0 or not _titular(run[first_name - 1], words):
        return None
    if len(names) > words.max_person_words or all(_is_initial(t.text) for t in names):
        return None
    block = first_name
    while block > 0 and _titular(run[block - 1], words):
        block -= 1
    title_start = first_name
    while title_start > block and run[title_start - 1].key in words.titles:
        title_start -= 1
    title = None
    if title_start < first_name:
        title = ctx.sentence.text[run[title_start].start : run[first_name - 1].end]
    found = _classify(run[:block], ctx) if block else []
    found.append(_mention(names, NameKind.PERSON, ctx, title=title))
    return found


def _organisation(run: Sequence[_Tok], ctx: _Context) -> list[NameMention]:
    words = ctx.words
    begin = 0
    while begin < len(run) - 1 and _leading_word(run, begin, words):
        begin += 1
    body = run[begin:]
    if all(t.key in words.generic or t.key in words.function_words for t in body):
        return []  # "the Group", "International NGOs": a reference, not a name
    alias = None
    found = _PAREN_ACRONYM.match(ctx.sentence.text, body[-1].end)
    if found is not None and not body[-1].possessive:
        alias = found.group(1)
    return [_mention(body, NameKind.ORGANISATION, ctx, alias=alias)]


def _leading_word(run: Sequence[_Tok], index: int, words: _NameWords) -> bool:
    """A word before an organisation's name that is not part of it ("Like", "During")."""
    tok = run[index]
    if not tok.cap or _lowercase_hyphenated(tok):
        return True
    if tok.key == "the":
        return tok.initial_position  # "The Moscow Times" inside a sentence keeps its "The"
    if tok.key in words.function_words:
        return True
    return tok.initial_position and tok.key in words.common


def _plain(run: Sequence[_Tok], ctx: _Context) -> list[NameMention]:
    """A run with no title and no organisation word: split it at ordinary words."""
    words = ctx.words
    found: list[NameMention] = []
    part: list[_Tok] = []
    for tok in [*run, None]:
        if tok is not None and _name_word(tok, words):
            part.append(tok)
            continue
        if part:
            found.extend(_names_in_part(part, ctx))
            part = []
        if tok is None or not tok.cap:
            continue
        if tok.key in words.places:
            found.append(_mention([tok], NameKind.PLACE, ctx))
        elif _is_acronym(tok) and tok.key not in words.stop and not _titular(tok, words):
            found.append(_mention([tok], NameKind.ORGANISATION, ctx))
    return found


def _names_in_part(part: Sequence[_Tok], ctx: _Context) -> list[NameMention]:
    """Name words with no title: persons, or single words of unknown kind."""
    words = ctx.words
    if part[0].segment in ctx.headings and not part[-1].possessive:
        return []
    if len(part) == 1 and _ordinary_opening(part[0], ctx):
        return []
    found: list[NameMention] = []
    for piece in _split_repeated(part):
        if len(piece) > words.max_person_words or all(_is_initial(t.text) for t in piece):
            continue
        named = [t for t in piece if t.cap and not _is_initial(t.text)]
        kind = NameKind.PERSON if len(named) >= 2 or len(named) < len(piece) else NameKind.UNKNOWN
        found.append(_mention(piece, kind, ctx))
    return found


def _ordinary_opening(tok: _Tok, ctx: _Context) -> bool:
    """A lone capitalised first word that is an ordinary word ("Detainees", "Torture and ...")."""
    if not tok.initial_position or tok.possessive:
        return False
    words = ctx.words
    key = tok.key
    if any(key.endswith(e) and len(key) > len(e) + 2 for e in words.endings):
        return True
    if key.endswith("s") and not any(key.endswith(e) for e in words.plural_exceptions):
        return True
    rest = ctx.sentence.text[tok.end : tok.end + 40]
    parts = rest.split(maxsplit=2)
    if not parts or parts[0] not in words.ordinary_before:
        return False  # "Release for ...", "Torture and sexual violence"; not "Putin and Xi"
    return parts[0] not in ("and", "or", "&") or (len(parts) >= 2 and parts[1][:1].islower())


def _split_repeated(part: Sequence[_Tok]) -> list[list[_Tok]]:
    """ "Jennifer Coolidge Audrey Coolidge" -> two names (a surname seen two words back)."""
    pieces: list[list[_Tok]] = [[]]
    for index, tok in enumerate(part):
        current = pieces[-1]
        if index >= 2 and len(current) >= 2 and part[index].key == part[index - 2].key:
            moved = current.pop()
            pieces.append([moved])
        pieces[-1].append(tok)
    return [p for p in pieces if p]


def find_names(sentence: Sentence) -> list[NameMention]:
    """Find the people, organisations and places named in one sentence.

    Args:
        sentence: A sentence of a source; its ``text`` is the source text between
            ``start`` and ``end``.

    Returns:
        The names in text order, with spans in the source text. Titles and possessive
        endings are not part of a name; ordinary words capitalised because they open the
        sentence, months, weekdays, nationalities and roles are not names.
    """
    words = _name_words()
    toks = _tokens(sentence.text, words)
    ctx = _Context(sentence=sentence, words=words, headings=_headings(toks, words))
    found: list[NameMention] = []
    for run in _runs(toks, words):
        for begin in range(0, len(run), words.max_run_words):  # bounded work per run
            found.extend(_classify(run[begin : begin + words.max_run_words], ctx))
    return sorted(found, key=lambda m: (m.start, m.end))


# --------------------------------------------------------------------------- entities


class _Union:
    """Union-find over mention indices (local to one call)."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        """The representative of an item's group."""
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def join(self, a: int, b: int) -> None:
        """Put two items in one group (the smaller index represents it)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _name_tokens(mention: NameMention) -> list[str]:
    return [t for t in mention.tokens if t[:1].isupper()]


def _is_full_person(mention: NameMention) -> bool:
    return mention.kind is NameKind.PERSON and len(_name_tokens(mention)) >= 2


def _is_single(mention: NameMention) -> bool:
    return mention.kind in (NameKind.PERSON, NameKind.UNKNOWN) and len(mention.tokens) == 1


def _org_key(mention: NameMention) -> str:
    words = [_fold(t) for t in mention.tokens if _key(t) != "the"]
    return " ".join(w for w in words if w)


def _org_spelling(key: str) -> str:
    """An organisation's key with each word spelled one way ("organisation" -> "organization")."""
    rules = _transliteration().organisation_rules
    words = []
    for word in key.split(" "):
        for pattern, replacement in rules:
            word = pattern.sub(replacement, word)
        words.append(word)
    return " ".join(words)


def _initials(mention: NameMention) -> str:
    return "".join(t[0] for t in mention.tokens if t[:1].isupper())


def group_entities(mentions_by_source: Mapping[str, Sequence[NameMention]]) -> list[Entity]:
    """Group the mentions that name the same person, body or place across sources.

    Full names are one person when their surnames are spellings of one name and their given
    names are too (transliteration variants count, "Viktor" and "Alexander" do not). A
    lone surname joins the one person with that surname; when several people share it, the
    one named in the same source; otherwise it stays apart. Organisations join on the same
    words (or nearly) and on an acronym given for them ("OHCHR").

    Args:
        mentions_by_source: Name mentions per source id, in source order.

    Returns:
        The entities in order of first mention.
    """
    items = [
        SourcedName(source=source, mention=m)
        for source, mentions in mentions_by_source.items()
        for m in mentions
    ]
    union = _Union(len(items))
    _join_people(items, union)
    _join_organisations(items, union)
    _join_places(items, union)
    groups: dict[int, list[SourcedName]] = {}
    for index, item in enumerate(items):
        groups.setdefault(union.find(index), []).append(item)
    return [_entity(members) for _, members in sorted(groups.items())]


class _CloseKeys:
    """Skeletons bucketed by first letter and length: the close ones of a key, found fast.

    Two skeletons are one spelling when equal, or when both have ``min_length`` letters, the
    same first letter and a rapidfuzz ratio of at least ``threshold`` (see ``_similar``).
    The ratio is 200 * common / (len a + len b), so it can only reach the threshold between
    lengths within a fixed factor: only those buckets are compared, never every pair.
    """

    def __init__(self, threshold: float, min_length: int) -> None:
        self.threshold = threshold
        self.min_length = min_length
        self._order: dict[str, int] = {}
        self._buckets: dict[tuple[str, int], list[str]] = {}

    def add(self, key: str) -> None:
        """Remember ``key`` (once)."""
        if key not in self._order:
            self._order[key] = len(self._order)
            self._buckets.setdefault((key[:1], len(key)), []).append(key)

    def close(self, key: str) -> list[str]:
        """The keys added that are spellings of ``key`` (itself included), in order added."""
        found = [key] if key in self._order else []
        size, threshold = len(key), self.threshold
        if size >= self.min_length and 0 < threshold < 200:
            low = max(self.min_length, math.floor(size * threshold / (200 - threshold)))
            high = math.ceil(size * (200 - threshold) / threshold)
            for length in range(low, high + 1):
                for other in self._buckets.get((key[:1], length), ()):
                    if other != key and fuzz.ratio(key, other) >= threshold:
                        found.append(other)
        return sorted(found, key=self._order.__getitem__)


def _join_people(items: Sequence[SourcedName], union: _Union) -> None:
    """Join full names whose surnames and given names are spellings of one name.

    Spellings are reduced to their (given name, surname) skeletons first, each computed
    once; equal skeletons join at once, and only surnames close by ``_CloseKeys`` are
    compared, so the work grows with the distinct names, not with their square.
    """
    table = _transliteration()
    skeletons: dict[str, str] = {}
    full = [i for i, it in enumerate(items) if _is_full_person(it.mention)]
    first_of: dict[tuple[str, str], int] = {}
    for i in full:
        tokens = _name_tokens(items[i].mention)
        key = (
            _skeleton_of(tokens[0].casefold(), skeletons),
            _skeleton_of(tokens[-1].casefold(), skeletons),
        )
        if key in first_of:
            union.join(first_of[key], i)
        else:
            first_of[key] = i
    givens: dict[str, list[str]] = {}
    surnames = _CloseKeys(table.surname_threshold, table.fuzzy_min_length)
    for given, surname in first_of:
        givens.setdefault(surname, []).append(given)
        surnames.add(surname)
    same_given: dict[tuple[str, str], bool] = {}
    rank = {surname: n for n, surname in enumerate(givens)}
    for surname in givens:
        for other in surnames.close(surname):
            if rank[other] < rank[surname]:
                continue  # each pair of surnames once
            for given in givens[surname]:
                for other_given in givens[other]:
                    pair = (given, other_given)
                    if pair not in same_given:
                        same_given[pair] = _same_given_skeleton(given, other_given)
                    if same_given[pair]:
                        union.join(first_of[(given, surname)], first_of[(other_given, other)])
    _attach_singles(items, union, full, skeletons)


def _skeleton_of(word: str, memo: dict[str, str]) -> str:
    """``skeleton(word)``, computed once per distinct word of one call."""
    found = memo.get(word)
    if found is None:
        found = memo[word] = skeleton(word)
    return found


def _attach_singles(
    items: Sequence[SourcedName], union: _Union, full: Sequence[int], skeletons: dict[str, str]
) -> None:
    """Lone surnames join the one person they can name; the rest join each other.

    Surnames are compared once per distinct spelling (skeleton), not once per mention, and
    only with the close ones (``_CloseKeys``), so a story with thousands of mentions of
    many people stays fast.
    """
    table = _transliteration()
    people: dict[int, list[int]] = {}
    for i in full:
        people.setdefault(union.find(i), []).append(i)
    roots_by_surname: dict[str, list[int]] = {}
    sources_of: dict[int, set[str]] = {}
    surnames = _CloseKeys(table.surname_threshold, table.fuzzy_min_length)
    for root, members in people.items():
        sources_of[root] = {items[m].source for m in members}
        for surname in dict.fromkeys(
            _skeleton_of(_name_tokens(items[m].mention)[-1], skeletons) for m in members
        ):
            roots_by_surname.setdefault(surname, []).append(root)
            surnames.add(surname)
    order = {root: n for n, root in enumerate(people)}
    candidates_of: dict[str, list[int]] = {}
    loose: dict[str, int] = {}
    loose_keys = _CloseKeys(table.surname_threshold, table.fuzzy_min_length)
    loose_match: dict[str, str | None] = {}
    for index, item in enumerate(items):
        if not _is_single(item.mention):
            continue
        word = _skeleton_of(item.mention.tokens[0], skeletons)
        if word not in candidates_of:
            found = {root for surname in surnames.close(word) for root in roots_by_surname[surname]}
            candidates_of[word] = sorted(found, key=order.__getitem__)
        candidates = candidates_of[word]
        if len(candidates) > 1:
            candidates = [root for root in candidates if item.source in sources_of[root]]
        if len(candidates) == 1:
            union.join(candidates[0], index)
            continue
        if candidates:
            continue  # ambiguous: several people in this very source share the surname
        if word not in loose_match:
            close = loose_keys.close(word)
            loose_match[word] = close[0] if close else None
        match = loose_match[word]
        if match is None:
            loose[word] = index
            loose_keys.add(word)
            loose_match[word] = word
        else:
            union.join(loose[match], index)


def _join_organisations(items: Sequence[SourcedName], union: _Union) -> None:
    orgs = [i for i, it in enumerate(items) if it.mention.kind is NameKind.ORGANISATION]
    first_of: dict[str, int] = {}
    for i in orgs:
        key = _org_spelling(_org_key(items[i].mention))
        if key in first_of:
            union.join(first_of[key], i)
        else:
            first_of[key] = i
    threshold = _transliteration().organisation_threshold
    for a, b in combinations(first_of, 2):
        if min(len(a), len(b)) >= 8 and fuzz.ratio(a, b) >= threshold:
            union.join(first_of[a], first_of[b])
    acronyms = {_fold(items[i].mention.text): i for i in orgs if len(items[i].mention.tokens) == 1}
    for key, index in first_of.items():
        mention = items[index].mention
        if len(mention.tokens) < 2:
            continue
        spelled = [_fold(mention.alias or ""), _fold(_initials(mention))]
        for form in spelled:
            if len(form) >= 2 and form in acronyms and " " in key:
                union.join(acronyms[form], index)
                break


def _join_places(items: Sequence[SourcedName], union: _Union) -> None:
    first_of: dict[str, int] = {}
    for i, item in enumerate(items):
        if item.mention.kind is NameKind.PLACE:
            key = _org_key(item.mention)
            if key in first_of:
                union.join(first_of[key], i)
            else:
                first_of[key] = i


def _entity(members: Sequence[SourcedName]) -> Entity:
    kinds = {m.mention.kind for m in members}
    kind = next(
        (k for k in (NameKind.PERSON, NameKind.ORGANISATION, NameKind.PLACE) if k in kinds),
        NameKind.UNKNOWN,
    )
    longest = max(len(_name_tokens(m.mention)) for m in members)
    full = [m for m in members if len(_name_tokens(m.mention)) == longest]
    counts = Counter(m.mention.text for m in full)
    sources: dict[str, set[str]] = {}
    for m in full:
        sources.setdefault(m.mention.text, set()).add(m.source)
    order = list(dict.fromkeys(m.mention.text for m in full))
    name = min(order, key=lambda t: (-counts[t], -len(sources[t]), order.index(t)))
    return Entity(kind=kind, name=name, mentions=tuple(members))


# --------------------------------------------------------------------------- variants


@dataclass(frozen=True, slots=True, kw_only=True)
class _Spelling:
    """One spelling of one name word within an entity, where it is first used."""

    value: str
    first: SourcedName
    sources: tuple[str, ...]
    count: int


def _slots(entity: Entity) -> dict[str, list[tuple[str, str, SourcedName]]]:
    """Per name slot, (word as written, value to show, mention) in mention order."""
    slots: dict[str, list[tuple[str, str, SourcedName]]] = {}
    for item in entity.mentions:
        mention = item.mention
        tokens = _name_tokens(mention)
        if not tokens:
            continue
        if entity.kind in (NameKind.PERSON, NameKind.UNKNOWN):
            slots.setdefault("surname", []).append((tokens[-1], tokens[-1], item))
            if len(tokens) >= 2 and not _is_initial(tokens[0]):
                shown = f"{tokens[0]} {tokens[-1]}"
                slots.setdefault("given", []).append((tokens[0], shown, item))
        else:
            slot = f"words-{len(mention.tokens)}"
            slots.setdefault(slot, []).append((mention.text, mention.text, item))
    return slots


def _spellings(occurrences: Sequence[tuple[str, str, SourcedName]]) -> list[_Spelling]:
    firsts: dict[str, tuple[str, SourcedName]] = {}
    sources: dict[str, dict[str, None]] = {}
    counts: Counter[str] = Counter()
    for word, shown, item in occurrences:
        key = _fold(word)
        firsts.setdefault(key, (shown, item))
        sources.setdefault(key, {})[item.source] = None
        counts[key] += 1
    return [
        _Spelling(value=shown, first=item, sources=tuple(sources[k]), count=counts[k])
        for k, (shown, item) in firsts.items()
    ]


def _quote(item: SourcedName, texts: Mapping[str, str]) -> Mention:
    mention = item.mention
    text = texts.get(item.source)
    sentence = mention.sentence
    if text is None or len(text) < sentence.end:
        quoted, whole = mention.text, sentence.text
    else:
        quoted, whole = text[mention.start : mention.end], text[sentence.start : sentence.end]
    return Mention(
        source=item.source, start=mention.start, end=mention.end, text=quoted, sentence=whole
    )


def _kind_words(kind: NameKind) -> str:
    return {
        NameKind.PERSON: "the same person",
        NameKind.ORGANISATION: "the same organisation",
        NameKind.PLACE: "the same place",
        NameKind.UNKNOWN: "the same name",
    }[kind]


def _explain(a: _Spelling, b: _Spelling, kind: NameKind) -> str:
    both = [s for s in a.sources if s in b.sources]
    text = (
        f"'{a.value}' ({', '.join(a.sources)}) vs '{b.value}' ({', '.join(b.sources)}): "
        f"{_kind_words(kind)} spelled two ways; pick one house spelling."
    )
    if both:
        text += f" {', '.join(both)} {'uses' if len(both) == 1 else 'use'} both spellings."
    return text


def name_variants(
    sources: Sequence[Source], sentences: Mapping[str, Sequence[Sentence]]
) -> list[Discrepancy]:
    """Flag names spelled differently within or across sources.

    Spellings are compared word by word: "Aleksandr Lukashenko" / "Alexander Lukashenko"
    differ in the given name, "Lukashenko" / "Lukashenka" in the surname;
    "Lukashenko" / "Aleksandr Lukashenko" is a short form, not a variant. A difference of
    capitals or accents alone is not flagged.

    Args:
        sources: The sources, in report order.
        sentences: The sentences of each source, by source id (web-page leftovers removed).

    Returns:
        One low-severity ``name.variant`` discrepancy per entity and pair of spellings, in
        order of the entities' first mention.
    """
    mentions = {source.id: names_in(sentences.get(source.id, ())) for source in sources}
    return variants_from(sources, mentions)


def names_in(sentences: Sequence[Sentence]) -> list[NameMention]:
    """Every name mention of one source's sentences, in text order."""
    return [m for s in sentences for m in find_names(s)]


def variants_from(
    sources: Sequence[Source], mentions: Mapping[str, Sequence[NameMention]]
) -> list[Discrepancy]:
    """:func:`name_variants` for name mentions already found per source."""
    by_id = {source.id: source for source in sources}
    texts = {source.id: source.text for source in sources}
    found: list[Discrepancy] = []
    for entity in group_entities(mentions):
        rows: dict[str, list[tuple[_Spelling, _Spelling]]] = {}
        for slot, occurrences in _slots(entity).items():
            spellings = _spellings(occurrences)
            for a, b in combinations(spellings, 2):
                if slot == "given" and _fold(a.value) == _fold(b.value):
                    continue
                if _inflected(a.value, b.value):
                    continue  # "Democrats" / "Democrat": one word, inflected
                if entity.kind is not NameKind.PERSON and _derived_form(a.value, b.value):
                    continue
                rows.setdefault(slot, []).append((a, b))
        covered = {_surnames(a, b) for a, b in rows.get("given", ())}
        for slot, pairs in rows.items():
            for a, b in pairs:
                if slot == "surname" and _surnames(a, b) in covered:
                    continue  # the full names' row already shows this surname pair
                found.append(_variant(entity, a, b, by_id, texts))
    return found


def _surnames(a: _Spelling, b: _Spelling) -> frozenset[str]:
    """The folded last words of two spellings (a given-name row shows the full names)."""
    return frozenset(_fold(s.value.split()[-1]) for s in (a, b))


def _inflected(a: str, b: str) -> bool:
    """Two spellings of one word inflected ("Democrats" / "Democrat", "Bergdahls")."""
    shorter, longer = sorted((_fold(a), _fold(b)), key=len)
    return any(longer == shorter + ending for ending in _name_words().inflection_endings)


def _derived_form(a: str, b: str) -> bool:
    """A place and its adjective ("Antarctica" / "Antarctic", "Belarus" / "Belarusian")."""
    shorter, longer = sorted((_fold(a), _fold(b)), key=len)
    return longer.startswith(shorter) and longer[len(shorter) :] in _name_words().adjective_suffixes


def _variant(
    entity: Entity,
    a: _Spelling,
    b: _Spelling,
    by_id: Mapping[str, Source],
    texts: Mapping[str, str],
) -> Discrepancy:
    source_a, source_b = by_id.get(a.first.source), by_id.get(b.first.source)
    details = tuple(
        f"'{s.value}': {s.count} mention{'s' if s.count != 1 else ''} in {', '.join(s.sources)}"
        for s in (a, b)
    )
    return Discrepancy(
        id=stable_id("name", a.value, b.value),
        kind=DiscrepancyKind.NAME_VARIANT,
        severity=Severity.LOW,
        subject=entity.name,
        metric="spelling",
        a=_quote(a.first, texts),
        b=_quote(b.first, texts),
        value_a=a.value,
        value_b=b.value,
        published_a=source_a.published if source_a else None,
        published_b=source_b.published if source_b else None,
        explanation=_explain(a, b, entity.kind),
        details=details,
    )
