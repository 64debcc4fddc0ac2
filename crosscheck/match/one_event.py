"""One event: two date claims -> whether they date one event, or bound one span.

Two dates date one event when their event keys (``date_keys.event_key``) share a predicate
stem and a name (two names when every shared stem is a weak one), or each modifies a noun of
one strong stem (``same_event``); two bounds of a span share their scope word and key words
(``same_bound``). ``event_matches`` gives both, one object each per language; dates of
disjoint periods need a stricter key (``CONFLICT_DAYS``, ``CONFLICT_WORDS``; two years, one
of an event a person lives once, ``once_apart``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial

from crosscheck.claims.date_events import date_event_words, stem, weak_stems
from crosscheck.claims.date_nouns import modified_noun
from crosscheck.lexicon import load_lexicon, require
from crosscheck.match.date_acts import other_deadlines
from crosscheck.match.date_scopes import bound
from crosscheck.model import GRANULARITY_RANK, Claim, Granularity
from crosscheck.timex.lexicon import time_lexicon
from crosscheck.timex.records import PAST, Context
from crosscheck.timex.tense import tense

# Two disjoint days further apart than this are different events, not one dated twice.
CONFLICT_DAYS = 3
# Key words two dates of disjoint periods must share to be read as one event.
CONFLICT_WORDS = 2

EventMatch = Callable[[Claim, Claim], bool]


@dataclass(frozen=True, slots=True)
class OnceEvents:
    """The ``[once]`` table of date_events.toml: events a person lives once, whose year alone
    may conflict (``once_apart``)."""

    stems: frozenset[str]
    years: int


@cache
def once_events(lang: str) -> OnceEvents:
    """The ``[once]`` table, read once, its predicates as the stems they give."""
    table = require(load_lexicon("date_events", lang), "once", dict, "date_events", lang=lang)
    words = require(table, "predicates", list, "date_events", lang=lang)
    return OnceEvents(
        stems=frozenset(stem(str(w), lang) for w in words),
        years=int(require(table, "years", int, "date_events", lang=lang)),
    )


def once_apart(a: Claim, b: Claim, lang: str) -> bool:
    """Two disjoint years of one event a person lives once, a year or so apart, with
    ``CONFLICT_WORDS`` key words in common ("becoming a barrister in 1954" / "she qualified
    as a barrister in 1953"): one act dated twice, which may conflict as two nearby days do.
    Written years only, never relative ones ("last year")."""
    ta, tb = a.time, b.time
    if ta is None or tb is None or ta.begin is None or tb.begin is None:
        return False
    if ta.granularity is not Granularity.YEAR or tb.granularity is not Granularity.YEAR:
        return False
    once = once_events(lang)
    if ta.relative or tb.relative or abs(ta.begin.year - tb.begin.year) > once.years:
        return False
    if not set(a.event_stems) & set(b.event_stems) & once.stems:
        return False
    return len(set(a.event_words) & set(b.event_words)) >= CONFLICT_WORDS


@cache
def event_matches(lang: str) -> tuple[EventMatch, EventMatch]:
    """``same_event`` and ``same_bound`` read in one language, one object each per language
    (``_periods_apart`` tells the bounds' match by identity)."""
    return partial(same_event, lang=lang), partial(same_bound, lang=lang)


def same_event(a: Claim, b: Claim, lang: str) -> bool:
    """Whether two date claims' keys share a predicate stem and a name; two names when
    every shared stem is a weak one ("vote", "win": many events of a story share it).
    Two dates that each modify a noun of one strong stem date it too, names or not
    (``_one_noun``), and so does a nameless day of such a noun beside a coarser date
    (``_story_noun``)."""
    stems = set(a.event_stems) & set(b.event_stems)
    words = set(a.event_words) & set(b.event_words)
    if not stems:
        return False
    if words and (not stems <= weak_stems(lang) or len(words) >= date_event_words(lang).weak_words):
        return True
    strong = stems - weak_stems(lang)
    return _one_noun(a, b, strong, lang) or _story_noun(a, b, strong, lang)


def _story_noun(a: Claim, b: Claim, stems: set[str], lang: str) -> bool:
    """One date, with no scope word and no name in its key, the modifier of an event noun of
    a shared strong stem ("Tuesday's attack was the first since 2013"): the story's own
    event, which a coarser date of the other source keyed by that stem dates too ("the
    chemical attack that killed dozens earlier this week"). Only the finer date: a week or
    a month names no one event ("last week's convention": which of the two?); both finer
    than a year, as ``_one_noun``."""
    for claim, other in ((a, b), (b, a)):
        t, u = claim.time, other.time
        if claim.event_words or t is None or u is None or t.modifier is not None:
            continue
        rank, other_rank = GRANULARITY_RANK[t.granularity], GRANULARITY_RANK[u.granularity]
        noun = event_noun(claim, lang)
        if noun and stem(noun, lang) in stems and rank < other_rank < _YEAR_RANK:
            return True
    return False


_YEAR_RANK = GRANULARITY_RANK[Granularity.YEAR]


def event_noun(claim: Claim, lang: str) -> str:
    """The event noun a date finer than a year modifies ("Tuesday's [attack]"), "" for none."""
    t = claim.time
    if t is None or GRANULARITY_RANK[t.granularity] >= _YEAR_RANK:
        return ""
    return modified_noun(claim.sentence, claim.end - claim.sentence_start, t, lang)


def _one_noun(a: Claim, b: Claim, stems: set[str], lang: str) -> bool:
    """Two dates finer than a year, each the modifier of an event noun of one shared stem:
    "the September 2012 attacks" / "the Sept. 11, 2012, Benghazi attack", "Wednesday's
    debate" / "this week's debate". The noun the date names is the event it dates; a
    year names which one rather than when ("the 2016 election": a primary night or the
    vote in November), so a year or longer is no such modifier."""
    year = GRANULARITY_RANK[Granularity.YEAR]
    nouns = []
    for claim in (a, b):
        t = claim.time
        if not stems or t is None or GRANULARITY_RANK[t.granularity] >= year:
            return False
        noun = modified_noun(claim.sentence, claim.end - claim.sentence_start, t, lang)
        if not noun or stem(noun, lang) not in stems:
            return False
        nouns.append(stem(noun, lang))
    return nouns[0] == nouns[1]


def same_bound(a: Claim, b: Claim, lang: str) -> bool:
    """Two bounds of one span: the same scope word ("since" / "since"; never "since" /
    "in", "by" / "on", "by" / "until") and ``CONFLICT_WORDS`` key words in common ("the
    unemployment rate ... lowest since July 2008" / "unemployment rate ... since 2008"),
    or one that names what the span is of, not only who (``_common_word``: "its lowest
    point since 1978" / "the lowest proportion since February 1978")."""
    if not bound(a, lang) or bound(a, lang) != bound(b, lang):
        return False
    shared = set(a.event_words) & set(b.event_words)
    if len(shared) < CONFLICT_WORDS and not any(_common_word(w, a, b) for w in shared):
        return False
    return not other_deadlines(
        a, b, lang
    )  # "must file ... by Friday" / "must report ... by Friday"


def _common_word(word: str, a: Claim, b: Claim) -> bool:
    """Whether a key word two bounds share is a common word, written in lower case in a
    sentence of one of them ("lowest", "unemployment", "increase"), not a name only ("the
    Dow": its worst fall since August 2011 and its first correction since 2011 are two spans
    of one name; "the House": a vote not expected until later this week and a session
    adjourned until June 1)."""
    written = re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])")
    return any(written.search(c.sentence) for c in (a, b))


def weekday_against_written(a: Claim, b: Claim, lang: str) -> bool:
    """One relative day against one written day, each the day itself (no scope word, or one
    of ``day_only_modifiers``: "on"), the written one told in a past clause ("launched
    airstrikes ... on Wednesday" / "On Sept. 29, Russia launched"): one act dated twice, which
    may conflict as two written days do. Not a photo caption's present ("delivers his
    statement ... Wednesday, Oct. 2, 2019" / "convicted Tuesday"), not "just before Super
    Tuesday" against "Monday"."""
    ta, tb = a.time, b.time
    if ta is None or tb is None or ta.relative == tb.relative:
        return False
    if ta.granularity is not Granularity.DAY or tb.granularity is not Granularity.DAY:
        return False
    lex = time_lexicon(lang)
    if any(t.modifier is not None and t.modifier.lower() not in lex.day_only for t in (ta, tb)):
        return False
    written = b if ta.relative else a
    start = written.start - written.sentence_start
    end = written.end - written.sentence_start
    if not 0 <= start < end <= len(written.sentence):
        return False
    ctx = Context(written.sentence, None, lex, lang)
    return tense(ctx, start, end) == PAST
