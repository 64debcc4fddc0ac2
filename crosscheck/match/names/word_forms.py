"""Two spellings of a name slot -> whether they are other words rather than one name spelled
two ways: inflected ("Democrats" / "Democrat"), derived ("Syria" / "Syrian"), clipped
("Metro" / "Metropolitan"), another head noun, or two short words alike only in a weak
letter ("Jong" / "Yong").
"""

from __future__ import annotations

from crosscheck.match.engine import NAMES, similar
from crosscheck.match.names.difference import name_words
from crosscheck.match.names.spelled import variant_rules
from crosscheck.match.names.spellings import fold_name, skeleton, spelled_out, vowel_letters
from crosscheck.names.lexicon import name_word_rules
from crosscheck.names.records import NameKind


def weak_short_pair(a: str, b: str, lang: str) -> bool:
    """Two short words alike only in a y/i/j or a doubled vowel ("Mari" / "Mary").

    Skeletons say these are one spelling, but in words shorter than ``short_word`` letters
    that is no evidence: "Jong" / "Yong", "God" / "Good", "Lake" / "Laake" are different
    names. A doubled consonant ("Wolf" / "Wolff") or another letter ("Huq" / "Haq") counts.
    """
    rules = variant_rules(lang)
    x, y = fold_name(a), fold_name(b)
    if min(len(x), len(y)) >= rules.short_word or " " in a or " " in b:
        return False
    return _weakened(x, rules.weak_letters, lang) == _weakened(y, rules.weak_letters, lang)


def _weakened(word: str, letters: dict[int, str], lang: str) -> str:
    mapped = word.translate(letters)
    long_vowels = vowel_letters(lang)
    return "".join(
        c for i, c in enumerate(mapped) if not (i and c == mapped[i - 1] and c in long_vowels)
    )


def _inflected(a: str, b: str, lang: str) -> bool:
    """Two spellings of one word inflected ("Democrats" / "Democrat", "Bergdahls")."""
    shorter, longer = sorted((fold_name(a), fold_name(b)), key=len)
    return any(longer == shorter + ending for ending in name_word_rules(lang).inflection_endings)


def derived_form(a: str, b: str, lang: str, *, person: bool = False) -> bool:
    """A place and its adjective or people ("Antarctica" / "Antarctic", "Belarus" /
    "Belarusian", "Arkansas" / "Arkansans"): after their common start, each word ends in
    nothing, an adjective ending, an inflection, or an adjective ending inflected. For a
    person's name only the endings of a people count ("California" / "Californian"), not
    those that are transliterations ("Zelensky" / "Zelenskiy")."""
    words = name_word_rules(lang)
    suffixes = variant_rules(lang).people_suffixes if person else words.adjective_suffixes
    endings = {"", *suffixes, *words.inflection_endings}
    endings |= {s + i for s in suffixes for i in words.inflection_endings}
    x, y = fold_name(a), fold_name(b)
    common = 0
    while common < min(len(x), len(y)) and x[common] == y[common]:
        common += 1
    return common >= 4 and x[common:] in endings and y[common:] in endings


def _clipped(a: str, b: str, lang: str) -> bool:
    """A word and its clipped short form ("Metro" / "Metropolitan", "Gov" / "Government")."""
    shorter, longer = sorted((fold_name(a), fold_name(b)), key=len)
    minimum = variant_rules(lang).clipped_min_length
    return (
        len(shorter) >= minimum
        and len(longer) - len(shorter) >= minimum
        and (longer.startswith(shorter))
    )


def other_words(a: str, b: str, kind: NameKind, lang: str) -> bool:
    """Whether two spellings are different words rather than one name spelled two ways.

    Compared word by word: every differing word inflected ("Democrats" / "Democrat") or,
    for bodies and places, derived ("Syria forces" / "Syrian forces", "Israel-Gaza" /
    "Israeli-Gaza") or clipped ("Metro" / "Metropolitan"); or, for bodies and places, a
    last word (the head noun, which says what kind of body it is) that is another word
    altogether ("Hong Kong government" / "Hong Kong police": two bodies, not two spellings).
    A differing word before the head is kept: "Metropolitan National Police Department"
    for "Metropolitan Nashville Police Department" is a wrong name of the same body.
    """
    if _inflected(a, b, lang) or spelled_out(a, lang) == spelled_out(b, lang):
        return True  # ... or "Stelzenmueller" / "Stelzenmüller": typography
    if kind in (NameKind.PERSON, NameKind.UNKNOWN) and derived_form(a, b, lang, person=True):
        return True  # "California" / "Californian"
    if kind is NameKind.PERSON:
        pairs = list(zip(name_words(a), name_words(b), strict=False))
        return len(name_words(a)) == len(name_words(b)) and all(
            _inflected(x, y, lang) for x, y in pairs if fold_name(x) != fold_name(y)
        )  # "Hurricanes Harvey" / "Hurricane Harvey"
    if derived_form(a, b, lang):
        return True
    words_a, words_b = name_words(a), name_words(b)
    if len(words_a) != len(words_b):
        return False
    differing = [
        (x, y) for x, y in zip(words_a, words_b, strict=True) if fold_name(x) != fold_name(y)
    ]
    if not differing:
        return False
    if any(min(len(fold_name(x)), len(fold_name(y))) <= 1 for x, y in differing):
        return True  # an initial cut from an abbreviation: "S District Court" / "U.S. ..."
    threshold = variant_rules(lang).word_threshold
    forms = [
        _inflected(x, y, lang) or derived_form(x, y, lang) or _clipped(x, y, lang)
        for x, y in differing
    ]
    if all(forms):
        return True
    if len(differing) == len(words_a):  # no word in common: alike as a whole, or two bodies
        return len(words_a) > 1 and not similar(fold_name(a), fold_name(b), NAMES, threshold)
    head_a, head_b = fold_name(words_a[-1]), fold_name(words_b[-1])
    return (
        head_a != head_b
        and not forms[-1]
        and not similar(head_a, head_b, NAMES, threshold)
        and skeleton(head_a, lang) != skeleton(head_b, lang)
    )
