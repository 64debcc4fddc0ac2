"""The name finder's tokens: one sentence -> the words that may be names, with spans and
the flags the finder reads (capitalised, possessive, code, opening position, segment), and a
stretch of plain lower-case words read as one token (see ``_tokens``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
from typing import Final, NamedTuple

from crosscheck.names.lexicon import _NameWords, core_word, name_word_rules, word_sets
from crosscheck.text.tokens import APOSTROPHES, WORD, without_invisible

_OPENERS: Final = "\"'\u201c\u2018(:[\u00ab|"
_CODE_NEIGHBOURS: Final = "/0123456789_@#\\"
_SEGMENT_MARKS: Final = ":|\u2013\u2014"
_OPENER_SET: Final = frozenset(_OPENERS)
_SEGMENT_SET: Final = frozenset(_SEGMENT_MARKS)


class _Tok(NamedTuple):
    """One word of a sentence (local offsets), as the name finder sees it, or a stretch of
    ordinary lower-case words standing in for all of them (see ``_tokens``).

    A named tuple, not a dataclass: one is built for every word that may matter.
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
    weight: int  # words a title-case heading counts here: 1, or a stretch's non-connectors


_new_tok: Final = tuple.__new__
_PLAIN_AFTER: Final = frozenset(' ,;:)?!"\u201d\n')
"""Characters after a word that say nothing of it (not a possessive, code or initial)."""
_LETTER: Final = r"[^\W\d_]"  # a letter of any script
_FINDER_WORD: Final = re.compile(
    # a stretch of plain lower-case words, each after one space or a comma and a space,
    # right after a word
    # (the last may end the sentence or a clause with a full stop)
    rf"(?P<stretch>(?<={_LETTER})(?:,? [a-z][a-zA-Z]*(?=[ ,;:)?!\"\u201d\n]|\.(?:\s|$)))+)"
    # or a plain ASCII word after one space right after a word, before a mark that says
    # nothing of it (the commonest word a stretch leaves: a capitalised one)
    rf"|(?<={_LETTER}) (?P<plain>[A-Za-z]+)(?=[ ,;:)?!\"\u201d\n])"
    # or one word, as tokens.WORD reads it
    rf"|{WORD.pattern}"
)
"""``tokens.WORD``, or a stretch of plain lower-case words read in one match, or a plain
word after one space (its span and text are those of the ``plain`` group)."""
_PLAIN: Final = _FINDER_WORD.groupindex["plain"]


_AMPERSAND_GAP: Final = " & "
"""An ampersand between two words ("Medicare & Medicaid"): read as a word, a connector
of bodies' names."""


