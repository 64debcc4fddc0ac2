"""Name mentions per source -> entities: the mentions that name one person or body."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import combinations
from typing import Final

from crosscheck.lexicon import load_lexicon, require
from crosscheck.match.engine import NAMES, scorer
from crosscheck.match.engine import UnionFind as _Union
from crosscheck.match.families import BODIES, matched_pairs, surnames
from crosscheck.names.lexicon import (
    NAMES_LEXICON,
    _fold,
    _key,
    _name_words,
    _same_given_skeleton,
    _transliteration,
    core_word,
    lost_inside,
    skeleton,
    slipped_given,
    vowel_class,
)
from crosscheck.names.records import (
    Entity,
    NameKind,
    NameMention,
    SourcedName,
    new_entity,
    sourced,
)
from crosscheck.names.slip_joins import short_given_slip, slipped_places

# --------------------------------------------------------------------------- entities


def _name_tokens(mention: NameMention) -> tuple[str, ...]:
    """The capitalised words of a name, without hyphenated particles ("Al-Qaida" -> "Qaida")."""
    found = _CAPITALISED.get(mention.tokens)
    if found is None:  # a story asks this of each mention several times: made once
        if len(_CAPITALISED) >= _CACHED_SPELLINGS:
            _CAPITALISED.clear()
        cores = (core_word(t) if "-" in t else t for t in mention.tokens)
        found = _CAPITALISED[mention.tokens] = tuple(t for t in cores if t[:1].isupper())
    return found


_CAPITALISED: dict[tuple[str, ...], tuple[str, ...]] = {}
_CACHED_SPELLINGS: Final = 20_000


def _org_key(mention: NameMention) -> str:
    """A body's words, folded, less articles, a misspelt cue spelt right ("Departmement")."""
    found = _ORG_KEYS.get(mention.tokens)
    if found is None:  # a story names a body many times: made once per spelling
        if len(_ORG_KEYS) >= _CACHED_SPELLINGS:
            _ORG_KEYS.clear()
        names = _name_words()
        skipped, slipped = names.articles, names.slipped_cues
        words = [_fold(t) for t in mention.tokens if _key(t) not in skipped]
        words = [slipped.get(w, w) for w in words]
        found = _ORG_KEYS[mention.tokens] = " ".join(w for w in words if w)
    return found


_ORG_KEYS: dict[tuple[str, ...], str] = {}


@lru_cache(maxsize=1 << 14)  # bodies' names repeat across mentions; bounded memory
def _org_spelling(key: str) -> str:
    """An organisation's key with each word spelled one way ("organisation" -> "organization")."""
    rules = _transliteration().organisation_rules
    words = []
    for word in key.split(" "):
        for pattern, replacement in rules:
            word = pattern.sub(replacement, word)
        words.append(word)
    return " ".join(words)


def _initials(mention: NameMention) -> str:
    """ "Associated Press" -> "AP"; an acronym counts whole ("AK Party" -> "AKP")."""
    return "".join(
        t if t.isupper() and len(t) > 1 else t[0] for t in mention.tokens if t[:1].isupper()
    )


def group_entities(mentions_by_source: Mapping[str, Sequence[NameMention]]) -> list[Entity]:
    """Group the mentions that name the same person, body or place across sources.

    Full names are one person when their surnames are spellings of one name and their given
    names are too (transliteration variants count, "Viktor" and "Alexander" do not). A
    lone surname joins the one person with that surname; when several people share it, the
    one named in the same source; otherwise it stays apart. Organisations join on the same
    words (or nearly) and on an acronym given for them ("OHCHR").

    Args:
        mentions_by_source: Name mentions per source id, in source order.

    Returns:
        The entities in order of first mention.
    """
    items = [
        sourced(source, m) for source, mentions in mentions_by_source.items() for m in mentions
    ]
    union = _Union(len(items))
    kinds = _by_kind(items)
    _join_people(items, union, kinds)
    _join_organisations(items, union, kinds.organisations)
    _join_places(items, union, kinds.places)
    groups: dict[int, list[SourcedName]] = {}
    for root, item in zip(union.roots(), items, strict=True):
        groups.setdefault(root, []).append(item)
    return [_entity(members) for _, members in sorted(groups.items())]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Kinds:
    """The indices of a story's mentions that each joining step reads, in mention order."""

    full: list[int]  # a person named in two name words or more
    singles: list[int]  # one word, a person's or unknown: a lone surname
    organisations: list[int]
    places: list[int]


