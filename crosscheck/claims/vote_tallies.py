"""A vote's tally: the figure claims of one sentence -> the same claims, with the sides of a
vote's tally framed as its votes for and against, by its body and its act.

"House Republicans voted early Sunday 231-192 to advance a stopgap spending measure to delay
implementation of Obamacare": 231 are the House's votes for, 192 its votes against, the act
is read from the sentence's other words ("stopgap", "spending", "delay", ...; no name). A
bare count of votes received ("this agreement that got 88 votes in the Senate") is the votes
for alone. The sentence must name one voting body and a vote word, and no standing seat count
or poll ("Republicans hold a 52-48 majority"); a court's ruling ("a 5-4 decision") is left
alone (two rulings of one story often share a split). Two tallies are compared only by
``match.tally_pairs``. Words come from ``[vote_tallies]`` of ``lexicon/en/events.toml``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

from crosscheck.claims.dates import DATE_KIND
from crosscheck.claims.scores import is_score_side, score_dashes
from crosscheck.lexicon import LowerWords, load_lexicon, lower_table, require, table_settings
from crosscheck.model import Claim, Unit
from crosscheck.quantities import parse_number
from crosscheck.text.words import Token, TokenIndex, claim_words, lemma

TALLY = "tally"
"""The event of a vote's tally claim."""
# The two sides of a tally (``[vote_tallies]`` names them ``yes_side`` and ``no_side``).
_YES, _NO = 1, 2

# How many tokens after a tally's figure may name its body ("-2 in the Senate").
_BODY_AFTER = 6
# How short a word of an act may be and still name it ("tax" names one).
_ACT_WORD = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class _TallyWords:
    """``events.toml``'s ``[vote_tallies]`` table (its word lists)."""

    votes: LowerWords
    standing: LowerWords
    received: LowerWords
    score_words: LowerWords
    bodies_capitalised: LowerWords
    body_not_after: LowerWords
    body_not_before: LowerWords
    act_generic: LowerWords
    yes_side: str
    no_side: str
    counted: str


@cache
def _words(lang: str) -> _TallyWords:
    return table_settings(_TallyWords, "events", "vote_tallies", lang=lang)


@cache
def _maps(lang: str) -> tuple[Mapping[str, str], Mapping[str, str]]:
    """The bodies' keys and the act words' keys of ``[vote_tallies]``."""
    table = require(load_lexicon("events", lang), "vote_tallies", dict, "events", lang=lang)
    return (
        lower_table(table, "bodies", "events", lang=lang),
        lower_table(table, "act_synonyms", "events", lang=lang),
    )


def vote_tallies(claims: Sequence[Claim], text: str, index: TokenIndex, lang: str) -> list[Claim]:
    """The claims of one sentence with each side of a vote's tally framed (what: votes for or
    against; event: ``TALLY``; actor: the body; event_words: the act's words)."""
    sides = {k: side for k, c in enumerate(claims) if (side := _side(c, text, index, lang))}
    tw = _words(lang)
    # a word of voting ("voted", "clears") and none of a standing count or a poll
    if not sides or not index.word_starts(tw.votes) or index.word_starts(tw.standing):
        return list(claims)
    bodies, _ = _maps(lang)
    firsts = sorted(c.start for k, c in enumerate(claims) if sides.get(k) == _YES)
    out = list(claims)
    for k, side in sides.items():
        claim = claims[k]
        own = _body(index, claim.end, lang)
        if not own:
            continue
        act = _act(index, _segment(claim.start, firsts), lang)
        place = "" if bodies.get(claim.place) == own else claim.place  # the body, not a place
        what = tw.yes_side if side == _YES else tw.no_side
        out[k] = replace(
            claim, what=what, subject=what, event=TALLY, metric=TALLY, actor=own, place=place,
            event_words=act,
        )  # fmt: skip
    return out


