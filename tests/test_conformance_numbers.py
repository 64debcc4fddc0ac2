"""find_quantities (the news finder) measured against Recognizers-Text's English number specs.

Every case of ``Specs/Number/English/NumberModel.json`` (235) and ``NumberRangeModel.json``
(87) in ../shared/conformance counts, including those marked NotSupported. The product has no
mode for these suites: an adapter here maps what ``find_quantities`` returns onto the suites'
conventions, and nothing else:

- NumberModel lists bare numbers: ordinals and vague magnitudes ("hundreds") are not numbers
  there, so they are left out; our span also holds the figure's own words (a currency sign, a
  unit, a bound word: "$20", "3 years", "over 30"), so an expected number matches a quantity
  whose span holds it, with only such words (no other figure) around it, and whose point is
  its value.
- NumberRangeModel lists bounded figures and ranges: plain figures and approximations
  ("about 300") are left out, a rough bound ("about 500 or more") is kept; a range of two
  figures ("between 20 and 30", "20-30") is half-open there, "[20,30)", where news reads
  "[20, 30]"; the same span rule holds (the suite leaves "about" out of "about five hundred
  or more").

A case passes when the adapted list equals the expected one: same length and, item by item,
the span (End inclusive in the specs, text compared lower-cased) and the value -- compared
numerically; for ranges the interval notation "(1200,)", "[20,30)", "(,700]" is parsed and
both bounds and both brackets must agree. Required: 93% for NumberModel, 90% for
NumberRangeModel. Run with ``pytest -s`` to see the rates; a failure lists every failing input.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from crosscheck.lexicon import load_lexicon
from crosscheck.model import Quantity, Unit
from crosscheck.quantities import find_quantities

pytestmark = pytest.mark.conformance

_HERE = Path(__file__).resolve()
# ../shared next to the checkout (a git worktree sits one level deeper: ../../shared)
CONFORMANCE = next(
    (p / "shared" / "conformance" for p in _HERE.parents[2:4] if (p / "shared").is_dir()),
    _HERE.parents[2] / "shared" / "conformance",
)
SPECS = CONFORMANCE / "recognizers-text" / "Specs" / "Number" / "English"
_INTERVAL = re.compile(r"([\[(])\s*([^,]*?)\s*,\s*([^,]*?)\s*([\])])")


@dataclass(frozen=True)
class Outcome:
    """How one spec case went."""

    input: str
    passed: bool
    expected: list[str]
    got: list[str]


def _load(name: str) -> list[dict[str, Any]]:
    path = SPECS / name
    if not path.exists():
        pytest.skip(f"conformance data not found: {path}")
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    assert isinstance(cases, list)
    return cases


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-15)


_DIGIT = re.compile(r"[0-9]")


def _same_span(q: Quantity, r: dict[str, Any]) -> bool:
    """The expected span, or ours around it with only the figure's own words (no digit) added."""
    start, end = int(r["Start"]), int(r["End"]) + 1
    if not (q.start <= start and end <= q.end):
        return False
    inner = q.text[start - q.start : end - q.start]
    outer = q.text[: start - q.start] + " " + q.text[end - q.start :]
    return inner.lower() == r["Text"] and not _DIGIT.search(outer)


def as_numbers(text: str) -> list[Quantity]:
    """NumberModel's view of find_quantities: every figure that is not a rank or vague."""
    return [
        q
        for q in find_quantities(text)
        if q.unit is not Unit.ORDINAL and not q.vague and q.point is not None
    ]


def _bound_phrases() -> tuple[str, ...]:
    """The comparison words that may open a quantity (modifiers.toml prefixes): a pair of
    bounds starts with one ("more than 10 and less than 40"), a range of two figures not."""
    data = load_lexicon("modifiers")
    sides = {"gt", "ge", "lt", "le", "eq"}
    return tuple(p for entry in data["prefix"] if entry["bound"] in sides for p in entry["phrases"])


def as_ranges(text: str) -> list[Quantity]:
    """NumberRangeModel's view of find_quantities: bounded figures and ranges, exact ones
    only; a range of two figures is half-open there ("[20,30)")."""
    phrases = _bound_phrases()
    out = []
    for q in find_quantities(text):
        if q.modifier is None or q.unit is Unit.ORDINAL:
            continue
        if q.approximate and q.modifier != "range" and None not in (q.low, q.high):
            continue  # "about 300": an approximation, no bound
        two_figures = q.modifier == "range" and not q.text.lower().startswith(phrases)
        if two_figures and q.high_inclusive:
            q = replace(q, high_inclusive=False)
        out.append(q)
    return out


def number_matches(q: Quantity, r: dict[str, Any]) -> bool:
    """One NumberModel result: span and value."""
    return _same_span(q, r) and _close(q.point, float(r["Resolution"]["value"]))


