"""Count labels: what a bare count figure counts when a label before it says so.

"the number of [people] [killed] in the attack is at least 19", "the death [toll] from the
attack rose to 19", "put the death [toll] at 21": the label's head (``count_heads`` in
``lexicon/events.toml``) stands before the link words ("is", "rose to"), what it counts
after "of" (``counted_heads`` only) and its event right after that. Reads a window of at
most ``count_label_reach`` tokens of the figure's sentence before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.claims.frame_words import (
    CLAUSE_END,
    HARD_END,
    canonical,
    clause_before,
    event_in,
    frame_words,
    noun_phrase_back,
    noun_phrase_forward,
)
from crosscheck.claims.function_words import function_words
from crosscheck.text.words import Token, lemma

# How many words after what is counted its event verb may stand ("people [who were] killed").
EVENT_REACH = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class CountLabel:
    """``what`` the label counts ("" when it counts the people its event names: "the
    number of dead", "the death toll"), and its ``event`` class ("" when none is said)."""

    what: str = ""
    event: str = ""


def count_label(before: Sequence[Token], lang: str) -> CountLabel | None:
    """The count label of a figure with no noun of its own, from the tokens before it;
    None when no count head stands before the link words right before the figure."""
    fw = frame_words(lang)
    window = clause_before(before, stop=HARD_END, last=fw.count_label_reach)
    end = len(window)
    links = fw.label_links | fw.fillers
    while end > 0 and window[end - 1].lower in links:
        end -= 1
    if end == len(window) or end == 0:
        return None  # no link word right before the figure: "killed 12" has no label
    if window[-1].lower in fw.bare_before and (
        len(window) < 2 or window[-2].lower not in fw.label_links
    ):
        return None  # "Others put the toll at 150": one party's estimate among others
    conjunctions = function_words(lang).clause_conjunctions
    for k in range(end - 1, -1, -1):
        token = window[k]
        if token.lower in conjunctions and token.lower not in fw.count_label_prepositions:
            return None  # "the number of people killed and injured": two counts in one
        if token.lower in fw.count_heads or lemma(token.text, lang) in fw.count_heads:
            return _from_head(window, k, end, lang)
    return None


def _from_head(window: Sequence[Token], head: int, end: int, lang: str) -> CountLabel | None:
    fw = frame_words(lang)
    between = list(window[head + 1 : end])
    word = window[head]
    counted = word.lower in fw.counted_heads or lemma(word.text, lang) in fw.counted_heads
    if counted and between and between[0].lower in fw.counted_of:
        phrase = noun_phrase_forward(between[1:], lang)
        if not phrase:
            return None
        post = [t for t in between if t.start >= phrase[-1].end]
        verb = 0 if _event(phrase, lang) else _event_at(post[:EVENT_REACH], lang)
        if any(t.lower in fw.count_label_verbs for t in post[verb:]):
            return None  # "the number of people killed is higher than the 80,000 reported"
        return _counted(phrase, post[:EVENT_REACH], lang)
    if between and between[0].lower not in fw.count_label_prepositions:
        return None  # "the count said he was 40": the head is no label of the figure
    if any(t.lower in fw.count_label_verbs or t.text in CLAUSE_END for t in between):
        return None  # "the death toll from the fire, ranging from the low hundreds to 1,300"
    label = _counted(noun_phrase_back(window[: head + 1], lang), [], lang)
    return label if label.event else None  # "the death toll from the attack"


def _counted(phrase: Sequence[Token], post: Sequence[Token], lang: str) -> CountLabel:
    """What a phrase counts and its event: the words before its first event word ("people"
    of "people killed", "palestinian" of "Palestinian death toll"; "" of "dead", "deaths"),
    and the class of that word or, when none, of the first in ``post`` ("who died")."""
    first = next((i for i, t in enumerate(phrase) if _event([t], lang)), len(phrase))
    event = _event(phrase[first:], lang) or _event(post, lang)
    return CountLabel(what=canonical(phrase[:first], lang), event=event)


def _event_at(tokens: Sequence[Token], lang: str) -> int:
    """Where the words after the first event word of ``tokens`` start ("people [who were
    killed]" -> 3); 0 when none is there ("people [is far higher]")."""
    return next((i + 1 for i, t in enumerate(tokens) if _event([t], lang)), 0)


def _event(tokens: Sequence[Token], lang: str) -> str:
    """An event class that may identify a figure (not a date-only or ignored class)."""
    if not tokens:
        return ""
    fw = frame_words(lang)
    found = event_in(tokens, nearest_last=False, lang=lang)
    return "" if found in fw.date_only_events or found in fw.ignored_events else found
