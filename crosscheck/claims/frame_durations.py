"""Durations: what a length of time measures, from the words around it.

``timed_before`` reads the timed thing named before a duration: "the session, which lasted
[nearly two hours]" -> "session"; "the jury deliberated for [five hours]" -> "deliberations".
``timed_noun`` and ``timed_form`` say whether a noun (or an "of" word) is a timed thing whose
length a story gives once. ``is_limit`` says whether a duration is a limit ("up to six
hours"), never the length of something that was; ``one_dated_length`` lets two lengths of
one timed thing be compared when only one side dates it. Words come from ``lexicon/durations.toml``
(added to events.toml's ``timed_nouns`` and ``timed_forms``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from crosscheck.claims.frame_words import canonical, frame_words, noun_phrase_back
from crosscheck.lexicon import load_lexicon, lower_table, lower_words
from crosscheck.model import Claim, Granularity, Quantity, TimeRef
from crosscheck.text.words import Token, claim_words, lemma

# The event of a duration that measures a timed thing (``Claim.event``).
DURATION_EVENT = "duration"
# The scope of a running count: a length so far, true on its day only.
RUNNING = "so far"
# How many link words ("for", "about") may stand between a length verb and the figure.
_LINKS = 2
# How many words of an event's name a running count reads ("into the [partial government
# shutdown]"), and the articles that end it once a word is read.
_RUNNING_WORDS = 4
_ARTICLES = frozenset({"the", "a", "an"})


@dataclass(frozen=True, slots=True, kw_only=True)
class DurationWords:
    """``durations.toml``, parsed once."""

    timed_nouns: frozenset[str]
    timed_forms: dict[str, str]
    timed_verbs: dict[str, str]
    length_verbs: frozenset[str]
    length_links: frozenset[str]
    relative_words: frozenset[str]
    limit_modifiers: frozenset[str]
    part_determiners: frozenset[str]
    term_nouns: frozenset[str]
    term_links: frozenset[str]
    running_links: frozenset[str]
    running_units: frozenset[str]
    running_skips: frozenset[str]
    modified_forms: frozenset[str]


def _words(data: dict[str, object], key: str) -> frozenset[str]:
    return lower_words(data, key, "durations")


def _table(data: dict[str, object], key: str) -> dict[str, str]:
    return lower_table(data, key, "durations")


@cache
def duration_words() -> DurationWords:
    """The duration words, with events.toml's timed nouns and forms merged in."""
    data = load_lexicon("durations")
    fw = frame_words()
    return DurationWords(
        timed_nouns=fw.timed_nouns | _words(data, "timed_nouns"),
        timed_forms={**fw.timed_forms, **_table(data, "timed_forms")},
        timed_verbs=_table(data, "timed_verbs"),
        length_verbs=_words(data, "length_verbs"),
        length_links=_words(data, "length_links"),
        relative_words=_words(data, "relative_words"),
        limit_modifiers=_words(data, "limit_modifiers"),
        part_determiners=_words(data, "part_determiners"),
        term_nouns=_words(data, "term_nouns"),
        term_links=_words(data, "term_links"),
        running_links=_words(data, "running_links"),
        running_units=_words(data, "running_units"),
        running_skips=_words(data, "running_skips"),
        modified_forms=_words(data, "modified_forms"),
    )


def is_limit(q: Quantity) -> bool:
    """Whether a duration is a limit ("up to six hours of debate"), not a length that was."""
    return (q.modifier or "").lower() in duration_words().limit_modifiers


def is_part_of(token: Token) -> bool:
    """Whether the word after "N <unit> of" makes the length a part of a thing: "33 days of
    [a] shutdown" that lasted 35, "seven years of [his] sentence"."""
    return token.lower in duration_words().part_determiners


def is_term(noun: Token, rest: Sequence[Token]) -> bool:
    """Whether a timed noun followed by a link names a body's term, not a sitting: "a
    two-year [session] of Congress", "a one-day [session] of the legislature"."""
    dw = duration_words()
    return lemma(noun.text) in dw.term_nouns and bool(rest) and rest[0].lower in dw.term_links


