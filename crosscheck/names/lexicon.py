"""Names lexicons -> validated word lists; name words -> transliteration skeletons."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Final, TypeVar

from crosscheck.errors import LexiconError
from crosscheck.lexicon import lexicon_path, load_lexicon, lower_words, require
from crosscheck.match.engine import NAMES, similar

NAMES_LEXICON: Final = "names"
TRANSLITERATION_LEXICON: Final = "transliteration"


# --------------------------------------------------------------------------- lexicons


@dataclass(frozen=True, slots=True, kw_only=True)
class _NameWords:
    """The names lexicon, validated."""

    titles: frozenset[str]
    roles: frozenset[str]
    cues: frozenset[str]
    generic: frozenset[str]
    connectors: frozenset[str]
    particles: frozenset[str]
    places: frozenset[str]
    function_words: frozenset[str]
    articles: frozenset[str]  # left out when bodies' names are compared ("The Moscow Times")
    demonyms: frozenset[str]
    common: frozenset[str]  # function words, calendar words and common nouns
    stop: frozenset[str]  # every word that is never a name by itself
    endings: tuple[str, ...]
    ordinary_before: frozenset[str]
    plural_exceptions: tuple[str, ...]
    adjective_suffixes: frozenset[str]
    place_people: frozenset[str]  # each place with each adjective suffix ("north korean")
    inflection_endings: tuple[str, ...]
    title_case_share: float
    title_case_min_common: int
    title_case_max_lower: int
    title_case_max_commas: int
    max_person_words: int
    max_run_words: int
    slipped_cues: dict[str, str]  # a cue misspelt by one slip -> the cue ("deparment")


@dataclass(frozen=True, slots=True, kw_only=True)
class _Transliteration:
    """The transliteration lexicon, validated and compiled."""

    rules: tuple[tuple[re.Pattern[str], str], ...]
    organisation_rules: tuple[tuple[re.Pattern[str], str], ...]  # per folded word
    given_groups: tuple[frozenset[str], ...]  # skeletons of equivalent given names
    canonical: dict[str, str]  # a listed name's skeleton -> its group's first skeleton
    given_threshold: float
    surname_threshold: float
    organisation_threshold: float
    fuzzy_min_length: int


def _word_list(data: dict[str, Any], key: str, lexicon: str) -> frozenset[str]:
    values = require(data, key, list, lexicon)
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise LexiconError(f"{key!r} must list non-empty strings", path=lexicon_path(lexicon))
    return frozenset(name_key(v) for v in values)


_R = TypeVar("_R")


def word_sets(record: Callable[..., _R], **keys: str) -> _R:
    """A record of lower-case word sets, each field read from its key of ``names.toml``
    (``lexicon.lower_words``): ``word_sets(_PlaceWords, heads="place_heads", ...)``."""
    data = load_lexicon(NAMES_LEXICON)
    return record(**{field: lower_words(data, key, NAMES_LEXICON) for field, key in keys.items()})


def _number(data: dict[str, Any], key: str, lexicon: str) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise LexiconError(f"{key!r} must be a number", path=lexicon_path(lexicon))
    return float(value)


@cache
def name_word_rules() -> _NameWords:
    """Load and validate ``lexicon/names.toml`` once."""
    data = load_lexicon(NAMES_LEXICON)
    lex = NAMES_LEXICON
    share = _number(data, "title_case_share", lex)
    if not 0 < share <= 1:
        raise LexiconError("'title_case_share' must be in (0, 1]", path=lexicon_path(lex))
    function_words = _word_list(data, "function_words", lex)
    demonyms = _word_list(data, "demonyms", lex)
    common = (
        function_words
        | _word_list(data, "calendar_words", lex)
        | _word_list(data, "common_words", lex)
        | _word_list(data, "page_labels", lex)  # "Replay": a video player's, never a name
    )
    cues = _word_list(data, "organisation_cues", lex)
    titles = _word_list(data, "titles", lex)
    roles = _word_list(data, "roles", lex)
    places = _word_list(data, "places", lex)
    named = titles | roles | places
    suffixes = _word_list(data, "adjective_suffixes", lex)
    return _NameWords(
        titles=titles,
        roles=roles,
        cues=cues,
        generic=_word_list(data, "generic_references", lex),
        connectors=_word_list(data, "organisation_connectors", lex),
        particles=_word_list(data, "name_particles", lex),
        places=places,
        function_words=function_words,
        articles=_word_list(data, "articles", lex),
        demonyms=demonyms,
        common=common,
        stop=common | demonyms,
        endings=tuple(sorted(_word_list(data, "common_word_endings", lex))),
        ordinary_before=_word_list(data, "ordinary_before", lex),
        plural_exceptions=tuple(sorted(_word_list(data, "plural_exceptions", lex))),
        adjective_suffixes=suffixes,
        place_people=frozenset(place + suffix for place in places for suffix in suffixes),
        inflection_endings=tuple(sorted(_word_list(data, "inflection_endings", lex))),
        title_case_share=share,
        title_case_min_common=int(_number(data, "title_case_min_common", lex)),
        title_case_max_lower=int(_number(data, "title_case_max_lower", lex)),
        title_case_max_commas=int(_number(data, "title_case_max_commas", lex)),
        max_person_words=int(_number(data, "max_person_words", lex)),
        max_run_words=max(1, int(_number(data, "max_run_words", lex))),
        slipped_cues=_slipped_cues(
            cues,
            known=common | demonyms | cues | named,
            min_length=int(_number(data, "cue_slip_min_length", lex)),
            repeat_min_length=int(_number(data, "cue_repeat_min_length", lex)),
        ),
    )


def _slips(word: str, *, repeat: bool) -> set[str]:
    """The word with one slip inside it: the first letter and the last two kept."""
    letters = set(word)
    inner = range(1, len(word) - 1)
    forms = {word[:i] + word[i + 1 :] for i in range(1, len(word) - 2)}  # a letter lost
    forms |= {word[:i] + c + word[i:] for i in inner for c in letters}  # one added
    forms |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 3)}
    if repeat:  # two letters written twice ("departmement")
        forms |= {word[:i] + word[i - 2 : i] + word[i:] for i in range(3, len(word) - 1)}
    return forms


def _slipped_cues(
    cues: frozenset[str], *, known: frozenset[str], min_length: int, repeat_min_length: int
) -> dict[str, str]:
    """Misspelt forms, of ``min_length`` letters or more, of the cues -> the cue; a form
    that slips from two cues, or is a listed word itself, is left out."""
    found: dict[str, set[str]] = {}
    for cue in sorted(cues):
        if len(cue) >= min_length and cue.isalpha():
            for form in _slips(cue, repeat=len(cue) >= repeat_min_length):
                found.setdefault(form, set()).add(cue)
    return {
        form: next(iter(of))
        for form, of in sorted(found.items())
        if len(of) == 1 and form not in known and len(form) >= min_length
    }


@cache
def transliteration_rules() -> _Transliteration:
    """Load, validate and compile ``lexicon/transliteration.toml`` once."""
    lex = TRANSLITERATION_LEXICON
    path = lexicon_path(lex)
    data = load_lexicon(lex)
    compiled = _rule_list(data, "rules", lex)
    groups: list[frozenset[str]] = []
    canonical: dict[str, str] = {}
    for group in require(data, "given_names", list, lex):
        if not isinstance(group, dict):
            raise LexiconError("each [[given_names]] entry must be a table", path=path)
        names = require(group, "names", list, lex)
        if len(names) < 2 or not all(isinstance(n, str) and n for n in names):
            raise LexiconError("[[given_names]] 'names' must list two names or more", path=path)
        group = [_apply_rules(n, compiled) for n in names]
        groups.append(frozenset(group))
        for member in group:
            canonical.setdefault(member, group[0])
    thresholds = require(data, "thresholds", dict, lex)
    return _Transliteration(
        rules=compiled,
        organisation_rules=_rule_list(data, "organisation_rules", lex),
        given_groups=tuple(groups),
        canonical=canonical,
        given_threshold=_number(thresholds, "given_name", lex),
        surname_threshold=_number(thresholds, "surname", lex),
        organisation_threshold=_number(thresholds, "organisation", lex),
        fuzzy_min_length=int(_number(thresholds, "fuzzy_min_length", lex)),
    )


# --------------------------------------------------------------------------- skeletons


def _rule_list(data: dict[str, Any], key: str, lex: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A list of [[key]] tables of (pattern, replace), compiled."""
    path = lexicon_path(lex)
    rules: list[tuple[re.Pattern[str], str]] = []
    for rule in require(data, key, list, lex):
        if not isinstance(rule, dict):
            raise LexiconError(f"each [[{key}]] entry must be a table", path=path)
        pattern = require(rule, "pattern", str, lex)
        replace = require(rule, "replace", str, lex)
        try:
            rules.append((re.compile(pattern), replace))
        except re.error as exc:
            raise LexiconError(f"bad rule pattern {pattern!r}: {exc}", path=path) from None
    return tuple(rules)


