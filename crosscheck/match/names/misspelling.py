"""Name words of one story -> one-off misspellings of a frequent name word ("Pyonyang").

A misspelling is a name word written once or twice that is one slip away from a word the
story writes often: a letter lost ("Pyonyang" / "Pyongyang", "Rossell" / "Rosselló"), one
added ("Masssachusetts"), two neighbours swapped ("Murkowksi" / "Murkowski"), two letters
swapped around the one between them ("Zahef" / "Zehaf") or one letter moved over two others
("Stephanopolous" / "Stephanopoulos"). The first
letter is never the slip, a lost or added last letter counts only when it is a doubled
letter or an accented one (so "Latin" / "Latino", "Capito" / "Capitol" stay apart), and a
changed letter is left to the transliteration rules ("Kislyac" / "Kislyak"): two different
names more often differ by one changed letter ("Obama" / "Osama", "Rubin" / "Rubio") than a
writer slips that way. Evidence that both words name one referent: the rare word is rare,
the other frequent, the rare one is never written in lower case (an ordinary word), and a
person's given names, where both carry one, are one name. A word shorter than ``min_length``
is paired only as a lone surname with two neighbours swapped whose writer names the person in
full ("Kahn" / "Sadiq Khan", ``_short_slips``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from typing import Final, NamedTuple

from crosscheck.match.names.namesakes import namesake_candidates, namesake_slip, surnames_by_given
from crosscheck.match.names.slip_rules import GIVEN, SURNAME, MisspellingRules, Occurrence
from crosscheck.match.names.spellings import (
    fold_name,
    same_given_name,
    spelled_out,
    swap_around,
    vowel_letters,
)
from crosscheck.names.lexicon import name_word_rules
from crosscheck.names.records import SourcedName


@dataclass(frozen=True, slots=True, kw_only=True)
class Misspelling:
    """A rare word, the frequent word it misspells, and their occurrences; ``family`` when
    the two words are written after the given names of different people (``_family``)."""

    rare: tuple[Occurrence, ...]
    frequent: tuple[Occurrence, ...]
    family: bool = False


def misspellings(
    by_word: Mapping[str, Sequence[Occurrence]],
    ordinary: Callable[[str], bool],
    spelled: Callable[[SourcedName], bool],
    rules: MisspellingRules,
    lang: str,
) -> list[Misspelling]:
    """Rare name words that are one slip away from a frequent name word of the same story.

    Args:
        by_word: Every name word of the story's mentions, by folded word (``spellings.fold_name``),
            words in order of first occurrence, each word's occurrences in mention order
            (given names are read only to check that two people are one).
        ordinary: Whether a folded word is one the story writes in lower case (an ordinary
            word); asked only of words that could be a slip.
        spelled: Whether a mention can be a spelling of its name at all (no quoted
            misspelling, no mojibake ...); asked only of the mentions of such words.
        rules: The thresholds.
        lang: The story's language, whose name words (stop words, cues, titles, endings) are
            read.

    Returns:
        One entry per (rare word, frequent word), in order of the rare word's first mention.
    """
    named: dict[str, Sequence[Occurrence]] = {}  # words used mostly as a surname or a body's
    for w, written in by_word.items():  # word, not as a given name
        if len(written) == 1:  # most words: written once
            if written[0].role != GIVEN:
                named[w] = written
        elif 2 * sum(1 for o in written if o.role != GIVEN) > len(written):
            named[w] = written
    names = {
        w for w in named if rules.min_length <= len(w) <= rules.max_length and _name_like(w, lang)
    }
    short = {  # shorter words, paired only as two neighbours swapped (``_short_slips``)
        w
        for w in named
        if rules.swapped_min_length <= len(w) < rules.min_length and _name_like(w, lang)
    }
    by_start: dict[tuple[str, int], list[str]] = {}  # name words by first letter and length
    moved_of: dict[str, list[str]] = {}  # a name word with its doubled letters single
    changed_of: dict[str, list[str]] = {}  # a long name word with one inner vowel blanked
    singles: dict[str, str] = {}
    blanked_of: dict[str, list[str]] = {}
    for word in sorted(names):
        by_start.setdefault((word[0], len(word)), []).append(word)
        single = singles[word] = _undoubled(word)
        if single != word:
            moved_of.setdefault(single, []).append(word)
        blanked = _vowels_blanked(word, rules, lang)
        if blanked:
            blanked_of[word] = blanked
            for variant in blanked:
                changed_of.setdefault(variant, []).append(word)
    by_given = surnames_by_given(named, names, SURNAME)
    kept: dict[str, list[Occurrence]] = {}

    def spelled_of(word: str) -> list[Occurrence]:
        if word not in kept:
            kept[word] = [o for o in named[word] if spelled(o.item)]
        return kept[word]

    found: list[Misspelling] = []
    seen: set[frozenset[str]] = set()
    for rare in named:
        if rare in short:
            found.extend(_short_slips(rare, short, spelled_of, ordinary, rules, lang, seen))
            continue
        if rare not in names:
            continue
        edits = _edits(rare)
        swapped = sorted(names & edits.swapped)
        changed = {w for v in blanked_of.get(rare, ()) for w in changed_of.get(v, ())}
        namesakes = namesake_candidates(rare, named[rare], by_given, rules.cut_letters, lang)
        # a slip of a namesake is written once or twice, or each outlet writes its own
        # spelling (``namesake_slip``)
        size = len(rare)
        candidates = [
            *(w for w in by_start.get((rare[0], size + 1), ()) if _less_one(w, rare)),
            *(w for w in edits.deletions if w in names),
            *swapped,
            *(w for w in moved_of.get(singles[rare], ()) if len(w) == size),
            *sorted(changed),
        ]
        slips = set(candidates)
        if not namesakes and slips <= {rare}:
            continue  # no other word to weigh (the usual case)
        for word in dict.fromkeys([*candidates, *namesakes]):
            key = frozenset((rare, word))
            if word == rare or key in seen:
                continue
            rare_found, word_found = spelled_of(rare), spelled_of(word)
            if not rare_found or len(word_found) < len(rare_found):
                continue
            if word not in slips:
                slip = False
            elif word in changed and word not in swapped:
                slip = _vowel_slip(rare_found, word_found, rules, lang)
            else:
                slip = _slip(
                    rare,
                    word,
                    rare_found,
                    word_found,
                    rules,
                    lang,
                    swapped=word in swapped,
                    neighbours=word in edits.neighbours and word in names,
                )
            if not slip and word in namesakes:
                slip = _namesake(rare, word, rare_found, word_found, rules, lang)
            if not slip:
                continue
            if not ordinary(rare) and not ordinary(word):
                seen.add(key)
                family = not _same_people(rare_found, word_found, lang)
                found.append(
                    Misspelling(rare=tuple(rare_found), frequent=tuple(word_found), family=family)
                )
    return found


def _short_slips(
    rare: str,
    short: set[str],
    spelled_of: Callable[[str], list[Occurrence]],
    ordinary: Callable[[str], bool],
    rules: MisspellingRules,
    lang: str,
    seen: set[frozenset[str]],
) -> list[Misspelling]:
    """A short lone surname with two neighbouring letters swapped ("Kahn") of the surname of a
    person its writer names in full ("Sadiq Khan"): only ``_introduced`` by a writer who also
    spells it right is evidence enough in a word this short."""
    found = []
    for word in sorted(short & set(_swaps(rare))):
        key = frozenset((rare, word))
        if word == rare or key in seen or ordinary(rare) or ordinary(word):
            continue
        rare_found, word_found = spelled_of(rare), spelled_of(word)
        if not rare_found or len(word_found) < len(rare_found) or rare[0] != word[0]:
            continue
        shared = {o.item.source for o in rare_found} & {o.item.source for o in word_found}
        if not (shared and _introduced(rare_found, word_found, rules)):
            continue
        if spelled_out(rare_found[0].word, lang) == spelled_out(word_found[0].word, lang):
            continue
        if not _same_people(rare_found, word_found, lang):
            continue
        seen.add(key)
        found.append(Misspelling(rare=tuple(rare_found), frequent=tuple(word_found)))
    return found


def _namesake(
    rare: str,
    word: str,
    rare_found: Sequence[Occurrence],
    word_found: Sequence[Occurrence],
    rules: MisspellingRules,
    lang: str,
) -> bool:
    """A slip of a surname written with the same given name (``namesakes``), not another
    word: no typography, no adjective or plural."""
    if min(len(rare), len(word)) < rules.min_length:
        return False
    if spelled_out(rare_found[0].word, lang) == spelled_out(word_found[0].word, lang):
        return False
    if _derived(rare, word, lang) or _derived_part(rare_found[0].word, word_found[0].word, lang):
        return False
    return namesake_slip(rare_found, word_found, rules, lang)


def _less_one(longer: str, shorter: str) -> bool:
    """Whether ``shorter`` is ``longer`` less one letter after the first (both of one first
    letter, ``longer`` one letter longer): from the first letter that differs on, the rest
    of ``longer`` after it is the rest of ``shorter``."""
    index = 1
    size = len(shorter)
    while index < size and shorter[index] == longer[index]:
        index += 1
    return longer[index + 1 :] == shorter[index:]


class _Edits(NamedTuple):
    neighbours: frozenset[str]  # two neighbouring letters swapped
    swapped: frozenset[str]  # those, or two letters one apart swapped, or one moved
    deletions: tuple[str, ...]  # one letter left out, in order


@lru_cache(maxsize=1 << 15)  # a name recurs across a story's articles and stories
def _edits(word: str) -> _Edits:
    """A word's one-slip spellings, made once per word (read only)."""
    neighbours = frozenset(_swaps(word))
    swapped = neighbours.union(_far_swaps(word), _moves(word))
    return _Edits(neighbours, swapped, tuple(_deletions(word)))


