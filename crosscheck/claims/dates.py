"""Date claims: a sentence's times -> Claim records of the events they date.

The event key of a date (which event it dates, for date_match) is read by date_keys from
the date's clause (``_key_clause``).

Also the two bounds every claim shares: how many tokens around a figure or date are read
(``WINDOW``) and how much of its sentence a claim carries (``sentence_window``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from operator import itemgetter

from crosscheck.certainty.reading import SentenceReading, attribution_in, hedges_in
from crosscheck.claims.date_clauses import opening_pronoun_speaks, pronoun_speaks, when_clause
from crosscheck.claims.date_events import stem
from crosscheck.claims.date_keys import dates_statement, event_key, in_name_list
from crosscheck.claims.date_nouns import closes_full_date, labels_noun
from crosscheck.claims.frame_dates import date_event
from crosscheck.claims.frame_reading import SentenceWords
from crosscheck.claims.frame_words import frame_words
from crosscheck.claims.post_dates import signs_post
from crosscheck.lexicon import load_lexicon, lower_words, require
from crosscheck.model import (
    Claim,
    Granularity,
    Sentence,
    Source,
    TimeRef,
    Unit,
)
from crosscheck.text.words import (
    Token,
    TokenIndex,
    canonical_subject,
    claim_words,
    find_metric,
    lemma,
)

DATE_KIND = "date"

# Punctuation that ends the clause a figure belongs to.
CLAUSE_END = frozenset(
    {",", ";", ":", ".", "!", "?", "\u2013", "\u2014", "(", ")", "|", "“", "”", '"'}
)
# How many tokens on each side of a figure or date are read: far more than any subject,
# metric or event window, and a bound that keeps one huge "sentence" linear.
WINDOW = 40
# The most characters of its sentence a claim carries (see Claim).
SENTENCE_WINDOW = 300


def sentence_window(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """At most ``SENTENCE_WINDOW`` characters of the sentence around a claim's span.

    The whole sentence when it is short enough; the claim's own span when it is longer;
    otherwise a window centred on the claim, so one claim carries a bounded quote.
    """
    if sentence.end - sentence.start <= SENTENCE_WINDOW:
        return sentence.start, sentence.end
    if end - start >= SENTENCE_WINDOW:
        return start, end
    spare = SENTENCE_WINDOW - (end - start)
    first = max(sentence.start, start - spare // 2)
    last = min(sentence.end, first + SENTENCE_WINDOW)
    first = max(sentence.start, last - SENTENCE_WINDOW)
    return first, last


# --- dates -----------------------------------------------------------------------------

DATED = "dated"
# The metric of a statement's date kept for its speaker's words alone ("Gibbs said over the
# weekend that ..."): it dates what was said, no act (date_match._said leaves it out).
STATED = "stated"


@dataclass(frozen=True, slots=True)
class DateClaimWords:
    """The ``[date_claims]`` table of ``time.toml``: how a date's noun phrase is read."""

    joiners: frozenset[str]
    auxiliaries: frozenset[str]
    determiners: frozenset[str]
    possessive_endings: tuple[str, ...]
    object_verb_endings: tuple[str, ...]
    participle_endings: tuple[str, ...]
    parentheticals: frozenset[str]


@cache
def date_claim_words() -> DateClaimWords:
    """The ``[date_claims]`` table, read once."""
    data = require(load_lexicon("time"), "date_claims", dict, "time")

    def words(key: str) -> list[str]:
        return [str(x).lower() for x in require(data, key, list, "time")]

    return DateClaimWords(
        joiners=frozenset(words("joiners")),
        auxiliaries=frozenset(words("auxiliaries")),
        determiners=frozenset(words("determiners")),
        possessive_endings=tuple(words("possessive_endings")),
        object_verb_endings=tuple(words("object_verb_endings")),
        participle_endings=tuple(words("participle_endings")),
        parentheticals=frozenset(words("parentheticals")),
    )