def name_key(word: str) -> str:
    """A word as the word lists spell it: "Dr." -> "dr", "It\u2019s" -> "it's"."""
    return word.casefold().replace("\u2019", "'").rstrip(".")


def fold_name(word: str) -> str:
    """Lower case without accents ("Łukašenka" -> "lukasenka")."""
    if word.isascii():  # the common case: nothing to decompose
        lower = word.lower()
        return lower if lower.isalpha() else "".join(c for c in lower if c.isalpha())
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("\u0142", "l"))
    return "".join(c for c in decomposed if c.isalpha() and not unicodedata.combining(c))


def _apply_rules(word: str, rules: Iterable[tuple[re.Pattern[str], str]]) -> str:
    text = fold_name(word)
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    return text


@lru_cache(maxsize=1 << 15)  # name words repeat across mentions and stories; bounded memory
def skeleton(word: str) -> str:
    """The transliteration-neutral key of one name word.

    Spellings of one Cyrillic name give the same skeleton: "Lukashenka" and "Lukashenko",
    "Tsikhanouskaya" and "Tikhanovskaya"; names listed as one ("Muhammad", "Mohammed") give
    their group's first skeleton.
    """
    table = transliteration_rules()
    found = _apply_rules(word, table.rules)
    return table.canonical.get(found, found)