def _deletions(word: str) -> list[str]:
    return [word[:i] + word[i + 1 :] for i in range(1, len(word))]


def _vowels_blanked(word: str, rules: MisspellingRules, lang: str) -> list[str]:
    """A long word with each vowel inside it, away from its ending, blanked: two words that
    share one differ by a changed vowel ("Avanatti" / "Avenatti"). Endings are left out,
    where one vowel makes another name ("Larsen" / "Larson", "Andersen" / "Anderson")."""
    if len(word) < rules.changed_min_length:
        return []
    vowels = vowel_letters(lang)
    end = len(word) - rules.changed_tail
    return [word[:i] + "*" + word[i + 1 :] for i in range(1, end) if word[i] in vowels]


def _vowel_slip(
    rare_found: Sequence[Occurrence],
    word_found: Sequence[Occurrence],
    rules: MisspellingRules,
    lang: str,
) -> bool:
    """Whether a rare word with one vowel changed is a slip of a frequent word: a writer who
    also spells it the frequent way, the counts of two swapped letters (the writer's own
    right spelling is the stronger evidence), and no other person's name."""
    if len(rare_found) > rules.rare_max or len(word_found) < max(
        rules.swapped_frequent_min, rules.swapped_frequent_ratio * len(rare_found)
    ):
        return False
    if spelled_out(rare_found[0].word, lang) == spelled_out(word_found[0].word, lang):
        return False
    if not {o.item.source for o in rare_found} & {o.item.source for o in word_found}:
        return False
    return _same_people(rare_found, word_found, lang)


