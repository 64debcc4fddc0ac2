"""One reset of everything read from the lexicons, for the tests that swap the lexicon root
(``tests.fakelang.fake_language``): every ``functools`` cache on a function of an imported
``crosscheck`` module, found by walking ``sys.modules`` (so a stage that adds a cached reader
needs no list edited here), and the memos that are not ``functools`` caches: the name
finder's look-ups of words read once (``finder._MEMOS``, per language) and the name
pairing's keys of a spelling (``name_keys._CAPITALISED`` and ``_ORG_KEYS``, per language;
``occurrences._SHAPES``, keyed by language)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

from crosscheck.match.names import name_keys, occurrences
from crosscheck.names import finder


def _cached_functions() -> Iterator[Any]:
    """Each ``functools`` cache bound to a name in an imported ``crosscheck`` module."""
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "crosscheck" or name.startswith("crosscheck.")):
            continue
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                yield value


def clear_lexicon_caches() -> None:
    """Empty every reader cache above: the next call reads the (current) lexicon root again."""
    for cached in _cached_functions():
        cached.cache_clear()
    finder._MEMOS.clear()
    name_keys._CAPITALISED.clear()
    name_keys._ORG_KEYS.clear()
    occurrences._SHAPES.clear()
