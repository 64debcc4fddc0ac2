"""Claims stage: a source's sentences, quantities and times -> Claim records.

A figure becomes a claim about the noun phrase it counts ("over 1,200 political prisoners")
and the verb or noun that says what happened to them ("detention of", "have fled"); a date
or period becomes a claim when an event word stands near it ("established in April 2024").
Every claim's span indexes the original source text and gives exactly its words.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from operator import itemgetter
from typing import TypeVar

from crosscheck.certainty.reading import SentenceReading, attribution_in, hedges_in, read_sentence
from crosscheck.claims.coordination import coordinated
from crosscheck.claims.dates import (
    CLAUSE_END,
    WINDOW,
    date_claim,
    keyed_only,
    sentence_window,
)
from crosscheck.claims.dates import DATE_KIND as DATE_KIND  # re-exported for older imports
from crosscheck.claims.frame_ages import owned_age
from crosscheck.claims.frame_dates import year_before
from crosscheck.claims.frame_durations import DURATION_EVENT
from crosscheck.claims.frame_measures import continued_list, sized_compound, timed_thing
from crosscheck.claims.frame_reading import SentenceWords, read_words
from crosscheck.claims.frame_words import frame_words, is_event_words
from crosscheck.claims.frames import TOTAL, Frame, as_measure, figure_frame, unit_of
from crosscheck.claims.scope_times import figure_times, statement_time
from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import (
    ASSERTED,
    GRANULARITY_RANK,
    Claim,
    Granularity,
    Quantity,
    Sentence,
    Source,
    TimeRef,
    Unit,
)
from crosscheck.quantities import find_quantities
from crosscheck.text.clean import clean_text
from crosscheck.text.sentences import split_sentences
from crosscheck.text.words import (
    Token,
    TokenIndex,
    canonical_subject,
    claim_words,
    find_metric,
    lemma,
    phrase_tokens,
)
from crosscheck.timex import find_times, without_reading

_Span = TypeVar("_Span", Quantity, TimeRef)

UNSPECIFIED = ""
# How far (characters) a figure may stand from the one whose noun it borrows.
_ELISION_REACH = 200

_CONJUNCTIONS = frozenset({"and", "but", "or", "while", "whereas"})
# Marks that end the clause a figure's time scope may come from.
_BREAKS = frozenset({";", ".", "!", "?", "\u2013", "\u2014", "|", "“", "”", '"', "(", ")"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Prepared:
    """A source after cleaning: the cleaned text (same length) and its sentences."""

    source: Source
    cleaned: str
    sentences: tuple[Sentence, ...]


def prepare(source: Source) -> Prepared:
    """Clean a source and split it into sentences (offsets index ``source.text``)."""
    cleaned = clean_text(source.text)
    return Prepared(source=source, cleaned=cleaned, sentences=split_sentences(cleaned))


def extract_claims(source: Source) -> tuple[Claim, ...]:
    """All checkable claims of one source, in text order."""
    return claims_from(prepare(source))


def claims_from(prepared: Prepared) -> tuple[Claim, ...]:
    """All claims of an already prepared source, in text order."""
    source, cleaned = prepared.source, prepared.cleaned
    quantities = [q for q in find_quantities(cleaned) if q.end > q.start]
    times = _resolve_for_source(find_times(cleaned, anchor=source.published), source)
    claims: list[Claim] = []
    qi = ti = 0
    nq, nt = len(quantities), len(times)
    for sentence in prepared.sentences:
        while qi < nq and quantities[qi].start < sentence.start:
            qi += 1
        while ti < nt and times[ti].start < sentence.start:
            ti += 1
        end = sentence.end
        if (qi == nq or quantities[qi].start >= end) and (ti == nt or times[ti].start >= end):
            continue  # nothing starts in the sentence: ``_within`` finds none, so no claim
        s_quantities = _within(quantities, qi, sentence)
        s_times = _within(times, ti, sentence)
        previous = claims[-1] if claims else None
        claims.extend(_sentence_claims(source, cleaned, sentence, s_quantities, s_times, previous))
    return tuple(claims)


def _within(items: Sequence[_Span], first: int, sentence: Sentence) -> list[_Span]:
    found: list[_Span] = []
    end = sentence.end
    for index in range(first, len(items)):  # no slice: that would copy the rest each time
        item = items[index]
        if item.start >= end:
            break
        if item.end <= end:
            found.append(item)
    return found


_DAY_RANK = GRANULARITY_RANK[Granularity.DAY]


def _resolve_for_source(times: Sequence[TimeRef], source: Source) -> list[TimeRef]:
    """Drop resolutions finer than what is known of the publication date.

    "on Monday" in a source known only to be from November 2020 cannot be placed on a day.
    """
    rank = GRANULARITY_RANK[source.published_granularity]
    resolved: list[TimeRef] = []
    for t in times:
        finest = max(GRANULARITY_RANK[t.granularity], _DAY_RANK)  # a clock time's day
        if t.relative and source.published is not None and finest < rank:
            t = replace(
                t,
                begin=None,
                end_date=None,
                note=_join_note(without_reading(t.note), _vague_anchor(source)),
            )
        resolved.append(t)
    return resolved


def _vague_anchor(source: Source) -> str:
    return _notes()["vague_anchor"].format(
        source=source.id, granularity=source.published_granularity.value
    )


def _join_note(first: str | None, second: str) -> str:
    return f"{first}; {second}" if first else second


def _sentence_claims(
    source: Source,
    cleaned: str,
    sentence: Sentence,
    quantities: list[Quantity],
    times: list[TimeRef],
    previous: Claim | None,
) -> list[Claim]:
    """The claims of one sentence, from its one reading (``read_words``), which every
    figure's and date's reader of the sentence shares. Its hedges and speakers
    (``read_sentence``) are read on the first claim that asks for them: a sentence whose
    figures and dates all give no claim is never read for them."""
    if not quantities and not times:
        return []
    words = read_words(cleaned, sentence.start, sentence.end, _BREAKS)
    tokens = words.index
    readings: list[SentenceReading] = []

    def reading() -> SentenceReading:
        if not readings:
            readings.append(read_sentence(sentence.text))  # ``cleaned[start:end]``
        return readings[0]

    time_starts = [t.start for t in times]
    quantities = [
        q for q in quantities if not _inside_time(q, times, time_starts) and not _trivial(q)
    ]
    scopes = _scopes(quantities, times, tokens)
    used = {t.start for t in scopes.values() if t is not None}
    claims: list[Claim] = []
    for index, q in enumerate(quantities):
        claim = _quantity_claim(
            source, reading(), sentence, words, q, scopes[index], previous, times
        )
        if index and claims:
            claim = _equivalent(claim, claims[-1], quantities[index - 1], cleaned)
        claims.append(claim)
        previous = claim
    for t in times:
        dated = date_claim(source, reading, sentence, words, t)
        if dated is None:
            continue
        if t.start not in used or (dated.event and t.granularity is Granularity.DAY):
            claims.append(dated)
        else:  # a figure's period may also date its event, or a statement
            figures = [c for c in claims if c.time is not None and c.time.start == t.start]
            keyed = keyed_only(dated, figures, tokens)
            if keyed is not None:
                claims.append(keyed)
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def _equivalent(claim: Claim, before: Claim, before_q: Quantity, cleaned: str) -> Claim:
    """A sum given in brackets in another currency right after a sum ("100 million euros
    [($132.5 million)]") is the same sum, converted by the article: it takes that frame."""
    q, other = claim.value, before.value
    if q is None or other is None or q.unit is not Unit.MONEY or other.unit is not Unit.MONEY:
        return claim
    if q.dimension == other.dimension or before.end > q.start:
        return claim
    gap = cleaned[max(before.end, before_q.end) : q.start].replace(",", " ").split()
    bracketed = gap == ["("] and cleaned[q.end : q.end + 1] == ")"
    restated = len(gap) == 1 and gap[0].lower() in frame_words().move_rephrasings
    if not (bracketed or restated) or not before.what:
        return claim  # "100 million euros [($132.5 million)]", "100 million euros[, or] $132.5m"
    note = _notes()["conversion"].format(text=before.text)
    return replace(
        claim,
        subject=before.subject,
        metric=before.metric,
        time=claim.time or before.time,
        what=before.what,
        event=before.event,
        place=before.place,
        role=before.role,
        actor=before.actor,
        incident=before.incident,
        notes=(*claim.notes, note),
    )


def _inside_time(q: Quantity, times: list[TimeRef], starts: list[int]) -> bool:
    """A figure inside a time expression ("over the past two years") is part of the time."""
    index = bisect_right(starts, q.start) - 1
    return index >= 0 and q.end <= times[index].end


def _trivial(q: Quantity) -> bool:
    """A bare "one" ("in one instance") counts nothing worth checking."""
    return q.unit is Unit.COUNT and q.text.strip().lower() in {"one", "a", "an"}


def _scopes(
    quantities: list[Quantity], times: list[TimeRef], tokens: TokenIndex
) -> dict[int, TimeRef | None]:
    """The time each figure is said of.

    A time right after a figure (before the next figure, same clause) is that figure's:
    "at least 30,000 detained since 2020 and over 300,000 forced into exile". A figure with
    none takes an unclaimed time before it in the same clause: "since May 1, 2020, at least
    55 children", and so do the figures that follow it in that clause ("an Aug. 15 bombing
    that killed 27 people and wounded 300"). Ordinals ("sixth term") take no time, and a
    clock time with no day is no figure's period.
    """
    scopes: dict[int, TimeRef | None] = dict.fromkeys(range(len(quantities)))
    if not quantities or not times:
        return scopes  # no figure, or no time any figure could take
    times = figure_times(times, quantities, tokens)  # not "at 7:15am", "second time this week"
    claimed: set[int] = set()
    starts = [t.start for t in times]
    ends = [t.end for t in times]
    for index, q in enumerate(quantities):
        if q.unit is Unit.ORDINAL:
            continue
        limit = quantities[index + 1].start if index + 1 < len(quantities) else None
        following = bisect_left(starts, q.end)
        if following < len(times):
            t = times[following]
            if (limit is None or t.start < limit) and not tokens.has_break(q.end, t.start):
                scopes[index] = t
                claimed.add(t.start)
    last_scoped: dict[int, int] = {}  # time start -> index of the last figure it scoped
    for index, q in enumerate(quantities):
        if scopes[index] is not None or q.unit is Unit.ORDINAL:
            continue
        preceding = bisect_right(ends, q.start) - 1
        if preceding < 0:
            continue
        t = times[preceding]
        if t.start in claimed:
            continue
        chained = last_scoped.get(t.start) == index - 1 and index > 0
        start = quantities[index - 1].end if chained else t.end
        if tokens.has_figure(start, q.start) or tokens.has_break(t.end, q.start):
            continue
        # "an Aug. 15 bombing that killed 27 people and wounded 300"; "said Thursday that"
        scopes[index] = statement_time(t, tokens.before(t.start, 2))
        last_scoped[t.start] = index
    return scopes


# --- figures ---------------------------------------------------------------------------


def _quantity_claim(
    source: Source,
    reading: SentenceReading,
    sentence: Sentence,
    sentence_words: SentenceWords,
    q: Quantity,
    time: TimeRef | None,
    previous: Claim | None,
    times: Sequence[TimeRef] = (),
) -> Claim:
    tokens = sentence_words.index
    words = claim_words()
    after = tokens.after(q.end, WINDOW)
    before = tokens.before(q.start, WINDOW)
    # an age by decade has its noun before it: "a veteran in his 60s [five months late]"
    no_noun = q.unit in (Unit.DURATION, Unit.MEASURE) or (q.unit is Unit.AGE and q.vague)
    subject_tokens = [] if no_noun else _subject_after(after, q)
    unit = unit_of(subject_tokens) if q.unit is Unit.COUNT else None
    measure_end = q.end
    if unit is not None:
        measure_end = subject_tokens[0].end
        q = as_measure(q, unit)
        after = after[1:]
        subject_tokens = []
    subject_words = [lemma(t.text) for t in subject_tokens]
    notes: list[str] = []
    if time is not None and time.note:
        notes.append(time.note)

    rest = _past(after, subject_tokens)
    metric = _metric_before(before) or _metric_after(rest, subject_tokens)
    if subject_words and subject_words[-1] in words.pronouns and previous is not None:
        subject = previous.subject
        notes.append(_notes()["pronoun"].format(word=subject_tokens[-1].text, subject=subject))
    elif subject_words and subject_words[-1] in words.pronouns:
        subject = UNSPECIFIED
    elif subject_words:
        subject = canonical_subject(subject_words)
    elif q.unit in (Unit.COUNT,) and metric is not None:
        subject = "person"
    else:
        subject = UNSPECIFIED
    if q.unit is Unit.AGE:
        metric = "age"
    elif q.unit is Unit.ORDINAL:
        metric = "ordinal"
    elif q.unit is Unit.DURATION:
        subject, duration_metric = _duration_subject(before)
        metric = duration_metric or "duration"

    if time is None and q.unit is not Unit.DURATION:
        time = year_before(before)
    nearby = [*before, *tokens.after(q.start, WINDOW)]  # ``before`` is tokens.before(q.start)
    opening = len(before) < WINDOW
    frame = figure_frame(
        q,
        before,
        after,
        subject_tokens,
        subject,
        metric or "",
        nearby,
        times,
        opening=opening,
        words=sentence_words,
        rest=rest,
    )
    if q.unit is Unit.DURATION:
        frame = _adjectival_duration(
            q, after, before, replace(frame, what=subject, event=metric or "")
        )
    elif frame.actor and not frame.what and not frame.event:
        frame = _elided_what(frame, q, previous)
    elif q.unit is Unit.COUNT and not subject_tokens and not frame.actor and not frame.event:
        frame = _listed_owner(frame, q, after, previous)
        frame = frame if frame.actor else continued_list(frame, q, before, previous)
    elif not frame.actor and not frame.event and q.unit is not Unit.COUNT:
        frame = continued_list(frame, q, before, previous)
    if not subject_tokens or is_event_words(" ".join(t.lower for t in subject_tokens)):
        frame = coordinated(frame, q, (before, after), previous, sentence.start)  # "and 12 hurt"
    frame, time, named = owned_age(frame, time, q, (before, subject_tokens), source)
    end = subject_tokens[-1].end if subject_tokens else measure_end
    if q.unit is Unit.COUNT and not frame.event:
        frame, end = sized_compound(after, frame, end, _tail(sentence, q), subject_tokens)
    start = q.start
    local_start, local_end = start - sentence.start, end - sentence.start
    window_start, window_end = sentence_window(sentence, start, end)
    return Claim(
        source=source.id,
        start=start,
        end=end,
        text=source.text[start:end],
        sentence=source.text[window_start:window_end],
        sentence_start=window_start,
        sentence_end=window_end,
        subject=frame.what or subject,
        metric=frame.event or metric or "count",
        kind=q.unit.value,
        value=q,
        time=time,
        certainty=ASSERTED if named else hedges_in(reading, local_start, local_end),
        attribution=attribution_in(reading, local_start, local_end),
        notes=tuple(notes),
        what=frame.what,
        event=frame.event,
        place=frame.place,
        role=frame.role,
        actor=frame.actor,
        incident=frame.incident,
    )


def _past(after: list[Token], subject_tokens: list[Token]) -> list[Token]:
    """The tokens of ``after`` past the subject's last word (all of them with no subject).

    The subject's words are tokens of ``after`` (``_subject_after``), which are in text
    order and never overlap: the tokens starting at or after the last one's end are exactly
    those after it in the list."""
    if not subject_tokens:
        return after
    return after[bisect_left(after, subject_tokens[-1].end, key=_START) :]


_START = itemgetter(0)  # a token's start (``Token`` is a named tuple)


def _adjectival_duration(
    q: Quantity, after: list[Token], before: list[Token], frame: Frame
) -> Frame:
    """A duration written as an adjective measures the noun after it: "a [10-day] campaign";
    one followed by "of" the timed thing it is: "two weeks of campaigning"."""
    found = timed_thing(q, after, before)
    if not found:
        return frame  # "a 14-year sentence" of whom? "a 10-year veteran"
    return replace(frame, what=found, event=DURATION_EVENT, actor="")


def _tail(sentence: Sentence, q: Quantity) -> str:
    """The text of the sentence right after a figure ("-state bus tour" after "five")."""
    return sentence.text[q.end - sentence.start :]


def _listed_owner(frame: Frame, q: Quantity, after: list[Token], previous: Claim | None) -> Frame:
    """A running total listed after another with its owner after it: "Trump leads with 329
    delegates, followed by [231 for Cruz]" takes "delegate" from the figure before it and
    Cruz as its owner (``owner_list_links``)."""
    fw = frame_words()
    if len(after) < 2 or after[0].lower not in fw.owner_list_links:
        return frame
    name: list[Token] = []
    for token in after[1:]:
        if not (token.is_word and token.is_capitalised) or token.lower in claim_words().stop_words:
            break
        name.append(token)
    rest = after[1 + len(name) :]
    if not name or (rest and rest[0].is_word and rest[0].lower not in _CONJUNCTIONS):
        return frame  # "231 for Cruz [supporters]": not the name's own
    if previous is None or previous.value is None or previous.kind != q.unit.value:
        return frame
    if previous.event or not previous.actor or not previous.what:
        return frame
    if q.start - previous.end > _ELISION_REACH:
        return frame
    owner = " ".join(lemma(t.text) for t in name)
    if owner == previous.actor:
        return frame
    return replace(frame, what=previous.what, actor=owner, role=TOTAL)


def _elided_what(frame: Frame, q: Quantity, previous: Claim | None) -> Frame:
    """What a running total counts when its noun is elided in a list: "Trump has 743
    delegates; Cruz has 517" takes "delegate" from the figure before it."""
    if previous is None or previous.value is None or previous.kind != q.unit.value:
        return frame
    if previous.event or not previous.actor or not previous.what or previous.actor == frame.actor:
        return frame
    if q.start - previous.end > _ELISION_REACH:
        return frame
    return replace(frame, what=previous.what)


def _subject_after(after: list[Token], q: Quantity) -> list[Token]:
    """The noun phrase a figure counts: "over 1,200 [political prisoners]"."""
    words = claim_words()
    i = 0
    # "hundreds of thousands of belarusians", "10 of them", "90 percent of them"
    if i < len(after) and after[i].lower == "of":
        i += 1
    elif i + 1 < len(after) and after[i].lower in frame_words().new_adjectives:
        i += 1  # "19,000 [additional] agents": the frame stage reads the adjective
    subject: list[Token] = []
    tokens = phrase_tokens(after[i:])
    for token in tokens:
        low = token.lower
        if not token.is_word or len(subject) >= words.max_subject_words:
            break
        if low in words.pronouns and not subject:
            return [*after[i : i + 1]]
        if low in words.stop_words:
            break
        if low.endswith("ly") and len(low) > 4 and low not in _ly_adjectives():
            break
        if low.endswith("ed") and _verb_follows(after, token):
            break
        subject.append(token)
        if lemma(token.text) != low and low.endswith("s"):
            break  # a plural noun is the head of the phrase
    if subject and subject[-1].lower.endswith("ed") and len(subject) == 1:
        return []
    return subject


@cache
def _notes() -> dict[str, str]:
    """The notes this stage writes on a claim (``claims.toml`` [explain])."""
    table = require(load_lexicon("claims"), "explain", dict, "claims")
    return {str(k): str(v) for k, v in table.items()}


@cache
def _ly_adjectives() -> frozenset[str]:
    """Words ending in -ly that are no adverb ("likely voters", "elderly residents")."""
    data = load_lexicon("claims")
    return frozenset(str(w) for w in require(data, "ly_adjectives", list, "claims"))


def _verb_follows(after: list[Token], token: Token) -> bool:
    """True when an -ed word is used as a verb: "30,000 detained unjustly since 2020"."""
    words = claim_words()
    index = after.index(token)
    if index + 1 >= len(after):
        return True
    nxt = after[index + 1]
    return not nxt.is_word or nxt.lower in words.stop_words or nxt.lower.endswith("ly")


def _metric_before(before: list[Token]) -> str | None:
    """A nominalised metric right before the figure: "the [exodus] of", "[detention] of"."""
    window = before[-claim_words().look_back_words :]
    if len(window) < 2 or window[-1].lower != "of":
        return None
    lemmas = [lemma(t.text) for t in window[:-1] if t.is_word]
    found = find_metric(lemmas)
    if found is None or found[2] != len(lemmas):
        return None
    return found[0]


def _metric_after(after: list[Token], subject: list[Token]) -> str | None:
    """The verb group after the subject: "[have fled] Belarus", "were [detained]".

    When the subject is the first of a list ("Hundreds of opposition figures, activists and
    journalists have been charged"), the verb after the list counts.
    """
    words = claim_words()
    found = find_metric(_verb_lemmas(after[: words.look_ahead_words], stop_at_list=True))
    if found is None and subject and after and after[0].text == ",":
        found = find_metric(_verb_lemmas(after[: words.look_ahead_words + 4], stop_at_list=False))
    return None if found is None else found[0]


def _verb_lemmas(tokens: list[Token], *, stop_at_list: bool) -> list[str]:
    lemmas: list[str] = []
    for token in tokens:
        if token.is_number or (token.text in CLAUSE_END and (stop_at_list or token.text != ",")):
            break
        if stop_at_list and token.lower in _CONJUNCTIONS:
            break
        if token.is_word:
            lemmas.append(lemma(token.text))
    return lemmas


def _duration_subject(before: list[Token]) -> tuple[str, str | None]:
    """What a duration measures, from the words before it ("grip on power after 26 years").

    Only a duration said of a known metric ("in power", "held", "sentenced") with a content
    word beside it becomes comparable; "a four-week closure" or "the worst in a decade"
    leave the subject unspecified, so they are listed but never matched.
    """
    words = claim_words()
    context: list[str] = []
    for token in reversed(before):
        if token.text in CLAUSE_END or len(context) >= words.look_back_words + 1:
            break
        if token.is_word:
            context.append(lemma(token.text))
    context.reverse()
    found = find_metric(context)
    if found is None:
        return UNSPECIFIED, None
    metric, first, last = found
    content = [w for w in context[:first] + context[last:] if w not in words.stop_words]
    return (" ".join(content) if content else UNSPECIFIED), metric
