"""No English prose left in the pipeline's Python code (issue 10).

Every word a pipeline stage reads or writes comes from ``crosscheck/lexicon/<lang>/*.toml``
through ``crosscheck.lexicon.load_lexicon``, so a new language is a new lexicon folder, not
a code change. This test parses (``ast``) every module of the pipeline and fails on a
string literal, or a constant part of an f-string, that holds English prose.

Scope: every module under ``crosscheck/`` except the user interface, whose text is not a
pipeline word: ``cli/``, ``report/`` (the tables' and pages' labels), ``ingest/`` (fetching
and reading files) and ``errors.py``. In the modules read, these are not prose either:

* docstrings;
* the text of ``raise`` and ``assert`` statements (error messages for the user);
* a literal that is a bare identifier ("explain", "published_apart"): a lexicon key, a
  claim kind or an enum value, never shown as a sentence.

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

PACKAGE = Path(__file__).resolve().parent.parent / "crosscheck"
UI = ("cli", "report", "ingest")
UI_FILES = ("errors.py",)

_TWO_WORDS = re.compile(r"[A-Za-z]{3,}(?:\s+|,\s*)[A-Za-z]{2,}")
_ONE_WORD = re.compile(r"(?:^|[\s(:;,])[A-Za-z]{3,}(?:$|[\s):;,.])")
_IDENTIFIER = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")


def _prose(text: str) -> bool:
    if _IDENTIFIER.fullmatch(text):
        return False  # a key, kind or enum value
    return bool(_TWO_WORDS.search(text) or _ONE_WORD.search(text))


def _pipeline_modules() -> list[Path]:
    return [
        p
        for p in sorted(PACKAGE.rglob("*.py"))
        if p.relative_to(PACKAGE).parts[0] not in UI and p.name not in UI_FILES
    ]


def _not_prose(tree: ast.Module) -> set[int]:
    """The ids of docstring nodes and of every node inside ``raise``/``assert``."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            for statement in node.body:
                if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
                    skip.add(id(statement.value))
        if isinstance(node, ast.Raise | ast.Assert):
            skip.update(id(inner) for inner in ast.walk(node))
    return skip


def findings() -> list[tuple[str, int, str]]:
    """Every prose literal of the pipeline: (path under crosscheck/, line, text)."""
    found = []
    for path in _pipeline_modules():
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
_UI = "a message about the input files or the run: UI text like errors.py (a message catalogue)"
_DEV = "a developer tool's message (expectation checks, the review file): UI text"
_REGEX = "a regex over tomllib's English error text, not our words"
_URL = "'www.': a URL prefix, not a word"
_ID = "an input of stable_id: changing it changes every certainty row's id; never shown"
_NOTE = "a claim or date note (claims.csv notes column): stage output still to move"
_LABEL = "a stage's label (cleaning kind, certainty column, encoding): output still to move"