def _undoubled(word: str) -> str:
    """The word with each doubled letter written once: "Shabaab" and "Shababb" (a doubling
    moved) are one word doubled in two places."""
    return "".join([letter for letter, _ in groupby(word)]) if _DOUBLED.search(word) else word


_DOUBLED: Final = re.compile(r"(.)\1+")


def _swaps(word: str) -> list[str]:
    return [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)]


def _far_swaps(word: str) -> list[str]:
    """The word with two letters one apart swapped around the letter between them
    ("zahef" -> "zehaf"), the first and the last letter kept."""
    return [swap_around(word, i) for i in range(1, len(word) - 3) if word[i] != word[i + 2]]


def _moves(word: str) -> list[str]:
    """The word with one letter moved two places, over two others ("stephanopolous" ->
    "stephanopoulos"), the first and the last letter kept."""
    return [
        moved
        for i in range(1, len(word) - 3)
        for moved in (
            word[:i] + word[i + 1 : i + 3] + word[i] + word[i + 3 :],
            word[:i] + word[i + 2] + word[i : i + 2] + word[i + 3 :],
        )
        if moved != word
    ]


def _name_like(word: str, lang: str) -> bool:
    words = name_word_rules(lang)
    return not (
        word in words.stop or word in words.cues or word in words.titles or word in words.roles
    )


def _slip(
    rare: str,
    word: str,
    rare_found: Sequence[Occurrence],
    word_found: Sequence[Occurrence],
    rules: MisspellingRules,
    lang: str,
    *,
    swapped: bool,
    neighbours: bool = False,
) -> bool:
    """Whether the rare word is one slip of ``word`` and both name one referent.

    The evidence is either the counts (the rare word rare, the other frequent; two swapped
    letters need less, as two names rarely differ so), a given name written with both, a
    lone surname the story never gives a given name that misspells the surname of a person
    it names in full (``_introduced``: two neighbouring letters swapped, or a letter lost or
    added by a writer who also spells it right, "Schapp" / "Matt Schlapp"), or a family's
    surname misspelt after another given name by a writer who also spells it right
    (``_family``).
    """
    if min(len(rare), len(word)) < rules.min_length or rare[0] != word[0]:
        return False
    if spelled_out(rare_found[0].word, lang) == spelled_out(word_found[0].word, lang):
        return False  # "Stelzenmueller" / "Stelzenmüller": typography
    rare_given, word_given = _given_names(rare_found), _given_names(word_found)
    one_person = bool(rare_given and word_given) and _same_people(rare_found, word_found, lang)
    frequent_min, ratio = rules.frequent_min, rules.frequent_ratio
    if swapped:
        frequent_min, ratio = rules.swapped_frequent_min, rules.swapped_frequent_ratio
    counts = len(rare_found) <= rules.rare_max and len(word_found) >= max(
        frequent_min, ratio * len(rare_found)
    )
    shared = bool({o.item.source for o in rare_found} & {o.item.source for o in word_found})
    introduced = _introduced(rare_found, word_found, rules) and (
        neighbours or (shared and len(rare) != len(word))
    )
    family = shared and _family(rare_found, word_found, rules, lang)
    if not (counts or one_person or introduced or family):
        return False
    plural = any(word == rare + ending for ending in name_word_rules(lang).inflection_endings)
    if plural and _titled(rare_found, rules):
        return _same_people(rare_found, word_found, lang)  # "Mr. Cumming": no plural
    if _derived(rare, word, lang) or _derived_part(rare_found[0].word, word_found[0].word, lang):
        return False
    if len(rare) != len(word):
        shorter, longer = sorted((rare, word), key=len)
        written = (word_found if longer == word else rare_found)[0].word
        if not _letter_lost_inside(shorter, longer, written):
            return False
    if not (_same_people(rare_found, word_found, lang) or family):
        return False
    if shared:
        return True  # the writer also spells it right
    if swapped and counts and len(word_found) >= rules.frequent_min:
        return True  # two neighbouring letters swapped, the right spelling frequent elsewhere
    return one_person or introduced


