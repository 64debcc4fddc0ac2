"""Dates of one named interview: the date claims of all sources -> ClaimPairs of one interview.

An interview is one occasion when it is named by its outlet and its speaker: "In an interview
with NBC News on Saturday morning, Mrs. Clinton said ..." and "Clinton told NBC News anchor
Lester Holt on Friday, in an interview just before ..." date the same interview, whatever
the two sentences quote. A date is an interview's date when it dates what was said
(quote_dates.utterance_date), stands in no relative clause, is no later than its article's
day, and its sentence holds an interview noun (``interview_nouns`` of time.toml's
``[interview_dates]``) within ``noun_reach`` words and exactly one outlet within ``outlet_reach``
words: a run of capitalised words right after a cue word ("told", "with", "on":
``outlet_cues``) or right before the interview noun ("a CNN interview").

Two such dates of different sources pair when they name the same outlet, their sentences
share a name (a capitalised word outside the outlets and the dates, no word of
``not_names``, no title or role of names.toml and no stop word), and they are one to
``max_days`` days apart. "Told CNN on Sunday" and "told CNN on Monday" without the interview
noun are two conversations as often as one (a spokesman, a source, a senator asked twice),
so the noun is required on both sides; and a source that dates an interview with the same
outlet and speaker on two days knows of two interviews and pairs none of them. Both claims
carry the note ``same_interview``, which the time rule reads (``one_interview``) as it reads
one quoted statement: the outlet and the speaker name the occasion, so no shared key words
are needed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from crosscheck.claims.dates import DATE_KIND
from crosscheck.lexicon import explain_words, load_lexicon, lower_words, require
from crosscheck.match.quote_dates import in_relative_clause, utterance_date
from crosscheck.model import Claim, ClaimPair, Granularity, Source
from crosscheck.text.words import claim_words

_WORD = re.compile(r"[^\W\d_][\w'\u2019.&-]*")
_POSSESSIVE = ("'s", "\u2019s")
_COMPARE = "compare"
_NOTE = "same_interview"


@dataclass(frozen=True, slots=True, kw_only=True)
class _Settings:
    nouns: frozenset[str]
    cues: frozenset[str]
    skipped: frozenset[str]
    not_names: frozenset[str]
    noun_reach: int
    outlet_reach: int
    max_days: int


@cache
def _settings() -> _Settings:
    data = require(load_lexicon("time"), "interview_dates", dict, "time")
    return _Settings(
        nouns=lower_words(data, "interview_nouns", "time"),
        cues=lower_words(data, "outlet_cues", "time"),
        skipped=lower_words(data, "outlet_articles", "time"),
        not_names=lower_words(data, "not_names", "time") | _titles(),
        noun_reach=int(require(data, "noun_reach", int, "time")),
        outlet_reach=int(require(data, "outlet_reach", int, "time")),
        max_days=int(require(data, "max_days", int, "time")),
    )


def _titles() -> frozenset[str]:
    """The ``titles`` and ``roles`` of names.toml: words before a name that name no one."""
    data = load_lexicon("names")
    return lower_words(data, "titles", "names") | lower_words(data, "roles", "names")


@dataclass(frozen=True, slots=True, kw_only=True)
class Interview:
    """A date claim read as an interview's date: the outlet named and the sentence's names."""

    claim: Claim
    outlet: str
    names: frozenset[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Word:
    text: str
    start: int
    end: int

    @property
    def folded(self) -> str:
        bare = self.text.rstrip(".")
        for ending in _POSSESSIVE:
            if bare.endswith(ending):
                bare = bare[: -len(ending)]
        return bare.lower().replace("\u2019", "'")

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


def _words(sentence: str) -> list[_Word]:
    return [_Word(text=m.group(), start=m.start(), end=m.end()) for m in _WORD.finditer(sentence)]


def _outlet_runs(words: Sequence[_Word]) -> list[tuple[int, int]]:
    """The runs of capitalised words (index ranges) after a cue word, past an article, or
    right before an interview noun (itself after no capital: "a CNN interview")."""
    settings = _settings()
    runs: list[tuple[int, int]] = []
    for i, w in enumerate(words):
        if w.folded in settings.cues:
            j = i + 1
            if j < len(words) and words[j].folded in settings.skipped:
                j += 1
            end = _run_end(words, j)
            if end > j:
                runs.append((j, end))
        if w.folded in settings.nouns:
            start = i
            while start > 0 and words[start - 1].capital:
                start -= 1
            if start < i:
                runs.append((start, i))
    return runs


def _run_end(words: Sequence[_Word], j: int) -> int:
    end = j
    while end < len(words) and words[end].capital:
        end += 1
        if words[end - 1].text.endswith(_POSSESSIVE):
            break
    return end


def _distance(words: Sequence[_Word], first: int, last: int, claim_at: tuple[int, int]) -> int:
    """Words between a run of words and the date, plus one (0 when they overlap)."""
    inside = [k for k, w in enumerate(words) if claim_at[0] <= w.start < claim_at[1]]
    if not inside:
        return len(words)
    lo, hi = inside[0], inside[-1]
    if last <= lo:
        return lo - last + 1
    if first > hi:
        return first - hi
    return 0


def interview_of(claim: Claim, published: date | None) -> Interview | None:
    """The interview a date claim dates, or None (see the module doc)."""
    t = claim.time
    if claim.kind != DATE_KIND or claim.value is not None or t is None or t.begin is None:
        return None
    if t.granularity is not Granularity.DAY or in_relative_clause(claim):
        return None
    if published is not None and t.begin > published:
        return None
    settings = _settings()
    words = _words(claim.sentence)
    at = (claim.start - claim.sentence_start, claim.end - claim.sentence_start)
    nouns = [k for k, w in enumerate(words) if w.folded in settings.nouns]
    if not any(_distance(words, k, k + 1, at) <= settings.noun_reach for k in nouns):
        return None
    runs = [
        r
        for r in _outlet_runs(words)
        if 0 < _distance(words, *r, at) <= settings.outlet_reach
        and not all(w.folded in settings.not_names for w in words[r[0] : r[1]])
    ]
    if len(runs) != 1 or not utterance_date(claim):
        return None
    first, last = runs[0]
    outlet = " ".join(w.folded for w in words[first:last])
    stops = claim_words().stop_words
    names = frozenset(
        w.folded
        for k, w in enumerate(words)
        if w.capital
        and not first <= k < last
        and not at[0] <= w.start < at[1]
        and len(w.folded) > 2
        and w.folded not in stops
        and w.folded not in settings.not_names
        and w.folded not in settings.nouns
    )
    return Interview(claim=claim, outlet=outlet, names=names) if names else None


def _days_apart(a: Claim, b: Claim) -> int:
    assert a.time is not None and b.time is not None
    assert a.time.begin is not None and b.time.begin is not None
    return abs((a.time.begin - b.time.begin).days)


def interview_pairs(claims: Iterable[Claim], sources: Sequence[Source]) -> list[ClaimPair]:
    """Pairs of dates of different sources that date one named interview on different days."""
    published = {s.id: s.published for s in sources}
    found: list[Interview] = []
    for claim in claims:
        if claim.source in published:
            item = interview_of(claim, published[claim.source])
            if item is not None:
                found.append(item)
    days: dict[tuple[str, str, str], set[date]] = defaultdict(set)
    for item in found:
        assert item.claim.time is not None and item.claim.time.begin is not None
        for name in item.names:
            days[(item.claim.source, item.outlet, name)].add(item.claim.time.begin)
    max_days = _settings().max_days
    pairs: dict[tuple[tuple[str, int, int], tuple[str, int, int]], ClaimPair] = {}
    for i, x in enumerate(found):
        for y in found[i + 1 :]:
            if x.claim.source == y.claim.source or x.outlet != y.outlet:
                continue
            shared = sorted(x.names & y.names)
            if not shared or not 0 < _days_apart(x.claim, y.claim) <= max_days:
                continue
            if any(
                len(days[(item.claim.source, item.outlet, name)]) > 1
                for item in (x, y)
                for name in shared
            ):
                continue  # a source that dates two such interviews knows of two
            a, b = sorted((x, y), key=lambda item: item.claim.key)
            pairs.setdefault((a.claim.key, b.claim.key), _noted(a, b))
    return [pairs[k] for k in sorted(pairs)]


def _noted(a: Interview, b: Interview) -> ClaimPair:
    note = str(explain_words(_COMPARE)[_NOTE]).format(outlet=_shown(a))
    return ClaimPair(
        a=replace(a.claim, notes=(*a.claim.notes, note)),
        b=replace(b.claim, notes=(*b.claim.notes, note)),
        score=100.0,
    )


def _shown(item: Interview) -> str:
    """The outlet as the sentence writes it."""
    words = _words(item.claim.sentence)
    for i in range(len(words)):
        run = words[i:]
        for n in range(1, len(run) + 1):
            if " ".join(w.folded for w in run[:n]) == item.outlet:
                text = item.claim.sentence[run[0].start : run[n - 1].end]
                return text[:-2] if text.endswith(_POSSESSIVE) else text
    return item.outlet


def _note_prefix() -> str:
    return str(explain_words(_COMPARE)[_NOTE]).split("{", 1)[0]


def one_interview(a: Claim, b: Claim) -> bool:
    """Whether two dates were paired as dates of one named interview (``interview_pairs``)."""
    prefix = _note_prefix()
    return any(n.startswith(prefix) for n in a.notes) and any(n.startswith(prefix) for n in b.notes)
