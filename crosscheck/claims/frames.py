"""Frames: the words around a figure -> what it counts, its event class, place and role.

Driven by ``lexicon/en/events.toml``: event classes (killed, injured, detained, evacuated,
protested, spent, diverted, ...), the links that join a label to its figure ("the death toll
[rose to] 212"), place prepositions, role markers and unit words. Every function here reads
a few tokens on each side of one figure, so the cost per figure is bounded.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from operator import itemgetter

from crosscheck.claims.frame_events import (
    FigureEvent,
    event_of,
    figure_event,
    not_a_count,
    pseudo_tokens,
)
from crosscheck.claims.frame_incidents import incident_near, other_incident
from crosscheck.claims.frame_jobs import implied_what, job_move
from crosscheck.claims.frame_labels import count_label
from crosscheck.claims.frame_owner import Owner, owner_before, possessed
from crosscheck.claims.frame_parts import graded_part, incident_rank
from crosscheck.claims.frame_places import place_near
from crosscheck.claims.frame_reading import SentenceWords
from crosscheck.claims.frame_roles import (
    BASE,
    CHANGE,
    COMPATIBLE_ROLES,
    ESTIMATE,
    INCREMENT,
    OTHER,
    PART,
    TOTAL,
    figure_role,
    within_times,
)
from crosscheck.claims.frame_totals import total_what
from crosscheck.claims.frame_what import (
    PERSON,
    counted_what,
    owned_total,
    paid_as,
    qualified_subject,
    strip_area_word,
    strip_event_words,
    without_span,
)
from crosscheck.claims.frame_words import (
    PLAN,
    canonical,
    clause_before,
    frame_words,
    is_event_words,
    noun_phrase_back,
    phrase_at,
)
from crosscheck.claims.function_words import function_words
from crosscheck.lexicon import load_lexicon, lower_words
from crosscheck.model import Quantity, TimeRef, Unit
from crosscheck.slotted import fast_init
from crosscheck.text.words import Token, claim_words, lemma

# Event names a figure takes with no event word: newly added ("20,000 [new] agents"); the size
# of a sized noun ("the $1.07 trillion spending [package]").
NEW = "new"
SIZED = "sized"
_PLUS_SIGN = re.compile(r"\+[0-9]")  # a figure written with its plus sign ("+3%")
_START = itemgetter(0)  # a token's start (``Token`` is a named tuple)


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Frame:
    """What a figure is said of: ``what`` it counts, its ``event`` class, ``place``, ``role``.

    ``what`` is "" when nothing counted could be read; ``event`` "" when no event word stands
    near. ``label`` is True when ``what`` came from a label before the figure ("the death
    toll rose to 212"); ``actor`` is who did it, when an event verb before the figure has a
    noun phrase before it ("[construction firms] added 48,000 jobs"); ``incident`` the
    incident the figure is said of, as "class: qualifiers" ("attack: chemical").
    """

    what: str = ""
    event: str = ""
    place: str = ""
    role: str = TOTAL
    label: bool = False
    actor: str = ""
    incident: str = ""


# --- units -----------------------------------------------------------------------------


def unit_of(subject_tokens: Sequence[Token], lang: str) -> tuple[str, float, str] | None:
    """(dimension, factor, unit word) when the first word after a figure is a unit."""
    if not subject_tokens:
        return None
    word = subject_tokens[0].lower
    found = frame_words(lang).units.get(word)
    return None if found is None else (found[0], found[1], lemma(word, lang))


def as_measure(q: Quantity, unit: tuple[str, float, str]) -> Quantity:
    """A count followed by a unit word, read as a measure of that unit's dimension."""
    dimension, factor, word = unit
    return replace(q, unit=Unit.MEASURE, dimension=dimension, measure=word, factor=factor)


# --- frame -----------------------------------------------------------------------------


def figure_frame(
    q: Quantity,
    before: Sequence[Token],
    after: Sequence[Token],
    subject_tokens: Sequence[Token],
    subject: str,
    metric: str,
    sentence_tokens: Sequence[Token],
    times: Sequence[TimeRef],
    *,
    opening: bool = False,
    words: SentenceWords | None = None,
    rest: Sequence[Token] | None = None,
    lang: str,
) -> Frame:
    """The frame of one figure from the tokens around it.

    ``after`` starts after the figure's own words (and its unit word, for a measure);
    ``subject_tokens``/``subject`` are the noun phrase the claims stage read after it;
    ``opening`` says whether ``before`` starts at the start of the sentence. ``words`` is
    the sentence's one reading (``frame_reading``), whose vocabulary lets a reader skip a
    table none of whose words stands in the sentence; ``rest`` the tokens of ``after``
    past the subject when the caller has them (read here otherwise).
    """
    before = without_span(before, lang)  # "fell [from 7.9 percent] to 7.7 percent": "fell to"
    clause = clause_before(before)
    # the subject may start after an "of" ("dozens of protesters"): rest follows its last word
    if rest is not None:
        rest = list(rest)
    elif subject_tokens:
        rest = [t for t in after if t.start >= subject_tokens[-1].end]
    else:
        rest = list(after)
    role = figure_role(q, before, after, clause, rest, times, words, lang=lang)
    owner = Owner()
    if q.unit is not Unit.MEASURE:
        owner = owner_before(before, sentence_start=opening, sentence=sentence_tokens, lang=lang)
    fw = frame_words(lang)
    if owner.verb and _counts_things(q, owner, subject_tokens, lang):
        owner = Owner()  # "the U.S. economy added 175,000 jobs": jobs added, not a move
    if owner.verb in fw.owner_levels:
        owner, rest = _level_move(owner, after, rest, lang)
    if owner.verb in fw.owner_levels and _signed_rate(q):
        owner = Owner()  # "growth fell to -3%": a rate that changed, no level a market closed at
    if owner.verb in fw.owner_levels or owner.verb in fw.owner_moves:
        return _owned_frame(q, owner, role, sentence_tokens, times, before, rest, lang)
    forecast = _forecast_move(q, before, sentence_tokens, times, lang) if not owner.verb else None
    if forecast is not None:
        return forecast
    counted = count_label(before, lang) if q.unit is Unit.COUNT and not subject_tokens else None
    if (
        counted is None
        and not subject_tokens
        and q.unit is Unit.COUNT
        and not_a_count(clause, before, lang)
    ):
        return Frame(role=role)  # "dead at 87", "in 1226", "aged 26 and 21"
    beyond, rest = rest, _before_time(rest, times)
    what, label = counted_what(
        q, clause, rest, qualified_subject(subject, subject_tokens, lang), before, lang=lang
    )
    summed = None if subject_tokens else total_what(before, lang)
    if summed:
        what, label = summed, False  # "three grants totaling $40 million": the grants
    what = strip_event_words(strip_area_word(what, lang), lang)
    found = FigureEvent()
    if role != BASE:
        raw = " ".join(lemma(t.text, lang) for t in subject_tokens)
        skip = frozenset() if q.unit is Unit.MONEY else _money_events(lang)  # "took 170 hostage"
        clause_read = _past_time(clause, before, times, lang)
        found = event_of(clause_read, rest, what, metric, before, raw=raw, skip=skip, lang=lang)
        if not raw and what.rpartition(" ")[2] in fw.bare_events_before_of:
            what = PERSON  # "a crowd of more than 10,000": the crowd's size counts people
    if counted is not None:  # "the number of people killed in the attack is 19"
        what, label, found = counted.what or PERSON, True, FigureEvent(name=counted.event)
    if (
        q.unit is Unit.MONEY
        and subject_tokens
        and lemma(subject_tokens[-1].text, lang) in fw.sized_nouns
    ):
        found = FigureEvent(name=SIZED)  # "the $1.07 trillion spending package": its size
        role = TOTAL if role in (PLAN, ESTIMATE) else role  # "a bill that would fund ..."
    jobs = job_move(before, what, bool(subject_tokens), lang) if not found.name else None
    if jobs is not None and q.unit is Unit.COUNT:
        what, found = jobs.what, FigureEvent(name=jobs.event)  # "a net gain of 171,000 jobs"
    if not found.name and q.unit is Unit.MONEY:
        # "the $5 million ransom": no verb says
        found = FigureEvent(name=paid_as(what, beyond, lang))
    if not found.name and q.unit is Unit.COUNT and _sampled(q, what, sentence_tokens, lang):
        found = FigureEvent(name=fw.sample_event)  # "polling 1,051 registered Florida voters"
        role = TOTAL if role == PART and before and before[-1].lower in fw.sample_links else role
    if not found.name and subject_tokens and after and after[0].lower in fw.new_adjectives:
        found = FigureEvent(name=NEW)  # "20,000 new border agents": newly added, an increment
    if not what and found.adjacent and q.unit is Unit.COUNT:
        what = implied_what(found.name, sentence_tokens, lang)  # people, or jobs in a jobs report
    if not what and found.actor and q.unit in (Unit.MONEY, Unit.PERCENT):
        what = found.actor  # "[the project] cost $3 million"
    # "60 votes" count votes, not the people who cast them (``counted_events``)
    if (
        what
        and is_event_words(what, lang)
        and q.unit is Unit.COUNT
        and what not in fw.counted_events
    ):
        noun_event = figure_event(pseudo_tokens(what), nearest_last=True, lang=lang)
        found = found if found.name else FigureEvent(name=noun_event)
        what = PERSON
    if role == PART and what not in ("", PERSON) and _subgroup(before, subject_tokens, lang):
        role = TOTAL  # "including 16 police officers": all the officers, of the people hurt
    if role in COMPATIBLE_ROLES and graded_part(found.name, before, after, lang):
        role = PART  # "seven hurt critically": only the gravely hurt
    place = place_near(
        q,
        sentence_tokens,
        times,
        sentence=None if words is None else words.index,
        subjects=True,
        institutions=bool(found.name),
        lang=lang,
    )
    if place and _qualifies_noun(place, sentence_tokens, lang):
        place = ""  # "the deadliest shooting in U.S. history": no place of the figure
    incident = incident_near(before, beyond, lang)
    ranked = incident_rank(found.name, rest, lang)
    if ranked is not None:
        incident = f"{ranked[0]}: {ranked[1]}"  # "two people in the first collision": its own
    if role in COMPATIBLE_ROLES and other_incident(incident, lang):
        role = OTHER  # "since a similar bombing in 2011 killed 50 people"
    actor = found.actor
    if not found.name and role in COMPATIBLE_ROLES and q.unit in (Unit.COUNT, Unit.MONEY):
        what, actor = owned_total(what, label, clause, owner, lang)  # a share: of which poll?
    elif not actor and q.unit is Unit.MONEY and owner.name and possessed(before, lang):
        actor = owner.name  # "Barrett's $4.2 million in donations": his, not his backers'
    return Frame(
        what=what,
        event=found.name,
        place=place,
        role=role,
        label=label,
        actor=actor,
        incident=incident,
    )


@cache
def _move_nouns(lang: str) -> frozenset[str]:
    return lower_words(load_lexicon("events", lang), "move_nouns", "events", lang=lang)


@cache
def _place_qualified(lang: str) -> frozenset[str]:
    return lower_words(load_lexicon("events", lang), "place_qualified_nouns", "events", lang=lang)


def _qualifies_noun(place: str, tokens: Sequence[Token], lang: str) -> bool:
    """Whether a place read as a name stands right before a noun it qualifies
    (``place_qualified_nouns``: "in U.S. [history]", "the Lebanese [capital]")."""
    words = place.split()
    nouns = _place_qualified(lang)
    n = len(words)
    for i in range(len(tokens) - n):
        if tokens[i + n].lower in nouns and [t.lower for t in tokens[i : i + n]] == words:
            return True
    return False


@cache
def subgroup_words(lang: str) -> frozenset[str]:
    """The words that list a group inside a whole by its own noun (``subgroup_before``)."""
    return lower_words(load_lexicon("events", lang), "subgroup_before", "events", lang=lang)


def _subgroup(before: Sequence[Token], subject_tokens: Sequence[Token], lang: str) -> bool:
    """Whether a part is a group listed inside a whole by its own noun: "including [16
    police officers]" (not "including 16", "including four who died")."""
    return bool(subject_tokens) and bool(before) and before[-1].lower in subgroup_words(lang)


@cache
def _money_events(lang: str) -> frozenset[str]:
    return lower_words(load_lexicon("events", lang), "money_events", "events", lang=lang)


def _counts_things(q: Quantity, owner: Owner, subject_tokens: Sequence[Token], lang: str) -> bool:
    """Whether a count after a named owner's move or level verb counts things, not the
    owner's move: a noun follows the figure and is no measure a move is told in
    (``move_nouns``: "fell 500 [points]"); a count label named as the owner ("Death toll
    rises to 130") is a label, not an owner."""
    fw = frame_words(lang)
    if owner.verb not in fw.owner_moves | fw.owner_levels or q.unit is not Unit.COUNT:
        return False
    if owner.name and is_event_words(owner.name.split()[-1], lang):
        return True
    return bool(subject_tokens) and subject_tokens[-1].lower not in _move_nouns(lang)


def _sampled(q: Quantity, what: str, sentence: Sequence[Token], lang: str) -> bool:
    """Whether a count of voters, adults or respondents is a poll's sample: an exact figure
    of a poll's size, with a word of polling in its sentence ("The poll was conducted ...
    among 1,241 likely voters"); not a share ("two-thirds of voters", "51-45 among likely
    voters") nor a turnout ("nearly 750,000 voters")."""
    fw = frame_words(lang)
    if not what or what.split()[-1] not in fw.sample_nouns:
        return False
    if q.approximate or q.vague or q.is_range or q.point is None or q.point < fw.sample_min:
        return False
    words = [t.lower for t in sentence]
    return bool(phrase_at(words, fw.poll_words, 3))


def _forecast_move(
    q: Quantity,
    before: Sequence[Token],
    sentence: Sequence[Token],
    times: Sequence[TimeRef],
    lang: str,
) -> Frame | None:
    """A forecast move of a measure named by a common noun: "premiums would rise 12% to 15%",
    "premiums are expected to increase by 20%" (what: "premium rose", as a plan). Only
    forecasts: a past move of a common noun ("sales fell 5%") says not whose sales."""
    fw = frame_words(lang)
    if q.unit is not Unit.PERCENT:
        return None
    i = len(before) - 1
    while i >= 0 and (before[i].lower in fw.owner_between or before[i].lower in fw.move_by):
        i -= 1
    word = before[i].lower if i >= 1 else ""
    verb = fw.owner_verbs.get(word, "") or fw.forecast_verbs.get(word, "")
    if verb not in fw.owner_moves:
        return None
    j, modal = i - 1, False
    while j >= 0 and (before[j].lower in fw.owner_aux or before[j].lower in fw.forecast_words):
        modal = modal or before[j].lower in fw.forecast_words
        j -= 1
    phrase = noun_phrase_back(before[: j + 1], lang) if modal else []
    what = canonical(phrase, lang)
    if not what or what in claim_words(lang).pronouns:
        return None
    return Frame(
        what=f"{what} {verb}",
        event=verb,
        place=place_near(q, sentence, times, lang=lang),
        role=PLAN,
    )


def _signed_rate(q: Quantity) -> bool:
    """Whether a figure is a signed percent ("-3%", "minus 0.5 percent", "+3%"): a rate of
    change, never the level an index or a price closes or opens at."""
    if q.unit is not Unit.PERCENT or q.point is None:
        return False
    return q.point < 0 or _PLUS_SIGN.search(q.text) is not None


def _level_move(
    owner: Owner, after: Sequence[Token], rest: list[Token], lang: str
) -> tuple[Owner, list[Token]]:
    """A level verb whose figure a direction word follows is the day's move: "the Dow
    closed 531 points [lower]", "closed 2.3% [higher]" (not "closed at 15,871")."""
    fw = frame_words(lang)
    for token in (*after[:1], *rest[:1]):
        direction = fw.level_directions.get(token.lower, "")
        if direction:
            return replace(owner, verb=direction), [t for t in rest if t.start > token.start]
    return owner, rest


def _owned_frame(
    q: Quantity,
    owner: Owner,
    role: str,
    sentence_tokens: Sequence[Token],
    times: Sequence[TimeRef],
    before: Sequence[Token],
    after: Sequence[Token],
    lang: str,
) -> Frame:
    """The frame of a level or a move of a named owner: "the Dow closed at 21,200.62",
    "the S&P 500 fell 9.5%". What is the owner's move or level, whatever unit follows."""
    moves = owner.verb in frame_words(lang).owner_moves
    by = role == INCREMENT and bool(before) and before[-1].lower in frame_words(lang).move_by
    if moves and role not in (TOTAL, CHANGE) and not by:
        return Frame(role=role)  # "fell another 500 points"; "fell [by] 9.99%" is the move
    if moves and after and after[0].lower in frame_words(lang).change_from:
        return Frame(role=role)  # "down 8,400 points from its peak": not the day's move
    return Frame(
        what=f"{owner.name} {owner.verb}",
        event=owner.verb,
        place=place_near(q, sentence_tokens, times, lang=lang),
        role=CHANGE if moves else TOTAL,
        actor=owner.name,
        incident=incident_near(before, after, lang),
    )


def _before_time(tokens: Sequence[Token], times: Sequence[TimeRef]) -> list[Token]:
    """The tokens up to the first one inside a time ("44% in [March]": a month, no object).

    ``tokens`` are in text order, so the first one starting inside a time is, for each
    time, the first starting at or after its start, when that one starts before its end."""
    cut = len(tokens)
    for t in times:
        first = bisect_left(tokens, t.start, key=_START)
        if first < cut and tokens[first].start < t.end:
            cut = first
    return list(tokens[:cut])


def _past_time(
    clause: Sequence[Token], before: Sequence[Token], times: Sequence[TimeRef], lang: str
) -> Sequence[Token]:
    """The clause read past a time right before "of": "conducted [Aug. 14-19] of 1,129"."""
    if (
        len(before) < 2
        or before[-1].lower != function_words(lang).of_link
        or not within_times(before[-2], times)
    ):
        return clause
    return clause_before([t for t in before if not within_times(t, times)])
