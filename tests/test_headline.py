"""Tests of crosscheck.text.headline: the one reading of where an article's headline ends."""

from __future__ import annotations

import pytest

from crosscheck.text.headline import headline_end, in_headline


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # the corpus's shape: a headline line, a blank line, the body
        ("Dow Drops 1,600 Points\n\nStocks fell sharply on Thursday.", "Dow Drops 1,600 Points"),
        # a headline may close with a full stop: two sentences, an abbreviation, an ellipsis
        (
            "Trump's lawyer: Comey violated executive privilege. 10 legal experts: No.\n\nAfter.",
            "Trump's lawyer: Comey violated executive privilege. 10 legal experts: No.",
        ),
        ("Faked Data In Hospitals In U.S.\n\nA report.", "Faked Data In Hospitals In U.S."),
        ("Obama pins blame for looming cuts...\n\nObama.", "Obama pins blame for looming cuts..."),
        # only the first line, though the body's first paragraph follows after one line break
        ("UN Experts Raise Alarm\nThe UN Group of Experts warned.", "UN Experts Raise Alarm"),
        # leading blank lines are no headline; the first line with words is
        ("\n  \nSix dead in depot shooting\n\nA gunman opened fire.", "Six dead in depot shooting"),
        # no headline: one line, or nothing written below the first line
        ("A gunman killed 9 people at the depot.", ""),
        ("Six dead in depot shooting\n\n  \n", ""),
        ("", ""),
    ],
)  # fmt: skip
def test_headline_end(text: str, headline: str) -> None:
    end = headline_end(text)
    assert text[:end].strip() == headline


def test_in_headline_is_an_offset_before_its_end() -> None:
    text = "Six dead in depot shooting\n\nPolice said 9 people were killed."
    assert in_headline(text, text.index("Six"))
    assert not in_headline(text, text.index("9 people"))
    assert not in_headline("A gunman killed 9 people.", 0)
