"""Explanations: a claim pair and a finding -> one plain-English paragraph, and value texts.

Every discrepancy's explanation is built here: both claims quoted with their values, the
frame that matched ("both count people killed, in lyon"), why they differ, notes, other
sources saying the same, when each was published and whom each attributes it to.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from functools import cache

from crosscheck.claims.date_events import date_event_words, stem
from crosscheck.claims.dates import DATED
from crosscheck.claims.frame_finishes import is_finish
from crosscheck.claims.frame_located import LOCATED, located_places
from crosscheck.claims.frame_occasions import is_ranked_occasion
from crosscheck.claims.frame_ratios import ratio_words
from crosscheck.lexicon import load_lexicon, require
from crosscheck.match.date_scopes import labels_event, near_clock
from crosscheck.match.figure_rules import match_rules
from crosscheck.match.quote_dates import one_utterance
from crosscheck.match.speaker_dates import statement_speaker
from crosscheck.match.vague_gaps import gap_words
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
from crosscheck.rules.base import COMPARE, Finding, compare_rules, explain_words, far_apart
from crosscheck.rules.numeric import figure
from crosscheck.rules.time_zones import gap_text, utc_gaps, written, zone_offsets
from crosscheck.rules.wording import plural, reader_note, reader_periods

_NAMED_SOURCES = 5


def _words() -> Mapping[str, str]:
    """The words of the explanations (``compare.toml`` [explain]), loaded once."""
    return explain_words(COMPARE)


def quoted(text: str) -> str:
    """A claim's words in curly quotes on one line (a claim may span a line break)."""
    return "“" + " ".join(text.split()) + "”"


def value_text(claim: Claim, lang: str) -> str:
    """A readable normalised value: "> 1200", "2020-05 onwards", "[200000, 999999] (vague)";
    ``lang``: the story's language (``check.story_language``; the report writers' value
    cells hand it too)."""
    if claim.value is not None:
        q = claim.value
        text = interval_text(q)
        if q.unit is Unit.MONEY and q.dimension:
            text = f"{text} {q.dimension}"
        elif q.unit in (Unit.DURATION, Unit.AGE) and q.dimension:
            text = _words()["counted_dimension"].format(value=text, dimension=q.dimension)
        elif q.unit is Unit.MEASURE and q.measure:
            text = f"{text} {q.measure}"
        elif q.unit is Unit.PERCENT:
            text = f"{text} %"
        if q.vague:
            text += _words()["vague"]
        elif q.approximate:
            text += _words()["approximate"]
        return text
    if claim.time is not None:
        t = claim.time
        period = format_period(t.begin, t.end_date, t.granularity)
        group = match_rules(lang).scope_group.get(t.modifier or "")
        if near_clock(t, lang):
            return period  # "just after midnight on Tuesday": a moment, not a span's start
        if group and labels_event(claim, lang):
            return period  # "until next Tuesday's primary": the primary's day, no bound
        if group == "start":
            return _words()["onwards"].format(period=period)
        if group == "end":
            return _words()["up_to"].format(period=period)
        return period
    return ""


def describe_value(q: Quantity, lang: str) -> str:
    """The figure in plain words: "more than 1,200", "a little under 1,400", "55 or more"."""
    n = figure(q.point) if q.point is not None else q.text
    if q.vague:
        low = figure(q.low) if q.low is not None else "?"
        high = figure(q.high) if q.high is not None else "?"
        return _words()["unspecific"].format(low=low, high=high)
    if q.unit is Unit.ORDINAL:
        return _words()["rank"].format(n=n)  # "It's the fifth debate": ranked no. 5
    template = compare_rules(lang).describe.get((q.modifier or "").lower())
    if q.is_range and q.low is not None and q.high is not None:
        return _words()["between"].format(low=figure(q.low), high=figure(q.high))
    if template:
        return template.format(n=n)
    return _words()["exactly" if not q.approximate else "about"].format(n=n)


