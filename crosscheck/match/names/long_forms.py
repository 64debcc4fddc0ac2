"""Entities -> long names written with one word more or less and other vowels.

"Abdiqadir Mohamed Nor" / "Abdikadir Mohamed Nur Sidii": a person of three or more name
words whose other form adds one last word and spells the shared words with other vowels or
transliteration letters is one person spelled two ways. The grouping of people keys full
names on their first and last words, so these stay two entities; this pass pairs them.
Evidence: every shared word is one spelling (the same skeleton, vowels read alike), at
least one is written identically, and at least one is written differently (a name and its
form with one more word, the rest identical, is a short and a full form: no variant).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from crosscheck.match.names.name_keys import name_tokens
from crosscheck.match.names.spellings import fold_name, skeleton, vowel_class
from crosscheck.names.records import Entity, NameKind, SourcedName

_LONG: Final = 3  # name words of the shorter form, at least


def long_form_pairs(
    entities: Sequence[Entity], spelled: Callable[[SourcedName], bool], lang: str
) -> list[tuple[list[SourcedName], list[SourcedName]]]:
    """Pairs of (shorter form's mentions, longer form's mentions) of one person.

    Args:
        entities: The story's entities (``group_entities``).
        spelled: Whether a mention can be a spelling of its name at all.
        lang: The story's language.

    Returns:
        One pair per (shorter, longer) written form, in order of the shorter one's entity.
    """
    vowels = vowel_class(lang)
    forms: dict[tuple[str, ...], dict[str, list[SourcedName]]] = {}
    owner: dict[str, int] = {}
    for number, entity in enumerate(entities):
        if entity.kind is not NameKind.PERSON:
            continue
        for item in entity.mentions:
            tokens = name_tokens(item.mention, lang)
            if len(tokens) < _LONG or item.mention.kind is not NameKind.PERSON:
                continue
            key = tuple(skeleton(t.casefold(), lang).translate(vowels) for t in tokens)
            text = " ".join(tokens)
            forms.setdefault(key, {}).setdefault(text, []).append(item)
            owner.setdefault(text, number)
    found: list[tuple[list[SourcedName], list[SourcedName]]] = []
    for key, longer in forms.items():
        shorter = forms.get(key[:-1])
        if len(key) <= _LONG or shorter is None:
            continue
        for long_text, long_items in longer.items():
            for short_text, short_items in shorter.items():
                if owner[long_text] == owner[short_text]:
                    continue  # already one entity: its own rows say what differs
                if _one_person(short_text.split(), long_text.split()[:-1]):
                    long_ok = [i for i in long_items if spelled(i)]
                    short_ok = [i for i in short_items if spelled(i)]
                    if long_ok and short_ok:
                        found.append((short_ok, long_ok))
    return found


def _one_person(short: Sequence[str], shared: Sequence[str]) -> bool:
    """Some shared words written alike, some differently."""
    same = [fold_name(a) == fold_name(b) for a, b in zip(short, shared, strict=True)]
    return any(same) and not all(same)
