"""find_times measured against third-party suites in ../shared/conformance.

TempEval-3 platinum (TimeML): the gold set is every DATE TIMEX3 of the document text whose
value is a plain calendar value (YYYY, YYYY-MM or YYYY-MM-DD). A gold item is found when one
of our TimeRefs (read with the document creation time as anchor) overlaps its span and has
the same ``value``, or, for a gold part of a period (``mod`` START, MID or END: "early
December" is 2012-12 with mod START), reads that part as a narrower period at the same place
in the gold value's period. Required: at least 85% found. Also reported, without a threshold: how
many of our TimeRefs overlap no gold TIMEX3 of any type, and a rate on the plain-date cases
of the Recognizers-Text DateTimeModel spec.
"""

from __future__ import annotations

import html
import json
import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from crosscheck.model import TimeRef
from crosscheck.timex import find_times

pytestmark = pytest.mark.conformance

CONFORMANCE = next(
    (
        folder / "shared" / "conformance"
        for folder in Path(__file__).resolve().parents[1:]
        if (folder / "shared" / "conformance").is_dir()
    ),
    Path(__file__).resolve().parents[2] / "shared" / "conformance",
)  # ../shared from the main checkout, ../../shared from a worktree under wt/
TEMPEVAL = CONFORMANCE / "tempeval3-platinum"
RECOGNIZERS = CONFORMANCE / "recognizers-text" / "Specs" / "DateTime" / "English"
REQUIRED_RATE = 0.85

_PIECE = re.compile(r"<(/?)(\w+)([^>]*)>|&#?\w+;|[^<&]+|[<&]")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


@dataclass(frozen=True)
class Gold:
    """One gold TIMEX3: its span in the plain text, type, value and words."""

    doc: str
    start: int
    end: int
    type: str
    value: str
    text: str
    mod: str = ""


@dataclass(frozen=True)
class Document:
    """A TimeML document as plain text, with its creation time and gold TIMEX3s."""

    name: str
    text: str
    dct: date
    gold: tuple[Gold, ...]


