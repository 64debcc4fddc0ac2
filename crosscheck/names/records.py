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

    Its name as most often written in full is ``entities.entity_name(entity)`` (found on
    demand: only a row's subject reads it).
    """

    kind: NameKind
    mentions: tuple[SourcedName, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources that mention the entity, in order of first mention."""
        return tuple(dict.fromkeys(m.source for m in self.mentions))

    @property
    def spellings(self) -> tuple[str, ...]:
        """The distinct spellings of the entity's name, in order of first mention."""
        return tuple(dict.fromkeys(m.mention.text for m in self.mentions))


class Difference(StrEnum):
    """How two spellings of one name differ (said in the explanation)."""

    TRANSLITERATION = "transliteration"  # one name transliterated two ways ("Sergey" / "Sergei")
    LETTER = "letter"  # one letter added, lost or changed ("Pyonyang" / "Pyongyang")
    SWAPPED = "swapped"  # two neighbouring letters swapped ("Murkowksi" / "Murkowski")
    ORDER = "order"  # the same words in another order ("Hamyd Mourad" / "Mourad Hamyd")
    SPELLING = "spelling"  # any other difference of spelling


@dataclass(frozen=True, slots=True, kw_only=True)
class Spelling:
    """One spelling of a name: where it is quoted from, and how often each source uses it.

    ``value`` is the spelling as shown ("Sergei Kislyak", "Kislyac"); ``quoted`` the mention
    quoted for it (one in the outlet's own voice when there is one); ``voices`` per source id,
    in order of first mention, its mentions in the outlet's own voice and those inside
    quotation marks (``quoted.voice_counts``).
    """

    value: str
    quoted: SourcedName
    voices: tuple[tuple[str, int, int], ...]

    @property
    def own(self) -> tuple[str, ...]:
        """The ids of the sources that write it in their own voice (outside quotation marks)."""
        return tuple(source for source, own, _ in self.voices if own)

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources that use this spelling."""
        return tuple(source for source, _, _ in self.voices)

    @property
    def count(self) -> int:
        """The mentions of this spelling over all sources."""
        return sum(own + quoted for _, own, quoted in self.voices)


@dataclass(frozen=True, slots=True, kw_only=True)
class VariantPair:
    """Two spellings of one person's, body's or place's name: a candidate name variant.

    ``subject`` is the name's most common full spelling; ``difference`` what differs.
    """

    subject: str
    kind: NameKind
    a: Spelling
    b: Spelling
    difference: Difference