def date_claim(
    source: Source,
    reading: Callable[[], SentenceReading],
    sentence: Sentence,
    words: SentenceWords,
    t: TimeRef,
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
    following = index.after(t.end, 1)
    label = t.modifier is None and bool(following) and following[0].is_word
    tokens = _around(index, t)
    event = _event_near(tokens, t, index)
    if event is not None:
        event_index, metric = event
        subject_tokens = _event_subject(tokens, event_index)
    else:
        metric = DATED
        opened = not index.has_word_before(index.first_at_or_after(t.start))
        subject_tokens = _plain_date_subject(tokens, t, opens_sentence=opened)
    subject_words = [lemma(x.text) for x in subject_tokens]
    before, after = index.before(t.start, WINDOW), index.after(t.end, WINDOW)
    loose = t.modifier is None and t.granularity is not Granularity.DAY  # "Election Night 2013"
    attached = None if label or loose else date_event(before, after, words=words)
    if attached is None and event is not None and t.modifier in _boundary_modifiers():
        attached = (event[1], len(before))  # "investigating violations since May 2020"
    what = ""
    if attached is not None:
        what = canonical_subject(subject_words) if event is not None and subject_words else ""
        if not what and attached[1] < len(before):
            phrase = _noun_phrase_backward(tuple(before), attached[1])
            what = canonical_subject([lemma(x.text) for x in phrase]) if phrase else ""
        if what or attached[0] not in frame_words().generic_events:
            what = what or attached[0]
            subject_words = subject_words or what.split()
        else:
            attached = None  # "meetings that occurred on September 1": what happened?
    clause = _key_clause(tokens, t, index)
    stems, names = event_key(*clause, full_date=closes_full_date(t))
    if not stems and (when := when_clause(tokens, t.end, CLAUSE_END)):
        stems, names = event_key([], when)  # "in 2012, when Obama created the program"
    if labels_noun(source.text, t):
        stems = ()  # "this year's State of the Union": names which one, dates no event
    bound = (t.modifier or "").lower() in bound_scopes()
    if not subject_words and not stems and not (names and bound):
        speaks = dates_statement(*clause) and (bool(names) or pronoun_speaks(*clause))
        speaks = speaks or opening_pronoun_speaks(clause[0], after)
        if not speaks and not signs_post(source.text, t.start):
            return None  # a bound of a span ("only through Feb. 27") is kept for its key words
        metric = STATED  # a statement's or a post's date, kept for its speaker's words
    local_start, local_end = t.start - sentence.start, t.end - sentence.start
    window_start, window_end = sentence_window(sentence, t.start, t.end)
    subject = canonical_subject(subject_words) if subject_words else " ".join(names)
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


def keyed_only(
    claim: Claim, figures: Sequence[Claim], index: TokenIndex | None = None
) -> Claim | None:
    """A date claim of a time ``figures`` are said of, kept for its event key (``_keyed``);
    or, when it has none and every such figure is a bare one of a later clause
    (``_later_bare_figures``), kept listed with the metric ``DATED``: "she says it happened
    in the summer of 1982, when she was 15" reads the date, never compared as a period."""
    keyed = _keyed(claim, figures, index)
    if keyed is None and index is not None and _later_bare_figures(claim, figures, index):
        return replace(claim, what="", event="", metric=DATED)
    return keyed


def _later_bare_figures(claim: Claim, figures: Sequence[Claim], index: TokenIndex) -> bool:
    """Whether every figure is bare (no ``what``, no ``event``) and stands after the date
    past a clause end ("in January 2009, unemployment is below 8 percent"), so the date
    is no measure's period of its own clause. A figure before the date ("44.5 percent in
    2004") or in its clause ("up 22 percent last year") is the date's measure."""
    t = claim.time
    if t is None or not figures:
        return False
    for figure in figures:
        if figure.what or figure.event or figure.start < t.end:
            return False
        first, last = index.first_at_or_after(t.end), index.first_at_or_after(figure.start)
        if not any(x.text in CLAUSE_END for x in index.tokens[first:last]):
            return False
    return True


def _keyed(claim: Claim, figures: Sequence[Claim], index: TokenIndex | None = None) -> Claim | None:
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
        return replace(claim, what="", event="", metric=STATED) if _states(index, t) else None
    stems = set(claim.event_stems)
    for figure in figures:
        counts = figure.value is not None and figure.value.unit is Unit.COUNT
        head = figure.what.split()[-1] if figure.what else ""
        if counts and head and stem(head) in stems:
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


def _states(index: TokenIndex, t: TimeRef) -> bool:
    """Whether a date stands next to a speech verb of its key clause (``dates_statement``)."""
    return dates_statement(*_key_clause(_around(index, t), t, index))


def _around(index: TokenIndex, t: TimeRef) -> tuple[Token, ...]:
    """The tokens of a date and ``WINDOW`` tokens either side of it."""
    first = max(0, index.first_at_or_after(t.start) - WINDOW)
    return index.tokens[first : index.first_at_or_after(t.end) + WINDOW]


@cache
def bound_scopes() -> frozenset[str]:
    """The ``bound_scopes`` of time.toml's [date_events] ("since", "until", "by"): a bound of
    a span pairs only with the same word, by the key words of its clause
    (date_match.same_bound)."""
    data = require(load_lexicon("time"), "date_events", dict, "time")
    return lower_words(data, "bound_scopes", "time")


@cache
def _boundary_modifiers() -> frozenset[str]:
    """Scope words that open or close a period ("since", "until"), from matching.toml."""
    groups = require(load_lexicon("matching"), "scope_groups", dict, "matching")
    return frozenset(str(m) for g in ("start", "end") for m in groups.get(g, []))


@cache
def _connectives() -> frozenset[str]:
    """Words before a date that still opens its clause: ``clause_connectives`` of time.toml."""
    data = require(load_lexicon("time"), "date_events", dict, "time")
    return lower_words(data, "clause_connectives", "time")


def _opens_clause(before: list[Token]) -> bool:
    """Whether a date opens its clause: no word or number before it in the clause but
    connectives ("But then last August, Trump signed ...", "Also on Thursday, ...")."""
    connectives = _connectives()
    return all(x.lower in connectives for x in before if x.is_word or x.is_number)


_START, _END = itemgetter(0), itemgetter(1)  # a token's offsets (``Token`` is a named tuple)


def _ended_by(tokens: Sequence[Token], offset: int) -> int:
    """How many tokens (in text order, never overlapping) end at or before ``offset``."""
    return bisect_right(tokens, offset, key=_END)


def _starting_from(tokens: Sequence[Token], offset: int) -> int:
    """Index of the first token starting at or after ``offset`` (``len(tokens)`` if none)."""
    return bisect_left(tokens, offset, key=_START)


# The clause ends but a comma (a comma ends a clause only where ``_clause_tokens`` says).
_CLAUSE_END_NOT_COMMA = CLAUSE_END - {","}


def _back_to(
    tokens: tuple[Token, ...], t: TimeRef, ends: frozenset[str], index: TokenIndex | None
) -> list[Token]:
    """The tokens of ``tokens`` ending at or before the date, back to the last one of
    ``ends`` (not included), in text order.

    With ``index``, the sentence of which ``tokens`` is a run with no gap (``_around``),
    that mark is found by bisection among the sentence's marks (``mark_starts``, read once
    per sentence) instead of by a scan back: every mark of ``ends`` is one character, so
    it ends at or before the date's start exactly when it starts before it."""
    last = _ended_by(tokens, t.start)
    if index is None or not tokens:
        first = last
        while first > 0 and tokens[first - 1].text not in ends:
            first -= 1
        return list(tokens[first:last])
    marks = index.mark_starts(ends)
    before = bisect_left(marks, t.start) - 1
    first = 0
    if before >= 0 and marks[before] >= tokens[0].start:
        first = bisect_right(tokens, marks[before], key=_START)
    return list(tokens[first:last])


def _clause_tokens(
    tokens: tuple[Token, ...], t: TimeRef, index: TokenIndex | None = None
) -> tuple[list[Token], list[Token]]:
    """Tokens before and after a time reference within its clause.

    A time that opens its clause ("In 2023, the regime suspended ...") reaches past the
    comma that follows it; otherwise a comma after the time ends the clause. ``index``:
    see ``_back_to``.
    """
    before = _back_to(tokens, t, _CLAUSE_END_NOT_COMMA, index)
    opens_clause = _opens_clause(before)
    after: list[Token] = []
    for i in range(_starting_from(tokens, t.end), len(tokens)):
        token = tokens[i]
        if token.text in _CLAUSE_END_NOT_COMMA:
            break
        if token.text == "," and not (opens_clause and not after):
            break
        after.append(token)
    return before, after


# A period inside a sentence is an abbreviation's (the splitter ended no sentence there:
# "Trump Jr. had met", "Gov. Gray Davis"): it ends no clause of a date's event key.
_ABBREVIATION_POINT = "."
# What follows a date that opens a timeline entry ("April 27, 2011: Obama releases ...").
_ENTRY_MARK = ":"
# What ends the clause of a date's event key (a comma only where ``_key_clause`` says).
_KEY_CLAUSE_END = CLAUSE_END - {",", _ABBREVIATION_POINT}


def _key_clause(
    tokens: tuple[Token, ...], t: TimeRef, index: TokenIndex | None = None
) -> tuple[list[Token], list[Token]]:
    """The clause of a date's event key: ``_clause_tokens`` read through what ends no clause
    of the event: the period of an abbreviation ("Trump Jr. had met"), the comma after a
    one-word aside after a date that opens its clause ("On Monday, however, the House
    voted"), the comma that closes a full date ("the June 9, 2016, Trump Tower meeting"),
    and the colon after a date that opens a timeline entry ("April 27, 2011: Obama releases
    ..."). ``index``: see ``_back_to``."""
    ends = _KEY_CLAUSE_END
    before = _back_to(tokens, t, ends, index)
    opens_clause = _opens_clause(before)
    if opens_clause:
        before = [x for x in before if not x.is_word]  # a connective is no key word
    after: list[Token] = []
    for i in range(_starting_from(tokens, t.end), len(tokens)):
        token = tokens[i]
        first = not after
        if token.text == _ENTRY_MARK and first and opens_clause:
            continue
        if token.text in ends:
            break
        if (
            token.text == ","
            and not (first and (opens_clause or closes_full_date(t)))
            and not in_name_list(after, tokens[i + 1] if i + 1 < len(tokens) else None)
        ):
            if not (opens_clause and _parenthetical(after)):
                break
            after = [x for x in after if not x.is_word]  # the aside is no key word
            continue
        after.append(token)
    return before, after


def _parenthetical(after: list[Token]) -> bool:
    """Whether the clause after a date that opens it holds so far only one word of
    ``parentheticals`` ("On Monday, [however,] the House voted"): its comma ends nothing."""
    words = [x for x in after if x.is_word]
    return len(words) == 1 and words[0].lower in date_claim_words().parentheticals


def _event_near(
    tokens: tuple[Token, ...], t: TimeRef, index: TokenIndex | None = None
) -> tuple[int, str] | None:
    """The nearest event word to a time: (index in tokens, canonical metric)."""
    words = claim_words()
    event_words = words.event_words
    before, after = _clause_tokens(tokens, t, index)
    candidates: list[tuple[int, int, Token]] = []
    for distance, token in enumerate(reversed(before[-words.event_window :])):
        if token.lower in event_words and token.is_word:
            candidates.append((distance, 0, token))
    for distance, token in enumerate(after[: words.event_window]):
        if token.lower in event_words and token.is_word:
            candidates.append((distance, 1, token))
    for _, _, token in sorted(candidates, key=lambda c: (c[0], c[1])):
        found = find_metric([lemma(token.text)])
        if found is not None:
            return tokens.index(token), found[0]
    return None


def _event_subject(tokens: tuple[Token, ...], event_index: int) -> list[Token]:
    """The noun phrase an event word is said of.

    A nominal event ("the presidential election") is its own subject; an -ing verb takes
    its object ("investigating [alleged violations]"); any other verb the noun phrase
    before it ("[the group] was established"), or, opening the sentence, the subject after
    the first comma ("Established in April 2024 ..., [the Group of Independent Experts]").
    """
    words = claim_words()
    event = tokens[event_index]
    if event.lower in words.nominal_events:
        return _noun_phrase_backward(tokens, event_index + 1)
    if event.lower.endswith(date_claim_words().object_verb_endings):
        return _noun_phrase_forward(tokens, event_index + 1)
    phrase = _noun_phrase_backward(tokens, event_index)
    if phrase:
        return phrase
    comma = next((i for i in range(event_index + 1, len(tokens)) if tokens[i].text == ","), None)
    return [] if comma is None else _noun_phrase_forward(tokens, comma + 1)


def _plain_date_subject(
    tokens: tuple[Token, ...], t: TimeRef, *, opens_sentence: bool
) -> list[Token]:
    """The noun phrase a date with no event word is said of: before its preposition, or,
    for a date that opens the sentence, the subject after the comma."""
    index = _starting_from(tokens, t.start)
    while index > 0 and tokens[index - 1].lower.endswith(date_claim_words().participle_endings):
        index -= 1  # "violations committed in 2023": skip the participle
    phrase = _noun_phrase_backward(tokens, index)
    if phrase:
        return phrase
    after = _starting_from(tokens, t.end)
    if opens_sentence and after < len(tokens) and tokens[after].text == ",":
        return _noun_phrase_forward(tokens, after + 1)
    return []


def _is_possessive(token: Token) -> bool:
    return token.lower.endswith(date_claim_words().possessive_endings)


def _noun_phrase_backward(tokens: tuple[Token, ...], end_index: int) -> list[Token]:
    """Content words ending right before ``end_index``, through auxiliaries ("was", "has been").

    Capitalised names run on through "of", "on", "the", "for", "in" ("Group of Independent
    Experts on the Human Rights Situation in Belarus"); a possessive ends the phrase.
    """
    words = claim_words()
    joiners = date_claim_words().joiners
    i = end_index - 1
    while i >= 0 and tokens[i].lower in date_claim_words().auxiliaries:
        i -= 1
    phrase: list[Token] = []
    head: Token | None = None  # the phrase's first word that is no joiner, so far
    while i >= 0 and len(phrase) < words.max_subject_words * 3:
        token = tokens[i]
        low = token.lower
        if not token.is_word or _is_possessive(token):
            break
        joins_name = low in joiners and head is not None and head.is_capitalised
        if low in words.stop_words and not joins_name:
            break
        phrase.insert(0, token)
        if low not in joiners:
            head = token
        i -= 1
    while phrase and phrase[0].lower in joiners:
        phrase.pop(0)
    return [p for p in phrase if p.lower not in joiners]


def _noun_phrase_forward(tokens: tuple[Token, ...], start_index: int) -> list[Token]:
    """Content words from ``start_index``, after determiners and possessives, through
    capitalised names ("the Group of Independent Experts")."""
    words = claim_words()
    joiners, determiners = date_claim_words().joiners, date_claim_words().determiners
    i = start_index
    while i < len(tokens) and (tokens[i].lower in determiners or _is_possessive(tokens[i])):
        i += 1
    phrase: list[Token] = []
    while i < len(tokens) and len(phrase) < words.max_subject_words * 3:
        token = tokens[i]
        low = token.lower
        if token.is_word and low not in words.stop_words and not _is_possessive(token):
            phrase.append(token)
        elif not (low in joiners and phrase and phrase[-1].is_capitalised):
            break
        i += 1
    if phrase and not phrase[0].is_capitalised:
        phrase = phrase[: words.max_subject_words]
    return phrase
