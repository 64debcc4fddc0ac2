"""Parts read from a grade: a count said with how badly ("seven hurt [critically]", "two
[seriously] injured", "three in [critical] condition") counts only those so hurt, a part of
all the hurt, never their total.

Only figures of harm (``graded_events``) are graded. The grade words (``severity_words`` in
``events.toml``) are looked for in the figure's own clause: the two words before it and the
few after it, up to a comma, a conjunction or another figure ("killed three and injured
more than 180, many of them gravely" keeps 180 a total).
"""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.claims.frame_words import clause_after, clause_before, frame_words
from crosscheck.text.words import Token

_BEFORE = 2  # "[critically] injuring 2 people"
_AFTER = 4  # "seven [were seriously] hurt", "three [in critical condition]"


def graded_part(event: str, before: Sequence[Token], after: Sequence[Token], lang: str) -> bool:
    """Whether a grade word next to a figure of harm (``graded_events``) makes it a part of
    the count it belongs to; a grade of anything else is no part ("ticked up slightly to
    8.3 percent", "three critical battleground states")."""
    fw = frame_words(lang)
    if event not in fw.graded_events:
        return False
    words = fw.severity_words
    near = [*clause_before(before, last=_BEFORE), *clause_after(after, _AFTER, lang=lang)]
    return any(t.lower in words for t in near)