def _segment(start: int, firsts: Sequence[int]) -> tuple[tuple[int, int], ...]:
    """The stretches of the sentence that tell the tally at ``start``: the words before the
    first tally (said of every tally: "The legislation passed both chambers, 98-2 in the Senate
    and 419-3 in the House") and its own, from it to the next tally ("were 232-192 for the
    Obamacare delay, and 248-174 for the medical device tax repeal": two acts)."""
    own = max((f for f in firsts if f <= start), default=start)
    after = [f for f in firsts if f > own]
    first = min(firsts, default=own)
    return ((0, first), (own, after[0] if after else 1 << 62))


def _side(claim: Claim, text: str, index: TokenIndex, lang: str) -> int:
    """Which side of a tally a figure claim is: a score's first or second side, or a bare
    count of votes after a verb of receiving ("got 88 votes"): ``_YES`` or ``_NO``; 0 when
    none."""
    q = claim.value
    if q is None or q.unit is not Unit.COUNT or claim.kind == DATE_KIND or q.low is None:
        return 0
    if is_score_side(text, q, lang):
        return _YES if q.end < len(text) and text[q.end] in score_dashes(lang) else _NO
    before, after = index.before(q.start, 2), index.after(q.end, 2)
    joins = _words(lang).score_words
    if len(after) == 2 and after[0].lower in joins and _side_value(after[1], lang) <= q.low:
        return _YES  # "by a vote of 232 to 192"
    if len(before) == 2 and before[1].lower in joins and _side_value(before[0], lang) >= q.low:
        return _NO
    counted = after and lemma(after[0].text, lang).lower() == _words(lang).counted
    if counted and before and before[-1].lower in _words(lang).received:
        return _YES
    return 0


def _side_value(token: Token, lang: str) -> float:
    """The number a token writes ("192"), or NaN (no side of a tally) when it is none."""
    if not token.text[:1].isdigit():
        return math.nan
    value = parse_number(token.text, lang)
    return math.nan if value is None else value


def _body(index: TokenIndex, end: int, lang: str) -> str:
    """The voting body of a tally whose figure ends at ``end``: the one named just after it
    ("98-2 in the Senate", "88 votes in the Senate", "The 68-32 Senate vote"), else the one
    named before it ("the House voted 231-192"); no body naming a thing ("the House bill") or
    a place further on ("the evidence heard in the House"); "" when none or two are."""
    after = _bodies(index.after(end, _BODY_AFTER), lang)
    if after:
        return next(iter(after)) if len(after) == 1 else ""
    before = _bodies(index.before(end, len(index.tokens)), lang)
    return next(iter(before)) if len(before) == 1 else ""


def _bodies(tokens: Sequence[Token], lang: str) -> set[str]:
    """The keys of the bodies some tokens name."""
    tw = _words(lang)
    bodies, _ = _maps(lang)
    found: set[str] = set()
    for k, token in enumerate(tokens):
        key = bodies.get(token.lower)
        capital_ok = token.is_capitalised or token.lower not in tw.bodies_capitalised
        previous = tokens[k - 1].lower if k else ""
        following = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        named = previous not in tw.body_not_after and following not in tw.body_not_before
        if key and capital_ok and named:
            found.add(key)
    return found


def _act(index: TokenIndex, segments: tuple[tuple[int, int], ...], lang: str) -> tuple[str, ...]:
    """The words of a stretch of the sentence that may name the act voted on: no name (the
    story's people are named beside each of its votes: "to charge Trump", "to set the rules
    for debating the articles against Trump"), stop word, body, vote word, figure or generic
    word, lemmatised, each a synonym's key where it has one."""
    tw = _words(lang)
    bodies, synonyms = _maps(lang)
    stop = claim_words(lang).stop_words
    skip = tw.votes | tw.standing | tw.received | tw.act_generic
    found: set[str] = set()
    for token in index.tokens:
        word = token.lower
        if not any(low <= token.start < high for low, high in segments):
            continue
        if not token.is_word or token.is_capitalised or len(word) < _ACT_WORD:
            continue
        if not word.isalpha():
            continue
        if word in stop or word in skip or word in bodies:
            continue
        root = lemma(token.text, lang).lower()
        if root in skip:
            continue
        found.add(synonyms.get(root, synonyms.get(word, root)))
    return tuple(sorted(found))