def _similar(a: str, b: str, threshold: float) -> bool:
    """Two skeletons are one spelling of one name word."""
    if a == b:
        return True
    minimum = transliteration_rules().fuzzy_min_length
    if len(a) < minimum or len(b) < minimum or a[0] != b[0]:
        return False
    return similar(a, b, NAMES, threshold)


@cache
def _letters_spelled_out() -> dict[int, str]:
    lex = TRANSLITERATION_LEXICON
    table = require(load_lexicon(lex), "spelled_out_letters", dict, lex)
    return {ord(letter): str(pair) for letter, pair in table.items()}


@cache
def vowel_letters() -> frozenset[str]:
    """The ``vowels`` of names.toml."""
    return frozenset(require(load_lexicon(NAMES_LEXICON), "vowels", str, NAMES_LEXICON))


@cache
def vowel_class() -> dict[int, str]:
    """Every vowel (``vowels`` in names.toml) read as the first one (a ``str.translate`` table)."""
    letters = require(load_lexicon(NAMES_LEXICON), "vowels", str, NAMES_LEXICON)
    return {ord(c): letters[0] for c in letters}


def spelled_out(value: str) -> str:
    """A spelling with letters such as "ü" written out ("ue"), folded: "Müller" -> "mueller"."""
    return fold_name(value.casefold().translate(_letters_spelled_out()))


