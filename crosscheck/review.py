"""Review round-trip: a reviewed discrepancies.csv -> decisions carried forward by row id.

Spreadsheets save CSV files in many ways; this reads a file after any of them: a BOM,
CRLF line ends, Windows-1251/1252 or UTF-16 text, ``;`` or tab separators (or Excel's
``sep=;`` first line naming one), reordered or extra columns, quoted cells,
apostrophe-escaped formulas. Two rows with the same id and different decisions are refused;
a blank copy of a reviewed row is ignored; a CSV that is broken (a quoted cell never
closed) is refused naming its row.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from crosscheck.errors import InputError
from crosscheck.messages import message
from crosscheck.model import Report
from crosscheck.readfile import read_regular_file
from crosscheck.report.cells import unescape_cell

STATUSES = ("confirmed", "explained", "false-positive")
_STATUS_ALIASES = {
    "false positive": "false-positive",
    "falsepositive": "false-positive",
    "fp": "false-positive",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Decision:
    """What a reviewer decided about one row."""

    id: str
    status: str
    note: str

    @property
    def decided(self) -> bool:
        """Whether the row says anything (a blank row only clears an earlier decision)."""
        return bool(self.status or self.note)


def decode_review(data: bytes, path: Path) -> str:
    """Text of a review file in whatever encoding a spreadsheet saved it.

    Detected as articles are (:func:`crosscheck.sources.decode_bytes`): a byte-order mark,
    UTF-16, UTF-8 (a stray byte costs that one character, not the whole file), else
    Windows-1251 or KOI8-R for Cyrillic text and Windows-1252 for the rest.
    """
    from crosscheck.sources import decode_bytes

    del path  # kept for callers; decoding never fails
    return decode_bytes(data)[0]


_SEPARATOR_LINE = re.compile(r"(?i)sep=[,;\t|]\r?")


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: (counts[d], d == ","))


def parse_review(text: str, path: Path, *, deciding: bool = False) -> dict[str, Decision]:
    """Decisions keyed by row id; one-line InputError on a file that is not a review.

    The CSV is read strictly: a quoted cell never closed (which would swallow every row
    after it into one cell) or text after a closing quote is refused, naming the row.
    ``deciding``: the file was given to be read as a review (``--review``), so it must have
    a ``status`` or a ``note`` column.
    """
    try:
        return _parse_review(text, path, deciding=deciding)
    except csv.Error as exc:
        number = getattr(exc, "row", 0)
        raise InputError(
            message("review.broken_csv", number=number, problem=exc), path=path
        ) from None


def _parse_review(text: str, path: Path, *, deciding: bool) -> dict[str, Decision]:
    text = text.lstrip("\ufeff")
    first_line, _, rest = text.partition("\n")
    header = 1
    if _SEPARATOR_LINE.fullmatch(first_line):  # "sep=;", Excel's line naming the separator
        delimiter, text, header = first_line[4], rest, 2
    else:
        delimiter = _delimiter(first_line)
    csv.field_size_limit(max(csv.field_size_limit(), len(text)))  # a long quote is one cell
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        fieldnames = reader.fieldnames
    except csv.Error as exc:
        exc.row = header  # type: ignore[attr-defined]
        raise
    if fieldnames is None:
        raise InputError(message("review.empty"), path=path)
    columns = {name.strip().lower(): name for name in fieldnames if name is not None}
    if "id" not in columns:
        raise InputError(message("review.no_id_column"), path=path)
    if deciding and "status" not in columns and "note" not in columns:
        raise InputError(message("review.no_decision_columns"), path=path)
    decisions: dict[str, Decision] = {}
    rows: dict[str, int] = {}
    for number, row in _numbered(reader, header):
        ident = unescape_cell(row.get(columns["id"]) or "").strip()
        if not ident:
            continue
        raw_status = unescape_cell(row.get(columns.get("status", ""), "") or "").strip()
        status = _STATUS_ALIASES.get(raw_status.lower(), raw_status.lower())
        if status and status not in STATUSES:
            raise InputError(
                message(
                    "review.unknown_status",
                    number=number,
                    status=raw_status,
                    choices=", ".join(STATUSES),
                ),
                path=path,
            )
        # The note is kept exactly as typed (spaces and control characters too, a NUL
        # included): every writer shows a control character inertly (``escape_cell``)
        note = unescape_cell(row.get(columns.get("note", ""), "") or "")
        decision = Decision(id=ident, status=status, note=note)
        earlier = decisions.get(ident)
        if earlier is not None and earlier != decision and earlier.decided:
            if decision.decided:
                raise InputError(
                    message(
                        "review.conflicting_rows",
                        rows=rows[ident],
                        number=number,
                        ident=ident,
                    ),
                    path=path,
                )
            continue  # a blank copy of a reviewed row never erases the decision
        decisions[ident] = decision
        rows[ident] = number
    return decisions


def _numbered(reader: csv.DictReader[str], header: int) -> Iterator[tuple[int, dict[str, str]]]:
    """The rows of ``reader`` with their row numbers (the header is row ``header``); a CSV
    error carries the number of the row it was found in."""
    number = header
    while True:
        number += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            exc.row = number  # type: ignore[attr-defined]
            raise
        yield number, row


MAX_REVIEW_BYTES = 256 * 1024 * 1024


def load_review(path: Path, *, deciding: bool = False) -> dict[str, Decision]:
    """Read a reviewed discrepancies.csv (a regular file of at most 256 MiB); ``deciding``
    as :func:`parse_review` takes it."""
    try:
        data = read_regular_file(path, max_bytes=MAX_REVIEW_BYTES)
    except InputError as exc:
        raise InputError(_review_reason(exc.message), path=path) from None
    return parse_review(decode_review(data, path), path, deciding=deciding)


def _review_reason(reason: str) -> str:
    """A reason of ``read_regular_file`` said of a review file ("not found" -> "review
    file not found")."""
    if reason == message("files.not_found"):
        return message("review.not_found")
    if reason == message("files.is_directory"):
        return message("review.folder")
    if reason == message("files.not_regular"):  # a FIFO would hang, /dev/zero never end
        return message("review.not_regular")
    for head, said in (
        (message("files.too_large_head"), message("review.too_large")),
        (message("files.cannot_read_head"), message("review.cannot_read")),
    ):
        if reason.startswith(head):
            return said + reason[len(head) :]
    return message("review.broken_link", reason=reason)  # a broken link


def apply_review(report: Report, decisions: dict[str, Decision]) -> tuple[Report, list[str]]:
    """Carry each decision to the row with the same id; list reviewed ids no longer found."""
    present = {d.id for d in report.discrepancies}
    updated = tuple(
        replace(d, status=decisions[d.id].status, note=decisions[d.id].note)
        if d.id in decisions
        else d
        for d in report.discrepancies
    )
    vanished = sorted(
        ident for ident, dec in decisions.items() if ident not in present and dec.decided
    )
    return replace(report, discrepancies=updated), vanished
