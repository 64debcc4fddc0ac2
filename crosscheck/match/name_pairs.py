"""Every source's name claims -> the pairs of spellings that may name one entity.

The matching stage of the name family: ``pair_names(sources, {source id: name claims}, lang)``
pairs, across and within sources, two spellings that may be variants of one name (a
transliteration, one slip, the words in another order), each a ``names.records.VariantPair``
with its mentions per source; the story rule ``rules/name_variant.py`` only judges each pair
and builds its ``name.variant`` discrepancy. Mentions in a correction notice or a block quote
(``match.names.notices``) are not the outlet's spelling and are left out first. The pieces it puts
together live in ``match/names/`` (``entities.group_entities``, ``entity_pairs``, the slip
finders, ``spellings``); this module is the one place they are put together into pairs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from crosscheck.match.names.call_signs import call_sign_pairs
from crosscheck.match.names.cue_slips import cue_slip_pairs
from crosscheck.match.names.cut_names import cut_name_pairs
from crosscheck.match.names.difference import name_words
from crosscheck.match.names.entities import group_entities
from crosscheck.match.names.entity_pairs import entity_pairs, may_pair
from crosscheck.match.names.given_slips import given_slip_pairs
from crosscheck.match.names.lone_slips import lone_slip_pairs
from crosscheck.match.names.lone_vowels import lone_vowel_pairs
from crosscheck.match.names.long_forms import long_form_pairs
from crosscheck.match.names.misspelling import Misspelling, misspellings
from crosscheck.match.names.name_keys import name_tokens
from crosscheck.match.names.notices import own_mentions
from crosscheck.match.names.occurrences import name_occurrences
from crosscheck.match.names.reordered import reordered_pairs
from crosscheck.match.names.spelled import Texts, spelled_name, variant_rules
from crosscheck.match.names.spelling_pairs import spelling_pair
from crosscheck.match.names.spellings import fold_name
from crosscheck.match.names.syllable_slips import syllable_slip_pairs
from crosscheck.model import Source
from crosscheck.names.claims import NameClaim, mentions_of
from crosscheck.names.quoted import quoted_wording
from crosscheck.names.records import (
    Entity,
    NameKind,
    NameMention,
    SourcedName,
    VariantPair,
    first_mention,
)


def pair_names(
    sources: Sequence[Source], names: Mapping[str, Sequence[NameClaim]], lang: str
) -> tuple[VariantPair, ...]:
    """The pairs of spellings of one name in a story's sources (``variant_pairs``), read from
    each source's name claims, less the mentions of its notices and block quotes.

    Args:
        sources: The sources, in report order.
        names: Each source's claims of the name family (``names.claims``), by source id.
        lang: The story's language (whose quotation marks and place words are read).

    Returns:
        The pairs, in order of the names' first mention, then the misspellings.
    """
    texts = {source.id: source.text for source in sources}
    mentions = {sid: mentions_of(claims) for sid, claims in names.items()}
    own = own_mentions(texts, mentions, lang)  # not a correction notice's or a block quote's
    return tuple(variant_pairs(texts, own, lang))


def variant_pairs(
    texts: Mapping[str, str], mentions: Mapping[str, Sequence[NameMention]], lang: str
) -> list[VariantPair]:
    """Names spelled differently within or across sources: one pair per two spellings.

    Spellings are compared word by word within an entity (``group_entities``): "Aleksandr
    Lukashenko" / "Alexander Lukashenko" differ in the given name, "Lukashenko" /
    "Lukashenka" in the surname; "Lukashenko" / "Aleksandr Lukashenko" is a short form, not
    a variant, and a difference of capitals or accents alone is not one either; a full name
    with the same given name has its middle name compared too ("Thomas Eric Duncan" /
    "Thomas Edward Duncan"), and its surnames in another order are paired
    (``reordered``: "Felipe Alonzo-Gomez" / "Felipe Gómez Alonzo"). Then a name
    word written once or twice that is one slip from a frequent one ("Pyonyang") is paired
    with it (``misspelling``), unless an entity's pair already shows it. Mentions that
    cannot spell a name are left out (``spelled``), and so are two spellings one source
    writes only inside quotation marks (``quoted``: two documents quoted as written).

    Args:
        texts: Each source's text, by source id, in report order.
        mentions: Each source's name mentions, by source id.
        lang: The story's language.

    Returns:
        The pairs, in order of the entities' first mention, then the misspellings.
    """
    written = Texts(texts, lang)
    found: list[VariantPair] = []
    shown: set[frozenset[str]] = set()
    entities = group_entities(mentions, lang)
    occurrences = name_occurrences((item for entity in entities for item in entity.mentions), lang)
    for entity in entities:
        if len({item.mention.text for item in entity.mentions}) < 2:
            continue  # one spelling: nothing to pair (the common case)
        if not may_pair(entity, lang):
            continue  # one spelling per slot ("Lukashenko" / "Alexander Lukashenko")
        spelled = [item for item in entity.mentions if spelled_name(item, written)]
        for pair in entity_pairs(entity, spelled, texts, lang):
            found.append(pair)
            shown |= _word_pairs(pair.a.value, pair.b.value)
    rules = variant_rules(lang).misspelling

    def is_spelling(item: SourcedName) -> bool:
        return spelled_name(item, written)

    for short, long in long_form_pairs(entities, is_spelling, lang):
        if quoted_wording(short, long, texts, lang):
            continue
        values = [" ".join(name_tokens(items[0].mention, lang)) for items in (short, long)]
        found.append(
            spelling_pair(
                values[1], NameKind.PERSON, (values[0], short), (values[1], long), texts, lang
            )
        )
        shown |= _word_pairs(*values)

    for rarer, commoner in reordered_pairs(entities, is_spelling):
        keys = _word_pairs(rarer[0], commoner[0])
        if keys <= shown or quoted_wording(rarer[1], commoner[1], texts, lang):
            continue
        found.append(spelling_pair(commoner[0], NameKind.PERSON, rarer, commoner, texts, lang))
        shown |= keys

    for slip in misspellings(occurrences, written.ordinary, is_spelling, rules, lang):
        if quoted_wording(
            [o.item for o in slip.rare], [o.item for o in slip.frequent], texts, lang
        ):
            continue
        pair = _misspelling_pair(slip, texts, lang)
        keys = _word_pairs(pair.a.value, pair.b.value)
        apart = not set(pair.a.sources) & set(pair.b.sources)
        if (not keys or not keys <= shown) and not (apart and _both_shown(keys, shown)):
            found.append(pair)
            shown |= keys

    def known() -> set[str]:
        longer = (m for found in mentions.values() for m in found if len(m.tokens) > 1)
        return {fold_name(token) for m in longer for token in m.tokens}

    for a, b in lone_vowel_pairs(texts, mentions, known, written.ordinary, is_spelling, lang):
        if not _word_pairs(a[0], b[0]) <= shown and not quoted_wording(a[1], b[1], texts, lang):
            found.append(
                spelling_pair(
                    max(a, b, key=lambda g: len(g[1]))[0], NameKind.UNKNOWN, a, b, texts, lang
                )
            )
    found.extend(_slips_beyond(entities, is_spelling, written.ordinary, texts, shown, lang))
    return found


def _slips_beyond(
    entities: Sequence[Entity],
    is_spelling: Callable[[SourcedName], bool],
    ordinary: Callable[[str], bool],
    texts: Mapping[str, str],
    shown: set[frozenset[str]],
    lang: str,
) -> list[VariantPair]:
    """Slips ``misspelling`` leaves: a given name misspelt under one surname ("John" / "Jon
    Ossoff", ``given_slips``), a long lone surname a few slips from a person named in full
    (``lone_slips``), two codes one swap apart (``call_signs``), a body cut short with its
    cue misspelt and a longer name spelling it right (``cue_slips``), a name of three short
    syllables written without its last ("Kim Jong" / "Kim Jong Un", ``cut_names``), a long
    name with a doubled syllable written once ("Antanarivo" / "Antananarivo",
    ``syllable_slips``); not a pair of words a row already shows, nor two spellings each only
    quoted. Each pair's first side is the one mentioned first."""
    found: list[VariantPair] = []
    rules = variant_rules(lang).misspelling
    given = [
        (rare, frequent, frequent[0], NameKind.PERSON)
        for rare, frequent in given_slip_pairs(entities, is_spelling, rules, lang)
    ]
    lone = [
        (rare, frequent, frequent[0], NameKind.PERSON)
        for rare, frequent in lone_slip_pairs(entities, is_spelling, ordinary, rules, lang)
    ]
    codes = [
        (a, b, max(a, b, key=lambda g: len(g[1]))[0], NameKind.ORGANISATION)
        for a, b in call_sign_pairs(entities, is_spelling, lang)
    ]
    cues = [
        (rare, right, right[0], NameKind.ORGANISATION)
        for rare, right in cue_slip_pairs(entities, is_spelling, lang)
    ]
    cuts = [
        (short, full, full[0], NameKind.PERSON)
        for short, full in cut_name_pairs(entities, is_spelling, lang)
    ]
    syllables = [
        (a, b, max(a, b, key=lambda g: len(g[1]))[0], NameKind.UNKNOWN)
        for a, b in syllable_slip_pairs(entities, is_spelling, ordinary, lang)
    ]
    for a, b, subject, kind in (*given, *lone, *codes, *cues, *cuts, *syllables):
        keys = _word_pairs(a[0], b[0])
        if keys <= shown or quoted_wording(a[1], b[1], texts, lang):
            continue
        first = min((a, b), key=lambda g: first_mention(g[1]))
        found.append(spelling_pair(subject, kind, first, b if first is a else a, texts, lang))
        shown |= keys
    return found


def _both_shown(keys: set[frozenset[str]], shown: set[frozenset[str]]) -> bool:
    """Two words each already paired with one third word ("McAulliffe" / "McAullife", each
    with "McAuliffe"): the rows with it show both slips (asked of words in different sources)."""
    if len(keys) != 1:
        return False
    words = next(iter(keys))
    if len(words) != 2:
        return False
    x, y = words
    partners_x = {w for pair in shown if x in pair for w in pair if w != x}
    return any(frozenset((y, w)) in shown for w in partners_x)


def _misspelling_pair(slip: Misspelling, texts: Mapping[str, str], lang: str) -> VariantPair:
    """A rare word and the frequent word it misspells, each as most often written."""
    rare_items = [o.item for o in slip.rare]
    common_items = [o.item for o in slip.frequent]
    rare_word = Counter(o.word for o in slip.rare).most_common(1)[0][0]
    common_word = Counter(o.word for o in slip.frequent).most_common(1)[0][0]
    subject = Counter(o.item.mention.text for o in slip.frequent).most_common(1)[0][0]
    a, b = (rare_word, rare_items), (common_word, common_items)
    first_rare, first_common = rare_items[0], common_items[0]
    if (first_common.source, first_common.mention.start) < (
        first_rare.source,
        first_rare.mention.start,
    ):
        a, b = b, a
    kinds = {o.item.mention.kind for o in slip.frequent}  # the frequent word's kind first
    rare_kinds = {o.item.mention.kind for o in slip.rare}
    kind = next(
        (k for k in _KINDS if k in kinds),
        next((k for k in _KINDS if k in rare_kinds), NameKind.UNKNOWN),
    )
    if slip.family:
        kind = NameKind.UNKNOWN  # a family's name, not one person's ("Anzor Tsrnaev")
    return spelling_pair(subject, kind, a, b, texts, lang)


_KINDS = (NameKind.PERSON, NameKind.ORGANISATION, NameKind.PLACE)


def _word_pairs(a: str, b: str) -> set[frozenset[str]]:
    """The pairs of folded words in which two spellings differ."""
    words_a, words_b = [fold_name(w) for w in name_words(a)], [fold_name(w) for w in name_words(b)]
    if len(words_a) != len(words_b):
        return {frozenset((" ".join(words_a), " ".join(words_b)))}
    return {frozenset((x, y)) for x, y in zip(words_a, words_b, strict=True) if x != y}