def parse_timeml(path: Path) -> Document:
    """Strip the tags of the TEXT element, keeping each TIMEX3's offsets in the plain text."""
    raw = path.read_text(encoding="utf-8")
    dct_tag = re.search(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", raw)
    assert dct_tag is not None, f"{path.name}: no creation time"
    dct = date.fromisoformat(dict(_ATTRIBUTE.findall(dct_tag.group()))["value"][:10])
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    out: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    gold: list[Gold] = []
    for piece in _PIECE.finditer(body):
        closing, tag, attributes = piece.group(1), piece.group(2), piece.group(3)
        if tag is None:
            chunk = html.unescape(piece.group()) if piece.group().startswith("&") else piece.group()
            out.append(chunk)
            length += len(chunk)
        elif tag == "TIMEX3" and not closing:
            open_timex = (length, dict(_ATTRIBUTE.findall(attributes)))
        elif tag == "TIMEX3" and closing and open_timex is not None:
            start, attrs = open_timex
            text = "".join(out)[start:length]
            gold.append(
                Gold(
                    path.stem,
                    start,
                    length,
                    attrs["type"],
                    attrs["value"],
                    text,
                    attrs.get("mod", ""),
                )
            )
            open_timex = None
    return Document(path.stem, "".join(out), dct, tuple(gold))


def is_calendar_date(g: Gold) -> bool:
    """A DATE whose value is YYYY, YYYY-MM or YYYY-MM-DD."""
    return g.type == "DATE" and _CALENDAR_VALUE.fullmatch(g.value) is not None


def _calendar_period(value: str) -> tuple[date, date]:
    """The first and last day of a YYYY, YYYY-MM or YYYY-MM-DD value."""
    parts = [int(x) for x in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return date(parts[0], parts[1], 1), date.fromordinal(following.toordinal() - 1)
    day = date(parts[0], parts[1], parts[2])
    return day, day


def is_gold_part(ref: TimeRef, g: Gold) -> bool:
    """A TIMEX3 with mod START, MID or END ("early December": 2012-12, START) names a part of
    its value; we read that part as a narrower period, found when it lies in the value's
    period at the same place: its start (START), its end (END), or neither (MID)."""
    if g.mod not in ("START", "MID", "END") or ref.begin is None or ref.end_date is None:
        return False
    first, last = _calendar_period(g.value)
    if not first <= ref.begin <= ref.end_date <= last or (ref.begin, ref.end_date) == (first, last):
        return False
    at_start, at_end = ref.begin == first, ref.end_date == last
    return {"START": at_start, "END": at_end, "MID": not (at_start or at_end)}[g.mod]


@dataclass(frozen=True)
class TempEvalScore:
    """What the TempEval measure found."""

    found: int
    total: int
    misses: tuple[str, ...]
    ours: int
    spurious: tuple[str, ...]

    @property
    def rate(self) -> float:
        return self.found / self.total if self.total else 0.0


def score_tempeval(documents: list[Document]) -> TempEvalScore:
    """Count gold calendar dates found with the right value, and our spans with no gold."""
    found = total = ours = 0
    misses: list[str] = []
    spurious: list[str] = []
    for doc in documents:
        refs = find_times(doc.text, anchor=doc.dct)
        ours += len(refs)
        for g in (g for g in doc.gold if is_calendar_date(g)):
            total += 1
            hits = [r for r in refs if r.start < g.end and g.start < r.end]
            if any(r.value == g.value or is_gold_part(r, g) for r in hits):
                found += 1
            else:
                got = ", ".join(f"{r.text!r}={r.value}" for r in hits) or "nothing"
                misses.append(f"{doc.name}: {g.text!r} gold {g.value}, got {got}")
        for r in refs:
            if not any(r.start < g.end and g.start < r.end for g in doc.gold):
                spurious.append(f"{doc.name}: {r.text!r}={r.value}")
    return TempEvalScore(found, total, tuple(misses), ours, tuple(spurious))


@pytest.fixture(scope="module")
def tempeval() -> list[Document]:
    if not TEMPEVAL.is_dir():
        pytest.skip(f"conformance data not found at {TEMPEVAL}")
    return [parse_timeml(p) for p in sorted(TEMPEVAL.glob("*.tml"))]


def test_tempeval_parsing_keeps_offsets(tempeval: list[Document]) -> None:
    """The plain text at each gold span is the TIMEX3's own words (checks the harness)."""
    assert len(tempeval) == 20
    golds = [g for d in tempeval for g in d.gold]
    assert len(golds) == 138
    for doc in tempeval:
        for g in doc.gold:
            assert doc.text[g.start : g.end] == g.text
    assert sum(1 for g in golds if g.type == "DATE") == 96


def test_tempeval_calendar_dates(tempeval: list[Document]) -> None:
    """At least 85% of the gold calendar dates are found with the gold value."""
    score = score_tempeval(tempeval)
    report = (
        f"TempEval-3 platinum calendar DATEs: {score.found}/{score.total} = {score.rate:.1%}\n"
        f"our TimeRefs overlapping no gold TIMEX3: {len(score.spurious)} of {score.ours}\n"
        "misses:\n  " + "\n  ".join(score.misses) + "\n"
        "no gold:\n  " + "\n  ".join(score.spurious)
    )
    print(report)
    assert score.found >= math.ceil(REQUIRED_RATE * score.total), report


# --- Recognizers-Text (reported only) ------------------------------------------------------


def _recognizers_cases() -> list[tuple[str, date, list[tuple[int, int, str]]]]:
    """Cases whose every result is a date with a plain YYYY-MM-DD value."""
    path = RECOGNIZERS / "DateTimeModel.json"
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    out: list[tuple[str, date, list[tuple[int, int, str]]]] = []
    for case in cases:
        results = case.get("Results") or []
        reference = (case.get("Context") or {}).get("ReferenceDateTime")
        if not results or reference is None:
            continue
        spans: list[tuple[int, int, str]] = []
        for r in results:
            values = r.get("Resolution", {}).get("values", [])
            value = values[-1].get("value", "") if values else ""
            if r.get("TypeName") != "datetimeV2.date" or not _CALENDAR_VALUE.fullmatch(value):
                break
            spans.append((r["Start"], r["End"] + 1, value))
        else:
            out.append((case["Input"], datetime.fromisoformat(reference).date(), spans))
    return out


def test_recognizers_dates_reported() -> None:
    """A rate on the plain-date subset of DateTimeModel.json; printed, no threshold.

    These specs are assistant requests ("I'll go back on Friday" means the coming Friday),
    while find_times reads news, where a bare weekday is the one just gone.
    """
    if not RECOGNIZERS.is_dir():
        pytest.skip(f"conformance data not found at {RECOGNIZERS}")
    cases = _recognizers_cases()
    found = total = 0
    for text, reference, spans in cases:
        refs = find_times(text, anchor=reference)
        for start, end, value in spans:
            total += 1
            if any(r.start < end and start < r.end and r.value == value for r in refs):
                found += 1
    print(f"Recognizers-Text DateTimeModel plain dates: {found}/{total} = {found / total:.1%}")
    assert total > 0
