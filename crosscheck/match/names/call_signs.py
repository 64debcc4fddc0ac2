"""Two capitals-only names of one story with two neighbouring letters swapped: "KUVE" / "KVUE".

``call_sign_pairs(entities, spelled)`` pairs two words written only in capitals (call
letters, acronyms; a suffix after a hyphen left aside: "KVUE-TV" is "KVUE") of at least
``names.toml`` [call_signs] ``min_length`` letters when one is the other with two
neighbouring letters swapped, the first letter kept. ``misspelling`` needs a frequent word
and five letters; call letters are short and a station is often named once per article,
but two such codes one swap apart in one story are one code slipped: a code is not a word
whose neighbours are other codes. Kept apart: two words in one sentence ("KUVE and KVUE":
then the writer means two), a code also written in lower or mixed case (an ordinary word
shouted), and any mention that cannot spell a name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import table_settings
from crosscheck.match.names.spellings import swapped_once
from crosscheck.names.lexicon import NAMES_LEXICON
from crosscheck.names.records import Entity, SourcedName, first_mention

_Group = tuple[str, list[SourcedName]]  # (code, mentions)


@dataclass(frozen=True, slots=True, kw_only=True)
class _CallSignRules:
    min_length: int


@cache
def _rules(lang: str) -> _CallSignRules:
    return table_settings(_CallSignRules, NAMES_LEXICON, "call_signs", lang=lang)


def code_of(token: str) -> str | None:
    """The capitals-only code a name word writes ("KVUE-TV" -> "KVUE"), else None."""
    head = token.split("-", 1)[0]
    return head if head.isascii() and head.isalpha() and head.isupper() else None


def call_sign_pairs(
    entities: Sequence[Entity], spelled: Callable[[SourcedName], bool], lang: str
) -> list[tuple[_Group, _Group]]:
    """(code, code) pairs one neighbour swap apart, in order of the first code's first mention."""
    rules = _rules(lang)
    codes: dict[str, list[SourcedName]] = {}
    for entity in entities:
        for item in entity.mentions:
            for token in item.mention.tokens:
                if not token[1:2].isupper():
                    continue  # a code of min_length letters or more has a capital second letter
                code = code_of(token)
                if code is not None and len(code) >= rules.min_length:
                    codes.setdefault(code, []).append(item)
    if len(codes) < 2:
        return []
    ordered = sorted(codes, key=lambda c: first_mention(codes[c]))
    pairs = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if not swapped_once(a, b):
                continue
            items_a, items_b = codes[a], codes[b]
            if _one_sentence(items_a, items_b) or _cased(a, entities) or _cased(b, entities):
                continue
            if all(spelled(item) for item in (*items_a, *items_b)):
                pairs.append(((a, items_a), (b, items_b)))
    return pairs


def _one_sentence(a: Sequence[SourcedName], b: Sequence[SourcedName]) -> bool:
    at = {(item.source, item.mention.sentence.start) for item in a}
    return any((item.source, item.mention.sentence.start) in at for item in b)


def _cased(code: str, entities: Sequence[Entity]) -> bool:
    """Whether a name of the story writes the code's letters in lower or mixed case."""
    folded = code.casefold()
    return any(
        token.split("-", 1)[0].casefold() == folded and code_of(token) is None
        for entity in entities
        for item in entity.mentions
        for token in item.mention.tokens
    )
