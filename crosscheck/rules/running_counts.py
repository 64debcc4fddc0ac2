"""Running counts: two points of one rising toll, not a discrepancy between outlets.

The toll of a fresh incident (the dead, the injured, arrests: ``events`` of the
``running_counts`` lexicon) rises through the day. One outlet's earlier figure against
another's later, higher one is two moments of one count, and a fact-checker has nothing to
resolve. ``earlier_point(pair, sources, figures)`` says a figure pair is such, when both
sources are of one day, both figures count one event class of that kind, one side's figure
is lower than the other's (its least value below the other's) and not vague, and that
lower side's own article credits that very figure (the same value, the same event class)
to a news outlet or wire ("CNN reports at least 130 people were killed", "injured at least
17 people, according to news reports"): the article repeats another newsroom's count of an
earlier moment, not a count of its own (``outlets``, and the story's own outlets' names).

A higher figure is never the earlier point, and a relayed figure against a lower one stays
flagged. A figure its own sentence says a count "rose to" is not read as an earlier point:
on the 299 non-draw stories one row has it (105bcff2ce), and two outlets' "the death toll
rose to 212" / "rose to 236" is a case the frames keep flagged. The words come from
``lexicon/<lang>/running_counts.toml``; the credit verbs and phrases from
``attribution.toml``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache

from crosscheck.claims.frame_incidents import incidents_differ
from crosscheck.claims.frame_places import places_differ
from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import Claim, ClaimPair, Source, TimeRef, Unit
from crosscheck.text.headline import in_headline
from crosscheck.text.tokens import lowered_words

_LEXICON = "running_counts"


@dataclass(frozen=True, slots=True)
class _Words:
    events: frozenset[str]
    outlets: frozenset[tuple[str, ...]]
    articles: frozenset[str]
    verbs: frozenset[str]
    auxiliaries: frozenset[str]
    source_phrases: frozenset[tuple[str, ...]]
    longest: int


@cache
def _words(lang: str) -> _Words:
    data = load_lexicon(_LEXICON, lang)
    credit = load_lexicon("attribution", lang)

    def words(table: dict[str, object], key: str, name: str) -> list[str]:
        return [str(x) for x in require(table, key, list, name)]

    outlets = frozenset(lowered_words(x) for x in words(data, "outlets", _LEXICON))
    phrases = frozenset(lowered_words(x) for x in words(credit, "source_phrases", "attribution"))
    return _Words(
        events=frozenset(words(data, "events", _LEXICON)),
        outlets=outlets,
        articles=frozenset(words(data, "articles", _LEXICON)),
        verbs=frozenset(words(credit, "verbs", "attribution")),
        auxiliaries=frozenset(words(credit, "auxiliaries", "attribution")),
        source_phrases=phrases,
        longest=max((len(o) for o in outlets), default=1),
    )


def earlier_point(
    pair: ClaimPair, sources: Mapping[str, Source], figures: Iterable[Claim], lang: str
) -> bool:
    """Whether the pair is two points of one rising toll: the lower side's own article
    credits its figure to a news outlet.

    ``figures`` are the story's figure claims (any order); only the lower side's source's
    are read.
    """
    return any(
        _relayed(early, own, sources, lang)
        for early, own in _lower_sides(pair, sources, figures, lang)
    )


def rising_snapshot(
    pair: ClaimPair, sources: Mapping[str, Source], figures: Iterable[Claim], lang: str
) -> Claim | None:
    """The lower side of a same-day pair of one rising toll whose own article shows the
    count rising: its headline gives the same event class a lower figure than its body
    ("Death toll rises to 130" above "left 141 people dead", against another outlet's
    145); None otherwise. The article is one moment of a running count, and the other
    outlet's higher figure may be a later one: both may have been true when written.

    ``figures`` are the story's figure claims (any order); only the lower side's source's
    are read.
    """
    for early, own in _lower_sides(pair, sources, figures, lang):
        if _headline_lower(early, own, sources, lang):
            return early
    return None


def _lower_sides(
    pair: ClaimPair, sources: Mapping[str, Source], figures: Iterable[Claim], lang: str
) -> Iterator[tuple[Claim, list[Claim]]]:
    """Each side of the pair that may be an earlier point of the other's count
    (``_rises_to``), with its own article's figure claims."""
    for early, late in ((pair.a, pair.b), (pair.b, pair.a)):
        if _rises_to(early, late, sources, lang):
            yield early, [c for c in figures if c.source == early.source]


