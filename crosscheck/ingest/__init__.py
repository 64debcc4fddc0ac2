"""Article files that are not plain text -> Extracted text the pipeline reads (one entry).

``read_article(path)`` reads a saved web page (.html, .htm), a PDF or a Word (.docx) file
and returns the article's text with its title, date and language; ``.txt`` and ``.md`` are
read by ``crosscheck.sources`` as before. Claim spans index ``Extracted.text``: write it
with ``extracted_text_path`` beside the reports so every quote can be found again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from crosscheck.errors import InputError
from crosscheck.ingest.language import detect_language
from crosscheck.ingest.record import MAX_FILE_BYTES, Extracted, read_limited

__all__ = [
    "EXTRACTED_SUFFIXES",
    "Extracted",
    "detect_language",
    "extract_bytes",
    "extracted_text_path",
    "read_article",
]

#: File suffixes read by ``read_article`` (lower case).
EXTRACTED_SUFFIXES = (".html", ".htm", ".pdf", ".docx")
#: Folder, inside a report folder, that holds the extracted text of each source.
TEXTS_FOLDER = "texts"


def read_article(path: Path, *, today: date | None = None) -> Extracted:
    """The article in ``path`` (.html, .htm, .pdf, .docx); one-line InputError when unusable."""
    suffix = path.suffix.lower()
    if suffix not in EXTRACTED_SUFFIXES:
        raise InputError(
            f"not a file type read here (expected {', '.join(EXTRACTED_SUFFIXES)})", path=path
        )
    return extract_bytes(read_limited(path, MAX_FILE_BYTES), suffix=suffix, path=path, today=today)


def extract_bytes(
    data: bytes, *, suffix: str, path: Path, url: str | None = None, today: date | None = None
) -> Extracted:
    """The article in ``data`` read as a file with ``suffix``; ``path`` names it in errors."""
    suffix = suffix.lower()
    if suffix in (".html", ".htm"):
        from crosscheck.ingest.html import extract_html

        extracted = extract_html(data, path=path, url=url, today=today)
    elif suffix == ".pdf":
        from crosscheck.ingest.pdf import extract_pdf

        extracted = extract_pdf(data, path=path)
    elif suffix == ".docx":
        from crosscheck.ingest.docx import extract_docx

        extracted = extract_docx(data, path=path)
    else:
        raise InputError(f"not a file type read here ({suffix or 'no suffix'})", path=path)
    return replace(extracted, language=detect_language(extracted.text))


def extracted_text_path(report_dir: Path, source_id: str) -> Path:
    """Where a run writes the text it read from source ``source_id``: ``texts/<id>.txt``."""
    if not source_id or "/" in source_id or "\\" in source_id or source_id in (".", ".."):
        raise ValueError(f"not a source id: {source_id!r}")
    return report_dir / TEXTS_FOLDER / f"{source_id}.txt"
