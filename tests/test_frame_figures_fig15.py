"""Figure frames of fig15 (issue 12): bound words, level moves, totals, jobs, coordination.

Each case is an invented sentence of its class -> the frame of one figure in it."""

from __future__ import annotations

import pytest

from crosscheck import Source, check


def _claim(text: str, figure: str):  # type: ignore[no-untyped-def]
    [claim] = [c for c in check([Source(id="a", text=text)]).claims if c.text == figure]
    return claim


@pytest.mark.parametrize(
    ("text", "figure", "what", "role"),
    [
        # a level's move "up to" a figure: where the level went, no plan's ceiling
        ("The jobless rate ticked up to 6.1 percent in May.", "6.1 percent", "jobless", "total"),
        ("The vacancy rate edged up to 4.4%.", "4.4%", "vacancy", "total"),
        # neighbour: "up to" after no move verb is a ceiling
        ("The company plans to hire up to 300 drivers.", "up to 300 drivers", "driver", "plan"),
    ],
)
def test_level_moved_up_to(text: str, figure: str, what: str, role: str) -> None:
    claim = _claim(text, figure)
    assert (claim.what, claim.role) == (what, role)
    assert claim.value is not None
    if "up to" not in figure:
        assert claim.value.low == claim.value.high  # a level, exactly
