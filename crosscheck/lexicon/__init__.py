"""Lexicon data files shipped inside the package: (name, language) -> parsed TOML, loaded once.

A lexicon is looked up in ``lexicon/<lang>/<name>.toml``, then ``lexicon/common/<name>.toml``
(language-free data), then, for English only, ``lexicon/<name>.toml`` (the flat layout the
English lexicons had before they moved to ``lexicon/en/``; both layouts work).

Each stage validates the shape of the lexicons it reads (see ``require``), so a broken data
file fails loudly with the file's name instead of producing silent wrong results.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from crosscheck.errors import LexiconError
from crosscheck.language import DEFAULT_LANGUAGE, language_tag, primary_language

COMMON = "common"
"""The folder of lexicons that hold no language's words (units, severities)."""


@cache
def load_lexicon(name: str, lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """Parse the lexicon ``name`` for language ``lang`` once per process.

    Raises:
        LexiconError: No such lexicon for that language, or it is not valid TOML.
    """
    for resource, shown in _candidates(name, lang):
        try:
            text = resource.read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            continue
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise LexiconError(f"invalid TOML: {exc}", path=shown) from None
    raise LexiconError(
        f"lexicon file is missing (language {lang!r})", path=f"lexicon/{lang}/{name}.toml"
    )


def _candidates(name: str, lang: str) -> list[tuple[Traversable, str]]:
    root = resources.files(__name__)
    file = f"{name}.toml"
    found = [
        (root.joinpath(lang).joinpath(file), f"lexicon/{lang}/{file}"),
        (root.joinpath(COMMON).joinpath(file), f"lexicon/{COMMON}/{file}"),
    ]
    if lang == DEFAULT_LANGUAGE:
        found.append((root.joinpath(file), f"lexicon/{file}"))
    return found


@cache
def available_languages() -> tuple[str, ...]:
    """The languages that have lexicons, sorted: a ``lexicon/<lang>/`` folder each, and
    English while its lexicons are still in the flat layout."""
    found: set[str] = set()
    for child in resources.files(__name__).iterdir():
        if child.is_dir() and child.name != COMMON and language_tag(child.name) == child.name:
            found.add(child.name)
        elif child.name.endswith(".toml"):
            found.add(DEFAULT_LANGUAGE)
    return tuple(sorted(found))


def lexicon_language(tag: str) -> str | None:
    """The language whose lexicons read text tagged ``tag`` ("en-GB" -> "en"), or None."""
    available = available_languages()
    if tag in available:
        return tag
    primary = primary_language(tag)
    return primary if primary in available else None


def require(data: dict[str, Any], key: str, kind: type, lexicon: str) -> Any:
    """Return ``data[key]`` when it is of type ``kind``; raise LexiconError otherwise."""
    value = data.get(key)
    if not isinstance(value, kind):
        raise LexiconError(
            f"key {key!r} must be a {kind.__name__}, found {type(value).__name__}",
            path=f"lexicon/{lexicon}.toml",
        )
    return value
