"""HTML report: Report (+ review decisions) -> one self-contained ``report.html`` string.

The page needs no network and no other file: styles, the chart (inline SVG) and the filter
script are inline, and the sources' texts are included so that every quote links to its
passage. Article text is untrusted: the Jinja2 template escapes every value it prints
(autoescape on, nothing marked safe), and the only links built from data are http(s) URLs.
"""

from __future__ import annotations

import itertools
import re
import urllib.parse
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup

from crosscheck.messages import message
from crosscheck.model import (
    SEVERITY_RANK,
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Granularity,
    Mention,
    Report,
    Severity,
    Source,
    format_period,
)
from crosscheck.report.escapes import printable

#: The status shown for a row that no reviewer has decided on.
UNREVIEWED = "unreviewed"
_BAR_WIDTH = 260
# What a browser would hide or let act beyond its own words: control characters (but tab,
# newline and carriage return, which lay the text out), bidi embeddings, overrides and
# isolates (an unclosed U+202E turns the rest of its line around: the date, the figure,
# the next quote) and lone surrogates (which cannot be written as UTF-8).
_HIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """One side of a discrepancy: the sentence split around the claim's own words."""

    source: str
    outlet: str
    published: str
    attribution: str
    before: str
    words: str
    after: str
    anchor: str
    where: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Card:
    """One discrepancy as the page shows it."""

    id: str
    kind: str
    severity: str
    status: str
    note: str
    frame: str
    values: tuple[str, str]
    explanation: str
    details: tuple[str, ...]
    a: Quote
    b: Quote


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    """A stretch of a source's text; ``marked`` when a discrepancy quotes it."""

    text: str
    marked: bool
    anchors: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceView:
    """A source with its text cut into segments at every quoted passage."""

    id: str
    index: int
    outlet: str
    published: str
    url: str | None
    language: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Bar:
    """One bar of the summary chart."""

    label: str
    count: int
    width: int
    css: str


def render_html(
    report: Report,
    *,
    statuses: Mapping[str, Any] | None = None,
    title: str | None = None,
) -> str:
    """The report page. ``statuses`` maps a row id to a review decision (``.status``, ``.note``).

    A decision in ``statuses`` wins over the status and note already on the discrepancy.
    """
    index = {source.id: i for i, source in enumerate(report.sources)}
    by_id = {source.id: source for source in report.sources}
    ordered = sorted(
        report.discrepancies, key=lambda d: (SEVERITY_RANK[d.severity], _kind_rank(d.kind))
    )
    cards = [_card(d, by_id, index, statuses or {}) for d in ordered]
    spans: dict[str, list[tuple[int, int]]] = {}
    for d in ordered:
        for mention in (d.a, d.b):
            spans.setdefault(mention.source, []).append((mention.start, mention.end))
    sources = [_source_view(s, i, spans.get(s.id, [])) for i, s in enumerate(report.sources)]
    statuses_seen = sorted({c.status for c in cards}, key=_status_rank)
    return _template().render(
        title=title or message("render.html_title"),
        cards=cards,
        sources=sources,
        counts={
            "sources": len(report.sources),
            "claims": len(report.claims),
            "discrepancies": len(cards),
        },
        severity_bars=_bars(
            Counter(c.severity for c in cards), [s.value for s in Severity], "sev-"
        ),
        kind_bars=_bars(Counter(c.kind for c in cards), [k.value for k in DiscrepancyKind], "kind"),
        kinds=[k.value for k in DiscrepancyKind if any(c.kind == k.value for c in cards)],
        severities=[s.value for s in Severity if any(c.severity == s.value for c in cards)],
        statuses=statuses_seen,
        problems=report.problems,
        warnings=report.warnings,
        words=_words(len(report.sources), len(report.claims), len(cards)),
    )


def _words(sources: int, claims: int, discrepancies: int) -> dict[str, Markup]:
    """The words of the page, from the catalogue (package data, like the template: inserted
    as written)."""
    counts = message(
        "render.html.counts", sources=sources, claims=claims, discrepancies=discrepancies
    )
    return {
        name: Markup(text)
        for name, text in (
            ("counts", counts),
            ("summary", message("render.html.summary")),
            ("by_severity", message("render.html.by_severity")),
            ("by_severity_label", message("render.html.by_severity_label")),
            ("by_kind", message("render.html.by_kind")),
            ("by_kind_label", message("render.html.by_kind_label")),
            ("no_discrepancies", message("render.html.no_discrepancies")),
            ("loading_notes", message("render.html.loading_notes")),
            ("skipped", message("render.html.skipped")),
            ("filters", message("render.html.filters")),
            ("kind", message("render.html.kind")),
            ("severity", message("render.html.severity")),
            ("review_status", message("render.html.review_status")),
            ("of", message("render.html.of")),
            ("shown", message("render.html.shown")),
            ("cards", message("render.html.cards")),
            ("frame", message("render.html.frame")),
            ("id", message("render.html.id")),
            ("published", message("render.html.published")),
            ("no_date", message("render.html.no_date")),
            ("according_to", message("render.html.according_to")),
            ("passage", message("render.html.passage")),
            ("note", message("render.html.note")),
            ("agree", message("render.html.agree")),
            ("source_texts", message("render.html.source_texts")),
            ("sources", message("render.html.sources")),
        )
    }


