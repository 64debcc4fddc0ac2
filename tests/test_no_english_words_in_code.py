"""No English word the code matches against article text left in ``claims/``, ``match/``,
``rules/`` (issue 10, the sibling of ``test_no_english_in_code.py``).

``test_no_english_in_code`` fails on English prose in a literal but lets a bare word
through ("explain", "total": a lexicon key, a claim kind). A bare word is also what the
code would match against article text (``token.lower == "of"``, ``in {"the", "a", "an"}``),
and such a word belongs in the lexicon of its language, so a new language changes no code.
This test parses (``ast``) every module of the three packages and fails on a string literal
that is one lower-case word or ending ("of", "ly", "'s") and a word of the shipped English
word lists (a value of ``crosscheck/lexicon/en/*.toml``, or a word of one; keys are not
read). These are no such words and are not read:

* docstrings, the text of ``assert`` and ``raise``;
* a direct argument of a call (a lexicon name or key: ``require(data, "articles", ...)``,
  ``load_lexicon("events")``), but not of a string method that matches text
  (``endswith("ly")``, ``startswith``, ``split`` ...);
* a subscript (``words["say"]``) and a dict literal's key.

What is still written is listed in ``ALLOWED`` with why (a claim kind, a frame role, a key
of a report-words table ...: words of the code, not of the text it reads); the test fails on
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

PACKAGE = Path(__file__).resolve().parent.parent / "crosscheck"
PACKAGES = ("claims", "match", "rules")

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


def _called(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _not_read(tree: ast.Module) -> set[int]:
    """The ids of the literals that are no word matched against text: docstrings, the text
    of ``assert`` and ``raise``, a call's direct arguments (a string method's aside), a
    subscript's index and a dict literal's keys."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            for statement in node.body:
                if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
                    skip.add(id(statement.value))
        elif isinstance(node, ast.Assert | ast.Raise):
            skip.update(id(inner) for inner in ast.walk(node))
        elif isinstance(node, ast.Call) and _called(node.func) not in _TEXT_METHODS:
            skip.update(id(arg) for arg in node.args)
            skip.update(id(keyword.value) for keyword in node.keywords)
        elif isinstance(node, ast.Subscript):
            skip.add(id(node.slice))
        elif isinstance(node, ast.Dict):
            skip.update(id(key) for key in node.keys if key is not None)
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
    """Every such literal of the three packages: (path under crosscheck/, line, word)."""
    found = []
    for package in PACKAGES:
        for path in sorted((PACKAGE / package).rglob("*.py")):
            shown = path.relative_to(PACKAGE).as_posix()
            found.extend((shown, line, word) for line, word in words_in(path.read_text("utf-8")))
    return found


# (file, word) -> why it is still written in Python: a word of the code, never one read in
# an article (keyed by text, not line; the line is in the comment).
_KIND = "a claim's kind or a frame's value, written into claims and compared, not read in text"
_ROLE = "a frame role (frame_roles.py): a value of Frame.role, compared, not read in text"
_GROUP = "a scope group (scope_groups.py: start, end, at): a key of ScopeGroups, not read"
_GATE = "a gate's name, yielded and counted by the figure matcher, not read in text"
_VAGUE = "a reason name vague_pairs.py returns, compared by its callers, not read in text"
_KEY = "a key of a report-words table ([explain]), chosen by a condition: not read in text"
_LEXICON = "a lexicon file or table name (an input of load_lexicon / require), not read"
_STAGE = "the name of a matching family or rule group (engine.py, rules/base.py)"
_SLOT = "a name part's role (slip_rules.py, entity_pairs.py), not read in text"
_SIDE = "a pair side's label ('a', 'b'): a field name of the pair, not read in text"
_EXPORT = "a Python name in __all__ or __slots__, not read in text"
_BOUND = "a bound's name (numeric.py LOWER, UPPER), not read in text"
_FLOAT = "the exponent mark of Python's float repr ('1e-05'), not read in text"

