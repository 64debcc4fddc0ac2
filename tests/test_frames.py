"""Claims as frames, end to end: two one-sentence sources -> the discrepancies flagged."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from crosscheck import Source, check

CASES = Path(__file__).parent / "cases" / "frames"
_FRAME_KINDS = ("numeric.", "time.", "certainty")


def _cases():
    for path in sorted(CASES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data["case"]:
            yield pytest.param(case, id=f"{path.stem}:{case['name']}")


@pytest.mark.parametrize("case", list(_cases()))
def test_pair(case):
    published_b = case.get("published_b", date(2025, 3, 10))
    sources = [
        Source(id="a", text=case["a"], published=date(2025, 3, 10)),
        Source(id="b", text=case["b"], published=published_b),
    ]
    found = [d for d in check(sources).discrepancies if d.kind.value.startswith(_FRAME_KINDS)]
    kinds = sorted({d.kind.value for d in found})
    assert kinds == sorted(case["expect"]), [(d.kind.value, d.explanation) for d in found]
    if "severity" in case:
        assert {d.severity.value for d in found} == {case["severity"]}
