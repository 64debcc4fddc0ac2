"""The message catalogue (``lexicon/<lang>/messages.toml``) against the code that uses it.

Every ``message("key", ...)`` call in ``crosscheck/`` names a key of the catalogue, every
key of the catalogue is used somewhere, and each call passes exactly the placeholders of
its template, so a message can neither be missing nor fail to format at run time, and a
translator sees every field a sentence gets. Every other language's catalogue has the keys
of ``en``'s, each template with the same placeholders.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Mapping
from pathlib import Path

import pytest

from crosscheck.lexicon import available_languages
from crosscheck.messages import catalogue, message

PACKAGE = Path(__file__).resolve().parent.parent / "crosscheck"


def _calls() -> list[tuple[str, int, str, frozenset[str] | None]]:
    """Every ``message(...)`` call: (file, line, key, keyword names or None for ``**``)."""
    calls = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "message"
            ):
                continue
            where = path.relative_to(PACKAGE).as_posix()
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue  # a key kept as data: see _key_literals
            names = [k.arg for k in node.keywords]
            fields = None if None in names else frozenset(str(n) for n in names)
            calls.append((where, node.lineno, first.value, fields))
    return calls


def _placeholders(template: str) -> frozenset[str]:
    return frozenset(
        field.split(".")[0].split("[")[0]
        for _, field, _, _ in string.Formatter().parse(template)
        if field is not None
    )


def _key_literals() -> list[tuple[str, int, str]]:
    """Every string literal shaped like a message key ("files.not_found": a table of the
    catalogue, a dot, more): the keys of calls and the keys the code keeps as data (a table
    of keys looked up later)."""
    tables = {key.split(".")[0] for key in catalogue()}
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and re.fullmatch(r"[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+", node.value)
                and node.value.split(".")[0] in tables
            ):
                found.append((path.relative_to(PACKAGE).as_posix(), node.lineno, node.value))
    return found


def test_calls_were_found() -> None:
    assert len(_calls()) > 50


def test_every_key_used_exists() -> None:
    missing = [f"{f}:{line}: {key}" for f, line, key in _key_literals() if key not in catalogue()]
    assert not missing, "message keys not in messages.toml:\n" + "\n".join(missing)


def test_every_key_in_the_catalogue_is_used() -> None:
    unused = sorted(set(catalogue()) - {key for _, _, key in _key_literals()})
    assert not unused, f"messages.toml keys no code uses: {unused}"


def test_each_call_gives_its_template_s_placeholders() -> None:
    wrong = []
    for f, line, key, fields in _calls():
        template = catalogue().get(key)
        if template is None or fields is None:
            continue
        if fields != _placeholders(template):
            wrong.append(
                f"{f}:{line}: {key} gets {sorted(fields)}, wants {sorted(_placeholders(template))}"
            )
    assert not wrong, "\n".join(wrong)


def test_every_template_formats() -> None:
    for key, template in catalogue().items():
        fields = dict.fromkeys(_placeholders(template), 1)
        assert isinstance(template.format(**fields), str), key


def test_message_fills_its_fields() -> None:
    assert message("files.bytes", n=2000) == "2,000 bytes"
    assert message("loading.outlet", outlet="BBC") == "outlet 'BBC'"


def test_an_unknown_key_is_an_error() -> None:
    with pytest.raises(KeyError):
        message("no.such.key")


def translation_problems(reference: Mapping[str, str], other: Mapping[str, str]) -> list[str]:
    """What a language's catalogue lacks against ``en``'s: keys missing or extra, and
    templates whose placeholders differ (a translation must take the same fields)."""
    problems = [f"{key}: missing" for key in sorted(reference.keys() - other.keys())]
    problems += [f"{key}: not in en" for key in sorted(other.keys() - reference.keys())]
    problems += [
        f"{key}: placeholders {sorted(_placeholders(other[key]))}, "
        f"en has {sorted(_placeholders(reference[key]))}"
        for key in sorted(reference.keys() & other.keys())
        if _placeholders(reference[key]) != _placeholders(other[key])
    ]
    return problems


def test_every_language_s_catalogue_matches_en() -> None:
    for lang in available_languages():
        assert not translation_problems(catalogue(), catalogue(lang)), lang


def test_a_translation_that_drops_a_field_is_caught() -> None:
    broken = dict(catalogue())
    broken["files.bytes"] = "{count} octets"
    del broken["loading.no_date"]
    broken["loading.extra"] = "x"
    problems = translation_problems(catalogue(), broken)
    assert problems == [
        "loading.no_date: missing",
        "loading.extra: not in en",
        "files.bytes: placeholders ['count'], en has ['n']",
    ]