def _headline_lower(
    claim: Claim, own: Iterable[Claim], sources: Mapping[str, Source], lang: str
) -> bool:
    """Whether a body figure's own article gives its event class a lower figure, not vague,
    in its headline, of the same toll: not of another place or incident, nor of another
    period than the body figure's (a past disaster's toll under today's headline)."""
    source, q = sources.get(claim.source), claim.value
    if source is None or q is None or q.low is None or in_headline(source.text, claim.start):
        return False
    for other in own:
        v = other.value
        if v is None or v.vague or v.low is None or other.event != claim.event:
            continue
        if _other_toll(claim, other, source, lang):
            continue
        if v.low < q.low and in_headline(source.text, other.start):
            return True
    return False


def _other_toll(body: Claim, headline: Claim, source: Source, lang: str) -> bool:
    """Whether a headline figure counts another toll than a body figure of its article: the
    two name different places or incidents, or their periods (a headline with none speaks
    of its article's day) do not meet."""
    if places_differ(body.place, headline.place):
        return True
    if incidents_differ(body.incident, headline.incident, lang):
        return True
    first, last = _days(body.time, source), _days(headline.time, source)
    if first is None or last is None:
        return False
    return first[1] < last[0] or last[1] < first[0]


def _days(time: TimeRef | None, source: Source) -> tuple[date, date] | None:
    """A claim's first and last day, its article's day when it gives none; None if unknown."""
    if time is None:
        return None if source.published is None else (source.published, source.published)
    if time.begin is None:
        return None
    return time.begin, time.end_date or time.begin


def _rises_to(early: Claim, late: Claim, sources: Mapping[str, Source], lang: str) -> bool:
    """Whether ``early`` may be an earlier point of the count ``late`` gives: one day, one
    running event class, counts, and ``early`` lower and not vague."""
    words = _words(lang)
    if early.event != late.event or early.event not in words.events:
        return False
    first, second = sources.get(early.source), sources.get(late.source)
    if first is None or second is None or first.published is None:
        return False
    if first.published != second.published:
        return False
    q, r = early.value, late.value
    if q is None or r is None or q.vague or q.unit is not Unit.COUNT or r.unit is not Unit.COUNT:
        return False
    return q.low is not None and r.low is not None and q.low < r.low


def _relayed(claim: Claim, own: Iterable[Claim], sources: Mapping[str, Source], lang: str) -> bool:
    """Whether the claim's article credits its figure to a news outlet, in any sentence
    stating the same value of the same event class."""
    q = claim.value
    if q is None:
        return False
    outlets = _words(lang).outlets | _story_outlets(sources, claim.source)
    for other in own:
        v = other.value
        if v is None or other.event != claim.event or (v.low, v.high) != (q.low, q.high):
            continue
        if _credits_outlet(lowered_words(other.sentence), outlets, lang):
            return True
    return False


def _story_outlets(sources: Mapping[str, Source], own: str) -> frozenset[tuple[str, ...]]:
    """The names of the story's other outlets, without their bracketed part ("CNN (Web
    News)" -> "cnn")."""
    names = set()
    for source_id, source in sources.items():
        if source_id == own or not source.outlet:
            continue
        name = lowered_words(source.outlet.split("(", 1)[0])
        if name:
            names.add(name)
    return frozenset(names)


def _credits_outlet(words: tuple[str, ...], outlets: frozenset[tuple[str, ...]], lang: str) -> bool:
    """Whether the words credit a statement to an outlet: "<outlet> reports", "<outlet> has
    said", "according to (the) <outlet>", "reported by <outlet>"."""
    lexicon = _words(lang)
    longest = max(lexicon.longest, *(len(o) for o in outlets)) if outlets else lexicon.longest
    for i in range(len(words)):
        for n in range(min(longest, len(words) - i), 0, -1):
            if words[i : i + n] not in outlets:
                continue
            if _verb_after(words, i + n, lang) or _phrase_before(words, i, lang):
                return True
    return False


def _verb_after(words: tuple[str, ...], end: int, lang: str) -> bool:
    lexicon = _words(lang)
    j = end
    while j < len(words) and words[j] in lexicon.auxiliaries:
        j += 1
    return j < len(words) and words[j] in lexicon.verbs


def _phrase_before(words: tuple[str, ...], start: int, lang: str) -> bool:
    lexicon = _words(lang)
    j = start
    while j > 0 and words[j - 1] in lexicon.articles:
        j -= 1
    return any(len(p) <= j and words[j - len(p) : j] == p for p in lexicon.source_phrases)
