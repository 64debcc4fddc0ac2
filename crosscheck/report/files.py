"""Atomic file output: every report appears whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from crosscheck.errors import OutputError


def check_writable(folder: Path) -> None:
    """Fail early, before any work, when reports cannot be written to ``folder``."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot create the output folder ({exc.strerror})", path=folder
        ) from None
    if not folder.is_dir():
        raise OutputError("the output path is not a folder", path=folder)
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".crosscheck-probe-"):
            pass
    except OSError as exc:
        raise OutputError(
            f"the output folder is not writable ({exc.strerror})", path=folder
        ) from None


def write_all_atomically(files: Mapping[Path, str]) -> None:
    """Write every file to a temporary sibling, then rename them all into place.

    If anything fails (or the run is interrupted) before the renames, the previous reports
    are left untouched and the temporary files are removed.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in files.items():
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            # Staged before it is written, so an interrupt while writing still removes it.
            staged.append((Path(tmp), path))
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
        for tmp_path, path in staged:
            tmp_path.replace(path)
        staged.clear()
    except OSError as exc:
        raise OutputError(f"cannot write report ({exc.strerror})", path=exc.filename) from None
    finally:
        for tmp_path, _ in staged:
            with contextlib.suppress(OSError):
                tmp_path.unlink()
