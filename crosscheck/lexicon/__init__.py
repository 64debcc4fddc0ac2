"""Lexicon data files shipped inside the package: (name, language) -> parsed TOML, loaded once.

Two folders hold them (the dateparser layout):

* ``lexicon/<lang>/<name>.toml``: the words of one language (``en/``, later ``ru/`` ...).
  Every language folder has the same files with the same top-level keys as ``en/``.
* ``lexicon/common/<name>.toml``: language-free data (severities, tolerances, thresholds,
  groups of claim kinds) that every language shares.

A lexicon may live in either folder or in both. When both have it, the two are read as one:
tables are merged key by key, and a key given in both files is an error (a value is either
a language's or everyone's, never both). A name found in neither folder is an error.

Each stage validates the shape of the lexicons it reads (see ``require``), so a broken data
file fails loudly with the file's name instead of producing silent wrong results.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from dataclasses import fields, is_dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Annotated, Any, Final, TypeVar, get_type_hints

from crosscheck.errors import LexiconError
from crosscheck.language import DEFAULT_LANGUAGE, language_tag, primary_language

_R = TypeVar("_R")

COMMON = "common"
"""The folder of lexicons that hold no language's words (severities, thresholds)."""


@cache
def load_lexicon(name: str, lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """Parse the lexicon ``name`` for language ``lang`` once per process.

    Returns ``lexicon/<lang>/<name>.toml`` merged with ``lexicon/common/<name>.toml``
    (either may be absent, not both).

    Raises:
        LexiconError: No such lexicon for that language, a file is not valid TOML, or a key
            is given both in the language's file and in the common one.
    """
    (own_file, own_shown), (shared_file, shared_shown) = _candidates(name, lang)
    own = _read(own_file, own_shown)
    shared = _read(shared_file, shared_shown)
    if own is None:
        if shared is None:
            raise LexiconError(f"lexicon file is missing (language {lang!r})", path=own_shown)
        return shared
    if shared is None:
        return own
    return _merge(shared, own, where=own_shown, also=shared_shown)


def _candidates(name: str, lang: str) -> list[tuple[Traversable, str]]:
    """The language's file and the common one, each with the path shown in errors."""
    root = resources.files(__name__)
    file = f"{name}.toml"
    return [
        (root.joinpath(lang).joinpath(file), f"lexicon/{lang}/{file}"),
        (root.joinpath(COMMON).joinpath(file), f"lexicon/{COMMON}/{file}"),
    ]


def _read(resource: Traversable, shown: str) -> dict[str, Any] | None:
    """One data file parsed, or None when it does not exist."""
    try:
        text = resource.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"invalid TOML: {exc}", path=shown) from None


def _merge(
    shared: dict[str, Any], own: dict[str, Any], *, where: str, also: str, prefix: str = ""
) -> dict[str, Any]:
    """``shared`` and ``own`` as one table; tables present in both are merged recursively."""
    merged = dict(shared)
    for key, value in own.items():
        if key not in merged:
            merged[key] = value
        elif isinstance(value, dict) and isinstance(merged[key], dict):
            merged[key] = _merge(
                merged[key], value, where=where, also=also, prefix=f"{prefix}{key}."
            )
        else:
            raise LexiconError(f"key {prefix + key!r} is also given in {also}", path=where)
    return merged


@cache
def explain_words(name: str, lang: str = DEFAULT_LANGUAGE) -> Mapping[str, str]:
    """The ``[explain]`` table of lexicon ``name``: the words a stage writes into a report
    (notes, labels, explanations), keyed, as ``str.format`` templates; read once per process.
    Nested tables are left out (their own reader takes them).

    Raises:
        LexiconError: The lexicon has no ``[explain]`` table.
    """
    table = require(load_lexicon(name, lang), "explain", dict, name)
    return {str(k): v for k, v in table.items() if isinstance(v, str)}


@cache
def available_languages() -> tuple[str, ...]:
    """The languages that have lexicons, sorted: one ``lexicon/<lang>/`` folder each."""
    return tuple(
        sorted(
            child.name
            for child in resources.files(__name__).iterdir()
            if child.is_dir() and child.name != COMMON and language_tag(child.name) == child.name
        )
    )


