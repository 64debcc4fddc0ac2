"""A long surname written alone, a few slips from a person its writer names in full.

``lone_slip_pairs(entities, spelled, ordinary, counts)`` pairs a surname that the story only
ever writes alone ("Vesenlantskaya", no given name anywhere) with the surname of a person its
writer introduces in full ("Natalia Veselnitskaya") when the two are a few slips apart:
``names.toml`` [lone_slips]: at least ``min_length`` letters, lengths one letter apart at
most, the first ``keep_first`` and the last ``keep_last`` letters alike ("Machado" /
"Eric Mercado": the second letter slips too) and at most ``max_slips`` letters changed,
added, lost or swapped between. ``misspelling`` pairs only one slip; two slips or three in a
long name are a writer's hurried spelling of the person just introduced, not another person:
a surname written alone names someone the story introduced. What says so: the lone word is
rare (``[misspelling]`` ``rare_max``), never written in full nor in lower case, each of its
writers writes the other surname in full, which the story writes at least ``frequent_min``
times and ``frequent_ratio`` times as often; and exactly one such surname is near it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import OSA

from crosscheck.lexicon import table_settings
from crosscheck.match.names.name_keys import name_tokens
from crosscheck.match.names.slip_rules import MisspellingRules
from crosscheck.match.names.spellings import fold_name
from crosscheck.names.lexicon import NAMES_LEXICON, is_initial
from crosscheck.names.records import Entity, NameKind, SourcedName

_Group = tuple[str, list[SourcedName]]  # (word as written most, mentions)


@dataclass(frozen=True, slots=True, kw_only=True)
class _LoneSlipRules:
    min_length: int
    keep_first: int
    keep_last: int
    max_slips: int


@cache
def _rules(lang: str) -> _LoneSlipRules:
    return table_settings(_LoneSlipRules, NAMES_LEXICON, "lone_slips", lang=lang)


def few_slips(lone: str, surname: str, rules: _LoneSlipRules) -> bool:
    """Whether two folded words are a few slips apart, their ends kept (see the module).

    "vesenlantskaya" / "veselnitskaya"; not "clintonian" / "clinton" (three letters
    added), "medicare" / "medicaid" (the end changed), "kiss" / "kriss" (too short).
    """
    if lone == surname or min(len(lone), len(surname)) < rules.min_length:
        return False
    if abs(len(lone) - len(surname)) > 1 or not (lone.isalpha() and surname.isalpha()):
        return False
    if _ends(lone, rules) != _ends(surname, rules):
        return False
    return OSA.distance(lone, surname, score_cutoff=rules.max_slips) <= rules.max_slips


@dataclass(slots=True)
class _Written:
    """The mentions of one folded surname: alone, and after a given name."""

    alone: list[SourcedName]
    full: list[SourcedName]
    shown: dict[str, int]  # the word as written: how often


def _by_surname(entities: Sequence[Entity], lang: str) -> dict[str, _Written]:
    """Each folded last word of a person's (or an unknown) name, in order of first mention."""
    found: dict[str, _Written] = {}
    for entity in entities:
        if entity.kind not in (NameKind.PERSON, NameKind.UNKNOWN):
            continue
        for item in entity.mentions:
            tokens = [t for t in name_tokens(item.mention, lang) if not is_initial(t)]
            if not tokens:
                continue
            written = found.setdefault(fold_name(tokens[-1]), _Written([], [], {}))
            written.shown[tokens[-1]] = written.shown.get(tokens[-1], 0) + 1
            if len(tokens) == 1:
                written.alone.append(item)
            elif item.mention.kind is NameKind.PERSON:
                written.full.append(item)
    return found


def lone_slip_pairs(
    entities: Sequence[Entity],
    spelled: Callable[[SourcedName], bool],
    ordinary: Callable[[str], bool],
    counts: MisspellingRules,
    lang: str,
) -> list[tuple[_Group, _Group]]:
    """(lone slip, surname written in full) pairs, in order of the lone word's first mention.

    Args:
        entities: The story's entities (``entities.group_entities``).
        spelled: Whether a mention can spell a name at all (``match.name_pairs``).
        ordinary: Whether a folded word is written in lower case in the sources.
        counts: The rare and frequent counts of ``[misspelling]``.
    """
    rules = _rules(lang)
    written = _by_surname(entities, lang)
    lone = [
        word
        for word, found in written.items()
        if not found.full and len(word) >= rules.min_length and len(found.alone) <= counts.rare_max
    ]
    if not lone:
        return []
    full = _by_ends([word for word, found in written.items() if found.full], rules)
    pairs = []
    for word in lone:
        rare = written[word].alone
        near = [w for w in full.get(_ends(word, rules), ()) if few_slips(word, w, rules)]
        if len(near) != 1:
            continue  # no surname near it, or two: which one would it misspell?
        frequent = written[near[0]]
        items = [*frequent.full, *frequent.alone]
        if len(items) < max(counts.frequent_min, counts.frequent_ratio * len(rare)):
            continue
        if not {item.source for item in rare} <= {item.source for item in frequent.full}:
            continue  # the writer of the slip also introduces the person in full
        if ordinary(word) or not all(spelled(item) for item in (*rare, *items)):
            continue
        pairs.append((_group(written[word], rare), _group(frequent, items)))
    return pairs


def _ends(word: str, rules: _LoneSlipRules) -> tuple[str, str]:
    return word[: rules.keep_first], word[-rules.keep_last :]


def _by_ends(words: Sequence[str], rules: _LoneSlipRules) -> dict[tuple[str, str], list[str]]:
    """The words by their first ``keep_first`` and last ``keep_last`` letters, which
    ``few_slips`` requires alike."""
    found: dict[tuple[str, str], list[str]] = {}
    for word in words:
        found.setdefault(_ends(word, rules), []).append(word)
    return found


def _group(written: _Written, items: list[SourcedName]) -> _Group:
    return max(written.shown, key=lambda w: written.shown[w]), items
