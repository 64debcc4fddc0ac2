"""Sentences -> name mentions -> entities across sources (the pieces of name pairing).

Contracts:

* ``finder.find_names(sentence) -> list[NameMention]``: people, organisations and places named in
  one sentence, each with its span in the source text (``sentence.start`` + local offset),
  without title ("President") or possessive ("Lukashenko's" -> "Lukashenko");
  ``finder.names_in(sentences, lang)`` those of one source's sentences, in text order.
* ``match.names.entities.group_entities({source id: mentions}, lang) -> list[Entity]``: mentions
  that name the same person or body across sources, transliteration variants and short forms
  included, read with the lexicons of the story's language ``lang``.
* the pieces the matching stage puts together into pairs of spellings
  (``crosscheck.match.name_pairs.pair_names``: one candidate pair per entity and two
  spellings of one name word, and one per rare name word misspelling a frequent one), which
  ``crosscheck.rules.name_variant`` judges, each a discrepancy.

The records (``NameMention``, ``Entity``, ``VariantPair``, ...) are in ``records``; the word
lists and ``skeleton`` in ``lexicon``; ``difference`` (what two spellings differ by) in
``difference``. ``entities`` groups through ``name_keys`` (a mention's keys) and ``people``
(full names and lone surnames joined); ``match.name_pairs`` pairs through ``entity_pairs`` (slot by
slot, ``word_forms`` telling other words apart), ``misspelling`` (with ``slip_rules``,
``occurrences``) and the other slip finders, each pair made by ``spelling_pairs``. This
``__init__`` re-exports nothing: import a name from its module.

No trained model: capitalisation, word lists (``lexicon/names.toml``) and transliteration
rules (``lexicon/transliteration.toml``). Sentences are never split here; the caller passes
them. Every regular expression runs in linear time (no nested repetition that can
backtrack), and the loops over tokens are linear or bounded by the number of distinct names.
"""
