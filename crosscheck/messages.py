"""User-facing text: a message key and its fields -> one line in the user's language.

Every message the tool shows about its input files, the run and its developer tools lives in
``lexicon/<lang>/messages.toml`` as a ``str.format`` template under a dotted key
(``"loading.no_entry"``: the table ``[loading]``, the key ``no_entry``); code says
``message("loading.no_entry", file=..., facts=...)``. The catalogue is read once per process;
``tests/test_messages.py`` checks that every key used in code exists, that every key of the
catalogue is used, and that each call gives exactly its template's placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.lexicon import load_lexicon

CATALOGUE = "messages"
"""The lexicon that holds the messages."""


@cache
def catalogue(lang: str = DEFAULT_LANGUAGE) -> Mapping[str, str]:
    """Every message of language ``lang``: dotted key -> template (nested tables flattened)."""
    flat: dict[str, str] = {}
    _flatten(load_lexicon(CATALOGUE, lang), "", flat)
    return flat


def _flatten(table: Mapping[str, Any], prefix: str, flat: dict[str, str]) -> None:
    for key, value in table.items():
        if isinstance(value, Mapping):
            _flatten(value, f"{prefix}{key}.", flat)
        else:
            flat[f"{prefix}{key}"] = str(value)


def message(key: str, /, **fields: object) -> str:
    """The message ``key`` with its placeholders filled from ``fields``.

    Raises:
        KeyError: No such message (a bug: the test of the catalogue catches it).
    """
    template = catalogue()[key]
    return template.format(**fields)
