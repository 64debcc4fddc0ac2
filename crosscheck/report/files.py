"""Report folders: a set of report texts -> files replaced together, or not at all.

A report set (discrepancies.csv, claims.csv, sources.csv, report.html, report.json, and the
extracted texts in ``texts/``) is replaced as a set: every file is first written whole to a
hidden temporary in the report folder; then a journal listing
the renames (and the removals, e.g. a ``report.json`` this run does not write) is committed
with one atomic rename; then the renames run, with Ctrl-C held back until they are done.
A run killed before the journal is committed leaves the previous set untouched; one killed
after it leaves a journal that the next run on the folder completes first. Stale temporaries
of killed runs are removed. The folder itself is locked (``flock`` on it) for the whole
run, so two runs on one folder cannot mix their files: the second is refused.
Files get the mode the umask gives (0644 under umask 022), not ``mkstemp``'s 0600.
"""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
import urllib.parse
from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path
from types import FrameType

from crosscheck.errors import OutputError
from crosscheck.messages import message

JOURNAL_NAME = ".crosscheck-journal"
REPORT_NAMES = (
    "discrepancies.csv", "claims.csv", "sources.csv", "report.json", "report.html", "draft.csv",
)  # fmt: skip
#: Sub-folders a report set may write into (one level deep): the sources' extracted texts.
SUBFOLDERS = ("texts",)
_SUBFOLDER_TEMP_PREFIX = ".crosscheck-sub."
_TEMP_PREFIXES = (
    ".crosscheck-probe-",
    ".crosscheck-journal.",
    _SUBFOLDER_TEMP_PREFIX,
    *(f".{name}." for name in REPORT_NAMES),
    ".discrepancies.reviewed-before",
)