def _tokens(text: str, words: _NameWords) -> list[_Tok]:
    """The words of a sentence with what the name finder needs to know of each.

    Most words of a sentence are plain lower-case words between single spaces that no
    rule of the finder looks at: they neither open nor join a run of capitalised words,
    and seen from a neighbour they are just "not capitalised". Such a stretch is read in
    one regular-expression match and kept as one token of weight its words (for the
    title-case share), which gives the same runs and headings as one token per word. A
    word of the stretch stays a word of its own when a rule may look at it: the first
    words when they may join the run before them (connectors, particles, cues, titles)
    and the last word when it is a title (which may open a run: "ambassador Jurg").
    """
    toks: list[_Tok] = []
    previous_end = segment = 0
    previous_possessive = False
    titles, stopped = words.titles, words.dotted
    slipped = words.slipped_cues
    looked_at = _looked_at(words.lang)
    connectors = words.connectors
    for match in _FINDER_WORD.finditer(text):
        if match.lastindex == _PLAIN:  # the usual word: read as the plain words below
            start, end = match.span(_PLAIN)
            raw = match.group(_PLAIN)
            key, cap = raw.lower(), raw[0].isupper()
            if cap and key in slipped:
                key = slipped[key]
            fields = (
                start,
                end,
                raw,
                key,
                cap,
                False,
                False,
                False,
                not previous_possessive,
                segment,
                1,
            )
            toks.append(_new_tok(_Tok, fields))
            previous_end, previous_possessive = end, False
            continue
        start, end = match.span()
        raw = match.group()
        if raw[0] in " ,":  # a stretch (a word opens with a letter)
            keys = raw.lower().replace(",", "").split(" ")  # "" first: before the 1st space
            if keys[1] in looked_at or keys[-1] in titles:
                dotted = text[end : end + 1] == "."  # a title keeps its full stop
                joined = not previous_possessive
                end = _add_stretch(toks, raw, start, segment, joined, dotted, words)
            else:  # the usual stretch: no word of it a rule looks at, one token for all
                counted = len(keys) - 1 - sum(map(connectors.__contains__, keys))
                first = start + 1 if raw[0] == " " else start + 2
                fields = (first, end, "", "", *_PLAIN_WORD, False, segment, counted)
                toks.append(_new_tok(_Tok, fields))
            previous_end, previous_possessive = end, False
            continue
        after_char = text[end : end + 1]
        if (  # the common case: a plain word after a space or a comma, after another word
            raw.isascii()
            and raw.isalpha()
            and (after_char in _PLAIN_AFTER or _plain_before_stop(raw, after_char, stopped))
        ):
            if not toks:  # the first word: it opens the sentence
                if not start or text[start - 1] not in _CODE_NEIGHBOURS:
                    key, cap = raw.lower(), raw[0].isupper()
                    if cap and key in slipped:
                        key = slipped[key]
                    fields = (start, end, raw, key, cap, False, False, True, False, segment, 1)
                    toks.append(_new_tok(_Tok, fields))
                    previous_end = end
                    continue
                gap = ""
            else:
                gap = text[previous_end:start]
            if gap == " " or gap == ", ":
                key, cap = raw.lower(), raw[0].isupper()
                if cap and key in slipped:
                    key = slipped[key]  # "State Deparment": read as the cue
                joined = gap == " " and not previous_possessive
                fields = (start, end, raw, key, cap, False, False, False, joined, segment, 1)
                toks.append(_new_tok(_Tok, fields))
                previous_end, previous_possessive = end, False
                continue
            if toks and gap != _AMPERSAND_GAP and text[start - 1] not in _CODE_NEIGHBOURS:
                # a plain word after other marks (quotes, a dash, a colon): as below, less
                # what cannot apply to it (a possessive, a code, a title's full stop)
                if not _SEGMENT_SET.isdisjoint(gap):
                    segment += 1
                initial = not _OPENER_SET.isdisjoint(gap)
                joined = gap.isspace() and not previous_possessive
                key, cap = raw.lower(), raw[0].isupper()
                if cap and key in slipped:
                    key = slipped[key]
                fields = (start, end, raw, key, cap, False, False, initial, joined, segment, 1)
                toks.append(_new_tok(_Tok, fields))
                previous_end, previous_possessive = end, False
                continue
        prefixed = _prefix_length(raw, words.lang)
        if prefixed:  # "post-Qaddafi": the name after the prefix (joined to no word before)
            start, raw = start + prefixed, raw[prefixed:]
        raw = without_invisible(raw)  # "Tsikha\u200bnouskaya" is read as the name it shows
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
        if key in slipped and raw[0].isupper():
            key = slipped[key]
        if after_char == "." and ((len(raw) == 1 and raw.isupper()) or key in stopped):
            raw, end = raw + ".", end + 1
            after_char = text[end : end + 1]
        if not code and start and text[start - 1] in _CODE_NEIGHBOURS:
            code = True
        code = code or after_char == "/" or after_char.isdigit()
        if start - previous_end == 3 and toks and text[previous_end:start] == _AMPERSAND_GAP:
            amp = previous_end + 1
            fields = (amp, amp + 1, "&", "&", False, False, False, False, True, segment, 1)
            toks.append(_new_tok(_Tok, fields))
            previous_end, previous_possessive = amp + 1, False
        if toks:
            gap = text[previous_end:start]
            if gap == " ":
                initial, joined = False, not previous_possessive
            else:
                if not _SEGMENT_SET.isdisjoint(gap):
                    segment += 1
                initial = not _OPENER_SET.isdisjoint(gap)
                joined = gap.isspace() and not previous_possessive
        else:
            initial, joined = True, False
        fields = (
            start,
            end,
            raw,
            key,
            raw[0].isupper()
            or (raw[0] != "-" and "-" in raw and core_word(raw, words.lang) != raw),
            possessive,
            code,
            initial,
            joined,
            segment,
            1,
        )
        toks.append(_new_tok(_Tok, fields))  # _Tok(*fields) without the Python-level __new__
        previous_end = max(end, match_end)
        previous_possessive = possessive or bool(prefixed)  # neither joins the next word
    return toks


