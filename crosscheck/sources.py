"""Story folder + story.toml -> Story of Sources (the only module that reads input files).

A story folder holds article files (``.txt``, ``.md``) and an optional ``story.toml``::

    title = "..."
    [[sources]]
    file = "un-experts-2025.txt"     # required; the source id is the file's stem
    outlet = "UN Group of Independent Experts on Belarus"
    published = 2025-01-31           # TOML date, or "YYYY-MM" / "YYYY" when partly known
    url = "https://..."

A malformed ``story.toml`` raises ``ConfigError`` (one line naming the file, the entry and
the problem). A bad article file never aborts the story: it is skipped and a one-line
``"path: problem"`` is added to ``Story.problems``. Files loaded with a caveat (no
story.toml entry, bytes replaced) and ignored non-article files go to ``Story.warnings``.
A folder with no usable article raises ``NoArticlesError`` (an ``InputError`` that keeps
every file's problem); a path that is not a folder raises ``InputError``. A file or folder
whose name is not valid text (bytes that are not UTF-8 on a UTF-8 system) cannot be written
to the reports, so it is refused with a one-line reason too.

Article text is kept exactly as decoded (line endings included), so every later span
indexes ``Source.text``. The encoding is detected per file and recorded in
``Source.encoding``: ``utf-8``, ``utf-8-sig``, ``utf-16``, ``utf-32``, ``utf-16-le`` /
``utf-16-be`` (no byte-order mark), ``cp1251``, ``koi8-r`` or ``cp1252``; a name ending in
``" (with replacements)"`` means some bytes could not be decoded and became U+FFFD.
"""

from __future__ import annotations

import codecs
import math
import re
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from crosscheck.errors import ConfigError, InputError
from crosscheck.model import Granularity, Source, Story

DEFAULT_MAX_BYTES: Final = 20 * 1024 * 1024
"""Articles larger than this (20 MiB) are skipped as "too large"; ``max_bytes`` overrides."""

ARTICLE_SUFFIXES: Final = (".txt", ".md")
STORY_FILE: Final = "story.toml"
REPLACED: Final = " (with replacements)"
"""Suffix of ``Source.encoding`` when undecodable bytes were replaced by U+FFFD."""

_ENTRY_KEYS: Final = ("file", "outlet", "published", "url")
_TOP_KEYS: Final = ("title", "sources")

_TOML_POSITION: Final = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_AT_END: Final = re.compile(r"\s*\(at end of document\)\s*$")
_PARTIAL_DATE: Final = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_CONTROL: Final = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BINARY_CONTROL_SHARE: Final = 0.05
_NOT_TEXT_NAME: Final = "the {what} name is not valid UTF-8 text; rename the {what}"

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Letter frequencies (per cent) of Russian, with the Belarusian letters I and short U,
# used to tell a Windows-1251 text from a KOI8-R one: the right decoding reads as common
# letters; the wrong one as rare letters with capitals inside words.
_CYRILLIC_FREQUENCY: Final = MappingProxyType(
    {
        "\N{CYRILLIC SMALL LETTER O}": 10.97,
        "\N{CYRILLIC SMALL LETTER IE}": 8.45,
        "\N{CYRILLIC SMALL LETTER A}": 8.01,
        "\N{CYRILLIC SMALL LETTER I}": 7.35,
        "\N{CYRILLIC SMALL LETTER EN}": 6.7,
        "\N{CYRILLIC SMALL LETTER TE}": 6.26,
        "\N{CYRILLIC SMALL LETTER ES}": 5.47,
        "\N{CYRILLIC SMALL LETTER ER}": 4.73,
        "\N{CYRILLIC SMALL LETTER VE}": 4.54,
        "\N{CYRILLIC SMALL LETTER EL}": 4.4,
        "\N{CYRILLIC SMALL LETTER KA}": 3.49,
        "\N{CYRILLIC SMALL LETTER EM}": 3.21,
        "\N{CYRILLIC SMALL LETTER DE}": 2.98,
        "\N{CYRILLIC SMALL LETTER PE}": 2.81,
        "\N{CYRILLIC SMALL LETTER U}": 2.62,
        "\N{CYRILLIC SMALL LETTER YA}": 2.01,
        "\N{CYRILLIC SMALL LETTER YERU}": 1.9,
        "\N{CYRILLIC SMALL LETTER SOFT SIGN}": 1.74,
        "\N{CYRILLIC SMALL LETTER GHE}": 1.7,
        "\N{CYRILLIC SMALL LETTER ZE}": 1.65,
        "\N{CYRILLIC SMALL LETTER BE}": 1.59,
        "\N{CYRILLIC SMALL LETTER CHE}": 1.44,
        "\N{CYRILLIC SMALL LETTER SHORT I}": 1.21,
        "\N{CYRILLIC SMALL LETTER HA}": 0.97,
        "\N{CYRILLIC SMALL LETTER ZHE}": 0.94,
        "\N{CYRILLIC SMALL LETTER SHA}": 0.73,
        "\N{CYRILLIC SMALL LETTER YU}": 0.64,
        "\N{CYRILLIC SMALL LETTER TSE}": 0.48,
        "\N{CYRILLIC SMALL LETTER SHCHA}": 0.36,
        "\N{CYRILLIC SMALL LETTER E}": 0.32,
        "\N{CYRILLIC SMALL LETTER EF}": 0.26,
        "\N{CYRILLIC SMALL LETTER HARD SIGN}": 0.04,
        "\N{CYRILLIC SMALL LETTER IO}": 0.04,
        "\N{CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I}": 5.0,
        "\N{CYRILLIC SMALL LETTER SHORT U}": 1.5,
    }
)
_RARE_LETTER: Final = 0.01