def frame_text(a: Claim, b: Claim, lang: str) -> str:
    """What both claims were matched on: "both count people (killed), in lyon" (a counted
    lemma said in the plural, ``wording.plural``); a place or a
    period only one side gives is said to be so ("from 2017-01..2017-04 (said by one side
    only)"), never as if both gave it."""
    words = _words()
    gap = _gap_frame(a, b, lang)
    if gap:
        return gap
    counted = a.value is not None and a.value.unit is Unit.COUNT
    whats = [a.what or a.subject or words["it"]]
    if b.what and b.what != whats[0]:
        whats.append(b.what)
    if counted and (a.what or a.subject):  # not "dow closed", an owner's figure by its verb
        whats = list(
            dict.fromkeys(w if _ends_with_event(w, a, b) else plural(w, lang) for w in whats)
        )
    what = " / ".join(whats)
    verb = words["count" if counted else "give"]
    # "samarra from baghdad"
    located = located_places(a.what, lang) if a.event == LOCATED else None
    text = words["frame"].format(verb=verb, what=what)
    if a.what and a.what == b.what and a.what in ratio_words(lang).events:
        text = words["frame_ratio"].format(what=a.what)  # not "spending ratios (spent)"
    elif is_ranked_occasion(a.kind, a.event):
        text = words["frame_rank"].format(what=what)
    elif is_finish(a.kind, a.event):
        text = words["frame_finish"].format(who=a.actor.title())
    elif located is not None:
        text = words["frame_located"].format(place=located[0].title(), reference=located[1].title())
    elif a.event and not all(_ends_with_event(w, a, b) for w in whats):
        text += words["frame_event"].format(event=a.event)  # not "dow closed (closed)"
    if a.place and b.place:  # as written, or not at all (not "in u.s.")
        place = written_place(a.place, (a.sentence, b.sentence), lang)
        text += words["frame_place"].format(place=place) if place else ""
    elif a.place or b.place:
        text += words["frame_place_one_side"].format(place=a.place or b.place)
    dated = a if a.time is not None else b
    placed = dated.time is not None and (
        dated.time.begin is not None or dated.time.minute_start is not None
    )
    if dated.value is not None and placed and a.event != LOCATED:  # a distance has no day
        when = "frame_time" if a.time is not None and b.time is not None else "frame_time_one_side"
        text += words[when].format(period=value_text_of_time(dated))
    if a.role not in ("total", ""):
        text += words["frame_role"].format(role=a.role)
    return text


def _gap_frame(a: Claim, b: Claim, lang: str) -> str:
    """The frame of two gaps between events, one of them vague (``vague_gaps.gap_pairs``):
    what the gap is by its word, each side's words and a place both sentences write, as
    written ("both give the time within which it happened (“within hours” / “Within three
    hours”), at Cairo University"); "" for any other pair."""
    said = gap_words(a, lang), gap_words(b, lang)
    vague = any(c.value is not None and c.value.vague for c in (a, b))
    if not (all(said) and vague):
        return ""
    words = _words()
    first, *_, last = said[0].lower().split()  # "within hours", "days after"
    text = words.get(f"gap_{first}", words.get(f"gap_{last}", words["gap_other"]))
    text += words["gap_words"].format(words=" / ".join(quoted(w) for w in said))
    place = _written_place(a.place or b.place, a.sentence, b.sentence)
    return text + (words["gap_place"].format(place=place) if place else "")


def _written_place(place: str, *sentences: str) -> str:
    """``place`` as the first sentence writes it when every one of ``sentences`` writes it
    ("Cairo University" for "cairo university"); "" otherwise (a place one side's sentence
    lacks, or one read across a sentence's end, "u.k. trump")."""
    if not place:
        return ""
    pattern = re.compile(r"\b" + re.escape(place) + r"\b", re.IGNORECASE)
    found = [pattern.search(s) for s in sentences]
    return found[0].group() if all(found) and found[0] else ""