def _introduced(
    rare_found: Sequence[Occurrence], word_found: Sequence[Occurrence], rules: MisspellingRules
) -> bool:
    """A rare surname always written alone ("Murkowksi (AK)") and another written after a
    given name ("Lisa Murkowski"): the lone one names nobody the story introduces unless it
    is that person misspelt (asked of two neighbouring letters swapped, or of a letter lost
    or added where one source writes both words)."""
    if len(rare_found) > rules.rare_max:
        return False
    if any(o.role != SURNAME or o.given for o in rare_found):
        return False
    return any(o.role == SURNAME and o.given for o in word_found)


def _family(
    rare_found: Sequence[Occurrence],
    word_found: Sequence[Occurrence],
    rules: MisspellingRules,
    lang: str,
) -> bool:
    """A family's surname ("Dzhokhar" and "Tamerlan Tsarnaev"), written after at least
    ``family_given_min`` given names that name different people, misspelt after one more
    given name ("Anzor Tsrnaev"): the rare word is the family's name, whoever bears it (asked
    of two words one source writes both)."""
    if len(rare_found) > rules.rare_max or len(_given_names(rare_found)) != 1:
        return False
    distinct: list[str] = []
    for given in sorted(_given_names(word_found)):
        if not any(same_given_name(given, other, lang) for other in distinct):
            distinct.append(given)
    return len(distinct) >= rules.family_given_min


def _letter_lost_inside(shorter: str, longer: str, written_longer: str) -> bool:
    """A letter lost or added inside the word, or a doubled or accented one at its end."""
    index = next(
        (i for i in range(len(shorter)) if shorter[i] != longer[i]), len(shorter)
    )  # the first letter that differs is the one lost
    if index < len(shorter):
        return True
    last = longer[-1]
    if last == longer[-2]:
        return True  # "Wolff" / "Wolf"
    return not written_longer[-1:].isascii()  # "Rosselló" / "Rossell": the accent lost


def _titled(found: Sequence[Occurrence], rules: MisspellingRules) -> bool:
    """Whether a word is written after a person's title ("Mr. Cumming")."""
    for occurrence in found:
        title = (occurrence.item.mention.title or "").split()
        if title and title[-1].casefold().rstrip(".") in rules.surname_titles:
            return True
    return False


def _derived(a: str, b: str, lang: str) -> bool:
    """An adjective, people or plural of the other word ("Koreas" / "Koreans"), by the
    endings of language ``lang``."""
    words = name_word_rules(lang)
    endings = {"", *words.adjective_suffixes, *words.inflection_endings}
    endings |= {s + i for s in words.adjective_suffixes for i in words.inflection_endings}
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    return a[common:] in endings and b[common:] in endings


def _derived_part(rare: str, word: str, lang: str) -> bool:
    """A hyphenated word with one part derived ("Israeli-Gaza" / "Israel-Gaza")."""
    parts_a, parts_b = rare.split("-"), word.split("-")
    if len(parts_a) == 1 or len(parts_a) != len(parts_b):
        return False
    differing = [(fold_name(a), fold_name(b)) for a, b in zip(parts_a, parts_b, strict=True)]
    return any(a != b and _derived(a, b, lang) for a, b in differing)


def _given_names(found: Sequence[Occurrence]) -> set[str]:
    return {o.given for o in found if o.role == SURNAME and o.given}


def _same_people(
    rare_found: Sequence[Occurrence], word_found: Sequence[Occurrence], lang: str
) -> bool:
    """Where both words are a person's surname with a given name, the given names agree."""
    rare_given, word_given = _given_names(rare_found), _given_names(word_found)
    if not rare_given or not word_given:
        return True
    return all(any(same_given_name(a, b, lang) for b in word_given) for a in rare_given)
