"""Lone name words of different sources one vowel apart: one name transliterated two ways.

``lone_vowel_pairs(texts, mentions, known, ordinary, spelled)`` pairs two capitalised words that
each source writes alone (no given name, no title: mostly places and bodies read by one
word, "Beiji" / "Baiji", "Isfahan" / "Esfahan", "Janah" / "Jnah") when they differ by one
vowel changed, added or lost (``names.toml`` [lone_vowels]). Both are rare in the story,
so ``misspelling`` (rare against frequent) does not pair them. Kept apart: a word that is
part of any longer name in the story (people are grouped by ``entities``), a word written
in lower case anywhere or opening its sentence ("Follow" / "Fellow"), a first letter
changed in a short word, the last letter changed, added or lost and a vowel changed among
the last ``tail`` letters ("Larsen" / "Larson"), a doubled vowel ("Mari" / "Maari"), a
word of parts ("Israel-Gaza" / "Israeli-Gaza": each part has its own end), and any
source that writes both spellings (then they are two words to it). Linear in the lone
words; candidates are compared only within one consonant skeleton.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import table_settings
from crosscheck.match.names.spellings import fold_name
from crosscheck.names.lexicon import NAMES_LEXICON
from crosscheck.names.records import NameKind, NameMention, SourcedName, sourced


@dataclass(frozen=True, slots=True, kw_only=True)
class _LoneRules:
    letters: frozenset[str]
    min_length: int
    first_min_length: int
    tail: int


@cache
def _rules(lang: str) -> _LoneRules:
    return table_settings(_LoneRules, NAMES_LEXICON, "lone_vowels", lang=lang)


def one_vowel_apart(x: str, y: str, rules: _LoneRules) -> bool:
    """Whether two folded words differ by one vowel changed, added or lost, away from the end.

    "beiji" / "baiji", "isfahan" / "esfahan" (a first letter only in words of at least
    ``first_min_length`` letters), "janah" / "jnah", "batai" / "bati"; not "larsen" /
    "larson" (a vowel changed among the last ``tail`` letters), "maria" / "mario" (the last
    letter), "mari" / "maari" (a doubled vowel).
    """
    shorter, longer = sorted((x, y), key=len)
    if len(shorter) < rules.min_length or len(longer) - len(shorter) > 1 or x == y:
        return False
    pairs = enumerate(zip(shorter, longer, strict=False))
    index = next((i for i, (a, b) in pairs if a != b), len(shorter))
    if index == 0 and len(shorter) < rules.first_min_length:
        return False
    if len(shorter) == len(longer):
        same_rest = shorter[index + 1 :] == longer[index + 1 :]
        changed = {shorter[index], longer[index]}
        return same_rest and changed <= rules.letters and index < len(shorter) - rules.tail
    added = longer[index]
    if longer[index + 1 :] != shorter[index:] or added not in rules.letters:
        return False
    if index >= len(shorter):
        return False  # the last letter added or lost
    neighbours = {longer[index - 1] if index else "", longer[index + 1]}
    return added not in neighbours


def _consonants(word: str, letters: frozenset[str]) -> str:
    return "".join(c for c in word if c not in letters)


def lone_vowel_pairs(
    texts: Mapping[str, str],
    mentions: Mapping[str, Sequence[NameMention]],
    known: Callable[[], Iterable[str]],
    ordinary: Callable[[str], bool],
    spelled: Callable[[SourcedName], bool],
    lang: str,
) -> list[tuple[tuple[str, list[SourcedName]], tuple[str, list[SourcedName]]]]:
    """Pairs of lone words one vowel apart, each written by sources that never write the other.

    Args:
        texts: Each source's text, by source id.
        mentions: Each source's name mentions, by source id.
        known: The folded words of the story's longer names (left to ``entities``), read
            only when two lone words share a consonant skeleton: leaving words out only
            empties skeletons, and a word alone in its skeleton pairs with none.
        ordinary: Whether a folded word is written in lower case in the sources.
        spelled: Whether a mention can spell a name at all (``match.name_pairs``).

    Returns:
        ((spelling, mentions), (spelling, mentions)) per pair, in order of first mention.
    """
    rules = _rules(lang)
    lone = _lone_words(mentions, rules)
    if not _may_pair(lone, rules):
        return []  # no two lone words share a consonant skeleton (most stories)
    taken = frozenset(known())
    lone = {word: found for word, found in lone.items() if word not in taken}
    pairs = []
    for words in _by_skeleton(lone, rules).values():
        for i, x in enumerate(words):
            for y in words[i + 1 :]:
                if not one_vowel_apart(x, y, rules) or ordinary(x) or ordinary(y):
                    continue
                a, b = lone[x], lone[y]
                if _written_by_other(a, b, texts) or _written_by_other(b, a, texts):
                    continue
                if not all(spelled(m) for m in (*a[1], *b[1])):
                    continue
                pairs.append((a, b))
    return pairs


def _lone_words(
    mentions: Mapping[str, Sequence[NameMention]], rules: _LoneRules
) -> dict[str, tuple[str, list[SourcedName]]]:
    """Each folded word written alone (not at a sentence's start): its first spelling and
    its mentions, in order of first mention."""
    lone: dict[str, tuple[str, list[SourcedName]]] = {}
    for source, found in mentions.items():
        for mention in found:
            if mention.kind is not NameKind.UNKNOWN or len(mention.tokens) != 1:
                continue
            if _opens(mention):
                continue  # a sentence's first word may be an ordinary word ("Follow us")
            folded = fold_name(mention.text)
            if len(folded) < rules.min_length or not mention.text.isalpha():
                continue
            lone.setdefault(folded, (mention.text, []))[1].append(sourced(source, mention))
    return lone


def _opens(mention: NameMention) -> bool:
    """Whether only white space comes before a mention in its sentence (asked of each lone
    word: a sentence that opens with a word needs no look at the text before it)."""
    offset = mention.start - mention.sentence.start
    text = mention.sentence.text
    return offset == 0 or (text[0].isspace() and not text[:offset].strip())


def _may_pair(lone: Mapping[str, object], rules: _LoneRules) -> bool:
    """Whether two lone words share a consonant skeleton, before the words of longer names
    are left out: pairs are made only within one skeleton, and leaving words out only
    empties skeletons, so when this is False no pair can be made and ``known`` is not read."""
    return any(len(words) > 1 for words in _by_skeleton(lone, rules).values())


def _by_skeleton(lone: Mapping[str, object], rules: _LoneRules) -> dict[str, list[str]]:
    """The lone words by consonant skeleton, in order of first mention."""
    by_skeleton: dict[str, list[str]] = {}
    for folded in lone:
        by_skeleton.setdefault(_consonants(folded, rules.letters), []).append(folded)
    return by_skeleton


def _written_by_other(
    a: tuple[str, list[SourcedName]], b: tuple[str, list[SourcedName]], texts: Mapping[str, str]
) -> bool:
    """Whether a source of spelling ``a`` also writes spelling ``b`` anywhere."""
    return any(b[0] in texts.get(source, "") for source in {m.source for m in a[1]})