def check_writable(folder: Path) -> None:
    """Fail early, before any work, when reports cannot be written to ``folder``."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            message("output.cannot_create", reason=exc.strerror), path=folder
        ) from None
    if not folder.is_dir():
        raise OutputError(message("output.not_a_folder"), path=folder)
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".crosscheck-probe-", suffix=".tmp"):
            pass
    except OSError as exc:
        raise OutputError(
            message("output.not_writable", reason=exc.strerror), path=folder
        ) from None


@contextlib.contextmanager
def report_folder(folder: Path) -> Iterator[Path]:
    """Create (if needed), check, lock and tidy ``folder`` for the length of the block.

    Folders this call created are removed again when the block fails before a report was
    written into them, so a failed run leaves no empty report folders behind.

    Raises:
        OutputError: The folder cannot be created or written, or another run holds it.
    """
    created = _missing_folders(folder)
    try:
        check_writable(folder)
        with _locked(folder):
            recover(folder)
            yield folder
    except BaseException:
        _remove_empty(created)
        raise


def _missing_folders(folder: Path) -> list[Path]:
    """The folders ``mkdir(parents=True)`` would create, innermost first."""
    missing = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    return missing


def _remove_empty(created: Sequence[Path]) -> None:
    for folder in created:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; runs are not serialised
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        raise OutputError(message("output.cannot_lock", reason=exc.strerror), path=folder) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise OutputError(
                message("output.locked"),
                path=folder,
            ) from None
        yield
    finally:
        os.close(fd)


def recover(folder: Path) -> None:
    """Complete a report set a killed run had committed; remove stale temporary files."""
    journal = folder / JOURNAL_NAME
    with contextlib.suppress(FileNotFoundError):
        _apply(folder, journal.read_text(encoding="utf-8"))
        journal.unlink()
    for path in folder.iterdir():
        name = path.name
        if name.startswith(_TEMP_PREFIXES) and name.endswith(".tmp") and path.is_file():
            with contextlib.suppress(OSError):
                path.unlink()


def _apply(folder: Path, journal: str) -> None:
    """Run a journal's lines: ``<temporary>\\t<report>`` renames, ``\\t<report>`` removals.

    Both names are percent-encoded (a source id may hold a tab); a report is a name in
    ``folder`` or in one of its ``SUBFOLDERS``, never anywhere else.
    """
    for line in journal.splitlines():
        quoted_temporary, _, quoted_target = line.partition("\t")
        temporary = urllib.parse.unquote(quoted_temporary)
        target = _inside(folder, urllib.parse.unquote(quoted_target))
        if target is None or "/" in temporary:
            continue
        if temporary:
            source = folder / temporary
            if source.exists():
                if target.parent != folder:
                    target.parent.mkdir(exist_ok=True)
                source.replace(target)
        else:
            target.unlink(missing_ok=True)
    for sub in SUBFOLDERS:
        with contextlib.suppress(OSError):
            (folder / sub).rmdir()  # only when this set left it empty


def _inside(folder: Path, relative: str) -> Path | None:
    """``folder/relative`` when it names a report: ``name`` or ``<subfolder>/name``."""
    parts = relative.split("/")
    if any(part in ("", ".", "..") or "\\" in part for part in parts):
        return None
    if len(parts) == 1 or (len(parts) == 2 and parts[0] in SUBFOLDERS):
        return folder.joinpath(*parts)
    return None


def stale_files(folder: Path, subfolder: str, keep: Collection[Path]) -> list[Path]:
    """The ``*.txt`` files in ``folder/subfolder`` not in ``keep`` (left by an earlier run).

    A ``subfolder`` that is a symbolic link is not looked into.
    """
    sub = folder / subfolder
    if sub.is_symlink() or not sub.is_dir():
        return []
    kept = set(keep)
    return sorted(p for p in sub.iterdir() if p.suffix == ".txt" and p.is_file() and p not in kept)


def write_all_atomically(files: Mapping[Path, str], *, remove: Sequence[Path] = ()) -> None:
    """Replace ``files`` as one set, and remove ``remove`` with them.

    Every path is in one report folder or in one of its ``SUBFOLDERS`` (``texts/<id>.txt``).
    If anything fails (or the run is interrupted) before the set is committed, the previous
    reports are left untouched and the temporary files are removed.

    Raises:
        OutputError: A report cannot be written (its message names the folder).
        ValueError: The paths are not in one report folder and its sub-folders.
    """
    paths = [*files, *remove]
    if not paths:
        return
    folder = min((p.parent for p in paths), key=lambda p: len(p.parts))
    relative = {p: _relative(folder, p) for p in paths}
    mode = 0o666 & ~_umask()
    staged: list[tuple[Path, Path]] = []
    created: list[Path] = []
    committed = False
    try:
        for sub in sorted({folder / r.split("/")[0] for r in relative.values() if "/" in r}):
            if sub.is_symlink() or (sub.exists() and not sub.is_dir()):
                raise OutputError(message("output.blocked"), path=sub)
            if not sub.exists():
                sub.mkdir()
                created.append(sub)
        for path, text in files.items():
            prefix = f".{path.name}." if path.parent == folder else _SUBFOLDER_TEMP_PREFIX
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".tmp")
            # Staged before it is written, so an interrupt while writing still removes it.
            staged.append((Path(tmp), path))
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
        lines = [f"{_quote(tmp.name)}\t{_quote(relative[path])}" for tmp, path in staged]
        lines += [f"\t{_quote(relative[path])}" for path in remove if path not in files]
        _commit_journal(folder, "\n".join(lines) + "\n")
        committed = True
        with _interrupts_held():
            _apply(folder, "\n".join(lines))
            (folder / JOURNAL_NAME).unlink()
        staged.clear()
    except OSError as exc:
        reason = (exc.strerror or type(exc).__name__).lower()
        if committed:
            raise OutputError(
                message("output.cannot_finish", reason=reason),
                path=folder,
            ) from None
        raise OutputError(
            message("output.cannot_write", reason=exc.strerror), path=folder
        ) from None
    finally:
        if not committed:
            for tmp_path, _ in staged:
                with contextlib.suppress(OSError):
                    tmp_path.unlink()
            _remove_empty(created)


def _relative(folder: Path, path: Path) -> str:
    """``name`` or ``<subfolder>/name`` of a report path; ValueError for any other path."""
    if path.parent == folder or (path.parent.parent == folder and path.parent.name in SUBFOLDERS):
        return path.relative_to(folder).as_posix()
    raise ValueError(f"a report set lives in one folder and its {SUBFOLDERS} sub-folders: {path}")


def _quote(name: str) -> str:
    return urllib.parse.quote(name, safe="/")


def _commit_journal(folder: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f"{JOURNAL_NAME}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(folder / JOURNAL_NAME)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C back until the block is done, then raise it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        caught.append(signum)

    previous = signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt(message("output.interrupted"))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
