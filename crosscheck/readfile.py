"""Bounded reading of input files: path -> bytes of one regular file; TOML file -> its tables.

Every file crosscheck reads (articles, story.toml, expectations and review files) goes
through ``read_regular_file``: only a regular file is opened for reading (a folder, a FIFO,
a device such as ``/dev/zero`` or a socket is refused before it is read), and never more
than ``max_bytes`` are read, whatever size the file claims. ``load_toml`` adds the checks
tomllib lacks: before parsing, one linear pass refuses nesting deeper than
``MAX_TOML_NESTING`` arrays or tables (tomllib recurses, so 600 ``[`` raise RecursionError),
keys of more than ``MAX_KEY_PARTS`` dotted parts (tomllib is quadratic in them), and more
dotted-key parts, distinct tables or value arrays than a story.toml or expectations file
ever needs (each costs tomllib hundreds of bytes: a 4 MB file of them took 1 GB).

Problems reading a file raise ``InputError`` ("cannot read (...)", "not a regular file",
"too large (...)"); problems with a TOML file's content raise ``ConfigError``. Both name the
file and say the problem on one line.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Any, Final

from crosscheck.decoding import bom_codec
from crosscheck.errors import ConfigError, InputError
from crosscheck.messages import message

MAX_TOML_BYTES: Final = 4 * 1024 * 1024
"""story.toml and expectations files larger than this (4 MiB) are refused as too large."""

MAX_TOML_NESTING: Final = 16
"""Arrays and tables nested deeper than this in a TOML file are refused."""

MAX_KEY_PARTS: Final = 8
"""A TOML key of more dotted parts than this (``a.b.c.d.e.f.g.h.i``) is refused."""

MAX_KEY_DOTS: Final = 1_000
"""A TOML file whose dotted keys have more parts than this in all is refused."""

MAX_TOML_TABLES: Final = 1_000
"""A TOML file with more differently named ``[tables]`` than this is refused."""

MAX_TOML_CONTAINERS: Final = 100_000
"""A TOML file with more arrays and inline tables among its values than this is refused."""

_CHUNK: Final = 1024 * 1024
_OPEN_FLAGS: Final = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after the check must not block
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)

_TOML_POSITION: Final = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_AT_END: Final = re.compile(r"\s*\(at end of document\)\s*$")
# The tokens of TOML that shape what tomllib builds (other text is skipped): enough to follow
# nesting, table headers and dotted keys outside strings and comments.
# An unterminated string runs to the end of its line (or of the file, if multi-line); tomllib
# then reports it.
_TOML_TOKEN: Final = re.compile(
    r'''(?P<string>"""[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*(?:"""|\Z)
                  |'\'\'[^']*(?:'(?!'')[^']*)*(?:\'\'\'|\Z)
                  |"[^"\\\n]*(?:\\.[^"\\\n]*)*"?
                  |'[^'\n]*'?)
       |(?P<comment>\#[^\n]*)
       |(?P<open>[\[{]+)
       |(?P<close>[\]}]+)
       |(?P<dot>\.)
       |(?P<separator>[=,\n])''',
    re.VERBOSE | re.DOTALL,
)


def read_regular_file(path: Path, *, max_bytes: int) -> bytes:
    """The bytes of a regular file, read only when it holds at most ``max_bytes`` bytes.

    Raises:
        InputError: A one-line reason: not found, a broken link, a directory, not a
            regular file (FIFO, device, socket), too large, or cannot read (with the
            system's reason, e.g. "permission denied", "file name too long").
    """
    path = Path(path)
    try:
        before = path.stat()
        _require_regular(before, path, max_bytes)
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise InputError(_missing_reason(path), path=path) from None
    except OSError as exc:
        raise InputError(message("files.cannot_read", reason=os_reason(exc)), path=path) from None
    try:
        opened = os.fstat(fd)
        _require_regular(opened, path, max_bytes)  # the file may have changed since the check
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise InputError(message("files.cannot_read", reason=os_reason(exc)), path=path) from None
    finally:
        os.close(fd)
    if total > max_bytes:  # it grew while we read it
        raise InputError(message("files.too_large_grown", limit=size_text(max_bytes)), path=path)
    return b"".join(chunks)


def _require_regular(status: os.stat_result, path: Path, max_bytes: int) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise InputError(message("files.is_directory"), path=path)
    if not stat.S_ISREG(status.st_mode):
        raise InputError(message("files.not_regular"), path=path)
    if status.st_size > max_bytes:
        raise InputError(
            message("files.too_large", size=size_text(status.st_size), limit=size_text(max_bytes)),
            path=path,
        )


def _missing_reason(path: Path) -> str:
    try:
        is_link = stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError:
        is_link = False
    return message("files.broken_link") if is_link else message("files.not_found")


def size_text(n: int) -> str:
    """A file size for a message: "2,000 bytes" below 1 MiB, else "50.0 MB"."""
    if n < 1024 * 1024:
        return message("files.bytes", n=n)
    return f"{n / (1024 * 1024):.1f} MB"


def os_reason(exc: OSError) -> str:
    """The system's reason for a failed file operation, in lower case ("permission denied")."""
    return (exc.strerror or type(exc).__name__).lower()


# ---------------------------------------------------------------------------------------
# TOML


def load_toml(path: Path, *, max_bytes: int = MAX_TOML_BYTES) -> dict[str, Any]:
    """Read and parse a TOML file (UTF-8, or UTF-16/32 with a byte-order mark), within the limits.

    Raises:
        InputError: The file cannot be read, is not a regular file, or is too large.
        ConfigError: It is not text (see ``toml_text``), not valid TOML, or nested too deeply.
    """
    path = Path(path)
    raw = read_regular_file(path, max_bytes=max_bytes)
    return parse_toml(toml_text(raw, path=path), path=path)


def toml_text(raw: bytes, *, path: Path | str) -> str:
    """The text of a TOML file: UTF-8, or UTF-16 or UTF-32 where a byte-order mark says so
    (Windows Notepad's "Unicode"); the mark names the encoding, so nothing is guessed.

    Raises:
        ConfigError: Bytes that are not text in that encoding (the line and column of the
            first), or UTF-16 without a mark (NUL bytes between the letters).
    """
    codec = bom_codec(raw) or "utf-8-sig"
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:
        before = raw[: exc.start].decode(codec, errors="replace")
        line = before.count("\n") + 1
        column = len(before) - before.rfind("\n")
        where = {"line": line, "column": column, "byte": raw[exc.start]}
        if codec == "utf-8-sig":
            raise ConfigError(message("readfile.not_utf8", **where), path=path) from None
        # a mark that names UTF-16 or UTF-32 over bytes that are not (a cut-off last letter)
        wrong = message("readfile.not_as_marked", codec=codec.upper(), **where)
        raise ConfigError(wrong, path=path) from None
    if "\x00" in text and codec == "utf-8-sig":
        raise ConfigError(message("readfile.utf16_without_mark"), path=path)
    return text


def parse_toml(text: str, *, path: Path | str) -> dict[str, Any]:
    """Parse TOML text after refusing shapes tomllib cannot take in linear time.

    Raises:
        ConfigError: Not valid TOML, or nested too deeply (``path`` names the file).
    """
    problem = toml_shape_problem(text)
    if problem is not None:
        raise ConfigError(problem, path=path)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(toml_error_message(str(exc)), path=path) from None
    except RecursionError:  # the check above should make this unreachable
        raise ConfigError(message("readfile.nested_too_deeply"), path=path) from None


def toml_shape_problem(text: str) -> str | None:
    """Why TOML text is refused before parsing, or None.

    One linear pass over tokens (brackets, braces and dots inside strings and comments do
    not count) bounds what tomllib would build: nesting depth, parts of one dotted key,
    dotted-key parts in all, distinct table names and arrays or inline tables in values.
    """
    scan = _ShapeScan(text)
    for token in _TOML_TOKEN.finditer(text):
        problem = scan.feed(token.lastgroup or "", token.start(), token.end())
        if problem is not None:
            return message("readfile.refused_at", line=_line(text, token.start()), problem=problem)
    return None


class _ShapeScan:
    """The state of ``toml_shape_problem``'s pass: open brackets, the key being read, counts."""

    __slots__ = (
        "containers", "header_start", "in_key", "key_dots", "parts", "stack", "tables", "text",
    )  # fmt: skip

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[str] = []  # the open brackets and braces, innermost last
        self.header_start: int | None = None  # where the name of a [table] header begins
        self.in_key = True  # a dot here separates key parts (elsewhere: a number's point)
        self.parts = 0  # dots in the key being read
        self.key_dots = 0  # dots in all keys so far
        self.containers = 0  # arrays and inline tables in values
        self.tables: set[str] = set()  # distinct [table] and [[array]] names

    def feed(self, kind: str, start: int, end: int) -> str | None:
        """Take one token; return why the text is refused, or None."""
        if kind == "open":
            return self._open(start, end)
        if kind == "close":
            return self._close(start, end)
        if kind == "dot":
            if not self.in_key:
                return None
            self.parts += 1
            self.key_dots += 1
            if self.parts >= MAX_KEY_PARTS:
                return message("readfile.key_parts", limit=MAX_KEY_PARTS)
            if self.key_dots > MAX_KEY_DOTS:
                return message("readfile.key_dots", limit=MAX_KEY_DOTS)
        elif kind == "separator":
            self._separator(self.text[start])
        return None

    def _open(self, start: int, end: int) -> str | None:
        run = self.text[start:end]
        header = self.in_key and not self.stack  # in a value, "[" opens an array
        self.stack.extend(run)
        if len(self.stack) > MAX_TOML_NESTING:
            return message("readfile.nesting", limit=MAX_TOML_NESTING)
        if header:
            self.header_start = end
        else:
            self.containers += len(run)
            if self.containers > MAX_TOML_CONTAINERS:
                return message("readfile.containers", limit=MAX_TOML_CONTAINERS)
        self.in_key = header or run[-1] == "{"
        self.parts = 0
        return None

    def _close(self, start: int, end: int) -> str | None:
        del self.stack[max(0, len(self.stack) - (end - start)) :]
        self.in_key = False
        self.parts = 0
        if self.header_start is not None and not self.stack:
            name = "".join(self.text[self.header_start : start].split()).strip("[")
            self.header_start = None
            self.tables.add(name)
            if len(self.tables) > MAX_TOML_TABLES:
                return message("readfile.tables", limit=MAX_TOML_TABLES)
        return None

    def _separator(self, char: str) -> None:
        self.parts = 0
        if char == "\n":
            self.in_key = not self.stack  # a new line at the top level starts a key
        elif char == "=":
            self.in_key = False
        else:  # "," starts a key in an inline table, a value in an array
            self.in_key = bool(self.stack) and self.stack[-1] == "{"


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def toml_error_message(reported: str) -> str:
    """Reword tomllib's message as "line L, column C: invalid TOML (what)"."""
    position = _TOML_POSITION.search(reported)
    if position is not None:
        what = reported[: position.start()].strip()
        line, column = position.group(1), position.group(2)
        return message("readfile.toml_at", line=line, column=column, what=_lower_first(what))
    at_end = _TOML_AT_END.search(reported)
    if at_end is not None:
        what = reported[: at_end.start()].strip()
        return message("readfile.toml_at_end", what=_lower_first(what))
    return message("readfile.toml", what=_lower_first(reported.strip()))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
