"""Draft check: a draft article and a story's sources -> each draft claim's verdict.

Each claim of the draft is one of: ``disagrees`` (a discrepancy with at least one source),
``unsupported`` (no source speaks of that frame: what and event, place, period, role) or
``confirmed`` (sources speak of it and agree). Claims are matched on their frames, so "more
than 1,500 political prisoners" in a draft meets the sources' "1,400 political prisoners
remain behind bars" whatever verb each uses. Name spellings and certainty are checked the
same way: a discrepancy between the draft and a source is a disagreement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from crosscheck.check import run_story, story_language
from crosscheck.model import Claim, Discrepancy, Report, Source
from crosscheck.rules import mention_of, sort_discrepancies, unique_ids
from crosscheck.rules.base import COMPARE, explain_words
from crosscheck.rules.explain import value_text

DISAGREES = "disagrees"
UNSUPPORTED = "unsupported"
CONFIRMED = "confirmed"
VERDICT_ORDER = {DISAGREES: 0, UNSUPPORTED: 1, CONFIRMED: 2}


@dataclass(frozen=True, slots=True, kw_only=True)
class Verdict:
    """What the sources say of one draft claim."""

    claim: Claim
    verdict: str
    discrepancies: tuple[Discrepancy, ...] = ()
    supporting: tuple[Claim, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class DraftReport:
    """The draft's verdicts, and the report of draft-versus-source discrepancies."""

    draft: Source
    verdicts: tuple[Verdict, ...]
    report: Report
    other: tuple[Discrepancy, ...] = ()  # name and certainty discrepancies not tied to a claim


def draft_source(source: Source) -> Source:
    """The draft as a source whose id cannot collide with a story's file stems.

    The id holds a "/", which no file name (hence no stem) can contain on any system.
    """
    return replace(source, id=f"draft/{source.id}")


def check_draft(
    draft: Source, sources: Sequence[Source], *, cleaned: str | None = None
) -> DraftReport:
    """Compare the draft's claims with the story's sources.

    The draft is one more source of the story, run through the one orchestrator
    (``check.run_story``) with the focus on it; the verdicts are read from its ``Focus``.
    ``cleaned`` is the draft's text prepared for reading (e.g. Markdown syntax blanked); it
    must have the same length as ``draft.text``.
    """
    extracted, compared = run_story(
        (draft, *sources),
        cleaned=None if cleaned is None else {draft.id: cleaned},
        focus=draft.id,
    )
    focus = compared.focus
    assert focus is not None  # run_story was given a focus
    draft_claims = extracted[0].claims
    verdicts = []
    for claim in draft_claims:
        flagged = focus.disagreements.get(claim.key, ())
        backing = focus.supporting.get(claim.key, ())
        verdict = DISAGREES if flagged else CONFIRMED if backing else UNSUPPORTED
        verdicts.append(
            Verdict(claim=claim, verdict=verdict, discrepancies=flagged, supporting=backing)
        )
    verdicts.sort(key=lambda v: (VERDICT_ORDER[v.verdict], v.claim.start))
    all_found = [d for v in verdicts for d in v.discrepancies] + list(focus.wording)
    unique = {_row_key(d): d for d in all_found}
    ordered = sort_discrepancies(unique.values())
    rows = unique_ids(ordered)
    named = {_row_key(old): new.id for old, new in zip(ordered, rows, strict=True)}
    report = Report(sources=(draft, *sources), claims=draft_claims, discrepancies=tuple(rows))
    return DraftReport(
        draft=draft,
        verdicts=tuple(_renamed(v, named) for v in verdicts),
        report=report,
        other=tuple(replace(d, id=named[_row_key(d)]) for d in focus.wording),
    )


def _row_key(d: Discrepancy) -> str:
    """One row of the draft's report: its base id and its two sources."""
    return d.id + d.a.source + d.b.source


def _renamed(verdict: Verdict, named: dict[str, str]) -> Verdict:
    """The verdict with its rows under the ids the report gives them (``unique_ids``)."""
    rows = tuple(replace(d, id=named.get(_row_key(d), d.id)) for d in verdict.discrepancies)
    return replace(verdict, discrepancies=rows)


def verdict_rows(result: DraftReport) -> list[dict[str, object]]:
    """One row per draft claim and source it was compared with (draft.csv)."""
    rows: list[dict[str, object]] = []
    lang = story_language(result.report.sources)  # the draft's values read in its language
    for v in result.verdicts:
        base = {
            "verdict": v.verdict,
            "draft_claim": v.claim.text,
            "draft_value": value_text(v.claim, lang),
            "draft_quote": v.claim.sentence,
            "start": v.claim.start,
            "end": v.claim.end,
            "subject": v.claim.subject,
            "metric": v.claim.metric,
        }
        if v.discrepancies:
            for d in v.discrepancies:
                other = d.b if d.a.source == result.draft.id else d.a
                rows.append(
                    {
                        **base,
                        "id": d.id,
                        "kind": d.kind.value,
                        "severity": d.severity.value,
                        "source": other.source,
                        "source_claim": other.text,
                        "source_quote": other.sentence,
                        "explanation": d.explanation,
                    }
                )
        elif v.supporting:
            for c in v.supporting:
                m = mention_of(c)
                rows.append(
                    {
                        **base, "id": "", "kind": "", "severity": "", "source": m.source,
                        "source_claim": m.text, "source_quote": m.sentence, "explanation": "",
                    }
                )  # fmt: skip
        else:
            rows.append(
                {
                    **base, "id": "", "kind": "", "severity": "", "source": "",
                    "source_claim": "", "source_quote": "",
                    "explanation": explain_words(COMPARE)["unsupported"]
                    if v.verdict == UNSUPPORTED else "",
                }
            )  # fmt: skip
    return rows


VERDICT_COLUMNS = (
    "verdict", "draft_claim", "draft_value", "draft_quote", "start", "end", "subject", "metric",
    "id", "kind", "severity", "source", "source_claim", "source_quote", "explanation",
)  # fmt: skip
