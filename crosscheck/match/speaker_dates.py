"""Dates of one statement told by one named speaker: two outlets' dates -> one ClaimPair.

A statement's date ("Obama said Saturday he would nominate a successor 'in due time'",
"Obama said Saturday night that he would submit an appointment ... but 'in due time'")
carries no event stem, so the event buckets of ``date_pairs`` never hold it, and
``quote_pairs`` pairs it only on a long shared quote or a short one in sentences that share
``told_stems`` stems. Here two such dates of different sources are one statement when:

- each is the date of what was said (``quote_dates.utterance_date``: a speech verb or a
  statement noun beside it, not a relative clause's act, not after its article's day);
- both name one speaker: the claims' ``attribution`` share a name word (a capitalised word,
  no stop word nor a title of ``[speaker_statements]`` ``titles``: "President Obama" /
  "Obama");
- both tell the same statement: their quotes share a run of ``short_run`` words
  (``short_content`` of them no stop word), or their sentences, less the speaker's words,
  the dates' words and the speech verbs, share ``told_stems`` stems;
- their periods nest (one day and a part of it, a day and the clock time in it): a speaker's
  statements on two days ("said Monday" / "said Friday") are never paired here, however alike
  their words, since a speaker says one thing again;
- they do not tell two times of one day (two clock times, or two parts that cannot overlap:
  "said Monday morning" / "said Monday night"): a speaker may speak twice on one day;
- no date of the same speaker of another period in either source passes against the other
  date as well (one speaker quoted on two days in one article: which one is meant is open);
  one sentence tells one statement, so a date of the partner's sentence that does not nest
  while another of it does dates what was said, and is no other period ("the Post reported
  late Thursday night that Flynn had called Kislyak on December 29").

Each date is paired with its best partner in each other source, mutually (most shared
stems, then the longest shared quote). The pair carries the note ``same_statement``, which
``quote_dates.one_utterance`` reads as one utterance.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from crosscheck.claims.date_events import date_event_words, stem
from crosscheck.claims.dates import DATE_KIND
from crosscheck.lexicon import explain_words, load_lexicon, lower_words, require
from crosscheck.match.article_dates import within
from crosscheck.match.date_words import date_words
from crosscheck.match.day_parts import day_part, parts_apart
from crosscheck.match.quote_dates import (
    claim_period,
    may_quote,
    quoted_words,
    shared_run,
    text_stems,
    utterance_date,
)
from crosscheck.model import Claim, ClaimPair, Source
from crosscheck.names.quoted import quote_spans
from crosscheck.text.words import claim_words

_WORD = re.compile(r"[\w'\u2019-]+")
_NAME = re.compile(r"[^\W\d_][\w'\u2019-]*")
_COMPARE = "compare"
_NOTE = "same_statement"
_SHOWN_WORDS = 12


@dataclass(frozen=True)
class _Settings:
    short_run: int
    short_content: int
    told_stems: int
    titles: frozenset[str]


@cache
def _settings(lang: str) -> _Settings:
    data = require(load_lexicon("time", lang), "speaker_statements", dict, "time", lang=lang)
    return _Settings(
        short_run=int(require(data, "short_run", int, "time", lang=lang)),
        short_content=int(require(data, "short_content", int, "time", lang=lang)),
        told_stems=int(require(data, "told_stems", int, "time", lang=lang)),
        titles=lower_words(data, "titles", "time", lang=lang),
    )


@dataclass(frozen=True)
class _Told:
    """A statement's date with what it tells: the speaker's name words, the quoted words and
    the sentence's stems less the speaker's, the date's and the speech verbs'."""

    claim: Claim
    speaker: frozenset[str]
    quoted: tuple[str, ...]
    stems: frozenset[str]
    in_quote: bool


def note_prefix() -> str:
    """The fixed start of the ``same_statement`` note."""
    return str(explain_words(_COMPARE)[_NOTE]).split("{", 1)[0]


def statement_speaker(a: Claim, b: Claim) -> str:
    """The speaker's name words of two dates paired here (read from the ``same_statement``
    note both carry), or ``""`` for any other pair."""
    prefix = note_prefix()
    notes = [n for n in a.notes if n.startswith(prefix) and n in b.notes]
    return notes[0][len(prefix) :].split(", ", 1)[0] if notes else ""


def speaker_names(attribution: str | None, lang: str) -> frozenset[str]:
    """The name words of an attribution: capitalised words, titles and stop words left out
    ("President Obama" -> {"obama"}, "A spokesman" -> none)."""
    if not attribution:
        return frozenset()
    return _names(attribution, lang)


@lru_cache(maxsize=4096)
def _names(attribution: str, lang: str) -> frozenset[str]:
    left_out = _settings(lang).titles | claim_words(lang).stop_words
    words = (w for w in _NAME.findall(attribution) if w[:1].isupper())
    return frozenset(w.lower() for w in words) - left_out


def _told(
    claim: Claim, speaker: frozenset[str], text: str, dated: frozenset[int], lang: str
) -> _Told:
    quoted = quoted_words(text, claim, dated, lang=lang) if may_quote(text, claim, lang) else ()
    left_out = (
        text_stems(claim.attribution or "", lang)
        | text_stems(claim.text, lang)
        | {stem(w, lang) for w in date_event_words(lang).statement_verbs}
    )
    stems = text_stems(claim.sentence, lang) - left_out
    return _Told(claim, speaker, quoted, stems, _in_quote(claim, lang))


def _in_quote(claim: Claim, lang: str) -> bool:
    """Whether the date stands inside quotation marks of its sentence (what was said)."""
    at = claim.start - claim.sentence_start
    spans = quote_spans(claim.sentence, 0, len(claim.sentence), lang)
    return any(start <= at < end for start, end in spans)


def _nested(a: Claim, b: Claim) -> bool:
    """Whether one date's period lies inside the other's."""
    return _nested_in(a, b) or _nested_in(b, a)


def _two_times(a: Claim, b: Claim, lang: str) -> bool:
    """Whether two dates tell two times of one day: two clock times that differ, or two parts
    of the day that cannot overlap (``day_parts.parts_apart``)."""
    ta, tb = a.time, b.time
    assert ta is not None and tb is not None
    if ta.minute_start is not None and tb.minute_start is not None:
        return (ta.minute_start, ta.minute_end) != (tb.minute_start, tb.minute_end)
    words = date_words(lang)
    pa, pb = day_part(a, words), day_part(b, words)
    return pa is not None and pb is not None and parts_apart(pa, pb, words)


def _fineness(claim: Claim, lang: str) -> int:
    """How finely a date tells its day: 2 a clock time, 1 a part of the day, 0 neither."""
    t = claim.time
    assert t is not None
    if t.minute_start is not None:
        return 2
    return 1 if day_part(claim, date_words(lang)) is not None else 0


def _finer_beside(coarse: _Told, fine: _Told, claims: Sequence[Claim], lang: str) -> bool:
    """Whether the coarser date's own article gives, in another sentence it attributes to
    the speaker, a date inside its period at least as fine as the finer side's ("said in an ABC
    News interview on Sunday" and "the interview, which aired at 10 p.m. on Sunday" against
    "Sunday night"): the coarse outlet tells the finer time too, and the pair is explained."""
    need = _fineness(fine.claim, lang)
    if need <= _fineness(coarse.claim, lang):
        return False  # not the coarser side of the pair
    for c in claims:
        if c.source != coarse.claim.source or c.kind != DATE_KIND or c.key == coarse.claim.key:
            continue
        if c.time is None or c.time.begin is None or not _nested_in(c, coarse.claim):
            continue
        if c.sentence_start == coarse.claim.sentence_start:
            continue
        if speaker_names(c.attribution, lang) & coarse.speaker and _fineness(c, lang) >= need:
            return True
    return False


def _nested_in(inner: Claim, outer: Claim) -> bool:
    """Whether ``inner``'s period lies inside ``outer``'s."""
    ti, to = inner.time, outer.time
    if ti is None or to is None or ti.begin is None or to.begin is None:
        return False
    return within(ti, to)


def _strength(x: _Told, y: _Told, lang: str) -> tuple[int, int] | None:
    """How strongly two dates tell one statement (shared stems, shared quote run), or
    ``None`` when they do not name one speaker or tell it too differently."""
    if not x.speaker & y.speaker:
        return None
    settings = _settings(lang)
    run = shared_run(x.quoted, y.quoted)
    stops = claim_words(lang).stop_words
    content = sum(1 for w in run if w not in stops)
    shared = len(x.stems & y.stems)
    quote = len(run) >= settings.short_run and content >= settings.short_content
    if not quote and shared < settings.told_stems:
        return None
    return (shared, len(run))


_Key = tuple[str, int, int]
_Partners = dict[tuple[_Key, str], list[tuple[tuple[int, int], _Told]]]


def speaker_pairs(claims: Iterable[Claim], sources: Sequence[Source], lang: str) -> list[ClaimPair]:
    """Pairs of dates of different sources that date one statement of one named speaker."""
    claims = list(claims)
    told = _told_dates(claims, sources, lang)
    by_key = {x.claim.key: x for x in told}
    best = _best(_passing(told, lang), by_key)
    pairs: dict[tuple[_Key, _Key], ClaimPair] = {}
    for (key, _), other in best.items():
        mine = by_key[key]
        back = best.get((other.claim.key, mine.claim.source))
        if back is None or back.claim.key != key or not _nested(mine.claim, other.claim):
            continue  # each the other's best partner, their periods nested
        if _two_times(mine.claim, other.claim, lang):
            continue
        if _finer_beside(mine, other, claims, lang) or _finer_beside(other, mine, claims, lang):
            continue
        a, b = sorted((mine, other), key=lambda x: x.claim.key)
        if (a.claim.key, b.claim.key) not in pairs:
            pairs[(a.claim.key, b.claim.key)] = _noted(a, b, lang)
    return [pairs[k] for k in sorted(pairs)]


def _told_dates(claims: Sequence[Claim], sources: Sequence[Source], lang: str) -> list[_Told]:
    """The placed dates of what was said, of a named speaker, not after their article's day."""
    texts = {s.id: s.text for s in sources}
    published = {s.id: s.published for s in sources}
    dated: dict[str, set[int]] = defaultdict(set)
    for claim in claims:
        if claim.kind == DATE_KIND:
            dated[claim.source].add(claim.start)
    named: list[tuple[Claim, frozenset[str]]] = []
    for claim in claims:
        t = claim.time
        if claim.kind != DATE_KIND or claim.value is not None or t is None:
            continue
        day = published.get(claim.source)
        if claim.source not in texts or t.begin is None or (day is not None and t.begin > day):
            continue
        speaker = speaker_names(claim.attribution, lang)
        if speaker:
            named.append((claim, speaker))
    said = [(c, s) for c, s in _shared_speakers(named) if utterance_date(c, lang)]
    return [
        _told(c, s, texts[c.source], frozenset(dated[c.source]), lang)
        for c, s in _shared_speakers(said)
    ]