def written_place(place: str, sentences: tuple[str, ...], lang: str) -> str:
    """A frame's place as the first of ``sentences`` that writes it does, with the words that
    lead it ("in the U.S.", "at the Washington Navy Yard" for "u.s.", "washington navy yard");
    "" when no sentence writes it, capitalised, after a lead word (``[written_place]`` of
    ``compare.toml``), so a place is never printed in the reading's lower case or as a bare
    name ("in washington navy yard" of a headline's "Navy shooting")."""
    if not place:
        return ""
    leads, articles = _place_words(lang)
    pattern = re.compile(
        rf"\b(?P<lead>{leads})\s+(?P<article>(?:{articles})\s+)?(?P<place>{re.escape(place)})(?!\w)",
        re.IGNORECASE,
    )
    for sentence in sentences:
        for found in pattern.finditer(sentence):
            if found["place"][0].islower():  # "in nice weather": not the name
                continue
            article = (found["article"] or "").lower()
            return f"{found['lead'].lower()} {article}{found['place']}"
    return ""


@cache
def _place_words(lang: str) -> tuple[str, str]:
    """The lead words and articles of a written place, each as a regex alternation."""
    table = require(load_lexicon("compare", lang), "written_place", dict, "compare", lang=lang)
    leads, articles = (
        "|".join(re.escape(str(w)) for w in table.get(key, [])) or "(?!)"
        for key in ("lead_words", "lead_articles")
    )
    return leads, articles


def _ends_with_event(what: str, a: Claim, b: Claim) -> bool:
    """Whether a frame's what ends with either side's event word ("dow closed"): a figure
    named by its owner and verb, neither said in the plural nor given its event again."""
    return what.rpartition(" ")[2] in {a.event, b.event} - {""}


def _date_of(a: Claim, b: Claim, lang: str) -> str:
    """What both dates are said of: the words that name the event on each side and the
    words both sentences share (dates paired by their event), "the statement both quote" for
    dates of one quoted statement (quote_dates), the event word alone when the sentences share
    no other word, "the <what>" for a date said of a noun with no event word (metric "dated"),
    else "when <what> was <metric>"."""
    speaker = statement_speaker(a, b)
    if speaker:  # one statement of one named speaker (speaker_dates)
        return _words()["date_of_speaker"].format(speaker=speaker)
    if one_utterance(a, b):  # the pair's note quotes the statement's words
        return _words()["date_of_statement"]
    shared = sorted(set(a.event_words) & set(b.event_words))
    stems = set(a.event_stems) & set(b.event_stems)
    named = [w for w in (_event_word(a, stems, lang), _event_word(b, stems, lang)) if w]
    event = " / ".join(quoted(w) for w in dict.fromkeys(named))
    if shared:
        return _words()["date_of_event"].format(
            event=", " + event if event else "", shared=", ".join(shared)
        )
    if event and a.metric != DATED:  # one event word, no other shared word (nested_dates)
        return _words()["date_of_event_word"].format(event=event)
    what = a.what or a.subject or _words()["it"]
    form = "date_of_noun" if a.metric == DATED else "date_of_what"
    return _words()[form].format(what=what, metric=a.metric)


_WORD = re.compile(r"[\w'\u2019-]+")
_CHUNK = re.compile(r"\S+")
# Words of a date's sentence quoted on each side of it in a date row's explanation.
PASSAGE_WORDS = 6


def _event_word(claim: Claim, stems: set[str], lang: str) -> str:
    """The word of a date's sentence nearest the date that gives one of ``stems``
    ("fired", "firing"), or the two words of such a phrase ("took office")."""
    words = date_event_words(lang)
    found = list(_WORD.finditer(claim.sentence))
    at = claim.start - claim.sentence_start
    by_distance = sorted(range(len(found)), key=lambda i: abs(found[i].start() - at))
    for i in by_distance:
        low = found[i].group().lower()
        nxt = found[i + 1].group().lower() if i + 1 < len(found) else ""
        if words.phrases.get((low, nxt)) in stems:
            return f"{found[i].group()} {found[i + 1].group()}"
        if (words.predicate(low) or low in words.nouns) and stem(low, lang) in stems:
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
    return f"{t.modifier or _words()['time_at']} {t.value}"


