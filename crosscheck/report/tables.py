"""Tables: Report -> discrepancies.csv, claims.csv, sources.csv and JSON text (pandas).

Every text cell is made safe for spreadsheets by :mod:`crosscheck.report.cells`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

import pandas as pd

from crosscheck.check import story_language
from crosscheck.messages import message
from crosscheck.model import Claim, Granularity, Report, Source
from crosscheck.report.cells import Figure, escape_cell, unescape_cell, value_cell
from crosscheck.report.escapes import printable
from crosscheck.rules.explain import value_text

DISCREPANCY_COLUMNS: tuple[str, ...] = (
    "id", "kind", "severity", "subject", "metric",
    "source_a", "claim_a", "value_a", "quote_a", "published_a",
    "source_b", "claim_b", "value_b", "quote_b", "published_b",
    "explanation", "status", "note",
    # beyond DESIGN.md's required columns: where each claim stands, and who it is attributed to
    "where_a", "where_b", "attribution_a", "attribution_b", "details",
)  # fmt: skip

CLAIM_COLUMNS: tuple[str, ...] = (
    "source", "start", "end", "text", "sentence", "subject", "metric",
    "kind", "low", "high", "approximate", "unit", "time_start", "time_end", "granularity",
    "certainty", "attribution",
    # the other frame fields (DESIGN.md "What a claim is"), then more beyond DESIGN.md
    "what", "event", "place", "period", "role", "actor", "incident",
    "value", "modifier", "time_modifier", "notes", "line", "column",
    "outlet", "published", "encoding",
)  # fmt: skip

SOURCE_COLUMNS: tuple[str, ...] = (
    "source", "outlet", "published", "url", "path", "encoding", "characters", "claims",
    # how a date was found when story.toml gave none; where a link really leads
    "published_found", "resolved_path",
)  # fmt: skip

# Every character `printable` escapes can only be one of these (C1 controls and DEL, the
# format characters, surrogates, private use, line and paragraph separators): the few
# that match are checked one by one, so ordinary text costs one regex scan.
_MAYBE_INERT = re.compile(
    "[\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u206f\ud800-\uf8ff\ufeff\ufff9-\ufffb"
    "\U00010000-\U0010ffff]"
)


def published_text(source: Source | None) -> str:
    """A publication date at the precision it is known: "2025-02-14", "2025-01", "2025"."""
    if source is None or source.published is None:
        return ""
    day = source.published
    if source.published_granularity is Granularity.YEAR:
        return f"{day.year:04d}"
    if source.published_granularity is Granularity.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


_NEWLINE = re.compile("\n")


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset (the text's line starts found once)."""
    starts = _line_starts(text)
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


@lru_cache(maxsize=16)
def _line_starts(text: str) -> tuple[int, ...]:
    """Where each line of a text starts: one pass, shared by every claim of the source."""
    return (0, *(m.end() for m in _NEWLINE.finditer(text)))


def _where(source: Source | None, start: int, end: int) -> str:
    if source is None:
        return f"{start}-{end}"
    line, column = line_and_column(source.text, start)
    return message("render.where", line=line, column=column, start=start, end=end)


def discrepancy_rows(report: Report) -> list[dict[str, Any]]:
    """One dict per discrepancy, with the columns of discrepancies.csv."""
    sources = {s.id: s for s in report.sources}
    rows = []
    for d in report.discrepancies:
        sa, sb = sources.get(d.a.source), sources.get(d.b.source)
        rows.append(
            {
                "id": d.id,
                "kind": d.kind.value,
                "severity": d.severity.value,
                "subject": d.subject,
                "metric": d.metric,
                "source_a": d.a.source,
                "claim_a": d.a.text,
                "value_a": value_cell(d.value_a),
                "quote_a": d.a.sentence,
                "published_a": published_text(sa),
                "source_b": d.b.source,
                "claim_b": d.b.text,
                "value_b": value_cell(d.value_b),
                "quote_b": d.b.sentence,
                "published_b": published_text(sb),
                "explanation": d.explanation,
                "status": d.status,
                "note": d.note,
                "where_a": _where(sa, d.a.start, d.a.end),
                "where_b": _where(sb, d.b.start, d.b.end),
                "attribution_a": _attribution(d.claim_a),
                "attribution_b": _attribution(d.claim_b),
                "details": " | ".join(d.details),
            }
        )
    return rows


def _attribution(claim: Claim | None) -> str:
    return "" if claim is None or claim.attribution is None else claim.attribution


def _number(x: float | None) -> str:
    if x is None:
        return ""
    if float(x).is_integer():
        return Figure(int(x))
    return Figure(repr(float(x)))