class NoArticlesError(InputError):
    """No article of a story folder can be used; ``problems`` holds each file's reason."""

    def __init__(self, message: str, *, path: Path | str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message, path=path)
        self.problems = problems


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceEntry:
    """One validated ``[[sources]]`` entry of story.toml."""

    file: str
    outlet: str | None = None
    published: date | None = None
    published_granularity: Granularity = Granularity.DAY
    url: str | None = None


# ---------------------------------------------------------------------------------------
# Story folder


def load_story(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Story:
    """Load a story folder: story.toml order first, then the other articles by name.

    Args:
        path: The story folder.
        max_bytes: Articles larger than this many bytes are skipped as too large.

    Returns:
        The story; files that could not be used are listed in ``Story.problems``, and
        files loaded with a caveat (no story.toml entry, replaced bytes) in ``Story.warnings``.

    Raises:
        InputError: The path is not a folder, or its name is not valid text.
        NoArticlesError: No article in it can be used (``problems`` says why for each).
        ConfigError: story.toml is malformed.
    """
    folder = Path(path)
    if not folder.exists():
        raise InputError("story folder not found", path=folder)
    if not folder.is_dir():
        raise InputError("not a folder (a story is a folder of articles)", path=folder)
    if not is_text_name(str(folder)) or not is_text_name(folder.resolve().name):
        raise InputError(_NOT_TEXT_NAME.format(what="folder"), path=folder)
    problems: list[str] = []
    warnings: list[str] = []
    settings = folder / STORY_FILE
    title, entries = _read_story_settings(settings, warnings)
    has_settings = settings.is_file()
    candidates = _list_articles(folder, warnings)
    listed = {entry.file for entry in entries}
    listed_files = {_real(folder / entry.file) for entry in entries}
    sources: list[Source] = []
    loaded_ids: dict[str, Source] = {}
    for entry in entries:
        _load_into(folder / entry.file, entry, sources, problems, warnings, max_bytes, loaded_ids)
    for article in candidates:
        if article.name in listed or _real(article) in listed_files:
            continue  # the same file, named with other letter case on a case-blind disk
        loaded = _load_into(article, None, sources, problems, warnings, max_bytes, loaded_ids)
        if loaded and has_settings:
            warnings.append(f"{article}: no entry in {STORY_FILE}; loaded without outlet or date")
    if not sources:
        raise NoArticlesError(
            _no_articles_message(problems, tried=bool(entries or candidates)),
            path=folder,
            problems=tuple(problems),
        )
    return Story(
        name=folder.resolve().name,
        title=title,
        sources=tuple(sources),
        path=folder,
        problems=tuple(problems),
        warnings=tuple(warnings),
    )


def _real(path: Path) -> Path:
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):  # RuntimeError: a symbolic link loop, before Python 3.13
        return path


def _no_articles_message(problems: list[str], *, tried: bool) -> str:
    if not tried:
        return "no articles (.txt or .md files) in this folder"
    return f"no usable articles (.txt or .md); {len(problems)} problem(s), first: {problems[0]}"


def _read_story_settings(
    settings: Path, warnings: list[str]
) -> tuple[str | None, tuple[SourceEntry, ...]]:
    if settings.is_file():
        return read_story_file(settings)
    if settings.exists():
        raise ConfigError("is not a file", path=settings)
    warnings.append(f"{settings}: not found; articles are loaded without outlet or date")
    return None, ()


