"""The record every reader returns: file bytes -> Extracted (text the pipeline sees, and facts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from crosscheck.errors import InputError
from crosscheck.messages import message

#: Largest article file read, in bytes: a saved page, a press release PDF or a Word file.
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Largest extracted text kept, in characters (a long report is ~1 million).
MAX_TEXT_CHARS = 5_000_000


@dataclass(frozen=True, slots=True, kw_only=True)
class Extracted:
    """What a reader found in one article file.

    ``text`` is the article's text as the pipeline must see it: claim spans index it, so it is
    written beside the reports (see ``extracted_text_path``). ``date_found`` says how
    ``published`` was found ("page markup", "page text") or is ``None`` when no date was.
    ``site`` is the site's own name where the page gives one.
    """

    path: Path
    format: str
    text: str
    title: str | None = None
    published: date | None = None
    date_found: str | None = None
    site: str | None = None
    language: str | None = None
    warnings: tuple[str, ...] = ()


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``; one-line InputError when it is missing, unreadable or too big."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                message("ingest.file_too_large_sized", size=size, limit=limit), path=path
            )
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(
            message("ingest.cannot_read_file", reason=exc.strerror), path=path
        ) from None
    if len(data) > limit:
        raise InputError(message("ingest.file_too_large", limit=limit), path=path)
    if not data.strip():
        raise InputError(message("ingest.file_empty"), path=path)
    return data


def check_text(text: str, path: Path, what: str) -> str:
    """The extracted text, or a one-line InputError when nothing readable came out of it."""
    if not text.strip():
        raise InputError(message("ingest.no_article_text", what=what), path=path)
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            message(
                "ingest.text_too_long",
                length=len(text),
                limit=MAX_TEXT_CHARS,
            ),
            path=path,
        )
    return text
