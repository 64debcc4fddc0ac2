"""The report writers read a value in its story's language: ``claims.csv``'s value cell
(``report.tables.claim_rows``) and ``draft.csv``'s (``draft.verdict_rows``) hand
``check.story_language`` of the report's sources to ``rules.explain.value_text``, as the
rows' explanations do. Their words ("onwards") stay the default language's, as every
message does."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from claimfactory import quoted_claim

from crosscheck.model import Granularity, Report, Source, TimeRef
from crosscheck.report.tables import claim_rows
from tests.fakelang import FAKE, fake_language, replace_once

SINCE = "since May 2020"


@pytest.fixture
def lexicon_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """English's lexicons and a fake language whose matching.toml reads "since" as a scope
    of the time itself ([scope_groups] ``at``), not of its start."""

    def edit(fake: Path) -> None:
        matching = fake / "matching.toml"
        replace_once(matching, 'start = ["since", ', "start = [")
        replace_once(matching, 'at = ["in", ', 'at = ["since", "in", ')

    yield from fake_language(tmp_path, monkeypatch, edit)


def _value(language: str) -> str:
    time = TimeRef(
        start=0,
        end=len(SINCE),
        text=SINCE,
        begin=date(2020, 5, 1),
        end_date=date(2020, 5, 31),
        granularity=Granularity.MONTH,
        modifier="since",
    )
    source = Source(id="a", text=SINCE, language=language, published=date(2021, 1, 1))
    claim = quoted_claim("a", SINCE, time=time, subject="political prisoner", metric="held")
    [row] = claim_rows(Report(sources=(source,), claims=(claim,), discrepancies=()))
    return str(row["value"])


def test_a_claim_s_value_cell_reads_its_story_s_language(lexicon_root: Path) -> None:
    assert _value("en") == "2020-05 onwards"
    assert _value(FAKE) == "2020-05"
