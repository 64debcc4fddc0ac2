"""Figures of one statement: the claims of a story -> ClaimPair records of figures that two
aligned sentences (``alignment``) give for the same thing, where frame matching paired none.

"Officials said 1,300 homes were destroyed in the county" and "The fires have destroyed
more than 1,500 homes in Sonoma County, officials said" report one statement; the frames of
the two figures may still differ (an event read on one side only, a place said by one
side) so that the matcher never compares them. In two aligned sentences, the figures that
agree with a figure of the other sentence are set aside (they are the statement's other
figures, told alike); of the rest, two figures are paired when each is the only figure left
of the other sentence that counts the same thing (``_fits``), unless they differ by another
figure of the two sentences (a total and its part, ``_part_told``). Sources published apart
are not read (one statement told a week apart is a running count updated). The pair then
goes through the rules as any other, so severity and tolerance stay theirs; each claim
carries a note that its sentence reports the same statement as the other's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from crosscheck.alignment import Aligned, SourceSentence, story_aligner
from crosscheck.claims.date_events import stem
from crosscheck.claims.frame_compare import roles_compatible
from crosscheck.claims.frame_incidents import actors_differ, incidents_differ
from crosscheck.claims.frame_owner import owner_events
from crosscheck.claims.frame_places import places_differ
from crosscheck.claims.frame_settings import settings_differ
from crosscheck.claims.frame_what import PERSON
from crosscheck.match.cross_pairs import two_source_positions
from crosscheck.match.descriptor_words import content_stems
from crosscheck.match.figure_gates import times_comparable, whats_compatible
from crosscheck.match.word_roots import word_root
from crosscheck.model import Claim, ClaimPair, Source, Unit
from crosscheck.rules.base import COMPARE, explain_words
from crosscheck.rules.explain import published_apart
from crosscheck.rules.numeric import agree
from crosscheck.rules.severity_steps import bare_figure
from crosscheck.text.tokens import WORD

# Kinds of value never paired by their sentence: ranks and ages (of whom?), and shares,
# which a statement gives for several groups at once ("56% of women, 43% of men").
_LEFT_OUT = frozenset({Unit.ORDINAL, Unit.AGE, Unit.PERCENT})

Key = tuple[str, int, int]
# Words read on each side of a figure for the words around it (``_context``).
CONTEXT_WORDS = 6
# Stems the words around two figures must share, besides what they count: the figure
# stands at the same place of the statement ("treated some 50 children ... injured" /
# "treated dozens of children ... injured"), not at another part of it.
MIN_CONTEXT = 2


def aligned_figure_pairs(
    claims: Sequence[Claim],
    sources: Iterable[Source],
    paired: Iterable[ClaimPair] = (),
    *,
    lang: str,
) -> list[ClaimPair]:
    """Pairs of figures of aligned sentences that no pair of ``paired`` compares already,
    of sources published together; ``lang``: the story's language, whose lexicons the
    alignment and the figures' frames are read in."""
    figures: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in claims:
        if _figure(claim, lang):
            figures[(claim.source, claim.sentence_start)].append(claim)
    wanted = _wanted([c for group in figures.values() for c in group], lang)
    if not wanted:
        return []  # no two figures of different sources that might be one: no weights needed
    sources = tuple(sources)
    by_id = {s.id: s for s in sources}
    wanted = [
        (a, b)
        for a, b in wanted
        if not published_apart(by_id.get(a.source), by_id.get(b.source), lang)
    ]
    sentences = [_sentence(c) for c in claims]
    known = _known(paired)
    found: list[ClaimPair] = []
    for aligned in story_aligner(sources, sentences, wanted, lang=lang):
        side_a = figures.get((aligned.a.source, aligned.a.start), [])
        side_b = figures.get((aligned.b.source, aligned.b.start), [])
        for a, b in _statement_pairs(side_a, side_b, lang):
            if (a.key, b.key) not in known:
                found.append(_noted(a, b, aligned))
    return found


def _sentence(claim: Claim) -> SourceSentence:
    return SourceSentence(source=claim.source, start=claim.sentence_start, text=claim.sentence)


def _wanted(figures: Sequence[Claim], lang: str) -> list[tuple[SourceSentence, SourceSentence]]:
    """The sentences of two figures of different sources that might count one thing
    (``_fits``) and are told differently, earlier source first: only these are aligned."""
    groups: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for claim in figures:
        q = claim.value
        assert q is not None
        dimension = q.dimension if q.unit in (Unit.MONEY, Unit.MEASURE) else ""
        groups[(q.unit, dimension, claim.event, claim.role)].append(claim)
    wanted: dict[tuple[SourceSentence, SourceSentence], None] = {}
    for group in groups.values():
        if len({c.source for c in group}) < 2:
            continue  # no two sources: no pair
        # ``_fits`` needs MIN_CONTEXT stems in common around the two figures (less their
        # heads): the words around each figure are read once, and a pair that shares fewer
        # is not tested further (3% of the 44,932 pairs of the real stories share enough)
        contexts = [_context(c, lang) for c in group]
        for i, j in two_source_positions([c.source for c in group]):
            a, b = group[i], group[j]
            if not _shares_context(contexts[i], contexts[j]):
                continue
            if _fits(a, b, lang) and not agree(a, b, lang):
                x, y = sorted((_sentence(a), _sentence(b)), key=lambda s: (s.source, s.start))
                wanted[(x, y)] = None
    return list(wanted)


