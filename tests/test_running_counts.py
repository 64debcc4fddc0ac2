"""Two points of one rising toll (crosscheck/rules/running_counts.py). End-to-end cases,
must-flag neighbours included, are in tests/cases/rules/numeric_conflict.toml and
numeric_precision.toml."""

from __future__ import annotations

from datetime import date

from crosscheck import Source, check
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.rules.running_counts import _credits_outlet
from crosscheck.text.tokens import lowered_words

_DAY = date(2025, 3, 10)


def _rows(a: str, b: str, *, outlet: str | None = None, day_b: date = _DAY) -> list[str]:
    sources = [
        Source(id="a", text=a, published=_DAY),
        Source(id="b", text=b, published=day_b, outlet=outlet),
    ]
    return [d.kind.value for d in check(sources).discrepancies if d.kind.value.startswith("num")]


def _credits(sentence: str, *outlets: str) -> bool:
    outlets_read = frozenset(lowered_words(o) for o in outlets)
    return _credits_outlet(lowered_words(sentence), outlets_read, DEFAULT_LANGUAGE)


def test_credit_forms():
    assert _credits("CNN reports at least 130 people were killed.", "cnn")
    assert _credits("At least 19 died, according to the Associated Press.", "associated press")
    assert _credits("The toll has risen to 20, the BBC has said.", "bbc")
    assert not _credits("A police officer told CNN that 130 people were killed.", "cnn")
    assert not _credits("At least 130 people were killed, officials said.", "cnn")


def test_the_storys_own_outlet_names_are_outlets():
    late = "The attack on the school on Tuesday killed 145 people, a military spokesman said."
    early = "Gunmen stormed a school on Tuesday, killing 130 people, the Daily Planet said."
    assert _rows(early, late) != []  # no outlet of that name in the lexicon
    assert _rows(early, late, outlet="Daily Planet (Web)") == []


def test_another_day_is_no_running_count():
    early = "The bus explosion injured at least 17 people, according to news reports."
    late = "A police spokesman said the bus explosion injured 24 people."
    assert _rows(early, late) == []
    assert _rows(early, late, day_b=date(2025, 3, 12)) != []
