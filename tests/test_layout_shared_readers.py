"""A lexicon table two stages read is read in one place, typed and validated once, and handed
to the functions that use it (issue 10: "a typed lexicon validated once and passed to each
stage")."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from claimfactory import date_in_sentence, placed_date

import crosscheck.lexicon as lexicon
from crosscheck.claims import date_events, dates
from crosscheck.claims.scope_groups import scope_groups
from crosscheck.errors import LexiconError
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match import date_scopes
from crosscheck.match.date_words import DateWords, date_words
from crosscheck.match.figure_rules import match_rules
from crosscheck.match.statement_dates import word_before_date
from crosscheck.model import Claim
from crosscheck.quantities import find_quantities
from crosscheck.rules import time as time_rules

PACKAGE = Path(__file__).resolve().parents[1] / "crosscheck"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _strings(call: ast.Call) -> tuple[str, ...]:
    return tuple(
        a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
    )


def _readers_of(lexicon_name: str, table: str) -> set[str]:
    """The modules that read ``[table]`` of a lexicon: ``require(data, table, dict, lexicon)``
    or ``table_settings(Record, lexicon, table)``."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            strings = _strings(node)
            if node.func.id == "require" and strings == (table, lexicon_name):
                found.add(_module_name(path))
            if node.func.id == "table_settings" and strings == (lexicon_name, table):
                found.add(_module_name(path))
    return found


def _read_sites(lexicon_name: str, table: str) -> list[str]:
    """The module of each place that reads ``[table]`` of a lexicon: a ``require`` or
    ``table_settings`` call as in ``_readers_of``, or a look-up of the key in a loaded
    lexicon (``load_lexicon(lexicon)[table]``, ``... .get(table)``), one entry per place."""
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            key = _looked_up(node)
            if key is not None and key == (table, lexicon_name):
                found.append(_module_name(path))
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            strings = _strings(node)
            if node.func.id == "require" and strings == (table, lexicon_name):
                found.append(_module_name(path))
            if node.func.id == "table_settings" and strings == (lexicon_name, table):
                found.append(_module_name(path))
    return found


def _looked_up(node: ast.AST) -> tuple[str, str] | None:
    """(key, lexicon) of ``load_lexicon("lexicon")["key"]`` or ``.get("key")``, else None."""
    if isinstance(node, ast.Subscript):
        inner, key = node.value, node.slice
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr != "get" or not node.args:
            return None
        inner, key = node.func.value, node.args[0]
    else:
        return None
    if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
        return None
    if not (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name)):
        return None
    if inner.func.id != "load_lexicon" or not _strings(inner):
        return None
    return key.value, _strings(inner)[0]


def test_the_date_events_table_of_time_is_read_in_one_place() -> None:
    """time.toml's ``[date_events]`` is one record, ``claims.date_events.DateEventWords``,
    read once (it was read by hand again for the weak predicates, the bound scopes, the
    clause connectives and the lede settings, in four more places)."""
    assert _read_sites("time", "date_events") == ["crosscheck.claims.date_events"]


def test_the_scope_groups_of_matching_are_read_in_one_place() -> None:
    """matching.toml's ``[scope_groups]`` is one record, ``claims.scope_groups.ScopeGroups``
    (it was read twice in match/date_pairs, once in claims/dates, once in figure_rules)."""
    assert _read_sites("matching", "scope_groups") == ["crosscheck.claims.scope_groups"]


@pytest.mark.parametrize(
    "code", ['load_lexicon("time")["date_events"]', 'load_lexicon("time").get("date_events")']
)
def test_the_site_reader_finds_a_look_up_of_each_form(code: str) -> None:
    assert [_looked_up(n) for n in ast.walk(ast.parse(code)) if _looked_up(n)] == [
        ("date_events", "time")
    ]
    assert _looked_up(ast.parse('load_lexicon("time")[key]').body[0]) is None
    assert _read_sites("compare", "dates") == ["crosscheck.match.date_words"]


def test_the_dates_table_of_compare_is_read_in_one_place() -> None:
    """The date matcher and the time rule read compare.toml's ``[dates]`` through one typed
    record (it was read by four cached readers in rules/time.py and one in date_pairs)."""
    assert _readers_of("compare", "dates") == {"crosscheck.match.date_words"}


