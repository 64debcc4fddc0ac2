"""Sources and their name mentions -> name-variant discrepancies (one row per pair)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import combinations

from rapidfuzz import fuzz

from crosscheck.ids import stable_id
from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import (
    Discrepancy,
    DiscrepancyKind,
    Mention,
    Sentence,
    Source,
)
from crosscheck.names.entities import _name_tokens, group_entities
from crosscheck.names.finder import find_names
from crosscheck.names.lexicon import NAMES_LEXICON, _fold, _is_initial, _name_words, skeleton
from crosscheck.names.records import Entity, NameKind, NameMention, SourcedName
from crosscheck.severity import default_severity

# --------------------------------------------------------------------------- variants


@dataclass(frozen=True, slots=True, kw_only=True)
class _Spelling:
    """One spelling of one name word within an entity, where it is first used."""

    value: str
    first: SourcedName
    sources: tuple[str, ...]
    count: int


@dataclass(frozen=True, slots=True, kw_only=True)
class _VariantRules:
    """What makes a written name no spelling of a name (``lexicon/names.toml``)."""

    mojibake: tuple[str, ...]
    sic: tuple[str, ...]
    word_threshold: float
    clipped_min_length: int
    shouted_min_letters: int
    labels: frozenset[str]


@cache
def _variant_rules() -> _VariantRules:
    data = load_lexicon(NAMES_LEXICON)
    return _VariantRules(
        mojibake=tuple(require(data, "mojibake_markers", list, NAMES_LEXICON)),
        sic=tuple(m.casefold() for m in require(data, "sic_markers", list, NAMES_LEXICON)),
        word_threshold=float(require(data, "variant_word_threshold", int, NAMES_LEXICON)),
        clipped_min_length=require(data, "clipped_min_length", int, NAMES_LEXICON),
        shouted_min_letters=require(data, "shouted_min_letters", int, NAMES_LEXICON),
        labels=frozenset(w.casefold() for w in require(data, "page_labels", list, NAMES_LEXICON)),
    )


_LOWER_WORD = re.compile(r"(?<![\w'-])[^\W\d_A-Z][^\W\d_]*(?![\w'-])")


class _Texts:
    """The sources' texts, and the words they write in lower case (found once, on demand)."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self.texts = texts
        self._lower: frozenset[str] | None = None

    def lower_words(self) -> frozenset[str]:
        """Every word written all in lower case somewhere in the sources."""
        if self._lower is None:
            self._lower = frozenset(
                m.group() for text in self.texts.values() for m in _LOWER_WORD.finditer(text)
            )
        return self._lower


def _spelled_name(item: SourcedName, texts: _Texts) -> bool:
    """Whether a mention's words can be a spelling of its name at all.

    Not when the text was decoded wrongly upstream ("ObamaÃ¢": mojibake markers in the
    name); when it holds an ordinary word in capitals (a video player's "JUST WATCHED" /
    "MUST WATCH" labels run into a clip's title: "WATCHED Watch Pope Benedict"); when the
    writer marks it as a misspelling quoted as written ("Tennesse (sic)"); or when it is
    one word that opens its sentence and the sources also write it in lower case (an
    ordinary word capitalised at the sentence's start: "Good", not a name).
    """
    rules = _variant_rules()
    mention = item.mention
    if any(marker in mention.text for marker in rules.mojibake):
        return False
    if any(_shouted_word(token, texts) for token in mention.tokens):
        return False
    text = texts.texts.get(item.source, "")
    after = text[mention.end : mention.end + 12].lstrip().casefold()
    if any(after.startswith(marker) for marker in rules.sic):
        return False
    if len(mention.tokens) == 1:
        offset = mention.start - mention.sentence.start
        opening = mention.sentence.text[: max(0, offset)]
        if not any(c.isalnum() for c in opening):
            return mention.tokens[0].casefold() not in texts.lower_words()
    return True


def _shouted_word(token: str, texts: _Texts) -> bool:
    """An ordinary word written in capitals ("WATCHED"), not an acronym ("UNICEF").

    It has at least ``shouted_min_letters`` letters, all capitals, and the sources also
    write it in lower case or it is a page label (``page_labels``); shorter capitals ("US",
    "WHO") are taken for acronyms.
    """
    rules = _variant_rules()
    return (
        len(token) >= rules.shouted_min_letters
        and token.isalpha()
        and token.isupper()
        and (token.casefold() in rules.labels or token.casefold() in texts.lower_words())
    )


