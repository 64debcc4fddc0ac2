"""``crosscheck add``: URLs and files -> article files, extracted texts and story.toml entries.

For a URL the page is fetched with urllib (a timeout per read and for the whole download, a
size limit, at most ``max_redirects`` redirects, http(s) only, HTML or PDF only), read like
any saved article, and written to the story folder with its extracted text in
``extracted/<stem>.txt``; then an entry is appended to ``story.toml`` (outlet, title,
published, url, fetched). A file is copied in and gets the same. Every item is all or
nothing: the files and the new entry appear together, or none of them does.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import shutil
import socket
import tempfile
import time
import tomllib
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import Message
from pathlib import Path

from crosscheck.decoding import bom_codec
from crosscheck.errors import CrosscheckError, InputError
from crosscheck.ingest import EXTRACTED_SUFFIXES, Extracted, extract_bytes
from crosscheck.ingest.record import MAX_FILE_BYTES, read_limited
from crosscheck.messages import message
from crosscheck.readfile import toml_text

#: Folder of the story that holds the text extracted from each added page or document.
EXTRACTED_FOLDER = "extracted"
_CONTENT_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
}
_PLAIN_SUFFIXES = (".txt", ".md")
_SLUG = re.compile(r"[^a-z0-9]+")
# How urllib says a redirect went to a scheme it refuses ("... is not allowed").
_URLLIB_NOT_ALLOWED = "not allowed"
_USER_AGENT = "crosscheck/0.1 (news fact-checking; +https://pypi.org/project/crosscheck/)"


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchLimits:
    """How long, how much and how far a fetch may go."""

    timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 5
    use_proxies: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    """A fetched page: the raw bytes, the URL it ended at and the suffix for its type."""

    url: str
    data: bytes
    suffix: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AddResult:
    """What became of one item of ``crosscheck add``: the file written, or the error."""

    item: str
    file: Path | None = None
    text_file: Path | None = None
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    date_found: str | None = None
    language: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the item was added."""
        return self.error is None


class FetchError(CrosscheckError):
    """A page that cannot be fetched: one line naming the URL and the reason."""

    exit_code = 3


def is_url(item: str) -> bool:
    """True for an http(s) URL (anything else is taken as a file path)."""
    return urllib.parse.urlsplit(item).scheme.lower() in ("http", "https")


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_repeats = 1  # the same URL twice is a loop

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.max_redirections = limit  # type: ignore[misc]  # urllib reads it per instance

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: object,
        code: int,
        msg: str,
        headers: Message,
        newurl: str,
    ) -> urllib.request.Request | None:
        if not is_url(newurl):
            raise FetchError(message("ingest.redirected_to", url=newurl[:80]), path=req.full_url)
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]


