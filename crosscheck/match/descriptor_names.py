"""A clause -> its names: the stems of its words written with a capital, read as names.

``name_spans``: runs of capitalised words ("Sergei Skripal", "Salisbury"), each one name;
``names_of_both``: the capitalised stems two dates' clauses share, inside a sentence in one
of them (a capital after a full stop may only open the sentence). Read by the date
descriptors (``date_descriptors``) to anchor an event on the people and places it names.
"""

from __future__ import annotations

import re

from crosscheck.match.descriptor_clauses import clause_of
from crosscheck.match.descriptor_words import POSSESSIVE, content_stem
from crosscheck.match.word_roots import root
from crosscheck.model import Claim


def names_of_both(a: Claim, b: Claim, lang: str) -> set[str]:
    """The stems of words written with a capital in both dates' clauses, inside one of
    them (``_capitals``): names both clauses give."""
    inside_a, first_a = _capitals(clause_of(a, lang=lang), lang)
    inside_b, first_b = _capitals(clause_of(b, lang=lang), lang)
    return (inside_a & (inside_b | first_b)) | (inside_b & first_a)


def anchor_names(a: Claim, b: Claim, keys: frozenset[str], lang: str) -> frozenset[str] | None:
    """For two dates paired by their descriptors (``keys``: their shared stems, topic words
    too), the names both clauses give among ``keys`` when the keys hold a side's own event
    word (one act told on both sides: "in 2009, when Obama took office" / "in January 2009,
    when Obama took office"); None otherwise. ``ArticleDates.gives_finer`` then takes the
    coarse article's finer date for an explanation only in a sentence that tells the finer
    side's event or names one of these, not in one that shares a topic word alone ("In
    January 2009 the labor force participation rate was 65.7%": another measure's date)."""
    events = {root(s, lang) for s in (*a.event_stems, *b.event_stems)}
    if not keys & events:
        return None  # no act shared: the looser test stands
    return frozenset(keys & names_of_both(a, b, lang))


_CAPITAL = re.compile(r"[^\W\d_a-z][\w'\u2019-]*")
# What may stand before a name inside a sentence: a letter, a comma, a title's
# abbreviation ("Mr. Bloomberg", "Gen. Dempsey"); after anything else (a full stop, a
# quote mark, a colon) a capital may open a sentence.
_INSIDE = re.compile(r"(?:[^\W\d_]|,|\b[^\W\d_a-z][a-z]{1,3}\.)\s+$")


def _capitals(text: str, lang: str) -> tuple[set[str], set[str]]:
    """The stems of a clause's words written with a capital, less all-capital words
    (acronyms, headlines): those inside a sentence (names) and those that may open one."""
    inside: set[str] = set()
    first: set[str] = set()
    for m in _CAPITAL.finditer(text):
        word = m.group()
        if word.isupper() or (m.start() > 0 and text[m.start() - 1].isalnum()):
            continue
        s = content_stem(POSSESSIVE.sub("", word.lower()), lang)
        if s:
            (inside if _INSIDE.search(text, 0, m.start()) else first).add(s)
    return inside, first


_NAME_GAP = re.compile(r"^[\s'\u2019.-]*$")


def name_spans(text: str, lang: str) -> list[tuple[set[str], int, int]]:
    """The names of a clause, each the stems of a run of words written with a capital
    ("Sergei Skripal", "Yulia", "Salisbury": one person's first and last name are one),
    with where it starts and ends in ``text``."""
    phrases: list[tuple[set[str], int, int]] = []
    end = -1
    for m in _CAPITAL.finditer(text):
        s = content_stem(POSSESSIVE.sub("", m.group().lower()), lang)
        if not s:
            continue
        if phrases and _NAME_GAP.match(text[end : m.start()]):
            phrases[-1][0].add(s)
            phrases[-1] = (phrases[-1][0], phrases[-1][1], m.end())
        else:
            phrases.append(({s}, m.start(), m.end()))
        end = m.end()
    return phrases
