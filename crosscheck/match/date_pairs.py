"""Date matching: the date claims of all sources -> ClaimPair records of the same event.

Two dates from different sources date the same event when their event keys (see
``date_keys.event_key``) share a stem of the predicate and a key word (a name or noun):
"Comey was fired on May 9" and "Comey's firing in May"; "the June 9 Trump Tower meeting"
and "met at Trump Tower in June 2016" (a year inferred on one side is read in the year the
other side gives). Two dates that each modify a noun of one event ("the September 2012
attacks" / "the Sept. 11, 2012, Benghazi attack", "last month's debate" / "the Aug. 6
debate") date it whatever names their clauses give; so do two nested dates of a past period
with their years written ("Her husband died in June 2003" / "Denis, who died June 26, 2003":
nested_dates.NestedMatch). Claims of one event that give the same
period form one group; each pair
of groups becomes one ClaimPair, whose two claims carry the shared key as ``what``. A pair
of disjoint periods (a possible conflict) needs a stricter key: two shared key words, both
dates days given outright, a few days apart at most (or two written years of an event a
person lives once, a year apart: ``one_event.once_apart``). Dates of one event told in other
words ("an offer he made to Boehner during negotiations last year" / "an offer Obama
made to Boehner in December") are paired after these by their clauses' rarer words
(date_descriptors.descriptor_pairs). Two dates of one statement both sources quote in the
same words are paired last (quote_dates.quote_pairs), in place of any pair of the same two
claims; then two dates of one statement of one named speaker, at nested periods, that no
other path paired (speaker_dates.speaker_pairs). A vaguer date whose own article gives the finer one
for the event is explained, not a discrepancy (article_dates.ArticleDates reads that, and
both_sides.says_both of the claims), and so is a pair whose two articles both write out one
finer date inside both periods, told in other words (shared_dates.both_give); of a pair's
groups, the coarser side's sources that give both periods are left out of its row
(both_sides.others_apart). Which dates may be paired by their scope word is
``date_scopes``; whether two dates date one event, or bound one span, is ``one_event``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import combinations

from crosscheck.claims.dates import DATE_KIND
from crosscheck.match.article_dates import ArticleDates, year_given
from crosscheck.match.both_sides import Said, others_apart, said_of, says_both
from crosscheck.match.date_acts import answers, other_deadlines
from crosscheck.match.date_descriptors import descriptor_pairs
from crosscheck.match.date_places import places_apart
from crosscheck.match.date_scopes import bound, closes_span, dating_scope, labels_event
from crosscheck.match.date_words import date_words
from crosscheck.match.day_parts import apart_groups, clauses_share, part_bare_groups
from crosscheck.match.lede_dates import LedeMatch
from crosscheck.match.nested_dates import NestedMatch
from crosscheck.match.one_event import (
    CONFLICT_DAYS,
    CONFLICT_WORDS,
    EventMatch,
    event_matches,
    event_noun,
    once_apart,
    same_event,
    weekday_against_written,
)
from crosscheck.match.period_signatures import covered_periods, names_which
from crosscheck.match.period_signatures import signature as _signature
from crosscheck.match.quote_dates import quote_pairs
from crosscheck.match.shared_dates import both_give
from crosscheck.match.speaker_dates import speaker_pairs
from crosscheck.model import GRANULARITY_RANK, Claim, ClaimPair, Granularity, Source, TimeRef
from crosscheck.timex.clock import read_on_publication
from crosscheck.timex.relative import ROLLING_BACK, ROLLING_FORWARD
from crosscheck.timex.steps import told_from_text

_Signature = tuple[object, ...]
_Key = tuple[str, int, int]


def _bounded(claim: Claim, lang: str) -> bool:
    """Whether a claim is the bound of a span that may be paired with the same bound of
    another source: a placed date after a word of ``bound_scopes``, with key words."""
    t = claim.time
    if claim.kind != DATE_KIND or claim.value is not None or t is None or t.begin is None:
        return False
    if t.note and (ROLLING_BACK in t.note or ROLLING_FORWARD in t.note):
        return False
    return bool(bound(claim, lang)) and bool(claim.event_words)


def _same_end(a: TimeRef, b: TimeRef) -> bool:
    """Two periods that end on one day: as the close of a span ("through February" /
    "through the end of February", "by Nov. 30" / "by the end of November") they say
    the same. A clock time is finer than its day's end ("by 2 p.m. Friday" / "by Friday")."""
    clock = a.minute_start is not None or b.minute_start is not None
    return not clock and (a.end_date or a.begin) == (b.end_date or b.begin)


