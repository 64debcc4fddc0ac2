"""Name-variant rule: pairs of spellings (``StoryRecords.name_pairs``) -> Discrepancy.

``crosscheck.names`` finds the mentions and ``crosscheck.match.name_pairs`` pairs two
spellings of one name; this rule only judges: it makes each pair a ``name.variant``
discrepancy: stable id, severity from
``lexicon/common/compare.toml`` (through ``crosscheck.severity``), both quotes, and a
plain-English explanation of what differs (a transliteration, one letter, the order of the
words) with the mentions of each spelling per source, those inside quotation marks counted
apart ("2 in npr (+3 in quotes)": the row quotes an outlet's own voice, names13-14). The
words of the explanation are in ``lexicon/<lang>/names.toml`` [explain].
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from crosscheck.ids import stable_id
from crosscheck.lexicon import load_lexicon, require
from crosscheck.model import Discrepancy, DiscrepancyKind, Mention, Source
from crosscheck.names.lexicon import NAMES_LEXICON
from crosscheck.names.records import Spelling, VariantPair
from crosscheck.rules.base import NAME_PAIRS, StoryRecords, StoryRule
from crosscheck.severity import default_severity


@dataclass(frozen=True, slots=True, kw_only=True)
class _Words:
    """The words of a name-variant explanation (``names.toml`` [explain])."""

    row: str
    count: str
    count_mixed: str
    count_quoted: str
    both_one: str
    both_many: str
    both_quoted_one: str
    both_quoted_many: str
    detail: str
    metric: str
    what: dict[str, str]
    how: dict[str, str]


@cache
def _words(lang: str) -> _Words:
    table = require(load_lexicon(NAMES_LEXICON, lang), "explain", dict, NAMES_LEXICON)
    text = {
        key: require(table, key, str, NAMES_LEXICON)
        for key in (
            "row",
            "count",
            "count_mixed",
            "count_quoted",
            "both_one",
            "both_many",
            "both_quoted_one",
            "both_quoted_many",
            "detail",
            "metric",
        )
    }
    return _Words(
        **text,
        what={str(k): str(v) for k, v in require(table, "what", dict, NAMES_LEXICON).items()},
        how={str(k): str(v) for k, v in require(table, "how", dict, NAMES_LEXICON).items()},
    )


def counts_text(spelling: Spelling, lang: str) -> str:
    """ "3 in reuters (+1 in quotes), 1 in quotes in the-hill": the mentions of one spelling
    per source, those in its own voice and those inside quotation marks apart."""
    words = _words(lang)
    return ", ".join(
        (words.count_quoted if not own else words.count_mixed if quoted else words.count).format(
            count=own, quoted=quoted, source=source
        )
        for source, own, quoted in spelling.voices
    )


def explain_variant(pair: VariantPair, lang: str) -> str:
    """One plain-English line: both spellings with their mentions, what differs, who uses both
    (writes both in its own voice: outside quotation marks), and who writes both with one of
    them only inside quotation marks."""
    words = _words(lang)
    text = words.row.format(
        a=pair.a.value,
        b=pair.b.value,
        a_counts=counts_text(pair.a, lang),
        b_counts=counts_text(pair.b, lang),
        what=words.what[pair.kind.value],
        how=words.how[pair.difference.value],
    )
    both = [s for s in pair.a.own if s in pair.b.own]  # in its own voice, not a quote's
    if both:
        template = words.both_one if len(both) == 1 else words.both_many
        text += " " + template.format(sources=", ".join(both))
    quoted = [
        s
        for s in pair.a.sources
        if s in pair.b.sources and s not in both and (s in pair.a.own or s in pair.b.own)
    ]
    if quoted:
        template = words.both_quoted_one if len(quoted) == 1 else words.both_quoted_many
        text += " " + template.format(sources=", ".join(quoted))
    return text


def _quote(spelling: Spelling, texts: Mapping[str, str]) -> Mention:
    item = spelling.quoted
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


def variant_discrepancy(pair: VariantPair, sources: Mapping[str, Source], lang: str) -> Discrepancy:
    """The ``name.variant`` discrepancy of one pair of spellings; ``lang``: the story's
    language, whose names.toml [explain] words the row is written in."""
    words = _words(lang)
    texts = {source_id: source.text for source_id, source in sources.items()}
    source_a, source_b = sources.get(pair.a.quoted.source), sources.get(pair.b.quoted.source)
    return Discrepancy(
        id=stable_id("name", pair.a.value, pair.b.value),
        kind=DiscrepancyKind.NAME_VARIANT,
        severity=default_severity(DiscrepancyKind.NAME_VARIANT),
        subject=pair.subject,
        metric=words.metric,
        a=_quote(pair.a, texts),
        b=_quote(pair.b, texts),
        value_a=pair.a.value,
        value_b=pair.b.value,
        published_a=source_a.published if source_a else None,
        published_b=source_b.published if source_b else None,
        explanation=explain_variant(pair, lang),
        details=tuple(
            words.detail.format(value=s.value, counts=counts_text(s, lang))
            for s in (pair.a, pair.b)
        ),
    )


def _story_variants(story: StoryRecords) -> list[Discrepancy]:
    """One ``name.variant`` discrepancy per pair of spellings the matching stage paired, in
    its order (the names' first mention, then the misspellings)."""
    by_id = {source.id: source for source in story.sources}
    return [variant_discrepancy(pair, by_id, story.lang) for pair in story.name_pairs]


RULE = StoryRule(
    name="name.variant",
    kinds=(DiscrepancyKind.NAME_VARIANT,),
    reads=(NAME_PAIRS,),
    find=_story_variants,
)