def test_the_clock_table_of_compare_is_read_in_one_place() -> None:
    """``[clock]`` was read by ``rules.time._loose_clock`` and ``match.date_pairs``."""
    assert _readers_of("compare", "clock") == {"crosscheck.match.date_words"}


def test_the_date_matcher_takes_the_date_event_words_from_their_record() -> None:
    """``match.date_pairs`` read time.toml's ``[date_events]`` three times of its own; its
    scope words are fields of ``DateEventWords`` now."""
    readers = _readers_of("time", "date_events")
    assert "crosscheck.claims.date_events" in readers
    matcher = {"crosscheck.match.date_pairs", "crosscheck.match.date_scopes"}
    assert not readers & {*matcher, "crosscheck.match.one_event"}


def test_the_listed_places_are_read_in_one_place() -> None:
    """places.toml's ``[date_places]`` was read by ``match.date_places`` and again, list by
    list, by ``claims.frame_located`` and ``claims.frame_places``."""
    assert _readers_of("places", "date_places") == {"crosscheck.claims.listed_places"}


def test_the_reader_finds_a_reader_of_each_form() -> None:
    assert "crosscheck.claims.listed_places" in _readers_of("places", "date_places")
    assert "crosscheck.rules.base" in _readers_of("compare", "numeric")


def test_the_dates_table_is_every_key_of_the_record() -> None:
    words = date_words(DEFAULT_LANGUAGE)
    assert "during" in words.span_modifiers and "late" in words.late_words
    assert "on" in words.night_links and "a second" in words.another_marks
    assert words.another_gap >= 1 and "of" in words.another_not_between


