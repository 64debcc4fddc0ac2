"""The ``[date_events]`` lexicon -> DateEventWords; a word -> the stem it gives as a predicate.

Read from the ``[date_events]`` table of time.toml and from date_events.toml: the words by
which date_keys reads a date's event key, and the stems (synonym class, event class, stems
table, or the word less a suffix) by which two keys share a predicate. No English in code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from crosscheck.claims.frame_words import frame_words
from crosscheck.errors import LexiconError
from crosscheck.lexicon import lexicon_path, load_lexicon, lower_words, require


@dataclass(frozen=True, slots=True)
class DateEventWords:
    """The ``[date_events]`` table of ``time.toml``: how a date's event key is read."""

    window: int
    per_side: int
    min_stem: int
    suffixes: tuple[str, ...]
    generic: frozenset[str]
    stems: dict[str, str]
    verb_suffixes: tuple[str, ...]
    verb_min: int
    event_nouns: frozenset[str]
    clause_openers: frozenset[str]
    subordinators: frozenset[str]
    clause_joiners: frozenset[str]
    origins: frozenset[str]
    announcing: frozenset[str]
    state_scopes: frozenset[str]  # the time a state is reported at ("as of")
    bound_scopes: frozenset[str]  # a span's bound, paired with the same word ("since", "by")
    clause_connectives: frozenset[str]  # before a date that still opens its clause ("but")
    clock_scopes: frozenset[str]  # before an approximate clock time that dates ("around")
    near_clock_scopes: frozenset[str]  # before a time just past or short of one ("after")
    present_endings: tuple[str, ...]
    present_objects: frozenset[str]
    present_subjects: frozenset[str]
    labelled_people: frozenset[str]  # after an event noun that labels them ("bombing victims")
    attributive_articles: frozenset[str]  # before a date that modifies a noun ("a May 10 [x]")
    attributive_not_nouns: frozenset[str]  # a noun a day names, no date ("the Sunday shows")
    stamp_words: frozenset[str]  # before a written day that stamps the page ("Updated Oct. 28")
    caption_ends: frozenset[str]  # after a caption's date line (", U.S., September 4, 2018.")
    announcement_mark: str
    name_joiners: frozenset[str]
    classes: dict[str, str]
    statement_verbs: frozenset[str]
    weak_words: int
    synonyms: dict[str, str]
    phrases: dict[tuple[str, str], str]
    phrase_firsts: frozenset[str]
    nouns: frozenset[str]
    noun_before: frozenset[str]
    named_tails: frozenset[str]  # capitalised words after a named event ("Inauguration [Day]")
    weak_predicates: tuple[str, ...]  # predicates many events of one story share (unstemmed)
    lede_sentences: int  # the lede of an article (match.lede_dates.lede_spans)
    lede_min_words: int
    lede_chars: int

    def predicate(self, word: str) -> bool:
        """Whether a folded word may name an event: a verb form or an event noun."""
        if word in self.event_nouns or word in self.stems or word in self.classes:
            return True
        if word in self.synonyms:
            return True
        return len(word) >= self.verb_min and word.endswith(self.verb_suffixes)


