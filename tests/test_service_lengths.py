"""A named person's years of service (nwhat42, ``claims/frame_durations.service_owner``).

"Sean Smith, a foreign service officer and 21-year diplomatic veteran" and "Smith was a
10-year veteran of the State Department" give the length of one person's service: the
duration's ``what`` is "<surname> service" and its owner the surname. With no name right
before the phrase, a time clause after it, or a military service named, no owner is read.
The pairs (must-flag and must-not) are the ``service-*`` cases of
``tests/cases/frames/durations.toml``.
"""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck import Source, check


def _durations(text: str) -> list[tuple[str, str, str]]:
    found = check([Source(id="a", text=text, published=date(2025, 3, 10))]).claims
    return [(c.value.text, c.what, c.actor) for c in found if c.kind == "duration" and c.value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The department named Lena Varga, a records officer and 21-year diplomatic "
            "veteran, among the dead.",
            ("21-year", "varga service", "varga"),
        ),
        (
            "The minister said Varga was a 12-year veteran of the department.",
            ("12-year", "varga service", "varga"),
        ),
        (
            "Officer Tom Reyes, 41, a nine-year veteran of the force, was wounded.",
            ("nine-year", "reye service", "reye"),
        ),
    ],
)
def test_a_named_persons_service_is_read(text: str, expected: tuple[str, str, str]) -> None:
    assert _durations(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "A nine-year veteran of the force was wounded.",  # no name
        "In Denver, a nine-year veteran of the force was wounded.",  # a place
        "Reyes was a nine-year veteran when he joined the unit.",  # another moment
        "Reyes, a 20-year Army veteran, joined the police.",  # a military service
        "Reyes, a 20-year veteran of the Marines, joined the police.",
        "He was a 20-year veteran of the force.",  # a pronoun
        "Reyes, a man with a 20-year veteran's pension, retired.",  # no closing "and"
        "Reyes, a 20-year career officer, retired.",  # no service noun
    ],
)
def test_no_owner_no_service(text: str) -> None:
    assert all(what == "" and actor == "" for _, what, actor in _durations(text))
