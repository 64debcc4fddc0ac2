"""Stable identifiers: the same words give the same id in every run, on every machine."""

from __future__ import annotations

import hashlib
import re

_SPACE = re.compile(r"\s+")


def normalise_for_id(text: str) -> str:
    """Fold case and white space so that re-flowed text keeps its id."""
    return _SPACE.sub(" ", text).strip().casefold()


def stable_id(prefix: str, *parts: str) -> str:
    """A short id built from a readable prefix and a hash of the normalised parts.

    The parts are sorted so that the order of the two sides of a pair does not matter.
    """
    canonical = "\x1f".join(sorted(normalise_for_id(p) for p in parts))
    digest = hashlib.blake2b(canonical.encode("utf-8"), digest_size=5).hexdigest()
    return f"{prefix}-{digest}"