ALLOWED: dict[tuple[str, str], str] = {
    (
        "__main__.py",
        "crosscheck: interrupted; earlier reports were left as they were",
    ): _UI,  # line 8
    ("articles.py", "the {what} name is not valid UTF-8 text; rename the {what}"): _UI,  # line 71
    ("articles.py", "Word file"): _UI,  # line 74
    ("articles.py", "web page"): _UI,  # line 74
    ("articles.py", "story entry"): _UI,  # line 156
    ("text/clean.py", "teaser for other stories"): _LABEL,  # line 49
    ("text/clean.py", "donation appeal"): _LABEL,  # line 50
    ("text/clean.py", "navigation menu"): _LABEL,  # line 51
    ("text/clean.py", "site self-description"): _LABEL,  # line 52
    ("text/clean.py", "site chrome"): _LABEL,  # line 53
    ("text/clean.py", "photo credit"): _LABEL,  # line 54
    ("text/clean.py", "share buttons"): _LABEL,  # line 55
    ("text/clean.py", "list marker"): _LABEL,  # line 56
    ("text/clean.py", "widget label"): _LABEL,  # line 57
    ("decoding.py", " (with replacements)"): _LABEL,  # line 17
    ("expectations.py", "top level"): _DEV,  # line 73
    ("expectations.py", "]] entry "): _DEV,  # line 86
    ("expectations.py", "[[ignored]] entry "): _DEV,  # line 171
    ("expectations.py", " reached a claim: "): _DEV,  # line 235
    ("expectations.py", "leftover words "): _DEV,  # line 235
    ("expectations.py", " reached discrepancy "): _DEV,  # line 243
    ("expectations.py", "no claim or discrepancy quotes it"): _DEV,  # line 245
    ("expectations.py", ") but it passes: remove its 'xfail'"): _DEV,  # line 261
    ("expectations.py", "marked as a known miss ("): _DEV,  # line 261
    ("expectations.py", "known miss ("): _DEV,  # line 266
    ("expectations.py", "not flagged: "): _DEV,  # line 286
    ("expectations.py", ", not "): _DEV,  # line 292
    ("expectations.py", "flagged as "): _DEV,  # line 292
    ("expectations.py", "wrongly flagged ("): _DEV,  # line 299
    ("expectations.py", ": extraction lost it"): _DEV,  # line 307
    ("expectations.py", "not flagged, but no claim quotes "): _DEV,  # line 307
    ("expectations.py", "not flagged, both claims found"): _DEV,  # line 310
    ("model.py", "hedged ("): _LABEL,  # line 207
    ("model.py", "a string"): _UI,  # line 239
    ("model.py", "Source."): _UI,  # line 244
    ("model.py", "a string or None"): _UI,  # line 244
    ("model.py", "a Granularity"): _UI,  # line 253
    ("model.py", "a Path or None"): _UI,  # line 255
    ("quantities/noise.py", "www."): _URL,  # line 69
    ("readfile.py", "\\s*\\(at line (\\d+), column (\\d+)\\)\\s*$"): _REGEX,  # line 56
    ("readfile.py", "\\s*\\(at end of document\\)\\s*$"): _REGEX,  # line 57
    ("readfile.py", "a broken link (the file it points to does not exist)"): _UI,  # line 130
    ("readfile.py", "not found"): _UI,  # line 130
    ("readfile.py", " bytes"): _UI,  # line 136
    ("readfile.py", "; refused"): _UI,  # line 199
    ("readfile.py", "line "): _UI,  # line 199
    ("readfile.py", " parts"): _UI,  # line 232
    ("readfile.py", "a dotted key of more than "): _UI,  # line 232
    ("readfile.py", " dotted-key parts in all"): _UI,  # line 234
    ("readfile.py", "more than "): _UI,  # line 234
    ("readfile.py", " deep"): _UI,  # line 244
    ("readfile.py", "arrays or tables nested more than "): _UI,  # line 244
    ("readfile.py", " arrays or inline tables"): _UI,  # line 250
    ("readfile.py", " differently named tables"): _UI,  # line 264
    ("readfile.py", ", column "): _UI,  # line 287
    ("readfile.py", ": invalid TOML ("): _UI,  # line 287
    ("readfile.py", "end of file: invalid TOML ("): _UI,  # line 291
    ("readfile.py", "invalid TOML ("): _UI,  # line 292
    ("review.py", "false positive"): _DEV,  # line 23
    ("review.py", "not found"): _DEV,  # line 119
    ("review.py", "review file not found"): _DEV,  # line 120
    ("review.py", "is a directory, not a file"): _DEV,  # line 121
    ("review.py", "is a folder, not a review file"): _DEV,  # line 122
    ("review.py", "not a regular file"): _DEV,  # line 123
    ("review.py", "not a regular file, so not a review file"): _DEV,  # line 124
    ("review.py", "too large"): _DEV,  # line 126
    ("review.py", "too large for a review file"): _DEV,  # line 126
    ("review.py", "cannot read"): _DEV,  # line 127
    ("review.py", "cannot read the review file"): _DEV,  # line 127
    ("review.py", "review file not found: "): _DEV,  # line 131
    ("rules/certainty.py", "hedged: "): _ID,  # line 294
    ("rules/certainty.py", "outright: "): _ID,  # line 427
    ("text/sentences.py", "www."): _URL,  # line 44
    ("sources.py", ": no entry in "): _UI,  # line 157
    ("sources.py", "too many levels of symbolic links"): _UI,  # line 216
    ("sources.py", "the path contains a NUL character"): _UI,  # line 217
    ("sources.py", ", outside the story folder; not read"): _UI,  # line 237
    ("sources.py", "a link to "): _UI,  # line 237
    ("sources.py", " files) in this folder"): _UI,  # line 242
    ("sources.py", "no articles ("): _UI,  # line 242
    ("sources.py", " problem(s), first: "): _UI,  # line 243
    ("sources.py", "no usable articles ("): _UI,  # line 243
    ("sources.py", "loaded without outlet or date"): _UI,  # line 249
    ("sources.py", "no outlet"): _UI,  # line 250
    ("sources.py", "outlet "): _UI,  # line 250
    ("sources.py", "date "): _UI,  # line 251
    ("sources.py", "no date"): _UI,  # line 251
    ("sources.py", " and "): _UI,  # line 252
    ("sources.py", " found in the file"): _UI,  # line 252
    ("sources.py", "loaded with the "): _UI,  # line 252
    ("sources.py", ": not found; articles are loaded without outlet or date"): _UI,  # line 261
    ("sources.py", " article)"): _UI,  # line 285
    ("sources.py", ": ignored (not a "): _UI,  # line 285
    ("sources.py", "; they were replaced by U+FFFD"): _UI,  # line 337
    ("sources.py", "some bytes are not valid "): _UI,  # line 337
    ("sources.py", " but not found"): _UI,  # line 348
    ("sources.py", "listed in "): _UI,  # line 348
    ("sources.py", "cannot read ("): _UI,  # line 350
    ("sources.py", " is already used by "): _UI,  # line 353
    ("sources.py", "skipped; source id "): _UI,  # line 353
    ("sources.py", " yet"): _UI,  # line 359
    ("sources.py", "skipped; no lexicon for language "): _UI,  # line 359
    ("storyfile.py", "[[sources]] entry "): _UI,  # line 130
    ("timex/absolute.py", " (day/month order unknown)"): _NOTE,  # line 89
    ("timex/absolute.py", "ambiguous: "): _NOTE,  # line 89
    ("timex/absolute.py", " does not match "): _NOTE,  # line 99
    ("timex/absolute.py", "century inferred from the publication date"): _NOTE,  # line 200
    ("timex/absolute.py", "read as "): _NOTE,  # line 212
    ("timex/clock.py", "time zone "): _NOTE,  # line 57
    ("timex/clock.py", "runs past midnight"): _NOTE,  # line 59
    ("timex/clock.py", "a.m. or p.m. not given: read as written"): _NOTE,  # line 61
    ("timex/find.py", "read against the publication date"): _NOTE,  # line 44
    ("timex/periods.py", "not placed: beyond the calendar (years 1 to 9999)"): _NOTE,  # line 28
    (
        "timex/periods.py",
        "alternatives: read as the period from the first to the last",
    ): _NOTE,  # line 30
    ("timex/periods.py", ": read as "): _NOTE,  # line 110
    ("timex/periods.py", ", the clause looks back"): _NOTE,  # line 117
    ("timex/periods.py", ", the clause looks forward"): _NOTE,  # line 117
    ("timex/periods.py", " inferred from the publication date"): _NOTE,  # line 118
    ("timex/periods.py", "year "): _NOTE,  # line 118
    ("timex/periods.py", " taken from '"): _NOTE,  # line 221
    ("timex/periods.py", " taken from the end of the range"): _NOTE,  # line 288
    ("timex/periods.py", " taken from the start of the range"): _NOTE,  # line 300
    ("timex/quotes.py", "not placed: inside a quote of a statement dated {year}"): _NOTE,  # line 25
    ("timex/records.py", "year, read as the calendar year"): _NOTE,  # line 29
    ("timex/records.py", "vague: not placed on the calendar"): _NOTE,  # line 119
    ("timex/relative.py", "the week just ending (published on a "): _NOTE,  # line 108
    ("timex/relative.py", ", the clause looks forward)"): _NOTE,  # line 112
    ("timex/relative.py", "the coming week (published on a "): _NOTE,  # line 112
    ("timex/relative.py", " the publication date"): _NOTE,  # line 133
    ("timex/relative.py", "approximate: about {n} {unit}(s) before publication"): _NOTE,  # line 205
    (
        "timex/relative.py",
        "vague: '{bound} ... ago' is open-ended, not placed on the calendar",
    ): _NOTE,  # line 206
    (
        "timex/relative.py",
        "approximate: '{hedge} ... ago' measures a length of time, not a date",
    ): _NOTE,  # line 207
    ("timex/relative.py", "rolling period ending at publication"): _NOTE,  # line 261
    ("timex/relative.py", "rolling period from publication"): _NOTE,  # line 262
    (
        "timex/scan.py",
        "not placed: beyond the calendar (years 1 to 9999) from the publication date",
    ): _NOTE,  # line 29
    ("timex/scope.py", "' read as '"): _NOTE,  # line 63
}


def test_no_english_prose_in_pipeline_code() -> None:
    new = [f"{f}:{line}: {text!r}" for f, line, text in findings() if (f, text) not in ALLOWED]
    assert not new, "English prose in pipeline code, move it to a lexicon:\n" + "\n".join(new)


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
