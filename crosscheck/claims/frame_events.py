"""Events of figures: the tokens around a figure -> the event class it is a figure of.

A word right after the figure ("12 dead"), a verb right before it ("killing at least 51"),
the verb after its noun ("were injured"), or an event noun in what it counts ("the death
toll"); and who did it, when a noun phrase stands before the verb ("[firms] added 48,000
jobs", "[firms] in Texas added": read past the places). Event classes come from
``lexicon/events.toml`` through ``frame_words``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.claims.frame_words import (
    canonical,
    clause_after,
    clause_before,
    event_in,
    frame_words,
    noun_phrase_back,
    phrase_at,
)
from crosscheck.claims.function_words import function_words
from crosscheck.lexicon import load_lexicon, lower_words
from crosscheck.slotted import fast_init
from crosscheck.text.words import Token, lemma, token_of

# Marks that open an aside and the mark that closes it: "145 people [-- 132 children ... --]
# were dead", "three young women [(and a child)] might be held".
_DASHES = frozenset({"-", "\u2013", "\u2014"})
_PAREN = ("(", ")")
# A comma opens an aside only before a phrase of ``comma_aside_openers``: "Thousands of
# people[, many of them union workers,] gathered".
_COMMA = ","
# Marks no aside spans: an aside is inside one sentence and one quotation.
_ASIDE_BREAKS = frozenset({".", "!", "?", ";", ":", "\u201c", "\u201d", '"', "|"})
_ASIDE_MOST = 20  # tokens
_ACTOR_HOPS = 3  # prepositional phrases read past, back to who did it


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class FigureEvent:
    """The event class read near a figure, whether its word stands right by the figure
    (``adjacent``), and the noun phrase that did it (``actor``)."""

    name: str = ""
    adjacent: bool = False
    actor: str = ""


def pseudo_tokens(phrase: str) -> list[Token]:
    """The words of a phrase as tokens without spans, for the readers of token runs."""
    return [token_of(w) for w in phrase.split()]


def figure_event(
    tokens: Sequence[Token], *, nearest_last: bool, skip: frozenset[str] = frozenset(), lang: str
) -> str:
    """An event class that may identify a figure (not a date-only class such as votes, nor
    one of ``skip``)."""
    fw = frame_words(lang)
    found = event_in(tokens, nearest_last=nearest_last, lang=lang)
    if found in skip:
        return ""
    return "" if found in fw.date_only_events or found in fw.ignored_events else found


def not_a_count(clause: Sequence[Token], before: Sequence[Token], lang: str) -> bool:
    """Whether a word that makes a figure no count ("at", "aged") stands before it, or before
    the first figure of the list it continues ("aged 26 and 21")."""
    fw = frame_words(lang)
    conjunctions = function_words(lang).clause_conjunctions
    if any(t.lower not in conjunctions and t.text != "," for t in clause):
        return clause[-1].lower in fw.bare_before
    i = len(before) - 1
    while i >= 0 and (
        before[i].is_number or before[i].lower in conjunctions or before[i].text == ","
    ):
        i -= 1
    return i >= 0 and i < len(before) - 1 and before[i].lower in fw.list_bare_before


def event_of(
    clause: Sequence[Token],
    rest: Sequence[Token],
    what: str,
    metric: str,
    before: Sequence[Token] = (),
    *,
    raw: str = "",
    skip: frozenset[str] = frozenset(),
    lang: str,
) -> FigureEvent:
    """The event class: a word right after the figure ("12 dead"), a verb right before it
    ("killing at least 51"), the verb after its noun ("were injured"), or a noun in what."""
    fw = frame_words(lang)
    if not what and not_a_count(clause, before, lang):
        return FigureEvent()  # "dead at 87", "in 1226", "aged 26 and 21": an age or a year
    if rest:
        found = figure_event(rest[:1], nearest_last=False, skip=skip, lang=lang)
        if found:  # the word may open a longer phrase: "83 [pledged delegates]" raised none
            found = figure_event(rest[: fw.longest_event], nearest_last=False, skip=skip, lang=lang)
        if found:
            return FigureEvent(name=found, adjacent=True)
    near: list[Token] = []
    first = len(clause)
    conjunctions = function_words(lang).clause_conjunctions
    for index in range(len(clause) - 1, -1, -1):
        token = clause[index]
        if token.lower in conjunctions:
            break
        if token.lower in fw.fillers or token.lower in fw.label_links:
            if near:
                break
            continue
        near.insert(0, token)
        first = index
        if len(near) >= 2:
            break
    found = figure_event(near, nearest_last=True, skip=skip, lang=lang)
    end = first + len(near)
    if (
        not found
        and near
        and end < len(clause)
        and clause[end].lower == function_words(lang).of_link
    ):
        found = fw.events_before_of.get(near[-1].lower, "")  # "a survey of 1,177 voters"
        if not found and not raw:  # "a crowd of more than 10,000": a bare figure only
            found = fw.bare_events_before_of.get(near[-1].lower, "")
    if not found and near and first > 0 and clause[first - 1].lower in fw.fillers:
        verb = clause_before(clause[: first - 1])[-1:]  # "demanded [a] ransom of $300"
        found = figure_event(verb, nearest_last=True, skip=skip, lang=lang)
        if found:
            near, first = verb, first - 2
    if found:
        start = first + _phrase_start(near, lang)
        nominal = start > 0 and clause[start - 1].lower in fw.noun_determiners
        if nominal and all(t.lower not in fw.object_prepositions for t in clause[start:]):
            return FigureEvent()  # "many of the dead between 12 and 16" ("the detention of 1,200")
        return FigureEvent(name=found, adjacent=True, actor=_actor(clause[:start], lang))
    found = figure_event(clause_after(rest, lang=lang), nearest_last=False, skip=skip, lang=lang)
    if found:  # "over 300,000 [forced into exile]": the verb right after a bare figure
        adjacent = not what and bool(
            figure_event(clause_after(rest, 3, lang=lang), nearest_last=False, skip=skip, lang=lang)
        )
        return FigureEvent(name=found, adjacent=adjacent)
    past = past_aside(rest, lang) if what else []
    found = (
        figure_event(clause_after(past, lang=lang), nearest_last=False, skip=skip, lang=lang)
        if past
        else ""
    )
    if found:  # "145 people -- 132 children, ... -- [were dead]": the verb past an aside
        return FigureEvent(name=found)
    for phrase in (what, raw):  # raw: the words before synonyms ("spending package")
        found = (
            figure_event(pseudo_tokens(phrase), nearest_last=True, skip=skip, lang=lang)
            if phrase
            else ""
        )
        if found:
            return FigureEvent(name=found)
    del metric  # the claims stage's metric is read from wider windows: not a frame event
    return FigureEvent()


def _phrase_start(tokens: Sequence[Token], lang: str) -> int:
    """Where the last event phrase of ``tokens`` starts ("project [cost]" -> 1)."""
    fw = frame_words(lang)
    hits = phrase_at([t.lower for t in tokens], fw.events, fw.longest_event)
    hits += phrase_at([lemma(t.text, lang) for t in tokens], fw.events, fw.longest_event)
    return max(hits, key=lambda h: (h[1], h[1] - h[0]))[0] if hits else 0


def _actor(before_verb: Sequence[Token], lang: str) -> str:
    """The noun phrase right before an event verb, through auxiliaries ("firms have added")."""
    fw = frame_words(lang)
    end = len(before_verb)
    while end > 0 and before_verb[end - 1].lower in fw.label_links:
        end -= 1
    if end and before_verb[end - 1].lower in function_words(lang).clause_conjunctions:
        return ""
    phrase = noun_phrase_back(before_verb[:end], lang)
    start = end - len(phrase)
    for _ in range(_ACTOR_HOPS):
        head = _head_before(before_verb[:start], lang) if phrase else None
        if head is None:
            break
        start, phrase = head
    return canonical(phrase, lang)


def _head_before(tokens: Sequence[Token], lang: str) -> tuple[int, list[Token]] | None:
    """The noun phrase that a prepositional phrase right after ``tokens`` hangs on, with
    where it starts ("an explosion" before "on a bus": "explosion"); None when no
    ``actor_hops`` preposition ends the tokens or no noun phrase stands before it."""
    fw = frame_words(lang)
    at = len(tokens)
    while at > 0 and tokens[at - 1].lower in fw.place_determiners:
        at -= 1
    hops = at
    while at > 0 and tokens[at - 1].lower in fw.actor_hops:
        at -= 1
    if at == hops:
        return None
    phrase = noun_phrase_back(tokens[:at], lang)
    return (at - len(phrase), phrase) if phrase else None


def past_aside(rest: Sequence[Token], lang: str) -> list[Token]:
    """The tokens after an aside that opens ``rest`` (the words after a figure's noun), or
    none: a dash pair ("-- 132 children, 10 staff members and three soldiers --") or
    brackets, followed by a word that may be a verb (no preposition: "four battlegrounds -
    Virginia, Ohio - [with] jobless rates" says nothing of the four).
    """
    if len(rest) < 3:
        return []
    first = rest[0].text
    if first in _DASHES:
        opener = 2 if rest[1].text == first else 1
        closes = _DASHES
        if rest[opener].start == rest[opener - 1].end:
            return []  # a hyphen, not a dash: "5 percent-plus"
    elif first == _PAREN[0]:
        opener, closes = 1, frozenset({_PAREN[1]})
    elif first == _COMMA and _opens_comma_aside(rest[1:], lang):
        opener, closes = 1, frozenset({_COMMA})
    else:
        return []
    for index in range(opener + 1, min(len(rest), opener + _ASIDE_MOST)):
        text = rest[index].text
        if text in _ASIDE_BREAKS or text == _PAREN[0]:
            return []
        if text in closes:
            end = index + 1
            if opener == 2 and end < len(rest) and rest[end].text == text:
                end += 1  # the closing "--"
            past = list(rest[end:])
            return [] if past[:1] and past[0].lower in _not_verbs(lang) else past
    return []


def _opens_comma_aside(tokens: Sequence[Token], lang: str) -> bool:
    """Whether ``tokens`` open with a phrase of ``comma_aside_openers`` ("many of them")."""
    openers = _comma_openers(lang)
    words = [t.lower for t in tokens[: max(len(o) for o in openers)]]
    return any(tuple(words[: len(o)]) == o for o in openers)


@cache
def _comma_openers(lang: str) -> frozenset[tuple[str, ...]]:
    """The phrases that open a comma aside (``comma_aside_openers``), as word tuples."""
    words = lower_words(load_lexicon("events", lang), "comma_aside_openers", "events", lang=lang)
    return frozenset(tuple(w.split()) for w in words)


@cache
def _not_verbs(lang: str) -> frozenset[str]:
    """Words after an aside that show the phrase goes on, not a verb (``aside_not_verbs``)."""
    return lower_words(load_lexicon("events", lang), "aside_not_verbs", "events", lang=lang)