def test_a_broken_dates_table_is_one_error_naming_its_key(monkeypatch: pytest.MonkeyPatch) -> None:
    real = lexicon.load_lexicon

    def broken(name: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        data = real(name, *args, **kwargs)
        if name != "compare":
            return data
        dates = {k: v for k, v in data["dates"].items() if k != "another_gap"}
        return {**data, "dates": dates}

    monkeypatch.setattr(lexicon, "load_lexicon", broken)
    date_words.cache_clear()
    try:
        with pytest.raises(LexiconError, match="another_gap"):
            date_words(DEFAULT_LANGUAGE)
    finally:
        date_words.cache_clear()


def _without(lexicon_name: str, table: str, key: str) -> Callable[..., dict[str, Any]]:
    """``load_lexicon`` with ``key`` left out of ``[table]`` of ``lexicon_name``."""
    real = lexicon.load_lexicon

    def broken(name: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        data = real(name, *args, **kwargs)
        if name != lexicon_name:
            return data
        return {**data, table: {k: v for k, v in data[table].items() if k != key}}

    return broken


@pytest.mark.parametrize(
    "key",
    ["bound_scopes", "clause_connectives", "weak_predicates", "lede_chars", "state_scopes"],
)
def test_a_missing_date_events_key_is_one_error_naming_file_and_key(
    monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    monkeypatch.setattr(date_events, "load_lexicon", _without("time", "date_events", key))
    date_events.date_event_words.cache_clear()
    try:
        with pytest.raises(LexiconError) as caught:
            date_events.date_event_words(DEFAULT_LANGUAGE)
    finally:
        date_events.date_event_words.cache_clear()
    assert f"'{key}'" in str(caught.value) and "lexicon/en/time.toml" in str(caught.value)


@pytest.mark.parametrize("key", ["start", "end", "at"])
def test_a_missing_scope_group_is_one_error_naming_file_and_key(
    monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    monkeypatch.setattr(lexicon, "load_lexicon", _without("matching", "scope_groups", key))
    scope_groups.cache_clear()
    try:
        with pytest.raises(LexiconError) as caught:
            scope_groups(DEFAULT_LANGUAGE)
    finally:
        scope_groups.cache_clear()
    assert f"'{key}'" in str(caught.value) and "matching.toml" in str(caught.value)


def _raw_date_events() -> tuple[dict[str, Any], dict[str, Any]]:
    time_table = lexicon.load_lexicon("time")["date_events"]
    return time_table, lexicon.load_lexicon("date_events")


def test_the_date_events_record_holds_what_its_readers_read_by_hand() -> None:
    """The fields the four hand readers became hold what those readers returned."""
    words, (table, more) = date_events.date_event_words(DEFAULT_LANGUAGE), _raw_date_events()
    assert words.bound_scopes == frozenset(str(w).lower() for w in table["bound_scopes"])
    assert {"since", "until", "by"} <= words.bound_scopes
    connectives = frozenset(str(w).lower() for w in table["clause_connectives"])
    assert words.clause_connectives == connectives
    assert (words.lede_sentences, words.lede_min_words, words.lede_chars) == (
        table["lede_sentences"],
        table["lede_min_words"],
        table["lede_chars"],
    )
    weak = [*table["weak_predicates"], *more["weak_predicates"]]
    assert date_events.weak_stems(DEFAULT_LANGUAGE) == frozenset(
        date_events.stem(str(w), DEFAULT_LANGUAGE) for w in weak
    )
    assert date_events.stem("primaries", DEFAULT_LANGUAGE) in date_events.weak_stems(
        DEFAULT_LANGUAGE
    )


def test_the_scope_groups_record_gives_each_reader_its_words() -> None:
    """The figure matcher's group of a scope word, the date claims' bounds of a period and
    the date matcher's span ends read the one record as they read the table."""
    raw = lexicon.load_lexicon("matching")["scope_groups"]
    groups = scope_groups(DEFAULT_LANGUAGE)
    assert match_rules(DEFAULT_LANGUAGE).scope_group == {
        str(w): g for g, ws in raw.items() for w in ws
    }
    assert groups.group_of()["since"] == "start" and groups.group_of()["up to"] == "end"
    assert dates._boundary_modifiers(DEFAULT_LANGUAGE) == frozenset([*raw["start"], *raw["end"]])
    assert "as of" in groups.at and "as of" not in date_scopes._scope_words(DEFAULT_LANGUAGE)


@pytest.mark.parametrize(
    ("sentence", "scope", "closes"),
    [
        ("The offer stands until March 18, officials said.", "until", True),
        ("The offer stood by March 18, officials said.", "by", True),
        ("The talks began on March 18, officials said.", "on", False),
        ("The talks have run since March 18, officials said.", "since", False),
    ],
)
def test_a_span_is_closed_by_the_end_group(sentence: str, scope: str, closes: bool) -> None:
    claim = placed_date(sentence, date(2026, 3, 20))
    assert claim.time is not None and claim.time.modifier == scope
    assert date_scopes.closes_span(claim, DEFAULT_LANGUAGE) is closes
    assert (date_scopes.bound(claim, DEFAULT_LANGUAGE) == scope) is (
        scope in {"until", "by", "since"}
    )


_DAY = date(2026, 3, 20)


def _night(sentence_a: str, sentence_b: str, words: DateWords) -> bool:
    a, b = placed_date(sentence_a, _DAY), placed_date(sentence_b, _DAY)
    return time_rules._one_night(a, b, words)


def test_the_one_night_gate_reads_the_words_it_is_handed() -> None:
    """The words come in as an argument: a record with other late words reads other nights
    (a stage is handed its lexicon, it does not fetch it)."""
    words = date_words(DEFAULT_LANGUAGE)
    late = "The guard died late on March 18, officials said."
    plain = "The guard died on March 18, officials said."
    early = "The guard was killed early on March 19, police said."
    assert _night(late, early, words)
    assert not _night(plain, early, words)
    tardy = replace(words, late_words=frozenset({"tardy"}))
    assert not _night(late, early, tardy)
    assert _night("The guard died tardy on March 18, officials said.", early, tardy)


def test_the_other_occurrence_gate_reads_the_marks_it_is_handed() -> None:
    a = replace(
        placed_date("A second parcel bomb exploded on March 18, police said.", _DAY),
        event_words=("bomb", "parcel"),
    )
    b = replace(
        placed_date("The bomb exploded on March 17, police said.", _DAY),
        event_words=("bomb", "parcel"),
    )
    words = date_words(DEFAULT_LANGUAGE)
    assert time_rules._other_occurrence(a, b, words)
    assert not time_rules._other_occurrence(a, b, replace(words, another_marks=frozenset()))


def test_the_word_before_a_date_is_read_by_one_function() -> None:
    """The matcher and the rules read the word before a date with ``word_before_date``
    alone (the time rule had a near-twin, ``_word_before``, with its own word shape)."""
    defined = set()
    for package in ("match", "rules"):
        for path in (PACKAGE / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.FunctionDef) and "word_before" in node.name:
                    defined.add(f"{_module_name(path)}.{node.name}")
    assert defined == {"crosscheck.match.statement_dates.word_before_date"}


@pytest.mark.parametrize(
    ("sentence", "letters_only", "across", "word"),
    [
        ("He said on March 18 that", False, (), "on"),
        ("He said on March 18 that", False, ("on",), "said"),
        ("He said on March 18 that", True, ("on",), "said"),
        ("The pre-dawn raid began on March 18.", False, (), "on"),
        ("Troops moved in pre-dawn on March 18.", True, ("on",), "dawn"),
        ("Troops moved in pre-dawn on March 18.", False, ("on",), "pre-dawn"),
        ("Reuters's report on March 18", False, (), "on"),
        ("the 2017's -- March 18", False, (), "2017's"),
        ("the 2017's -- March 18", True, (), "s"),
        ("At 5 March 18", True, (), "at"),
        ("At 5 March 18", False, (), "5"),
        ("March 18 was a Monday", True, ("on",), ""),
        ("on March 18 it rained", True, ("on",), ""),
    ],
)
def test_the_two_word_shapes_before_a_date(
    sentence: str, letters_only: bool, across: tuple[str, ...], word: str
) -> None:
    claim = date_in_sentence(sentence, "March 18")
    got = word_before_date(claim, letters_only=letters_only, across=frozenset(across))
    assert got == word


def _old_time_rule_word(claim: Claim, links: frozenset[str]) -> str | None:
    """``rules.time._word_before`` as it was before the merge (the reference)."""
    words = re.findall(r"[^\W\d_]+", claim.sentence[: claim.start - claim.sentence_start].lower())
    if words and words[-1] in links:
        words.pop()
    return words[-1] if words else None


@pytest.mark.parametrize(
    "before",
    [
        "",
        "late on ",
        "late in ",
        "ON ",
        "on on ",
        "died late-night on ",
        "the 5 ",
        "rock-'n'-roll\u2019s, ",
        "caf\u00e9\u0301 in ",
        "\u0130stanbul on ",
        "x\u00b2 . ",
        "\u201cWe said\u201d ",
        "a_b9 \n",
        "Stra\u00dfe on ",
    ],
)
def test_the_time_rules_reading_is_the_one_it_had(before: str) -> None:
    claim = date_in_sentence(f"{before}March 18 it rained", "March 18")
    links = date_words(DEFAULT_LANGUAGE).night_links
    old = _old_time_rule_word(claim, links)
    assert word_before_date(claim, letters_only=True, across=links) == (old or "")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("one hundred and fifth anniversary", [("one hundred and fifth", 105.0)]),
        ("two thirds of voters", [("two thirds", 2 / 3)]),
        ("one and a half million", [("one and a half million", 1_500_000.0)]),
        ("a fifth of them", [("a fifth", 0.2)]),
        ("twenty-first century", [("twenty-first", 21.0)]),
        ("the sixth term", [("sixth", 6.0)]),
    ],
)
def test_the_cardinal_run_before_an_ordinal_reads_as_it_did(
    text: str, read: list[tuple[str, float]]
) -> None:
    """Ordinals and fractions read the cardinals before their last word with one helper
    (``quantities.cardinals._cardinal_run``; the loop stood in two modules)."""
    found = [(q.text, q.low) for q in find_quantities(text)]
    assert [t for t, _ in found] == [t for t, _ in read]
    assert [v for _, v in found] == pytest.approx([v for _, v in read])


def test_the_date_claims_table_of_time_is_read_in_one_place() -> None:
    """time.toml's ``[date_claims]`` is one record, ``claims.date_subjects.DateClaimWords``
    (``claims.date_keys`` read it again by hand for its possessive endings, which are
    lemmas.toml's ``[possessive]`` now)."""
    assert _read_sites("time", "date_claims") == ["crosscheck.claims.date_subjects"]