@cache
def date_event_words(lang: str) -> DateEventWords:
    """The ``[date_events]`` table, read once."""
    data = require(load_lexicon("time", lang), "date_events", dict, "time", lang=lang)
    more = load_lexicon(_MORE, lang)
    nouns = require(more, "nouns", dict, _MORE, lang=lang)
    suffixes = [str(x).lower() for x in require(data, "suffixes", list, "time", lang=lang)]
    phrases = {
        (first, second): name
        for phrase, name in _classes(
            require(more, "phrases", dict, _MORE, lang=lang), _MORE
        ).items()
        for first, second in [phrase.split()]
    }
    return DateEventWords(
        window=int(require(data, "window", int, "time", lang=lang)),
        per_side=int(require(data, "predicates_per_side", int, "time", lang=lang)),
        min_stem=int(require(data, "min_stem", int, "time", lang=lang)),
        suffixes=tuple(sorted(suffixes, key=len, reverse=True)),
        generic=frozenset(
            str(x).lower() for x in require(data, "generic", list, "time", lang=lang)
        ),
        stems={
            str(k).lower(): str(v)
            for table in (
                require(data, "stems", dict, "time", lang=lang),
                require(more, "stems", dict, _MORE, lang=lang),
            )
            for k, v in table.items()
        },
        verb_suffixes=tuple(
            str(x).lower() for x in require(data, "verb_suffixes", list, "time", lang=lang)
        ),
        verb_min=int(require(data, "verb_min", int, "time", lang=lang)),
        event_nouns=frozenset(
            str(x).lower()
            for nouns_of in (
                require(data, "event_nouns", list, "time", lang=lang),
                require(more, "event_nouns", list, _MORE, lang=lang),
            )
            for x in nouns_of
        ),
        clause_openers=frozenset(
            str(x).lower() for x in require(data, "clause_openers", list, "time", lang=lang)
        ),
        subordinators=lower_words(data, "subordinators", "time", lang=lang),
        clause_joiners=lower_words(data, "clause_joiners", "time", lang=lang),
        origins=lower_words(data, "origins", "time", lang=lang),
        announcing=frozenset(
            str(x).lower() for x in require(more, "announcing_verbs", list, _MORE, lang=lang)
        ),
        present_endings=tuple(
            str(x).lower() for x in require(more, "present_endings", list, _MORE, lang=lang)
        ),
        present_objects=frozenset(
            str(x).lower() for x in require(more, "present_objects", list, _MORE, lang=lang)
        ),
        present_subjects=lower_words(more, "present_subjects", _MORE, lang=lang),
        labelled_people=lower_words(more, "labelled_people", _MORE, lang=lang),
        attributive_articles=lower_words(more, "attributive_articles", _MORE, lang=lang),
        attributive_not_nouns=lower_words(more, "attributive_not_nouns", _MORE, lang=lang),
        stamp_words=lower_words(more, "stamp_words", _MORE, lang=lang),
        caption_ends=lower_words(more, "caption_ends", _MORE, lang=lang),
        announcement_mark=str(require(more, "announcement_mark", str, _MORE, lang=lang)),
        name_joiners=frozenset(
            str(x).lower() for x in require(data, "name_joiners", list, "time", lang=lang)
        ),
        classes=_event_classes(
            frozenset(str(x) for x in require(data, "not_event_classes", list, "time", lang=lang)),
            lang,
        ),
        statement_verbs=frozenset(
            str(x).lower() for x in require(data, "statement_verbs", list, "time", lang=lang)
        ),
        weak_words=int(require(data, "weak_words", int, "time", lang=lang)),
        state_scopes=lower_words(data, "state_scopes", "time", lang=lang),
        bound_scopes=lower_words(data, "bound_scopes", "time", lang=lang),
        clause_connectives=lower_words(data, "clause_connectives", "time", lang=lang),
        clock_scopes=lower_words(data, "clock_scopes", "time", lang=lang),
        near_clock_scopes=lower_words(data, "near_clock_scopes", "time", lang=lang),
        synonyms={
            **_classes(require(data, "synonyms", dict, "time", lang=lang), "time"),
            **_classes(require(more, "synonyms", dict, _MORE, lang=lang), _MORE),
        },
        phrases=phrases,
        phrase_firsts=frozenset(first for first, _ in phrases),
        nouns=frozenset(str(x).lower() for x in require(nouns, "words", list, _MORE, lang=lang)),
        noun_before=frozenset(
            str(x).lower()
            for key in ("determiners", "noun_modifiers")
            for x in require(nouns, key, list, _MORE, lang=lang)
        ),
        named_tails=lower_words(
            require(more, "named_events", dict, _MORE, lang=lang), "tails", _MORE, lang=lang
        ),
        weak_predicates=tuple(
            str(x)
            for words in (
                require(data, "weak_predicates", list, "time", lang=lang),
                require(more, "weak_predicates", list, _MORE, lang=lang),
            )
            for x in words
        ),
        lede_sentences=int(require(data, "lede_sentences", int, "time", lang=lang)),
        lede_min_words=int(require(data, "lede_min_words", int, "time", lang=lang)),
        lede_chars=int(require(data, "lede_chars", int, "time", lang=lang)),
    )


# The lexicon of event keys that adds to time.toml's [date_events] (synonyms, phrases, nouns).
_MORE = "date_events"


def _classes(table: dict[str, object], name: str) -> dict[str, str]:
    """A table of classes (class -> words or phrases) as word -> class, folded."""
    found: dict[str, str] = {}
    for cls, group in table.items():
        if not isinstance(group, list):
            raise LexiconError(f"class {cls!r} must be a list", path=lexicon_path(name))
        found.update({str(w).lower(): str(cls) for w in group})
    return found


@cache
def weak_stems(lang: str) -> frozenset[str]:
    """The stems of the ``weak_predicates`` of ``[date_events]`` and of date_events.toml:
    predicates that many events of one story share."""
    return frozenset(stem(x, lang) for x in date_event_words(lang).weak_predicates)


def _event_classes(left_out: frozenset[str], lang: str) -> dict[str, str]:
    """One-word phrases of the event classes of ``events.toml`` -> their class."""
    fw = frame_words(lang)
    skip = left_out | fw.ignored_events | fw.generic_events
    return {p[0]: name for p, name in fw.events.items() if len(p) == 1 and name not in skip}


@lru_cache(maxsize=1 << 14)  # a story's words repeat; bounded memory
def stem(word: str, lang: str) -> str:
    """A word's stem for comparing predicates: its synonym class ("hearing" -> "testified"),
    its event class ("died" -> "killed"), its
    entry in the stems table ("met" -> "meet"), or the word less a suffix ("testif")."""
    words = date_event_words(lang)
    low = word.lower()
    if low in words.synonyms:
        return words.synonyms[low]
    if low in words.classes:
        return words.classes[low]
    if low in words.stems:
        return words.stems[low]
    return _cut(low, lang)


def _cut(low: str, lang: str) -> str:
    """A folded word less its longest suffix of ``[date_events]``."""
    words = date_event_words(lang)
    for suffix in words.suffixes:
        if low.endswith(suffix) and len(low) - len(suffix) >= words.min_stem:
            return low[: -len(suffix)]
    return low
