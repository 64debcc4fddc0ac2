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


@pytest.mark.parametrize(
    ("text", "figure", "what"),
    [
        # a total told after its noun sums that noun
        ("The city approved four park grants totaling $2 million.", "$2 million", "park grant"),
        ("The repairs, which total $8 million, begin in June.", "$8 million", "repair"),
        ("Canadian exports to the EU totaled $40 billion.", "$40 billion", "canadian export"),
        # a phrase after the noun is skipped only when it names a place or body
        ("The tenants sued for refunds totaling $9,000.", "$9,000", "refund"),
    ],
)
def test_total_after_its_noun(text: str, figure: str, what: str) -> None:
    assert _claim(text, figure).what == what


def test_a_total_as_a_noun_is_no_total_link() -> None:
    """Neighbour: "a total of $2 million" is read as before, by its object."""
    claim = _claim("The city spent a total of $2 million on new parks.", "$2 million")
    assert (claim.what, claim.event) == ("new park", "spent")


@pytest.mark.parametrize(
    ("text", "figure", "what", "event"),
    [
        # jobs added told as a noun before "of"
        ("The state saw an addition of 42,000 jobs in March.", "42,000 jobs", "job", "added"),
        ("Factories reported a net gain of 9,000 jobs.", "9,000 jobs", "job", "added"),
        ("Forecasters expected job growth of 150,000 in April.", "150,000", "job", "added"),
        # neighbours: a gain of anything else is no jobs added
        ("The fund posted a gain of 7 percent.", "7 percent", "gain", ""),
        ("The party made a net gain of 12 seats.", "12 seats", "seat", ""),
    ],
)
def test_jobs_added_as_a_noun(text: str, figure: str, what: str, event: str) -> None:
    claim = _claim(text, figure)
    assert (claim.what, claim.event) == (what, event)


@pytest.mark.parametrize(
    ("text", "figure", "what", "place"),
    [
        # the second figure of a coordinated pair counts the first's noun, at its place
        ("Four miners were killed and 11 hurt in the collapse.", "11 hurt", "miner", ""),
        ("The raid in Mosul killed six guards and wounded 14.", "14", "guard", "mosul"),
        ("In Homs, 9 rebels were killed, and 20 were wounded.", "20", "rebel", "homs"),
        # neighbours: "others", a first figure with no noun, two joined clauses
        ("Four miners were killed and 11 others hurt.", "11", "person", ""),
        ("Crowds mourned the four killed and the 11 injured.", "11", "person", ""),
        ("Four miners died on Monday, and officials said 11 were hurt.", "11", "person", ""),
    ],
)
def test_coordinated_count_takes_the_first_noun(
    text: str, figure: str, what: str, place: str
) -> None:
    claim = _claim(text, figure)
    assert (claim.what, claim.place) == (what, place)