def parse_interval(value: str) -> tuple[bool, float | None, float | None, bool]:
    """ "[20,30)" -> (True, 20.0, 30.0, False); an empty side is None."""
    m = _INTERVAL.fullmatch(value.strip())
    assert m is not None, f"not an interval: {value!r}"
    low = float(m.group(2)) if m.group(2) else None
    high = float(m.group(3)) if m.group(3) else None
    return m.group(1) == "[", low, high, m.group(4) == "]"


def range_matches(q: Quantity, r: dict[str, Any]) -> bool:
    """One NumberRangeModel result: span, both bounds and, for a closed side, its bracket."""
    low_inclusive, low, high, high_inclusive = parse_interval(r["Resolution"]["value"])
    if not (_same_span(q, r) and _close(q.low, low) and _close(q.high, high)):
        return False
    if low is not None and q.low_inclusive != low_inclusive:
        return False
    return high is None or q.high_inclusive == high_inclusive


def _show(q: Quantity) -> str:
    if q.low == q.high:
        return f"{q.text!r}@{q.start}={q.point}"
    left = "[" if q.low_inclusive else "("
    right = "]" if q.high_inclusive else ")"
    low = "" if q.low is None else f"{q.low:g}"
    high = "" if q.high is None else f"{q.high:g}"
    return f"{q.text!r}@{q.start}={left}{low},{high}{right}"


def run_spec(
    name: str,
    finder: Callable[[str], list[Quantity]],
    matches: Callable[[Quantity, dict[str, Any]], bool],
) -> list[Outcome]:
    """Run every case of a spec file; none is skipped."""
    outcomes = []
    for case in _load(name):
        got = finder(case["Input"])
        expected = case["Results"]
        passed = len(got) == len(expected) and all(
            matches(q, r) for q, r in zip(got, expected, strict=True)
        )
        outcomes.append(
            Outcome(
                input=case["Input"],
                passed=passed,
                expected=[
                    f"{r['Text']!r}@{r['Start']}={r['Resolution'].get('value')}" for r in expected
                ],
                got=[_show(q) for q in got],
            )
        )
    return outcomes


def _report(name: str, outcomes: list[Outcome], required: float) -> None:
    passed = sum(o.passed for o in outcomes)
    rate = passed / len(outcomes)
    print(f"\n{name}: {passed}/{len(outcomes)} passed ({rate:.1%}; required {required:.0%})")
    failing = [o for o in outcomes if not o.passed]
    for o in failing:
        print(f"  FAIL {o.input!r}\n       expected {o.expected}\n       got      {o.got}")
    listing = "\n".join(f"{o.input!r}: expected {o.expected}, got {o.got}" for o in failing)
    assert rate >= required, f"{name}: {rate:.1%} < {required:.0%}; failing cases:\n{listing}"


def test_number_model() -> None:
    outcomes = run_spec("NumberModel.json", as_numbers, number_matches)
    assert len(outcomes) == 235
    _report("NumberModel", outcomes, 0.93)


def test_number_range_model() -> None:
    outcomes = run_spec("NumberRangeModel.json", as_ranges, range_matches)
    assert len(outcomes) == 87
    _report("NumberRangeModel", outcomes, 0.90)


@pytest.mark.parametrize(
    ("value", "parsed"),
    [
        ("(1200,)", (False, 1200.0, None, False)),
        ("[20,30)", (True, 20.0, 30.0, False)),
        ("(,700]", (False, None, 700.0, True)),
        ("[-10,15)", (True, -10.0, 15.0, False)),
    ],
)
def test_interval_notation(
    value: str, parsed: tuple[bool, float | None, float | None, bool]
) -> None:
    assert parse_interval(value) == parsed


def test_adapter_rejects_a_wrong_answer() -> None:
    """The comparison can fail: a bracket, a bound or a span that differs is a failure."""
    expected: dict[str, Any] = {
        "Text": "between 20 and 30",
        "Start": 14,
        "End": 30,
        "Resolution": {"value": "[20,30]"},
    }
    got = as_ranges("The number is between 20 and 30.")
    assert len(got) == 1 and not range_matches(got[0], expected)  # the suite says [20,30)
    expected["Resolution"]["value"] = "[20,30)"
    assert range_matches(got[0], expected)
    assert find_quantities("The number is between 20 and 30.")[0].high_inclusive  # news: [20,30]
    assert not number_matches(
        as_numbers("twelve")[0],
        {"Text": "twelve", "Start": 0, "End": 5, "Resolution": {"value": "13"}},
    )
    two = as_numbers("$20 and 30")  # a span holding another figure is no match
    assert not number_matches(
        replace(two[0], end=10, text="$20 and 30"),
        {"Text": "20", "Start": 1, "End": 2, "Resolution": {"value": "20"}},
    )
