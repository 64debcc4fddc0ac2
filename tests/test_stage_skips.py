"""Two shortcuts of the quantities and times stages change no result: each against its full path.

- ``timex.acts.weekday_forward_off_anchor``: a bare weekday on the anchor's own weekday is
  placed on the anchor without reading its clause; ``weekday_forward`` put in its place (at
  both its callers) is the full path.
- ``quantities.decade_ages._matches``: the case-blind decade-age pattern tried only where a
  plain search of the lower-cased text finds a determiner; ``pattern.finditer`` is the full
  path.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import crosscheck.timex.clock as timex_clock
import crosscheck.timex.relative as timex_relative
from crosscheck.model import TimeRef
from crosscheck.quantities import find_quantities
from crosscheck.quantities.decade_ages import _decade_ages, _matches
from crosscheck.timex import find_times
from crosscheck.timex.acts import weekday_forward

# --- bare weekdays on the anchor's weekday ------------------------------------------------------

# Invented sentences: bare weekdays in clauses that look back, forward, nowhere, after a
# present-tense act, a condition, a named day, with clock times before and after them.
WEEKDAY_SENTENCES = (
    "Officials said on Tuesday that the border would stay closed.",
    "The committee will meet on Tuesday to vote on the budget.",
    "Walker faces Barrett on Wednesday in the first debate.",
    "If we win on Thursday, the seat is ours.",
    "Voters went to the polls on Super Tuesday, and results came late Friday.",
    "The strike begins at 6 a.m. Monday and ends at midnight Saturday.",
    "Sunday's march drew thousands; another is planned for Sunday.",
    "On Friday, Mr. Smith will testify; he spoke to reporters Thursday night.",
)
# A week of publication days, so that every weekday name is the anchor's once.
ANCHORS = tuple(date(2020, 3, 2) + timedelta(days=k) for k in range(7))


def _times() -> list[list[TimeRef]]:
    text = " ".join(WEEKDAY_SENTENCES)
    return [find_times(text, anchor=a, clocks_on_publication=True) for a in ANCHORS]


def test_weekday_off_anchor_changes_no_time(monkeypatch: pytest.MonkeyPatch) -> None:
    skipped = _times()
    monkeypatch.setattr(timex_relative, "weekday_forward_off_anchor", weekday_forward)
    monkeypatch.setattr(timex_clock, "weekday_forward_off_anchor", weekday_forward)
    assert _times() == skipped
    on_anchor = [
        ref for refs, a in zip(skipped, ANCHORS, strict=True) for ref in refs if ref.begin == a
    ]
    assert len(on_anchor) >= 7  # each anchor's own weekday is read, so the test can fail


@pytest.mark.parametrize("anchor", ANCHORS)
def test_the_anchors_weekday_is_the_anchor_either_way(anchor: date) -> None:
    number = anchor.weekday()
    for forward in (True, False):
        assert timex_relative.weekday_day(number, anchor, forward) == anchor


def test_the_anchors_weekday_skips_the_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []

    def counted(*args: object) -> bool:
        read.append(1)
        return False

    monkeypatch.setattr("crosscheck.timex.acts.weekday_forward", counted)
    tuesday = date(2020, 3, 3)
    refs = find_times("The committee will meet on Tuesday.", anchor=tuesday)
    assert [r.begin for r in refs] == [tuesday]
    assert not read
    find_times("The committee will meet on Wednesday.", anchor=tuesday)
    assert read


# --- decade ages found through a plain search ---------------------------------------------------

DECADE_TEXTS = (
    "A man in his 70s and a woman in her early 30s; they are in their mid-forties.",
    "IN HIS 70S, In Their Late Twenties, in  her\nmid-50's, in his 80\u2019s",
    "within his 70s, the 1970s, highs in the 70s, in his 700s, in his 70sx",
    "\u0131n his 70s (a dotless i matches i regardless of case)",
    "\u0130n his 70s (its lower case is two characters)",
    "in hi\u017f 70s (a long s matches s regardless of case)",
    "caf\u00e9 owners in their sixties and in in his fifties",
)


def _spans(text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in _matches(text, _decade_ages("en"))]


def _full_spans(text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in _decade_ages("en").pattern.finditer(text)]


@pytest.mark.parametrize("text", [*DECADE_TEXTS, "\n".join(DECADE_TEXTS)])
def test_decade_matches_are_the_full_pass(text: str) -> None:
    assert _spans(text) == _full_spans(text)


def test_decade_matches_found() -> None:
    assert _decade_ages("en").opening is not None  # English determiners: the plain search
    assert len(_spans(DECADE_TEXTS[0])) == 3
    assert len(_spans(DECADE_TEXTS[1])) == 4
    assert _spans(DECADE_TEXTS[2]) == []
    for text in DECADE_TEXTS[3:6]:  # read in full, and found
        assert len(_spans(text)) == 1
    ages = [q for q in find_quantities(DECADE_TEXTS[0]) if q.text.startswith("in his")]
    assert [(q.low, q.high) for q in ages] == [(70.0, 79.0)]


DECADE_PIECES = (
    *("in", "IN", "In", "\u0131n", "\u0130n", "his", "HER", "their", "hi\u017f", "x"),
    *("70s", "30's", "forties", "mid", "early-", "-", " ", "  ", "\n", "caf\u00e9"),
)


@given(st.lists(st.sampled_from(DECADE_PIECES), max_size=14))
def test_decade_matches_are_the_full_pass_on_any_text(parts: list[str]) -> None:
    for text in (" ".join(parts), "".join(parts)):
        assert _spans(text) == _full_spans(text)
