"""Parts read from a grade or an incident's rank: a count said with how badly ("seven hurt
[critically]", "two [seriously] injured", "three in [critical] condition") counts only those so
hurt, a part of all the hurt, never their total; a count said of one of several incidents
("Two people [in the first collision] were treated") counts only that incident's.

Only figures of harm (``graded_events``) are graded. The grade words (``severity_words`` in
``events.toml``) are looked for in the figure's own clause: the two words before it and the
few after it, up to a comma, a conjunction or another figure ("killed three and injured
more than 180, many of them gravely" keeps 180 a total).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.claims.frame_words import clause_after, clause_before, frame_words, phrase_at
from crosscheck.lexicon import load_lexicon, lower_words
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


_RANK_REACH = 8  # "two people [were treated by paramedics in the first collision]"


@dataclass(frozen=True, slots=True, kw_only=True)
class _RankWords:
    """The words of an incident's rank (``events.toml`` ``incident_part_*``)."""

    links: dict[tuple[str, ...], str]
    ordinals: frozenset[str]
    events: frozenset[str]
    not_after: frozenset[str]


@cache
def _rank_words(lang: str) -> _RankWords:
    data = load_lexicon("events", lang)
    links = lower_words(data, "incident_part_links", "events")
    return _RankWords(
        links={tuple(link.split()): link for link in links},
        ordinals=lower_words(data, "incident_part_ordinals", "events"),
        events=lower_words(data, "incident_part_events", "events"),
        not_after=lower_words(data, "incident_part_not_after", "events"),
    )


def incident_rank(event: str, rest: Sequence[Token], lang: str) -> tuple[str, str] | None:
    """The incident a figure of harm is said of by its rank, as (incident class, ordinal):
    "in the first collision", "by the second blast" in its clause after its noun (``rest``).
    Such a count is that incident's only, a part of the story's; "the first attack of its
    kind" or "since" ranks it in history and gives None."""
    words = _rank_words(lang)
    if event not in words.events:
        return None
    near = [t.lower for t in clause_after(rest, _RANK_REACH, lang=lang)]
    incidents = frame_words(lang).incidents
    for _start, end, _link in phrase_at(near, words.links, 2):
        if end >= len(near) or near[end] not in words.ordinals:
            continue
        noun = near[end + 1 :]
        for first, last, name in phrase_at(noun, incidents, 2):
            if first != 0:
                continue
            if last < len(noun) and noun[last] in words.not_after:
                return None
            return name, near[end]
    return None


def ranks_differ(a: str, b: str, lang: str) -> bool:
    """Whether two incidents ("class: qualifiers") are told apart by a rank: one is ranked
    ("crash: first") and the other is not that same rank ("crash", "crash: second", none):
    the count of one incident against the story's or another incident's."""
    rank_a, rank_b = _rank(a, lang), _rank(b, lang)
    return (rank_a or rank_b) is not None and rank_a != rank_b


def _rank(incident: str, lang: str) -> str | None:
    ordinals = _rank_words(lang).ordinals
    ranks = [w for w in incident.partition(": ")[2].split() if w in ordinals]
    return ranks[0] if ranks else None
