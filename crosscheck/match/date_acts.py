"""Acts of dated events: two date claims -> whether their clauses tell two acts, whatever
participant they share.

Two dates may be paired by the names their clauses share alone: two bounds of a span by two
key words ("Candidates must file their petitions with the county clerk by 5 p.m. Friday" /
"Donors must report their gifts to the county clerk by 6 p.m. Friday": "county clerk"), two
ledes' dates by a weak stem and one name ("Senator Hale warned Moran in a letter earlier this
month" / "Moran replied to Hale in a letter Tuesday": "letter", "Hale"). A shared participant
does not make one event when each clause names its own act and the acts differ. The acts are
read from the ``[acts]`` table of date_events.toml, never from any verb: two verbs of one
deadline ("the debt ceiling must be raised by February 27" / "run out of maneuvering room on
the debt by the end of this month") or of one meeting ("confirmed the meeting" / "revealed
the meeting") are one event told twice. ``deadline_acts`` are classes of acts a deadline
closes: two bounds whose clauses each name one and share no class are two deadlines. A reply
is always another act than the message it answers: a date whose clause tells a reply and one
whose clause tells none date two acts.
"""

from __future__ import annotations

from functools import cache

from crosscheck.lexicon import load_lexicon, lower_words, require
from crosscheck.match.descriptor_clauses import clause_of
from crosscheck.model import Claim
from crosscheck.text.tokens import lowered_words


@cache
def _replies(lang: str) -> frozenset[str]:
    """The ``replies`` of ``[acts]``, folded."""
    acts = require(load_lexicon("date_events", lang), "acts", dict, "date_events", lang=lang)
    return lower_words(acts, "replies", "date_events", lang=lang)


@cache
def _deadline_acts(lang: str) -> dict[str, str]:
    """The words of ``[acts.deadline_acts]``, folded, each to its class's name."""
    acts = require(load_lexicon("date_events", lang), "acts", dict, "date_events", lang=lang)
    table = require(acts, "deadline_acts", dict, "date_events", lang=lang)
    return {str(w).lower(): str(name) for name, words in table.items() for w in words}


def _words(claim: Claim, lang: str) -> frozenset[str]:
    """The folded words of a date's clause (``clause_of``)."""
    return frozenset(lowered_words(clause_of(claim, lang=lang)))


def deadline_acts(claim: Claim, lang: str) -> frozenset[str]:
    """The classes of ``deadline_acts`` a date's clause names ("must file ..." -> {"filed"})."""
    acts = _deadline_acts(lang)
    return frozenset(acts[w] for w in _words(claim, lang) if w in acts)


def other_deadlines(a: Claim, b: Claim, lang: str) -> bool:
    """Whether two bounds' clauses each name a deadline act and share no class of them."""
    acts_a = deadline_acts(a, lang)
    if not acts_a:
        return False
    acts_b = deadline_acts(b, lang)
    return bool(acts_b) and not acts_a & acts_b


def tells_reply(claim: Claim, lang: str) -> bool:
    """Whether a date's clause tells a reply (a word of ``replies``)."""
    return bool(_words(claim, lang) & _replies(lang))


def answers(a: Claim, b: Claim, lang: str) -> bool:
    """Whether one of two dates' clauses tells a reply and the other's does not: the message
    and its answer, two acts."""
    return tells_reply(a, lang) != tells_reply(b, lang)