def _slots(entity: Entity, texts: _Texts) -> dict[str, list[tuple[str, str, SourcedName]]]:
    """Per name slot, (word as written, value to show, mention) in mention order."""
    slots: dict[str, list[tuple[str, str, SourcedName]]] = {}
    for item in entity.mentions:
        mention = item.mention
        if not _spelled_name(item, texts):
            continue
        tokens = _name_tokens(mention)
        if not tokens:
            continue
        if entity.kind in (NameKind.PERSON, NameKind.UNKNOWN):
            slots.setdefault("surname", []).append((tokens[-1], tokens[-1], item))
            if len(tokens) >= 2 and not _is_initial(tokens[0]):
                shown = f"{tokens[0]} {tokens[-1]}"
                slots.setdefault("given", []).append((tokens[0], shown, item))
        else:
            slot = f"words-{len(mention.tokens)}"
            slots.setdefault(slot, []).append((mention.text, mention.text, item))
    return slots


def _spellings(occurrences: Sequence[tuple[str, str, SourcedName]]) -> list[_Spelling]:
    firsts: dict[str, tuple[str, SourcedName]] = {}
    sources: dict[str, dict[str, None]] = {}
    counts: Counter[str] = Counter()
    for word, shown, item in occurrences:
        key = _fold(word)
        firsts.setdefault(key, (shown, item))
        sources.setdefault(key, {})[item.source] = None
        counts[key] += 1
    return [
        _Spelling(value=shown, first=item, sources=tuple(sources[k]), count=counts[k])
        for k, (shown, item) in firsts.items()
    ]


def _quote(item: SourcedName, texts: Mapping[str, str]) -> Mention:
    mention = item.mention
    text = texts.get(item.source)
    sentence = mention.sentence
    if text is None or len(text) < sentence.end:
        quoted, whole = mention.text, sentence.text
    else:
        quoted, whole = text[mention.start : mention.end], text[sentence.start : sentence.end]
    return Mention(
        source=item.source, start=mention.start, end=mention.end, text=quoted, sentence=whole
    )


def _kind_words(kind: NameKind) -> str:
    return {
        NameKind.PERSON: "the same person",
        NameKind.ORGANISATION: "the same organisation",
        NameKind.PLACE: "the same place",
        NameKind.UNKNOWN: "the same name",
    }[kind]


def _explain(a: _Spelling, b: _Spelling, kind: NameKind) -> str:
    both = [s for s in a.sources if s in b.sources]
    text = (
        f"'{a.value}' ({', '.join(a.sources)}) vs '{b.value}' ({', '.join(b.sources)}): "
        f"{_kind_words(kind)} spelled two ways; pick one house spelling."
    )
    if both:
        text += f" {', '.join(both)} {'uses' if len(both) == 1 else 'use'} both spellings."
    return text


def name_variants(
    sources: Sequence[Source], sentences: Mapping[str, Sequence[Sentence]]
) -> list[Discrepancy]:
    """Flag names spelled differently within or across sources.

    Spellings are compared word by word: "Aleksandr Lukashenko" / "Alexander Lukashenko"
    differ in the given name, "Lukashenko" / "Lukashenka" in the surname;
    "Lukashenko" / "Aleksandr Lukashenko" is a short form, not a variant. A difference of
    capitals or accents alone is not flagged.

    Args:
        sources: The sources, in report order.
        sentences: The sentences of each source, by source id (web-page leftovers removed).

    Returns:
        One low-severity ``name.variant`` discrepancy per entity and pair of spellings, in
        order of the entities' first mention.
    """
    mentions = {source.id: names_in(sentences.get(source.id, ())) for source in sources}
    return variants_from(sources, mentions)


def names_in(sentences: Sequence[Sentence]) -> list[NameMention]:
    """Every name mention of one source's sentences, in text order."""
    return [m for s in sentences for m in find_names(s)]


def variants_from(
    sources: Sequence[Source], mentions: Mapping[str, Sequence[NameMention]]
) -> list[Discrepancy]:
    """:func:`name_variants` for name mentions already found per source."""
    by_id = {source.id: source for source in sources}
    texts = {source.id: source.text for source in sources}
    written = _Texts(texts)
    found: list[Discrepancy] = []
    for entity in group_entities(mentions):
        rows: dict[str, list[tuple[_Spelling, _Spelling]]] = {}
        for slot, occurrences in _slots(entity, written).items():
            spellings = _spellings(occurrences)
            for a, b in combinations(spellings, 2):
                if slot == "given" and _fold(a.value) == _fold(b.value):
                    continue
                if _other_words(a.value, b.value, entity.kind):
                    continue  # "Democrats" / "Democrat", "Syria forces" / "Syrian forces"
                rows.setdefault(slot, []).append((a, b))
        covered = {_surnames(a, b) for a, b in rows.get("given", ())}
        for slot, pairs in rows.items():
            for a, b in pairs:
                if slot == "surname" and _surnames(a, b) in covered:
                    continue  # the full names' row already shows this surname pair
                found.append(_variant(entity, a, b, by_id, texts))
    return found


