"""Explanations: a claim pair and a finding -> one plain-English paragraph, and value texts.

Every discrepancy's explanation is built here: both claims quoted with their values, the
frame that matched ("both count people killed, in lyon"), why they differ, notes, other
sources saying the same, when each was published and whom each attributes it to.
"""

from __future__ import annotations

import re
from datetime import date

from crosscheck.date_keys import date_event_words, stem
from crosscheck.match.figures import match_rules
from crosscheck.model import (
    Claim,
    ClaimPair,
    Granularity,
    Quantity,
    Source,
    Unit,
    format_period,
    interval_text,
)
from crosscheck.rules.base import Finding, compare_rules, far_apart
from crosscheck.rules.numeric import figure

_NAMED_SOURCES = 5


def quoted(text: str) -> str:
    """A claim's words in curly quotes on one line (a claim may span a line break)."""
    return "“" + " ".join(text.split()) + "”"


def value_text(claim: Claim) -> str:
    """A readable normalised value: "> 1200", "2020-05 onwards", "[200000, 999999] (vague)"."""
    if claim.value is not None:
        q = claim.value
        text = interval_text(q)
        if q.unit is Unit.MONEY and q.dimension:
            text = f"{text} {q.dimension}"
        elif q.unit in (Unit.DURATION, Unit.AGE) and q.dimension:
            text = f"{text} {q.dimension}s"
        elif q.unit is Unit.MEASURE and q.measure:
            text = f"{text} {q.measure}"
        elif q.unit is Unit.PERCENT:
            text = f"{text} %"
        if q.vague:
            text += " (vague)"
        elif q.approximate:
            text += " (approx.)"
        return text
    if claim.time is not None:
        t = claim.time
        period = format_period(t.begin, t.end_date, t.granularity)
        group = match_rules().scope_group.get(t.modifier or "")
        if group == "start":
            return f"{period} onwards"
        if group == "end":
            return f"up to {period}"
        return period
    return ""


def describe_value(q: Quantity) -> str:
    """The figure in plain words: "more than 1,200", "a little under 1,400", "55 or more"."""
    n = figure(q.point) if q.point is not None else q.text
    if q.vague:
        low = figure(q.low) if q.low is not None else "?"
        high = figure(q.high) if q.high is not None else "?"
        return f"an unspecific number, read as {low} to {high}"
    template = compare_rules().describe.get((q.modifier or "").lower())
    if q.is_range and q.low is not None and q.high is not None:
        return f"between {figure(q.low)} and {figure(q.high)}"
    if template:
        return template.format(n=n)
    return f"exactly {n}" if not q.approximate else f"about {n}"


def frame_text(a: Claim, b: Claim) -> str:
    """What both claims were matched on: "both count person (killed), in lyon"."""
    what = a.what or a.subject or "it"
    if b.what and b.what != what:
        what = f"{what} / {b.what}"
    verb = "count" if a.value is not None and a.value.unit is Unit.COUNT else "give"
    text = f"both {verb} {what}"
    if a.event:
        text += f" ({a.event})"
    place = a.place or b.place
    if place:
        text += f", in {place}" if a.place and b.place else f", {place} (said by one side only)"
    if a.value is not None and a.time is not None:
        text += f", {value_text_of_time(a)}"
    if a.role not in ("total", ""):
        text += f", as {a.role}"
    return text


def _date_of(a: Claim, b: Claim) -> str:
    """What both dates are said of: the words that name the event on each side and the
    words both sentences share (dates paired by their event), else "when <what> was
    <metric>"."""
    shared = sorted(set(a.event_words) & set(b.event_words))
    if not shared:
        return f" for when {a.what or a.subject or 'it'} was {a.metric}"
    stems = set(a.event_stems) & set(b.event_stems)
    named = [w for w in (_event_word(a, stems), _event_word(b, stems)) if w]
    event = " / ".join(quoted(w) for w in dict.fromkeys(named))
    return (
        f": both date one event{', ' + event if event else ''} "
        f"(both sentences mention {', '.join(shared)})"
    )


_WORD = re.compile(r"[\w'\u2019-]+")
_CHUNK = re.compile(r"\S+")
# Words of a date's sentence quoted on each side of it in a date row's explanation.
PASSAGE_WORDS = 6


def _event_word(claim: Claim, stems: set[str]) -> str:
    """The word of a date's sentence nearest the date that gives one of ``stems``
    ("fired", "firing"), or the two words of such a phrase ("took office")."""
    words = date_event_words()
    found = list(_WORD.finditer(claim.sentence))
    at = claim.start - claim.sentence_start
    by_distance = sorted(range(len(found)), key=lambda i: abs(found[i].start() - at))
    for i in by_distance:
        low = found[i].group().lower()
        nxt = found[i + 1].group().lower() if i + 1 < len(found) else ""
        if words.phrases.get((low, nxt)) in stems:
            return f"{found[i].group()} {found[i + 1].group()}"
        if (words.predicate(low) or low in words.nouns) and stem(low) in stems:
            return found[i].group()
    return ""


def date_passage(claim: Claim) -> str:
    """A date with up to ``PASSAGE_WORDS`` words of its sentence on each side, cut with an
    ellipsis: "… President Trump fired FBI Director James Comey on May 9, 2017"."""
    sentence, at = claim.sentence, claim.start - claim.sentence_start
    end = at + (claim.end - claim.start)
    before = list(_CHUNK.finditer(sentence[:at]))
    after = list(_CHUNK.finditer(sentence, end))
    first = before[-PASSAGE_WORDS].start() if len(before) >= PASSAGE_WORDS else 0
    last = after[PASSAGE_WORDS - 1].end() if len(after) >= PASSAGE_WORDS else len(sentence)
    text = " ".join(sentence[first:last].split())
    lead = "… " if len(before) > PASSAGE_WORDS else ""
    tail = " …" if len(after) > PASSAGE_WORDS else ""
    return f"{lead}{text}{tail}"


