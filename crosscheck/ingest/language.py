"""Article text -> its language as an ISO 639-1 code, or None when the text does not say.

py3langid ships its model inside the package (no download) and reads a 4,000-character
article start in a few milliseconds; its probabilities are normalised so that a short or
mixed text below the confidence threshold gives None instead of a guess.
"""

from __future__ import annotations

from functools import cache
from typing import Any

#: Characters read from the start of the article: enough for a sure answer, fast on any size.
SAMPLE_CHARS = 4000
#: Below this normalised probability the answer is None.
MIN_CONFIDENCE = 0.9
#: Fewer letters than this say nothing about a language.
MIN_LETTERS = 20


@cache
def _identifier() -> Any:
    # Imported and loaded once on first use (0.3 to 1 s: numpy and an xz-packed model), never
    # at import time, so loading a story that needs no detection does not pay for it.
    from py3langid.langid import (  # type: ignore[import-untyped]  # ships no type hints
        MODEL_FILE,
        LanguageIdentifier,
    )

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The language the text is written in ("en", "ru", ...), or None when unsure."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    return str(code) if probability >= MIN_CONFIDENCE else None
