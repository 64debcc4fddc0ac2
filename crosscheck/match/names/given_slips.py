"""A person's given name misspelt by a writer who also spells it right: "John" / "Jon Ossoff".

``given_slip_pairs(entities, spelled)`` pairs two full names of one surname whose given names
differ only in vowels and "h" (``names.toml`` [given_slips] ``soft_letters``), first and last
letters kept, at most two slips apart: "Jon" / "John", "Ariel" / "Aerial". ``entities``
joins such given names only from ``given_slip_min_length`` letters and one slip, since two
people of one family often have given names that close ("Ivana" / "Ivanka" Trump: a
consonant, kept apart here too). What says it is one person misspelt, not two: the rare
spelling is written at most ``rare_max`` times (``[misspelling]``), each time in full and
by a source that also writes the frequent one in full, which is written at least
``frequent_min`` times and ``frequent_ratio`` times as often; and the two are never in one
sentence ("Joan and John Smith").
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

_Group = tuple[str, list[SourcedName]]  # (full name as written most, mentions)


@dataclass(frozen=True, slots=True, kw_only=True)
class _GivenRules:
    soft_letters: frozenset[str]
    min_length: int
    max_slips: int


@cache
def _rules(lang: str) -> _GivenRules:
    return table_settings(_GivenRules, NAMES_LEXICON, "given_slips", lang=lang)


def soft_slip(a: str, b: str, rules: _GivenRules) -> bool:
    """Two folded given names that differ only in soft letters, first and last kept,
    at most ``max_slips`` apart: "jon" / "john", "ariel" / "aerial"; not "ivana" / "ivanka"
    (a consonant), "eric" / "erica" (the last letter), "steve" / "steven"."""
    if a == b or min(len(a), len(b)) < rules.min_length or not (a.isalpha() and b.isalpha()):
        return False
    if a[0] != b[0] or a[-1] != b[-1]:
        return False
    hard_a = "".join(c for c in a if c not in rules.soft_letters)
    hard_b = "".join(c for c in b if c not in rules.soft_letters)
    return hard_a == hard_b and OSA.distance(a, b, score_cutoff=rules.max_slips) <= rules.max_slips


def given_slip_pairs(
    entities: Sequence[Entity],
    spelled: Callable[[SourcedName], bool],
    counts: MisspellingRules,
    lang: str,
) -> list[tuple[_Group, _Group]]:
    """(rare full name, frequent full name) pairs of one person whose given name the rare
    one misspells (see the module docstring), in order of the surnames' first mention."""
    rules = _rules(lang)
    by_surname: dict[str, dict[str, list[tuple[str, SourcedName]]]] = {}
    read: dict[tuple[str, ...], tuple[str, str, str] | None] = {}  # once per spelling
    for entity in entities:
        if entity.kind is not NameKind.PERSON:
            continue
        for item in entity.mentions:
            key = item.mention.tokens
            if key in read:
                found = read[key]
            else:
                found = read[key] = _full_name(item, lang)
            if found is None:
                continue
            shown, surname, given = found
            givens = by_surname.setdefault(surname, {})
            givens.setdefault(given, []).append((shown, item))
    pairs = []
    for givens in by_surname.values():
        names = list(givens)
        for i, x in enumerate(names):
            for y in names[i + 1 :]:
                if not soft_slip(x, y, rules):
                    continue
                rare, frequent = sorted((givens[x], givens[y]), key=len)
                if _one_person(rare, frequent, spelled, counts):
                    pairs.append((_group(rare), _group(frequent)))
    return pairs


def _full_name(item: SourcedName, lang: str) -> tuple[str, str, str] | None:
    """A mention's given name and surname as shown ("John Ossoff"), the surname and the
    given name folded; None without a given name."""
    tokens = name_tokens(item.mention, lang)
    if len(tokens) < 2 or is_initial(tokens[0]):
        return None
    return f"{tokens[0]} {tokens[-1]}", fold_name(tokens[-1]), fold_name(tokens[0])


def _one_person(
    rare: Sequence[tuple[str, SourcedName]],
    frequent: Sequence[tuple[str, SourcedName]],
    spelled: Callable[[SourcedName], bool],
    counts: MisspellingRules,
) -> bool:
    if len(rare) > counts.rare_max:
        return False
    if len(frequent) < max(counts.frequent_min, counts.frequent_ratio * len(rare)):
        return False
    if not all(spelled(item) for _, item in (*rare, *frequent)):
        return False
    frequent_sources = {item.source for _, item in frequent}
    if not all(item.source in frequent_sources for _, item in rare):
        return False  # the writer of the slip also spells the name right
    at = {(item.source, item.mention.sentence.start) for _, item in frequent}
    return not any((item.source, item.mention.sentence.start) in at for _, item in rare)


def _group(found: Sequence[tuple[str, SourcedName]]) -> _Group:
    written: dict[str, int] = {}
    for shown, _ in found:
        written[shown] = written.get(shown, 0) + 1
    value = max(written, key=lambda w: written[w])
    return value, [item for _, item in found]
