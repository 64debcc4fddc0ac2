"""One entity's spelled mentions -> its pairs of spellings, slot by slot (given name,
surname, middle name, a body's words).

``match.name_pairs.variant_pairs`` asks ``may_pair`` first (most entities write one spelling a slot)
and then ``entity_pairs``; ``word_forms`` says which two spellings are other words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import combinations
from typing import Final

from crosscheck.match.names.entities import entity_name
from crosscheck.match.names.name_keys import name_tokens, swapped_words
from crosscheck.match.names.slip_rules import BODY, GIVEN, SURNAME
from crosscheck.match.names.spelled import variant_rules
from crosscheck.match.names.spelling_pairs import SpellingGroup, spelling_pair
from crosscheck.match.names.spellings import fold_name
from crosscheck.match.names.word_forms import other_words, weak_short_pair
from crosscheck.names.lexicon import is_initial
from crosscheck.names.quoted import quoted_wording
from crosscheck.names.records import Entity, NameKind, SourcedName, VariantPair

MIDDLE: Final = "middle"  # the slot of a middle name ("Thomas Eric Duncan")
_Written = tuple[str, str, SourcedName]  # (word as written, value to show, mention)


def _slots(entity: Entity, spelled: Sequence[SourcedName], lang: str) -> dict[str, list[_Written]]:
    """Per name slot, (word as written, value to show, mention) in mention order."""
    slots: dict[str, list[_Written]] = {}
    for item in spelled:
        mention = item.mention
        tokens = name_tokens(mention, lang)
        if not tokens:
            continue
        if entity.kind in (NameKind.PERSON, NameKind.UNKNOWN):
            slots.setdefault(SURNAME, []).append((tokens[-1], tokens[-1], item))
            if len(tokens) >= 2 and not is_initial(tokens[0]):
                shown = f"{tokens[0]} {tokens[-1]}"
                slots.setdefault(GIVEN, []).append((tokens[0], shown, item))
            if len(tokens) == 3 and not any(is_initial(t) for t in tokens):
                slot = f"{MIDDLE}-{fold_name(tokens[0])}-{fold_name(tokens[-1])}"  # one given name
                slots.setdefault(slot, []).append((tokens[1], " ".join(tokens), item))
        else:
            slot = f"{BODY}-{len(mention.tokens)}"
            slots.setdefault(slot, []).append((mention.text, mention.text, item))
    return slots


def _groups(occurrences: Sequence[_Written]) -> list[SpellingGroup]:
    """The distinct spellings (folded) of a slot: value shown and mentions, in mention order."""
    found: dict[str, tuple[str, list[SourcedName]]] = {}
    for word, shown, item in occurrences:
        found.setdefault(fold_name(word), (shown, []))[1].append(item)
    return list(found.values())


def may_pair(entity: Entity, lang: str) -> bool:
    """Whether ``entity_pairs`` can find a pair among any of an entity's mentions.

    Its pairs are two spellings (folded) of one slot, or (``_swapped_bodies``) a body's
    spellings in two slots; ``_slots`` reads each mention alone, so keeping fewer mentions
    (``spelled_name``) only drops spellings and slots, never adds one, and quoted wording
    (``quoted``) only drops pairs. When all the mentions write one spelling per slot and a
    body fills one slot, no subset pairs, and the per-mention checks are not made (most
    entities of several spellings: a name and its short form). A slot's words depend only
    on a mention's words: one mention per spelling is read.
    """
    spellings = {(item.mention.tokens, item.mention.text): item for item in entity.mentions}
    slots = _slots(entity, list(spellings.values()), lang)
    if entity.kind is NameKind.ORGANISATION and len(slots) > 1:
        return True
    return any(len({fold_name(word) for word, _, _ in found}) > 1 for found in slots.values())


def entity_pairs(
    entity: Entity, spelled: Sequence[SourcedName], texts: Mapping[str, str], lang: str
) -> list[VariantPair]:
    """The pairs of spellings of one entity, slot by slot (one row per variant pair); not
    two spellings that are each only quoted wording (``quoted``, in the story's language
    ``lang``)."""
    rows: dict[str, list[tuple[SpellingGroup, SpellingGroup]]] = {}
    slots = _slots(entity, spelled, lang)
    if entity.kind is NameKind.ORGANISATION and len(slots) > 1:
        rows[BODY] = _swapped_bodies([_groups(found) for found in slots.values()], lang)
    for slot, occurrences in slots.items():
        for a, b in combinations(_groups(occurrences), 2):
            if slot == GIVEN and fold_name(a[0]) == fold_name(b[0]):
                continue
            if other_words(a[0], b[0], entity.kind, lang):
                continue  # "Democrats" / "Democrat", "Syria forces" / "Syrian forces"
            if slot != GIVEN and weak_short_pair(a[0], b[0], lang):
                continue  # "Jong" / "Yong", "God" / "Good": too little to be one name
            if slot.startswith(MIDDLE) and not _middle_slip(a, b, lang):
                continue  # "Ali Hassan Nur" / "Ali Hussein Nur": two people, one family
            if slot == GIVEN:
                a, b = _one_surname(a, b, lang)
            rows.setdefault(slot, []).append((a, b))
    covered = {_surnames(a[0], b[0]) for a, b in rows.get(GIVEN, ())}
    found: list[VariantPair] = []
    subject = ""
    for slot, pairs in rows.items():
        for a, b in pairs:
            if slot == SURNAME and _surnames(a[0], b[0]) in covered:
                continue  # the full names' row already shows this surname pair
            if _two_slips(a, b, pairs, lang):
                continue  # "McAulliffe" / "McAullife": each has its row with "McAuliffe"
            if quoted_wording(a[1], b[1], texts, lang):
                continue  # "Ansar al-Sharia" / "... al-Shariah" in two emails quoted as written
            subject = subject or entity_name(entity, lang)
            found.append(spelling_pair(subject, entity.kind, a, b, texts, lang))
    return found


def _one_surname(
    a: SpellingGroup, b: SpellingGroup, lang: str
) -> tuple[SpellingGroup, SpellingGroup]:
    """Two given-name spellings, each shown and counted with a surname both write it with
    when they share one ("Mohamed Morsy", "Mohamed Morsi" / "Mohammed Morsi": the row shows
    "Mohamed Morsi" / "Mohammed Morsi", and the surnames get their own row); the commonest
    shared surname, the first mentioned on a tie. Otherwise the groups as they are."""
    by_a, by_b = _by_surname(a[1], lang), _by_surname(b[1], lang)
    if len(by_a) == 1 and by_a.keys() == by_b.keys():
        return a, b  # one surname on both sides (the common case)
    shared = [key for key in by_a if key in by_b]
    if not shared:
        return a, b
    best = max(shared, key=lambda key: len(by_a[key]) + len(by_b[key]))
    return _shown(by_a[best], lang), _shown(by_b[best], lang)


def _by_surname(items: Sequence[SourcedName], lang: str) -> dict[str, list[SourcedName]]:
    """A given name's mentions by their folded last word, in mention order."""
    found: dict[str, list[SourcedName]] = {}
    for item in items:
        found.setdefault(fold_name(name_tokens(item.mention, lang)[-1]), []).append(item)
    return found


