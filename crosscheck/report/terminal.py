"""Terminal report: Report -> rich renderables, grouped by subject, worst first.

Article text is untrusted: it is only ever appended to ``rich.text.Text`` as plain text
(never parsed as markup), and control characters are made visible before display.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import IO, TYPE_CHECKING

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from crosscheck.messages import message
from crosscheck.model import SEVERITY_RANK, Discrepancy, Mention, Report, Severity, Source
from crosscheck.report.cells import value_cell
from crosscheck.report.escapes import printable as escape_text
from crosscheck.report.tables import (
    claim_rows,
    line_and_column,
    published_text,
    summary_counts,
)

SEVERITY_STYLE = {Severity.HIGH: "bold red", Severity.MEDIUM: "bold yellow", Severity.LOW: "cyan"}
if TYPE_CHECKING:
    from crosscheck.draft import DraftReport

_QUOTE_CONTEXT = 160
_SPACE = re.compile(r"\s+")


def _inert(text: str) -> str:
    """Article text made safe for a terminal: newlines and tabs as spaces, controls escaped."""
    return escape_text(text, fold_space=True)


def summary_line(report: Report, shown: Sequence[Discrepancy] | None = None) -> Text:
    """ "5 sources · 64 claims · 9 discrepancies: 2 high, 4 medium, 3 low".

    With ``shown``, the counts are of the rows shown ("7 discrepancies shown: ...").
    """
    counts = summary_counts(
        report if shown is None else replace(report, discrepancies=tuple(shown))
    )
    line = Text()
    line.append(message("render.counts", sources=counts["sources"], claims=counts["claims"]))
    every = shown is None or len(shown) == len(report.discrepancies)
    suffix = "" if every else message("render.shown")
    line.append(
        message("render.discrepancies", count=counts["discrepancies"], shown=suffix), style="bold"
    )
    line.append(": ")
    for i, severity in enumerate(Severity):
        if i:
            line.append(", ")
        line.append(f"{counts[severity.value]} {severity.value}", style=SEVERITY_STYLE[severity])
    return line


def group_by_subject(discrepancies: Sequence[Discrepancy]) -> list[tuple[str, list[Discrepancy]]]:
    """Groups of discrepancies sharing a subject, the group with the worst first."""
    groups: dict[str, list[Discrepancy]] = {}
    for d in discrepancies:
        groups.setdefault(d.subject, []).append(d)
    return sorted(
        groups.items(),
        key=lambda item: (min(SEVERITY_RANK[d.severity] for d in item[1]), item[0]),
    )


def _quote(mention: Mention) -> Text:
    """The claim's sentence, shortened around the claim, with the claim's words highlighted."""
    sentence = mention.sentence
    offset = sentence.find(mention.text)
    if offset < 0:
        offset = 0
    before = sentence[:offset]
    after = sentence[offset + len(mention.text) :]
    if len(before) > _QUOTE_CONTEXT:
        before = "…" + before[-_QUOTE_CONTEXT:]
    if len(after) > _QUOTE_CONTEXT:
        after = after[:_QUOTE_CONTEXT] + "…"
    text = Text("“")
    text.append(_SPACE.sub(" ", _inert(before)))
    text.append(_SPACE.sub(" ", _inert(mention.text)), style="bold underline")
    text.append(_SPACE.sub(" ", _inert(after)))
    text.append("”")
    return text


def _side(label: str, mention: Mention, source: Source | None) -> RenderableType:
    head = Text(f"{label}  ", style="bold")
    head.append(_inert(mention.source), style="bold")
    details = []
    if source is not None:
        if source.outlet:
            details.append(_inert(source.outlet))
        published = published_text(source)
        details.append(
            message("render.published", date=published) if published else message("render.undated")
        )
        line, column = line_and_column(source.text, mention.start)
        details.append(message("render.line_column", line=line, column=column))
    if details:
        head.append(" (" + " · ".join(details) + ")", style="dim")
    return Group(head, Padding(_quote(mention), (0, 0, 0, 3)))


def _section(heading: Text) -> Rule:
    """The rule that opens a section of a report under its heading (a subject's group, a
    draft's verdicts of one kind): left-aligned, dim."""
    return Rule(heading, align="left", style="dim")


def render_discrepancy(d: Discrepancy, sources: dict[str, Source]) -> RenderableType:
    """One discrepancy: severity, kind, explanation and both quoted sides."""
    title = Text()
    title.append(f"{d.severity.value.upper():<6}", style=SEVERITY_STYLE[d.severity])
    title.append(f" {d.kind.value}", style="bold")
    title.append(f"  [{_inert(d.id)}]", style="dim")
    if d.status:
        title.append(message("render.reviewed", status=_inert(d.status)), style="italic")
    parts: list[RenderableType] = [
        title,
        Padding(Text(_inert(d.explanation)), (0, 0, 0, 3)),
        Padding(_side("A", d.a, sources.get(d.a.source)), (0, 0, 0, 3)),
        Padding(_side("B", d.b, sources.get(d.b.source)), (0, 0, 0, 3)),
    ]
    if d.note:
        note = message("render.note", note=_inert(d.note))
        parts.append(Padding(Text(note, style="italic"), (0, 0, 0, 3)))
    return Group(*parts)


TOP_FINDINGS = 3


def render_report(
    report: Report, *, title: str | None = None, discrepancies: Iterable[Discrepancy] | None = None
) -> list[RenderableType]:
    """The whole terminal report as a list of renderables (print them in order).

    The findings come first; the summary and the top findings come last, where the eye is
    when the run ends.
    """
    shown = list(report.discrepancies if discrepancies is None else discrepancies)
    sources = {s.id: s for s in report.sources}
    out: list[RenderableType] = []
    if title:
        out.append(Rule(Text(_inert(title), style="bold")))
    for subject, items in group_by_subject(shown):
        out.append(Text(""))
        named = _inert(subject) if subject else message("render.unspecified_subject")
        heading = Text(named, style="bold")
        group = "render.group_one" if len(items) == 1 else "render.group_many"
        heading.append(message(group, count=len(items)), style="dim")
        out.append(_section(heading))
        for d in items:
            out.append(render_discrepancy(d, sources))
            out.append(Text(""))
    out.append(summary_line(report, shown))
    if report.problems:
        out.append(Text(message("render.skipped", count=len(report.problems)), style="yellow"))
    if not shown:
        out.append(Text(message("render.nothing_to_show"), style="green"))
    else:
        out.extend(top_findings(shown))
    return out


def top_findings(shown: Sequence[Discrepancy]) -> list[RenderableType]:
    """The worst few rows, one line each: severity, subject, both values, id."""
    worst = sorted(shown, key=lambda d: SEVERITY_RANK[d.severity])[:TOP_FINDINGS]
    out: list[RenderableType] = [Text(message("render.top_findings"), style="bold")]
    for d in worst:
        line = Text("  ")
        line.append(f"{d.severity.value.upper():<6}", style=SEVERITY_STYLE[d.severity])
        line.append(f" {_inert(d.id)}", style="dim")
        subject = _inert(d.subject) if d.subject else message("render.unspecified_subject")
        a, b = value_cell(d.value_a), value_cell(d.value_b)
        line.append(message("render.top_line", subject=subject, a=_inert(a), b=_inert(b)))
        out.append(line)
    return out


PROGRESS_MIN_SOURCES = 20


@contextmanager
def progress_bar(total: int, label: str) -> Iterator[Callable[[], None] | None]:
    """A progress bar on stderr for runs over many sources; nothing when not a terminal."""
    console = make_console(stderr=True)
    if total < PROGRESS_MIN_SOURCES or not console.is_terminal:
        yield None
        return
    columns = (
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )  # fmt: skip
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(message("render.reading", label=_inert(label)), total=total)
        yield lambda: progress.advance(task)


class _Console(Console):
    """A rich console whose closed pipe is a ``BrokenPipeError`` (exit 141), not exit 1."""

    def on_broken_pipe(self) -> None:
        """Let the caller see the closed pipe instead of rich's ``SystemExit(1)``."""
        self.quiet = True
        raise BrokenPipeError(32, "Broken pipe")


def make_console(
    stderr: bool = False, width: int | None = None, file: IO[str] | None = None
) -> Console:
    """A console that honours NO_COLOR and never interprets markup or emoji codes."""
    return _Console(
        stderr=stderr, file=file, highlight=False, markup=False, emoji=False, width=width
    )


def render_draft(result: DraftReport, *, min_severity: str = "low") -> list[RenderableType]:
    """The draft report: disagreements first (in full), then unsupported, then confirmed."""
    from crosscheck.draft import CONFIRMED, DISAGREES, UNSUPPORTED

    sources = {s.id: s for s in result.report.sources}
    threshold = SEVERITY_RANK[Severity(min_severity)]
    out: list[RenderableType] = [Rule(Text(_inert(result.draft.id), style="bold"))]
    counts = {
        k: sum(1 for v in result.verdicts if v.verdict == k)
        for k in (DISAGREES, UNSUPPORTED, CONFIRMED)
    }
    line = Text(message("render.draft_claims", count=len(result.verdicts)))
    line.append(message("render.draft_disagree", count=counts[DISAGREES]), style="bold red")
    line.append(message("render.draft_unsupported", count=counts[UNSUPPORTED]), style="bold yellow")
    line.append(message("render.draft_confirmed", count=counts[CONFIRMED]), style="green")
    out.append(line)
    shown = [d for d in result.report.discrepancies if SEVERITY_RANK[d.severity] <= threshold]
    if shown:
        out.append(_section(Text(message("render.disagrees_heading"), style="bold red")))
        for d in shown:
            out.append(render_discrepancy(d, sources))
            out.append(Text(""))
    unsupported = [v for v in result.verdicts if v.verdict == UNSUPPORTED]
    if unsupported:
        out.append(_section(Text(message("render.unsupported_heading"), style="bold yellow")))
        for v in unsupported:
            out.append(_draft_line(v.claim.text, v.claim.sentence, v.claim.subject, v.claim.metric))
    confirmed = [v for v in result.verdicts if v.verdict == CONFIRMED]
    if confirmed:
        heading = Text(message("render.confirmed_heading"), style="green")
        out.append(_section(heading))
        for v in confirmed:
            names = ", ".join(sorted({c.source for c in v.supporting}))
            text = Text("  ✓ ", style="green")
            text.append(_SPACE.sub(" ", _inert(v.claim.text)))
            text.append(f"  ({_inert(names)})", style="dim")
            out.append(text)
    return out


def _draft_line(words: str, sentence: str, subject: str, metric: str) -> Text:
    text = Text("  ? ", style="yellow")
    text.append(_SPACE.sub(" ", _inert(words)), style="bold")
    subject = subject or message("render.unspecified")
    text.append(f"  [{_inert(subject)} · {_inert(metric)}]", style="dim")
    text.append("\n    ")
    text.append(_quote(Mention(source="", start=0, end=0, text=words, sentence=sentence)))
    return text


CLAIMS_TABLE_COLUMNS = ("source", "where", "claim", "subject", "metric", "value")


def claims_table(report: Report) -> Table:
    """The claims of a report as a table: source, line:column, words, subject, metric, value."""
    table = Table(*CLAIMS_TABLE_COLUMNS, box=None, show_edge=False, header_style="bold")
    for row in claim_rows(report):
        table.add_row(
            _inert(row["source"]),
            f"{row['line']}:{row['column']}",
            _SPACE.sub(" ", _inert(row["text"])),
            _inert(row["subject"]),
            _inert(row["metric"]),
            _inert(row["value"]),
        )
    return table
