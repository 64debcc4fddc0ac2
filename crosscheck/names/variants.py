"""Sources' texts and name mentions -> candidate name variants (one pair of spellings each).

The rule ``rules/name_variant.py`` turns each pair into a ``name.variant`` discrepancy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import combinations
from typing import Final

from crosscheck.match.engine import NAMES, similar
from crosscheck.model import Sentence
from crosscheck.names.call_signs import call_sign_pairs
from crosscheck.names.difference import difference, name_words
from crosscheck.names.entities import _name_tokens, entity_name, group_entities, swapped_words
from crosscheck.names.finder import find_names
from crosscheck.names.given_slips import given_slip_pairs
from crosscheck.names.lexicon import (
    _fold,
    _is_initial,
    _name_words,
    core_word,
    skeleton,
    spelled_out,
    vowel_letters,
)
from crosscheck.names.lone_slips import lone_slip_pairs
from crosscheck.names.lone_vowels import lone_vowel_pairs
from crosscheck.names.long_forms import long_form_pairs
from crosscheck.names.misspelling import Misspelling, misspellings
from crosscheck.names.quoted import quoted_wording, shown_mention, voice_counts
from crosscheck.names.records import (
    Entity,
    NameKind,
    NameMention,
    SourcedName,
    Spelling,
    VariantPair,
)
from crosscheck.names.reordered import reordered_pairs
from crosscheck.names.slip_rules import BODY, GIVEN, SURNAME, Occurrence
from crosscheck.names.spelled import Texts, spelled_name, variant_rules

MIDDLE: Final = "middle"  # the slot of a middle name ("Thomas Eric Duncan")
_Written = tuple[str, str, SourcedName]  # (word as written, value to show, mention)
_Group = tuple[str, list[SourcedName]]  # (value to show, mentions): one spelling of a slot
_new: Final = tuple.__new__  # builds an Occurrence without the named tuple's Python-level __new__


def _slots(entity: Entity, spelled: Sequence[SourcedName]) -> dict[str, list[_Written]]:
    """Per name slot, (word as written, value to show, mention) in mention order."""
    slots: dict[str, list[_Written]] = {}
    for item in spelled:
        mention = item.mention
        tokens = _name_tokens(mention)
        if not tokens:
            continue
        if entity.kind in (NameKind.PERSON, NameKind.UNKNOWN):
            slots.setdefault(SURNAME, []).append((tokens[-1], tokens[-1], item))
            if len(tokens) >= 2 and not _is_initial(tokens[0]):
                shown = f"{tokens[0]} {tokens[-1]}"
                slots.setdefault(GIVEN, []).append((tokens[0], shown, item))
            if len(tokens) == 3 and not any(_is_initial(t) for t in tokens):
                slot = f"{MIDDLE}-{_fold(tokens[0])}-{_fold(tokens[-1])}"  # one given name
                slots.setdefault(slot, []).append((tokens[1], " ".join(tokens), item))
        else:
            slot = f"{BODY}-{len(mention.tokens)}"
            slots.setdefault(slot, []).append((mention.text, mention.text, item))
    return slots


def _groups(occurrences: Sequence[_Written]) -> list[_Group]:
    """The distinct spellings (folded) of a slot: value shown and mentions, in mention order."""
    found: dict[str, tuple[str, list[SourcedName]]] = {}
    for word, shown, item in occurrences:
        found.setdefault(_fold(word), (shown, []))[1].append(item)
    return list(found.values())


def _spelling(
    value: str, items: Sequence[SourcedName], quoted: SourcedName, texts: Mapping[str, str]
) -> Spelling:
    return Spelling(value=value, quoted=quoted, voices=voice_counts(items, texts))


def _pair(
    subject: str,
    kind: NameKind,
    a: _Group,
    b: _Group,
    texts: Mapping[str, str],
) -> VariantPair:
    """Two spellings, each quoted from a mention in an outlet's own voice when it has one
    (``quoted.shown_mention``); the commoner one from the rarer one's source if it has it."""
    (value_a, items_a), (value_b, items_b) = a, b
    rare, common = (items_a, items_b) if len(items_a) <= len(items_b) else (items_b, items_a)
    quoted_rare = shown_mention(rare, texts)
    quoted_common = shown_mention(common, texts, quoted_rare)
    quote_a, quote_b = (
        (quoted_rare, quoted_common) if rare is items_a else (quoted_common, quoted_rare)
    )
    return VariantPair(
        subject=subject,
        kind=kind,
        a=_spelling(value_a, items_a, quote_a, texts),
        b=_spelling(value_b, items_b, quote_b, texts),
        difference=difference(value_a, value_b),
    )


