"""One name mention -> the keys ``entities`` joins on: its capitalised words
(``name_tokens``), a body's or a place's folded words (``org_key``, ``org_spelling``) and
initials (``initials``), and whether two bodies' names swap two of their own words
(``swapped_words``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from crosscheck.match.names.spellings import fold_name, transliteration_rules
from crosscheck.names.lexicon import core_word, name_key, name_word_rules
from crosscheck.names.records import NameMention


def name_tokens(mention: NameMention, lang: str) -> tuple[str, ...]:
    """The capitalised words of a name, without hyphenated particles of language ``lang``
    ("Al-Qaida" -> "Qaida")."""
    memo = _CAPITALISED.get(lang)
    if memo is None:
        memo = _CAPITALISED[lang] = {}
    found = memo.get(mention.tokens)
    if found is None:  # a story asks this of each mention several times: made once
        if len(memo) >= _CACHED_SPELLINGS:
            memo.clear()
        cores = (core_word(t, lang) if "-" in t else t for t in mention.tokens)
        found = memo[mention.tokens] = tuple(t for t in cores if t[:1].isupper())
    return found


# language -> a spelling's words -> its name words: one memo per language (its particles)
_CAPITALISED: dict[str, dict[tuple[str, ...], tuple[str, ...]]] = {}
_CACHED_SPELLINGS: Final = 20_000


def org_key(mention: NameMention, lang: str) -> str:
    """A body's words, folded, less articles, a misspelt cue spelt right ("Departmement"),
    read in language ``lang``."""
    memo = _ORG_KEYS.get(lang)
    if memo is None:
        memo = _ORG_KEYS[lang] = {}
    found = memo.get(mention.tokens)
    if found is None:  # a story names a body many times: made once per spelling
        if len(memo) >= _CACHED_SPELLINGS:
            memo.clear()
        names = name_word_rules(lang)
        skipped, slipped = names.articles, names.slipped_cues
        words = [fold_name(t) for t in mention.tokens if name_key(t) not in skipped]
        words = [slipped.get(w, w) for w in words]
        found = memo[mention.tokens] = " ".join(w for w in words if w)
    return found


_ORG_KEYS: dict[str, dict[tuple[str, ...], str]] = {}  # language -> spelling -> key


@lru_cache(maxsize=1 << 14)  # bodies' names repeat across mentions; bounded memory
def org_spelling(key: str, lang: str) -> str:
    """An organisation's key with each word spelled one way ("organisation" -> "organization"),
    by the rules of language ``lang`` (memoised by key and language)."""
    rules = transliteration_rules(lang).organisation_rules
    words = []
    for word in key.split(" "):
        for pattern, replacement in rules:
            word = pattern.sub(replacement, word)
        words.append(word)
    return " ".join(words)


def initials(mention: NameMention) -> str:
    """ "Associated Press" -> "AP"; an acronym counts whole ("AK Party" -> "AKP")."""
    return "".join(
        t if t.isupper() and len(t) > 1 else t[0] for t in mention.tokens if t[:1].isupper()
    )


LONG_NAME: Final = 3  # words of a long name: a person's full name, a body's own words


def content_words(key: str, lang: str) -> list[str]:
    """The words of a body's name that are not connectors ("for", "and", "&") of language
    ``lang``."""
    connectors = name_word_rules(lang).connectors
    words = (fold_name(w) for w in key.split())
    return [w for w in words if w and w not in connectors]


def swapped_words(a: str, b: str, lang: str) -> bool:
    """Two names of one body with two of its own words swapped ("Centers for Medicare &
    Medicaid Services" / "Centers for Medicaid and Medicare").

    At least three content words, at most one more in the longer, and the same words other
    than a body's word (``organisation_cues``: "Services") but two neighbours swapped. A
    body's word moved ("Homeland Security Department" / "Department of Homeland
    Security") or a short name ("House Oversight Committee" / "House Committee on
    Oversight and Government Reform") is the house style of a name, not a variant.
    """
    words_a, words_b = content_words(a, lang), content_words(b, lang)
    shorter, longer = sorted((words_a, words_b), key=len)
    if len(shorter) < LONG_NAME or len(longer) - len(shorter) > 1:
        return False
    cues = name_word_rules(lang).cues
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
