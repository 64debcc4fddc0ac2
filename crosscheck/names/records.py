"""Name records: the kinds of name, a mention in a sentence, an entity across sources."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from crosscheck.model import (
    Sentence,
)


class NameKind(StrEnum):
    """What a name names."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    UNKNOWN = "unknown"  # one capitalised word: a surname or a body, to be decided by context


@dataclass(frozen=True, slots=True, kw_only=True)
class NameMention:
    """A name as written in one sentence.

    ``start``/``end`` index the source text; ``text`` is the name alone (no title, no
    possessive ending) as the sentence gives it (after cleaning, a curly apostrophe may be
    straight: quote the source by the span). ``tokens`` are the words of the name as written.
    ``title`` is the honorific or title written before the name ("President", "Dr."),
    ``alias`` an acronym given in brackets after it ("(OHCHR)").
    """

    start: int
    end: int
    text: str
    kind: NameKind
    tokens: tuple[str, ...]
    sentence: Sentence
    title: str | None = None
    alias: str | None = None
    possessive: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class SourcedName:
    """A name mention and the id of the source it was found in."""

    source: str
    mention: NameMention


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """One person, body or place, with every mention of it across the sources.

    ``name`` is the most common full spelling ("Alexander Lukashenko").
    """

    kind: NameKind
    name: str
    mentions: tuple[SourcedName, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources that mention the entity, in order of first mention."""
        return tuple(dict.fromkeys(m.source for m in self.mentions))

    @property
    def spellings(self) -> tuple[str, ...]:
        """The distinct spellings of the entity's name, in order of first mention."""
        return tuple(dict.fromkeys(m.mention.text for m in self.mentions))
