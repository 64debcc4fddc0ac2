"""CSV and JSON output: DESIGN.md's columns in order, safe cells, byte-identical runs."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.report.tables import (
    CLAIM_COLUMNS,
    DISCREPANCY_COLUMNS,
    claim_rows,
    discrepancy_rows,
    escape_cell,
    read_csv_cells,
    to_csv,
    to_json,
    unescape_cell,
)

DESIGN_DISCREPANCY_COLUMNS = [
    "id",
    "kind",
    "severity",
    "subject",
    "metric",
    "source_a",
    "claim_a",
    "value_a",
    "quote_a",
    "published_a",
    "source_b",
    "claim_b",
    "value_b",
    "quote_b",
    "published_b",
    "explanation",
    "status",
    "note",
]
DESIGN_CLAIM_COLUMNS = [
    "source",
    "start",
    "end",
    "text",
    "sentence",
    "subject",
    "metric",
    "kind",
    "low",
    "high",
    "approximate",
    "unit",
    "time_start",
    "time_end",
    "granularity",
    "certainty",
    "attribution",
]


def test_columns_start_with_design_columns_in_order():
    assert (
        list(DISCREPANCY_COLUMNS[: len(DESIGN_DISCREPANCY_COLUMNS)]) == DESIGN_DISCREPANCY_COLUMNS
    )
    assert list(CLAIM_COLUMNS[: len(DESIGN_CLAIM_COLUMNS)]) == DESIGN_CLAIM_COLUMNS


@pytest.mark.parametrize(
    ("cell", "escaped"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=x", "''=x"),
        ("'hello", "'hello"),
        ("plain", "plain"),
        ("", ""),
    ],
)
def test_escape_cell(cell, escaped):
    assert escape_cell(cell) == escaped
    assert unescape_cell(escaped) == cell


@given(st.text())
def test_escape_round_trips(text):
    assert unescape_cell(escape_cell(text)) == text
    assert not escape_cell(text).startswith(("=", "+", "-", "@", "\t", "\r"))


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_csv_round_trips_any_text(cells):
    columns = [f"c{i}" for i in range(len(cells))]
    text = to_csv([dict(zip(columns, cells, strict=True))], columns)
    [row] = read_csv_cells(text)
    # every cell comes back exactly, whatever it holds (quotes, commas, newlines, formulas)
    assert [row[c] for c in columns] == cells


def test_sample_rows_quote_the_source_exactly(sample_report):
    sources = {s.id: s for s in sample_report.sources}
    for row in claim_rows(sample_report):
        assert sources[row["source"]].text[row["start"] : row["end"]] == row["text"]
    rows = discrepancy_rows(sample_report)
    assert rows, "the sample story has discrepancies"
    for row in rows:
        assert row["claim_a"] in row["quote_a"] and row["claim_b"] in row["quote_b"]


def test_csv_and_json_are_deterministic(sample_story):
    from crosscheck import check

    first = check(sample_story.sources)
    second = check(sample_story.sources)
    assert to_csv(discrepancy_rows(first), DISCREPANCY_COLUMNS) == to_csv(
        discrepancy_rows(second), DISCREPANCY_COLUMNS
    )
    assert to_json(first, "belarus") == to_json(second, "belarus")
    json.loads(to_json(first, "belarus"))


@given(st.text(alphabet="ab\n\r", max_size=60), st.data())
def test_line_and_column_match_counting_the_newlines_before(text, data):
    from crosscheck.report.tables import line_and_column

    offset = data.draw(st.integers(min_value=0, max_value=len(text)))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    assert line_and_column(text, offset) == (line, column)
