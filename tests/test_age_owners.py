"""Ages told by a role noun or a pronoun (nage36): known misses, measured and left.

An age is compared only when it names its person (nfig27, ``claims/frame_ages.py``). An age of
"the 24-year-old" or "He is 24 years old" names no one: on the 219 non-draw stories every such
age a reader can tie to one named person agrees with the other outlets (no row to win), and the
two gold differences of draws 1-13 need two different readings (a dash aside and a past
copula; a headline's "24-year-old man" with no name in its article's ages). The must-nots are
the ``role-age-*`` and ``pronoun-age-*`` cases of ``tests/cases/frames/pairs.toml``.
"""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck import Source, check


def _figure_rows(a: str, b: str) -> list[str]:
    sources = [
        Source(id="a", text=a, published=date(2025, 3, 10)),
        Source(id="b", text=b, published=date(2025, 3, 10)),
    ]
    found = check(sources).discrepancies
    return [d.kind.value for d in found if d.kind.value.startswith("numeric.")]


@pytest.mark.xfail(
    strict=True, reason="measured, no rule: no cross-source difference on the corpus"
)
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Officers named the bomber as Dorian Pell. The 24-year-old was shot at the scene.",
            "Dorian Pell, 23, died at the scene.",
        ),
        (
            "Officers named the bomber as Dorian Pell. He is 24 years old.",
            "Dorian Pell, 23, died at the scene.",
        ),
        (
            "Bomber identified as 24-year-old man. Officers named the bomber as Dorian Pell.",
            "Pell, 23, lived with his parents. Dorian Pell died at the scene.",
        ),
        (
            "The release of Kai Morrel \u2014 the 23-year-old student held abroad \u2014 "
            "came in June.",
            "Kai Morrel, 22, was released in June.",
        ),
    ],
)
def test_an_age_of_the_one_named_person_of_its_role_pairs(a: str, b: str) -> None:
    assert "numeric.conflict" in _figure_rows(a, b)