def explain(
    a: Claim,
    b: Claim,
    finding: Finding,
    sa: Source | None,
    sb: Source | None,
    *,
    also: str = "",
    headline: Claim | None = None,
    rising: Claim | None = None,
    lang: str,
) -> str:
    """One plain-English paragraph: both figures quoted, the frame, why they differ, context;
    ``headline``: a side that is its article's stale headline figure; ``rising``: the
    lower side of a same-day toll whose own article's headline gives it lower; ``lang``: the story's
    language, whose lexicons tell the frame and the dates' event."""
    words = _words()
    if a.value is not None and b.value is not None:
        parts = [
            words["figures"].format(
                source_a=a.source,
                text_a=quoted(a.text),
                value_a=describe_value(a.value, lang),
                source_b=b.source,
                text_b=quoted(b.text),
                value_b=describe_value(b.value, lang),
                frame=frame_text(a, b, lang),
                reason=finding.reason,
            )
        ]
    else:
        parts = [
            words["dates"].format(
                source_a=a.source,
                text_a=quoted(a.text),
                value_a=value_text(a, lang),
                source_b=b.source,
                text_b=quoted(b.text),
                value_b=value_text(b, lang),
                date_of=_date_of(a, b, lang),
                reason=finding.reason,
            )
        ]
        if a.event_stems and b.event_stems and a.sentence and b.sentence:
            parts.append(
                f"{a.source}: {quoted(date_passage(a))}; {b.source}: {quoted(date_passage(b))}."
            )
        parts.append(zone_text(a, b, lang))
    for note in dict.fromkeys(filter(None, map(reader_note, (*a.notes, *b.notes)))):
        parts.append(words["note"].format(note=note))
    if far_apart(a, b, lang):
        parts.append(words["far_apart"].format(far_apart=compare_rules(lang).far_apart))
    if headline is not None:
        parts.append(
            words["stale_headline"].format(source=headline.source, text=quoted(headline.text))
        )
    if rising is not None:
        parts.append(words["rising_count"].format(source=rising.source, text=quoted(rising.text)))
    parts.append(also)
    parts.append(publication_context(a, b, sa, sb, lang))
    attribution = attribution_context(a, b)
    if attribution:
        parts.append(attribution)
    return reader_periods(" ".join(p for p in parts if p), lang)


def zone_text(a: Claim, b: Claim, lang: str) -> str:
    """What the zones of two clock times tell a reader: that only one side names a zone
    (so the other's may be another zone's local time), or how far apart two times in two
    named zones are in UTC; "" when neither applies (no zone, one zone on both sides, a zone
    the lexicon cannot convert)."""
    ta, tb = a.time, b.time
    if ta is None or tb is None or ta.minute_start is None or tb.minute_start is None:
        return ""
    words = _words()
    if (ta.zone is None) != (tb.zone is None):
        named, other = (a, b) if ta.zone is not None else (b, a)
        assert named.time is not None
        if not zone_offsets(named.time, lang):
            return ""  # "local time": no zone to set the other against
        return words["zone_one_side"].format(
            source=named.source, zone=named.time.zone, other=other.source, time=quoted(other.text)
        )
    if ta.zone is None or tb.zone is None or ta.zone == tb.zone:
        return ""
    gaps = utc_gaps(ta, tb, written(ta), written(tb), lang)
    if not gaps or gaps[0] == 0:
        return ""
    text = words["zone_apart"].format(
        zone_a=ta.zone, zone_b=tb.zone, gap=words["zone_or"].join(gap_text(g) for g in gaps)
    )
    either = [t.zone for t in (ta, tb) if t.zone is not None and len(zone_offsets(t, lang)) > 1]
    if either:
        text += words["zone_either"].format(zones=words["zone_and"].join(either))
    return text


