"""Draft check through the one orchestrator: the draft is one more source, read from its focus."""

from __future__ import annotations

from datetime import date

from crosscheck.check import check, run_story
from crosscheck.draft import CONFIRMED, DISAGREES, UNSUPPORTED, check_draft, draft_source
from crosscheck.model import DiscrepancyKind, Source

_DAY = date(2024, 3, 5)
_A = Source(
    id="a",
    text="At least 55 people were killed in the bombing in Kabul on Monday, police said.",
    published=_DAY,
)
_B = Source(
    id="b",
    text="At least 55 people were killed in the bombing in Kabul on Monday. "
    "Alexander Lukashenko spoke.",
    published=_DAY,
)


def _draft(text: str) -> Source:
    return draft_source(Source(id="mine", text=text, published=_DAY))


def test_a_draft_figure_the_sources_contradict_disagrees_with_them() -> None:
    draft = _draft("At least 90 people were killed in the bombing in Kabul on Monday.")
    result = check_draft(draft, [_A, _B])
    [verdict] = [v for v in result.verdicts if v.claim.value is not None]
    assert verdict.verdict == DISAGREES
    [row] = verdict.discrepancies
    assert row.kind is DiscrepancyKind.NUMERIC_DIVERGENCE
    assert {row.a.source, row.b.source} - {draft.id} <= {"a", "b"}
    assert draft.id in {row.a.source, row.b.source}
    assert row in result.report.discrepancies


def test_a_draft_figure_the_sources_state_is_confirmed_by_each() -> None:
    draft = _draft("At least 55 people were killed in the bombing in Kabul on Monday.")
    result = check_draft(draft, [_A, _B])
    [verdict] = [v for v in result.verdicts if v.claim.value is not None]
    assert verdict.verdict == CONFIRMED
    assert {c.source for c in verdict.supporting} == {"a", "b"}
    assert result.report.discrepancies == ()


def test_a_draft_figure_no_source_speaks_of_is_unsupported() -> None:
    draft = _draft("The mayor opened 12 new schools.")
    [verdict] = check_draft(draft, [_A, _B]).verdicts
    assert verdict.verdict == UNSUPPORTED and verdict.supporting == ()


def test_name_rows_between_the_draft_and_a_source_are_its_other_rows() -> None:
    draft = _draft("Alexander Lukashenka spoke.")
    result = check_draft(draft, [_A, _B])
    assert [(d.kind, d.a.source, d.b.source) for d in result.other] == [
        (DiscrepancyKind.NAME_VARIANT, draft.id, "b")
    ]


def test_the_focus_reads_the_same_run_as_check() -> None:
    """check and check_draft share run_story: without a focus the rows are check's, and a
    focus only adds the focused reading."""
    draft = _draft("At least 90 people were killed in the bombing in Kabul on Monday.")
    sources = (draft, _A, _B)
    _, plain = run_story(sources)
    _, focused = run_story(sources, focus=draft.id)
    assert plain.focus is None and focused.focus is not None
    assert focused.discrepancies == plain.discrepancies == check(sources).discrepancies
    assert [key[0] for key in focused.focus.disagreements] == [draft.id]
