"""A story's mentions of people -> joined in one union: full names whose given names and
surnames are spellings of one name (``join_people``), then each lone surname with the one
person it can name.

Spellings are reduced to skeletons once per distinct word, and surnames are compared only
with the close ones (``CloseKeys``), so a story of thousands of mentions stays fast.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

from crosscheck.lexicon import load_lexicon, require
from crosscheck.match.engine import NAMES, scorer
from crosscheck.match.engine import UnionFind as _Union
from crosscheck.match.families import matched_pairs, surnames
from crosscheck.match.names.name_keys import LONG_NAME, name_tokens
from crosscheck.match.names.slip_joins import short_given_slip
from crosscheck.match.names.spellings import (
    fold_name,
    lost_inside,
    same_given_skeleton,
    skeleton,
    slipped_given,
    transliteration_rules,
    vowel_class,
)
from crosscheck.names.lexicon import NAMES_LEXICON, core_word
from crosscheck.names.records import SourcedName


class CloseKeys:
    """Skeletons bucketed by first letter and length: the close ones of a key, found fast.

    Two skeletons are one spelling when equal, or when both have ``min_length`` letters, the
    same first letter and a rapidfuzz ratio of at least ``threshold`` (see ``_similar``).
    The ratio is 200 * common / (len a + len b), so it can only reach the threshold between
    lengths within a fixed factor: only those buckets are compared, never every pair.
    """

    def __init__(self, threshold: float, min_length: int) -> None:
        self.threshold = threshold
        self.min_length = min_length
        self._order: dict[str, int] = {}
        self._buckets: dict[tuple[str, int], list[str]] = {}

    def add(self, key: str) -> None:
        """Remember ``key`` (once)."""
        if key not in self._order:
            self._order[key] = len(self._order)
            self._buckets.setdefault((key[:1], len(key)), []).append(key)

    def close(self, key: str) -> list[str]:
        """The keys added that are spellings of ``key`` (itself included), in order added."""
        found = [key] if key in self._order else []
        size, threshold = len(key), self.threshold
        if size >= self.min_length and 0 < threshold < 200:
            low = max(self.min_length, math.floor(size * threshold / (200 - threshold)))
            high = math.ceil(size * (200 - threshold) / threshold)
            ratio = scorer(NAMES)
            for length in range(low, high + 1):
                for other in self._buckets.get((key[:1], length), ()):
                    if other != key and ratio(key, other) >= threshold:
                        found.append(other)
        return sorted(found, key=self._order.__getitem__)


def join_people(
    items: Sequence[SourcedName],
    union: _Union,
    full: Sequence[int],
    singles: Sequence[int],
    lang: str,
) -> None:
    """Join full names whose surnames and given names are spellings of one name.

    Two words in opposite order ("Hamyd Mourad" / "Mourad Hamyd") are one name too, unless
    one sentence writes both (two people: "Tomas Ellery and his nephew Ellery Tomas").

    Spellings are reduced to their (given name, surname) skeletons first, each computed
    once; equal skeletons join at once, and only surnames matched as ``surnames`` of
    ``match.families`` (blocked on their first letter) are compared further. Then the lone
    surnames (``singles``) join the one person each can name. The lexicons read are those of
    the story's language ``lang``.
    """
    table = transliteration_rules(lang)
    skeletons: dict[str, str] = {}
    first_of: dict[tuple[str, str], int] = {}
    two_words: set[tuple[str, str]] = set()
    sentences: dict[tuple[str, str], set[tuple[str, int]]] = {}  # where each name is written
    key_of: dict[tuple[str, ...], tuple[tuple[str, str], bool]] = {}  # once per spelling
    for i in full:
        item = items[i]
        mention = item.mention
        found = key_of.get(mention.tokens)
        if found is None:
            tokens = name_tokens(mention, lang)
            found = key_of[mention.tokens] = (
                (
                    _skeleton_of(tokens[0].casefold(), skeletons, lang),
                    _skeleton_of(tokens[-1].casefold(), skeletons, lang),
                ),
                len(tokens) == 2,
            )
        key, two = found
        if two:
            two_words.add(key)
        sentences.setdefault(key, set()).add((item.source, mention.sentence.start))
        if key in first_of:
            union.join(first_of[key], i)
        else:
            first_of[key] = i
    _join_long_names(items, full, union, skeletons, lang)
    for given, surname in sorted(two_words):
        if given != surname and (surname, given) in two_words:  # "Hamyd Mourad" / "Mourad Hamyd"
            if sentences[(given, surname)] & sentences[(surname, given)]:
                continue  # "Tomas Ellery and Ellery Tomas" in one sentence: two people
            union.join(first_of[(given, surname)], first_of[(surname, given)])
    givens: dict[str, list[str]] = {}
    for given, surname in first_of:
        givens.setdefault(surname, []).append(given)
    same_given: dict[tuple[str, str], bool | None] = {}
    words = list(givens)
    close = {word: [word] for word in words}  # each pair of surnames once, in order
    for x, y in matched_pairs(words, surnames(table.fuzzy_min_length), table.surname_threshold):
        close[words[x]].append(words[y])
    for surname in givens:
        for other in close[surname]:
            for given in givens[surname]:
                for other_given in givens[other]:
                    pair = (given, other_given)
                    if pair not in same_given:
                        same_given[pair] = same_given_skeleton(given, other_given, lang) or (
                            None if slipped_given(given, other_given, lang) else False
                        )
                    a, b = first_of[(given, surname)], first_of[(other_given, other)]
                    same = same_given[pair]
                    if (
                        same is False
                        and surname == other
                        and _given_letter_slip(items[a], items[b], lang)
                    ):
                        same = None  # a soft letter of the given name, the surname alike
                    if same or (
                        same is None
                        and not sentences[(given, surname)] & sentences[(other_given, other)]
                    ):  # a slip of two letters, unless one sentence writes both people
                        union.join(a, b)
    _attach_singles(items, union, full, singles, skeletons, lang)


def _given_letter_slip(a: SourcedName, b: SourcedName, lang: str) -> bool:
    """Given names of one surname, as written, one soft letter apart inside the word
    ("Dzhokhar" / "Dzhokar", "Khizr" / "Khizir", "Philippe" / "Philppe"): a vowel or an "h"
    (``given_slip_letters``) added or lost, neither the first letter nor the last, the
    shorter name of ``given_slip_min_length`` letters at least; or one vowel changed inside
    names of ``given_changed_min_length`` letters ("Kataeb" / "Kataib"). A consonant added
    ("Ivana" / "Ivanka") or a changed ending ("Louis" / "Louise", "Maria" / "Mario") is
    another person's name. A shorter given name joins only with an "h" lost inside
    (``short_given_slip``: "Jon" / "John"; "Jon" / "Joan" may be two people); the caller
    still keeps apart two names written in one sentence."""
    letters, minimum, changed_minimum = _given_slip_rules(lang)
    shorter, longer = sorted(
        (fold_name(name_tokens(item.mention, lang)[0]) for item in (a, b)),
        key=lambda word: (len(word), word),
    )
    if short_given_slip(shorter, longer, lang):
        return True  # "Jon" / "John": an "h" lost in a short given name
    if len(shorter) == len(longer) >= changed_minimum:
        differ = [i for i, (x, y) in enumerate(zip(shorter, longer, strict=True)) if x != y]
        return (
            len(differ) == 1
            and 0 < differ[0] < len(shorter) - 1
            and ord(shorter[differ[0]]) in vowel_class(lang)
            and ord(longer[differ[0]]) in vowel_class(lang)
        )
    return len(shorter) >= minimum and lost_inside(longer, shorter, letters)


@cache
def _given_slip_rules(lang: str) -> tuple[str, int, int]:
    lexicon = load_lexicon(NAMES_LEXICON, lang)
    letters = require(lexicon, "given_slip_letters", str, NAMES_LEXICON, lang=lang)
    minimum = require(lexicon, "given_slip_min_length", int, NAMES_LEXICON, lang=lang)
    changed = require(lexicon, "given_changed_min_length", int, NAMES_LEXICON, lang=lang)
    return letters, minimum, changed


def _join_long_names(
    items: Sequence[SourcedName],
    full: Sequence[int],
    union: _Union,
    skeletons: dict[str, str],
    lang: str,
) -> None:
    """Join full names of three or more words that differ only in their vowels after
    transliteration ("Abdiqadir Mohamed Nor" / "Abdikadir Mohamed Nur"), with at least one
    word written alike: three words agreeing so closely name one person."""
    vowels = vowel_class(lang)
    first: dict[tuple[str, ...], int] = {}
    for i in full:
        tokens = name_tokens(items[i].mention, lang)
        if len(tokens) < LONG_NAME:
            continue
        key = tuple(_skeleton_of(t.casefold(), skeletons, lang).translate(vowels) for t in tokens)
        other = first.setdefault(key, i)
        if other != i and not {fold_name(t) for t in tokens}.isdisjoint(
            fold_name(t) for t in name_tokens(items[other].mention, lang)
        ):
            union.join(other, i)


def _skeleton_of(word: str, memo: dict[str, str], lang: str) -> str:
    """``skeleton(word, lang)``, computed once per distinct word of one call."""
    found = memo.get(word)
    if found is None:
        found = memo[word] = skeleton(word, lang)
    return found


def _attach_singles(
    items: Sequence[SourcedName],
    union: _Union,
    full: Sequence[int],
    singles: Sequence[int],
    skeletons: dict[str, str],
    lang: str,
) -> None:
    """Lone surnames join the one person they can name; the rest join each other.

    Surnames are compared once per distinct spelling (skeleton), not once per mention, and
    only with the close ones (``CloseKeys``), so a story with thousands of mentions of
    many people stays fast.
    """
    table = transliteration_rules(lang)
    people: dict[int, list[int]] = {}
    for i in full:
        people.setdefault(union.find(i), []).append(i)
    roots_by_surname: dict[str, list[int]] = {}
    sources_of: dict[int, set[str]] = {}
    surnames = CloseKeys(table.surname_threshold, table.fuzzy_min_length)
    for root, members in people.items():
        sources_of[root] = {items[m].source for m in members}
        for surname in dict.fromkeys(
            _skeleton_of(name_tokens(items[m].mention, lang)[-1], skeletons, lang) for m in members
        ):
            roots_by_surname.setdefault(surname, []).append(root)
            surnames.add(surname)
    order = {root: n for n, root in enumerate(people)}
    candidates_of: dict[str, list[int]] = {}
    loose: dict[str, int] = {}
    loose_keys = CloseKeys(table.surname_threshold, table.fuzzy_min_length)
    loose_match: dict[str, str | None] = {}
    word_of: dict[str, str] = {}
    target_of: dict[tuple[str, str], int | None] = {}  # (word as written, source) -> joined to
    for index in singles:  # a lone person's or unknown name word
        item = items[index]
        token = item.mention.tokens[0]
        key = (token, item.source)
        if key in target_of:  # the same word in the same source joins the same mention
            target = target_of[key]
            if target is not None:
                union.join(target, index)
            continue
        word = word_of.get(token)
        if word is None:  # a surname is written alone many times: its skeleton read once
            word = word_of[token] = _skeleton_of(core_word(token, lang), skeletons, lang)
        if word not in candidates_of:
            found = {root for surname in surnames.close(word) for root in roots_by_surname[surname]}
            candidates_of[word] = sorted(found, key=order.__getitem__)
        candidates = candidates_of[word]
        if len(candidates) > 1:
            candidates = [root for root in candidates if item.source in sources_of[root]]
        if len(candidates) == 1:
            union.join(candidates[0], index)
            target_of[key] = candidates[0]
            continue
        if candidates:
            target_of[key] = None
            continue  # ambiguous: several people in this very source share the surname
        if word not in loose_match:
            close = loose_keys.close(word)
            loose_match[word] = close[0] if close else None
        match = loose_match[word]
        if match is None:
            loose[word] = index
            loose_keys.add(word)
            loose_match[word] = word
        else:
            union.join(loose[match], index)
        target_of[key] = loose[word if match is None else match]