def _shared_speakers(
    named: list[tuple[Claim, frozenset[str]]],
) -> list[tuple[Claim, frozenset[str]]]:
    """The dates whose speaker shares a name word with a date of another source: only those
    can pair (``_strength``), so what a date tells is read for those alone."""
    sources: dict[str, set[str]] = defaultdict(set)
    for claim, speaker in named:
        for word in speaker:
            sources[word].add(claim.source)
    return [(c, s) for c, s in named if any(sources[w] - {c.source} for w in s)]


def _passing(told: Sequence[_Told], lang: str) -> _Partners:
    """For each date and other source, the dates of that source that tell one statement with
    it, with their strength."""
    passing: _Partners = defaultdict(list)
    for i, x in enumerate(told):
        for y in told[i + 1 :]:
            if x.claim.source == y.claim.source:
                continue
            strength = _strength(x, y, lang)
            if strength is None:
                continue
            passing[(x.claim.key, y.claim.source)].append((strength, y))
            passing[(y.claim.key, x.claim.source)].append((strength, x))
    return passing


def _best(passing: _Partners, by_key: dict[_Key, _Told]) -> dict[tuple[_Key, str], _Told]:
    """Each date's strongest partner in each other source; none when the partners that pass
    stand beside two periods of that source (the speaker's words on two days). One sentence
    tells one statement: of its dates that pass, those nesting with the date are its date
    ("the Post reported late Thursday night that Flynn had called Kislyak on December 29")."""
    best: dict[tuple[_Key, str], _Told] = {}
    for where, found in passing.items():
        found = _one_per_sentence(by_key[where[0]], found)
        if len({claim_period(y.claim) for _, y in found}) > 1:
            continue
        best[where] = max(found, key=lambda f: (f[0], f[1].claim.key))[1]
    return best


