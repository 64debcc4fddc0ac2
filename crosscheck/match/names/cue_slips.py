"""A body's name cut short with its cue word misspelt -> the longer name that spells it right.

``entity_pairs`` pairs a misspelt cue ("Departmement", ``names.toml`` organisation cues one
slip off: ``slipped_cues``) with the cue spelt right when both spell one body's key alike
("Justice Departmement" / "Justice Department"). A writer who cuts the name short and slips
on the cue ("National Commitee" where another source writes "Democratic National
Committee") gives a key no other mention has, and nothing was flagged. ``cue_slip_pairs``
pairs such a mention with the longer names that end in its words with the cue spelt right:
the commonest spelling, the first mentioned on a tie. The slip is the row's finding; the
longer name shows the cue spelt right in the story.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from crosscheck.match.names.spellings import fold_name
from crosscheck.names.lexicon import name_word_rules
from crosscheck.names.records import Entity, SourcedName, first_mention

_Group = tuple[str, list[SourcedName]]  # (spelling shown, mentions)


def cue_slip_pairs(
    entities: Sequence[Entity], spelled: Callable[[SourcedName], bool], lang: str
) -> list[tuple[_Group, _Group]]:
    """(misspelt, spelt right) pairs, in order of the misspelt spelling's first mention."""
    slipped = name_word_rules(lang).slipped_cues
    if not _any_slipped(entities, slipped):
        return []  # most stories: no cue misspelt, no mention to read as a spelling
    by_text: dict[str, list[SourcedName]] = {}
    for entity in entities:
        for item in entity.mentions:
            if spelled(item):
                by_text.setdefault(item.mention.text, []).append(item)
    words = {
        text: [fold_name(t) for t in items[0].mention.tokens] for text, items in by_text.items()
    }
    pairs = []
    for text in sorted(by_text, key=lambda t: first_mention(by_text[t])):
        own = words[text]
        if not any(w in slipped for w in own):
            continue
        right = [slipped.get(w, w) for w in own]
        longer = [
            other
            for other, found in words.items()
            if len(found) > len(own)
            and found[-len(right) :] == right
            and not any(w in slipped for w in found)
        ]
        if not longer:
            continue
        best = min(longer, key=lambda o: (-len(by_text[o]), first_mention(by_text[o])))
        pairs.append(((text, by_text[text]), (best, by_text[best])))
    return pairs


def _any_slipped(entities: Sequence[Entity], slipped: Mapping[str, str]) -> bool:
    """Whether a mention of the story writes a misspelt cue (before reading whether each
    mention can spell a name, which ``cue_slip_pairs`` asks of every mention otherwise):
    each distinct spelling's words folded once."""
    seen: set[tuple[str, ...]] = set()
    for entity in entities:
        for item in entity.mentions:
            tokens = item.mention.tokens
            if tokens in seen:
                continue
            seen.add(tokens)
            if any(fold_name(t) in slipped for t in tokens):
                return True
    return False
