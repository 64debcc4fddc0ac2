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
from typing import TypeVar

from crosscheck.certainty.reading import SentenceReading, read_sentence
from crosscheck.claims.dates import date_claim, keyed_only
from crosscheck.claims.figure_claim import quantity_claim
from crosscheck.claims.frame_reading import read_words
from crosscheck.claims.frame_words import frame_words
from crosscheck.claims.function_words import function_words
from crosscheck.claims.scope_times import (
    aside_time,
    figure_times,
    other_clause_time,
    since_clause_time,
    statement_time,
)
from crosscheck.claims.tallies import rival_tallies
from crosscheck.claims.vote_tallies import vote_tallies
from crosscheck.lexicon import explain_words, reading_language
from crosscheck.model import (
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
from crosscheck.text.words import TokenIndex
from crosscheck.timex import find_times, without_reading

_Span = TypeVar("_Span", Quantity, TimeRef)

# Marks that end the clause a figure's time scope may come from.
_BREAKS = frozenset({";", ".", "!", "?", "\u2013", "\u2014", "|", "“", "”", '"', "(", ")"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Prepared:
    """A source after cleaning: the cleaned text (same length), its sentences, and the
    language whose lexicons read it (``lexicon.reading_language``: "en-GB" -> "en")."""

    source: Source
    cleaned: str
    sentences: tuple[Sentence, ...]
    lang: str


def prepare(source: Source) -> Prepared:
    """Clean a source and split it into sentences (offsets index ``source.text``), both
    with the lexicons of the source's language (kept for the finders that read it next).

    Raises:
        ValueError: No lexicon reads the source's language (``lexicon.reading_language``).
    """
    lang = reading_language(source.id, source.language)
    cleaned = clean_text(source.text, lang)
    sentences = split_sentences(cleaned, lang)
    return Prepared(source=source, cleaned=cleaned, sentences=sentences, lang=lang)


def extract_claims(source: Source) -> tuple[Claim, ...]:
    """All checkable claims of one source, in text order."""
    return claims_from(prepare(source))


def claims_from(prepared: Prepared) -> tuple[Claim, ...]:
    """All claims of an already prepared source, in text order."""
    source, cleaned = prepared.source, prepared.cleaned
    quantities = [q for q in find_quantities(cleaned, prepared.lang) if q.end > q.start]
    found = find_times(
        cleaned, anchor=source.published, lang=prepared.lang, clocks_on_publication=True
    )
    times = _resolve_for_source(found, source)
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
        claims.extend(_sentence_claims(prepared, sentence, s_quantities, s_times, previous))
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
    return explain_words("claims")["vague_anchor"].format(
        source=source.id, granularity=source.published_granularity.value
    )


def _join_note(first: str | None, second: str) -> str:
    return f"{first}; {second}" if first else second


def _sentence_claims(
    prepared: Prepared,
    sentence: Sentence,
    quantities: list[Quantity],
    times: list[TimeRef],
    previous: Claim | None,
) -> list[Claim]:
    """The claims of one sentence, from its one reading (``read_words``), which every
    figure's and date's reader of the sentence shares. Its hedges and speakers
    (``read_sentence``) are read on the first claim that asks for them: a sentence whose
    figures and dates all give no claim is never read for them. Both readings use the
    lexicons of the source's language (``prepared.lang``)."""
    if not quantities and not times:
        return []
    source, cleaned, lang = prepared.source, prepared.cleaned, prepared.lang
    words = read_words(cleaned, sentence.start, sentence.end, _BREAKS)
    tokens = words.index
    readings: list[SentenceReading] = []

    def reading() -> SentenceReading:
        if not readings:
            readings.append(read_sentence(sentence.text, lang))  # ``cleaned[start:end]``
        return readings[0]

    time_starts = [t.start for t in times]
    quantities = [
        q for q in quantities if not _inside_time(q, times, time_starts) and not _trivial(q, lang)
    ]
    scopes = _scopes(quantities, times, tokens, lang)
    # a date that only counts joined to a noun took ("a six-term senator") is a date of its own
    used = {
        t.start for i, t in scopes.items() if t is not None and not _modifier(quantities[i], tokens)
    }
    claims: list[Claim] = []
    for index, q in enumerate(quantities):
        claim = quantity_claim(
            source, reading(), sentence, words, q, scopes[index], previous, times, lang=lang
        )
        if index and claims:
            claim = _equivalent(claim, claims[-1], quantities[index - 1], cleaned, lang)
        claims.append(claim)
        previous = claim
    claims = rival_tallies(claims, tokens, lang)  # "744 delegates, ahead of Cruz with 545"
    claims = vote_tallies(claims, source.text, tokens, lang)  # "voted 231-192 to delay"
    for t in times:
        dated = date_claim(source, reading, sentence, words, t, lang)
        if dated is None:
            continue
        if t.start not in used or (dated.event and t.granularity is Granularity.DAY):
            claims.append(dated)
        else:  # a figure's period may also date its event, or a statement
            figures = [c for c in claims if c.time is not None and c.time.start == t.start]
            keyed = keyed_only(dated, figures, tokens, lang=lang)
            if keyed is not None:
                claims.append(keyed)
    claims = _without_ago_lengths(claims)
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def _without_ago_lengths(claims: list[Claim]) -> list[Claim]:
    """The claims less each length of time whose last words open a date claim kept ("nearly
    [10 years] ago", "just over [a week] ago"): the date read from them is the claim, and
    its notes say how the modifier before it bounds the date. A length whose date gave no
    claim or no calendar date stays ("It happened more than three decades ago", "less than
    three months ago"), and so does a range, whose date reads only its last figure ("the
    peak levels of five to 10 years ago")."""
    dates = [
        (c.start, c.end)
        for c in claims
        if c.value is None and c.time is not None and c.time.begin is not None
    ]
    if not dates:
        return claims
    return [
        c
        for c in claims
        if c.value is None
        or c.value.unit is not Unit.DURATION
        or c.value.is_range
        or not any(c.start < start < c.end <= end for start, end in dates)
    ]


def _equivalent(claim: Claim, before: Claim, before_q: Quantity, cleaned: str, lang: str) -> Claim:
    """A sum given in brackets in another currency right after a sum ("100 million euros
    [($132.5 million)]") is the same sum, converted by the article: it takes that frame."""
    q, other = claim.value, before.value
    if q is None or other is None or q.unit is not Unit.MONEY or other.unit is not Unit.MONEY:
        return claim
    if q.dimension == other.dimension or before.end > q.start:
        return claim
    gap = cleaned[max(before.end, before_q.end) : q.start].replace(",", " ").split()
    bracketed = gap == ["("] and cleaned[q.end : q.end + 1] == ")"
    restated = len(gap) == 1 and gap[0].lower() in frame_words(lang).move_rephrasings
    if not (bracketed or restated) or not before.what:
        return claim  # "100 million euros [($132.5 million)]", "100 million euros[, or] $132.5m"
    note = explain_words("claims")["conversion"].format(text=before.text)
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


def _trivial(q: Quantity, lang: str) -> bool:
    """A bare "one" ("in one instance") counts nothing worth checking."""
    return q.unit is Unit.COUNT and q.text.strip().lower() in function_words(lang).trivial_counts


def _modifier(q: Quantity, tokens: TokenIndex) -> bool:
    """Whether a count is joined by a hyphen to the word after it ("a six-term senator",
    "the 21-page plan"): it describes a thing, so a date it takes as its period ("the
    six-term congressman won the primary in early August") still dates the clause's event."""
    if q.unit is not Unit.COUNT:
        return False
    at = tokens.first_at_or_after(q.start)
    toks = tokens.tokens
    if at < len(toks) and toks[at].start == q.start and toks[at].end > q.end:
        rest = toks[at].text[q.end - q.start :]
        return rest[:1] == "-" and rest[1:2].isalpha()
    after = tokens.first_at_or_after(q.end)
    return (
        after + 1 < len(toks)
        and toks[after].text == "-"
        and toks[after].start == q.end
        and toks[after + 1].start == toks[after].end
        and toks[after + 1].text[:1].isalpha()
    )


def _scopes(
    quantities: list[Quantity], times: list[TimeRef], tokens: TokenIndex, lang: str
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
    # not "at 7:15am", "second time this week"
    times = figure_times(times, quantities, tokens, lang)
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
                between = tokens.tokens[
                    tokens.first_at_or_after(q.end) : tokens.last_ending_by(t.start)
                ]
                if other_clause_time(between, lang):
                    continue  # "$70 million in aid, a move that was announced in May"
                # "killed since X broke out <date>"
                scopes[index] = since_clause_time(t, between, lang)
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
        if aside_time(t, q.start, tokens, lang):
            continue  # "Discovered in China in late December, the virus has infected 1,629"
        # "an Aug. 15 bombing that killed 27 people and wounded 300"; "said Thursday that"
        scopes[index] = statement_time(t, tokens.before(t.start, 2), lang)
        last_scoped[t.start] = index
    return scopes
