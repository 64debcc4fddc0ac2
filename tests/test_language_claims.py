"""The claims stage's frame readers read the lexicons of the source's language: ``prepare``
keeps it (``Prepared.lang``), ``claims_from`` hands it down to the figure and date frames, and
every lexicon reader of ``crosscheck/claims/`` (``frame_words(lang)``, ``date_event_words(lang)``
...) is cached per language. ``match/`` and ``rules/`` still hand those readers the default
language (issue 10: a later step)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from crosscheck.claims.date_events import date_event_words, stem
from crosscheck.claims.extract import extract_claims
from crosscheck.claims.frame_words import frame_words
from crosscheck.model import Claim, Source
from tests.fakelang import FAKE, add_after, fake_language

ANCHOR = date(2024, 3, 14)
WORD = "umgebracht"  # an event word of the fake language's events.toml, no English word
TEXT = f"Officials said 12 people were {WORD} in the blast on Monday."


@pytest.fixture
def lexicon_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped lexicons copied to a temporary root with a fake language ``FAKE``:
    English's files plus one word of the event class "killed" in events.toml."""

    def edit(fake: Path) -> None:
        add_after(fake / "events.toml", "[events]\nkilled = [", f'"{WORD}",')

    yield from fake_language(tmp_path, monkeypatch, edit)


def _claims(language: str) -> list[Claim]:
    return list(extract_claims(Source(id="a", text=TEXT, language=language, published=ANCHOR)))


def _events(language: str) -> list[tuple[str, str]]:
    return [(c.text, c.event) for c in _claims(language)]


def test_a_figure_s_event_word_is_read_in_the_source_s_language(lexicon_root: Path) -> None:
    assert _events(FAKE) == [("12 people", "killed"), ("on Monday", "killed")]
    assert _events("en") == [("12 people", ""), ("on Monday", "")]  # no such English word
    assert _events(f"{FAKE}-YY") == _events(FAKE)  # a regional tag of the fake language


def test_the_frame_readers_are_cached_per_language(lexicon_root: Path) -> None:
    assert frame_words(FAKE).events[(WORD,)] == "killed"
    assert (WORD,) not in frame_words("en").events
    assert frame_words(FAKE) is frame_words(FAKE)  # read once per language
    assert stem(WORD, FAKE) == "killed" and stem(WORD, "en") != "killed"
    assert date_event_words(FAKE) is not date_event_words("en")


def test_english_claims_are_the_default_language_s() -> None:
    english = Source(id="a", text=TEXT.replace(WORD, "killed"), published=ANCHOR)
    assert [(c.text, c.event) for c in extract_claims(english)] == [
        ("12 people", "killed"),
        ("on Monday", "killed"),
    ]


# --- every call of a claims reader hands it the language --------------------------------
# ``functools.cache`` hides a reader's signature from mypy, so a call that leaves the
# language out (``frame_words()``, say one a merged branch adds) fails only when it runs.

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "crosscheck" / "claims"


def _is_cache(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return isinstance(target, ast.Name) and target.id in ("cache", "lru_cache")


def _readers() -> dict[tuple[str, str], int]:
    """(module, name) of every cached function of ``crosscheck/claims/`` -> its arity."""
    found: dict[tuple[str, str], int] = {}
    for path in sorted(CLAIMS.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and any(map(_is_cache, node.decorator_list)):
                found[(path.stem, node.name)] = len(node.args.args)
    return found


def _reader_calls(path: Path) -> Iterator[tuple[tuple[str, str], int, int]]:
    """(reader, arguments given, line) of each call in ``path`` of a claims function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: dict[str, tuple[str, str]] = {}
    modules: dict[str, str] = {}
    own = path.stem if path.parent == CLAIMS else None
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("crosscheck.claims"):
            for alias in node.names:
                local = alias.asname or alias.name
                if node.module == "crosscheck.claims":
                    modules[local] = alias.name
                else:
                    names[local] = (str(node.module).rsplit(".", 1)[1], alias.name)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name):
            key = names.get(func.id) or ((own, func.id) if own else None)
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            module = modules.get(func.value.id)
            key = (module, func.attr) if module else None
        else:
            key = None
        if key is not None:
            yield key, len(node.args) + len(node.keywords), node.lineno


def test_every_call_of_a_claims_reader_hands_it_the_language() -> None:
    readers = _readers()
    assert len(readers) >= 50  # not vacuous: the package's readers were found
    no_language = sorted(f"{module}.{name}" for (module, name), n in readers.items() if n == 0)
    assert not no_language, f"readers that take no language: {no_language}"
    wrong = [
        f"{path.relative_to(ROOT)}:{line}: {name}() given {given} of {readers[key]} arguments"
        for folder in ("crosscheck", "tests", "benchmarks")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for key, given, line in _reader_calls(path)
        if key in readers and given != readers[key]
        for name in [key[1]]
    ]
    assert not wrong, wrong
