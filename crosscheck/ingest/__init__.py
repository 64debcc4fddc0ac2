"""Article files that are not plain text -> Extracted text the pipeline reads (one entry).

``read_article(path)`` reads a saved web page (.html, .htm), a PDF or a Word (.docx) file
and returns the article's text with its title, date and language; ``.txt`` and ``.md`` are
read by ``crosscheck.sources`` as before. Claim spans index ``Extracted.text``: write it
with ``extracted_text_path`` beside the reports so every quote can be found again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from crosscheck.errors import InputError
from crosscheck.ingest.language import detect_language
from crosscheck.ingest.record import MAX_FILE_BYTES, Extracted, read_limited
from crosscheck.language import primary_language
from crosscheck.messages import message

if TYPE_CHECKING:
    from crosscheck.model import Source

__all__ = [
    "EXTRACTED_SUFFIXES",
    "Extracted",
    "detect_language",
    "extract_bytes",
    "extracted_text_path",
    "extracted_texts",
    "is_extracted",
    "language_problem",
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
            message("ingest.file_type_expected", choices=", ".join(EXTRACTED_SUFFIXES)), path=path
        )
    return extract_bytes(read_limited(path, MAX_FILE_BYTES), suffix=suffix, path=path, today=today)


def extract_bytes(
    data: bytes,
    *,
    suffix: str,
    path: Path,
    url: str | None = None,
    today: date | None = None,
    detect: bool = True,
) -> Extracted:
    """The article in ``data`` read as a file with ``suffix``; ``path`` names it in errors.

    ``detect=False`` leaves ``Extracted.language`` None (story loading checks the language
    itself, mostly without loading the detector's model).
    """
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
        raise InputError(
            message("ingest.file_type_unknown", value=suffix or message("ingest.no_suffix")),
            path=path,
        )
    return replace(extracted, language=detect_language(extracted.text)) if detect else extracted


def extracted_text_path(report_dir: Path, source_id: str) -> Path:
    """Where a run writes the text it read from source ``source_id``: ``texts/<id>.txt``."""
    if not source_id or "/" in source_id or "\\" in source_id or source_id in (".", ".."):
        raise ValueError(f"not a source id: {source_id!r}")
    return report_dir / TEXTS_FOLDER / f"{source_id}.txt"


def is_extracted(path: Path | None) -> bool:
    """True for a file whose text ``read_article`` extracts (a page, a PDF, a Word file)."""
    return path is not None and path.suffix.lower() in EXTRACTED_SUFFIXES


def extracted_texts(report_dir: Path, sources: Iterable[Source]) -> dict[Path, str]:
    """The extracted text of every source read from a page, PDF or Word file, by its path.

    Ready for ``crosscheck.report.files.write_all_atomically`` beside the other reports.
    """
    return {
        extracted_text_path(report_dir, source.id): source.text
        for source in sources
        if is_extracted(source.path)
    }


def language_problem(source_id: str, detected: str | None, expected: str) -> str | None:
    """One line when a source is written in another language than the story, else None.

    Languages compare by their primary subtag ("en-GB" is "en"). The line says how to read
    the source anyway when the detector is wrong: give its story.toml entry a language.
    """
    if detected is None or primary_language(detected) == primary_language(expected):
        return None
    return message("ingest.other_language", source=source_id, detected=detected, expected=expected)
