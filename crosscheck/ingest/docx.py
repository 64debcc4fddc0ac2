"""Word (.docx) bytes -> Extracted: body paragraphs and table cells in document order.

Page headers and footers live in their own parts of the file and are never read into the
body. The file is a zip archive: its size once unpacked is checked before any XML is parsed.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from crosscheck.errors import InputError
from crosscheck.ingest.record import Extracted, check_text
from crosscheck.messages import message

#: Largest unpacked size of a .docx archive (a zip bomb stops here).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024


def extract_docx(data: bytes, *, path: Path) -> Extracted:
    """Article text of a Word file: one paragraph per block, separated by blank lines."""
    _check_archive(data, path)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors, ...
        raise InputError(
            message("ingest.unreadable_word_file", kind=type(exc).__name__), path=path
        ) from None
    paragraphs = [text for text in _blocks(document) if text]
    text = check_text("\n\n".join(paragraphs), path, message("articles.formats.docx"))
    title = " ".join((document.core_properties.title or "").split()) or None
    return Extracted(path=path, format="docx", text=text + "\n", title=title)


def _check_archive(data: bytes, path: Path) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise InputError(message("ingest.docx_not_zip"), path=path) from None
    if "word/document.xml" not in names:
        raise InputError(message("ingest.docx_no_document"), path=path)
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputError(
            message(
                "ingest.docx_too_large",
                unpacked=unpacked,
                limit=MAX_UNPACKED_BYTES,
            ),
            path=path,
        )


def _blocks(document: Document) -> Iterator[str]:
    for item in document.iter_inner_content():
        yield from _item_text(item)


def _item_text(item: Any) -> Iterator[str]:
    if isinstance(item, Paragraph):
        yield " ".join(item.text.split())
    elif isinstance(item, Table):
        for row in item.rows:
            cells: list[str] = []
            for cell in row.cells:
                text = " ".join(cell.text.split())
                if text and (not cells or cells[-1] != text):  # merged cells repeat
                    cells.append(text)
            yield " | ".join(cells)
