"""story.toml -> its title, language and validated ``[[sources]]`` entries (SourceEntry).

A story folder's optional ``story.toml``::

    title = "..."
    language = "en"                  # optional: the articles' language (default "en")
    [[sources]]
    file = "un-experts-2025.txt"     # required; the source id is the file's stem
    outlet = "UN Group of Independent Experts on Belarus"
    published = 2025-01-31           # TOML date, or "YYYY-MM" / "YYYY" when partly known
    url = "https://..."
    language = "ru"                  # optional: this article's language (default: the story's)
    title = "..."                    # optional: the article's title (written by crosscheck add)
    fetched = 2025-02-01T09:30:00Z   # optional: when crosscheck add fetched the page

``file`` names an article in the story folder: text (``.txt``, ``.md``), a saved web page
(``.html``, ``.htm``), a PDF or a Word (``.docx``) file.

A malformed ``story.toml`` raises ``ConfigError`` (one line naming the file, the entry and
the problem); one that cannot read (a folder, a FIFO, too large, no permission) raises
``InputError``. The file is read through ``crosscheck.readfile`` (size, nesting and
dotted-key limits).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from crosscheck.errors import ConfigError
from crosscheck.ingest import EXTRACTED_SUFFIXES
from crosscheck.language import DEFAULT_LANGUAGE, language_tag
from crosscheck.messages import message
from crosscheck.model import Granularity
from crosscheck.readfile import load_toml

TEXT_SUFFIXES: Final = (".txt", ".md")
"""Suffixes of articles read as plain text."""
ARTICLE_SUFFIXES: Final = TEXT_SUFFIXES + EXTRACTED_SUFFIXES
"""Suffixes of every article file: plain text, then pages, PDF and Word files."""


def suffix_list() -> str:
    """The article suffixes as messages name them: ".txt, .md, .html, .htm, .pdf or .docx"."""
    return f"{', '.join(ARTICLE_SUFFIXES[:-1])} or {ARTICLE_SUFFIXES[-1]}"


STORY_FILE: Final = "story.toml"
CONFIG_FILE: Final = "crosscheck.toml"
"""The config file a story folder may hold (``crosscheck.config``); not an article."""

_ENTRY_KEYS: Final = ("file", "outlet", "published", "url", "language", "title", "fetched")
_TOP_KEYS: Final = ("title", "sources", "language")

_PARTIAL_DATE: Final = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceEntry:
    """One validated ``[[sources]]`` entry of story.toml (``language`` None: the story's).

    ``fetched`` is when ``crosscheck add`` fetched the page (a TOML date-time or date).
    """

    file: str
    outlet: str | None = None
    published: date | None = None
    published_granularity: Granularity = Granularity.DAY
    url: str | None = None
    language: str | None = None
    title: str | None = None
    fetched: datetime | date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StorySettings:
    """A validated story.toml: the title, the story's language and its entries in order."""

    title: str | None = None
    language: str = DEFAULT_LANGUAGE
    entries: tuple[SourceEntry, ...] = ()


def is_article_name(name: str) -> bool:
    """True for a file name with an article suffix (``ARTICLE_SUFFIXES``, any case)."""
    return name.lower().endswith(ARTICLE_SUFFIXES) and name.lower() not in ARTICLE_SUFFIXES


def read_story_settings(path: Path) -> StorySettings:
    """Read, parse and validate a story.toml file.

    Raises:
        InputError: The file cannot read (not a regular file, too large, no permission).
        ConfigError: It is not UTF-8, not valid TOML, too deeply nested, or its content is
            not of the expected shape (one line naming the file, the entry and the problem).
    """
    return parse_story_settings(load_toml(path), path=path)


def read_story_file(path: Path) -> tuple[str | None, tuple[SourceEntry, ...]]:
    """The title and entries of a story.toml file (see ``read_story_settings``)."""
    settings = read_story_settings(path)
    return settings.title, settings.entries


def parse_story_settings(data: Mapping[str, Any], *, path: Path | str) -> StorySettings:
    """Validate parsed story.toml data; ``path`` only names the file in error messages."""
    for key in data:
        if key not in _TOP_KEYS:
            raise ConfigError(
                message("storyfile.top_unknown_key", key=key, choices=", ".join(_TOP_KEYS)),
                path=path,
            )
    title = data.get("title")
    if title is not None and not isinstance(title, str):
        raise ConfigError(message("storyfile.title_not_string", found=_toml_type(title)), path=path)
    language = _language(data.get("language"), where="", path=path) or DEFAULT_LANGUAGE
    raw_entries = data.get("sources", [])
    if not isinstance(raw_entries, list) or not all(isinstance(e, dict) for e in raw_entries):
        raise ConfigError(
            message("storyfile.sources_not_array", found=_toml_type(raw_entries)),
            path=path,
        )
    entries: list[SourceEntry] = []
    seen_files: dict[str, int] = {}
    seen_stems: dict[str, tuple[int, str]] = {}
    for number, raw in enumerate(raw_entries, start=1):
        where = message("storyfile.entry", number=number)
        entry = parse_entry(raw, where=where, path=path)
        _check_unique(entry, number, seen_files, seen_stems, where=where, path=path)
        entries.append(entry)
    return StorySettings(title=title or None, language=language, entries=tuple(entries))


def _check_unique(
    entry: SourceEntry,
    number: int,
    seen_files: dict[str, int],
    seen_stems: dict[str, tuple[int, str]],
    *,
    where: str,
    path: Path | str,
) -> None:
    """Each file once, each source id once (dictionaries: a story of 10,000 stays fast)."""
    stem = Path(entry.file).stem
    if entry.file in seen_files:
        raise ConfigError(
            message(
                "storyfile.duplicate_entry",
                where=where,
                file=entry.file,
                other=seen_files[entry.file],
            ),
            path=path,
        )
    if stem in seen_stems:
        other_number, other_file = seen_stems[stem]
        raise ConfigError(
            message(
                "storyfile.same_source_id",
                where=where,
                file=entry.file,
                stem=stem,
                other_number=other_number,
                other_file=other_file,
            ),
            path=path,
        )
    seen_files[entry.file] = number
    seen_stems[stem] = (number, entry.file)


def parse_entry(raw: Mapping[str, Any], *, where: str, path: Path | str) -> SourceEntry:
    """Validate one ``[[sources]]`` table into a SourceEntry.

    Raises:
        ConfigError: Unknown key, missing or malformed ``file``, wrong type, impossible date.
    """
    for key in raw:
        if key not in _ENTRY_KEYS:
            raise ConfigError(
                message(
                    "storyfile.unknown_key",
                    where=where,
                    key=key,
                    choices=", ".join(_ENTRY_KEYS),
                ),
                path=path,
            )
    if "file" not in raw:
        raise ConfigError(message("storyfile.file_missing", where=where), path=path)
    file = _string(raw, "file", where=where, path=path)
    if file is None:
        raise ConfigError(message("storyfile.file_empty", where=where), path=path)
    if "\x00" in file:
        raise ConfigError(message("storyfile.file_has_nul", where=where, file=file), path=path)
    if "/" in file or "\\" in file or file in (".", ".."):
        raise ConfigError(
            message("storyfile.file_is_path", where=where, file=file),
            path=path,
        )
    if not is_article_name(file):
        raise ConfigError(
            message("storyfile.file_not_article", where=where, suffixes=suffix_list(), file=file),
            path=path,
        )
    published, granularity = _published(raw.get("published"), where=where, path=path)
    return SourceEntry(
        file=file,
        outlet=_string(raw, "outlet", where=where, path=path),
        published=published,
        published_granularity=granularity,
        url=_string(raw, "url", where=where, path=path),
        language=_language(raw.get("language"), where=f"{where}: ", path=path),
        title=_string(raw, "title", where=where, path=path),
        fetched=_fetched(raw.get("fetched"), where=where, path=path),
    )


def _fetched(value: Any, *, where: str, path: Path | str) -> datetime | date | None:
    if value is None or isinstance(value, (datetime, date)):
        return value
    raise ConfigError(
        message("storyfile.fetched_wrong_type", where=where, found=_toml_type(value)),
        path=path,
    )


def _string(raw: Mapping[str, Any], key: str, *, where: str, path: Path | str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigError(
            message("storyfile.not_string", where=where, key=key, found=_toml_type(value)),
            path=path,
        )
    return value.strip() or None


def _language(value: Any, *, where: str, path: Path | str) -> str | None:
    if value is None:
        return None
    tag = language_tag(value) if isinstance(value, str) else None
    if tag is None:
        shown = repr(value) if isinstance(value, str) else _toml_type(value)
        raise ConfigError(
            message("storyfile.bad_language", where=where, shown=shown),
            path=path,
        )
    return tag


def _published(value: Any, *, where: str, path: Path | str) -> tuple[date | None, Granularity]:
    if value is None:
        return None, Granularity.DAY
    if isinstance(value, datetime):
        return value.date(), Granularity.DAY
    if isinstance(value, date):
        return value, Granularity.DAY
    if not isinstance(value, str):
        raise ConfigError(
            message("storyfile.published_wrong_type", where=where, found=_toml_type(value)),
            path=path,
        )
    parsed = parse_partial_date(value)
    if parsed is None:
        if _PARTIAL_DATE.fullmatch(value.strip()):
            raise ConfigError(
                message("storyfile.published_impossible", where=where, value=value), path=path
            )
        raise ConfigError(
            message("storyfile.published_bad_format", where=where, value=value),
            path=path,
        )
    return parsed


def parse_partial_date(text: str) -> tuple[date, Granularity] | None:
    """Read "YYYY", "YYYY-MM" or "YYYY-MM-DD" as (first day, granularity); None if invalid."""
    match = _PARTIAL_DATE.fullmatch(text.strip())
    if match is None:
        return None
    year, month, day = match.groups()
    granularity = Granularity.DAY if day else Granularity.MONTH if month else Granularity.YEAR
    try:
        return date(int(year), int(month or 1), int(day or 1)), granularity
    except ValueError:
        return None


_TOML_TYPE_NAMES: Final = MappingProxyType(
    {
        bool: "boolean",
        int: "integer",
        float: "float",
        str: "string",
        list: "array",
        dict: "table",
        datetime: "datetime",
        date: "date",
        time: "time",
    }
)


def _toml_type(value: Any) -> str:
    return _TOML_TYPE_NAMES.get(type(value), type(value).__name__)