def _prefix_length(raw: str, lang: str) -> int:
    """The length of a prefix (of language ``lang``) and its hyphen before a capitalised
    name ("anti-" in "anti-Trump", "Pro-" in "Pro-Morsi"), or 0."""
    head, dash, rest = raw.partition("-")
    if not dash or not rest[:1].isupper() or head.lower() not in _finder_words(lang).prefixes:
        return 0
    return len(head) + 1


def _plain_before_stop(raw: str, after_char: str, dotted: frozenset[str]) -> bool:
    """An ASCII word before a full stop that is no initial and no abbreviated title or place
    word ("Dr.", "St."; ``dotted``): the stop says nothing of it (``raw`` holds letters
    only)."""
    return after_char == "." and not (len(raw) == 1 and raw.isupper()) and raw.lower() not in dotted


@dataclass(frozen=True, slots=True, kw_only=True)
class _FinderWords:
    """Words of the names lexicon that only the finder reads (one language's)."""

    conjunctions: frozenset[str]  # "and": joins two parts of a name only before a capital
    articles: frozenset[str]  # "the": kept in "The Moscow Times" inside a sentence
    prefixes: frozenset[str]  # "anti": "anti-Trump" is a mention of "Trump"
    short_abbreviations: frozenset[str]  # "jr": never a syllable of a name ("Un" may be)
    hyphen_suffixes: frozenset[str]  # "era": "Crow-era" is no given name ("Jae-in" may be)
    generational: frozenset[str]  # "jr": after a person's name, not a word of it


@cache
def _finder_words(lang: str) -> _FinderWords:
    return word_sets(
        _FinderWords,
        lang,
        conjunctions="name_conjunctions",
        articles="name_articles",
        prefixes="name_prefixes",
        short_abbreviations="short_abbreviations",
        hyphen_suffixes="hyphen_suffix_words",
        generational="generational_suffixes",
    )


@cache
def _looked_at(lang: str) -> frozenset[str]:
    """Lower-case words (of language ``lang``) a rule looks at after a run: they may join
    it or open one."""
    words = name_word_rules(lang)
    return words.connectors | words.particles | words.cues | words.titles


def _add_stretch(
    toks: list[_Tok],
    stretch: str,
    start: int,
    segment: int,
    joined: bool,
    dotted: bool,
    words: _NameWords,
) -> int:
    """Append a stretch " w1 w2, ... wn" of plain lower-case words (``start``: its first
    space or comma) as word tokens where a rule may look at them, and one token for the
    rest. A word after a comma is not joined to the word before it; a title last, before
    a full stop (``dotted``), keeps it ("gen."). Returns where the last token ends."""
    pieces = stretch.split(" ")  # "" or "," first, then each word (with its comma, if any)
    keys: list[str] = []
    starts: list[int] = []
    after_comma: list[bool] = []
    position, comma = start + len(pieces[0]) + 1, pieces[0] == ","
    for piece in pieces[1:]:
        word = piece.rstrip(",")
        keys.append(word.lower())  # ASCII letters: lower-casing keeps the offsets
        starts.append(position)
        after_comma.append(comma)
        position, comma = position + len(piece) + 1, len(word) < len(piece)
    first, last = 0, len(keys)
    looked_at = _looked_at(words.lang)
    while first < last and keys[first] in looked_at:
        first += 1
    if last > first and keys[last - 1] in words.titles:
        last -= 1
    stop = dotted and keys[-1] in words.titles
    end = start + len(stretch)
    for index in range(first):
        begin = starts[index]
        end = begin + len(keys[index])
        raw = stretch[begin - start : end - start]
        if stop and index == len(keys) - 1:
            raw, end = raw + ".", end + 1
        joined = (joined or index > 0) and not after_comma[index]
        fields = (begin, end, raw, keys[index], *_PLAIN_WORD, joined, segment, 1)
        toks.append(_new_tok(_Tok, fields))
    if last > first:
        end = starts[last - 1] + len(keys[last - 1])
        counted = last - first - sum(map(words.connectors.__contains__, keys[first:last]))
        fields = (starts[first], end, "", "", *_PLAIN_WORD, False, segment, counted)
        toks.append(_new_tok(_Tok, fields))
    if last < len(keys):
        begin = starts[-1]
        raw = stretch[begin - start :] + ("." if stop else "")
        end = begin + len(raw)
        joined = not after_comma[-1]
        fields = (begin, end, raw, keys[-1], *_PLAIN_WORD, joined, segment, 1)
        toks.append(_new_tok(_Tok, fields))
    return end