def publication_context(a: Claim, b: Claim, sa: Source | None, sb: Source | None, lang: str) -> str:
    """When each side was published, and whether the count may have changed between them."""
    da = sa.published if sa else None
    db = sb.published if sb else None
    words = _words()
    if da is None and db is None:
        return words["no_dates"]
    if da is None or db is None:
        missing = a.source if da is None else b.source
        return words["no_date"].format(source=missing)
    assert sa is not None and sb is not None
    ga, gb = sa.published_granularity, sb.published_granularity
    months = abs((da.year - db.year) * 12 + da.month - db.month)
    label_a, label_b = _published_label(da, ga), _published_label(db, gb)
    if label_a == label_b:
        return words["published_same"].format(label=label_a)
    apart = published_apart(sa, sb, lang)
    if not apart and (
        months == 0 or ((ga is Granularity.YEAR or gb is Granularity.YEAR) and da.year == db.year)
    ):
        return words["published_near"].format(label_a=label_a, label_b=label_b)
    days = abs((da - db).days)
    if months < 24:
        span = words["span_months"].format(n=months)
    else:
        span = words["span_years"].format(n=round(months / 12))
    if months <= 1:
        span = words["span_days"].format(n=days)
    key = "published_span" if a.value is None else "published_span_count"
    return words[key].format(span=span, label_a=label_a, label_b=label_b)


def published_apart(sa: Source | None, sb: Source | None, lang: str) -> bool:
    """Whether two sources were published further apart than the compare lexicon allows."""
    if sa is None or sb is None or sa.published is None or sb.published is None:
        return False
    return abs((sa.published - sb.published).days) > compare_rules(lang).published_apart_days


def _published_label(day: date, granularity: Granularity) -> str:
    if granularity is Granularity.YEAR:
        return _words()["in_year"].format(year=day.year)
    if granularity is Granularity.MONTH:
        return _words()["in_month"].format(day=day)
    return _words()["on_day"].format(day=day.isoformat())


def attribution_context(a: Claim, b: Claim) -> str:
    """Whom each side attributes the claim to."""
    words = _words()
    if a.attribution and b.attribution:
        if a.attribution.casefold() == b.attribution.casefold():
            return words["same_body"].format(attribution=a.attribution)
        return words["both_attribute"].format(
            source_a=a.source,
            attribution_a=a.attribution,
            source_b=b.source,
            attribution_b=b.attribution,
        )
    if a.attribution:
        return words["one_attributes"].format(
            source=a.source, attribution=a.attribution, other=b.source
        )
    if b.attribution:
        return words["one_attributes"].format(
            source=b.source, attribution=b.attribution, other=a.source
        )
    return ""


def _other_sources(first: Claim, others: tuple[Claim, ...]) -> list[str]:
    return sorted({c.source for c in others} - {first.source})


def also_text(pair: ClaimPair) -> str:
    """Which other sources say the same as either side."""
    words = _words()
    parts = []
    for claim, others in ((pair.a, pair.also_a), (pair.b, pair.also_b)):
        more = _other_sources(claim, others)
        if more:
            named = ", ".join(more[:_NAMED_SOURCES])
            if len(more) > _NAMED_SOURCES:
                named += words["and_more"].format(n=len(more) - _NAMED_SOURCES)
            verb = words["say" if len(more) > 1 else "says"]
            parts.append(words["also_say"].format(named=named, verb=verb, text=quoted(claim.text)))
    return words["also"].format(parts="; ".join(parts)) if parts else ""


def details(pair: ClaimPair) -> tuple[str, ...]:
    """One line per other claim of either group: where it stands and its words."""
    lines = []
    for label, others in (("a", pair.also_a), ("b", pair.also_b)):
        for other in others:
            lines.append(f"{label}: {other.source} {other.start}-{other.end} {quoted(other.text)}")
    return tuple(lines)
