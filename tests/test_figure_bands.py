"""Figure bands (qa62, ``crosscheck.rules.figure_bands``): the figures ``numeric_rule`` finds in
agreement always have meeting bands (or one has none), so ``one_source_gives_both`` reads
only the figures of a source's list that may agree with the other side's and decides as
reading them all does."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from benchmarks.bench_one_source import judged_pairs, timed
from crosscheck.model import Claim, Source
from crosscheck.quantities import find_quantities
from crosscheck.rules.figure_bands import (
    INDEXED,
    agreement_band,
    band_index,
    candidates,
    meets,
)
from crosscheck.rules.numeric import numeric_rule
from tests.claimfactory import quoted_claim

# Shapes the rule agrees on by rounding ("2.4 million" / "2,412,000", "$4 million" / "$4.2
# million" and "$4.3 million", 2,352 / 2,352.6), by a bound met ("more than 40" / "at least
# 49", "nearly 10%" / 9.99%, "more than 100" / 170), within the tolerance (1,234 / 1,240;
# "over 1,234" / "over 1,250"), in another unit (6 miles / 9.7 km, "nearly 60 miles" / 98
# km, two weeks / 14 days), signed, and apart.
FIGURES = (
    "1,200", "1,234", "1,240", "1,290", "over 1,200", "over 1,234", "over 1,250", "over 1,300",
    "more than 40", "at least 49", "50", "nearly 1,400", "nearly 1,390", "1,350", "almost 12",
    "11", "about 225", "230", "2.4 million", "2,412,000", "2.5 million", "$4 million",
    "$4.2 million", "$4.3 million", "$100 million", "$132.5 million", "13.6 million",
    "13,625,777", "2,352", "2,352.6", "-3.5", "3", "-3", "-0.4%", "0.4%", "5%", "5.2%", "4.8%",
    "6 miles", "9.7 km", "nearly 60 miles", "98 km", "10 km", "two weeks", "14 days",
    "15 days", "1,000", "1,400", "100", "170", "more than 100", "up to 5", "nearly 10%",
    "9.99%", "fewer than 4,000", "at least 5,000", "0.5", "0.55", "hundreds", "some 300",
    "between 10 and 20", "0", "more than 10", "10",
)  # fmt: skip


def _claim(text: str, event: str = "held") -> Claim:
    (quantity,) = find_quantities(text)
    return quoted_claim("a", text, value=quantity, subject="prisoner", metric=event, event=event)


@pytest.mark.parametrize("event", ["held", "located"])
def test_every_agreeing_pair_has_meeting_bands(event):
    claims = [_claim(text, event) for text in FIGURES]
    agreeing = banded = 0
    for x, y in itertools.permutations(claims, 2):
        if numeric_rule(x, y, "en") is not None:
            continue
        agreeing += 1
        bx, by = agreement_band(x, "en"), agreement_band(y, "en")
        if bx is not None and by is not None:
            banded += 1
            assert meets(bx, by), (x.text, bx, y.text, by)
    assert agreeing > 100
    if event == "located":  # a distance agrees with any figure inside a bound: no band
        assert banded == 0
    else:
        assert banded > 60


def test_bands_set_apart_what_the_rule_flags():
    over_1234, over_1300, over_1200 = (
        _claim(t) for t in ("over 1,234", "over 1,300", "over 1,200")
    )
    assert numeric_rule(over_1234, over_1300, "en") is not None
    band_1234, band_1300 = agreement_band(over_1234, "en"), agreement_band(over_1300, "en")
    assert band_1234 is not None and band_1300 is not None
    assert not meets(band_1234, band_1300)  # a round bound takes no tolerance
    band_1200 = agreement_band(over_1200, "en")
    assert band_1200 is not None and meets(band_1200, band_1234)  # 1,234 meets "over 1,200"
    assert agreement_band(_claim("hundreds"), "en") is None  # vague: may agree with any
    assert agreement_band(_claim("nearly 1,000"), "en") is None  # 0 <= x <= 1,000 meets it


def test_candidates_keep_the_list_order_and_read_all_without_a_band():
    claims = [_claim(t) for t in ("1,200", "hundreds", "5%", "1,210", "2.4 million", "1,190")]
    index = band_index(claims, "en")
    assert candidates(index, agreement_band(_claim("1,205"), "en")) == [0, 1, 3, 5]
    assert candidates(index, None) == list(range(len(claims)))


def _mixed_story() -> list[Source]:
    """Three sources of one noun's figures in many shapes (lists long enough to index), each
    source's range of figures overlapping the next one's."""
    shapes = ("over {n}", "nearly {n}", "about {n}", "{n}", "at least {n}", "more than {n}")
    texts = []
    for k in range(3):
        sentences = [
            f"{shape.format(n=f'{1000 + 37 * i + 5 * k:,}').capitalize()} political prisoners"
            f" were held in Belarus at the end of 2024, said Ales Bialiatski {i}."
            for i, shape in zip(range(20 * k, 20 * k + 40), itertools.cycle(shapes), strict=False)
        ]
        sentences.insert(7 + k, "Hundreds of political prisoners were held in Belarus in 2024.")
        texts.append(" ".join(sentences))
    return [
        Source(id=f"s{k}", text=text, published=date(2025, 1, k + 1))
        for k, text in enumerate(texts)
    ]


def test_the_guard_decides_alike_reading_every_figure_or_the_banded_ones():
    pairs, context = judged_pairs(_mixed_story())
    assert context.bands and all(len(context.figures[key]) >= INDEXED for key in context.bands)
    _, read_all = timed(pairs, context, indexed=False)
    _, read_banded = timed(pairs, context, indexed=True)
    assert len(pairs) > 100 and True in read_all and False in read_all
    assert read_banded == read_all