def _date(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def claim_rows(report: Report) -> list[dict[str, Any]]:
    """One dict per claim, with the columns of claims.csv."""
    sources = {s.id: s for s in report.sources}
    lang = story_language(report.sources)  # the value cells read the story's language
    rows = []
    for c in report.claims:
        q, t = c.value, c.time
        source = sources.get(c.source)
        line, column = line_and_column(source.text, c.start) if source else (0, 0)
        rows.append(
            {
                "source": c.source,
                "start": c.start,
                "end": c.end,
                "text": c.text,
                "sentence": c.sentence,
                "subject": c.subject,
                "metric": c.metric,
                "kind": c.kind,
                "low": _number(q.low) if q else "",
                "high": _number(q.high) if q else "",
                "approximate": ("true" if q.approximate else "false") if q else "",
                "unit": (q.dimension or q.unit.value) if q else "",
                "time_start": _date(t.begin) if t else "",
                "time_end": _date(t.end_date) if t else "",
                "granularity": t.granularity.value if t else "",
                "certainty": str(c.certainty),
                "attribution": c.attribution or "",
                "what": c.what,
                "event": c.event,
                "place": c.place,
                "period": (t.value if t.begin is not None or t.minute_start is not None else t.text)
                if t
                else "",
                "role": c.role,
                "actor": c.actor,
                "incident": c.incident,
                "value": value_cell(value_text(c, lang)),
                "modifier": (q.modifier or "") if q else "",
                "time_modifier": (t.modifier or "") if t else "",
                "notes": "; ".join(c.notes),
                "line": line,
                "column": column,
                "outlet": (source.outlet or "") if source else "",
                "published": published_text(source),
                "encoding": source.encoding if source else "",
            }
        )
    return rows


def source_rows(report: Report) -> list[dict[str, Any]]:
    """One dict per source, with the columns of sources.csv."""
    counts: dict[str, int] = {}
    for c in report.claims:
        counts[c.source] = counts.get(c.source, 0) + 1
    return [
        {
            "source": s.id,
            "outlet": s.outlet or "",
            "published": published_text(s),
            "url": s.url or "",
            "path": "" if s.path is None else s.path.as_posix(),
            "encoding": s.encoding,
            "characters": len(s.text),
            "claims": counts.get(s.id, 0),
            "published_found": s.published_found or "",
            "resolved_path": "" if s.resolved_path is None else s.resolved_path.as_posix(),
        }
        for s in report.sources
    ]


def _cell(column: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if column == "value" or column.startswith("value_") or column.endswith("_value"):
        value = value_cell(value)
    return escape_cell(value)


def to_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """CSV text (UTF-8, LF line ends, text cells quoted) with every text cell escaped."""
    safe = [{k: _cell(k, v) for k, v in row.items()} for row in rows]
    frame = pd.DataFrame(safe, columns=list(columns))
    buffer = io.StringIO()
    # Every text cell is quoted: a lone carriage return inside a cell must not end a row.
    buffer.write(",".join(columns) + "\n")  # our column names need no quoting
    frame.to_csv(
        buffer, index=False, header=False, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC
    )
    return buffer.getvalue()


def to_json(report: Report, story: str | None = None) -> str:
    """The whole report as JSON text (article text is JSON-escaped, never interpreted)."""
    return json_text(report_payload(report, story))


def json_text(payload: Any) -> str:
    """JSON text of report payloads, every character the terminal report escapes escaped.

    JSON allows DEL, the C1 controls, bidi overrides and line separators raw, but this text
    is printed to a terminal (U+009B is a CSI to some, U+202E turns the rest of a line
    around) and a lone surrogate (a file name's undecodable byte) cannot be written as
    UTF-8. The ``\\uXXXX`` escapes read back as the same characters.
    """
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    return _MAYBE_INERT.sub(lambda m: printable(m.group()), text) + "\n"


def report_payload(report: Report, story: str | None = None) -> dict[str, Any]:
    """The whole report as JSON-ready data."""
    return {
        "story": story,
        "summary": summary_counts(report),
        "sources": source_rows(report),
        "discrepancies": discrepancy_rows(report),
        "claims": claim_rows(report),
        "problems": list(report.problems),
        "warnings": list(report.warnings),
    }


def summary_counts(report: Report) -> dict[str, int]:
    """Counts for the one-line summary."""
    counts = {"sources": len(report.sources), "claims": len(report.claims)}
    counts["discrepancies"] = len(report.discrepancies)
    for severity in ("high", "medium", "low"):
        counts[severity] = sum(1 for d in report.discrepancies if d.severity.value == severity)
    return counts


def read_csv_cells(text: str) -> list[dict[str, str]]:
    """Read a CSV we (or a spreadsheet) wrote back into rows of unescaped strings."""
    csv.field_size_limit(max(csv.field_size_limit(), len(text)))  # a long quote is one cell
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    return [
        {str(k).strip(): unescape_cell(v or "") for k, v in row.items() if k is not None}
        for row in reader
    ]
