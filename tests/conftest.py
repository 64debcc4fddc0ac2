"""Shared fixtures: paths of the project, the sample story and the conformance suites."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources" / "belarus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_story():
    from crosscheck import load_story

    return load_story(SAMPLE)


@pytest.fixture(scope="session")
def sample_report(sample_story):
    from crosscheck import check

    return check(sample_story.sources, problems=sample_story.problems)
