"""Lede dates: the dates of each article's opening sentences, and when two of them date one event.

Every outlet leads with the story's main event ("Mississippi Sen. Thad Cochran has been
forced into a runoff ... in Tuesday's primary" / "... failed to win a majority of the vote
in this week's primary"). ``lede_spans`` finds the lede of an article: its first
``lede_sentences`` sentences of at least ``lede_min_words`` words within its first
``lede_chars`` characters, after the headline line. ``LedeMatch`` widens
``date_match.same_event`` for two date claims of two ledes: when every predicate stem they
share is a weak one ("vote", "win": many events of a story share it), one shared key word
suffices instead of ``weak_words``, and only when one period lies inside the other (a coarse
and a fine date of one event, neither a clock time), neither beginning after its article's
publication (a forecast: "a final vote is expected on Tuesday" dates no event that
happened). Two ledes' disjoint dates are no more read as one event than elsewhere: on real
stories they are the different news days of a developing story (the
shooting Tuesday, the protests Wednesday), not one event dated twice.

Measured on the corpus's non-gold stories: pairs of lede dates without a shared predicate
(shared names or similar wording only) date different events about nine times in ten, so
they are not paired; nor are two ledes' dates of one predicate but no shared name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from crosscheck.claims.date_events import date_event_words, weak_stems
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.lexicon import reading_language
from crosscheck.match.article_dates import within
from crosscheck.model import GRANULARITY_RANK, Claim, Source, TimeRef
from crosscheck.text.clean import clean_text
from crosscheck.text.headline import headline_end
from crosscheck.text.sentences import split_sentences

_WORD = re.compile(r"\w+")


def lede_spans(text: str, lang: str = DEFAULT_LANGUAGE) -> tuple[tuple[int, int], ...]:
    """The spans of an article's lede sentences in ``text``: the first sentences of at least
    ``lede_min_words`` words that hold no line break, within its first ``lede_chars``
    characters, the headline (``text.headline.headline_end`` of the cleaned head) left out. The head
    is cleaned and split with the lexicons of language ``lang`` (the article's); the three
    settings are the default language's ``DateEventWords`` (the match stage is not read per
    language yet)."""
    settings = date_event_words(lang)  # the lede_* keys of time.toml's [date_events]
    head = text[: settings.lede_chars]
    cleaned = clean_text(head, lang)
    sentences = split_sentences(cleaned, lang)
    headline = headline_end(cleaned)  # past the web page's furniture the cleaning blanked
    found: list[tuple[int, int]] = []
    for sentence in sentences:
        words = head[sentence.start : sentence.end]
        if sentence.start < headline:
            continue  # the headline
        if "\n" in words.strip() or len(_WORD.findall(words)) < settings.lede_min_words:
            continue  # a byline, a caption's credit line, a list of highlights
        found.append((sentence.start, sentence.end))
        if len(found) == settings.lede_sentences:
            break
    return tuple(found)


def _nested(a: TimeRef, b: TimeRef) -> bool:
    """One period inside the other, at different precision, both a day or longer: a clock
    time and its day are two moments of a day that holds many ("is set to meet at 11:15
    a.m. on March 6" / "also met with Biden on March 6")."""
    if a.begin is None or b.begin is None:
        return False
    if a.minute_start is not None or b.minute_start is not None:
        return False
    if GRANULARITY_RANK[a.granularity] == GRANULARITY_RANK[b.granularity]:
        return False
    return within(a, b) or within(b, a)


def lede_same_event(a: Claim, b: Claim, lang: str) -> bool:
    """Two lede dates of one event by a weak predicate: every shared stem weak ("primary",
    "vote"), one key word in common, one period inside the other."""
    stems = set(a.event_stems) & set(b.event_stems)
    if not stems or not stems <= weak_stems(lang):
        return False
    if not set(a.event_words) & set(b.event_words):
        return False
    return a.time is not None and b.time is not None and _nested(a.time, b.time)


def _lede_of(source: Source) -> tuple[tuple[int, int], ...]:
    """``lede_spans`` of a source's text, read in the source's language."""
    return lede_spans(source.text, reading_language(source.id, source.language))


@dataclass(slots=True)
class LedeMatch:
    """``same_event`` widened for two lede dates (``lede_same_event``); the ledes of the
    articles are found once each, when a claim of theirs is first asked about."""

    sources: dict[str, Source]
    lang: str
    _spans: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, sources: Iterable[Source], lang: str) -> LedeMatch:
        return cls(sources={s.id: s for s in sources}, lang=lang)

    def in_lede(self, claim: Claim) -> bool:
        """Whether a claim starts in its article's lede."""
        if claim.source not in self._spans:
            source = self.sources.get(claim.source)
            self._spans[claim.source] = () if source is None else _lede_of(source)
        return any(start <= claim.start < end for start, end in self._spans[claim.source])

    def ahead(self, claim: Claim) -> bool:
        """Whether a date begins after its article's publication: a forecast ("a final
        Senate vote is expected on Tuesday"), which dates no event that happened."""
        source = self.sources.get(claim.source)
        t = claim.time
        if source is None or source.published is None or t is None or t.begin is None:
            return True
        return t.begin > source.published

    def widens(self, a: Claim, b: Claim) -> bool:
        """Whether two date claims date one event as two ledes' dates (not otherwise): both
        in their ledes, neither a forecast."""
        if not lede_same_event(a, b, self.lang) or self.ahead(a) or self.ahead(b):
            return False
        return self.in_lede(a) and self.in_lede(b)
