"""Language tags: text -> a normalised BCP 47-like tag ("en", "pt-BR", "sr-Latn"), or None."""

from __future__ import annotations

import re
from typing import Final

DEFAULT_LANGUAGE: Final = "en"
"""The language of a story or source whose story.toml entry gives none."""

_TAG: Final = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*", re.ASCII)


def language_tag(text: str) -> str | None:
    """``text`` as a normalised language tag, or None when it does not look like one.

    A tag is a two- or three-letter language code ("en", "ru", "bel") followed by optional
    subtags ("en-GB", "sr-Latn", "es-419"). Case follows BCP 47's conventions: language in
    lower case, a four-letter script in title case, a two-letter region in upper case.
    """
    if not isinstance(text, str) or not _TAG.fullmatch(text):
        return None
    language, *rest = text.split("-")
    subtags = [language.lower()]
    for subtag in rest:
        if len(subtag) == 4 and subtag.isalpha():
            subtags.append(subtag.title())
        elif len(subtag) == 2 and subtag.isalpha():
            subtags.append(subtag.upper())
        else:
            subtags.append(subtag.lower())
    return "-".join(subtags)


def primary_language(tag: str) -> str:
    """The language subtag of a tag: "pt-BR" -> "pt"."""
    return tag.split("-", 1)[0].lower()