def _dated(claim: Claim, lang: str) -> bool:
    """Whether a claim dates one event: a placed date, with an event key (stems and a name,
    or stems and the event noun it modifies: "Tuesday's attack was ..."), that is no span."""
    t = claim.time
    if claim.kind != DATE_KIND or claim.value is not None or t is None or t.begin is None:
        return False
    if not dating_scope(t, lang) and not labels_event(claim, lang):
        return False
    if t.note and (ROLLING_BACK in t.note or ROLLING_FORWARD in t.note):
        return False
    return bool(claim.event_stems) and (bool(claim.event_words) or bool(event_noun(claim, lang)))


def _overlap(a: TimeRef, b: TimeRef) -> bool:
    assert a.begin is not None and b.begin is not None
    a_end, b_end = a.end_date or a.begin, b.end_date or b.begin
    return a.begin <= b_end and b.begin <= a_end


def _unnamed(a: Claim, b: Claim) -> bool:
    """Two dates of one event by their noun alone (``one_event._one_noun``): no shared name."""
    return not set(a.event_words) & set(b.event_words)


def _may_conflict(a: Claim, b: Claim, lang: str) -> bool:
    """Disjoint dates of one event: both explicit days (or a weekday against a written day
    told in a past clause, ``one_event.weekday_against_written``), near, with two key words in
    common;
    or two years of an event a person lives once (``one_event.once_apart``)."""
    ta, tb = a.time, b.time
    assert ta is not None and tb is not None and ta.begin is not None and tb.begin is not None
    if once_apart(a, b, lang):
        return True
    if ta.granularity is not Granularity.DAY or tb.granularity is not Granularity.DAY:
        return False
    if abs((ta.begin - tb.begin).days) > CONFLICT_DAYS:
        return False
    if (ta.relative or tb.relative) and not weekday_against_written(a, b, lang):
        return False  # a relative day only against a written day told in a past clause
    return len(set(a.event_words) & set(b.event_words)) >= CONFLICT_WORDS


def _key_text(a: Claim, b: Claim) -> str:
    names = sorted(set(a.event_words) & set(b.event_words))
    stems = sorted(set(a.event_stems) & set(b.event_stems))
    return " ".join([*names, *stems])


def with_date_pairs(
    claims: Iterable[Claim],
    framed: Sequence[ClaimPair],
    sources: Sequence[Source] = (),
    *,
    lang: str,
) -> list[ClaimPair]:
    """The frame matcher's pairs, less the date pairs one source's own article explains,
    plus the pairs of dates of the same event (``date_pairs``, then ``descriptor_pairs`` and
    the dates of one quoted statement, ``quote_pairs``, and of one named speaker's
    statement, ``speaker_pairs``). ``sources`` are the
    articles, read again for a finer date of the event that became no claim."""
    claims = list(claims)
    said = said_of(claims, lang)
    texts = ArticleDates(sources, lang)
    kept = [p for p in framed if not _explained(p, said, texts, lang)]
    lede, nested = LedeMatch.of(sources, lang), NestedMatch.of(sources, lang)

    def event_match(a: Claim, b: Claim) -> bool:
        return (
            same_event(a, b, lang)
            or lede.widens(a, b)
            or nested.widens(a, b)
            or nested.week_named(a, b)
        )

    paired = [*kept, *date_pairs(claims, framed, texts, event_match, said=said, lang=lang)]
    covered = covered_periods(paired)

    def settled(a: Claim, b: Claim, keys: frozenset[str]) -> bool:
        """The part of ``skip`` read from the claims alone (no article read again)."""
        ta, tb = a.time, b.time
        assert ta is not None and tb is not None
        if (a.source, _signature(ta), b.source, _signature(tb)) in covered:
            return True  # these two periods of these two sources are paired already
        return says_both(a, b, said, event_matches(lang)[0], lang)

    def skip(a: Claim, b: Claim, keys: frozenset[str]) -> bool:
        if settled(a, b, keys) or texts.gives_finer(a, b, keys) or both_give(a, b, texts):
            return True
        return texts.gives_coarse(a, b, keys) or texts.gives_clock(a, b)

    dated = [c for c in claims if _described(c, lang)]
    found = [
        *paired,
        *descriptor_pairs(dated, sources, skip, _one_year, settled=settled, lang=lang),
    ]
    quoted = [p for p in quote_pairs(claims, sources, lang) if not _explained(p, said, texts, lang)]
    keys = {frozenset((p.a.key, p.b.key)) for p in quoted}
    pairs = [*(p for p in found if frozenset((p.a.key, p.b.key)) not in keys), *quoted]
    taken = {frozenset((p.a.key, p.b.key)) for p in pairs}
    pairs += [
        p
        for p in speaker_pairs(claims, sources, lang)
        if frozenset((p.a.key, p.b.key)) not in taken and not _explained(p, said, texts, lang)
    ]
    return [p for p in pairs if not _dates_apart(p, lang)]


