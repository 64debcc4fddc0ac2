"""Participants of a date's event: a date claim and its article -> the names its event is said of.

Two dates whose clauses share one predicate class ("dismissed by Trump last year" / "he was
fired last May": both of the class ``removed`` of date_events.toml) but fewer than two other
content words are one event when both name one participant: a name (a run of words written
with a capital) of the date's clause, the name right before the clause that the clause tells
of ("Comey, who was dismissed ..."), or, for a clause that names its participant by a pronoun
(``[participants]`` of date_events.toml), a name of its sentence before the clause or else
the first name of the sentence before ("Mr. Comey said he wrote the memos ... After he was
fired last May"). The descriptor matcher (date_descriptors) reads these; pure functions of
the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache

from crosscheck.claims.date_events import date_event_words, stem
from crosscheck.lexicon import load_lexicon, lower_words, require
from crosscheck.model import Claim

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
# Where the sentence before a date's sentence ends: a full stop, question or exclamation
# mark (with any closing quote) and a space or a line break.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+|\n+")


@cache
def _pronouns(lang: str) -> frozenset[str]:
    """The ``pronouns`` of date_events.toml's ``[participants]``."""
    table = require(
        load_lexicon("date_events", lang), "participants", dict, "date_events", lang=lang
    )
    return lower_words(table, "pronouns", "date_events", lang=lang)


@lru_cache(maxsize=8192)
def predicate_stems(clause: str, lang: str) -> frozenset[str]:
    """The stems of the event predicates of a clause that the lexicons list (synonym and
    event classes, irregular forms, event nouns), not a word read as a verb by its ending
    alone ("followed", "expressed"): "was fired last May" -> {"removed"}. Cached: a clause
    is asked once per date pair it may form."""
    found = {w.lower() for w in _WORD.findall(clause.replace("\u2019", "'"))}  # folded
    return frozenset(stem(w, lang) for w in found & _listed(lang))


@cache
def _listed(lang: str) -> frozenset[str]:
    """The folded words that are event predicates of the lexicons."""
    words = date_event_words(lang)
    return frozenset(words.synonyms).union(words.classes, words.stems, words.event_nouns)


def _fold(word: str) -> str:
    return word.lower().replace("\u2019", "'")


def names_by_pronoun(clause: str, lang: str) -> bool:
    """Whether a clause names a participant by a pronoun of ``[participants]``."""
    return any(_fold(w) in _pronouns(lang) for w in _WORD.findall(clause))


def sentence_before(text: str, start: int) -> str:
    """The sentence of ``text`` that ends before ``start`` (a sentence's start), "" for none;
    read within ``SENTENCE_REACH`` characters (a longer one is cut at its start)."""
    head = text[max(start - SENTENCE_REACH, 0) : start].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    return head[ends[-1] if ends else 0 :]


# The characters before a sentence read for the sentence before it.
SENTENCE_REACH = 1000


def participants(
    claim: Claim,
    clause: str,
    text: str,
    names: Callable[[str], list[tuple[set[str], int, int]]],
    lang: str,
) -> frozenset[str]:
    """The stems of the names a date's event is said of: those of its clause; the name
    right before the clause, of which the clause tells ("Comey, [who was dismissed last
    year]", "Otto Warmbier — [the citizen released this summer]"); and for a clause that
    names its participant by a pronoun, the names of the sentence before the clause, or,
    when it has none, the first name of the sentence before ("Mr. Comey said ... [After he
    was fired last May]"). ``names`` reads a text's name phrases: (stems, start, end)."""
    found = {s for phrase, _, _ in names(clause) for s in phrase}
    at = claim.sentence.find(clause)
    head = claim.sentence[: max(at, 0)]
    before = names(head)
    if before and _GAP.match(head[before[-1][2] :]):
        found |= before[-1][0]
    if names_by_pronoun(clause, lang):
        if before:
            found |= {s for phrase, _, _ in before for s in phrase}
        else:
            previous = names(sentence_before(text, claim.sentence_start))
            if previous:
                found |= previous[0][0]
    return frozenset(found)


# What may stand between a name and the clause that tells of it: marks and spaces ("Comey,
# who", "Otto Warmbier — the ...").
_GAP = re.compile(r"^[\s,\u2014\u2013(-]*$")


@cache
def _demonyms(stem_of: Callable[[str], str], lang: str) -> frozenset[str]:
    """The ``demonyms`` of names.toml (nationalities, parties, faiths: "Republican",
    "American") as ``stem_of`` reads them: written with a capital, they name no participant."""
    return frozenset(
        stem_of(w) for w in lower_words(load_lexicon("names", lang), "demonyms", "names", lang=lang)
    )


def named_participants(
    names: Iterable[AbstractSet[str]],
    shared: AbstractSet[str],
    stem_of: Callable[[str], str],
    lang: str,
) -> int:
    """How many of a clause's ``names`` (the stems of each run of capitalised words: one
    person's names count once) hold a stem of ``shared`` besides a demonym's
    (``stem_of`` reads a demonym as the names were read)."""
    adjectives = _demonyms(stem_of, lang)
    return sum(1 for name in names if (name & shared) - adjectives)