def _list_articles(folder: Path, warnings: list[str]) -> list[Path]:
    try:
        children = sorted(folder.iterdir(), key=lambda child: child.name)
    except OSError as exc:
        raise InputError(f"cannot be read ({_reason(exc)})", path=folder) from None
    articles: list[Path] = []
    for child in children:
        if child.name.startswith(".") or child.name == STORY_FILE:
            continue
        if is_article_name(child.name):
            articles.append(child)
        elif not child.is_dir():
            warnings.append(f"{child}: ignored (not a .txt or .md article)")
    return articles


def _load_into(
    path: Path,
    entry: SourceEntry | None,
    sources: list[Source],
    problems: list[str],
    warnings: list[str],
    max_bytes: int,
    loaded_ids: dict[str, Source],
) -> bool:
    if not path.exists() and not path.is_symlink():
        problems.append(f"{path}: listed in {STORY_FILE} but not found")
        return False
    same_id = loaded_ids.get(path.stem)
    if same_id is not None:
        problems.append(
            f"{path}: skipped; source id {path.stem!r} is already used by {same_id.path}"
        )
        return False
    try:
        source = _source_from(path, entry, max_bytes)
    except InputError as exc:
        problems.append(f"{path}: {exc.message}")
        return False
    if source.encoding.endswith(REPLACED):
        codec = source.encoding.removesuffix(REPLACED)
        warnings.append(f"{path}: some bytes are not valid {codec}; they were replaced by U+FFFD")
    sources.append(source)
    loaded_ids[source.id] = source
    return True


def is_text_name(name: str) -> bool:
    """False for a path whose bytes were not valid UTF-8 (Python keeps them as surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_article_name(name: str) -> bool:
    """True for a file name with an article suffix (.txt or .md, any case)."""
    return name.lower().endswith(ARTICLE_SUFFIXES) and name.lower() not in ARTICLE_SUFFIXES


# ---------------------------------------------------------------------------------------
# story.toml


def read_story_file(path: Path) -> tuple[str | None, tuple[SourceEntry, ...]]:
    """Parse and validate a story.toml file.

    Returns:
        The story title (or None) and its ``[[sources]]`` entries, in file order.

    Raises:
        ConfigError: The file cannot be read, is not valid TOML, or its content is not of
            the expected shape (one line naming the file, the entry and the problem).
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot be read ({_reason(exc)})", path=path) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - raw.rfind(b"\n", 0, exc.start)
        raise ConfigError(
            f"not UTF-8 text (line {line}, column {column}: byte 0x{raw[exc.start]:02x}); "
            "save it as UTF-8",
            path=path,
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(toml_error_message(str(exc)), path=path) from None
    return parse_story_settings(data, path=path)


def toml_error_message(message: str) -> str:
    """Reword tomllib's message as "line L, column C: invalid TOML (what)"."""
    position = _TOML_POSITION.search(message)
    if position is not None:
        what = message[: position.start()].strip()
        line, column = position.group(1), position.group(2)
        return f"line {line}, column {column}: invalid TOML ({_lower_first(what)})"
    at_end = _TOML_AT_END.search(message)
    if at_end is not None:
        what = message[: at_end.start()].strip()
        return f"end of file: invalid TOML ({_lower_first(what)})"
    return f"invalid TOML ({_lower_first(message.strip())})"


def parse_story_settings(
    data: Mapping[str, Any], *, path: Path | str
) -> tuple[str | None, tuple[SourceEntry, ...]]:
    """Validate parsed story.toml data; ``path`` only names the file in error messages."""
    for key in data:
        if key not in _TOP_KEYS:
            raise ConfigError(
                f"unknown key {key!r} (expected {', '.join(_TOP_KEYS)})",
                path=path,
            )
    title = data.get("title")
    if title is not None and not isinstance(title, str):
        raise ConfigError(f"'title' must be a string, found {_toml_type(title)}", path=path)
    raw_entries = data.get("sources", [])
    if not isinstance(raw_entries, list) or not all(isinstance(e, dict) for e in raw_entries):
        raise ConfigError(
            f"'sources' must be an array of tables ([[sources]]), found {_toml_type(raw_entries)}",
            path=path,
        )
    entries: list[SourceEntry] = []
    seen_files: dict[str, int] = {}
    seen_stems: dict[str, tuple[int, str]] = {}
    for number, raw in enumerate(raw_entries, start=1):
        where = f"[[sources]] entry {number}"
        entry = parse_entry(raw, where=where, path=path)
        _check_unique(entry, number, seen_files, seen_stems, where=where, path=path)
        entries.append(entry)
    return (title or None), tuple(entries)


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
            f"{where}: duplicate entry for {entry.file!r} (also entry {seen_files[entry.file]})",
            path=path,
        )
    if stem in seen_stems:
        other_number, other_file = seen_stems[stem]
        raise ConfigError(
            f"{where}: {entry.file!r} has the same source id {stem!r} as entry {other_number} "
            f"({other_file!r})",
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
                f"{where}: unknown key {key!r} (expected {', '.join(_ENTRY_KEYS)})", path=path
            )
    if "file" not in raw:
        raise ConfigError(f"{where}: missing required key 'file'", path=path)
    file = _string(raw, "file", where=where, path=path)
    if file is None:
        raise ConfigError(f"{where}: 'file' must not be empty", path=path)
    if "/" in file or "\\" in file or file in (".", ".."):
        raise ConfigError(
            f"{where}: 'file' must be a file name in the story folder, not a path ({file!r})",
            path=path,
        )
    if not is_article_name(file):
        raise ConfigError(f"{where}: 'file' must name a .txt or .md article ({file!r})", path=path)
    published, granularity = _published(raw.get("published"), where=where, path=path)
    return SourceEntry(
        file=file,
        outlet=_string(raw, "outlet", where=where, path=path),
        published=published,
        published_granularity=granularity,
        url=_string(raw, "url", where=where, path=path),
    )


