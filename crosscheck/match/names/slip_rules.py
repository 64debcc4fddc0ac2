"""``lexicon/names.toml`` [misspelling] -> the thresholds of the slip finders, and the record
of one name word as written (``Occurrence``) that they read.

``misspelling`` pairs a rare name word with a frequent one; ``namesakes``, ``given_slips``,
``lone_slips`` and ``spelled`` read the same thresholds or the same occurrences, so both live
here, below all of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from crosscheck.errors import LexiconError
from crosscheck.names.records import SourcedName

GIVEN = "given"  # the role of a word: a person's given name
SURNAME = "surname"  # a person's last name, or a name of one word
BODY = "body"  # a word of an organisation's or a place's name


class Occurrence(NamedTuple):
    """One name word as written in one mention, with its role in the name.

    ``given`` is the person's given name written in the same mention, if any. A named
    tuple, not a dataclass: one is built for every word of every name of a story.
    """

    word: str
    role: str
    item: SourcedName
    given: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MisspellingRules:
    """When a rare word counts as a slip of a frequent one (``lexicon/names.toml``)."""

    min_length: int  # letters of the shorter word
    max_length: int  # letters of a word weighed at all (its one-slip variants cost length²)
    swapped_min_length: int  # the same for a lone surname with two neighbours swapped ("Kahn")
    rare_max: int  # mentions of the rare word, at most
    frequent_min: int  # mentions of the frequent word, at least
    frequent_ratio: float  # and at least this many times the rare word's
    swapped_frequent_min: int  # the same for two letters swapped ("Murkowksi")
    swapped_frequent_ratio: float
    changed_min_length: int  # letters of a word whose vowel is changed ("Avanatti")
    changed_tail: int  # letters at the end where a changed vowel is another name ("-son")
    surname_titles: frozenset[str]  # "Mr. Cumming": a lost plural ending is a slip
    cut_letters: int  # letters cut off the end of a surname written with one given name
    family_given_min: int  # given names a family's surname is written after ("Tsarnaev")


def misspelling_rules(data: Mapping[str, object]) -> MisspellingRules:
    """The thresholds of ``[misspelling]`` in ``lexicon/names.toml``, checked."""

    def number(key: str) -> float:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise LexiconError(
                f"[misspelling] {key!r} must be a number >= 0", path="lexicon/names.toml"
            )
        return float(value)

    titles = data.get("surname_titles")
    if not isinstance(titles, list) or not all(isinstance(t, str) and t for t in titles):
        raise LexiconError(
            "[misspelling] 'surname_titles' must list words", path="lexicon/names.toml"
        )
    return MisspellingRules(
        min_length=int(number("min_length")),
        max_length=int(number("max_length")),
        swapped_min_length=int(number("swapped_min_length")),
        rare_max=int(number("rare_max")),
        frequent_min=int(number("frequent_min")),
        frequent_ratio=number("frequent_ratio"),
        swapped_frequent_min=int(number("swapped_frequent_min")),
        swapped_frequent_ratio=number("swapped_frequent_ratio"),
        changed_min_length=int(number("changed_min_length")),
        changed_tail=int(number("changed_tail")),
        surname_titles=frozenset(t.casefold().rstrip(".") for t in titles),
        cut_letters=int(number("cut_letters")),
        family_given_min=int(number("family_given_min")),
    )