def core_word(word: str) -> str:
    """A name word without a particle hyphenated before it ("Al-Qaida" -> "Qaida")."""
    head, dash, rest = word.partition("-")
    if dash and rest[:1].isupper() and name_key(head) in name_word_rules().particles:
        return rest
    return word


def is_initial(word: str) -> bool:
    """Whether a word is an initial: one capital and a full stop ("J.")."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def same_given_name(a: str, b: str) -> bool:
    """Two given names name the same person (when the surnames already match).

    "Aleksandr" / "Alexander" and "Sviatlana" / "Svetlana" do; "Alexander" / "Viktor" and
    "Emma" / "Emily" do not. An initial matches any name with its letter ("A." / "Alexander").
    """
    if is_initial(a) or is_initial(b):
        return fold_name(a)[:1] == fold_name(b)[:1]
    sa, sb = skeleton(a), skeleton(b)
    return same_given_skeleton(sa, sb) or slipped_given(sa, sb)


def same_given_skeleton(sa: str, sb: str) -> bool:
    """:func:`same_given_name` for two skeletons (no initials)."""
    table = transliteration_rules()
    if any(sa in group and sb in group for group in table.given_groups):
        return True
    return _similar(sa, sb, table.given_threshold)


def swapped_given(sa: str, sb: str) -> bool:
    """Two given-name skeletons of ``fuzzy_min_length`` letters or more with two
    neighbouring letters swapped ("kirstien" / "kristien"): a slip, unless one sentence
    writes both (two people: the caller checks)."""
    minimum = transliteration_rules().fuzzy_min_length
    return min(len(sa), len(sb)) >= minimum and swapped_once(sa, sb)


def slipped_given(sa: str, sb: str) -> bool:
    """Two given-name skeletons of ``fuzzy_min_length`` letters or more one slip apart: two
    neighbouring letters swapped (``swapped_given``) or one letter lost inside, not the
    first or the last ("brentlei" / "brentli"); a slip, unless one sentence writes both."""
    if swapped_given(sa, sb):
        return True
    shorter, longer = sorted((sa, sb), key=len)
    if len(shorter) < transliteration_rules().fuzzy_min_length:
        return False
    return lost_inside(longer, shorter)


def lost_inside(longer: str, shorter: str, letters: str | None = None) -> bool:
    """Whether ``shorter`` is ``longer`` with one letter lost inside it, not the first or
    the last ("brentlei" / "brentli"); with ``letters``, only one of those letters."""
    if len(longer) != len(shorter) + 1:
        return False
    return any(
        (letters is None or longer[i] in letters) and longer[:i] + longer[i + 1 :] == shorter
        for i in range(1, len(longer) - 1)
    )


def swap_around(word: str, at: int) -> str:
    """The word with its letters at ``at`` and ``at + 2`` swapped around the one between
    them ("zahef", 1 -> "zehaf"): the one definition of that slip, which ``misspelling``
    makes and ``difference`` names."""
    return word[:at] + word[at + 2] + word[at + 1] + word[at] + word[at + 3 :]


def swapped_once(a: str, b: str) -> bool:
    """Two words alike but for two neighbouring letters swapped, not the first one
    ("kirstjen" / "kristjen"): a slip of the pen, not another name."""
    if len(a) != len(b) or a == b:
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(differ) == 2
        and differ[0] > 0
        and differ[1] == differ[0] + 1
        and a[differ[0]] == b[differ[1]]
        and a[differ[1]] == b[differ[0]]
    )


def same_surname(a: str, b: str) -> bool:
    """Two surnames are spellings of one name ("Lukashenko" / "Lukashenka")."""
    return _similar(skeleton(a), skeleton(b), transliteration_rules().surname_threshold)
