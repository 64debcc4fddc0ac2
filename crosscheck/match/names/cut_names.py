"""A name of three short syllables written without its last -> the full name.

"Kim Jong" / "Kim Jong Un": a Korean name is a family name and a given name of two
syllables, written as three short words, and its first two words alone are nobody's name:
the writer lost the last syllable. The grouping of people keys full names on their first
and last words, so the two stay two entities and nothing was flagged. ``cut_name_pairs``
pairs a person's two-word name with the story's three-word name that begins with those two
words when (``names.toml`` [cut_names]) every word of the full name is a capitalised word of
at most ``syllable_max`` letters, the full name is written at least ``full_min`` times, and
the writer of the short form never writes the full one (a writer who names "Kim Jong Un"
and later "Kim Jong" may be naming his father). A two-word name of longer words that begins
a three-word one is a short form ("Sarah Huckabee" / "Sarah Huckabee Sanders"), not this.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import table_settings
from crosscheck.match.names.name_keys import name_tokens
from crosscheck.match.names.spellings import fold_name
from crosscheck.names.lexicon import NAMES_LEXICON
from crosscheck.names.records import Entity, NameKind, SourcedName, first_mention

_Group = tuple[str, list[SourcedName]]  # (spelling shown, mentions)
_FULL = 3  # words of the full name
_CUT = 2  # words of the name cut short


@dataclass(frozen=True, slots=True, kw_only=True)
class _CutRules:
    syllable_max: int
    full_min: int


@cache
def _rules(lang: str) -> _CutRules:
    return table_settings(_CutRules, NAMES_LEXICON, "cut_names", lang=lang)


def _syllables(tokens: Sequence[str], rules: _CutRules) -> bool:
    """Whether every word is a capitalised word of letters no longer than a syllable."""
    return all(t.isalpha() and t[0].isupper() and len(t) <= rules.syllable_max for t in tokens)


def _forms(
    entities: Sequence[Entity], spelled: Callable[[SourcedName], bool], lang: str
) -> dict[tuple[str, ...], list[tuple[str, SourcedName]]]:
    """Each folded two- or three-word person's name: (as written, mention), in mention order."""
    found: dict[tuple[str, ...], list[tuple[str, SourcedName]]] = {}
    for entity in entities:
        if entity.kind is not NameKind.PERSON:
            continue
        for item in entity.mentions:
            tokens = name_tokens(item.mention, lang)
            if item.mention.kind is not NameKind.PERSON or len(tokens) not in (_CUT, _FULL):
                continue
            if spelled(item):
                key = tuple(fold_name(t) for t in tokens)
                found.setdefault(key, []).append((" ".join(tokens), item))
    return found


def _may_pair(
    forms: dict[tuple[str, ...], list[tuple[str, SourcedName]]], rules: _CutRules
) -> bool:
    """Whether ``forms`` of every mention (spelled or not) hold a full name written often
    enough, of short words, whose two first words are a name too: what ``cut_name_pairs``
    needs of the mentions that can spell a name, which are among them."""
    return any(
        len(key) == _FULL
        and len(full) >= rules.full_min
        and key[:_CUT] in forms
        and any(_syllables(text.split(), rules) for text, _ in full)
        for key, full in forms.items()
    )


def _group(written: Sequence[tuple[str, SourcedName]]) -> _Group:
    """The spelling most often written (the first on a tie) and every mention."""
    texts = [text for text, _ in written]
    return max(texts, key=texts.count), [item for _, item in written]


def cut_name_pairs(
    entities: Sequence[Entity], spelled: Callable[[SourcedName], bool], lang: str
) -> list[tuple[_Group, _Group]]:
    """(name cut short, full name) pairs, in order of the short name's first mention.

    Args:
        entities: The story's entities (``entities.group_entities``).
        spelled: Whether a mention can spell a name at all (``match.name_pairs``).
    """
    rules = _rules(lang)
    if not _may_pair(_forms(entities, lambda _: True, lang), rules):
        return []  # most stories: no pair even before asking whether each mention spells a name
    forms = _forms(entities, spelled, lang)
    pairs = []
    for key, full in forms.items():
        if len(key) != _FULL or len(full) < rules.full_min:
            continue
        if not _syllables(full[0][0].split(), rules):
            continue
        short = forms.get(key[:_CUT])
        if not short:
            continue
        if {item.source for _, item in short} & {item.source for _, item in full}:
            continue  # its writer also names the person in full: maybe another one
        pairs.append((_group(short), _group(full)))
    return sorted(pairs, key=lambda pair: first_mention(pair[0][1]))
