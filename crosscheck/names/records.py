"""Name records: the kinds of name, a mention in a sentence, an entity across sources."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from crosscheck.model import Sentence
from crosscheck.slotted import slot_setters


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
    straight, and an invisible format character inside a word is left out: quote the source
    by the span). ``tokens`` are the words of the name as written (without those either).
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


_new_object: Final = object.__new__
(
    _SET_START,
    _SET_END,
    _SET_TEXT,
    _SET_KIND,
    _SET_TOKENS,
    _SET_SENTENCE,
    _SET_TITLE,
    _SET_ALIAS,
    _SET_POSSESSIVE,
) = slot_setters(NameMention)
_SET_SOURCE, _SET_MENTION = slot_setters(SourcedName)


def new_mention(
    start: int,
    end: int,
    text: str,
    kind: NameKind,
    tokens: tuple[str, ...],
    sentence: Sentence,
    title: str | None,
    alias: str | None,
    possessive: bool,
) -> NameMention:
    """``NameMention(start=start, ...)``, made faster: the finder makes one per name it
    reads, and a frozen dataclass's ``__init__`` sets each field through a guarded
    ``object.__setattr__`` call, which costs more than the record's whole use."""
    mention = _new_object(NameMention)
    _SET_START(mention, start)
    _SET_END(mention, end)
    _SET_TEXT(mention, text)
    _SET_KIND(mention, kind)
    _SET_TOKENS(mention, tokens)
    _SET_SENTENCE(mention, sentence)
    _SET_TITLE(mention, title)
    _SET_ALIAS(mention, alias)
    _SET_POSSESSIVE(mention, possessive)
    return mention


def sourced(source: str, mention: NameMention) -> SourcedName:
    """``SourcedName(source=source, mention=mention)``, made faster (one per mention of a
    story; see ``new_mention``)."""
    item = _new_object(SourcedName)
    _SET_SOURCE(item, source)
    _SET_MENTION(item, mention)
    return item


def first_mention(items: Iterable[SourcedName]) -> tuple[str, int]:
    """Where the first of some mentions stands, in (source id, offset) order: the order in
    which the name pairing lists spellings and the sides of a pair."""
    return min((item.source, item.mention.start) for item in items)


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """One person, body or place, with every mention of it across the sources.

    Its name as most often written in full is ``entities.entity_name(entity, lang)`` (found on
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
    SWAPPED = "swapped"  # two letters swapped ("Murkowksi" / "Murkowski", "Zahef" / "Zehaf")
    ORDER = "order"  # the same words in another order ("Hamyd Mourad" / "Mourad Hamyd")
    CUT = "cut"  # the name without its last word ("Kim Jong" / "Kim Jong Un")
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


_SET_ENTITY_KIND, _SET_MENTIONS = slot_setters(Entity)


def new_entity(kind: NameKind, mentions: tuple[SourcedName, ...]) -> Entity:
    """``Entity(kind=kind, mentions=mentions)``, made faster (one per entity of a story,
    most of one mention; see ``new_mention``)."""
    entity = _new_object(Entity)
    _SET_ENTITY_KIND(entity, kind)
    _SET_MENTIONS(entity, mentions)
    return entity
