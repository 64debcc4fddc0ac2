"""Article files for the loader: page/PDF/Word file -> Extracted; text -> another language or None.

``read_document`` reads a saved web page (``.html``, ``.htm``), a PDF or a Word (``.docx``)
file through ``crosscheck.readfile`` (regular files only, size-limited) and extracts its
article text with ``crosscheck.ingest``; any failure of the third-party readers on a damaged
or hostile file becomes a one-line ``InputError``. The extractors (trafilatura, pdfminer,
python-docx) are imported only when such a file is read.

``other_language`` says when an article is surely written in another language than the one it
is read in. A text shorter than ``MIN_CHECKED_CHARS`` is never judged. A text whose words are
mostly the language's most frequent words (``lexicon/<lang>/common_words.toml``) is taken as
that language without loading the detector's model; any other text goes to the detector
(``crosscheck.ingest.detect_language``), and only a confident answer naming another language
counts.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import MappingProxyType
from typing import Final

from crosscheck.errors import InputError, LexiconError
from crosscheck.ingest import EXTRACTED_SUFFIXES, Extracted, detect_language, extract_bytes
from crosscheck.ingest.language import SAMPLE_CHARS
from crosscheck.language import primary_language
from crosscheck.lexicon import lexicon_language, load_lexicon, require
from crosscheck.readfile import read_regular_file

__all__ = [
    "DOCUMENT_SUFFIXES",
    "MIN_CHECKED_CHARS",
    "is_document_name",
    "other_language",
    "read_document",
]

DOCUMENT_SUFFIXES: Final = EXTRACTED_SUFFIXES
"""Suffixes of the article files whose text is extracted (lower case)."""

MIN_CHECKED_CHARS: Final = 200
"""An article shorter than this (in characters, outer white space aside) is never skipped
for its language: a few words are not enough to be sure."""

_FORMAT_NAMES: Final = MappingProxyType(
    {".html": "web page", ".htm": "web page", ".pdf": "PDF", ".docx": "Word file"}
)
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
        return extract_bytes(data, suffix=suffix, path=path)
    except InputError:
        raise
    except Exception as exc:  # lxml, pdfminer, python-docx raise many types
        what = _FORMAT_NAMES.get(suffix, "file")
        raise InputError(f"cannot read this {what} ({type(exc).__name__})", path=path) from None


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