@cache
def _template() -> jinja2.Template:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("crosscheck.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=shown,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return environment.get_template("report.html.j2")


def shown(value: Any) -> Any:
    """A value as the page prints it: text with what :data:`_HIDDEN` matches written out as
    the terminal report writes it (``\\u202e``); our own markup and numbers as they are."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return _HIDDEN.sub(lambda m: printable(m.group()), value)
    return value


def _kind_rank(kind: DiscrepancyKind) -> int:
    return list(DiscrepancyKind).index(kind)


def _status_rank(status: str) -> tuple[int, str]:
    order = (UNREVIEWED, "confirmed", "explained", "false-positive")
    return (order.index(status), "") if status in order else (len(order), status)


def _card(
    d: Discrepancy,
    sources: Mapping[str, Source],
    index: Mapping[str, int],
    statuses: Mapping[str, Any],
) -> Card:
    decision = statuses.get(d.id)
    status = (getattr(decision, "status", "") if decision else d.status) or UNREVIEWED
    note = (getattr(decision, "note", "") if decision else d.note) or ""
    return Card(
        id=d.id,
        kind=d.kind.value,
        severity=d.severity.value,
        status=status,
        note=note,
        frame=" · ".join(part for part in (d.subject, d.metric) if part),
        values=(d.value_a, d.value_b),
        explanation=d.explanation,
        details=d.details,
        a=_quote(d.a, d.claim_a, sources.get(d.a.source), index, d.published_a),
        b=_quote(d.b, d.claim_b, sources.get(d.b.source), index, d.published_b),
    )


def _quote(
    mention: Mention,
    claim: Claim | None,
    source: Source | None,
    index: Mapping[str, int],
    published: date | None,
) -> Quote:
    sentence = mention.sentence or mention.text
    offset = -1
    if claim is not None:
        guess = claim.start - claim.sentence_start
        if sentence[guess : guess + len(mention.text)] == mention.text:
            offset = guess
    if offset < 0:
        offset = sentence.find(mention.text) if mention.text else -1
    if offset < 0:
        before, words, after = sentence, "", ""
    else:
        end = offset + len(mention.text)
        before, words, after = sentence[:offset], sentence[offset:end], sentence[end:]
    line = (source.text.count("\n", 0, mention.start) + 1) if source else 0
    return Quote(
        source=mention.source,
        outlet=(source.outlet if source else None) or "",
        published=_published(source, published),
        attribution=(claim.attribution if claim else None) or "",
        before=before,
        words=words,
        after=after,
        anchor=passage_anchor(index.get(mention.source, -1), mention.start, mention.end),
        where=message("render.html_line", line=line) if line else "",
    )


def passage_anchor(source_index: int, start: int, end: int) -> str:
    """The id of a quoted passage in the page: ``p<source>-<start>-<end>``."""
    return f"p{source_index}-{start}-{end}"


def _published(source: Source | None, published: date | None) -> str:
    if source is not None and source.published is not None:
        return format_period(source.published, None, source.published_granularity)
    if published is not None:
        return format_period(published, None, Granularity.DAY)
    return ""


def _source_view(source: Source, index: int, spans: Sequence[tuple[int, int]]) -> SourceView:
    return SourceView(
        id=source.id,
        index=index,
        outlet=source.outlet or "",
        published=_published(source, None),
        url=source.url if source.url and _is_web_url(source.url) else None,
        language=source.language,
        segments=segments(source.text, spans, index),
    )


def _is_web_url(url: str) -> bool:
    return urllib.parse.urlsplit(url.strip()).scheme.lower() in ("http", "https")


def segments(text: str, spans: Sequence[tuple[int, int]], source_index: int) -> tuple[Segment, ...]:
    """``text`` cut at every span edge; quoted stretches marked, an anchor where each begins."""
    valid = sorted({(s, e) for s, e in spans if 0 <= s < e <= len(text)})
    cuts = sorted({0, len(text)} | {s for s, _ in valid} | {e for _, e in valid})
    out: list[Segment] = []
    for left, right in itertools.pairwise(cuts):
        out.append(
            Segment(
                text=text[left:right],
                marked=any(s <= left and right <= e for s, e in valid),
                anchors=tuple(passage_anchor(source_index, s, e) for s, e in valid if s == left),
            )
        )
    return tuple(out)


def _bars(counts: Mapping[str, int], order: Sequence[str], css: str) -> list[Bar]:
    top = max(counts.values(), default=0) or 1
    return [
        Bar(
            label=label,
            count=counts.get(label, 0),
            width=round(_BAR_WIDTH * counts.get(label, 0) / top),
            css=f"{css}{label}" if css == "sev-" else css,
        )
        for label in order
        if counts.get(label, 0) or css == "sev-"
    ]
