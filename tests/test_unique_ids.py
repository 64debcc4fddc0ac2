"""A row id names one row: among rows of a report sharing an id the first keeps it, each
later one gets its own stable id from the base id, its sources and its quoted words."""

from __future__ import annotations

from pathlib import Path

from rowfactory import mention, row

from crosscheck.check import Compared
from crosscheck.model import Discrepancy, Mention, Report, Severity
from crosscheck.report.tables import to_csv
from crosscheck.review import apply_review, parse_review
from crosscheck.rules import unique_ids


def _mention(source: str, start: int, text: str) -> Mention:
    return mention(source, text, start=start)


def _row(ident: str, a: Mention, b: Mention, severity: Severity = Severity.HIGH) -> Discrepancy:
    return row(
        a,
        b,
        id=ident,
        severity=severity,
        subject="person",
        metric="killed",
        value_a="12",
        value_b="15",
        explanation="12 vs 15",
    )


FIRST = _row("numeric-0123456789", _mention("ap", 10, "12 killed"), _mention("bbc", 4, "15 dead"))
SECOND = _row(
    "numeric-0123456789", _mention("ap", 90, "twelve killed"), _mention("cnn", 7, "15 dead")
)
OTHER = _row("numeric-abcdefabcd", _mention("ap", 30, "3 hurt"), _mention("cnn", 2, "4 hurt"))


def test_two_rows_with_the_same_values_from_two_source_pairs_get_two_ids():
    first, other, second = unique_ids([FIRST, OTHER, SECOND])
    assert first == FIRST and other == OTHER  # an id already unique never changes
    assert second.id != FIRST.id and second.id.startswith("numeric-")
    assert second.id not in {FIRST.id, OTHER.id}
    assert unique_ids([FIRST, OTHER, SECOND])[2].id == second.id  # re-runs give the same id


def test_a_report_with_no_duplicates_is_unchanged():
    rows = [FIRST, OTHER]
    assert unique_ids(rows) == rows


def test_same_sources_and_words_in_two_sentences_still_get_two_ids():
    again = _row("numeric-0123456789", _mention("ap", 200, "12 killed"), FIRST.b)
    third = _row("numeric-0123456789", _mention("ap", 300, "12 killed"), FIRST.b)
    ids = [d.id for d in unique_ids([FIRST, again, third])]
    assert len(set(ids)) == 3 and ids[0] == FIRST.id


def test_the_orchestrators_rows_name_each_id_once():
    compared = Compared(blocks=(), pairs=(), figures=(FIRST, SECOND), wording=(OTHER,))
    ids = [d.id for d in compared.discrepancies]
    assert len(set(ids)) == 3 and FIRST.id in ids and OTHER.id in ids


def test_a_review_marking_the_two_rows_differently_is_carried_to_each(tmp_path: Path):
    rows = unique_ids([FIRST, SECOND])
    text = to_csv(
        [
            {"id": rows[0].id, "status": "confirmed", "note": "checked"},
            {"id": rows[1].id, "status": "false-positive", "note": "other count"},
        ],
        ["id", "status", "note"],
    )
    decisions = parse_review(text, tmp_path / "r.csv")  # no "conflicting rows" refusal
    report = Report(sources=(), claims=(), discrepancies=tuple(rows))
    reviewed, vanished = apply_review(report, decisions)
    assert [(d.status, d.note) for d in reviewed.discrepancies] == [
        ("confirmed", "checked"),
        ("false-positive", "other count"),
    ]
    assert vanished == []
