"""Two spellings of one name, each with its mentions -> a ``VariantPair``, each side quoted
from a mention in an outlet's own voice (``quoted.shown_mention``) and counted by voice.

Every finder of ``match.name_pairs`` hands its pairs of spellings here, so one pair reads alike
whichever finder made it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from crosscheck.match.names.difference import difference
from crosscheck.match.names.told_kind import told_kind
from crosscheck.names.quoted import shown_mention, voice_counts
from crosscheck.names.records import NameKind, SourcedName, Spelling, VariantPair

SpellingGroup = tuple[str, list[SourcedName]]  # (value to show, mentions): one spelling


def _spelling(
    value: str,
    items: Sequence[SourcedName],
    quoted: SourcedName,
    texts: Mapping[str, str],
    lang: str,
) -> Spelling:
    return Spelling(value=value, quoted=quoted, voices=voice_counts(items, texts, lang))


def spelling_pair(
    subject: str,
    kind: NameKind,
    a: SpellingGroup,
    b: SpellingGroup,
    texts: Mapping[str, str],
    lang: str,
) -> VariantPair:
    """Two spellings, each quoted from a mention in an outlet's own voice when it has one
    (``quoted.shown_mention``); the commoner one from the rarer one's source if it has it.
    Quotation marks and place words are read in the story's language ``lang``."""
    (value_a, items_a), (value_b, items_b) = a, b
    rare, common = (items_a, items_b) if len(items_a) <= len(items_b) else (items_b, items_a)
    quoted_rare = shown_mention(rare, texts, lang)
    quoted_common = shown_mention(common, texts, lang, quoted_rare)
    quote_a, quote_b = (
        (quoted_rare, quoted_common) if rare is items_a else (quoted_common, quoted_rare)
    )
    return VariantPair(
        subject=subject,
        kind=told_kind(kind, items_a, items_b, lang=lang),
        a=_spelling(value_a, items_a, quote_a, texts, lang),
        b=_spelling(value_b, items_b, quote_b, texts, lang),
        difference=difference(value_a, value_b, lang),
    )