def _by_kind(items: Sequence[SourcedName]) -> _Kinds:
    """The mentions each step of ``group_entities`` joins, sorted out in one pass (each step
    read every mention for its own before)."""
    kinds = _Kinds(full=[], singles=[], organisations=[], places=[])
    person, unknown = NameKind.PERSON, NameKind.UNKNOWN
    organisation, place = NameKind.ORGANISATION, NameKind.PLACE
    for index, item in enumerate(items):
        mention = item.mention
        kind = mention.kind
        if kind is person or kind is unknown:
            if len(mention.tokens) == 1:
                kinds.singles.append(index)
            elif kind is person and len(_name_tokens(mention)) >= 2:
                kinds.full.append(index)
        elif kind is organisation:
            kinds.organisations.append(index)
        elif kind is place:
            kinds.places.append(index)
    return kinds


class _CloseKeys:
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


def _join_people(items: Sequence[SourcedName], union: _Union, kinds: _Kinds) -> None:
    """Join full names whose surnames and given names are spellings of one name.

    Two words in opposite order ("Hamyd Mourad" / "Mourad Hamyd") are one name too, unless
    one sentence writes both (two people: "Tomas Ellery and his nephew Ellery Tomas").

    Spellings are reduced to their (given name, surname) skeletons first, each computed
    once; equal skeletons join at once, and only surnames matched as ``surnames`` of
    ``match.families`` (blocked on their first letter) are compared further.
    """
    table = _transliteration()
    skeletons: dict[str, str] = {}
    full = kinds.full
    first_of: dict[tuple[str, str], int] = {}
    two_words: set[tuple[str, str]] = set()
    sentences: dict[tuple[str, str], set[tuple[str, int]]] = {}  # where each name is written
    key_of: dict[tuple[str, ...], tuple[tuple[str, str], bool]] = {}  # once per spelling
    for i in full:
        item = items[i]
        mention = item.mention
        found = key_of.get(mention.tokens)
        if found is None:
            tokens = _name_tokens(mention)
            found = key_of[mention.tokens] = (
                (
                    _skeleton_of(tokens[0].casefold(), skeletons),
                    _skeleton_of(tokens[-1].casefold(), skeletons),
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
    _join_long_names(items, full, union, skeletons)
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
                        same_given[pair] = _same_given_skeleton(given, other_given) or (
                            None if slipped_given(given, other_given) else False
                        )
                    a, b = first_of[(given, surname)], first_of[(other_given, other)]
                    same = same_given[pair]
                    if (
                        same is False
                        and surname == other
                        and _given_letter_slip(items[a], items[b])
                    ):
                        same = None  # a soft letter of the given name, the surname alike
                    if same or (
                        same is None
                        and not sentences[(given, surname)] & sentences[(other_given, other)]
                    ):  # a slip of two letters, unless one sentence writes both people
                        union.join(a, b)
    _attach_singles(items, union, kinds, skeletons)


def _given_letter_slip(a: SourcedName, b: SourcedName) -> bool:
    """Given names of one surname, as written, one soft letter apart inside the word
    ("Dzhokhar" / "Dzhokar", "Khizr" / "Khizir", "Philippe" / "Philppe"): a vowel or an "h"
    (``given_slip_letters``) added or lost, neither the first letter nor the last, the
    shorter name of ``given_slip_min_length`` letters at least; or one vowel changed inside
    names of ``given_changed_min_length`` letters ("Kataeb" / "Kataib"). A consonant added
    ("Ivana" / "Ivanka") or a changed ending ("Louis" / "Louise", "Maria" / "Mario") is
    another person's name. A shorter given name joins only with an "h" lost inside
    (``short_given_slip``: "Jon" / "John"; "Jon" / "Joan" may be two people); the caller
    still keeps apart two names written in one sentence."""
    letters, minimum, changed_minimum = _given_slip_rules()
    shorter, longer = sorted(
        (_fold(_name_tokens(item.mention)[0]) for item in (a, b)),
        key=lambda word: (len(word), word),
    )
    if short_given_slip(shorter, longer):
        return True  # "Jon" / "John": an "h" lost in a short given name
    if len(shorter) == len(longer) >= changed_minimum:
        differ = [i for i, (x, y) in enumerate(zip(shorter, longer, strict=True)) if x != y]
        return (
            len(differ) == 1
            and 0 < differ[0] < len(shorter) - 1
            and ord(shorter[differ[0]]) in vowel_class()
            and ord(longer[differ[0]]) in vowel_class()
        )
    return len(shorter) >= minimum and lost_inside(longer, shorter, letters)


@cache
def _given_slip_rules() -> tuple[str, int, int]:
    lexicon = load_lexicon(NAMES_LEXICON)
    letters = require(lexicon, "given_slip_letters", str, NAMES_LEXICON)
    minimum = require(lexicon, "given_slip_min_length", int, NAMES_LEXICON)
    return letters, minimum, require(lexicon, "given_changed_min_length", int, NAMES_LEXICON)


def _join_long_names(
    items: Sequence[SourcedName], full: Sequence[int], union: _Union, skeletons: dict[str, str]
) -> None:
    """Join full names of three or more words that differ only in their vowels after
    transliteration ("Abdiqadir Mohamed Nor" / "Abdikadir Mohamed Nur"), with at least one
    word written alike: three words agreeing so closely name one person."""
    vowels = vowel_class()
    first: dict[tuple[str, ...], int] = {}
    for i in full:
        tokens = _name_tokens(items[i].mention)
        if len(tokens) < _LONG_NAME:
            continue
        key = tuple(_skeleton_of(t.casefold(), skeletons).translate(vowels) for t in tokens)
        other = first.setdefault(key, i)
        if other != i and not {_fold(t) for t in tokens}.isdisjoint(
            _fold(t) for t in _name_tokens(items[other].mention)
        ):
            union.join(other, i)


_LONG_NAME: Final = 3


def _skeleton_of(word: str, memo: dict[str, str]) -> str:
    """``skeleton(word)``, computed once per distinct word of one call."""
    found = memo.get(word)
    if found is None:
        found = memo[word] = skeleton(word)
    return found


def _attach_singles(
    items: Sequence[SourcedName], union: _Union, kinds: _Kinds, skeletons: dict[str, str]
) -> None:
    """Lone surnames join the one person they can name; the rest join each other.

    Surnames are compared once per distinct spelling (skeleton), not once per mention, and
    only with the close ones (``_CloseKeys``), so a story with thousands of mentions of
    many people stays fast.
    """
    table = _transliteration()
    people: dict[int, list[int]] = {}
    for i in kinds.full:
        people.setdefault(union.find(i), []).append(i)
    roots_by_surname: dict[str, list[int]] = {}
    sources_of: dict[int, set[str]] = {}
    surnames = _CloseKeys(table.surname_threshold, table.fuzzy_min_length)
    for root, members in people.items():
        sources_of[root] = {items[m].source for m in members}
        for surname in dict.fromkeys(
            _skeleton_of(_name_tokens(items[m].mention)[-1], skeletons) for m in members
        ):
            roots_by_surname.setdefault(surname, []).append(root)
            surnames.add(surname)
    order = {root: n for n, root in enumerate(people)}
    candidates_of: dict[str, list[int]] = {}
    loose: dict[str, int] = {}
    loose_keys = _CloseKeys(table.surname_threshold, table.fuzzy_min_length)
    loose_match: dict[str, str | None] = {}
    word_of: dict[str, str] = {}
    target_of: dict[tuple[str, str], int | None] = {}  # (word as written, source) -> joined to
    for index in kinds.singles:  # a lone person's or unknown name word
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
            word = word_of[token] = _skeleton_of(core_word(token), skeletons)
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


def _join_organisations(items: Sequence[SourcedName], union: _Union, orgs: Sequence[int]) -> None:
    first_of: dict[str, int] = {}
    for i in orgs:
        key = _org_spelling(_org_key(items[i].mention))
        if key in first_of:
            union.join(first_of[key], i)
        else:
            first_of[key] = i
    threshold = _transliteration().organisation_threshold
    long_keys = [key for key in first_of if len(key) >= 8]
    for i, j in matched_pairs(long_keys, BODIES, threshold):
        union.join(first_of[long_keys[i]], first_of[long_keys[j]])
    cues = _name_words().cues
    alike: dict[tuple[str, ...], list[str]] = {}  # a body's own words, sorted -> its keys
    for key in first_of:
        words = content_words(key)
        if len(words) >= _LONG_NAME:
            alike.setdefault(tuple(sorted(w for w in words if w not in cues)), []).append(key)
    for keys in alike.values():
        for a, b in combinations(keys, 2):
            if swapped_words(a, b):
                union.join(first_of[a], first_of[b])
    acronyms = {_fold(items[i].mention.text): i for i in orgs if len(items[i].mention.tokens) == 1}
    for key, index in first_of.items():
        mention = items[index].mention
        if len(mention.tokens) < 2:
            continue
        spelled = [_fold(mention.alias or ""), _fold(_initials(mention))]
        for form in spelled:
            if len(form) >= 2 and form in acronyms and " " in key:
                union.join(acronyms[form], index)
                break


def content_words(key: str) -> list[str]:
    """The words of a body's name that are not connectors ("for", "and", "&")."""
    connectors = _name_words().connectors
    words = (_fold(w) for w in key.split())
    return [w for w in words if w and w not in connectors]


def swapped_words(a: str, b: str) -> bool:
    """Two names of one body with two of its own words swapped ("Centers for Medicare &
    Medicaid Services" / "Centers for Medicaid and Medicare").

    At least three content words, at most one more in the longer, and the same words other
    than a body's word (``organisation_cues``: "Services") but two neighbours swapped. A
    body's word moved ("Homeland Security Department" / "Department of Homeland
    Security") or a short name ("House Oversight Committee" / "House Committee on
    Oversight and Government Reform") is the house style of a name, not a variant.
    """
    words_a, words_b = content_words(a), content_words(b)
    shorter, longer = sorted((words_a, words_b), key=len)
    if len(shorter) < _LONG_NAME or len(longer) - len(shorter) > 1:
        return False
    cues = _name_words().cues
    own_a, own_b = [w for w in words_a if w not in cues], [w for w in words_b if w not in cues]
    if len(own_a) < 2 or len(own_a) != len(own_b) or len(set(own_a)) < len(own_a):
        return False
    differ = [i for i, (x, y) in enumerate(zip(own_a, own_b, strict=True)) if x != y]
    return (  # two neighbouring words swapped, the rest in place
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and own_a[differ[0]] == own_b[differ[1]]
        and own_a[differ[1]] == own_b[differ[0]]
    )


def _join_places(items: Sequence[SourcedName], union: _Union, places: Sequence[int]) -> None:
    """Join places of the same words, or of one word misspelt (``slipped_places``)."""
    first_of: dict[str, int] = {}
    for i in places:
        key = _org_key(items[i].mention)
        if key in first_of:
            union.join(first_of[key], i)
        else:
            first_of[key] = i
    keys = list(first_of)
    for i, j in slipped_places(keys):
        union.join(first_of[keys[i]], first_of[keys[j]])


_ENTITY_KINDS: Final = frozenset((NameKind.PERSON, NameKind.ORGANISATION, NameKind.PLACE))


def _entity(members: Sequence[SourcedName]) -> Entity:
    if len(members) == 1:  # most entities: one mention names itself (as below, faster)
        mention = members[0].mention
        kind = mention.kind if mention.kind in _ENTITY_KINDS else NameKind.UNKNOWN
        return new_entity(kind, tuple(members))
    kinds = {m.mention.kind for m in members}
    kind = next(
        (k for k in (NameKind.PERSON, NameKind.ORGANISATION, NameKind.PLACE) if k in kinds),
        NameKind.UNKNOWN,
    )
    return new_entity(kind, tuple(members))


def entity_name(entity: Entity) -> str:
    """The most common full spelling of an entity's name ("Alexander Lukashenko"): of the
    mentions of the most name words, the text written most often, then by the most
    sources, then the first written.

    Read only for a row's subject (``variants``), so it is found for the few entities that
    pair, not made for each of a story's entities (speed17).
    """
    members = entity.mentions
    if len(members) == 1:
        return members[0].mention.text
    lengths = [len(_name_tokens(m.mention)) for m in members]
    longest = max(lengths)
    full = [m for m, length in zip(members, lengths, strict=True) if length == longest]
    counts = Counter(m.mention.text for m in full)
    sources: dict[str, set[str]] = {}
    for m in full:
        sources.setdefault(m.mention.text, set()).add(m.source)
    order = list(dict.fromkeys(m.mention.text for m in full))
    return min(order, key=lambda t: (-counts[t], -len(sources[t]), order.index(t)))
