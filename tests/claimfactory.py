"""Test claims built by hand: a Claim whose quoted words are its whole sentence.

One place fills the quoting fields (offsets, text, sentence) so that each test names only
the frame it is about.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from crosscheck.check import check
from crosscheck.claims.dates import DATE_KIND
from crosscheck.claims.extract import extract_claims
from crosscheck.model import Claim, Quantity, Source, TimeRef


def quoted_claim(
    source: str,
    words: str,
    *,
    value: Quantity | None = None,
    time: TimeRef | None = None,
    **frame: Any,
) -> Claim:
    """A claim of ``source`` whose text and sentence are ``words``; the rest from ``frame``.

    ``kind`` defaults to "count" for a figure and "date" for a date claim.
    """
    frame.setdefault("kind", "count" if value is not None else "date")
    return Claim(
        source=source,
        start=0,
        end=len(words),
        text=words,
        sentence=words,
        sentence_start=0,
        value=value,
        time=time,
        **frame,
    )


def date_in_sentence(
    sentence: str, date_text: str, *, time: TimeRef | None = None, metric: str = ""
) -> Claim:
    """A date claim of source "a" quoting ``date_text`` where it stands in ``sentence``."""
    start = sentence.index(date_text)
    return Claim(
        source="a",
        start=start,
        end=start + len(date_text),
        text=date_text,
        sentence=sentence,
        sentence_start=0,
        subject="",
        metric=metric,
        kind="date",
        value=None,
        time=time,
    )


def sentence_claims(sentence: str, published: date) -> tuple[Claim, ...]:
    """The claims the pipeline reads in ``sentence``, a one-sentence source published then."""
    return extract_claims(Source(id="a", text=sentence, published=published))


def sentence_dates(sentence: str, published: date) -> list[Claim]:
    """The date claims of ``sentence_claims``."""
    return [c for c in sentence_claims(sentence, published) if c.kind == DATE_KIND]


def placed_date(sentence: str, published: date) -> Claim:
    """The one date claim of ``sentence_dates`` that has a time (the test fails on none or two)."""
    dates = [c for c in sentence_dates(sentence, published) if c.time is not None]
    assert len(dates) == 1, dates
    return dates[0]


def figure_time_text(sentence: str, figure: str, published: date) -> str | None:
    """The time's text of the claim of ``sentence_claims`` that starts with ``figure``."""
    claim = next(c for c in sentence_claims(sentence, published) if c.text.startswith(figure))
    return None if claim.time is None else claim.time.text


def figure_place(text: str, figure: str, published: date) -> str:
    """The place the whole pipeline (``check``) gives the claim of a one-source ``text`` that
    starts with ``figure``."""
    found = check([Source(id="a", text=text, published=published)]).claims
    return next(c.place for c in found if c.text.startswith(figure))