def _dates_apart(pair: ClaimPair, lang: str) -> bool:
    """A pair of two date claims whose clauses put their events in two places of one kind,
    or of which one tells a reply and the other does not (``date_acts.answers``), or a
    clock time read on the publication day beside a date with no clock time
    (``publication_clock``), whichever path paired them."""
    a, b = pair.a, pair.b
    if publication_clock(a, b, lang) or publication_clock(b, a, lang):
        return True
    return a.kind == DATE_KIND == b.kind and (places_apart(a, b, lang) or answers(a, b, lang))


def _described(claim: Claim, lang: str) -> bool:
    """Whether a date claim may be paired by its descriptor: a placed date that dates one
    event (its scope word, or the possessive of an event noun), no rolling span."""
    t = claim.time
    if claim.kind != DATE_KIND or claim.value is not None or t is None or t.begin is None:
        return False
    if not dating_scope(t, lang) and not labels_event(claim, lang):
        return False
    if names_which(t):
        return False
    return not (t.note and (ROLLING_BACK in t.note or ROLLING_FORWARD in t.note))


def _explained(pair: ClaimPair, said: Said, texts: ArticleDates, lang: str) -> bool:
    """A pair of dates at different precision that a source of one side gives both of."""
    a, b = pair.a, pair.b
    if a.kind != DATE_KIND or b.kind != DATE_KIND or a.time is None or b.time is None:
        return False
    if a.time.begin is None or b.time.begin is None or a.time.granularity == b.time.granularity:
        return False
    return (
        says_both(a, b, said, event_matches(lang)[0], lang)
        or texts.gives_finer(a, b)
        or both_give(a, b, texts)
    )


def date_pairs(
    claims: Iterable[Claim],
    known: Iterable[ClaimPair] = (),
    texts: ArticleDates | None = None,
    event_match: EventMatch | None = None,
    *,
    said: Said | None = None,
    lang: str,
) -> list[ClaimPair]:
    """Pairs of date claims of the same event from different sources, one per pair of periods.

    ``known`` are pairs already made (by the frame matcher); the same two claims are not
    paired twice. ``texts`` are the articles, read for a finer date a claim did not carry.
    ``event_match`` tells two dates of one event (``same_event``, or that widened for two
    ledes' dates: lede_dates.LedeMatch). ``said`` is ``said_of`` of these claims when the
    caller has read it already.
    """
    claims = list(claims)
    event_match = event_match or event_matches(lang)[0]
    texts = texts if texts is not None else ArticleDates((), lang)
    dates = [c for c in claims if _dated(c, lang)]
    if said is None:
        said = said_of(claims, lang)
    seen = {(p.a.key, p.b.key) for p in known} | {(p.b.key, p.a.key) for p in known}
    by_stem: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in dates:
        for s in claim.event_stems:
            by_stem[("", s)].append(claim)
    for claim in claims:
        if _bounded(claim, lang):
            by_stem[(bound(claim, lang), "")].append(claim)  # one bucket for each bound word
    found: dict[tuple[_Signature, _Signature, _Key], ClaimPair] = {}
    used: set[tuple[_Signature, _Signature, _Key]] = set()
    for scope, s in sorted(by_stem):
        groups: dict[_Signature, list[Claim]] = defaultdict(list)
        for claim in by_stem[(scope, s)]:
            assert claim.time is not None
            groups[_signature(claim.time)].append(claim)
        groups = {sig: _written_first(group) for sig, group in groups.items()}
        match = event_matches(lang)[1] if scope else event_match
        for sig_a, sig_b in combinations(sorted(groups, key=repr), 2):
            pair = _group_pair(groups[sig_a], groups[sig_b], seen, said, texts, match, lang=lang)
            _keep(pair, sig_a, sig_b, found, used)
        if scope:
            continue
        words = date_words(lang)
        for sig in sorted(groups, key=repr):
            for part_a, ga, part_b, gb in apart_groups(groups[sig], words):  # two parts apart
                pair = _group_pair(ga, gb, seen, said, texts, _in_clauses(match, lang), lang=lang)
                _keep(pair, (*sig, part_a), (*sig, part_b), found, used)
            for gp, gb in part_bare_groups(groups[sig], words):  # a part / bare
                pair = _group_pair(gp, gb, seen, said, texts, _in_clauses(match, lang), lang=lang)
                _keep(pair, (*sig, "*"), (*sig, ""), found, used)  # any part / no part
    return sorted(_unambiguous(found.values()), key=lambda p: (p.a.key, p.b.key))


