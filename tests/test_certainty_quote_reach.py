"""How far the outright side of a certainty row is quoted (crosscheck/certainty/quote_reach.py)."""

from __future__ import annotations

import pytest

from crosscheck import Source, check
from crosscheck.certainty.quote_reach import mark_start, object_end
from crosscheck.ids import stable_id
from crosscheck.model import DiscrepancyKind


@pytest.mark.parametrize(
    ("text", "shared", "quoted"),
    [
        (
            "The aide has handed the letters to the inspector's office, officials said.",
            "The aide has handed the letters",
            "The aide has handed the letters to the inspector's office",
        ),
        (
            "Deputies shot the driver dead after he rammed a cruiser.",
            "Deputies shot the driver",
            "Deputies shot the driver dead",
        ),
        (
            "The fund paid $12 million to the families.",
            "The fund paid",
            "The fund paid $12 million to the families",
        ),
        ("The mayor resigned. The council met later.", "The mayor resigned", "The mayor resigned"),
        ("The mayor resigned and the council met.", "The mayor resigned", "The mayor resigned"),
        ("Mayor Resigns\n\nThe council met on Friday.", "Mayor Resigns", "Mayor Resigns"),
        (
            "A clip shows an aide mocking her own party's handling of the vote.",
            "A clip shows an aide",
            "A clip shows an aide mocking her own party's handling",
        ),
    ],
    ids=[
        "to-its-recipient",
        "not-into-a-clause",
        "through-a-figure",
        "not-past-the-sentence",
        "not-past-a-coordinator",
        "not-past-a-line",
        "not-ending-on-a-stop-word",
    ],
)
def test_object_end(text: str, shared: str, quoted: str) -> None:
    assert text[: object_end(text, len(shared), len(text), "en")] == quoted


@pytest.mark.parametrize(
    ("text", "shared", "quoted"),
    [
        ("He left with a $40 million severance.", "40 million severance", "$40 million severance"),
        ("He left with 40 million euros.", "40 million euros", "40 million euros"),
        ("He left (40 million euros).", "40 million euros", "40 million euros"),
    ],
    ids=["a-currency-mark", "no-mark", "not-punctuation"],
)
def test_mark_start(text: str, shared: str, quoted: str) -> None:
    start = text.index(shared)
    assert text[mark_start(text, start, "en") : start + len(shared)] == quoted


def test_row_quotes_a_figure_with_its_mark() -> None:
    """A pair found by its figure ("$40m" / "$40 million") quotes the figure as written."""
    stated = Source(
        id="a",
        text="Ailes denied the claims, but stepped down with a $40 million severance package.",
    )
    hedged = Source(id="b", text="Ailes reportedly received a $40m payout for his departure.")
    rows = [d for d in check([stated, hedged]).discrepancies if d.kind is DiscrepancyKind.CERTAINTY]
    assert [row.claim_a.text for row in rows] == ["$40 million severance package"]


def test_row_quotes_the_object_and_keeps_the_id_of_the_shared_words() -> None:
    """The outright claim goes on to its object; the id is still that of the shared words."""
    stated = Source(
        id="a",
        text="The former deputy director has also handed the memos to the special counsel's "
        "team, as it continues its inquiry into the campaign.",
    )
    hedged = Source(
        id="b",
        text="The memos reportedly have been handed to the office of the special counsel "
        "conducting the inquiry.",
    )
    rows = [d for d in check([stated, hedged]).discrepancies if d.kind is DiscrepancyKind.CERTAINTY]
    assert len(rows) == 1
    row = rows[0]
    assert row.claim_a.text == "handed the memos to the special counsel's team"
    shared = "handed the memos to the special counsel's"  # the words both sides have
    assert row.id == stable_id(
        "certainty", "statement", row.claim_b.text.casefold(), "outright: " + shared
    )
