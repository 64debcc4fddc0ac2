"""Two long name words of one story, one the other with a doubled syllable written once:
"Antanarivo" / "Antananarivo".

``syllable_slips(entities, spelled, ordinary, lang)`` pairs two name words of at least
``names.toml`` [syllable_slips] ``min_length`` letters (the shorter) when the longer writes
a syllable of ``syllable_min`` to ``syllable_max`` letters twice in a row, after its first
letter, and the shorter is the longer with that syllable written once (a writer's eye skips
the repeat, or repeats it: "Departmement"). ``misspelling`` counts one lost or added letter,
and needs one word frequent; a place named once in each article ("Antananarivo" in CNN's
list of embassies, "Antanarivo" in Fox's) has no count to lean on, but two long names that
differ only by a repeated syllable are one name: a probe over the 411 development stories
finds no other pair of capitalised words of this shape. Kept apart: two words written in
one sentence (then the writer means two), a word the story also writes in lower case (an
ordinary word), and any mention that cannot spell a name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import table_settings
from crosscheck.match.names.spellings import fold_name
from crosscheck.names.lexicon import NAMES_LEXICON
from crosscheck.names.records import Entity, SourcedName, first_mention

_Group = tuple[str, list[SourcedName]]  # (word as first written, mentions)


@dataclass(frozen=True, slots=True, kw_only=True)
class _SyllableRules:
    min_length: int
    syllable_min: int
    syllable_max: int


@cache
def _rules(lang: str) -> _SyllableRules:
    return table_settings(_SyllableRules, NAMES_LEXICON, "syllable_slips", lang=lang)


def once_written(word: str, syllable_min: int, syllable_max: int) -> frozenset[str]:
    """The word with one of its doubled syllables written once, the first letter never in
    the syllable ("antananarivo" -> {"antanarivo"}; "departmement" -> {"department"})."""
    found = set()
    for size in range(syllable_min, syllable_max + 1):
        for i in range(1, len(word) - 2 * size + 1):
            if word[i : i + size] == word[i + size : i + 2 * size]:
                found.add(word[: i + size] + word[i + 2 * size :])
    return frozenset(found)


def syllable_slip_pairs(
    entities: Sequence[Entity],
    spelled: Callable[[SourcedName], bool],
    ordinary: Callable[[str], bool],
    lang: str,
) -> list[tuple[_Group, _Group]]:
    """(word, word) pairs a doubled syllable apart, each side its mentions, in order of the
    first word's first mention."""
    rules = _rules(lang)
    words: dict[str, tuple[str, list[SourcedName]]] = {}
    for entity in entities:
        for item in entity.mentions:
            for token in item.mention.tokens:
                if len(token) < rules.min_length or not token[:1].isupper():
                    continue
                folded = fold_name(token)
                if len(folded) >= rules.min_length:
                    words.setdefault(folded, (token, []))[1].append(item)
    pairs = []
    for longer in sorted(words, key=lambda w: first_mention(words[w][1])):
        if len(longer) < rules.min_length + rules.syllable_min:
            continue
        for shorter in once_written(longer, rules.syllable_min, rules.syllable_max):
            if shorter not in words or ordinary(shorter) or ordinary(longer):
                continue
            a, b = words[longer], words[shorter]
            if _one_sentence(a[1], b[1]):
                continue
            if all(spelled(item) for item in (*a[1], *b[1])):
                first, second = sorted((a, b), key=lambda g: first_mention(g[1]))
                pairs.append((first, second))
    return sorted(pairs, key=lambda p: first_mention(p[0][1]))


def _one_sentence(a: Sequence[SourcedName], b: Sequence[SourcedName]) -> bool:
    at = {(item.source, item.mention.sentence.start) for item in a}
    return any((item.source, item.mention.sentence.start) in at for item in b)