def _surnames(a: _Spelling, b: _Spelling) -> frozenset[str]:
    """The folded last words of two spellings (a given-name row shows the full names)."""
    return frozenset(_fold(s.value.split()[-1]) for s in (a, b))


def _inflected(a: str, b: str) -> bool:
    """Two spellings of one word inflected ("Democrats" / "Democrat", "Bergdahls")."""
    shorter, longer = sorted((_fold(a), _fold(b)), key=len)
    return any(longer == shorter + ending for ending in _name_words().inflection_endings)


def _derived_form(a: str, b: str) -> bool:
    """A place and its adjective or people ("Antarctica" / "Antarctic", "Belarus" /
    "Belarusian", "Arkansas" / "Arkansans"): after their common start, each word ends in
    nothing, an adjective ending, an inflection, or an adjective ending inflected."""
    words = _name_words()
    endings = {"", *words.adjective_suffixes, *words.inflection_endings}
    endings |= {s + i for s in words.adjective_suffixes for i in words.inflection_endings}
    x, y = _fold(a), _fold(b)
    common = 0
    while common < min(len(x), len(y)) and x[common] == y[common]:
        common += 1
    return common >= 4 and x[common:] in endings and y[common:] in endings


def _clipped(a: str, b: str) -> bool:
    """A word and its clipped short form ("Metro" / "Metropolitan", "Gov" / "Government")."""
    shorter, longer = sorted((_fold(a), _fold(b)), key=len)
    minimum = _variant_rules().clipped_min_length
    return (
        len(shorter) >= minimum
        and len(longer) - len(shorter) >= minimum
        and (longer.startswith(shorter))
    )


def _words(value: str) -> list[str]:
    return [w for w in re.split(r"[\s\-\u2010\u2011]+", value) if w]


def _other_words(a: str, b: str, kind: NameKind) -> bool:
    """Whether two spellings are different words rather than one name spelled two ways.

    Compared word by word: every differing word inflected ("Democrats" / "Democrat") or,
    for bodies and places, derived ("Syria forces" / "Syrian forces", "Israel-Gaza" /
    "Israeli-Gaza") or clipped ("Metro" / "Metropolitan"); or, for bodies and places, a
    last word (the head noun, which says what kind of body it is) that is another word
    altogether ("Hong Kong government" / "Hong Kong police": two bodies, not two spellings).
    A differing word before the head is kept: "Metropolitan National Police Department"
    for "Metropolitan Nashville Police Department" is a wrong name of the same body.
    """
    if _inflected(a, b):
        return True
    if kind is NameKind.PERSON:
        return False
    if _derived_form(a, b):
        return True
    words_a, words_b = _words(a), _words(b)
    if len(words_a) != len(words_b):
        return False
    differing = [(x, y) for x, y in zip(words_a, words_b, strict=True) if _fold(x) != _fold(y)]
    if not differing:
        return False
    threshold = _variant_rules().word_threshold
    forms = [_inflected(x, y) or _derived_form(x, y) or _clipped(x, y) for x, y in differing]
    if all(forms):
        return True
    if len(differing) == len(words_a):
        return False  # no word in common: the grouping judged the whole names alike
    head_a, head_b = _fold(words_a[-1]), _fold(words_b[-1])
    return (
        head_a != head_b
        and not forms[-1]
        and fuzz.ratio(head_a, head_b) < threshold
        and skeleton(head_a) != skeleton(head_b)
    )


def _variant(
    entity: Entity,
    a: _Spelling,
    b: _Spelling,
    by_id: Mapping[str, Source],
    texts: Mapping[str, str],
) -> Discrepancy:
    source_a, source_b = by_id.get(a.first.source), by_id.get(b.first.source)
    details = tuple(
        f"'{s.value}': {s.count} mention{'s' if s.count != 1 else ''} in {', '.join(s.sources)}"
        for s in (a, b)
    )
    return Discrepancy(
        id=stable_id("name", a.value, b.value),
        kind=DiscrepancyKind.NAME_VARIANT,
        severity=default_severity(DiscrepancyKind.NAME_VARIANT),
        subject=entity.name,
        metric="spelling",
        a=_quote(a.first, texts),
        b=_quote(b.first, texts),
        value_a=a.value,
        value_b=b.value,
        published_a=source_a.published if source_a else None,
        published_b=source_b.published if source_b else None,
        explanation=_explain(a, b, entity.kind),
        details=details,
    )
