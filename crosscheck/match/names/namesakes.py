"""Surnames written with one given name -> the pairs one slip apart ("Chuck Hagel" / "Chuck Hagen").

``misspelling`` pairs a rare name word with a frequent one by their counts. A person named
in full is stronger evidence: when two surnames one slip apart are each written after the
same given name ("Bowe Bergdahl" / "Bowe Berghdal", "Richard Donohue" / "Richard H.
Donahue"), they spell one person's name, even when each is written once. The slips: one
letter changed, added or lost inside the word, two neighbours swapped, one letter moved
("Bergdahl" / "Berghdal"), or the last letters cut off ("Hodgkins" / "Hodgkinson"). A long
surname (``names.toml`` [namesakes] ``two_slips_min_length`` letters) may take two such slips,
first and last letters kept ("Eric Dartell" / "Eric Drattell", "Yulia Scribal" / "Yulia
Skripal"): the given name and the guards below say more than the letters do.

Two people who share a given name and nearly a surname ("John Kerry" / "John Kelly") are
kept apart by what a slip looks like: the rare spelling is written only in full, with that
given name (a second person is soon called by the surname alone); the two spellings are
never in one sentence; and either no source writes both (each outlet spells the one person
its own way) or the counts say one is a slip (rare, against a frequent spelling).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from rapidfuzz.distance import OSA

from crosscheck.lexicon import load_lexicon, require
from crosscheck.match.names.slip_rules import MisspellingRules, Occurrence
from crosscheck.match.names.spellings import fold_name, vowel_class
from crosscheck.names.lexicon import NAMES_LEXICON


def surnames_by_given(
    named: Mapping[str, Sequence[Occurrence]], words: Iterable[str], surname: str
) -> dict[str, set[str]]:
    """Each folded given name -> the (folded) surname words written after it."""
    found: dict[str, set[str]] = {}
    folded: dict[str, str] = {}
    for word in words:
        for occurrence in named[word]:
            given = occurrence.given
            if occurrence.role == surname and given:
                key = folded.get(given)
                if key is None:
                    key = folded[given] = fold_name(given)
                found.setdefault(key, set()).add(word)
    return found


def namesake_candidates(
    rare: str, found: Sequence[Occurrence], by_given: Mapping[str, set[str]], cut: int, lang: str
) -> list[str]:
    """The surnames written with one of the rare word's given names that are one slip from it."""
    written = {o.given for o in found if o.given}
    if not written:
        return []
    near = {
        w for g in sorted({fold_name(g) for g in written}) for w in by_given.get(g, ()) if w != rare
    }
    return sorted(w for w in near if one_slip(rare, w, cut) or two_slips(rare, w, lang))


@cache
def _two_slips_min_length(lang: str) -> int:
    table = require(load_lexicon(NAMES_LEXICON, lang), "namesakes", dict, NAMES_LEXICON, lang=lang)
    return int(require(table, "two_slips_min_length", int, NAMES_LEXICON, lang=lang))


def two_slips(a: str, b: str, lang: str) -> bool:
    """Two folded long words two slips apart (letters changed, added, lost or two neighbours
    swapped), the first and the last letter kept: "dartell" / "drattell" (the length of a
    long word is language ``lang``'s)."""
    if min(len(a), len(b)) < _two_slips_min_length(lang):
        return False
    if a[0] != b[0] or a[-1] != b[-1]:
        return False
    return OSA.distance(a, b, score_cutoff=2) <= 2


def one_slip(a: str, b: str, cut: int) -> bool:
    """Two folded words one slip apart, the first letter kept (see the module docstring)."""
    if a[:1] != b[:1] or a == b:
        return False
    shorter, longer = sorted((a, b), key=len)
    extra = len(longer) - len(shorter)
    if extra == 0:
        differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(differ) == 1:
            return True  # a letter changed
        return _moved(a, b, differ)
    if extra == 1:
        return any(longer[:i] + longer[i + 1 :] == shorter for i in range(1, len(longer)))
    return extra <= cut and longer.startswith(shorter)  # the last letters cut off


def _moved(a: str, b: str, differ: Sequence[int]) -> bool:
    """One letter moved, within the letters that differ ("bergdahl" / "berghdal")."""
    first, last = differ[0], differ[-1]
    inner_a, inner_b = a[first : last + 1], b[first : last + 1]
    forward = inner_a[1:] == inner_b[:-1] and inner_a[0] == inner_b[-1]
    return forward or (inner_a[:-1] == inner_b[1:] and inner_a[-1] == inner_b[0])


def namesake_slip(
    rare_found: Sequence[Occurrence],
    word_found: Sequence[Occurrence],
    rules: MisspellingRules,
    lang: str,
) -> bool:
    """Whether a rare surname is a slip of another written with the same given name."""
    if own_spellings(rare_found, word_found, lang):
        return True  # each outlet spells the one person its own way, consistently
    if len(rare_found) > rules.rare_max or not all(o.given for o in rare_found):
        return False  # a second person is called by the surname alone
    rare_given = {fold_name(o.given) for o in rare_found if o.given}
    if len(rare_given) != 1 or not rare_given & {fold_name(o.given) for o in word_found if o.given}:
        return False
    rare_at = {(o.item.source, o.item.mention.sentence.start) for o in rare_found}
    if any((o.item.source, o.item.mention.sentence.start) in rare_at for o in word_found):
        return False  # both in one sentence: two people
    rare_sources = {o.item.source for o in rare_found}
    if not rare_sources & {o.item.source for o in word_found}:
        return True  # each source spells the one person its own way
    return len(word_found) >= max(rules.frequent_min, rules.frequent_ratio * len(rare_found))


def own_spellings(first: Sequence[Occurrence], second: Sequence[Occurrence], lang: str) -> bool:
    """Two surnames one slip apart, each an outlet's own spelling of one person's name:
    "Richard Donahoe ... Donahoe" in one source, "Richard Donohoe ... Donohoe" in others.

    No source writes both spellings (one that did would be writing two people), each source
    writes its spelling at least once with the given name, and every given name written with
    either spelling is one and the same (a "Sarah Donohoe" beside a "Richard Donahoe" is
    another person). The slip is only a vowel changed or a letter doubled
    (``vowel_or_double_slip``): without counts to weigh, a changed consonant is another name
    ("Mitch McConnell" / "Mitch McDonnell"). The counts do not matter: each outlet is
    consistent with itself.
    """
    if not vowel_or_double_slip(fold_name(first[0].word), fold_name(second[0].word), lang):
        return False  # "McConnell" / "McDonnell": a consonant makes another name
    sources = [{o.item.source for o in found} for found in (first, second)]
    if sources[0] & sources[1]:
        return False
    given = {fold_name(o.given) for found in (first, second) for o in found if o.given}
    if len(given) != 1:
        return False
    for found, written in zip((first, second), sources, strict=True):
        if {o.item.source for o in found if o.given} != written:
            return False  # a source calls it only by the surname: no given name to agree
    return True


def vowel_or_double_slip(a: str, b: str, lang: str) -> bool:
    """Two different folded words alike once every vowel is read as one and doubled letters
    as single ("donahoe" / "donohoe", "lubitz" / "lubbitz"), the first letter kept."""
    if a == b or a[:1] != b[:1]:
        return False
    return _softened(a, lang) == _softened(b, lang)


def _softened(word: str, lang: str) -> str:
    vowels = vowel_class(lang)
    mapped = word.translate(vowels)
    return "".join(c for i, c in enumerate(mapped) if not i or c != mapped[i - 1])
