"""Sentences -> name mentions -> entities across sources -> name-variant discrepancies.

Contracts:

* ``find_names(sentence) -> list[NameMention]``: people, organisations and places named in
  one sentence, each with its span in the source text (``sentence.start`` + local offset),
  without title ("President") or possessive ("Lukashenko's" -> "Lukashenko").
* ``group_entities({source id: mentions}) -> list[Entity]``: mentions that name the same
  person or body across sources, transliteration variants and short forms included.
* ``variant_pairs({source id: text}, {source id: mentions}) -> list[VariantPair]``: one
  candidate pair per entity and two spellings of one name word, and one per rare name word
  misspelling a frequent one. ``crosscheck.rules.name_variant`` makes each a discrepancy.

No trained model: capitalisation, word lists (``lexicon/names.toml``) and transliteration
rules (``lexicon/transliteration.toml``). Sentences are never split here; the caller passes
them. Every regular expression runs in linear time (no nested repetition that can
backtrack), and the loops over tokens are linear or bounded by the number of distinct names.
"""

from crosscheck.names.difference import difference
from crosscheck.names.entities import group_entities
from crosscheck.names.finder import find_names
from crosscheck.names.lexicon import (
    NAMES_LEXICON,
    TRANSLITERATION_LEXICON,
    same_given_name,
    same_surname,
    skeleton,
)
from crosscheck.names.records import (
    Difference,
    Entity,
    NameKind,
    NameMention,
    SourcedName,
    Spelling,
    VariantPair,
)
from crosscheck.names.variants import names_in, variant_pairs

__all__ = [
    "NAMES_LEXICON",
    "TRANSLITERATION_LEXICON",
    "Difference",
    "Entity",
    "NameKind",
    "NameMention",
    "SourcedName",
    "Spelling",
    "VariantPair",
    "difference",
    "find_names",
    "group_entities",
    "names_in",
    "same_given_name",
    "same_surname",
    "skeleton",
    "variant_pairs",
]