def lexicon_language(tag: str) -> str | None:
    """The language whose lexicons read text tagged ``tag`` ("en-GB" -> "en"), or None."""
    available = available_languages()
    if tag in available:
        return tag
    primary = primary_language(tag)
    return primary if primary in available else None


def reading_language(source_id: str, tag: str) -> str:
    """The language whose lexicons read source ``source_id`` written in ``tag``.

    Raises:
        ValueError: No lexicon folder reads that language (one line naming the source and
            the language, and the languages there are).
    """
    lang = lexicon_language(tag)
    if lang is None:
        raise ValueError(
            f"source {source_id!r}: no lexicon for language {tag!r} yet "
            f"(available: {', '.join(available_languages())})"
        )
    return lang


def lexicon_path(name: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The file an error in lexicon ``name`` should name: the language's, or else the common
    one ("lexicon/en/time.toml", "lexicon/common/compare.toml"); both when both exist."""
    shown = [text for file, text in _candidates(name, lang) if file.is_file()]
    return " + ".join(shown) or f"lexicon/{lang}/{name}.toml"


def require(
    data: dict[str, Any], key: str, kind: type, lexicon: str, *, lang: str = DEFAULT_LANGUAGE
) -> Any:
    """Return ``data[key]`` when it is of type ``kind``; raise LexiconError otherwise (naming
    the file of lexicon ``lexicon`` in language ``lang``)."""
    value = data.get(key)
    if not isinstance(value, kind):
        raise LexiconError(
            f"key {key!r} must be a {kind.__name__}, found {type(value).__name__}",
            path=lexicon_path(lexicon, lang),
        )
    return value


def lower_words(
    data: dict[str, Any], key: str, lexicon: str, *, lang: str = DEFAULT_LANGUAGE
) -> frozenset[str]:
    """The list ``data[key]`` as a set of lower-case words (``require``'s errors, naming the
    file of language ``lang``)."""
    return frozenset(str(w).lower() for w in require(data, key, list, lexicon, lang=lang))


def lower_table(
    data: dict[str, Any], key: str, lexicon: str, *, lang: str = DEFAULT_LANGUAGE
) -> dict[str, str]:
    """The table ``data[key]`` of words (keys folded to lower case) to names (``require``'s
    errors, naming the file of language ``lang``)."""
    table = require(data, key, dict, lexicon, lang=lang)
    return {str(k).lower(): str(v) for k, v in table.items()}


LowerWords = Annotated[frozenset[str], "lower_words"]
"""A ``table_settings`` field read as ``lower_words``: a list of words, lower-cased."""
LowerWordList = Annotated[tuple[str, ...], "lower_word_list"]
"""A ``table_settings`` field read as a list of words (endings), lower-cased, in order."""

# How ``table_settings`` reads a field of each type: a number or a word as it is, a set of
# letters from a string ("aeiou"), a list of words lower-cased (as a set or in order).
_SETTING_READERS: Final[dict[object, Callable[[dict[str, Any], str, str], object]]] = {
    int: lambda table, key, lexicon: require(table, key, int, lexicon),
    str: lambda table, key, lexicon: require(table, key, str, lexicon),
    frozenset[str]: lambda table, key, lexicon: frozenset(require(table, key, str, lexicon)),
    LowerWords: lower_words,
    LowerWordList: lambda table, key, lexicon: tuple(
        str(w).lower() for w in require(table, key, list, lexicon)
    ),
}


def table_settings(
    record: type[_R], lexicon: str, table: str, *, lang: str = DEFAULT_LANGUAGE
) -> _R:
    """The ``[table]`` of ``lexicon`` in language ``lang`` as a dataclass ``record``: each
    field read from the key of its name, an ``int`` or a ``str`` as it is, a
    ``frozenset[str]`` as the letters of a string, a ``LowerWords`` or ``LowerWordList`` as
    a list of words, lower-cased (``require``'s errors for a missing key or one of another
    type)."""
    if not is_dataclass(record):
        raise TypeError(f"{record!r} is not a dataclass")
    data = require(load_lexicon(lexicon, lang), table, dict, lexicon, lang=lang)
    hints = get_type_hints(record, include_extras=True)
    read = {f.name: _SETTING_READERS[hints[f.name]] for f in fields(record)}
    return record(**{key: reader(data, key, lexicon) for key, reader in read.items()})
