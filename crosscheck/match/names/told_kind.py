"""The kind a name-variant row tells ("the same person's name"), only when its mentions agree.

A row's kind comes from its entity or from the first kind among a word's mentions (person
before organisation before place). When the mentions of the row's two spellings were read
as different kinds ("Abu Ghraib, in Iraq" a person's name, "the Abu Graib prison" a
place's), or the only mention read with a kind is one written in capitals beside the same
word in ordinary case ("BEIJING" at a dateline read as an acronym, "Beijing" elsewhere),
the kind is not known: the row says "the same name" rather than a wrong kind. A name
that opens with a group's word transliterated from Arabic ("Jabhat al-Nusra", "Ansar
al-Sharia", "Kataib Hezbollah"; names.toml ``transliterated_organisation_cues``) is an
organisation's, whatever kind the finder read. A kind
read in at least ``kind_share`` (names.toml [explain]) of the mentions that have one is
kept: a name misread in a heading or two does not undo it. Pure functions over the
mentions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import NamedTuple

from crosscheck.lexicon import load_lexicon, lower_words, require
from crosscheck.names.lexicon import NAMES_LEXICON
from crosscheck.names.places import place_by_next_word
from crosscheck.names.records import NameKind, SourcedName

_TOLD: frozenset[NameKind] = frozenset((NameKind.PERSON, NameKind.ORGANISATION, NameKind.PLACE))


def told_kind(kind: NameKind, *spellings: Sequence[SourcedName], lang: str) -> NameKind:
    """``kind``, or ``NameKind.UNKNOWN`` when the spellings' mentions do not bear it out.

    Args:
        kind: The kind the pair was found with.
        spellings: The mentions of each spelling of the pair.
        lang: The story's language (whose place words follow a name).
    """
    items = [item for spelling in spellings for item in spelling]
    if kind is not NameKind.PLACE and any(_opens_as_group(item, lang) for item in items):
        return NameKind.ORGANISATION  # "Kataib Hezbollah" / "Kataeb Hezbollah": a militia's
    if kind not in _TOLD:
        return kind
    read = [_read_kind(item, lang) for item in items]
    kinded = set(read) & _TOLD
    if not kinded or (kinded == {kind} and not _any_shouted(items)):
        return kind  # the usual row: its mentions agree, or say nothing of a kind
    told = [
        k for k, item in zip(read, items, strict=True) if k in _TOLD and not _shouted(item, items)
    ]
    if told and told.count(kind) >= _share(lang) * len(told):
        return kind  # "Brett Kavanaugh" 15 times a person's, twice in a misread heading
    return NameKind.UNKNOWN


@cache
def _share(lang: str) -> float:
    """The least share of a row's mentions read with a kind that must be read as its kind."""
    table = require(load_lexicon(NAMES_LEXICON, lang), "explain", dict, NAMES_LEXICON, lang=lang)
    return float(require(table, "kind_share", float, NAMES_LEXICON, lang=lang))


def _read_kind(item: SourcedName, lang: str) -> NameKind:
    """A mention's kind, or a place's when a word such as "prison" follows a name of two or
    more words read as a person's ("the Abu Graib prison")."""
    mention = item.mention
    if mention.kind is not NameKind.PERSON or len(mention.tokens) < 2:
        return mention.kind
    sentence = mention.sentence
    if place_by_next_word(sentence.text, mention.end - sentence.start, lang):
        return NameKind.PLACE
    return mention.kind


def _opens_as_group(item: SourcedName, lang: str) -> bool:
    """A group's name: it opens with a group's word transliterated ("Jabhat", "Ansar",
    "Kataib", "al-Qaida"), alone or before a word with an Arabic article ("Ansar al-Sharia")
    or another such word ("Kataib Hezbollah"); not a person's given name ("Ansar Burney")."""
    tokens = item.mention.tokens
    if not tokens or not _group_word(tokens[0], lang):
        return False
    return len(tokens) == 1 or any(
        _group_word(t, lang) or _with_article(t, lang) for t in tokens[1:]
    )


def _group_word(token: str, lang: str) -> bool:
    word = token.casefold().rstrip(".")
    article, dash, rest = word.partition("-")
    if dash and article in _group_words(lang).articles:
        word = rest  # "al-Qaida", "Al-Shabaab"
    return word in _group_words(lang).words


def _with_article(token: str, lang: str) -> bool:
    article, dash, _ = token.casefold().partition("-")
    return bool(dash) and article in _group_words(lang).articles


class _GroupWords(NamedTuple):
    words: frozenset[str]
    articles: frozenset[str]


@cache
def _group_words(lang: str) -> _GroupWords:
    data = load_lexicon(NAMES_LEXICON, lang)
    return _GroupWords(
        words=lower_words(data, "transliterated_organisation_cues", NAMES_LEXICON, lang=lang),
        articles=lower_words(data, "transliterated_articles", NAMES_LEXICON, lang=lang),
    )


def _any_shouted(items: Sequence[SourcedName]) -> bool:
    return any(_capitals(item) for item in items)


def _capitals(item: SourcedName) -> bool:
    text = item.mention.text
    return text.isupper() and len(text) > 1


def _shouted(item: SourcedName, items: Iterable[SourcedName]) -> bool:
    """A mention in capitals of a word the other mentions write in ordinary case."""
    if not _capitals(item):
        return False
    folded = item.mention.text.casefold()
    return any(not _capitals(other) and other.mention.text.casefold() == folded for other in items)
