"""No English word the code matches against article text left in any module of
``crosscheck/`` (issue 10, the sibling of ``test_no_english_in_code.py``).

``test_no_english_in_code`` fails on English prose in a literal but lets a bare word
through ("explain", "total": a lexicon key, a claim kind). A bare word is also what the
code would match against article text (``token.lower == "of"``, ``in {"the", "a", "an"}``),
and such a word belongs in the lexicon of its language, so a new language changes no code.
This test parses (``ast``) every module of the package and fails on a string literal
that is one lower-case word or ending ("of", "ly", "'s") and a word of the shipped English
word lists (a value of ``crosscheck/lexicon/en/*.toml``, or a word of one; keys are not
read). These are no such words and are not read:

* docstrings, the text of ``assert`` and ``raise``;
* a direct argument of a call (a lexicon name or key: ``require(data, "articles", ...)``,
  ``load_lexicon("events")``), but not of a string method that matches text
  (``endswith("ly")``, ``startswith``, ``split`` ...);
* a subscript (``words["say"]``) and a dict literal's key;
* the names listed in ``__all__`` and ``__slots__`` (Python names).

What is still written is listed in ``ALLOWED`` (``english_words_allowed.py``) with why (a
claim kind, a frame role, a key of a report-words table, a CSV column ...: words of the code,
not of the text it reads); the test fails on
any literal neither allowed nor moved, and on an allowed literal that is gone (so the list
only shrinks).
"""

from __future__ import annotations

import ast
import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from tests.code_literals import docstring_ids
from tests.english_words_allowed import ALLOWED

PACKAGE = Path(__file__).resolve().parent.parent / "crosscheck"

_WORD = re.compile(r"['\u2019]?[a-z][a-z'\u2019-]*")
_LETTERS = re.compile(r"[a-z']+")
# The string methods whose argument is matched against text, so a word there is read.
_TEXT_METHODS = frozenset(
    {
        "startswith", "endswith", "find", "rfind", "index", "rindex", "count", "replace",
        "split", "rsplit", "strip", "lstrip", "rstrip", "removeprefix", "removesuffix",
        "partition", "rpartition",
    }
)  # fmt: skip


def _values(data: Any, out: set[str]) -> None:
    """Every string value of a parsed TOML document (keys left out), lower-cased, and each
    word of one."""
    if isinstance(data, dict):
        for value in data.values():
            _values(value, out)
    elif isinstance(data, list):
        for value in data:
            _values(value, out)
    elif isinstance(data, str):
        folded = data.lower()
        out.add(folded)
        out.update(_LETTERS.findall(folded))


@cache
def english_words() -> frozenset[str]:
    """The words of the shipped English lexicons: the values of their tables."""
    out: set[str] = set()
    for path in sorted((PACKAGE / "lexicon" / "en").glob("*.toml")):
        _values(tomllib.loads(path.read_text(encoding="utf-8")), out)
    return frozenset(out)


_PYTHON_NAMES = frozenset({"__all__", "__slots__"})


def _called(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _not_read(tree: ast.Module) -> set[int]:
    """The ids of the literals that are no word matched against text: docstrings, the text
    of ``assert`` and ``raise``, a call's direct arguments (a string method's aside), a
    subscript's index, a dict literal's keys and the names of ``__all__`` and ``__slots__``."""
    skip = docstring_ids(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assert | ast.Raise):
            skip.update(id(inner) for inner in ast.walk(node))
        elif isinstance(node, ast.Call) and _called(node.func) not in _TEXT_METHODS:
            skip.update(id(arg) for arg in node.args)
            skip.update(id(keyword.value) for keyword in node.keywords)
        elif isinstance(node, ast.Subscript):
            skip.add(id(node.slice))
        elif isinstance(node, ast.Dict):
            skip.update(id(key) for key in node.keys if key is not None)
        elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in _PYTHON_NAMES for t in targets):
                skip.update(id(inner) for inner in ast.walk(node.value))
    return skip


def words_in(source: str) -> list[tuple[int, str]]:
    """The bare-word literals of a module's source that are English lexicon words:
    (line, word)."""
    tree = ast.parse(source)
    skip = _not_read(tree)
    known = english_words()
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and _WORD.fullmatch(node.value)
        and node.value in known
    ]


def findings() -> list[tuple[str, int, str]]:
    """Every such literal of the package's modules: (path under crosscheck/, line, word)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        shown = path.relative_to(PACKAGE).as_posix()
        found.extend((shown, line, word) for line, word in words_in(path.read_text("utf-8")))
    return found


def test_no_english_text_word_in_code() -> None:
    new = [f"{f}:{line}: {word!r}" for f, line, word in findings() if (f, word) not in ALLOWED]
    assert not new, "English words matched in Python code, move them to a lexicon:\n" + (
        "\n".join(new)
    )


def test_allow_list_only_shrinks() -> None:
    present = {(f, word) for f, _, word in findings()}
    gone = [key for key in ALLOWED if key not in present]
    assert not gone, f"allowed words no longer in the code, drop them: {gone}"


def test_rule_catches_text_words() -> None:
    source = (
        'if token.lower == "of" and word in {"the", "an"}:\n'
        '    ok = after[0].lower not in ("said", "says") or low.endswith("ly")\n'
        'owned = word.endswith("\'s")\n'
    )
    found = sorted(word for _, word in words_in(source))
    assert found == ["'s", "an", "ly", "of", "said", "says", "the"]


def test_rule_passes_keys_and_names() -> None:
    source = (
        '"""A docstring: the words of the text."""\n'
        'data = require(load_lexicon("events"), "articles", list, "events")\n'
        'verb = words["say"]\n'
        'table = {"said": 1}\n'
        'assert kind, "the kind"\n'
        'unknown = "zzzq"\n'
        '__all__ = ["the", "of"]\n'
        "class Record:\n"
        '    __slots__ = ("said", "to")\n'
    )
    assert words_in(source) == []


def test_lexicon_words_are_read() -> None:
    words = english_words()
    assert {"the", "of", "said"} <= words
    assert "function_words" not in words  # a table's key, not one of its values
