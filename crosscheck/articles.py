"""One article file -> Source: text files decoded, web pages, PDF and Word files extracted.

``source_from`` reads one article as ``crosscheck.sources`` loads it: ``.txt`` and ``.md``
files are decoded as they are (``read_text_article``, see ``crosscheck.decoding``); saved web pages
(``.html``, ``.htm``), PDF and Word (``.docx``) files are read by ``read_document`` through
``crosscheck.readfile`` (regular files only, size-limited) and ``crosscheck.ingest``, whose
extractors (trafilatura, pdfminer, python-docx) are imported only when such a file is read;
any failure of theirs on a damaged or hostile file becomes a one-line ``InputError``.

``other_language`` says when an article is surely written in another language than the one it
is read in. A text shorter than ``MIN_CHECKED_CHARS`` is never judged. A text whose words are
mostly the language's most frequent words (lexicon ``common_words``) is taken as that
language without loading the detector's model; any other text goes to the detector
(``crosscheck.ingest.detect_language``), and only a confident answer naming another language
counts. ``wrong_language`` turns that into the one line of a skipped article.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from crosscheck.decoding import decode_bytes, looks_binary
from crosscheck.errors import InputError, LexiconError
from crosscheck.ingest import (
    EXTRACTED_SUFFIXES,
    Extracted,
    detect_language,
    extract_bytes,
    language_problem,
)
from crosscheck.ingest.language import SAMPLE_CHARS
from crosscheck.language import DEFAULT_LANGUAGE, primary_language
from crosscheck.lexicon import lexicon_language, load_lexicon, require
from crosscheck.messages import message
from crosscheck.model import Granularity, Source
from crosscheck.readfile import read_regular_file
from crosscheck.storyfile import STORY_FILE, SourceEntry, parse_entry, read_story_settings

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DOCUMENT_SUFFIXES",
    "MIN_CHECKED_CHARS",
    "is_document_name",
    "is_text_name",
    "load_file",
    "load_source",
    "other_language",
    "read_document",
    "read_text_article",
    "reads_as",
    "source_from",
    "wrong_language",
]

DOCUMENT_SUFFIXES: Final = EXTRACTED_SUFFIXES
"""Suffixes of the article files whose text is extracted (lower case)."""

MIN_CHECKED_CHARS: Final = 200
"""An article shorter than this (in characters, outer white space aside) is never skipped
for its language: a few words are not enough to be sure."""

DEFAULT_MAX_BYTES: Final = 20 * 1024 * 1024
"""Articles larger than this (20 MiB) are skipped as "too large"; ``max_bytes`` overrides."""

_FORMAT_NAMES: Final = MappingProxyType(
    {".html": "articles.formats.html", ".htm": "articles.formats.html",
     ".pdf": "articles.formats.pdf", ".docx": "articles.formats.docx"}
)  # fmt: skip
_WORD: Final = re.compile(r"[^\W\d_]+")


def is_document_name(name: str) -> bool:
    """True for a file name whose text is extracted (.html, .htm, .pdf, .docx; any case)."""
    return Path(name).suffix.lower() in DOCUMENT_SUFFIXES


def read_document(path: Path, *, max_bytes: int) -> Extracted:
    """The article in a saved web page, PDF or Word file, with what the file says of it.

    Raises:
        InputError: One line: the file cannot be read (see ``read_regular_file``), is larger
            than ``max_bytes``, or holds no readable article.
    """
    suffix = path.suffix.lower()
    data = read_regular_file(path, max_bytes=max_bytes)
    try:
        return extract_bytes(data, suffix=suffix, path=path, detect=False)
    except InputError:
        raise
    except Exception as exc:  # lxml, pdfminer, python-docx raise many types
        what = message(_FORMAT_NAMES.get(suffix, "articles.formats.file"))
        raise InputError(
            message("articles.unreadable", what=what, kind=type(exc).__name__), path=path
        ) from None


def other_language(text: str, language: str) -> str | None:
    """The language ``text`` is surely written in when that is not ``language``, else None.

    None also when the text is too short to judge or the detector is not sure. Languages
    compare by their primary subtag ("en-GB" is "en").
    """
    if len(text.strip()) < MIN_CHECKED_CHARS or reads_as(text, language):
        return None
    detected = detect_language(text)
    if detected is None or primary_language(detected) == primary_language(language):
        return None
    return detected


def reads_as(text: str, language: str) -> bool:
    """True when enough of the text's first words are the language's most frequent words."""
    lexicon = lexicon_language(language)
    if lexicon is None:
        return False
    try:
        data = load_lexicon("common_words", lexicon)
    except LexiconError:  # no such list for this language yet: the detector decides
        return False
    words = frozenset(require(data, "words", list, "common_words"))
    min_share: float = require(data, "min_share", float, "common_words")
    found = _WORD.findall(text[:SAMPLE_CHARS].casefold())
    if not found:
        return False
    return sum(word in words for word in found) >= min_share * len(found)


def is_text_name(name: str) -> bool:
    """False for a path whose bytes were not valid UTF-8 (Python keeps them as surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def load_source(
    path: Path,
    entry: Mapping[str, Any] | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    language: str = DEFAULT_LANGUAGE,
) -> Source:
    """Read one article into a Source; ``entry`` is its raw ``[[sources]]`` table, if any.
    ``language`` is the article's language when no entry gives one (its story's: a draft
    read against a story is in the story's language).

    Raises:
        InputError: The file cannot be used (missing, empty, binary, too large, unreadable,
            in a language with no lexicon).
        ConfigError: ``entry`` is malformed.
    """
    path = Path(path)
    parsed = (
        None
        if entry is None
        else parse_entry(entry, where=message("articles.story_entry"), path=path)
    )
    return _checked_language(source_from(path, parsed, max_bytes, story_language=language), parsed)


def load_file(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read one article on its own; its folder's story.toml entry is used when there is one.

    Raises:
        InputError: The file cannot be used, or its folder's story.toml cannot be read.
        ConfigError: The folder's story.toml is malformed.
    """
    path = Path(path)
    settings_path = path.parent / STORY_FILE
    settings = read_story_settings(settings_path) if _is_regular(settings_path) else None
    entry = None
    language = DEFAULT_LANGUAGE
    if settings is not None:
        entry = next((e for e in settings.entries if e.file == path.name), None)
        language = settings.language
    return _checked_language(source_from(path, entry, max_bytes, story_language=language), entry)


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):
        return False


def _checked_language(source: Source, entry: SourceEntry | None) -> Source:
    if lexicon_language(source.language) is None:
        raise InputError(message("articles.no_lexicon", language=source.language), path=source.path)
    problem = wrong_language(source, entry)
    if problem is not None:
        raise InputError(problem.removeprefix(f"{source.path}: "), path=source.path)
    return source


def wrong_language(source: Source, entry: SourceEntry | None) -> str | None:
    """One "path: problem" line when the article is surely in another language, else None.

    An entry that gives the article's language is believed: it is how a reader overrides a
    detector that is wrong.
    """
    if entry is not None and entry.language is not None:
        return None
    detected = other_language(source.text, source.language)
    return language_problem(str(source.path), detected, source.language)


def source_from(
    path: Path,
    entry: SourceEntry | None,
    max_bytes: int,
    *,
    story_language: str = DEFAULT_LANGUAGE,
    notes: list[str] | None = None,
) -> Source:
    """The Source of one article file; ``notes`` receives the extractor's caveats."""
    if not is_text_name(str(path)):
        raise InputError(message("articles.file_name_not_text"), path=path)
    if is_document_name(path.name):
        return _document_source(path, entry, max_bytes, story_language, notes)
    text, encoding = read_text_article(path, max_bytes=max_bytes)
    resolved = _resolved(path)
    if entry is None:
        return Source(
            id=path.stem,
            text=text,
            path=path,
            encoding=encoding,
            language=story_language,
            resolved_path=resolved,
        )
    return Source(
        id=path.stem,
        text=text,
        outlet=entry.outlet,
        published=entry.published,
        published_granularity=entry.published_granularity,
        url=entry.url,
        path=path,
        encoding=encoding,
        language=entry.language or story_language,
        resolved_path=resolved,
    )


def _document_source(
    path: Path,
    entry: SourceEntry | None,
    max_bytes: int,
    story_language: str,
    notes: list[str] | None,
) -> Source:
    """A page, PDF or Word file: its extracted text; its own date and site where none is given.

    ``Source.encoding`` names the format the text was extracted from ("html", "pdf", "docx").
    """
    extracted = read_document(path, max_bytes=max_bytes)
    if notes is not None:
        notes.extend(extracted.warnings)
    given = entry is not None and entry.published is not None
    published = entry.published if entry is not None and given else extracted.published
    return Source(
        id=path.stem,
        text=extracted.text,
        outlet=(entry.outlet if entry else None) or extracted.site,
        published=published,
        published_granularity=(
            entry.published_granularity if entry is not None and given else Granularity.DAY
        ),
        published_found=None if given or published is None else extracted.date_found,
        url=entry.url if entry else None,
        path=path,
        encoding=extracted.format,
        language=(entry.language if entry else None) or story_language,
        resolved_path=_resolved(path),
    )


def _resolved(path: Path) -> Path | None:
    """The real path of a file reached through a symbolic link, else None."""
    real = Path(os.path.realpath(path))
    # abspath, not resolve: the path as written, with only ".." and "." folded.
    return None if real == Path(os.path.abspath(path)) else real  # noqa: PTH100


def read_text_article(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Read and decode an article file, keeping its text exactly (line endings included).

    Args:
        path: The article file.
        max_bytes: Files larger than this many bytes are refused as too large
            (default ``DEFAULT_MAX_BYTES``, 20 MiB).

    Returns:
        The decoded text and the name of the encoding it was read with.

    Raises:
        InputError: A one-line reason: not found, a directory, not a regular file, too
            large, unreadable, empty or binary.
    """
    path = Path(path)
    data = read_regular_file(path, max_bytes=max_bytes)
    text, encoding = decode_bytes(data)
    if not text.strip():
        raise InputError(message("articles.empty"), path=path)
    if looks_binary(text):
        raise InputError(message("articles.binary"), path=path)
    return text, encoding
