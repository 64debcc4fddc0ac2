"""Date claims: a sentence's times -> Claim records of the events they date.

The event key of a date (which event it dates, for date_match) is read by date_keys from
the date's clause (clause_bounds.key_clause); the noun phrase it is said of by date_subjects.
The bounds every claim shares (``WINDOW``, ``sentence_window``) are claim_window's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from crosscheck.certainty.reading import SentenceReading, attribution_in, hedges_in
from crosscheck.claims.claim_window import CLAUSE_END, WINDOW, sentence_window
from crosscheck.claims.clause_bounds import clause_tokens, key_clause
from crosscheck.claims.date_clauses import opening_pronoun_speaks, pronoun_speaks, when_clause
from crosscheck.claims.date_events import date_event_words, stem
from crosscheck.claims.date_keys import dates_statement, event_key, noun_after
from crosscheck.claims.date_nouns import closes_full_date, labels_noun
from crosscheck.claims.date_subjects import (
    date_claim_words,
    event_subject,
    noun_phrase_before,
    plain_date_subject,
)
from crosscheck.claims.frame_dates import date_event
from crosscheck.claims.frame_reading import SentenceWords
from crosscheck.claims.frame_roles import INCREMENT
from crosscheck.claims.frame_words import frame_words
from crosscheck.claims.post_dates import signs_post
from crosscheck.claims.recurring_days import names_recurring_thing
from crosscheck.claims.scope_groups import scope_groups
from crosscheck.model import Claim, Granularity, Sentence, Source, TimeRef, Unit
from crosscheck.text.words import (
    Token,
    TokenIndex,
    canonical_subject,
    claim_words,
    find_metric,
    lemma,
)
from crosscheck.timex.ago import read_loosely
from crosscheck.timex.relative import ROLLING_BACK, ROLLING_FORWARD

DATE_KIND = "date"


DATED = "dated"
# The metric of a statement's date kept for its speaker's words alone ("Gibbs said over the
# weekend that ..."): it dates what was said, no act (date_match._said leaves it out).
STATED = "stated"


def date_claim(
    source: Source,
    reading: Callable[[], SentenceReading],
    sentence: Sentence,
    words: SentenceWords,
    t: TimeRef,
    lang: str,
) -> Claim | None:
    """A date claim: what happened then (event word) to what (noun phrase).

    Only a date attached to an event gets a frame (``what`` and ``event``) and is compared.
    A date with no event word near ("in a statement Tuesday", "violations committed in
    2023") is still listed, with the metric "dated", about the noun phrase it is said of;
    so is a date used as a label of a noun ("the 2016 election", where another year names
    another election): neither is ever compared.

    ``words`` is the sentence's one reading (``frame_reading``); ``reading`` gives its
    hedges and speakers, asked only when the date gives a claim.
    """
    index = words.index
    if names_recurring_thing(t, source.text, index.after(t.end, WINDOW), lang):
        return None  # "went on the Sunday talk shows": a weekly show, no one day
    following = index.after(t.end, 1)
    label = t.modifier is None and bool(following) and following[0].is_word
    tokens = _around(index, t)
    event = _event_near(tokens, t, index, lang=lang)
    if event is not None:
        event_index, metric = event
        subject_tokens = event_subject(tokens, event_index, lang)
    else:
        metric = DATED
        opened = not index.has_word_before(index.first_at_or_after(t.start))
        subject_tokens = plain_date_subject(tokens, t, opens_sentence=opened, lang=lang)
    subject_words = [lemma(x.text, lang) for x in subject_tokens]
    before, after = index.before(t.start, WINDOW), index.after(t.end, WINDOW)
    spanned = read_loosely(t.note)  # "several years ago", "decades ago": no one event's date
    loose = spanned or (t.modifier is None and t.granularity is not Granularity.DAY)
    attached = None if label or loose else date_event(before, after, words=words, lang=lang)
    bounds = t.modifier in _boundary_modifiers(lang) and not spanned
    if attached is None and event is not None and bounds:
        attached = (event[1], len(before))  # "investigating violations since May 2020"
    what = ""
    if attached is not None:
        what = canonical_subject(subject_words, lang) if event is not None and subject_words else ""
        if not what and attached[1] < len(before):
            phrase = noun_phrase_before(tuple(before), attached[1], lang)
            what = canonical_subject([lemma(x.text, lang) for x in phrase], lang) if phrase else ""
        if what or attached[0] not in frame_words(lang).generic_events:
            what = what or attached[0]
            subject_words = subject_words or what.split()
        else:
            attached = None  # "meetings that occurred on September 1": what happened?
    clause = key_clause(tokens, t, index, lang=lang)
    stems, names = event_key(*clause, full_date=closes_full_date(t), lang=lang)
    if not stems and (when := when_clause(tokens, t.end, CLAUSE_END, lang)):
        stems, names = event_key([], when, lang=lang)  # "in 2012, when Obama created the program"
    labels = labels_noun(source.text, t, lang)
    if labels:
        stems = ()  # "this year's State of the Union": names which one, dates no event
    bound = (t.modifier or "").lower() in date_event_words(lang).bound_scopes
    if not subject_words and not stems and not (names and bound):
        speaks = dates_statement(*clause, lang=lang) and (
            bool(names) or pronoun_speaks(*clause, lang=lang)
        )
        speaks = speaks or opening_pronoun_speaks(clause[0], after, lang)
        day = t.modifier is None and t.granularity in _NOUN_DATES and not spanned
        noun = noun_after(*clause, lang=lang) if day else ()  # "an April 3 news conference"
        if speaks or signs_post(source.text, t.start, lang):
            metric = STATED  # a statement's or a post's date, kept for its speaker's words
        elif noun:
            subject_words = [lemma(x.text, lang) for x in noun]  # "the July 30 prison break"
            names = ()  # listed for its noun, never keyed: "a 2013 radio interview" is not
            # the 2020 post that showed it
        elif not (names and _listed_for_names(t, label or labels or spanned, lang)):
            if not _written_day(t, spanned, (before, after), source, lang):
                return None  # no word of its clause says what the date is of
            names = ()  # "On January 27, 2017, several of the generals went": listed, never keyed
    local_start, local_end = t.start - sentence.start, t.end - sentence.start
    window_start, window_end = sentence_window(sentence, t.start, t.end)
    subject = canonical_subject(subject_words, lang) if subject_words else " ".join(names)
    read = reading()
    return Claim(
        source=source.id,
        start=t.start,
        end=t.end,
        text=source.text[t.start : t.end],
        sentence=source.text[window_start:window_end],
        sentence_start=window_start,
        sentence_end=window_end,
        subject=subject,
        metric=metric,
        kind=DATE_KIND,
        value=None,
        time=t,
        certainty=hedges_in(read, local_start, local_end),
        attribution=attribution_in(read, local_start, local_end),
        notes=(t.note,) if t.note else (),
        what=what,
        event=attached[0] if attached is not None else "",
        event_stems=stems,
        event_words=names,
    )


# Periods a date gives that are kept, with only its clause's key words, as a listed date:
# a month or more ("In 2015, it was Meadows who moved"), as a scope word writes it.
_LISTED_PERIODS = frozenset(
    {Granularity.MONTH, Granularity.SEASON, Granularity.QUARTER, Granularity.HALF, Granularity.YEAR}
)


# Periods of a date listed for the noun it modifies ("an April 3 news conference", "a July
# 2012 encounter", "the 1967 Outer Space Treaty"): listed for that noun and never keyed, so a
# year that names which one ("a 2013 radio interview") is still no date of a post of 2020
# that showed it (claims66).
_NOUN_DATES = frozenset({Granularity.DAY, Granularity.MONTH, Granularity.YEAR})


# Periods of a written calendar day ("August 25", "8:09 p.m. ET, September 14, 2012").
_WRITTEN_DAYS = frozenset({Granularity.DAY, Granularity.HOUR, Granularity.MINUTE})


def _written_day(
    t: TimeRef,
    spanned: bool,
    around: tuple[Sequence[Token], Sequence[Token]],
    source: Source,
    lang: str,
) -> bool:
    """Whether a date whose clause says nothing of what it dates is still listed
    (``dated``, never keyed): a calendar day written out, one day placed without the
    publication date ("On January 27, 2017 - just seven days after the inauguration -
    several of the retired generals went", "on the afternoon of September 11"), a claim of
    its own. Not a weekday or a relative day ("Monday", "today": dropped as before), a span,
    a stamp of the page or a photograph's caption (one of ``stamp_words`` before it:
    "Updated Oct. 28.", "FILE PHOTO: ..."), nor a caption's date line (after a comma, closing
    the sentence: "... in Washington, U.S., September 4, 2018."), nor the page's dateline (the
    publication day alone on its line: "14 February 2025"). ``around``: the sentence's
    tokens before and after the date."""
    if t.relative or spanned or t.begin is None or t.begin != t.end_date:
        return False
    if t.granularity not in _WRITTEN_DAYS:
        return False
    before, after = around
    alone = not any(x.is_word for x in (*before, *after))
    if alone and t.begin == source.published:
        return False
    words = date_event_words(lang)
    if any(x.lower in words.stamp_words for x in before):
        return False
    closes = not after or after[0].text in words.caption_ends
    return not (closes and bool(before) and before[-1].text == ",")


def _listed_for_names(t: TimeRef, labels: bool, lang: str) -> bool:
    """Whether a date whose clause gives key words but no predicate and no noun phrase is
    still listed ("dated", for its key words): a period of a month or more after one of
    ``listed_scopes`` ("In 2015, it was Meadows who moved to oust Boehner", "Hillary Clinton
    beat Barack Obama there in 2008"), where the clause's verb is one no list knows. Not a
    label of a noun ("a 2013 radio interview", "last year's attack": it names which one), a
    vague or rolling span ("in recent years", "in the past seven months"), a day or a clock
    time ("[Updated 11:55 a.m. ET]": a live blog's stamp)."""
    scope = (t.modifier or "").lower()
    if scope not in date_claim_words(lang).listed_scopes or labels or t.begin is None:
        return False  # "in recent years": a vague time, placed nowhere
    note = t.note or ""
    rolling = ROLLING_BACK in note or ROLLING_FORWARD in note
    return not rolling and t.granularity in _LISTED_PERIODS  # "in the past seven months"


def keyed_only(
    claim: Claim, figures: Sequence[Claim], index: TokenIndex | None = None, *, lang: str
) -> Claim | None:
    """A date claim of a time ``figures`` are said of, kept for its event key (``_keyed``);
    or, when it has none and every such figure is a bare one of a later clause
    (``_later_bare_figures``) or a length of time or an age (``_lengths_only``), kept
    listed with the metric ``DATED``: "she says it happened in the summer of 1982, when she
    was 15", "the hearings start Tuesday and are to last three days" read the date, never
    compared as a period."""
    keyed = _keyed(claim, figures, index, lang=lang)
    if keyed is None and index is not None and _later_bare_figures(claim, figures, index):
        return replace(claim, what="", event="", metric=DATED)
    if keyed is None and _lengths_only(figures):
        return replace(claim, what="", event="", metric=DATED)
    return keyed


def _lengths_only(figures: Sequence[Claim]) -> bool:
    """Whether every figure that took the date is a length of time or an age ("two days
    after the attack", "to last three days", "Nielsen, 46, had been secretary since December
    2017"): neither is an event, so the date still dates one of its clause ("The hearings
    start Tuesday and are scheduled to last three days")."""
    return bool(figures) and all(
        f.value is not None and f.value.unit in _NO_EVENT_UNITS for f in figures
    )


# The units of figures that measure no event of their own: a length of time, an age.
_NO_EVENT_UNITS = frozenset({Unit.DURATION, Unit.AGE})


def _later_bare_figures(claim: Claim, figures: Sequence[Claim], index: TokenIndex) -> bool:
    """Whether every figure is bare (no ``what``, no ``event``, or an increment with no
    event: "with two more presidential debates scheduled after that", more of their kind
    than the one dated) and stands after the date past a clause end ("in January 2009,
    unemployment is below 8 percent"), so the date is no measure's period of its own
    clause. A figure before the date ("44.5 percent in 2004") or in its clause ("up 22
    percent last year") is the date's measure."""
    t = claim.time
    if t is None or not figures:
        return False
    for figure in figures:
        bare = not figure.what or figure.role == INCREMENT
        if not bare or figure.event or figure.start < t.end:
            return False
        first, last = index.first_at_or_after(t.end), index.first_at_or_after(figure.start)
        if not any(x.text in CLAUSE_END for x in index.tokens[first:last]):
            return False
    return True


def _keyed(
    claim: Claim, figures: Sequence[Claim], index: TokenIndex | None = None, *, lang: str
) -> Claim | None:
    """A date claim of a time ``figures`` are said of, kept only for its event key: "who died
    in Minneapolis last month", "killing at least 67 people last September" date the death
    and the attack, and pair with another source's date of that event by key (date_match),
    but get no frame of their own, so the frame matcher never compares them as periods.
    None when a count counts the events themselves ("five hearings held so far this year":
    a period holding many hearings, not the date of one). A date with no such key that
    stands next to a speech verb of its clause (read in ``index``, its sentence's tokens)
    dates the statement ("Trump said Wednesday he is open to a plan for hundreds of
    thousands"), not the figure: it is kept with the metric ``STATED``, for its speaker's
    words (date_descriptors pairs it only as a statement's date)."""
    if not (claim.event_stems and claim.event_words):
        t = claim.time
        if index is None or t is None or _figure_verb(index, t, figures):
            return None
        return replace(claim, what="", event="", metric=STATED) if _states(index, t, lang) else None
    stems = set(claim.event_stems)
    kept = frame_words(lang).counted_events  # "270 electoral votes Monday": one vote's day
    for figure in figures:
        counts = figure.value is not None and figure.value.unit is Unit.COUNT
        head = figure.what.split()[-1] if figure.what else ""
        head = "" if head in kept else head
        if counts and head and stem(head, lang) in stems:
            return None
    return replace(claim, what="", event="", metric=DATED)


# Most words between a figure and a date for the verb between them to be the figure's own
# ("268,000 jobs were [added] in February": the date is the figure's period, no
# statement's; "146,000 jobs, the Labor Department said Friday" is a statement's).
_FIGURE_VERB_REACH = 3


def _figure_verb(index: TokenIndex, t: TimeRef, figures: Sequence[Claim]) -> bool:
    """Whether a figure ends at most ``_FIGURE_VERB_REACH`` words before the date."""
    for figure in figures:
        if figure.end <= t.start:
            first, last = index.first_at_or_after(figure.end), index.first_at_or_after(t.start)
            between = index.tokens[first:last]
            if sum(x.is_word for x in between) <= _FIGURE_VERB_REACH:
                return True
    return False


def _states(index: TokenIndex, t: TimeRef, lang: str) -> bool:
    """Whether a date stands next to a speech verb of its key clause (``dates_statement``)."""
    return dates_statement(*key_clause(_around(index, t), t, index, lang=lang), lang=lang)


def _around(index: TokenIndex, t: TimeRef) -> tuple[Token, ...]:
    """The tokens of a date and ``WINDOW`` tokens either side of it."""
    first = max(0, index.first_at_or_after(t.start) - WINDOW)
    return index.tokens[first : index.first_at_or_after(t.end) + WINDOW]


@cache
def _boundary_modifiers(lang: str) -> frozenset[str]:
    """Scope words that open or close a period ("since", "until"), of matching.toml."""
    groups = scope_groups(lang)
    return groups.start | groups.end


def _event_near(
    tokens: tuple[Token, ...], t: TimeRef, index: TokenIndex | None = None, *, lang: str
) -> tuple[int, str] | None:
    """The nearest event word to a time: (index in tokens, canonical metric)."""
    words = claim_words(lang)
    event_words = words.event_words
    before, after = clause_tokens(tokens, t, index, lang=lang)
    candidates: list[tuple[int, int, Token]] = []
    for distance, token in enumerate(reversed(before[-words.event_window :])):
        if token.lower in event_words and token.is_word:
            candidates.append((distance, 0, token))
    for distance, token in enumerate(after[: words.event_window]):
        if token.lower in event_words and token.is_word:
            candidates.append((distance, 1, token))
    for _, _, token in sorted(candidates, key=lambda c: (c[0], c[1])):
        found = find_metric([lemma(token.text, lang)], lang)
        if found is not None:
            return tokens.index(token), found[0]
    return None
