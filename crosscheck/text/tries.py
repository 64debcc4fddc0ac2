"""Phrase lists -> one regular-expression alternation built as a trie (linear time).

"a(?:lleged|ppear(?:s)?)" for "alleged", "appear", "appears": the regex engine reads each
letter once instead of trying every phrase in turn, and a longer phrase is tried before its
prefix, as in a longest-first alternation (the same matches, found faster). There is no
nested repetition. A space inside a phrase stands for ``space`` (any white space by default).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_SPACE = " "  # the white space between the words of a phrase, in a trie
_END = ""  # marks the end of a phrase in a trie node

Trie = dict[str, Any]


def phrase_trie(phrases: Iterable[str]) -> Trie:
    """The phrases as a trie of characters, their inner white space one ``_SPACE`` each."""
    root: Trie = {}
    for phrase in phrases:
        node = root
        for char in _SPACE.join(phrase.split()):
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def trie_regex(node: Trie, space: str = r"\s+") -> str:
    """The regex of one trie node: its branches, optional when a phrase ends here."""
    branches = [
        (space if char == _SPACE else re.escape(char)) + trie_regex(child, space)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
    return body


def trie_alternation(phrases: Iterable[str], space: str = r"\s+") -> str:
    """The phrases as one alternation (see the module docstring); "" for no phrase."""
    return trie_regex(phrase_trie(phrases), space)