def _keep(
    pair: ClaimPair | None,
    sig_a: _Signature,
    sig_b: _Signature,
    found: dict[tuple[_Signature, _Signature, _Key], ClaimPair],
    used: set[tuple[_Signature, _Signature, _Key]],
) -> None:
    """Keep a group's pair at two periods unless one of its claims already has a pair at
    those two periods (the same two periods of one claim, found through another stem)."""
    if pair is None:
        return
    taken = {(sig_a, sig_b, pair.a.key), (sig_a, sig_b, pair.b.key)}
    if taken & used:
        return
    used.update(taken)
    found[(sig_a, sig_b, pair.a.key)] = pair


def _written_first(group: list[Claim]) -> list[Claim]:
    """A group's claims, those whose date is written out ("on Saturday") before those read
    from the date before them ("the same day"): a row quotes the written date when a source
    gives it, the other still agreeing."""
    return sorted(group, key=lambda c: c.time is not None and told_from_text(c.time))


def _in_clauses(match: EventMatch, lang: str) -> EventMatch:
    """``match`` for one day told in two parts: each date's own clause tells the event both
    share (``clauses_share``), as a pair of one period is read on nothing else."""
    return lambda a, b: match(a, b) and clauses_share(a, b, lang)


def _coarse_fine(pair: ClaimPair) -> tuple[Claim, Claim] | None:
    ta, tb = pair.a.time, pair.b.time
    assert ta is not None and tb is not None
    ra, rb = GRANULARITY_RANK[ta.granularity], GRANULARITY_RANK[tb.granularity]
    if ra == rb:
        return None
    return (pair.a, pair.b) if ra > rb else (pair.b, pair.a)


def _unambiguous(pairs: Iterable[ClaimPair]) -> list[ClaimPair]:
    """Pairs less those where a coarse date meets two finer ones of one other source.

    "the vote earlier this month" beside one source's "voted Friday" and "vote on Saturday":
    that source dates two events of the kind, and which one the coarse date means is unclear.
    """
    pairs = list(pairs)
    finer: dict[tuple[_Key, str], set[_Signature]] = defaultdict(set)
    for pair in pairs:
        sides = _coarse_fine(pair)
        if sides is not None:
            coarse, fine = sides
            assert fine.time is not None
            finer[(coarse.key, fine.source)].add(_signature(fine.time))
    kept = []
    for pair in pairs:
        sides = _coarse_fine(pair)
        if sides is None or len(finer[(sides[0].key, sides[1].source)]) == 1:
            kept.append(pair)
    return kept


def _one_year(x: Claim, y: Claim) -> tuple[Claim, Claim]:
    """Both claims in one year when one side's year was inferred and the other's is given.

    "the June 9 Trump Tower meeting" in an article of 2017 is placed in 2017; "met at Trump
    Tower in June 2016" gives the year, and the day is read in it when it then falls within.
    Only a day with a month name is moved, and only beside a month or a day of another year.
    """
    tx, ty = x.time, y.time
    assert tx is not None and ty is not None and tx.begin is not None and ty.begin is not None
    if tx.begin.year == ty.begin.year or year_given(tx) == year_given(ty):
        return x, y
    if year_given(tx):
        y2, x2 = _one_year(y, x)
        return x2, y2
    last = tx.end_date or tx.begin
    if tx.relative or tx.granularity is not Granularity.DAY or tx.minute_start is not None:
        return x, y
    if ty.granularity not in (Granularity.DAY, Granularity.MONTH):
        return x, y  # "Oct. 2" and "in 2007" share no month
    try:
        moved = replace(
            tx,
            begin=tx.begin.replace(year=ty.begin.year),
            end_date=last.replace(year=ty.begin.year),
            note=None,
        )
    except ValueError:  # February 29
        return x, y
    if not _overlap(moved, ty):
        return x, y
    return replace(x, time=moved, notes=()), y