_PLAIN_WORD: Final = (False, False, False, False)
"""cap, possessive, code, initial_position of a word inside a stretch."""


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


_WEIGHT: Final = attrgetter("weight")
_SPAN: Final = attrgetter("start", "end")
_FIRST_SEGMENT: Final = frozenset((0,))
_NO_SEGMENTS: Final[frozenset[int]] = frozenset()


def _headings(toks: Sequence[_Tok], words: _NameWords, text: str) -> frozenset[int]:
    """The segments of a sentence written in title case (headings); ``text``: the sentence."""
    if not toks or not toks[-1].segment:  # one segment, the usual case
        return _FIRST_SEGMENT if toks and _is_title_case(toks, words, text) else _NO_SEGMENTS
    segments: dict[int, list[_Tok]] = {}
    for tok in toks:
        segments.setdefault(tok.segment, []).append(tok)
    return frozenset(k for k, part in segments.items() if _is_title_case(part, words, text))


def _is_title_case(toks: Sequence[_Tok], words: _NameWords, text: str) -> bool:
    """A heading written in title case, where capitals say nothing about names.

    Mostly capitalised words with some stop words or roles among them, and no more than
    ``title_case_max_lower`` lower-case words that a heading would capitalise: a sentence
    that lists names ("Six Democrats voted with Republicans", "Alexander (TN), Ayotte (NH)
    ... voted yes") has capitals enough but keeps its verbs and nouns in lower case, and a
    line of more than ``title_case_max_commas`` commas is a list of names, not a heading.
    """
    counted = [
        t for t in toks if t.weight and not t.code and (t.cap or t.key not in words.connectors)
    ]
    if text.count(",", toks[0].start, toks[-1].end) > words.title_case_max_commas:
        return False  # "Lamar Alexander of Tennessee, Kelly Ayotte of New Hampshire, ...": a list
    total = sum(map(_WEIGHT, counted))
    if total < 2:
        return total == 1 and counted[0].cap and counted[0].key in words.stop
    caps = [t for t in counted if t.cap]
    if len(caps) / total < words.title_case_share:
        return False  # the usual sentence: too few capitals, no need to count common words
    common = sum(
        1 for t in caps if t.key in words.stop or t.key in words.roles or _lowercase_hyphenated(t)
    )
    if common < min(words.title_case_min_common, max(len(caps) - 1, 1)):
        return False
    return _lower_content(counted, words, text) <= words.title_case_max_lower


_LOWER_WORD: Final = re.compile(r"[a-z]+")


def _lower_content(toks: Sequence[_Tok], words: _NameWords, text: str) -> int:
    """Lower-case words among ``toks`` that are neither stop words nor connectors (a stretch
    token is read word by word from ``text``)."""
    found = 0
    for tok in toks:
        if tok.cap or tok.code:
            continue
        keys = _LOWER_WORD.findall(text[tok.start : tok.end]) if not tok.key else [tok.key]
        found += sum(
            1
            for key in keys
            if key.islower() and key not in words.stop and key not in words.connectors
        )
    return found
