"""match/quoted_statements.py: a sentence's quoted text and the text outside it."""

from __future__ import annotations

import pytest

from crosscheck.match.quoted_statements import split_quoted


@pytest.mark.parametrize(
    ("sentence", "quoted", "outside"),
    [
        (
            "The reporting \u201cis patently false,\u201d the Army said Tuesday.",
            "is patently false,",
            "The reporting   the Army said Tuesday.",
        ),
        (  # opened in the sentence before: a straight mark, odd in number
            'We cannot discuss the findings," the Army said Tuesday.',
            "We cannot discuss the findings,",
            " the Army said Tuesday.",
        ),
        (  # an opening curly mark left open runs on to the next sentence
            "He said: \u201cWe will fight.",
            "We will fight.",
            "He said: ",
        ),
        ("The Army said nothing on Tuesday.", "", "The Army said nothing on Tuesday."),
    ],
)
def test_split_quoted(sentence: str, quoted: str, outside: str) -> None:
    assert split_quoted(sentence, "en") == (quoted, outside)