def _string(raw: Mapping[str, Any], key: str, *, where: str, path: Path | str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigError(
            f"{where}: {key!r} must be a string, found {_toml_type(value)}", path=path
        )
    return value.strip() or None


def _published(value: Any, *, where: str, path: Path | str) -> tuple[date | None, Granularity]:
    if value is None:
        return None, Granularity.DAY
    if isinstance(value, datetime):
        return value.date(), Granularity.DAY
    if isinstance(value, date):
        return value, Granularity.DAY
    if not isinstance(value, str):
        raise ConfigError(
            f"{where}: 'published' must be a date (2025-01-31) or a string "
            f'"YYYY-MM" or "YYYY", found {_toml_type(value)}',
            path=path,
        )
    parsed = parse_partial_date(value)
    if parsed is None:
        if _PARTIAL_DATE.fullmatch(value.strip()):
            raise ConfigError(f"{where}: impossible date {value!r} for 'published'", path=path)
        raise ConfigError(
            f'{where}: \'published\' must look like 2025-01-31, "2025-01" or "2025", '
            f"found {value!r}",
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


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


# ---------------------------------------------------------------------------------------
# One article


def load_source(
    path: Path,
    entry: Mapping[str, Any] | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Source:
    """Read one article into a Source; ``entry`` is its raw ``[[sources]]`` table, if any.

    Raises:
        InputError: The file cannot be used (missing, empty, binary, too large, unreadable).
        ConfigError: ``entry`` is malformed.
    """
    path = Path(path)
    parsed = None if entry is None else parse_entry(entry, where="story entry", path=path)
    return _source_from(path, parsed, max_bytes)


def load_file(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read one article on its own; its folder's story.toml entry is used when there is one.

    Raises:
        InputError: The file cannot be used.
        ConfigError: The folder's story.toml is malformed.
    """
    path = Path(path)
    settings = path.parent / STORY_FILE
    entry = None
    if settings.is_file():
        _, entries = read_story_file(settings)
        entry = next((e for e in entries if e.file == path.name), None)
    return _source_from(path, entry, max_bytes)


def _source_from(path: Path, entry: SourceEntry | None, max_bytes: int) -> Source:
    if not is_text_name(str(path)):
        raise InputError(_NOT_TEXT_NAME.format(what="file"), path=path)
    text, encoding = read_article(path, max_bytes=max_bytes)
    if entry is None:
        return Source(id=path.stem, text=text, path=path, encoding=encoding)
    return Source(
        id=path.stem,
        text=text,
        outlet=entry.outlet,
        published=entry.published,
        published_granularity=entry.published_granularity,
        url=entry.url,
        path=path,
        encoding=encoding,
    )


def read_article(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Read and decode an article file, keeping its text exactly (line endings included).

    Args:
        path: The article file.
        max_bytes: Files larger than this many bytes are refused as too large
            (default ``DEFAULT_MAX_BYTES``, 20 MiB).

    Returns:
        The decoded text and the name of the encoding it was read with.

    Raises:
        InputError: A one-line reason: not found, a directory, too large, unreadable, empty
            or binary.
    """
    path = Path(path)
    if path.is_dir():
        raise InputError("is a directory, not a file", path=path)
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise InputError("not a regular file", path=path)
        size = status.st_size
        if size > max_bytes:
            raise InputError(
                f"too large ({_size(size)}; the limit is {_size(max_bytes)})", path=path
            )
        data = path.read_bytes()
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(
                "a broken link (the file it points to does not exist)", path=path
            ) from None
        raise InputError("not found", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({_reason(exc)})", path=path) from None
    if len(data) > max_bytes:
        raise InputError(
            f"too large ({_size(len(data))}; the limit is {_size(max_bytes)})", path=path
        )
    text, encoding = decode_bytes(data)
    if not text.strip():
        raise InputError("empty file", path=path)
    if looks_binary(text):
        raise InputError("binary file, not text", path=path)
    return text, encoding


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{n:,} bytes"
    return f"{n / (1024 * 1024):.1f} MB"


def _reason(exc: OSError) -> str:
    return (exc.strerror or type(exc).__name__).lower()


def looks_binary(text: str) -> bool:
    """True when decoded text has NUL characters or is more than 5 % control characters."""
    if "\x00" in text:
        return True
    controls = _CONTROL.subn("", text)[1]
    return controls > _BINARY_CONTROL_SHARE * len(text)


# ---------------------------------------------------------------------------------------
# Encodings


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes, detecting the encoding; never raises.

    Order: byte-order mark; UTF-16 without one; strict UTF-8; UTF-8 with a few bad bytes;
    a single-byte code page (Windows-1251 or KOI8-R for Cyrillic text, else Windows-1252).

    Returns:
        The text and the encoding name (with ``" (with replacements)"`` when bytes were lost).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode(data, codec)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace"), "utf-8" + REPLACED
    return _decode_single_byte(data)


def _decode(data: bytes, codec: str) -> tuple[str, str]:
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError:
        return data.decode(codec, errors="replace"), codec + REPLACED


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    head = data[:4096]
    pairs = len(head) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even_nuls, odd_nuls = head[0::2].count(0), head[1::2].count(0)
    if odd_nuls >= 0.4 * pairs and even_nuls <= 0.05 * pairs:
        codec = "utf-16-le"
    elif even_nuls >= 0.4 * pairs and odd_nuls <= 0.05 * pairs:
        codec = "utf-16-be"
    else:
        return None
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError:
        return None


def _mostly_utf8(data: bytes) -> bool:
    """True when the non-ASCII bytes are mostly well-formed UTF-8 sequences."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for char in text if char > "\x7f") - bad
    return good > 0 and good >= 2 * bad


def _decode_single_byte(data: bytes) -> tuple[str, str]:
    as_cp1251 = _decode(data, "cp1251")
    if not looks_cyrillic(as_cp1251[0]):
        return _decode(data, "cp1252")
    as_koi8r = _decode(data, "koi8-r")
    if cyrillic_score(as_koi8r[0]) > cyrillic_score(as_cp1251[0]):
        return as_koi8r
    return as_cp1251


def looks_cyrillic(text: str) -> bool:
    """True when Cyrillic letters mostly stand next to Cyrillic letters, not Latin ones.

    A Western text wrongly decoded as Windows-1251 has its accented letters turned into
    isolated Cyrillic letters inside Latin words ("GrцЯe"); a Cyrillic text has whole words.
    """
    same = mixed = 0
    previous = ""
    for char in text:
        if char.isalpha() and previous.isalpha():
            first, second = _is_cyrillic(previous), _is_cyrillic(char)
            if first and second:
                same += 1
            elif first or second:
                mixed += 1
        previous = char
    return same > 0 and same >= 2 * mixed


def cyrillic_score(text: str) -> float:
    """How much ``text`` reads like Russian or Belarusian, from its letters.

    The mean log frequency of its Cyrillic letters, less a penalty for case changes inside
    words ("пРАВО": the other code page's capitals misread) and for box-drawing characters
    (KOI8-R's upper half misread). Case alone would fail on text set in capitals.
    """
    total = 0.0
    letters = inner_capitals = boxes = 0
    previous = ""
    for char in text:
        if _is_cyrillic(char) and char.isalpha():
            letters += 1
            total += math.log(_CYRILLIC_FREQUENCY.get(char.lower(), _RARE_LETTER))
            inner_capitals += char.isupper() and _is_cyrillic(previous) and previous.islower()
        elif "\u2500" <= char <= "\u259f":
            boxes += 1
        previous = char
    if letters == 0:
        return -math.inf
    return (total - 5.0 * inner_capitals - 5.0 * boxes) / letters


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"
