"""Names lexicon -> validated word lists the finder reads (the transliteration skeletons and
the comparison of two spellings are matching: ``match/names/spellings.py``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, Final, TypeVar

from crosscheck.errors import LexiconError
from crosscheck.lexicon import lexicon_path, load_lexicon, lower_words, require

NAMES_LEXICON: Final = "names"


# --------------------------------------------------------------------------- lexicons


@dataclass(frozen=True, slots=True, kw_only=True)
class _NameWords:
    """The names lexicon of one language, validated."""

    lang: str  # the language whose words these are (its readers below key on it)
    titles: frozenset[str]
    dotted: frozenset[str]  # titles and place_abbreviations: words that keep their full stop
    abbreviations: frozenset[str]  # place_abbreviations ("st", "ft"): a place's word
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
    plural_endings: tuple[str, ...]
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


def _word_list(data: dict[str, Any], key: str, lexicon: str, lang: str) -> frozenset[str]:
    values = require(data, key, list, lexicon, lang=lang)
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise LexiconError(f"{key!r} must list non-empty strings", path=lexicon_path(lexicon, lang))
    return frozenset(name_key(v) for v in values)


_R = TypeVar("_R")


def word_sets(record: Callable[..., _R], lang: str, **keys: str) -> _R:
    """A record of lower-case word sets, each field read from its key of the ``names.toml``
    of language ``lang`` (``lexicon.lower_words``): ``word_sets(_PlaceWords, lang,
    heads="place_heads", ...)``."""
    data = load_lexicon(NAMES_LEXICON, lang)
    return record(
        **{field: lower_words(data, key, NAMES_LEXICON, lang=lang) for field, key in keys.items()}
    )


def lexicon_number(data: dict[str, Any], key: str, lexicon: str, lang: str) -> float:
    """The number at ``key`` of a lexicon table (an int or a float, not a bool), as a float;
    a ``LexiconError`` naming the file of language ``lang`` otherwise (the spellings in
    ``match/names/`` read their thresholds with it too)."""
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise LexiconError(f"{key!r} must be a number", path=lexicon_path(lexicon, lang))
    return float(value)


def name_word_rules(lang: str) -> _NameWords:
    """The names lexicon of language ``lang`` (``lexicon/<lang>/names.toml``), validated
    once per language."""
    return _name_words(lang)


@cache
def _name_words(lang: str) -> _NameWords:
    """Load and validate the ``names.toml`` of language ``lang`` once."""
    data = load_lexicon(NAMES_LEXICON, lang)
    lex = NAMES_LEXICON
    share = lexicon_number(data, "title_case_share", lex, lang)
    if not 0 < share <= 1:
        raise LexiconError("'title_case_share' must be in (0, 1]", path=lexicon_path(lex, lang))
    function_words = _word_list(data, "function_words", lex, lang)
    demonyms = _word_list(data, "demonyms", lex, lang)
    common = (
        function_words
        | _word_list(data, "calendar_words", lex, lang)
        | _word_list(data, "common_words", lex, lang)
        | _word_list(data, "page_labels", lex, lang)  # "Replay": a video player's, never a name
    )
    cues = _word_list(data, "organisation_cues", lex, lang)
    titles = _word_list(data, "titles", lex, lang)
    abbreviations = _word_list(data, "place_abbreviations", lex, lang)
    roles = _word_list(data, "roles", lex, lang)
    places = _word_list(data, "places", lex, lang)
    named = titles | roles | places
    suffixes = _word_list(data, "adjective_suffixes", lex, lang)
    return _NameWords(
        lang=lang,
        titles=titles,
        dotted=titles | abbreviations,
        abbreviations=abbreviations,
        roles=roles,
        cues=cues,
        generic=_word_list(data, "generic_references", lex, lang),
        connectors=_word_list(data, "organisation_connectors", lex, lang),
        particles=_word_list(data, "name_particles", lex, lang),
        places=places,
        function_words=function_words,
        articles=_word_list(data, "articles", lex, lang),
        demonyms=demonyms,
        common=common,
        stop=common | demonyms,
        endings=tuple(sorted(_word_list(data, "common_word_endings", lex, lang))),
        ordinary_before=_word_list(data, "ordinary_before", lex, lang),
        plural_endings=tuple(sorted(_word_list(data, "plural_endings", lex, lang))),
        plural_exceptions=tuple(sorted(_word_list(data, "plural_exceptions", lex, lang))),
        adjective_suffixes=suffixes,
        place_people=frozenset(place + suffix for place in places for suffix in suffixes),
        inflection_endings=tuple(sorted(_word_list(data, "inflection_endings", lex, lang))),
        title_case_share=share,
        title_case_min_common=int(lexicon_number(data, "title_case_min_common", lex, lang)),
        title_case_max_lower=int(lexicon_number(data, "title_case_max_lower", lex, lang)),
        title_case_max_commas=int(lexicon_number(data, "title_case_max_commas", lex, lang)),
        max_person_words=int(lexicon_number(data, "max_person_words", lex, lang)),
        max_run_words=max(1, int(lexicon_number(data, "max_run_words", lex, lang))),
        slipped_cues=_slipped_cues(
            cues,
            known=common | demonyms | cues | named,
            min_length=int(lexicon_number(data, "cue_slip_min_length", lex, lang)),
            repeat_min_length=int(lexicon_number(data, "cue_repeat_min_length", lex, lang)),
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


# --------------------------------------------------------------------------- skeletons


def name_key(word: str) -> str:
    """A word as the word lists spell it: "Dr." -> "dr", "It\u2019s" -> "it's"."""
    return word.casefold().replace("\u2019", "'").rstrip(".")


def core_word(word: str, lang: str) -> str:
    """A name word without a particle (of language ``lang``) hyphenated before it
    ("Al-Qaida" -> "Qaida")."""
    head, dash, rest = word.partition("-")
    if dash and rest[:1].isupper() and name_key(head) in _name_words(lang).particles:
        return rest
    return word


def is_initial(word: str) -> bool:
    """Whether a word is an initial: one capital and a full stop ("J.")."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()
