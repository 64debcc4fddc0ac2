"""Shared fixtures and hooks: paths of the project, the sample story, the case loader
(``@pytest.mark.cases``, see casefiles.py) and a per-test memory log (set
CROSSCHECK_RSS_LOG=path to write one line per test)."""

from __future__ import annotations

import os
import resource
from collections.abc import Iterator
from pathlib import Path

import pytest
from casefiles import DEFAULT_LANGUAGE, CaseFileError, select

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources" / "belarus"
SHARED = ROOT.parent / "shared"
RSS_LOG = os.environ.get("CROSSCHECK_RSS_LOG")


@pytest.fixture(scope="session")
def sample_story():
    from crosscheck import load_story

    return load_story(SAMPLE)


@pytest.fixture(scope="session")
def sample_report(sample_story):
    from crosscheck import check

    return check(sample_story.sources, problems=sample_story.problems)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """``@pytest.mark.cases(stage, table=..., files=..., where=..., languages=...)`` -> one
    ``case`` per row. A test that passes ``case.language`` to its stage says
    ``languages=True``; any other test refuses a case in a language other than English at
    collection, rather than reading it in English."""
    marker = metafunc.definition.get_closest_marker("cases")
    if marker is None:
        return
    where = f"{metafunc.definition.nodeid}: @pytest.mark.cases"
    if len(marker.args) != 1 or set(marker.kwargs) - {"table", "files", "where", "languages"}:
        raise CaseFileError(f"{where} takes one stage and table=, files=, where=, languages=")
    if "case" not in metafunc.fixturenames:
        raise CaseFileError(f"{where} needs an argument named case")
    files = marker.kwargs.get("files")
    cases = select(
        marker.args[0],
        table=marker.kwargs.get("table", "case"),
        files=(files,) if isinstance(files, str) else files,
        where=marker.kwargs.get("where"),
    )
    foreign = [case.id for case in cases if case.language != DEFAULT_LANGUAGE]
    if foreign and not marker.kwargs.get("languages", False):
        raise CaseFileError(
            f"{where}: case(s) {foreign} name a language, and this test reads every case in "
            f"{DEFAULT_LANGUAGE!r} (pass case.language to the stage and mark languages=True)"
        )
    metafunc.parametrize("case", cases, ids=[case.id for case in cases])


def _current_rss_kb() -> int:
    with Path("/proc/self/statm").open(encoding="ascii") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """With CROSSCHECK_RSS_LOG set: per test, the peak RSS (own, children) and current RSS."""
    if not RSS_LOG:
        yield
        return
    before_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    before_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    before_now = _current_rss_kb()
    yield
    after_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    after_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    after_now = _current_rss_kb()
    with Path(RSS_LOG).open("a", encoding="utf-8") as log:
        log.write(
            f"{item.nodeid}\tpeak_self_kb={after_self}\tpeak_growth_kb={after_self - before_self}"
            f"\tpeak_children_kb={after_children}"
            f"\tchildren_growth_kb={after_children - before_children}"
            f"\trss_now_kb={after_now}\trss_growth_kb={after_now - before_now}\n"
        )