def _shown(items: list[SourcedName], lang: str) -> SpellingGroup:
    """Mentions of one given name and surname, shown as the first one writes them."""
    tokens = name_tokens(items[0].mention, lang)
    return f"{tokens[0]} {tokens[-1]}", items


def _middle_slip(a: SpellingGroup, b: SpellingGroup, lang: str) -> bool:
    """Two full names of one given name and surname whose middle names are one misspelt or
    misremembered ("Thomas Eric Duncan" / "Thomas Edward Duncan"): the middle names share
    their initial (so "Thomas E. Duncan" would name him either way), and one full name is
    rare, the other frequent (``[misspelling]`` counts). Otherwise they may be two people
    of one family ("Ali Hassan Nur" / "Ali Hussein Nur", "Mary Ann" / "Mary Beth Fowler")
    or two names the finder ran together ("Joe Donnelly Joseph" / "Joe Manchin Joseph")."""
    if fold_name(a[0].split()[1])[:1] != fold_name(b[0].split()[1])[:1]:
        return False
    rules = variant_rules(lang).misspelling
    rare, frequent = sorted((len(a[1]), len(b[1])))
    return rare <= rules.rare_max and frequent >= max(
        rules.frequent_min, rules.frequent_ratio * rare
    )


def _two_slips(
    a: SpellingGroup,
    b: SpellingGroup,
    pairs: Sequence[tuple[SpellingGroup, SpellingGroup]],
    lang: str,
) -> bool:
    """Two rare spellings (``rare_max`` mentions at most, in different sources) that are
    each paired with one more frequent spelling: each misspells it, and the two rows with it
    say so; a third row between the two misspellings would add nothing."""
    rare_max = variant_rules(lang).misspelling.rare_max
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


def _swapped_bodies(
    slots: Sequence[Sequence[SpellingGroup]], lang: str
) -> list[tuple[SpellingGroup, SpellingGroup]]:
    """Spellings of a body of different lengths with words swapped (``swapped_words``)."""
    return [
        (a, b)
        for one, other in combinations(slots, 2)
        for a in one
        for b in other
        if swapped_words(a[0], b[0], lang)
    ]


def _surnames(a: str, b: str) -> frozenset[str]:
    """The folded last words of two spellings (a given-name row shows the full names)."""
    return frozenset(fold_name(s.split()[-1]) for s in (a, b))
