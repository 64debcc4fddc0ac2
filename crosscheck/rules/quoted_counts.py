"""Loose quoted counts: a small vague count beside a quoted figure -> not a discrepancy.

"Several", "multiple" and "a few" are loose words, and a quotation is a speaker's own words:
a witness's "I heard three shots" beside a report's "several shots were fired" counts what
one person heard, and a doctor's "a patient in contact with multiple people infected" is
advice, not a count of the president's contacts. ``loose_quoted_count(pair, sources)`` says
a figure pair is such: one side is a vague count whose range ends below
``[numeric] loose_count_below`` of ``lexicon/common/compare.toml`` ("several" is 3-9), and
either side stands inside quotation marks in its article (``names.quoted.inside_quotes``).

On the non-draw stories of main at 63c4687 this holds for 3 figure rows, all judged false
(two "multiple people" in a doctor's quote, one witness's "three shots"); the four true
"several"/"multiple" rows (several states, several congressional committees, several
civilians killed, ...) are all in the outlets' own voice, and so stay.

Likewise a vague plural of a power of ten read loosely above its range ("millions" of 70
million, ``match.loose_plurals``) is not flagged when a side stands in a quotation
(``loose_quoted_reach``): a speaker's "millions of Americans looking for work" is rhetoric,
and a quoted "monitor 50 million phone calls" may be an illustration, not a count.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from crosscheck.lexicon import load_lexicon, require
from crosscheck.match.loose_plurals import loosely_met_either
from crosscheck.model import Claim, ClaimPair, Source
from crosscheck.names.quoted import inside_quotes


@cache
def _loose_below(lang: str) -> float:
    numeric = require(load_lexicon("compare", lang), "numeric", dict, "compare")
    return float(require(numeric, "loose_count_below", int, "compare"))


def loose_count(claim: Claim, lang: str) -> bool:
    """Whether a claim is a small vague count ("several", "multiple", "a few")."""
    q = claim.value
    return q is not None and q.vague and q.high is not None and q.high < _loose_below(lang)


def _in_quotation(claim: Claim, sources: Mapping[str, Source], lang: str) -> bool:
    """Whether a claim stands inside quotation marks (of language ``lang``) in its article."""
    source = sources.get(claim.source)
    return source is not None and inside_quotes(source.text, claim.start, lang)


def loose_quoted_count(pair: ClaimPair, sources: Mapping[str, Source], lang: str) -> bool:
    """Whether a side of the pair is a small vague count and a side stands in a quotation."""
    if not (loose_count(pair.a, lang) or loose_count(pair.b, lang)):
        return False
    return _in_quotation(pair.a, sources, lang) or _in_quotation(pair.b, sources, lang)


def loose_quoted_reach(pair: ClaimPair, sources: Mapping[str, Source], lang: str) -> bool:
    """Whether the pair's figures meet only as a vague plural told loosely (``loosely_met``)
    and a side stands in a quotation."""
    qa, qb = pair.a.value, pair.b.value
    if qa is None or qb is None or not loosely_met_either(qa, qb, lang):
        return False
    return _in_quotation(pair.a, sources, lang) or _in_quotation(pair.b, sources, lang)