def timed_noun(what: str) -> bool:
    """Whether a noun phrase ends in a timed noun ("government shutdown", "phone call")."""
    nouns = duration_words().timed_nouns
    words = what.split()
    return bool(words) and (words[-1] in nouns or " ".join(words[-2:]) in nouns)


def timed_form(word: str) -> str:
    """The timed noun an "of" word is ("deliberation" -> "deliberations"), or ""."""
    return duration_words().timed_forms.get(word, "")


def modified_form(phrase: Sequence[Token]) -> str:
    """The timed noun an "of" phrase ends in when only lower-case modifiers stand before it:
    "eight hours of [highly charged partisan debate]" -> "debate"; "" for "seven years of
    [campaign promises]" (not the last word) or a name before it; only the forms of
    ``modified_forms`` (not "seven weeks of heavy fighting", a war's length so far)."""
    if not phrase or any(not t.lower.isalpha() or t.text != t.lower for t in phrase[:-1]):
        return ""
    form = timed_form(lemma(phrase[-1].text))
    return form if form in duration_words().modified_forms else ""


def running_count(q: Quantity, after: Sequence[Token]) -> str:
    """The event a running count of its days measures: "[ten days] into the partial
    government shutdown" -> "partial government shutdown", "[12 days] into the teachers'
    strike" -> "teacher strike"; "" when no timed noun follows or the unit is shorter than a
    day ("two hours into the hearing" is a moment of the sitting)."""
    dw = duration_words()
    if (q.dimension or "") not in dw.running_units or len(after) < 2:
        return ""
    if after[0].lower not in dw.running_links:
        return ""
    stop = claim_words().stop_words
    words: list[Token] = []
    for token in after[1:]:
        if token.lower in dw.running_skips and (not words or token.lower not in _ARTICLES):
            continue  # "into [the] strike", "the teachers['] strike"
        if not token.is_word or token.lower in stop or len(words) >= _RUNNING_WORDS:
            break
        words.append(token)
    ends = [k for k in range(len(words), 0, -1) if timed_noun(canonical(words[:k]))]
    return canonical(words[: ends[0]]) if ends else ""


def running_as_of(
    q: Quantity, after: Sequence[Token], time: TimeRef | None, published: date | None
) -> TimeRef | None:
    """A running count is a length so far (``RUNNING``) on a day: its sentence's day ("On
    Thursday, [ten days] into the shutdown"), else its article's; other durations keep
    ``time``. A count is then compared only with a length of the same day, never with an
    undated one (``one_dated_length``) nor one of a day nearby."""
    if not running_count(q, after):
        return time
    if time is not None:
        return replace(time, modifier=RUNNING)
    if published is None:
        return None
    return TimeRef(
        start=q.start,
        end=q.end,
        text=q.text,
        begin=published,
        end_date=published,
        granularity=Granularity.DAY,
        modifier=RUNNING,
    )


def timed_before(before: Sequence[Token]) -> str:
    """The timed thing named before a duration: "the hearing, which lasted [six hours]" ->
    "hearing"; "jurors deliberated for [five hours]" -> "deliberations"; "" otherwise."""
    dw = duration_words()
    i = len(before)
    links = 0
    while i > 0 and before[i - 1].lower in dw.length_links and links < _LINKS:
        i -= 1
        links += 1
    if i == 0:
        return ""
    verb = before[i - 1].lower
    if verb in dw.timed_verbs and links and before[i].lower == "for":
        return dw.timed_verbs[verb]  # "deliberated [for] five hours", not "flew 500 miles"
    if verb not in dw.length_verbs:
        return ""
    i -= 1
    while i > 0 and before[i - 1].lower in dw.relative_words:
        i -= 1
    what = canonical(noun_phrase_back(before[:i]))
    return what if timed_noun(what) else ""


def one_dated_length(a: Claim, b: Claim) -> bool:
    """Two lengths of a timed thing, one side dating it and the other not ("the 70-minute
    session Wednesday" / "the almost two-hour session"): a one-off thing's length is no
    figure of a day, so the two are compared (two dated lengths must date the same days).
    Not a running count ("[ten days] into the shutdown"): it was true on its day only."""
    dated = a.time or b.time
    if a.event != DURATION_EVENT or b.event != DURATION_EVENT or dated is None:
        return False
    return (a.time is None) != (b.time is None) and dated.modifier != RUNNING
