"""Saved web page bytes -> Extracted: the article's text, title, site name and publication date.

The text comes from trafilatura (main content only: menus, ads, comments and scripts dropped),
the date from htmldate, first from the page's metadata, then from its visible text. Nothing
here reaches the network: both libraries get an already parsed tree, never a URL to fetch.
"""

from __future__ import annotations

import copy
import re
from datetime import date
from pathlib import Path
from typing import Any

import trafilatura
from htmldate import find_date

from crosscheck.errors import InputError
from crosscheck.ingest.record import Extracted, check_text
from crosscheck.messages import message

#: htmldate never accepts a date before this (older pages are archives, not news we check).
_MIN_DATE = "1995-01-01"
_BLANK_LINES = re.compile(r"\n{2,}")


def parse_html(data: bytes, path: Path) -> Any:
    """The page as an lxml ``HtmlElement`` (untyped); one-line InputError if not a web page."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(message("ingest.page_binary"), path=path)
    tree = trafilatura.load_html(data)
    if tree is None:
        raise InputError(message("ingest.page_unparsable"), path=path)
    return tree


def find_published(
    tree: Any, *, url: str | None = None, today: date | None = None
) -> tuple[date | None, str | None]:
    """The page's original publication date and how it was found, or (None, None).

    "page markup" when the page states it in its markup (meta tags, JSON-LD, ``<time>``, a
    dated element), "page text" when only a date in the visible text gives it.
    """
    latest = (today or date.today()).isoformat()
    for extensive, how in ((False, "ingest.found_in_markup"), (True, "ingest.found_in_text")):
        found = find_date(
            copy.deepcopy(tree),
            extensive_search=extensive,
            original_date=True,
            url=url,
            min_date=_MIN_DATE,
            max_date=latest,
        )
        if found:
            return date.fromisoformat(found), message(how)
    return None, None


def _document(tree: Any, url: str | None) -> Any:
    return trafilatura.bare_extraction(
        copy.deepcopy(tree),
        url=url,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=True,
        favor_precision=True,
    )


def extract_html(
    data: bytes, *, path: Path, url: str | None = None, today: date | None = None
) -> Extracted:
    """Article text and facts of one saved page (``url`` only helps name the site)."""
    tree = parse_html(data, path)
    try:
        document = _document(tree, url)
    except (ValueError, TypeError, RecursionError) as exc:  # lxml on a pathological tree
        raise InputError(
            message("ingest.unreadable_page", kind=type(exc).__name__), path=path
        ) from None
    raw_text = getattr(document, "text", None) or ""
    # One block per line from trafilatura; a blank line between blocks keeps paragraphs apart.
    text = _BLANK_LINES.sub("\n", raw_text.strip()).replace("\n", "\n\n")
    text = check_text(text, path, message("articles.formats.html"))
    published, how = find_published(tree, url=url, today=today)
    return Extracted(
        path=path,
        format="html",
        text=text + "\n",
        title=_clean(getattr(document, "title", None)),
        published=published,
        date_found=how,
        site=_clean(getattr(document, "sitename", None)),
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