def _shares_context(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether the words around two figures (``_context``) share ``MIN_CONTEXT`` stems:
    ``_fits`` asks as many of them less the two heads, so a pair sharing fewer never fits."""
    return len(a & b) >= MIN_CONTEXT


def _figure(claim: Claim, lang: str) -> bool:
    """A figure that says what it counts, of a kind compared by its sentence; no named
    owner's level or move (a market's index moves all day)."""
    q = claim.value
    if q is None or q.unit in _LEFT_OUT or not claim.what:
        return False
    return claim.event not in owner_events(lang)


def _known(pairs: Iterable[ClaimPair]) -> set[tuple[Key, Key]]:
    """Every two claims some pair compares, both ways."""
    found: set[tuple[Key, Key]] = set()
    for pair in pairs:
        for a, b in pair.compared():
            found.update({(a.key, b.key), (b.key, a.key)})
    return found


def _statement_pairs(
    side_a: Sequence[Claim], side_b: Sequence[Claim], lang: str
) -> list[tuple[Claim, Claim]]:
    """The pairs of figures of two aligned sentences that count the same thing and are told
    differently, once the figures told alike on both sides are set aside: each figure of a
    pair fits the other alone (several that each might be meant make no pair)."""
    rest_a = [a for a in side_a if not any(_alike(a, b, lang) for b in side_b)]
    rest_b = [b for b in side_b if not any(_alike(a, b, lang) for a in side_a)]
    fits = [(a, b) for a in rest_a for b in rest_b if _fits(a, b, lang)]
    found = []
    for a, b in fits:
        if sum(x is a for x, _ in fits) > 1 or sum(y is b for _, y in fits) > 1:
            continue
        others = [c for c in (*side_a, *side_b) if c is not a and c is not b]
        if not _part_told(a, b, others):
            found.append((a, b) if (a.source, a.start) < (b.source, b.start) else (b, a))
    return found


def _part_told(a: Claim, b: Claim, others: Sequence[Claim]) -> bool:
    """Whether the two figures differ by another figure of the two sentences: a total and
    a part of it ("55 Democrats (including two independents)" / "53 Democrats and two
    Democratic-leaning independents")."""
    pa = a.value.point if a.value is not None else None
    pb = b.value.point if b.value is not None else None
    if pa is None or pb is None:
        return False
    gap = abs(pa - pb)
    return any(c.value is not None and c.value.point == gap for c in others)


def _same_kind(a: Claim, b: Claim) -> bool:
    qa, qb = a.value, b.value
    assert qa is not None and qb is not None
    if qa.unit is not qb.unit:
        return False
    return qa.unit not in (Unit.MONEY, Unit.MEASURE) or qa.dimension == qb.dimension


def _alike(a: Claim, b: Claim, lang: str) -> bool:
    """Two figures of one kind that say the same."""
    return _same_kind(a, b) and agree(a, b, lang)


def _head(what: str, lang: str) -> str:
    return stem(what.split()[-1], lang)


def _head_root(what: str, lang: str) -> str:
    """The head noun as the context's content stems give it ("people" -> "peopl")."""
    return word_root(what.split()[-1].lower(), lang)


def _fits(a: Claim, b: Claim, lang: str) -> bool:
    """Two figures of one kind that count the same thing (``_same_thing``), of one event
    and one role that may be compared, with ``MIN_CONTEXT`` stems in common around them
    besides what they count, and no place, incident, actor, period or count of settings
    (``settings_differ``) that tells them apart."""
    if not _same_kind(a, b) or a.event != b.event or a.role != b.role:
        return False
    if not roles_compatible(a.role, b.role, a.event, lang=lang) or not _same_thing(a, b, lang):
        return False
    if places_differ(a.place, b.place) or incidents_differ(a.incident, b.incident, lang):
        return False
    if actors_differ(a.actor, b.actor, lang) or settings_differ(a, b, lang):
        return False
    if a.time is not None and b.time is not None and not times_comparable(a.time, b.time):
        return False
    heads = {_head(a.what, lang), _head(b.what, lang), _head_root(a.what, lang)}
    heads.add(_head_root(b.what, lang))
    return len((_context(a, lang) & _context(b, lang)) - heads) >= MIN_CONTEXT


def _same_thing(a: Claim, b: Claim, lang: str) -> bool:
    """The same head noun, or compatible whats; or a figure alone, read as people ("which
    killed 29"), against a count of some people ("25 firefighters died")."""
    if _whats_alike(a.what, b.what, lang):
        return True
    return any(bare_figure(x, lang) and x.what == PERSON and x.event for x in (a, b))


@lru_cache(maxsize=1 << 12)  # a story's figures name few things; bounded memory
def _whats_alike(a: str, b: str, lang: str) -> bool:
    """The same head noun, or compatible whats (``_same_thing``), read once per two whats."""
    return _head(a, lang) == _head(b, lang) or whats_compatible(a, b, lang=lang)


def _context(claim: Claim, lang: str) -> frozenset[str]:
    """The content stems of the ``CONTEXT_WORDS`` words on each side of a figure."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    return _words_around(claim.sentence, at, end, lang)


@lru_cache(maxsize=1 << 12)
def _words_around(sentence: str, at: int, end: int, lang: str) -> frozenset[str]:
    before = [m.group() for m in WORD.finditer(sentence[:at])][-CONTEXT_WORDS:]
    after = [m.group() for m in WORD.finditer(sentence[end:])][:CONTEXT_WORDS]
    return frozenset(content_stems(" ".join([*before, *after]), lang))


def _noted(a: Claim, b: Claim, aligned: Aligned) -> ClaimPair:
    """The pair, each claim noting that the two sentences report the same statement."""
    words = ", ".join(aligned.words[:4])
    note = explain_words(COMPARE)["aligned"].format(words=words)
    return ClaimPair(
        a=replace(a, notes=(*a.notes, note)),
        b=replace(b, notes=(*b.notes, note)),
        score=round(100 * aligned.score, 1),
    )
