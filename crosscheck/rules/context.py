"""Pair context: a story's sources and claims -> PairContext, read by the pair rules.

The days each source dates an event class on (and the parts of a day it tells), each
source's comparable figures by block and what they count, its exact figures and its
figures by source, and the figures its own articles replace (``rules.superseded``). The
guards of ``rules.guards`` read it to set a finding aside; ``pair_context`` builds it once
per story.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import TypeVar

from crosscheck.match.date_words import date_words
from crosscheck.match.day_parts import day_part
from crosscheck.match.figure_blocks import block_key, comparable
from crosscheck.model import Claim, Source
from crosscheck.rules.figure_bands import BandIndex, band_indexes
from crosscheck.rules.loose_summaries import stated_figures
from crosscheck.rules.numeric import ExactKey, agree, exact_figures
from crosscheck.rules.superseded import Superseded, find_superseded

DayKey = tuple[str, date, int | None]  # (event class, day, minute of the day)
PartKey = tuple[str, date, str]  # (event class, day, part of the day)
_Key = TypeVar("_Key", DayKey, PartKey)
FigureKey = tuple[str, tuple[str, str, str, str], str]  # (source, block, what)


@dataclass(frozen=True, slots=True, kw_only=True)
class PairContext:
    """What the pair rules read beside a pair: the sources by id, and what every claim of the
    story tells of the others (the days each source dates an event class on, each source's
    figures by frame, the figures the articles replace). ``pair_context`` builds it once per
    story; an empty ``claims`` gives the context of a pair judged alone."""

    sources: Mapping[str, Source]
    dated: Mapping[str, set[DayKey]]
    parted: Mapping[str, set[PartKey]]
    figures: Mapping[FigureKey, list[Claim]]
    superseded: Superseded
    lang: str  # the story's language, whose lexicons the rules read
    exact: Mapping[ExactKey, list[Claim]] = field(default_factory=dict)
    stated: Mapping[str, tuple[Claim, ...]] = field(default_factory=dict)  # figures by source
    bands: Mapping[FigureKey, BandIndex] = field(default_factory=dict)  # the long ``figures``


def pair_context(
    sources: Mapping[str, Source],
    claims: Iterable[Claim] = (),
    *,
    superseded: Superseded | None = None,
    lang: str,
) -> PairContext:
    """The context of the story's pair rules; ``superseded`` is ``superseded_in(sources,
    claims)`` when the caller has it already."""
    claims = tuple(claims)
    figures = _figures_by_source(claims, lang)
    return PairContext(
        sources=sources,
        dated=_keys_by_source(claims, day_key),  # (event class, day, minute)
        parted=_keys_by_source(claims, partial(part_key, lang=lang)),  # parts, no clock time
        figures=figures,
        bands=band_indexes(figures, lang),
        exact=exact_figures(claims, lang),
        stated=stated_figures(claims),
        superseded=superseded_in(sources, claims, lang) if superseded is None else superseded,
        lang=lang,
    )


def superseded_in(sources: Mapping[str, Source], claims: Iterable[Claim], lang: str) -> Superseded:
    """The figures of a story its own articles replace (``rules.superseded``), read once for
    the figure rows and the certainty rows alike."""
    return find_superseded(sources, claims, partial(_figures_differ, lang=lang), lang)


def day_key(claim: Claim) -> DayKey | None:
    """The event class, day and minute a date claim dates; None for a figure or no day."""
    t = claim.time
    if claim.value is not None or not claim.event or t is None or t.begin is None:
        return None
    return claim.event, t.begin, t.minute_start


def _keys_by_source(
    claims: Iterable[Claim], key_of: Callable[[Claim], _Key | None]
) -> dict[str, set[_Key]]:
    """Per source, the keys ``key_of`` gives its claims (claims it gives none are left out)."""
    keys: dict[str, set[_Key]] = {}
    for claim in claims:
        key = key_of(claim)
        if key is not None:
            keys.setdefault(claim.source, set()).add(key)
    return keys


def part_key(claim: Claim, lang: str) -> PartKey | None:
    """The event class, day and part of the day of a date with no clock time, if any."""
    key = day_key(claim)
    if key is None or key[2] is not None:
        return None
    part = day_part(claim, date_words(lang))
    return None if part is None else (key[0], key[1], part)


def _figures_by_source(claims: Iterable[Claim], lang: str) -> dict[FigureKey, list[Claim]]:
    """Every comparable figure claim, by source, block and what it counts."""
    index: dict[FigureKey, list[Claim]] = {}
    for claim in claims:
        if claim.value is not None and comparable(claim, lang):
            index.setdefault((claim.source, block_key(claim, lang), claim.what), []).append(claim)
    return index


def _figures_differ(new: Claim, old: Claim, lang: str) -> bool:
    """Whether two figures of one frame disagree (they do not say the same)."""
    return not agree(new, old, lang)