def value_text_of_time(claim: Claim) -> str:
    """The period a figure is said of, as words: "since 2020-05", "in 2011"."""
    t = claim.time
    if t is None:
        return ""
    return f"{t.modifier or 'at'} {t.value}"


def explain(
    a: Claim,
    b: Claim,
    finding: Finding,
    sa: Source | None,
    sb: Source | None,
    *,
    also: str = "",
) -> str:
    """One plain-English paragraph: both figures quoted, the frame, why they differ, context."""
    if a.value is not None and b.value is not None:
        parts = [
            f"{a.source} says {quoted(a.text)} ({describe_value(a.value)}) "
            f"and {b.source} says {quoted(b.text)} ({describe_value(b.value)}); "
            f"{frame_text(a, b)}: {finding.reason}."
        ]
    else:
        parts = [
            f"{a.source} says {quoted(a.text)} ({value_text(a)}) and {b.source} says "
            f"{quoted(b.text)} ({value_text(b)}){_date_of(a, b)}: {finding.reason}."
        ]
        if a.event_stems and b.event_stems and a.sentence and b.sentence:
            parts.append(
                f"{a.source}: {quoted(date_passage(a))}; {b.source}: {quoted(date_passage(b))}."
            )
    for note in dict.fromkeys((*a.notes, *b.notes)):
        parts.append(f"Note: {note}.")
    if far_apart(a, b):
        parts.append(
            f"The figures are {compare_rules().far_apart:g} times apart or more: they may count "
            "different things (one incident and all of them), so the flag is less urgent."
        )
    parts.append(also)
    parts.append(publication_context(a, b, sa, sb))
    attribution = attribution_context(a, b)
    if attribution:
        parts.append(attribution)
    return " ".join(p for p in parts if p)


def publication_context(a: Claim, b: Claim, sa: Source | None, sb: Source | None) -> str:
    """When each side was published, and whether the count may have changed between them."""
    da = sa.published if sa else None
    db = sb.published if sb else None
    if da is None and db is None:
        return "Neither source has a publication date: check when each was written."
    if da is None or db is None:
        missing = a.source if da is None else b.source
        return f"{missing} has no publication date, so the figure may have changed between them."
    assert sa is not None and sb is not None
    ga, gb = sa.published_granularity, sb.published_granularity
    months = abs((da.year - db.year) * 12 + da.month - db.month)
    label_a, label_b = _published_label(da, ga), _published_label(db, gb)
    if label_a == label_b:
        return f"Both were published {label_a}."
    apart = published_apart(sa, sb)
    if not apart and (
        months == 0 or ((ga is Granularity.YEAR or gb is Granularity.YEAR) and da.year == db.year)
    ):
        return f"Published {label_a} and {label_b}."
    days = abs((da - db).days)
    span = f"{months} months" if months < 24 else f"about {round(months / 12)} years"
    if months <= 1:
        span = f"{days} days"
    if a.value is None:
        return f"Published {span} apart ({label_a} and {label_b})."
    return f"Published {span} apart ({label_a} and {label_b}): the count may have changed."


def published_apart(sa: Source | None, sb: Source | None) -> bool:
    """Whether two sources were published further apart than the compare lexicon allows."""
    if sa is None or sb is None or sa.published is None or sb.published is None:
        return False
    return abs((sa.published - sb.published).days) > compare_rules().published_apart_days


def _published_label(day: date, granularity: Granularity) -> str:
    if granularity is Granularity.YEAR:
        return f"in {day.year}"
    if granularity is Granularity.MONTH:
        return f"in {day:%B %Y}"
    return f"on {day.isoformat()}"


def attribution_context(a: Claim, b: Claim) -> str:
    """Whom each side attributes the claim to."""
    if a.attribution and b.attribution:
        if a.attribution.casefold() == b.attribution.casefold():
            return f"Both attribute it to {a.attribution}: the same body gives different figures."
        return f"{a.source} attributes it to {a.attribution}; {b.source} to {b.attribution}."
    if a.attribution:
        return f"{a.source} attributes it to {a.attribution}; {b.source} names no source."
    if b.attribution:
        return f"{b.source} attributes it to {b.attribution}; {a.source} names no source."
    return ""


def _other_sources(first: Claim, others: tuple[Claim, ...]) -> list[str]:
    return sorted({c.source for c in others} - {first.source})


def also_text(pair: ClaimPair) -> str:
    """Which other sources say the same as either side."""
    parts = []
    for claim, others in ((pair.a, pair.also_a), (pair.b, pair.also_b)):
        more = _other_sources(claim, others)
        if more:
            named = ", ".join(more[:_NAMED_SOURCES])
            if len(more) > _NAMED_SOURCES:
                named += f" and {len(more) - _NAMED_SOURCES} more"
            verb = "say" if len(more) > 1 else "says"
            parts.append(f"{named} also {verb} {quoted(claim.text)} or the same")
    return ("Also: " + "; ".join(parts) + ".") if parts else ""


def details(pair: ClaimPair) -> tuple[str, ...]:
    """One line per other claim of either group: where it stands and its words."""
    lines = []
    for label, others in (("a", pair.also_a), ("b", pair.also_b)):
        for other in others:
            lines.append(f"{label}: {other.source} {other.start}-{other.end} {quoted(other.text)}")
    return tuple(lines)
