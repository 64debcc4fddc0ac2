"""Dates of one utterance: two outlets' dates of a statement both quote -> one ClaimPair.

A statement, an interview or a tweet quoted by two outlets in the same words is one
utterance, so the dates each outlet gives it date one event: "In a statement on Tuesday,
the president said that he was directing 'all necessary resources to support the security of
our personnel in Libya ...'" and "Obama, in a statement Wednesday morning, said he's directed
the administration to provide 'all necessary resources' to support security for U.S.
personnel in Libya". A statement issued again the
next day in nearly the same words, "We are assessing the results of the operation and will
provide ..." on Monday and "We are still assessing the results of the operation and we'll
provide ..." on Tuesday, is two utterances: two quotes that go on past their shared run on
both sides in other words are not paired (``reworded``, fp60); two transcripts of one
statement part only where one is cut short or on one side of the run. A date is a statement's
date when it stands next to a speech verb or reports one a few words on
(statement_dates.is_statement_date, reports_statement) or stands by a statement noun ("in a
statement on Tuesday", "a Monday speech": time.toml ``[utterance_quotes]``), and not in a
relative clause ("Perry, who three days ago announced his run, said": that clause's act)
nor after its own article's day (a statement reported has been made). Its quotes are the
quoted spans of its sentence; a sentence that quotes nothing borrows the quotes of the next
paragraph when that one opens with a quotation mark, gives no date of its own and either
the dated sentence ends a few words after the date or with a colon, or the paragraph gives
its quotes to a pronoun ("..., he said"). A date inside a quote quotes nothing. An embedded
post's signature date ("— Donald J. Trump (@realDonaldTrump) March 18, 2018") is the post's
date and quotes the post's words (claims.post_dates), so "Trump tweeted Saturday night" in
another outlet quoting them dates the same post; not when the post's own words before its
stamp date what it shows to an earlier period ("Bloomberg defending Stop-and-Frisk in 2013:
'...' — (@upmtn) February 11, 2020": older words shown again).

Two such dates of different sources are paired when their quotes share a run of at least
``min_run`` words, ``min_content`` of them no stop word, or a shorter run when the two
sentences also share ``told_stems`` stems (one quotes a phrase of what the other quotes
whole); each date with its longest-run partner in each other source, mutually. A source
that quotes the run beside dates of two periods repeats it (a slogan, a tweet sent again):
it pairs none of them. Both claims carry the note ``same_quote``, which the time rule reads
(``one_utterance``): the words tell it the two dates are one event, so it needs no shared
key words and reads relative days too (a day apart for one statement is the fact-checker's
to explain, time zones included).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from crosscheck.claims.date_events import date_event_words, stem
from crosscheck.claims.dates import DATE_KIND
from crosscheck.claims.post_dates import post_body, signs_post
from crosscheck.lexicon import explain_words, load_lexicon, lower_words, require
from crosscheck.match.descriptor_clauses import clause_of
from crosscheck.match.statement_dates import (
    is_statement_date,
    reports_statement,
)
from crosscheck.model import Claim, ClaimPair, Source
from crosscheck.names.quoted import has_quote_mark, quote_spans
from crosscheck.text.possessive import possessives
from crosscheck.text.words import claim_words

_WORD = re.compile(r"[\w'\u2019-]+")
_COMPARE = "compare"
_NOTE = "same_quote"
_STAMP_NOTE = "post_stamp"
_SPEAKER_NOTE = "same_statement"
# Words of a run shown in a note.
_SHOWN_WORDS = 12


@dataclass(frozen=True, slots=True)
class _Settings:
    min_run: int
    min_content: int
    nouns: frozenset[str]
    reach: int
    tail_words: int
    short_run: int
    short_content: int
    told_stems: int
    pronouns: frozenset[str]
    relative_openers: frozenset[str]


@cache
def _settings(lang: str) -> _Settings:
    data = require(load_lexicon("time", lang), "utterance_quotes", dict, "time", lang=lang)
    return _Settings(
        min_run=int(require(data, "min_run", int, "time", lang=lang)),
        min_content=int(require(data, "min_content", int, "time", lang=lang)),
        nouns=lower_words(data, "utterance_nouns", "time", lang=lang),
        reach=int(require(data, "noun_reach", int, "time", lang=lang)),
        tail_words=int(require(data, "tail_words", int, "time", lang=lang)),
        short_run=int(require(data, "short_run", int, "time", lang=lang)),
        short_content=int(require(data, "short_content", int, "time", lang=lang)),
        told_stems=int(require(data, "told_stems", int, "time", lang=lang)),
        pronouns=lower_words(data, "speaker_pronouns", "time", lang=lang),
        relative_openers=lower_words(data, "relative_openers", "time", lang=lang),
    )


def _note_prefixes() -> tuple[str, ...]:
    """The fixed starts of the notes of one utterance: ``same_quote`` and the one of
    ``speaker_dates`` (``same_statement``)."""
    words = explain_words(_COMPARE)
    return tuple(str(words[n]).split("{", 1)[0] for n in (_NOTE, _SPEAKER_NOTE))


def one_utterance(a: Claim, b: Claim) -> bool:
    """Whether two dates were paired as dates of one statement (``quote_pairs``, or
    ``speaker_dates.speaker_pairs``)."""
    prefixes = _note_prefixes()
    return any(n.startswith(prefixes) for n in a.notes) and any(
        n.startswith(prefixes) for n in b.notes
    )


def after_statement_noun(claim: Claim, lang: str) -> bool:
    """Whether a word of ``utterance_nouns`` stands within ``noun_reach`` words before the
    date in its clause ("in a statement on Tuesday") or right after it ("a Monday speech",
    "Tuesday's statement")."""
    clause = clause_of(claim, lang=lang)
    at = clause.find(claim.text)
    if at < 0:
        return False
    settings = _settings(lang)
    before = [w.lower() for w in _WORD.findall(clause[:at])][-settings.reach :]
    following = [w.lower() for w in _WORD.findall(clause[at + len(claim.text) :])][:2]
    possessive = bool(following) and following[0].endswith(possessives(lang).as_written)
    after = following[1:2] if possessive else following[:1]
    return bool(set(before) & settings.nouns) or bool(set(after) & settings.nouns)


def in_relative_clause(claim: Claim, lang: str) -> bool:
    """Whether a date stands in a relative clause opened since the last comma before it
    ("Mr. Perry, who three days ago announced his run, said ..."): it dates that clause's
    act, not the statement its sentence quotes (``relative_openers``)."""
    before = claim.sentence[: claim.start - claim.sentence_start]
    words = {w.lower() for w in _WORD.findall(before[before.rfind(",") + 1 :])}
    return bool(words & _settings(lang).relative_openers)


def _placed_date(claim: Claim) -> bool:
    t = claim.time
    return claim.kind == DATE_KIND and claim.value is None and t is not None and t.begin is not None


def utterance_date(claim: Claim, lang: str) -> bool:
    """Whether a claim is a placed date of what was said (see the module doc)."""
    if not _placed_date(claim) or in_relative_clause(claim, lang):
        return False
    if (
        is_statement_date(claim, lang)
        or reports_statement(claim, lang)
        or after_statement_noun(claim, lang)
    ):
        return True
    return _stamped(claim, lang)


def _within(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(first <= at < last for first, last in spans)


def _inside(claim: Claim, spans: Sequence[tuple[int, int]]) -> bool:
    return _within(claim.start, spans)


def quoted_words(
    text: str, claim: Claim, dated: AbstractSet[int] = frozenset(), *, lang: str
) -> tuple[str, ...]:
    """The words quoted in a date's sentence, or when it quotes nothing and ends a few words
    after the date (``tail_words``) or with a colon, or the next paragraph gives its quotes
    to a pronoun ("..., he said."), in that paragraph if it opens with a quotation mark (the
    quote the date's sentence introduces) and gives no date of its own (``dated``: the starts
    of the source's date claims); lower case, spans joined in their order; none for a date
    inside a quote (the speaker's own date, not the statement's)."""
    post = post_body(text, claim.start, lang)
    if post:
        return tuple(_folded_words(post))
    end = _sentence_stop(claim)
    spans = quote_spans(text, claim.sentence_start, end, lang)
    if _inside(claim, spans):
        return ()
    rest = text[end : end + 3].lstrip()
    if not spans and rest[:1] and quote_spans(rest[:1], 0, 1, lang):
        opened = end + (len(text[end : end + 3]) - len(rest))
        stop = text.find("\n", opened)
        stop = len(text) if stop < 0 else stop
        borrowed = quote_spans(text, opened, stop, lang)
        own = [at for at in dated if opened <= at < stop and not _within(at, borrowed)]
        tail = text[claim.end : end].rstrip()
        short = tail.endswith(":") or len(_WORD.findall(tail)) <= _settings(lang).tail_words
        if not own and (short or _said_by_pronoun(text, opened, stop, borrowed, lang)):
            spans.extend(borrowed)
    return tuple(w for first, last in spans for w in _folded_words(text[first:last]))


def _folded_words(text: str) -> list[str]:
    """The words of a quote, lower case, a curly apostrophe read as a straight one."""
    return [w.lower().replace("\u2019", "'") for w in _WORD.findall(text)]


def _sentence_stop(claim: Claim) -> int:
    return claim.sentence_end or claim.sentence_start + len(claim.sentence)


def may_quote(text: str, claim: Claim, lang: str) -> bool:
    """Whether a date's sentence or the next paragraph's first character holds a quotation
    mark (of language ``lang``): a cheap test before ``quoted_words``, which finds no words
    without one."""
    end = _sentence_stop(claim)
    return has_quote_mark(text, claim.sentence_start, end, lang=lang) or has_quote_mark(
        text[end : end + 3].lstrip()[:1], lang=lang
    )


def _said_by_pronoun(
    text: str, start: int, stop: int, spans: Sequence[tuple[int, int]], lang: str
) -> bool:
    """Whether the words of ``text[start:stop]`` outside its quotes attribute them by a
    pronoun and a speech verb ("he said", "said she"): the speaker of the sentence before."""
    words: list[str] = []
    at = start
    for first, last in [*spans, (stop, stop)]:
        words.extend(w.lower() for w in _WORD.findall(text[at:first]))
        at = last
    pronouns, verbs = _settings(lang).pronouns, date_event_words(lang).statement_verbs
    return any(
        (x in pronouns and y in verbs) or (x in verbs and y in pronouns)
        for x, y in itertools.pairwise(words)
    )


def _told_after(claim: Claim, published: date | None) -> bool:
    """Whether a statement's date begins after its article was published: a relative day
    read forward ("would be named Wednesday"), no date of a statement reported."""
    t = claim.time
    return published is not None and t is not None and t.begin is not None and t.begin > published


def shared_run(a: Sequence[str], b: Sequence[str]) -> tuple[str, ...]:
    """The longest run of consecutive words ``a`` and ``b`` both hold (the first found)."""
    best, best_end = 0, 0
    previous = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        row = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                row[j] = previous[j - 1] + 1
                if row[j] > best:
                    best, best_end = row[j], i
        previous = row
    return tuple(a[best_end - best : best_end])


def same_words(run: Sequence[str], lang: str) -> bool:
    """Whether a shared run is long enough to be one utterance's words."""
    settings = _settings(lang)
    stops = claim_words(lang).stop_words
    content = sum(1 for w in run if w not in stops)
    return len(run) >= settings.min_run and content >= settings.min_content


def text_stems(text: str, lang: str) -> frozenset[str]:
    """The stems of a text's words (folded as ``_folded_words``), stop words and figures left
    out."""
    stops = claim_words(lang).stop_words
    words = _folded_words(text)
    return frozenset(stem(w, lang) for w in words if w not in stops and not w[:1].isdigit())


def told_alike(run: Sequence[str], a: Claim, b: Claim, lang: str) -> bool:
    """Whether a short shared quote (``short_run`` words, ``short_content`` of them no stop
    word) sits in two sentences that tell the rest of the statement alike too: at least
    ``told_stems`` stems in common ("said he's directed the administration to provide 'all
    necessary resources' to support security for U.S. personnel in Libya" / "said that he
    was directing 'all necessary resources to support the security of our personnel in
    Libya'")."""
    settings = _settings(lang)
    stops = claim_words(lang).stop_words
    content = sum(1 for w in run if w not in stops)
    if len(run) < settings.short_run or content < settings.short_content:
        return False
    return len(text_stems(a.sentence, lang) & text_stems(b.sentence, lang)) >= settings.told_stems


def _flanks(words: Sequence[str], run: Sequence[str]) -> tuple[str, str] | None:
    """The words just before and just after the first ``run`` in ``words`` ("" at an
    end), or None when ``words`` does not hold it."""
    n = len(run)
    for i in range(len(words) - n + 1):
        if tuple(words[i : i + n]) == tuple(run):
            before = words[i - 1] if i else ""
            after = words[i + n] if i + n < len(words) else ""
            return before, after
    return None


def reworded(a: Sequence[str], b: Sequence[str], run: Sequence[str]) -> bool:
    """Whether two quotes go on past their shared run on both sides in other words ("we
    are assessing the results of the operation and will provide" / "we are still assessing
    the results of the operation and we'll provide"): the same phrase said again in
    another statement, not two transcripts of one, which part only where a quote is cut."""
    fa, fb = _flanks(a, run), _flanks(b, run)
    if fa is None or fb is None:
        return False
    return all(x and y and x != y for x, y in zip(fa, fb, strict=True))


def _contains(words: Sequence[str], run: Sequence[str]) -> bool:
    return _flanks(words, run) is not None


def claim_period(claim: Claim) -> tuple[object, object]:
    """A placed date's period as written: its first day and its last day, if any."""
    t = claim.time
    assert t is not None
    return (t.begin, t.end_date)


def quote_pairs(claims: Iterable[Claim], sources: Sequence[Source], lang: str) -> list[ClaimPair]:
    """Pairs of dates of different sources that date one statement both quote."""
    texts = {s.id: s.text for s in sources}
    published = {s.id: s.published for s in sources}
    claims = list(claims)
    dated: dict[str, set[int]] = defaultdict(set)
    placed: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == DATE_KIND:
            dated[claim.source].add(claim.start)
        if _placed_date(claim):
            placed[claim.source].append(claim)
    quoted: list[tuple[Claim, tuple[str, ...]]] = []
    for claim in claims:
        text = texts.get(claim.source)
        if text is None or not _placed_date(claim):
            continue
        stamped = _stamped(claim, lang)
        if not (stamped or may_quote(text, claim, lang)):
            continue  # a quotation mark or a post's stamp: most dates' sentences quote nothing
        if stamped and _reposts_older_words(claim, placed[claim.source]):
            continue
        if not utterance_date(claim, lang):
            continue
        if not _told_after(claim, published[claim.source]):
            words = quoted_words(text, claim, dated[claim.source], lang=lang)
            if len(words) >= min(_settings(lang).min_run, _settings(lang).short_run):
                quoted.append((claim, words))
    by_source: dict[str, list[tuple[Claim, tuple[str, ...]]]] = defaultdict(list)
    for item in quoted:
        by_source[item[0].source].append(item)

    def repeated(source: str, run: Sequence[str], period: tuple[object, object]) -> bool:
        """Whether ``source`` quotes ``run`` beside a date of another period too."""
        return any(claim_period(c) != period and _contains(w, run) for c, w in by_source[source])

    best: dict[tuple[tuple[str, int, int], str], tuple[int, Claim, Claim, tuple[str, ...]]] = {}
    for i, (a, wa) in enumerate(quoted):
        for b, wb in quoted[i + 1 :]:
            if a.source == b.source:
                continue
            run = shared_run(wa, wb)
            if not same_words(run, lang) and not told_alike(run, a, b, lang):
                continue
            if repeated(a.source, run, claim_period(a)) or repeated(b.source, run, claim_period(b)):
                continue
            if reworded(wa, wb, run):
                continue
            for mine, other in ((a, b), (b, a)):
                key = (mine.key, other.source)
                if key not in best or len(run) > best[key][0]:
                    best[key] = (len(run), mine, other, run)
    pairs: dict[tuple[tuple[str, int, int], tuple[str, int, int]], ClaimPair] = {}
    for _, mine, other, run in best.values():
        if best.get((other.key, mine.source), (0, None, None, ()))[1:3] != (other, mine):
            continue  # each the other's longest-run partner
        a, b = sorted((mine, other), key=lambda c: c.key)
        if (a.key, b.key) not in pairs:
            pairs[(a.key, b.key)] = _noted(a, b, run, lang)
    return [pairs[k] for k in sorted(pairs)]


def _noted(a: Claim, b: Claim, run: Sequence[str], lang: str) -> ClaimPair:
    shown = " ".join(run[:_SHOWN_WORDS]) + (" ..." if len(run) > _SHOWN_WORDS else "")
    notes = [str(explain_words(_COMPARE)[_NOTE]).format(words=shown)]
    stamp = str(explain_words(_COMPARE)[_STAMP_NOTE])
    notes += [stamp.format(source=c.source) for c in (a, b) if _stamped(c, lang)]
    return ClaimPair(
        a=replace(a, notes=(*a.notes, *notes)), b=replace(b, notes=(*b.notes, *notes)), score=100.0
    )


def _stamped(claim: Claim, lang: str) -> bool:
    """Whether a date is an embedded post's signature stamp (claims.post_dates)."""
    return signs_post(claim.sentence, claim.start - claim.sentence_start, lang)


def _reposts_older_words(stamp: Claim, placed: Sequence[Claim]) -> bool:
    """Whether a post's own words, before its stamp, date what it quotes to an earlier
    period ("Mike Bloomberg defending Stop-and-Frisk in 2013: '...' — (@upmtn) February 11,
    2020"): the post shows older words, and its stamp is no date of them (claims66)."""
    t = stamp.time
    assert t is not None and t.begin is not None
    return any(
        stamp.sentence_start <= c.start < stamp.start
        and c.time is not None
        and c.time.begin is not None
        and (c.time.end_date or c.time.begin) < t.begin
        for c in placed
    )
