"""Date scopes: a date claim -> whether its scope word dates one event or bounds a span.

A date dates one event when it has no scope word, one of the scope group "at" that is no
span's ("in", "on", "at": ``dating_scope``), a clock scope before a time of day, or a word
of a time just past or short of a clock time (``near_clock``); or when it labels the event
noun it modifies whatever its scope word (``labels_event``: "before Thursday's vote"). A
bound ("since 2008", "by Friday": ``bound``) is paired only with the same bound; a word of
the scope group "end" closes a span (``closes_span``: a deadline).
"""

from __future__ import annotations

import re
from functools import cache

from crosscheck.claims.date_events import date_event_words
from crosscheck.claims.date_nouns import modified_noun
from crosscheck.claims.scope_groups import scope_groups
from crosscheck.match.date_words import clock_words, date_words
from crosscheck.match.descriptor_clauses import tells_event
from crosscheck.model import GRANULARITY_RANK, Claim, Granularity, TimeRef
from crosscheck.text.possessive import possessives


@cache
def _scope_words(lang: str) -> frozenset[str]:
    """Scope words of a date that dates an event ("in", "on", "at"), not a span's bound
    ("since", "before"), a span that holds many events ("over", "during") or the time a
    state is reported at ("as of": ``state_scopes`` of time.toml's [date_events])."""
    spans = date_words(lang).span_modifiers
    states = date_event_words(lang).state_scopes
    return scope_groups(lang).at - spans - states


_WORDS = re.compile(r"[^\W\d_]+")


def _near_clock_time(t: TimeRef, word: str, lang: str) -> bool:
    """A clock time told as just past or short of it ("just after midnight on March 19"):
    one moment, a few minutes wide, not the bound of a span ("after 5 p.m."): a scope word of
    ``near_clock_scopes`` (time.toml's [date_events]) and a word of compare.toml's [clock]
    ``loose_words`` ("just after midnight", "shortly before 9 a.m.")."""
    scopes, loose = date_event_words(lang).near_clock_scopes, clock_words(lang).loose_words
    return word in scopes and bool(loose & set(_WORDS.findall(t.text.lower())))


def near_clock(t: TimeRef, lang: str) -> bool:
    """Whether a time is a clock time just past or short of it (``_near_clock_time``), finer
    than a day: a moment, not a span's bound ("2018-03-20", not "2018-03-20 onwards")."""
    finer = GRANULARITY_RANK[t.granularity] < GRANULARITY_RANK[Granularity.DAY]
    return finer and t.modifier is not None and _near_clock_time(t, t.modifier.lower(), lang)


def dating_scope(t: TimeRef, lang: str) -> bool:
    """Whether a date's scope word dates one event: none, one of ``_scope_words``, or one
    of ``clock_scopes`` (time.toml's [date_events]: "around 4:00 p.m. Tuesday") before a
    time of day, or a time of day just past or short of a clock
    time (``_near_clock_time``)."""
    if t.modifier is None:
        return True
    word = t.modifier.lower()
    if word in _scope_words(lang):
        return True
    finer = GRANULARITY_RANK[t.granularity] < GRANULARITY_RANK[Granularity.DAY]
    return finer and (
        word in date_event_words(lang).clock_scopes or _near_clock_time(t, word, lang)
    )


def bound(claim: Claim, lang: str) -> str:
    """The bound scope word of a date claim ("since 2008", "by Friday"), "" for none."""
    t = claim.time
    word = (t.modifier or "").lower() if t is not None else ""
    return word if word in date_event_words(lang).bound_scopes else ""


def closes_span(claim: Claim, lang: str) -> bool:
    """Whether a date claim closes a span ("by Friday", "until March"): a deadline."""
    t = claim.time
    return t is not None and (t.modifier or "").lower() in scope_groups(lang).end


def labels_event(claim: Claim, lang: str) -> bool:
    """Whether a date dates an event whatever scope word stands before it: a date finer
    than a year that is the possessive of an event noun ("during Monday night's debate",
    "before Thursday's vote", "hospitalized from Monday's bombings"): the scope word belongs
    to the noun phrase, the date dates the event the noun names; a year or longer names
    which one ("during last year's race"). Or a date its clause opener tells the event of
    (``tells_event``: "protests since Saturday, when a police officer shot Brown")."""
    if tells_event(claim, lang):
        return True
    t = claim.time
    if t is None or GRANULARITY_RANK[t.granularity] >= GRANULARITY_RANK[Granularity.YEAR]:
        return False
    rest = claim.sentence[claim.end - claim.sentence_start :]
    if not rest.startswith(possessives(lang).as_written):
        return False
    return bool(modified_noun(claim.sentence, claim.end - claim.sentence_start, t, lang))