def _group_pair(
    ga: Sequence[Claim],
    gb: Sequence[Claim],
    seen: set[tuple[_Key, _Key]],
    said: Said,
    texts: ArticleDates,
    match: EventMatch,
    *,
    lang: str,
) -> ClaimPair | None:
    """The first two claims of two groups that date one event (``match``: ``same_event``,
    or ``same_bound`` for two bounds of a span), with the others of each.

    Every test of a candidate only rejects it (``continue``) and none has a side effect on
    the result, so they run cheapest first: the periods' own tests (``_periods_apart``)
    before ``says_both`` and before the article is read again for dates (``ArticleDates``
    runs the time finder over a whole article the first time it is asked)."""
    for x in ga:
        for y in gb:
            if x.source == y.source or (x.key, y.key) in seen or not match(x, y):
                continue
            if publication_clock(x, y, lang) or publication_clock(y, x, lang):
                continue
            x2, y2 = _one_year(x, y)
            if _periods_apart(x2, y2, match, lang) or says_both(x, y, said, match, lang):
                continue
            x, y = x2, y2
            if texts.gives_finer(x, y) or texts.gives_clock(x, y):
                continue  # the coarser side's own article gives the day, or the clock time
            if both_give(x, y, texts):
                continue  # both articles give one finer date inside both periods
            if _unnamed(x, y) and texts.gives_period(x, y):
                continue
            if places_apart(x, y, lang):
                continue  # "Polls in Ohio closed ..." / "... Tuesday in Michigan": two events
            if answers(x, y, lang):
                continue  # a letter and the reply to it: two acts, whoever both name
            what = _key_text(x, y)
            also_a = tuple(c for c in ga if c is not x and match(c, y))
            also_b = tuple(c for c in gb if c is not y and match(c, x))
            others = others_apart(
                x, y, (also_a, also_b), said, match, lambda c, d: both_give(c, d, texts), lang=lang
            )
            if others is None:
                continue  # the coarser claim's own source gives the finer period too
            also_a, also_b = others
            a, b = replace(x, what=what, subject=what), replace(y, what=what, subject=what)
            if (b.source, b.start) < (a.source, a.start):
                a, b, also_a, also_b = b, a, also_b, also_a
            return ClaimPair(a=a, b=b, score=100.0, also_a=also_a, also_b=also_b)
    return None


def publication_clock(x: Claim, y: Claim, lang: str) -> bool:
    """Whether a clock time read on the publication day (``timex.clock.on_publication_day``)
    meets a date with no clock time: it pairs only with another clock time ("the 5 p.m.
    deadline" / "a 6 p.m. ET deadline"). Against a day, the day it was read on may not be
    its own ("Libyan personnel ... arriving just before 5 am", told in a live post of the
    hearing months later), and a day's event beside a time of that day is often another act
    of one story ("shot Wednesday" / "the subject was ... shot at approximately 7:14 a.m.").
    Beside a clock time, it is no pair when the two clauses name two deadline acts
    (``date_acts.other_deadlines``: "must file ... before the 5 p.m. deadline" / "must report
    ... before the 6 p.m. deadline")."""
    tx, ty = x.time, y.time
    if tx is None or ty is None or not read_on_publication(tx):
        return False
    return ty.minute_start is None or other_deadlines(x, y, lang)


def _periods_apart(x: Claim, y: Claim, match: EventMatch, lang: str) -> bool:
    """Whether two dates (their years aligned by ``_one_year``) are no pair by their periods
    alone: two bounds that do not overlap or that close a span on one day ("through
    February" / "through the end of February"), or two dates of one event that neither
    overlap nor may conflict (``_may_conflict``)."""
    assert x.time is not None and y.time is not None
    if match is event_matches(lang)[1]:
        if not _overlap(x.time, y.time):
            return True  # two deadlines, or two starts: no conflict is read of bounds
        return closes_span(x, lang) and _same_end(x.time, y.time)
    return not _overlap(x.time, y.time) and not _may_conflict(x, y, lang)
