"""Sourced name mentions -> their name words by folded word, each with its role in the name
(``slip_rules.Occurrence``): what ``misspelling.misspellings`` reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from crosscheck.match.names.name_keys import name_tokens
from crosscheck.match.names.slip_rules import BODY, GIVEN, SURNAME, Occurrence
from crosscheck.match.names.spellings import fold_name
from crosscheck.names.lexicon import core_word, is_initial
from crosscheck.names.records import NameKind, NameMention, SourcedName

_new: Final = tuple.__new__  # builds an Occurrence without the named tuple's Python-level __new__


def name_occurrences(items: Iterable[SourcedName], lang: str) -> dict[str, list[Occurrence]]:
    """Every name word of the mentions, with its role in the name, by folded word (words in
    order of first occurrence, each word's occurrences in mention order; each spelling of a
    name read once, in language ``lang``): what ``misspellings`` reads."""
    by_word: dict[str, list[Occurrence]] = {}
    for item in items:
        mention = item.mention
        key = (mention.tokens, mention.kind, lang)
        shape = _SHAPES.get(key)
        if shape is None:  # a story writes a name many times: read once per spelling
            if len(_SHAPES) >= _CACHED_SHAPES:
                _SHAPES.clear()
            shape = _SHAPES[key] = _shape(mention, lang)
        for word, folded, role, given in shape:
            occurrence = _new(Occurrence, (word, role, item, given))
            found = by_word.get(folded)
            if found is None:
                by_word[folded] = [occurrence]
            else:
                found.append(occurrence)
    return by_word


_Shape = tuple[tuple[str, str, str, str | None], ...]  # (word, folded, role, given name)


def _shape(mention: NameMention, lang: str) -> _Shape:
    """The (word, folded word, role, given name) of each name word of a mention (see
    ``name_occurrences``)."""
    tokens = [t for t in name_tokens(mention, lang) if not is_initial(t)]
    if not tokens:
        return ()
    if mention.kind in (NameKind.ORGANISATION, NameKind.PLACE):
        return tuple((t, fold_name(t), BODY, None) for t in tokens)
    if len(tokens) >= 2 and core_word(mention.tokens[0], lang) != mention.tokens[0]:
        # "Al-Shababb Twitter": no person's name
        return tuple((t, fold_name(t), BODY, None) for t in tokens)
    given = tokens[0] if len(tokens) >= 2 else None
    surname = tokens[-1]
    if given is None:
        return ((surname, fold_name(surname), SURNAME, None),)
    return ((given, fold_name(given), GIVEN, None), (surname, fold_name(surname), SURNAME, given))


_SHAPES: dict[tuple[tuple[str, ...], NameKind, str], _Shape] = {}
_CACHED_SHAPES: Final = 20_000
