"""Lexicon data files shipped inside the package: name -> parsed TOML, loaded once.

Each stage validates the shape of the lexicons it reads (see ``require``), so a broken data
file fails loudly with the file's name instead of producing silent wrong results.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from crosscheck.errors import LexiconError


@cache
def load_lexicon(name: str) -> dict[str, Any]:
    """Parse ``crosscheck/lexicon/<name>.toml`` once per process."""
    resource = resources.files(__name__).joinpath(f"{name}.toml")
    try:
        text = resource.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError("lexicon file is missing", path=f"lexicon/{name}.toml") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"invalid TOML: {exc}", path=f"lexicon/{name}.toml") from None


def require(data: dict[str, Any], key: str, kind: type, lexicon: str) -> Any:
    """Return ``data[key]`` when it is of type ``kind``; raise LexiconError otherwise."""
    value = data.get(key)
    if not isinstance(value, kind):
        raise LexiconError(
            f"key {key!r} must be a {kind.__name__}, found {type(value).__name__}",
            path=f"lexicon/{lexicon}.toml",
        )
    return value