def _one_per_sentence(
    x: _Told, found: list[tuple[tuple[int, int], _Told]]
) -> list[tuple[tuple[int, int], _Told]]:
    """The partners of ``x``, less those of a sentence that holds another partner nesting
    with ``x``, outside quotation marks, while they do not: the sentence's other dates tell
    what was said, not when. A nesting date inside a quote is itself what was said ("said
    Saturday, 'the orders stay through the weekend'") and drops no date."""
    nesting = {
        y.claim.sentence_start for _, y in found if _nested(x.claim, y.claim) and not y.in_quote
    }
    return [
        f for f in found if f[1].claim.sentence_start not in nesting or _nested(x.claim, f[1].claim)
    ]


def _written(x: _Told, stems: frozenset[str], lang: str) -> tuple[str, ...]:
    """The words of ``x``'s sentence whose stems are ``stems``, as written, each once."""
    found = (w for w in _WORD.findall(x.claim.sentence) if stem(w.lower(), lang) in stems)
    return tuple(dict.fromkeys(found))


def _noted(a: _Told, b: _Told, lang: str) -> ClaimPair:
    run = shared_run(a.quoted, b.quoted)
    words = run if len(run) >= _settings(lang).short_run else _written(a, a.stems & b.stems, lang)
    shown = " ".join(words[:_SHOWN_WORDS]) + (" ..." if len(words) > _SHOWN_WORDS else "")
    shared = a.speaker & b.speaker
    written = [w for w in _NAME.findall(a.claim.attribution or "") if w.lower() in shared]
    speaker = " ".join(dict.fromkeys(written))
    note = str(explain_words(_COMPARE)[_NOTE]).format(speaker=speaker, words=shown)
    return ClaimPair(
        a=replace(a.claim, notes=(*a.claim.notes, note)),
        b=replace(b.claim, notes=(*b.claim.notes, note)),
        score=100.0,
    )
