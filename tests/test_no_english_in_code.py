"""No English prose left in the Python code (issue 10).

Every word the tool reads or writes comes from ``crosscheck/lexicon/<lang>/*.toml``: the
stages' words through ``crosscheck.lexicon.load_lexicon`` (their report words in each
lexicon's ``[explain]`` table, ``crosscheck.lexicon.explain_words``), the messages about
files, the run and the command line through ``crosscheck.messages.message`` (the catalogue
``messages.toml``). So a new language is a new lexicon folder, not a code change. This test
parses (``ast``) every module under ``crosscheck/``, the command line (``cli/``), reports
(``report/``) and ingestion (``ingest/``) included, and fails on a string literal, or a
constant part of an f-string, that holds English prose. These are not prose:

* docstrings;
* the text of ``assert`` statements, and of a ``raise`` of an error that is not a message
  to the user (``TypeError`` for a wrong-typed argument, ``LexiconError`` for a broken data
  file of ours: developer text). A ``raise`` of one of ``USER_ERRORS`` (``InputError``,
  ``ConfigError`` ...) is read like any other code;
* a literal that is a bare identifier ("explain", "published_apart"): a lexicon key, a
  claim kind or an enum value, never shown as a sentence; a message key
  ("loading.no_entry") is one too.

Prose is (a simple rule, see ``_prose``): two alphabetic words in a row, the first of 3+
letters ("hedges it", "none stated"), or one word of 3+ letters standing between spaces
or punctuation as part of a sentence (" states ", "says ").

What is still written in Python is listed in ``ALLOWED`` with why; the test fails on any
literal that is neither allowed nor moved, and on an allowed literal that is gone (so the
list only shrinks).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.code_literals import docstring_ids

PACKAGE = Path(__file__).resolve().parent.parent / "crosscheck"

_TWO_WORDS = re.compile(r"[A-Za-z]{3,}(?:\s+|,\s*)[A-Za-z]{2,}")
_ONE_WORD = re.compile(r"(?:^|[\s(:;,])[A-Za-z]{3,}(?:$|[\s):;,.])")
_IDENTIFIER = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")


def _prose(text: str) -> bool:
    if _IDENTIFIER.fullmatch(text):
        return False  # a key, kind or enum value
    return bool(_TWO_WORDS.search(text) or _ONE_WORD.search(text))


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


# The errors whose text the user reads as the tool's one-line message (``errors.py``'s, the
# fetcher's, the command line's, an interruption's): their text is read like any literal.
USER_ERRORS = frozenset(
    {
        "CrosscheckError", "InputError", "ConfigError", "OutputError", "FetchError",
        "NoArticlesError", "argparse.ArgumentTypeError", "type(exc)", "KeyboardInterrupt",
    }
)  # fmt: skip


def _told(node: ast.Raise) -> bool:
    """Whether a ``raise`` raises an error whose text is shown to the user."""
    return isinstance(node.exc, ast.Call) and ast.unparse(node.exc.func) in USER_ERRORS


def _not_prose(tree: ast.Module) -> set[int]:
    """The ids of docstring nodes and of every node inside ``assert`` or inside a ``raise``
    of an error the user does not see as a message (``TypeError`` for a wrong-typed
    argument, ``LexiconError`` for a broken data file of ours)."""
    skip = docstring_ids(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assert) or (isinstance(node, ast.Raise) and not _told(node)):
            skip.update(id(inner) for inner in ast.walk(node))
    return skip


def findings() -> list[tuple[str, int, str]]:
    """Every prose literal of the package: (path under crosscheck/, line, text)."""
    found = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _not_prose(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in skip
                and _prose(node.value)
            ):
                found.append((path.relative_to(PACKAGE).as_posix(), node.lineno, node.value))
    return found


# (file, literal) -> why it is still written in Python. Keyed by text, not line, so an
# edit elsewhere in the file does not break the list; the line is in the comment.
_API = (
    "a programmer's TypeError for a record field of the wrong type (the text of a raise,"
    " handed to the helper that raises it): API misuse, never said of the user's input"
)
_STATUS = "an accepted spelling of a review status in the user's review CSV: file format"
_REGEX = "a regex over tomllib's English error text, not our words"
_URL = "'www.': a URL prefix, not a word"
_ID = "an input of stable_id: changing it changes every certainty row's id; never shown"
_TOML_KEY = "a story.toml key as init/add write it: the file's format (DESIGN.md), not prose"
_FILE = "a file name of the report folder: a data contract, like the CSV columns"
_LIBRARY = "urllib's English redirect error text, matched: not our words"
_HEADER = "the HTTP User-Agent header: protocol text, never shown"
_STYLE = "a rich style name, not a word shown"

ALLOWED: dict[tuple[str, str], str] = {
    ("cli/init.py", "title = "): _TOML_KEY,  # line 35
    ("cli/init.py", "file = "): _TOML_KEY,  # line 79
    ("cli/init.py", '# outlet = ""'): _TOML_KEY,  # line 79
    ("cli/run.py", "discrepancies.reviewed-before.csv"): _FILE,  # line 35
    ("ingest/fetch.py", "not allowed"): _LIBRARY,  # line 46
    (
        "ingest/fetch.py",
        "crosscheck/0.1 (news fact-checking; +https://pypi.org/project/crosscheck/)",
    ): _HEADER,  # line 47
    ("ingest/fetch.py", "www."): _URL,  # line 293
    ("ingest/fetch.py", "file = "): _TOML_KEY,  # line 341
    ("ingest/fetch.py", "outlet = "): _TOML_KEY,  # line 343
    ("ingest/fetch.py", "title = "): _TOML_KEY,  # line 345
    ("ingest/fetch.py", "published = "): _TOML_KEY,  # line 348
    ("ingest/fetch.py", "url = "): _TOML_KEY,  # line 350
    ("ingest/fetch.py", "fetched = "): _TOML_KEY,  # line 352
    ("model.py", "a string"): _API,  # lines 244, 247, 261
    ("model.py", "a string or None"): _API,  # line 249
    ("model.py", "Source."): _API,  # lines 249, 260
    ("model.py", "a Granularity"): _API,  # line 258
    ("model.py", "a Path or None"): _API,  # line 260
    ("quantities/noise.py", "www."): _URL,  # line 69
    ("report/terminal.py", "bold red"): _STYLE,  # lines 33, 240, 248
    ("report/terminal.py", "bold yellow"): _STYLE,  # lines 33, 241, 260
    ("report/terminal.py", "bold underline"): _STYLE,  # line 94
    ("readfile.py", "\\s*\\(at line (\\d+), column (\\d+)\\)\\s*$"): _REGEX,  # line 57
    ("readfile.py", "\\s*\\(at end of document\\)\\s*$"): _REGEX,  # line 58
    ("review.py", "false positive"): _STATUS,  # line 24
    ("rules/certainty.py", "hedged: "): _ID,  # line 294
    ("rules/certainty.py", "outright: "): _ID,  # line 427
    ("text/sentences.py", "www."): _URL,  # line 44
}


def test_no_english_prose_in_code() -> None:
    new = [f"{f}:{line}: {text!r}" for f, line, text in findings() if (f, text) not in ALLOWED]
    assert not new, "English prose in Python code, move it to a lexicon:\n" + "\n".join(new)


def test_allow_list_only_shrinks() -> None:
    present = {(f, text) for f, _, text in findings()}
    gone = [key for key in ALLOWED if key not in present]
    assert not gone, f"allowed literals no longer in the code, drop them: {gone}"


def test_rule_catches_prose() -> None:
    assert _prose(" Few distinctive words match")
    assert _prose(" states ")
    assert _prose("says ")
    assert _prose("none stated")
    assert not _prose("published_apart")
    assert not _prose("explain")
    assert not _prose("%Y-%m-%d")
