"""How far the outright side of a certainty row is quoted (crosscheck/certainty/quotes.py)."""

from __future__ import annotations

import pytest

from crosscheck.certainty.quotes import object_end


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
    assert text[: object_end(text, len(shared), len(text))] == quoted
