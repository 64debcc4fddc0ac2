"""Nested dates of one event: two date claims and their articles' dates -> whether they date
one event by a shared predicate and nested, written-out past periods, names or not.

``one_event.same_event`` needs a key word two dates share besides their predicate ("Comey
was fired on May 9" / "Comey's firing in May"), two for a weak predicate ("meet", "vote":
many events of a story share it). Sources often name the same actor in other words ("Her
husband died in June 2003" / "Denis, who died June 26, 2003"), so that test keeps them
apart. ``NestedMatch`` reads them as one event when the dates themselves make that likely:
a strong predicate stem in common (a weak one with one key word too: "the younger Trump
confirmed the meeting in June 2016" / "the June 9, 2016, Trump Tower meeting"), both dates
written out (a year given or a month named: "in 2003", "back in July", "last October"), no
clock time, one period inside the other at another precision, the coarser period over
before either article was published, and each side's names known to the other side's
article (when neither names anyone, its key words): an article that never names Ana Ruiz
does not date her disappearance with "Lena Ortiz disappeared in March", nor one that never
speaks of a bakery a factory's closing with "the bakery closed in 2019". Two events of one
predicate in one story rarely fall in one named month of a past year; a period the
articles are written in holds many (the committee's vote and the floor vote "in March"),
and a relative period that names no month ("last month", "this week") is a passing mention
of whichever event. Disjoint dates (a possible conflict) keep the stricter key of
``date_pairs``.

Measured over the real stories (draws 14 and 15 aside): 7 new rows, all true: on the 269 in
no draw an indictment and a shooting, on the drawn ones a death (three rows), a meeting and
a letter, each dated at two precisions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from crosscheck.claims.date_events import weak_stems
from crosscheck.claims.listed_places import date_places
from crosscheck.match.article_dates import within, year_given
from crosscheck.match.lede_dates import lede_same_event
from crosscheck.model import GRANULARITY_RANK, Claim, Granularity, Source, TimeRef
from crosscheck.timex.lexicon import time_lexicon

_YEAR = GRANULARITY_RANK[Granularity.YEAR]
# The longest coarser period ``NestedMatch.week_named`` reads: two events of one weak
# predicate and one name fall in one month often (a senator's letter and the reply to it, a
# primary and a donation ahead of it), in one week rarely.
_WEEK_RANK = GRANULARITY_RANK[Granularity.WEEK]
_WORD = re.compile(r"\w+")


def _written(t: TimeRef, lang: str) -> bool:
    """A date whose own words give its year or name its month ("June 26, 2003", "back in
    July", "last October"), no clock time; a year or longer only after a scope word ("died
    in 2003"), for a bare one names which event rather than when ("the 2016 presidential
    election"). A relative period that names no month ("last month", "this week") is left
    out: it is a passing mention, of whichever event."""
    if t.begin is None or t.minute_start is not None:
        return False
    if not year_given(t) and not _names_month(t.text, lang):
        return False
    return t.modifier is not None or GRANULARITY_RANK[t.granularity] < _YEAR


@cache
def _month_names(lang: str) -> frozenset[str]:
    """The month names and abbreviations of the time lexicon, as written."""
    lexicon = time_lexicon(lang)
    return frozenset({*lexicon.months, *lexicon.abbreviations})


def _names_month(text: str, lang: str) -> bool:
    """Whether a date's words name its month ("in July", "last October")."""
    return any(w in _month_names(lang) for w in _WORD.findall(text))


def _keys_meet(a: Claim, b: Claim, lang: str) -> bool:
    """A shared predicate stem: a strong one, or a weak one with a shared key word, or a
    weak one alone when a side names someone (``_weak_named``)."""
    stems = set(a.event_stems) & set(b.event_stems)
    if not stems:
        return False
    if stems - weak_stems(lang) or set(a.event_words) & set(b.event_words):
        return True
    return _weak_named(a, b)


def _weak_named(a: Claim, b: Claim) -> bool:
    """A weak predicate stem with no key word in common dates one event when a side names
    someone ("how the three counties voted ... during the contest's first round on April
    18" / "than Republicans did against Ossoff in April"): the names are then checked
    against the other article (``NestedMatch._known``). Two unnamed meetings of one month
    ("The meeting in June 2016 with a banker" / "the June 9, 2016, city hall meeting") stay
    apart (tkeys18's probe re-read by reprobe48)."""
    return bool(_names(a) or _names(b))


def nested_written(a: Claim, b: Claim, lang: str) -> bool:
    """Two dates of one predicate (``_keys_meet``), both written out (``_written``), one
    period inside the other at another precision (see the module doc; the articles' dates
    aside)."""
    ta, tb = a.time, b.time
    if ta is None or tb is None or not (_written(ta, lang) and _written(tb, lang)):
        return False
    if GRANULARITY_RANK[ta.granularity] == GRANULARITY_RANK[tb.granularity]:
        return False
    return (within(ta, tb) or within(tb, ta)) and _keys_meet(a, b, lang)


_NAME = re.compile(r"[^\W\d_][\w]*")


def _words(text: str) -> frozenset[str]:
    """The words of a text, folded."""
    return frozenset(w.lower() for w in _NAME.findall(text))


def _names(claim: Claim) -> frozenset[str]:
    """The key words of a date's clause written capitalised in its sentence: the names it
    is said of ("Ana Ruiz", "Denis"; a capitalised first word may be one)."""
    words = _NAME.findall(claim.sentence)
    return frozenset(w.lower() for w in words if w[:1].isupper()) & set(claim.event_words)


@dataclass(frozen=True, slots=True)
class NestedMatch:
    """``same_event`` widened for two nested written dates of a past period
    (``nested_written``): the publication date and the text of each source, by id; a
    source's folded words are read when a pair first asks for them (few sources are ever
    asked, and reading every article's words cost about 0.8 s over the 451 stories)."""

    published: dict[str, date | None]
    texts: dict[str, str]
    lang: str
    words: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, sources: Iterable[Source], lang: str) -> NestedMatch:
        sources = list(sources)
        return cls(
            published={s.id: s.published for s in sources},
            texts={s.id: s.text for s in sources},
            lang=lang,
        )

    def _article_words(self, source: str) -> frozenset[str]:
        """The folded words of one source's article, read once."""
        found = self.words.get(source)
        if found is None:
            found = self.words[source] = _words(self.texts.get(source, ""))
        return found

    def widens(self, a: Claim, b: Claim) -> bool:
        """Whether two date claims date one event as nested written dates whose coarser
        period ended before either source was published (an unknown date: not), each
        side's names, if it gives any, known to the other side's article ("Ana Ruiz was
        last seen on March 3" / "after Lena Ortiz disappeared in March", an article that
        never names Ruiz: two people's disappearances)."""
        if not nested_written(a, b, self.lang):
            return False
        ta, tb = a.time, b.time
        assert ta is not None and tb is not None and ta.begin is not None
        assert tb.begin is not None
        coarse = ta if GRANULARITY_RANK[ta.granularity] > GRANULARITY_RANK[tb.granularity] else tb
        assert coarse.begin is not None
        last = coarse.end_date or coarse.begin
        days = [self.published.get(a.source), self.published.get(b.source)]
        if not all(d is not None and last < d for d in days):
            return False
        return self._known(a, b)

    def week_named(self, a: Claim, b: Claim) -> bool:
        """Two dates of one event by a weak predicate and one name, anywhere in the
        articles: ``lede_same_event``'s key (every shared stem weak, one key word in common,
        one period inside the other at another precision), the shared word written
        capitalised in both sentences (``_names``: "Kentucky, which holds a primary in
        mid-May" / "the May 17 contest in Kentucky"), the coarser period a week at most
        ("The House will vote this week" / "in Tuesday's floor vote, House Democrats ..."),
        and no place of either side unknown to the other side's article unless a place is
        the name they share ("until next Tuesday's District of Columbia primary" / "press on
        to the Maryland primary next week": one candidate, two primaries). A month holds
        many events of a weak predicate: "Neal informed Rettig in a letter earlier this
        month" / "Mnuchin said in his Tuesday letter to Neal" are a letter and its reply."""
        ta, tb = a.time, b.time
        if ta is None or tb is None:
            return False
        if max(GRANULARITY_RANK[ta.granularity], GRANULARITY_RANK[tb.granularity]) > _WEEK_RANK:
            return False
        if not lede_same_event(a, b, self.lang):
            return False
        names_a, names_b = _names(a), _names(b)
        shared = names_a & names_b
        if not shared:
            return False
        places = date_places(self.lang)
        if any(places.kinds(n) for n in shared):
            return True  # the place they share locates the event
        in_a, in_b = self._article_words(a.source), self._article_words(b.source)
        return all(n in in_b for n in names_a if places.kinds(n)) and all(
            n in in_a for n in names_b if places.kinds(n)
        )

    def _known(self, a: Claim, b: Claim) -> bool:
        """Whether each side's names are known to the other side's article: one of them in
        it, in any case ("the Justice Department" / "the Department of Justice"); a side
        that names no one passes. When neither names anyone, one key word of each must be
        in the other's article ("her husband died" beside an article that speaks of her
        husband; not "the bakery closed" beside one that never speaks of a bakery)."""
        names_a, names_b = _names(a), _names(b)
        in_a = self._article_words(a.source)
        in_b = self._article_words(b.source)
        if not names_a and not names_b:
            names_a, names_b = frozenset(a.event_words), frozenset(b.event_words)
        return (not names_a or bool(names_a & in_b)) and (not names_b or bool(names_b & in_a))
