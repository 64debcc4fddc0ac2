"""Figure blocking: the claims of a story -> blocks of claims that may be compared.

A claim is blocked on (kind group, currency or dimension, event, scope group)
(``block_key``); a claim whose frame cannot be read is never compared (``comparable``). A
figure said of a place no other source names is left out (a headline's figure loses only
that place), and a toll dated to its article's own day joins the undated tolls of its block
(``todays_toll``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from crosscheck.claims.dates import DATE_KIND
from crosscheck.claims.frame_ages import is_named_age
from crosscheck.claims.frame_durations import DURATION_EVENT
from crosscheck.claims.frame_finishes import is_finish
from crosscheck.claims.frame_located import LOCATED
from crosscheck.claims.frame_occasions import is_ranked_occasion
from crosscheck.claims.frame_owner import owner_events
from crosscheck.claims.frame_roles import BASE, COMPATIBLE_ROLES
from crosscheck.claims.frame_words import frame_words
from crosscheck.claims.frames import SIZED
from crosscheck.claims.scope_times import AS_OF
from crosscheck.claims.vote_tallies import TALLY
from crosscheck.match.block_matcher import cross_source_blocks
from crosscheck.match.figure_rules import match_rules
from crosscheck.match.recent_tolls import recent_week, week_period
from crosscheck.model import Claim, Granularity, TimeRef, Unit
from crosscheck.text.headline import headline_end

CUMULATIVE = "cumulative"
CURRENT = "current"


def block_key(claim: Claim, lang: str) -> tuple[str, str, str, str]:
    """The block a claim belongs to: (kind group, currency or dimension, event, scope group)."""
    rules = match_rules(lang)
    kind = rules.kind_group.get(claim.kind, claim.kind)
    dimension = ""
    if claim.value is not None and claim.value.unit in (Unit.MONEY, Unit.MEASURE):
        dimension = claim.value.dimension or ""
    return (kind, dimension, claim.event, scope_of(claim, lang))


_NEVER_COMPARED = frozenset({Unit.ORDINAL.value, Unit.AGE.value})


def comparable(claim: Claim, lang: str) -> bool:
    """Whether a claim's frame is complete enough to be compared with another's.

    Ordinals ("the fourth debate") never are but the rank of the story's own occasion ("It's
    the fifth debate": ``claims.frame_occasions``), nor ages but a named person's ("Ariel Castro,
    52": ``claims.frame_ages``); a measure needs what it measures; a date, a duration and any
    other figure need what and the event.
    """
    if is_named_age(claim.kind, claim.actor, claim.what):
        return True
    if is_ranked_occasion(claim.kind, claim.event) or is_finish(claim.kind, claim.event):
        return True  # "It's the fifth debate", "Kasich finished third": ``claims.frame_*``
    if claim.kind in _NEVER_COMPARED or not claim.what or claim.role == BASE:
        return False
    if claim.event == TALLY:
        return False  # a vote's tally: ``match.tally_pairs`` only
    if claim.event == SIZED and claim.what.split()[-1] in frame_words(lang).listed_sized_parts:
        return False  # "a 60-vote threshold": a chamber's rule, listed only (claims66)
    if claim.value is not None and claim.value.unit is Unit.MEASURE:
        return True
    return bool(claim.event) or _owned(claim, lang)


def _owned(claim: Claim, lang: str) -> bool:
    """A running total of a named owner, with no event word: "Trump now has 743 delegates"."""
    rules = match_rules(lang)
    return bool(claim.actor) and bool(claim.what) and claim.what not in rules.vague_whats


def scope_of(claim: Claim, lang: str) -> str:
    """What period a claim speaks of, coarsely: cumulative since a date, current, or a date."""
    time = claim.time
    if claim.event in (SIZED, DURATION_EVENT, LOCATED):
        return CURRENT  # "the 313-member committee", "a 70-minute session", a town's distance
    if time is None:
        if claim.kind == DATE_KIND or claim.event in owner_events(lang):
            return "at"  # a date; a move or level is a day's, dated or not
        return CURRENT
    if claim.kind == DATE_KIND and time.minute_start is not None:
        return "at"  # "shortly after 7:15am" and "at about 7:45am" time one moment
    group = match_rules(lang).scope_group.get(time.modifier or "", "at")
    if claim.kind != DATE_KIND:
        if group == "start":
            # "since Oct. 1"; "from Oct. 1 to 5" is one period, as "Oct. 1-5"
            return "at" if _closed_range(time) else CUMULATIVE
        if time.modifier == AS_OF:
            return CURRENT
    return group


def _closed_range(time: TimeRef) -> bool:
    """Whether a time names its own end: "from Oct. 1 to 5" (not "since Oct. 1", "from 2010")."""
    begin, end = time.begin, time.end_date
    if begin is None or end is None:
        return False
    if time.granularity is Granularity.DAY:
        return end > begin
    if time.granularity is Granularity.MONTH:
        return (end.year, end.month) > (begin.year, begin.month)
    if time.granularity is Granularity.YEAR:
        return end.year > begin.year
    return False


def claim_blocks(
    claims: Sequence[Claim],
    texts: Mapping[str, str] | None = None,
    published: Mapping[str, date | None] | None = None,
    *,
    lang: str,
) -> list[tuple[Claim, ...]]:
    """Claims grouped by block key, keeping only blocks with claims from two sources or more.

    With the sources' ``texts`` (source id -> text), a figure said of a place that no other
    source names at all is left out: the other sources do not speak of that place, so their
    figures are of another event ("17 dead at Marjory Stoneman Douglas High" in a story of
    another shooting); a figure of its article's headline is kept with no place instead: the
    headline speaks of the story, and its capitals are no sign of a name ("Dow Drops 1,600
    Points, Stocks In Meltdown Over Trump's Coronavirus Plan"). With the sources'
    ``published`` dates, a toll dated to its article's own day (``todays_toll``) joins the
    undated tolls of its block.
    """
    lone = _lone_places(claims, texts) if texts and len(texts) > 1 else frozenset()
    days = published or {}

    def key(claim: Claim) -> tuple[str, str, str, str]:
        found = block_key(claim, lang)
        if todays_toll(claim, days.get(claim.source), lang):
            found = (*found[:3], CURRENT)
        return found

    heads = {source: headline_end(text) for source, text in (texts or {}).items()}
    placed = (_placed(c, lone, heads) for c in claims if comparable(c, lang))
    kept = (c for c in placed if c is not None)
    return cross_source_blocks(kept, key, lambda claim: claim.source)


def _placed(
    claim: Claim, lone: frozenset[tuple[str, str]], heads: Mapping[str, int]
) -> Claim | None:
    """A claim as blocking compares it: None when its place is one no other source names,
    the claim with no place when it stands in its article's headline, where capitals make a
    place of "Stocks In Meltdown Over ..." and the figure is the story's own."""
    if (claim.source, claim.place) not in lone:
        return claim
    return replace(claim, place="") if claim.start < heads.get(claim.source, 0) else None


def todays_toll(claim: Claim, published: date | None, lang: str) -> bool:
    """Whether a figure is the current toll of the story's own incident, dated to the day its
    article was published or just before ("killing 141 people on Tuesday" in Wednesday's
    paper): such a toll is compared with the undated tolls of other sources."""
    if published is None or not toll_shape(claim, lang) or claim.time is None:
        return False
    days = match_rules(lang).today_days
    if week_period(claim.time):
        return recent_week(claim.time, published, days)
    begin = claim.time.begin
    return begin is not None and 0 <= (published - begin).days <= days


def toll_shape(claim: Claim, lang: str) -> bool:
    """A total of a toll event dated to one day, with no scope word but "on"."""
    rules = match_rules(lang)
    time = claim.time
    if time is None or claim.value is None or claim.event not in rules.today_events:
        return False
    if claim.role not in COMPATIBLE_ROLES:
        return False
    if week_period(time):
        return True
    if time.granularity is not Granularity.DAY:
        return False
    single = time.end_date is None or time.end_date == time.begin
    return single and (time.modifier or "") in rules.today_modifiers | {""}


def _lone_places(claims: Sequence[Claim], texts: Mapping[str, str]) -> frozenset[tuple[str, str]]:
    """(source, place) of every figure's place that no other source's text names."""
    places = {(c.source, c.place) for c in claims if c.place and c.value is not None}
    if not places:
        return frozenset()
    lowered = {source: text.lower() for source, text in texts.items()}
    lone: set[tuple[str, str]] = set()
    named: dict[tuple[str, str], bool] = {}  # (place, other source): named as a word there
    for source, place in sorted(places):
        for other, text in lowered.items():
            if other != source and (place, other) not in named:
                named[(place, other)] = _names_word(text, place)
        if not any(named[(place, other)] for other in lowered if other != source):
            lone.add((source, place))
    return frozenset(lone)


def _names_word(text: str, place: str) -> bool:
    r"""Whether ``place`` stands in ``text`` with no word character just before or after
    it: ``re.search(rf"(?<!\w){re.escape(place)}(?!\w)", text)``, read with ``str.find``
    (a word character is what ``str.isalnum`` accepts, or "_", as ``\w`` of ``re``), so
    no pattern is compiled per place; each place is read once per other source."""
    at = text.find(place)
    while at >= 0:
        end = at + len(place)
        before = at == 0 or not _word_char(text[at - 1])
        if before and (end == len(text) or not _word_char(text[end])):
            return True
        at = text.find(place, at + 1)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"