def names_in(sentences: Sequence[Sentence]) -> list[NameMention]:
    """Every name mention of one source's sentences, in text order."""
    return [m for s in sentences for m in find_names(s)]


def variant_pairs(
    texts: Mapping[str, str], mentions: Mapping[str, Sequence[NameMention]]
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

    Returns:
        The pairs, in order of the entities' first mention, then the misspellings.
    """
    written = Texts(texts)
    found: list[VariantPair] = []
    shown: set[frozenset[str]] = set()
    entities = group_entities(mentions)
    occurrences = _occurrences(item for entity in entities for item in entity.mentions)
    for entity in entities:
        if len({item.mention.text for item in entity.mentions}) < 2:
            continue  # one spelling: nothing to pair (the common case)
        if not _may_pair(entity):
            continue  # one spelling per slot ("Lukashenko" / "Alexander Lukashenko")
        spelled = [item for item in entity.mentions if spelled_name(item, written)]
        for pair in _entity_pairs(entity, spelled, texts):
            found.append(pair)
            shown |= _word_pairs(pair.a.value, pair.b.value)
    rules = variant_rules().misspelling

    def is_spelling(item: SourcedName) -> bool:
        return spelled_name(item, written)

    for short, long in long_form_pairs(entities, is_spelling):
        if quoted_wording(short, long, texts):
            continue
        values = [" ".join(_name_tokens(items[0].mention)) for items in (short, long)]
        found.append(
            _pair(values[1], NameKind.PERSON, (values[0], short), (values[1], long), texts)
        )
        shown |= _word_pairs(*values)

    for rarer, commoner in reordered_pairs(entities, is_spelling):
        keys = _word_pairs(rarer[0], commoner[0])
        if keys <= shown or quoted_wording(rarer[1], commoner[1], texts):
            continue
        found.append(_pair(commoner[0], NameKind.PERSON, rarer, commoner, texts))
        shown |= keys

    for slip in misspellings(occurrences, written.ordinary, is_spelling, rules):
        if quoted_wording([o.item for o in slip.rare], [o.item for o in slip.frequent], texts):
            continue
        pair = _misspelling_pair(slip, texts)
        keys = _word_pairs(pair.a.value, pair.b.value)
        apart = not set(pair.a.sources) & set(pair.b.sources)
        if (not keys or not keys <= shown) and not (apart and _both_shown(keys, shown)):
            found.append(pair)
            shown |= keys

    def known() -> set[str]:
        longer = (m for found in mentions.values() for m in found if len(m.tokens) > 1)
        return {_fold(token) for m in longer for token in m.tokens}

    for a, b in lone_vowel_pairs(texts, mentions, known, written.ordinary, is_spelling):
        if not _word_pairs(a[0], b[0]) <= shown and not quoted_wording(a[1], b[1], texts):
            found.append(
                _pair(max(a, b, key=lambda g: len(g[1]))[0], NameKind.UNKNOWN, a, b, texts)
            )
    for rare, frequent in given_slip_pairs(entities, is_spelling, rules):
        if quoted_wording(rare[1], frequent[1], texts):
            continue
        if not _word_pairs(rare[0], frequent[0]) <= shown:  # "John" / "Jon Ossoff"
            first = min((rare, frequent), key=lambda g: (g[1][0].source, g[1][0].mention.start))
            second = frequent if first is rare else rare
            found.append(_pair(frequent[0], NameKind.PERSON, first, second, texts))
            shown |= _word_pairs(rare[0], frequent[0])
    found.extend(_slips_beyond(entities, is_spelling, written.ordinary, texts, shown))
    return found


def _slips_beyond(
    entities: Sequence[Entity],
    is_spelling: Callable[[SourcedName], bool],
    ordinary: Callable[[str], bool],
    texts: Mapping[str, str],
    shown: set[frozenset[str]],
) -> list[VariantPair]:
    """Slips ``misspelling`` leaves: a long lone surname a few slips from a person named in
    full (``lone_slips``), two codes one swap apart (``call_signs``); not a pair of words a
    row already shows, nor two spellings each only quoted."""
    found: list[VariantPair] = []
    rules = variant_rules().misspelling
    lone = [
        (rare, frequent, frequent[0], NameKind.PERSON)
        for rare, frequent in lone_slip_pairs(entities, is_spelling, ordinary, rules)
    ]
    codes = [
        (a, b, max(a, b, key=lambda g: len(g[1]))[0], NameKind.ORGANISATION)
        for a, b in call_sign_pairs(entities, is_spelling)
    ]
    for a, b, subject, kind in (*lone, *codes):
        keys = _word_pairs(a[0], b[0])
        if keys <= shown or quoted_wording(a[1], b[1], texts):
            continue
        first = min((a, b), key=lambda g: min((i.source, i.mention.start) for i in g[1]))
        found.append(_pair(subject, kind, first, b if first is a else a, texts))
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


def _weak_short_pair(a: str, b: str) -> bool:
    """Two short words alike only in a y/i/j or a doubled vowel ("Mari" / "Mary").

    Skeletons say these are one spelling, but in words shorter than ``short_word`` letters
    that is no evidence: "Jong" / "Yong", "God" / "Good", "Lake" / "Laake" are different
    names. A doubled consonant ("Wolf" / "Wolff") or another letter ("Huq" / "Haq") counts.
    """
    rules = variant_rules()
    x, y = _fold(a), _fold(b)
    if min(len(x), len(y)) >= rules.short_word or " " in a or " " in b:
        return False
    return _weakened(x, rules.weak_letters) == _weakened(y, rules.weak_letters)


def _weakened(word: str, letters: dict[int, str]) -> str:
    mapped = word.translate(letters)
    long_vowels = vowel_letters()
    return "".join(
        c for i, c in enumerate(mapped) if not (i and c == mapped[i - 1] and c in long_vowels)
    )


def _may_pair(entity: Entity) -> bool:
    """Whether ``_entity_pairs`` can find a pair among any of an entity's mentions.

    Its pairs are two spellings (folded) of one slot, or (``_swapped_bodies``) a body's
    spellings in two slots; ``_slots`` reads each mention alone, so keeping fewer mentions
    (``spelled_name``) only drops spellings and slots, never adds one, and quoted wording
    (``quoted``) only drops pairs. When all the mentions write one spelling per slot and a
    body fills one slot, no subset pairs, and the per-mention checks are not made (most
    entities of several spellings: a name and its short form). A slot's words depend only
    on a mention's words: one mention per spelling is read.
    """
    spellings = {(item.mention.tokens, item.mention.text): item for item in entity.mentions}
    slots = _slots(entity, list(spellings.values()))
    if entity.kind is NameKind.ORGANISATION and len(slots) > 1:
        return True
    return any(len({_fold(word) for word, _, _ in found}) > 1 for found in slots.values())


def _entity_pairs(
    entity: Entity, spelled: Sequence[SourcedName], texts: Mapping[str, str]
) -> list[VariantPair]:
    """The pairs of spellings of one entity, slot by slot (one row per variant pair); not
    two spellings that are each only quoted wording (``quoted``)."""
    rows: dict[str, list[tuple[_Group, _Group]]] = {}
    slots = _slots(entity, spelled)
    if entity.kind is NameKind.ORGANISATION and len(slots) > 1:
        rows[BODY] = _swapped_bodies([_groups(found) for found in slots.values()])
    for slot, occurrences in slots.items():
        for a, b in combinations(_groups(occurrences), 2):
            if slot == GIVEN and _fold(a[0]) == _fold(b[0]):
                continue
            if _other_words(a[0], b[0], entity.kind):
                continue  # "Democrats" / "Democrat", "Syria forces" / "Syrian forces"
            if slot != GIVEN and _weak_short_pair(a[0], b[0]):
                continue  # "Jong" / "Yong", "God" / "Good": too little to be one name
            if slot.startswith(MIDDLE) and not _middle_slip(a, b):
                continue  # "Ali Hassan Nur" / "Ali Hussein Nur": two people, one family
            rows.setdefault(slot, []).append((a, b))
    covered = {_surnames(a[0], b[0]) for a, b in rows.get(GIVEN, ())}
    found: list[VariantPair] = []
    subject = ""
    for slot, pairs in rows.items():
        for a, b in pairs:
            if slot == SURNAME and _surnames(a[0], b[0]) in covered:
                continue  # the full names' row already shows this surname pair
            if _two_slips(a, b, pairs):
                continue  # "McAulliffe" / "McAullife": each has its row with "McAuliffe"
            if quoted_wording(a[1], b[1], texts):
                continue  # "Ansar al-Sharia" / "... al-Shariah" in two emails quoted as written
            subject = subject or entity_name(entity)
            found.append(_pair(subject, entity.kind, a, b, texts))
    return found


def _middle_slip(a: _Group, b: _Group) -> bool:
    """Two full names of one given name and surname whose middle names are one misspelt or
    misremembered ("Thomas Eric Duncan" / "Thomas Edward Duncan"): the middle names share
    their initial (so "Thomas E. Duncan" would name him either way), and one full name is
    rare, the other frequent (``[misspelling]`` counts). Otherwise they may be two people
    of one family ("Ali Hassan Nur" / "Ali Hussein Nur", "Mary Ann" / "Mary Beth Fowler")
    or two names the finder ran together ("Joe Donnelly Joseph" / "Joe Manchin Joseph")."""
    if _fold(a[0].split()[1])[:1] != _fold(b[0].split()[1])[:1]:
        return False
    rules = variant_rules().misspelling
    rare, frequent = sorted((len(a[1]), len(b[1])))
    return rare <= rules.rare_max and frequent >= max(
        rules.frequent_min, rules.frequent_ratio * rare
    )


def _two_slips(a: _Group, b: _Group, pairs: Sequence[tuple[_Group, _Group]]) -> bool:
    """Two rare spellings (``rare_max`` mentions at most, in different sources) that are
    each paired with one more frequent spelling: each misspells it, and the two rows with it
    say so; a third row between the two misspellings would add nothing."""
    rare_max = variant_rules().misspelling.rare_max
    if max(len(a[1]), len(b[1])) > rare_max:
        return False
    if {i.source for i in a[1]} & {i.source for i in b[1]}:
        return False  # one writer uses both: that pair asks for one house spelling
    partners: dict[str, set[str]] = {}
    sizes: dict[str, int] = {}
    for x, y in pairs:
        partners.setdefault(x[0], set()).add(y[0])
        partners.setdefault(y[0], set()).add(x[0])
        sizes[x[0]], sizes[y[0]] = len(x[1]), len(y[1])
    common = partners.get(a[0], set()) & partners.get(b[0], set())
    return any(sizes[c] > max(len(a[1]), len(b[1])) for c in common)


def _swapped_bodies(slots: Sequence[Sequence[_Group]]) -> list[tuple[_Group, _Group]]:
    """Spellings of a body of different lengths with words swapped (``swapped_words``)."""
    return [
        (a, b)
        for one, other in combinations(slots, 2)
        for a in one
        for b in other
        if swapped_words(a[0], b[0])
    ]


def _occurrences(items: Iterable[SourcedName]) -> dict[str, list[Occurrence]]:
    """Every name word of the mentions, with its role in the name, by folded word (words in
    order of first occurrence, each word's occurrences in mention order; each spelling of a
    name read once): what ``misspellings`` reads."""
    by_word: dict[str, list[Occurrence]] = {}
    for item in items:
        mention = item.mention
        shape = _SHAPES.get((mention.tokens, mention.kind))
        if shape is None:  # a story writes a name many times: read once per spelling
            if len(_SHAPES) >= _CACHED_SHAPES:
                _SHAPES.clear()
            shape = _SHAPES[(mention.tokens, mention.kind)] = _shape(mention)
        for word, folded, role, given in shape:
            occurrence = _new(Occurrence, (word, role, item, given))
            found = by_word.get(folded)
            if found is None:
                by_word[folded] = [occurrence]
            else:
                found.append(occurrence)
    return by_word


_Shape = tuple[tuple[str, str, str, str | None], ...]  # (word, folded, role, given name)


def _shape(mention: NameMention) -> _Shape:
    """The (word, folded word, role, given name) of each name word of a mention (see
    ``_occurrences``)."""
    tokens = [t for t in _name_tokens(mention) if not _is_initial(t)]
    if not tokens:
        return ()
    if mention.kind in (NameKind.ORGANISATION, NameKind.PLACE):
        return tuple((t, _fold(t), BODY, None) for t in tokens)
    if len(tokens) >= 2 and core_word(mention.tokens[0]) != mention.tokens[0]:
        # "Al-Shababb Twitter": no person's name
        return tuple((t, _fold(t), BODY, None) for t in tokens)
    given = tokens[0] if len(tokens) >= 2 else None
    surname = tokens[-1]
    if given is None:
        return ((surname, _fold(surname), SURNAME, None),)
    return ((given, _fold(given), GIVEN, None), (surname, _fold(surname), SURNAME, given))


_SHAPES: dict[tuple[tuple[str, ...], NameKind], _Shape] = {}
_CACHED_SHAPES: Final = 20_000


def _misspelling_pair(slip: Misspelling, texts: Mapping[str, str]) -> VariantPair:
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
    return _pair(subject, kind, a, b, texts)


_KINDS = (NameKind.PERSON, NameKind.ORGANISATION, NameKind.PLACE)


def _word_pairs(a: str, b: str) -> set[frozenset[str]]:
    """The pairs of folded words in which two spellings differ."""
    words_a, words_b = [_fold(w) for w in name_words(a)], [_fold(w) for w in name_words(b)]
    if len(words_a) != len(words_b):
        return {frozenset((" ".join(words_a), " ".join(words_b)))}
    return {frozenset((x, y)) for x, y in zip(words_a, words_b, strict=True) if x != y}


def _surnames(a: str, b: str) -> frozenset[str]:
    """The folded last words of two spellings (a given-name row shows the full names)."""
    return frozenset(_fold(s.split()[-1]) for s in (a, b))


def _inflected(a: str, b: str) -> bool:
    """Two spellings of one word inflected ("Democrats" / "Democrat", "Bergdahls")."""
    shorter, longer = sorted((_fold(a), _fold(b)), key=len)
    return any(longer == shorter + ending for ending in _name_words().inflection_endings)


def _derived_form(a: str, b: str, *, person: bool = False) -> bool:
    """A place and its adjective or people ("Antarctica" / "Antarctic", "Belarus" /
    "Belarusian", "Arkansas" / "Arkansans"): after their common start, each word ends in
    nothing, an adjective ending, an inflection, or an adjective ending inflected. For a
    person's name only the endings of a people count ("California" / "Californian"), not
    those that are transliterations ("Zelensky" / "Zelenskiy")."""
    words = _name_words()
    suffixes = variant_rules().people_suffixes if person else words.adjective_suffixes
    endings = {"", *suffixes, *words.inflection_endings}
    endings |= {s + i for s in suffixes for i in words.inflection_endings}
    x, y = _fold(a), _fold(b)
    common = 0
    while common < min(len(x), len(y)) and x[common] == y[common]:
        common += 1
    return common >= 4 and x[common:] in endings and y[common:] in endings


def _clipped(a: str, b: str) -> bool:
    """A word and its clipped short form ("Metro" / "Metropolitan", "Gov" / "Government")."""
    shorter, longer = sorted((_fold(a), _fold(b)), key=len)
    minimum = variant_rules().clipped_min_length
    return (
        len(shorter) >= minimum
        and len(longer) - len(shorter) >= minimum
        and (longer.startswith(shorter))
    )


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
    if _inflected(a, b) or spelled_out(a) == spelled_out(b):
        return True  # ... or "Stelzenmueller" / "Stelzenmüller": typography
    if kind in (NameKind.PERSON, NameKind.UNKNOWN) and _derived_form(a, b, person=True):
        return True  # "California" / "Californian"
    if kind is NameKind.PERSON:
        pairs = list(zip(name_words(a), name_words(b), strict=False))
        return len(name_words(a)) == len(name_words(b)) and all(
            _inflected(x, y) for x, y in pairs if _fold(x) != _fold(y)
        )  # "Hurricanes Harvey" / "Hurricane Harvey"
    if _derived_form(a, b):
        return True
    words_a, words_b = name_words(a), name_words(b)
    if len(words_a) != len(words_b):
        return False
    differing = [(x, y) for x, y in zip(words_a, words_b, strict=True) if _fold(x) != _fold(y)]
    if not differing:
        return False
    if any(min(len(_fold(x)), len(_fold(y))) <= 1 for x, y in differing):
        return True  # an initial cut from an abbreviation: "S District Court" / "U.S. ..."
    threshold = variant_rules().word_threshold
    forms = [_inflected(x, y) or _derived_form(x, y) or _clipped(x, y) for x, y in differing]
    if all(forms):
        return True
    if len(differing) == len(words_a):  # no word in common: alike as a whole, or two bodies
        return len(words_a) > 1 and not similar(_fold(a), _fold(b), NAMES, threshold)
    head_a, head_b = _fold(words_a[-1]), _fold(words_b[-1])
    return (
        head_a != head_b
        and not forms[-1]
        and not similar(head_a, head_b, NAMES, threshold)
        and skeleton(head_a) != skeleton(head_b)
    )