ALLOWED: dict[tuple[str, str], str] = {
    ("claims/dates.py", "date"): _KIND,  # line 38
    ("claims/dates.py", "dated"): _KIND,  # line 41
    ("claims/dates.py", "stated"): _KIND,  # line 44
    ("claims/figure_claim.py", "age"): _KIND,  # line 91
    ("claims/figure_claim.py", "count"): _KIND,  # line 150
    ("claims/figure_claim.py", "person"): _KIND,  # line 87
    ("claims/frame_finishes.py", "finish"): _KIND,  # line 24
    ("claims/frame_located.py", "located"): _KIND,  # line 26
    ("claims/frame_located.py", "length"): _KIND,  # line 27
    ("claims/frame_located.py", "events"): _LEXICON,  # line 28
    ("claims/frame_occasions.py", "rank"): _KIND,  # line 28
    ("claims/frame_roles.py", "total"): _ROLE,  # line 29
    ("claims/frame_roles.py", "part"): _ROLE,  # line 30
    ("claims/frame_roles.py", "base"): _ROLE,  # line 31
    ("claims/frame_roles.py", "change"): _ROLE,  # line 33
    ("claims/frame_roles.py", "rate"): _ROLE,  # line 34
    ("claims/frame_roles.py", "other"): _ROLE,  # line 35
    ("claims/frame_roles.py", "estimate"): _ROLE,  # line 36
    ("claims/frame_what.py", "person"): _KIND,  # line 30
    ("claims/frame_words.py", "plan"): _KIND,  # line 17
    ("claims/frame_words.py", "tens"): _LEXICON,  # line 204
    ("claims/frames.py", "new"): _KIND,  # line 70
    ("claims/scope_groups.py", "start"): _GROUP,  # line 28
    ("claims/scope_groups.py", "end"): _GROUP,  # line 28
    ("claims/scope_groups.py", "at"): _GROUP,  # line 28
    ("match/__init__.py", "similar"): _EXPORT,  # line 19
    ("match/date_descriptors.py", "claim"): _EXPORT,  # line 366
    ("match/engine.py", "figures"): _STAGE,  # line 26
    ("match/engine.py", "names"): _STAGE,  # line 27
    ("match/engine.py", "certainty"): _STAGE,  # line 28
    ("match/figure_blocks.py", "cumulative"): _GROUP,  # line 31
    ("match/figure_blocks.py", "at"): _GROUP,  # lines 80, 83, 88
    ("match/figure_blocks.py", "start"): _GROUP,  # line 86
    ("match/figure_gates.py", "incident"): _GATE,  # line 34
    ("match/figure_gates.py", "hedged"): _GATE,  # line 35
    ("match/figure_gates.py", "times"): _GATE,  # line 57
    ("match/figure_gates.py", "settings"): _GATE,  # line 71
    ("match/names/entity_pairs.py", "middle"): _SLOT,  # line 25
    ("match/names/slip_rules.py", "given"): _SLOT,  # line 18
    ("match/names/slip_rules.py", "body"): _SLOT,  # line 20
    ("match/vague_pairs.py", "settings"): _VAGUE,  # line 233
    ("match/vague_pairs.py", "dated"): _VAGUE,  # line 239
    ("match/vague_pairs.py", "range"): _VAGUE,  # lines 242, 244
    ("rules/__init__.py", "a"): _SIDE,  # lines 305, 325, 344, 397, 410
    ("rules/__init__.py", "b"): _SIDE,  # lines 305, 397
    ("rules/__init__.py", "discrepancy"): _EXPORT,  # line 555
    ("rules/base.py", "figures"): _STAGE,  # line 49
    ("rules/explain.py", "start"): _GROUP,  # line 75
    ("rules/explain.py", "end"): _GROUP,  # line 77
    ("rules/explain.py", "total"): _ROLE,  # line 130
    ("rules/explain.py", "count"): _KEY,  # line 108
    ("rules/explain.py", "give"): _KEY,  # line 108
    ("rules/explain.py", "exactly"): _KEY,  # line 97
    ("rules/explain.py", "about"): _KEY,  # line 97
    ("rules/explain.py", "say"): _KEY,  # line 373
    ("rules/explain.py", "says"): _KEY,  # line 373
    ("rules/explain.py", "a"): _SIDE,  # line 381
    ("rules/explain.py", "b"): _SIDE,  # line 381
    ("rules/name_variant.py", "row"): _KEY,  # line 52
    ("rules/name_variant.py", "count"): _KEY,  # line 53
    ("rules/name_variant.py", "detail"): _KEY,  # line 60
    ("rules/name_variant.py", "metric"): _KEY,  # line 61
    ("rules/numeric.py", "lower"): _BOUND,  # line 176
    ("rules/numeric.py", "e"): _FLOAT,  # lines 132, 133
    ("rules/time_zones.py", "written"): _EXPORT,  # line 18
}


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
    )
    assert words_in(source) == []


def test_lexicon_words_are_read() -> None:
    words = english_words()
    assert {"the", "of", "said"} <= words
    assert "function_words" not in words  # a table's key, not one of its values