def fetch_page(url: str, limits: FetchLimits = FetchLimits()) -> Page:
    """The page at ``url``; FetchError with one line when it cannot be had within the limits."""
    if not is_url(url):
        raise FetchError(message("ingest.not_http_url"), path=url)
    handlers: list[urllib.request.BaseHandler] = [_Redirects(limits.max_redirects)]
    if not limits.use_proxies:
        handlers.append(urllib.request.ProxyHandler({}))
    opener = urllib.request.build_opener(*handlers)
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": "*/*"})
    started = time.monotonic()
    try:
        with opener.open(request, timeout=limits.timeout) as response:
            content_type = response.headers.get_content_type()
            suffix = _CONTENT_TYPES.get(content_type)
            if suffix is None:
                raise FetchError(
                    message("ingest.not_page_or_pdf", content_type=content_type), path=url
                )
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limits.max_bytes:
                raise FetchError(_too_large(limits), path=url)
            data = _read_body(response, url, limits, started)
            final = response.geturl()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        reason = exc.reason
        if 300 <= exc.code < 400:
            reason = (
                message("ingest.redirected_elsewhere")
                if _URLLIB_NOT_ALLOWED in str(exc.reason)
                else message("ingest.redirect_loop")
            )
        raise FetchError(message("ingest.http", code=exc.code, reason=reason), path=url) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError | socket.timeout):
            raise FetchError(_timed_out(limits), path=url) from None
        raise FetchError(message("ingest.cannot_reach_site", reason=exc.reason), path=url) from None
    except TimeoutError:
        raise FetchError(_timed_out(limits), path=url) from None
    except (OSError, ValueError, http.client.HTTPException) as exc:
        raise FetchError(message("ingest.cannot_fetch_page", exc=exc), path=url) from None
    return Page(url=final, data=data, suffix=suffix)


def _read_body(response: object, url: str, limits: FetchLimits, started: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    # read1 returns what has arrived, so a server that trickles bytes meets the total limit.
    read = getattr(response, "read1", None) or response.read  # type: ignore[attr-defined]
    while True:
        if time.monotonic() - started > limits.total_timeout:
            raise FetchError(
                message("ingest.download_too_slow", seconds=limits.total_timeout),
                path=url,
            )
        chunk = read(64 * 1024)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limits.max_bytes:
            raise FetchError(_too_large(limits), path=url)
        chunks.append(chunk)


def _too_large(limits: FetchLimits) -> str:
    return message("ingest.page_too_large", limit=limits.max_bytes)


def _timed_out(limits: FetchLimits) -> str:
    return message("ingest.timed_out", seconds=limits.timeout)


def add_sources(
    story_dir: Path,
    items: Iterable[str],
    *,
    limits: FetchLimits = FetchLimits(),
    now: datetime | None = None,
) -> list[AddResult]:
    """Add each URL or file to the story; a failed item leaves the folder as it was.

    Raises InputError when ``story_dir`` is not a folder; an item's own problem is reported
    in its ``AddResult.error`` (one line) and the next item is still tried.
    """
    if not story_dir.is_dir():
        raise InputError(message("ingest.story_folder_not_found"), path=story_dir)
    results = []
    for item in items:
        try:
            results.append(_add_one(story_dir, item, limits, now or datetime.now(UTC)))
        except CrosscheckError as exc:
            results.append(AddResult(item=item, error=str(exc)))
    return results


def _add_one(story_dir: Path, item: str, limits: FetchLimits, now: datetime) -> AddResult:
    story_toml = story_dir / "story.toml"
    raw = story_toml.read_bytes() if story_toml.exists() else b""
    existing, codec = toml_text(raw, path=story_toml), bom_codec(raw) or "utf-8"
    entries = _entries(existing, story_toml)
    url: str | None = None
    if is_url(item):
        if item in {e.get("url") for e in entries}:
            raise InputError(message("ingest.already_listed"), path=item)
        page = fetch_page(item, limits)
        data, suffix, url = page.data, page.suffix, page.url
        stem = slug_for_url(page.url)
    else:
        source = Path(item)
        suffix = source.suffix.lower()
        if suffix not in EXTRACTED_SUFFIXES + _PLAIN_SUFFIXES:
            raise InputError(
                message("ingest.not_article_file", value=suffix or message("ingest.no_suffix")),
                path=source,
            )
        data = read_limited(source, MAX_FILE_BYTES)
        stem = _slug(source.stem) or "source"
        if source.resolve().parent == story_dir.resolve():
            stem = source.stem  # already in the story folder: only the entry is added
    if suffix in _PLAIN_SUFFIXES:
        extracted = None
    else:
        extracted = extract_bytes(data, suffix=suffix, path=Path(url or item), url=url)
    in_place = not is_url(item) and Path(item).resolve().parent == story_dir.resolve()
    name = f"{stem}{suffix}" if in_place else _free_name(story_dir, stem, suffix, entries)
    if in_place and name in {e.get("file") for e in entries}:
        raise InputError(message("ingest.already_listed"), path=item)
    outlet = (extracted.site if extracted else None) or (_host(url) if url else None)
    entry = toml_entry(
        file=name,
        outlet=outlet,
        title=extracted.title if extracted else None,
        published=extracted.published if extracted else None,
        url=url,
        fetched=now if url else None,
        date_found=extracted.date_found if extracted else None,
    )
    files: dict[Path, bytes] = {}
    if not in_place:
        files[story_dir / name] = data
    text_file = None
    if extracted is not None:
        text_file = story_dir / EXTRACTED_FOLDER / f"{Path(name).stem}.txt"
        files[text_file] = extracted.text.encode("utf-8")
    files[story_toml] = append_entry(existing, entry, story_toml).encode(codec)  # its own
    write_together(files)
    return _result(item, story_dir / name, text_file, extracted, outlet)


def _result(
    item: str, file: Path, text_file: Path | None, extracted: Extracted | None, outlet: str | None
) -> AddResult:
    return AddResult(
        item=item,
        file=file,
        text_file=text_file,
        title=extracted.title if extracted else None,
        outlet=outlet,
        published=extracted.published if extracted else None,
        date_found=extracted.date_found if extracted else None,
        language=extracted.language if extracted else None,
    )


def _entries(text: str, path: Path) -> list[Mapping[str, object]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(message("ingest.story_toml_invalid", exc=exc), path=path) from None
    sources = data.get("sources", [])
    return [s for s in sources if isinstance(s, dict)] if isinstance(sources, list) else []


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.casefold()).strip("-")[:60].strip("-")


def _host(url: str) -> str:
    host = urllib.parse.urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def slug_for_url(url: str) -> str:
    """A file stem naming the page: the site, then the last words of its path."""
    parts = urllib.parse.urlsplit(url)
    words = [w for w in parts.path.split("/") if w]
    last = _slug(words[-1].rsplit(".", 1)[0]) if words else ""
    return "-".join(p for p in (_slug(_host(url)), last) if p)[:80] or "page"


def _free_name(story_dir: Path, stem: str, suffix: str, entries: list[Mapping[str, object]]) -> str:
    taken = {str(e.get("file")) for e in entries}
    for n in range(1, 1000):
        name = f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}"
        if name not in taken and not (story_dir / name).exists():
            return name
    raise InputError(message("ingest.too_many_same_name"), path=story_dir / f"{stem}{suffix}")


def toml_string(value: str) -> str:
    """``value`` as a TOML basic string, every control character escaped."""
    out = ['"']
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append({"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(ch, f"\\u{ord(ch):04X}"))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def toml_entry(
    *,
    file: str,
    outlet: str | None,
    title: str | None,
    published: date | None,
    url: str | None,
    fetched: datetime | None,
    date_found: str | None = None,
) -> str:
    """One ``[[sources]]`` table, keys in the order of DESIGN.md, empty ones left out.

    A date found in the page carries a comment saying where ("# found in the page markup").
    """
    lines = ["[[sources]]", f"file = {toml_string(file)}"]
    if outlet:
        lines.append(f"outlet = {toml_string(outlet)}")
    if title:
        lines.append(f"title = {toml_string(title)}")
    if published:
        how = message("ingest.found_comment", where=date_found) if date_found else ""
        lines.append(f"published = {published.isoformat()}{how}")
    if url:
        lines.append(f"url = {toml_string(url)}")
    if fetched:
        lines.append(f"fetched = {fetched.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}")
    return "\n".join(lines) + "\n"


def append_entry(existing: str, entry: str, path: Path) -> str:
    """The story.toml text with ``entry`` appended; the old text is kept byte for byte."""
    text = existing
    if text and not text.endswith("\n"):
        text += "\n"
    text += ("\n" if text else "") + entry
    _entries(text, path)  # the result must still be valid TOML
    return text


def write_together(files: Mapping[Path, bytes]) -> None:
    """Write every file to a temporary sibling, then rename them all; on error, none stays."""
    staged: list[tuple[Path, Path]] = []
    created_dirs: list[Path] = []
    try:
        for path, data in files.items():
            if not path.parent.exists():
                path.parent.mkdir(parents=True)
                created_dirs.append(path.parent)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            staged.append((Path(tmp), path))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        for tmp_path, path in staged:
            tmp_path.replace(path)
        staged.clear()
    except OSError as exc:
        raise InputError(
            message("ingest.cannot_write", reason=exc.strerror), path=exc.filename
        ) from None
    finally:
        for tmp_path, _ in staged:
            with contextlib.suppress(OSError):
                tmp_path.unlink()
        if staged:
            for folder in created_dirs:
                shutil.rmtree(folder, ignore_errors=True)
