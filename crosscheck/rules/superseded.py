"""Figures an article itself replaces: sources + claims -> the figure claims to set aside.

A fact-checker is not sent to a sentence its own article already corrects. Within one
source, a figure is set aside when the same source gives another figure of the same frame
(the same event class, compatible what, place, role and incident) that replaces it:
- **an older part of a live document**: after a section label ("Our original post, from 6:30
  a.m.:"), or below an update entry ("UPDATE at 9:30 pm: At least 20 people ...") whose figure
  differs. Each update entry makes what follows older; the headline (the paragraph of
  ``text.headline.headline_end``) is never the newer side, so a stale headline is still
  compared. An older figure is read against the newest entry's figures of its frame (an older
  entry's repeat of it does not keep it), and an open floor an entry moves ("at least 19"
  above "more than two dozen") is replaced though the two overlap. A pair whose side is set
  aside compares that side's newest figure instead (``newest``), so a stale headline of
  another source is read against the blog's current count;
- **a figure its own sentence calls old** ("Previously, officials had said 170 to 180
  people were injured"), read from revision words before the figure in its sentence;
- **a vague magnitude beside the article's own count** ("dozens of people" killed, when the
  same article gives "275 people" killed): the article's figure is the count it gives.

``revisions`` lists, per source and frame, the old figures of the first two kinds: a
figure of another source that agrees with one of them is the count the article says was
replaced, so the pair is figures of different times, as the article itself says.
The words (labels, revision words) come from ``[superseded]`` of the compare lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from itertools import islice, pairwise
from typing import NamedTuple

from crosscheck.claims.frame_compare import roles_compatible
from crosscheck.claims.frame_incidents import actors_differ, incidents_differ
from crosscheck.claims.frame_places import places_differ
from crosscheck.lexicon import load_lexicon, require
from crosscheck.match.figure_blocks import block_key, comparable
from crosscheck.match.figure_gates import whats_compatible
from crosscheck.model import Claim, Quantity, Source
from crosscheck.text.headline import headline_end
from crosscheck.text.tokens import WORD, lowered_words
from crosscheck.timex import find_times

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class _Words:
    """The superseded-figure words of a language, as lower-case word tuples."""

    section_labels: tuple[tuple[str, ...], ...]
    update_labels: tuple[tuple[str, ...], ...]
    revision_words: tuple[tuple[str, ...], ...]
    comparison_words: frozenset[str]
    label_max_words: int


@cache
def _words(lang: str) -> _Words:
    data = require(load_lexicon("compare", lang), "superseded", dict, "compare")

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        items = require(data, key, list, "compare")
        return tuple(tuple(lowered_words(str(x))) for x in items)

    return _Words(
        section_labels=phrases("section_labels"),
        update_labels=phrases("update_labels"),
        revision_words=phrases("revision_words"),
        comparison_words=frozenset(
            w for x in require(data, "comparison_words", list, "compare") for w in lowered_words(x)
        ),
        label_max_words=int(require(data, "label_max_words", int, "compare")),
    )


def _first_words(line: str, lang: str) -> list[str]:
    """The first words of a paragraph, lower-cased: enough to read a label or a stamp.

    One word more than a label may have, so a longer paragraph is never taken for a label.
    """
    limit = _words(lang).label_max_words + 1
    return [m.group().lower() for m in islice(WORD.finditer(line), limit)]


def _contains(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    if phrase and phrase[0] not in words:
        return False  # cheap pre-check: the phrase's first word is missing
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def _starts_with(words: Sequence[str], phrases: Iterable[tuple[str, ...]]) -> bool:
    return any(tuple(words[: len(p)]) == p for p in phrases)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Paragraph:
    start: int
    rank: int  # 0 before any label; higher is older
    headline: bool
    entry: bool = False  # an update entry ("UPDATE at 9:30 pm: ...")
    label: bool = False  # a section label ("Our original post, from 6:30 a.m.:")


# A story's few articles are read twice (replaced figures, then older parts): keep the last few.
@lru_cache(maxsize=16)
def paragraphs(text: str, lang: str) -> tuple[_Paragraph, ...]:
    """The paragraphs of a text with their age rank in a live document (higher is older).

    Most live documents put the newest entry on top: a section label ("Our original
    post:") makes what follows two steps older, and an update entry ("UPDATE at 9:30 pm:
    ...") is one step older than what came before it and what follows it one step more, so
    a top update stays newer than the story below it. When the entries' clock times rise
    down the page, or (without clock times) the first update stands in the second half of
    the text (updates appended below the story), the order is the other way: each entry
    is newer than all above it.
    """
    words = _words(lang)
    lines: list[tuple[int, str, list[str]]] = []
    for start in [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]:
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        lowered = _first_words(line, lang)
        if lowered:
            lines.append((start, line, lowered))
    updates = [
        i
        for i, (_, line, lowered) in enumerate(lines)
        if i > 0 and _starts_with(lowered, words.update_labels) and _stamped(line)
    ]
    if not _newest_first(updates, [lines[i][1] for i in updates], len(lines), lang):
        return tuple(_appended(lines, updates, headline_end(text) > 0))
    found: list[_Paragraph] = []
    rank = 0
    update_set = set(updates)
    headed = headline_end(text) > 0
    for i, (start, _, lowered) in enumerate(lines):
        short = len(lowered) <= words.label_max_words
        label = i > 0 and short and any(_contains(lowered, p) for p in words.section_labels)
        if label:
            rank += 2
        elif i in update_set:
            rank += 1
            found.append(_Paragraph(start=start, rank=rank, headline=False, entry=True))
            rank += 1
            continue
        found.append(_Paragraph(start=start, rank=rank, headline=headed and i == 0, label=label))
    return tuple(found)


def _newest_first(
    updates: Sequence[int], labels: Sequence[str], paragraph_count: int, lang: str
) -> bool:
    """Whether a document's update entries run newest first (the default)."""
    minutes = [m for m in (_clock_minute(label, lang) for label in labels) if m is not None]
    if len(minutes) >= 2:
        falling = sum(1 for x, y in pairwise(minutes) if y < x)
        rising = sum(1 for x, y in pairwise(minutes) if y > x)
        return falling >= rising
    return not (updates and updates[0] * 2 > paragraph_count)


def _appended(
    lines: Sequence[tuple[int, str, list[str]]], updates: Sequence[int], headed: bool
) -> list[_Paragraph]:
    """Ranks of a document whose update entries are appended below: each newer than above."""
    found: list[_Paragraph] = []
    rank = 2 * len(updates)
    update_set = set(updates)
    for i, (start, _, _) in enumerate(lines):
        if i in update_set:
            rank -= 2
        found.append(
            _Paragraph(start=start, rank=rank, headline=headed and i == 0, entry=i in update_set)
        )
    return found


def _clock_minute(label: str, lang: str) -> int | None:
    """The clock time of an update stamp, as minutes of the day, if it gives one."""
    for found in find_times(label[:_STAMP_CHARS], _ANY_DAY, lang):
        if found.minute_start is not None:
            return found.minute_start
    return None


_ANY_DAY = date(2000, 1, 1)  # stamps are read for their clock time only


def _stamped(line: str) -> bool:
    """Whether a paragraph opens like an entry stamp: a time or a colon in its first words."""
    head = line[:_STAMP_CHARS]
    return ":" in head or "]" in head or any(ch.isdigit() for ch in head)


_STAMP_CHARS = 40


def _paragraph_of(paras: Sequence[_Paragraph], position: int) -> _Paragraph | None:
    chosen = None
    for para in paras:
        if para.start > position:
            break
        chosen = para
    return chosen


def _called_old(claim: Claim, lang: str) -> bool:
    """Whether a revision word stands before the figure in its sentence ("Previously, ...")."""
    words = _words(lang)
    before = lowered_words(claim.sentence[: max(0, claim.start - claim.sentence_start)])
    for i in range(len(before)):
        for phrase in words.revision_words:
            if tuple(before[i : i + len(phrase)]) == phrase:
                if i > 0 and before[i - 1] in words.comparison_words:
                    continue  # "higher than previously reported": the newer figure
                return True
    return False


def same_frame(a: Claim, b: Claim, lang: str) -> bool:
    """Whether two figures of one source speak of the same thing (the date scope aside)."""
    if not (comparable(a, lang) and comparable(b, lang)):
        return False
    if block_key(a, lang)[:3] != block_key(b, lang)[:3]:
        return False
    return _parts_match(_parts(a), _parts(b), lang)


class _Parts(NamedTuple):
    """The frame parts ``same_frame`` reads beside the block (hashable: figures with equal
    parts share one frame list)."""

    what: str
    place: str
    role: str
    actor: str
    incident: str


def _parts(claim: Claim) -> _Parts:
    """A figure's frame parts."""
    return _Parts(claim.what, claim.place, claim.role, claim.actor, claim.incident)


def _parts_match(a: _Parts, b: _Parts, lang: str) -> bool:
    """Whether two figures of one block, given their frame parts, are of the same frame."""
    if not whats_compatible(a.what, b.what, lang=lang) or places_differ(a.place, b.place):
        return False
    if not roles_compatible(a.role, b.role, lang=lang):
        return False
    return not (
        actors_differ(a.actor, b.actor, lang) or incidents_differ(a.incident, b.incident, lang)
    )


def _frames(figures: Sequence[Claim], lang: str) -> dict[int, list[Claim]]:
    """Per figure (by ``id``), the figures of its source in the same frame, itself included
    when its parts match their own (every reader of a frame skips the figure itself).

    Figures with the same block and parts share one list, built once: a text of thousands
    of figures of one frame costs a pass per distinct frame, not one per pair of figures.
    """
    keys = [(block_key(c, lang)[:3], _parts(c)) for c in figures]
    distinct = list(dict.fromkeys(keys))
    shared: dict[tuple[tuple[str, str, str], _Parts], list[Claim]] = {}
    for key in distinct:
        block, parts = key
        matching = {
            other for other in distinct if other[0] == block and _parts_match(other[1], parts, lang)
        }
        shared[key] = [o for o, k in zip(figures, keys, strict=True) if k in matching]
    return {id(c): shared[k] for c, k in zip(figures, keys, strict=True)}


def _has_others(frame: Sequence[object], figure: object) -> bool:
    """Whether a frame (which holds no figure twice) has a member other than the figure."""
    return len(frame) > 1 or (len(frame) == 1 and frame[0] is not figure)


@dataclass(frozen=True, slots=True)
class _Placed:
    """A figure claim, where it stands in its live document, and whether it is called old."""

    claim: Claim
    paragraph: _Paragraph | None
    called_old: bool

    @property
    def rank(self) -> int:
        return self.paragraph.rank if self.paragraph is not None else 0

    @property
    def headline(self) -> bool:
        return self.paragraph is not None and self.paragraph.headline


def _key(claim: Claim) -> tuple[str, int, int]:
    return (claim.source, claim.start, claim.end)


def _newest_entry(rank: int, frame: Sequence[_Placed]) -> list[_Placed]:
    """The current figures of the newest entry above a figure of this ``rank`` (never the
    headline): an older entry's repeat of the figure does not speak for the article's present
    count."""
    newer = [o for o in frame if not o.called_old and o.rank < rank and not o.headline]
    if not newer:
        return []
    newest = min(o.rank for o in newer)
    return [o for o in newer if o.rank == newest]


def _replacement(figure: _Placed, entry: Sequence[_Placed]) -> Claim | None:
    """The figure of the newest entry (``entry``) that replaces a figure of an older one (the
    first in the text when the entry gives two); None for a figure its own sentence calls old."""
    if figure.called_old:
        return None
    return min(entry, key=lambda o: o.claim.start).claim if entry else None


def _replaced(figure: _Placed, view: _FrameView, differ: Callable[[Claim, Claim], bool]) -> bool:
    """Whether newer figures of the frame in the same article all disagree with this one.

    Newer: the newest entry above it in a live document (``_newest_entry``), or, for a
    figure its sentence calls old, any figure of the frame not itself called old.
    """
    newer = view.current if figure.called_old else view.entry(figure.rank)
    return bool(newer) and all(
        differ(o.claim, figure.claim) or _outside(o.claim, figure.claim) for o in newer
    )


def _outside(new: Claim, old: Claim) -> bool:
    """Whether an exact older figure lies outside the newer figure's bounds.

    "126 dead" below an update's "at least 130" is a count the article has raised, though
    the two lie within the tolerance two sources are allowed: the article itself replaced
    it, so it is not compared with "141" of another source.
    """
    q, o = new.value, old.value
    if q is None or o is None or q.vague or o.vague or o.approximate:
        return False
    if (q.unit, q.dimension, q.factor) != (o.unit, o.dimension, o.factor):
        return False
    if _bound_moved(q, o):
        return True
    point = o.point
    if point is None or o.low != point or o.high != point:
        return False  # a bound or a range of its own is not a count the update raised
    below = q.low is not None and (point < q.low or (point == q.low and not q.low_inclusive))
    above = q.high is not None and (point > q.high or (point == q.high and not q.high_inclusive))
    return below or above


def _bound_moved(new: Quantity, old: Quantity) -> bool:
    """Whether an update moved an open lower bound: "at least 19" in a newer entry than
    "more than two dozen". The two intervals overlap, yet the article replaced its floor."""
    if new.high is not None or old.high is not None or new.low is None or old.low is None:
        return False
    return new.low != old.low


def _vague_beside_count(figure: _Placed, view: _FrameView) -> bool:
    """Whether a vague magnitude stands beside a specific count of the same article."""
    value = figure.claim.value
    if value is None or not value.vague:
        return False
    return view.first_count_rank is not None and view.first_count_rank <= figure.rank


@dataclass(slots=True)
class _FrameView:
    """One frame's figures as placed, with what the readers of each of its figures ask of it
    worked out once: a frame of thousands of figures is read in a pass, not one per figure."""

    frame: list[_Placed]
    current: list[_Placed] = field(init=False)  # the figures not called old
    first_count_rank: int | None = field(init=False)  # lowest rank of a specific count
    _entries: dict[int, list[_Placed]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.current = [o for o in self.frame if not o.called_old]
        ranks = [
            o.rank for o in self.frame if o.claim.value is not None and not o.claim.value.vague
        ]
        self.first_count_rank = min(ranks) if ranks else None

    def entry(self, rank: int) -> list[_Placed]:
        """``_newest_entry`` for a figure of this rank."""
        if rank not in self._entries:
            self._entries[rank] = _newest_entry(rank, self.frame)
        return self._entries[rank]


@dataclass(frozen=True, slots=True, kw_only=True)
class Superseded:
    """The figure claims a story's own articles replace, and the old figures they name."""

    aside: frozenset[tuple[str, int, int]]  # (source, start, end) of claims set aside
    revisions: dict[str, tuple[Claim, ...]]  # source -> old figures it says were replaced
    older: frozenset[tuple[str, int, int]] = frozenset()  # claims in an older part (below)
    newest: Mapping[tuple[str, int, int], Claim] = field(default_factory=dict)

    def set_aside(self, claim: Claim) -> bool:
        """Whether a claim is one its own article replaces."""
        return (claim.source, claim.start, claim.end) in self.aside

    def replacement(self, claim: Claim) -> Claim | None:
        """The newer figure of the same article that replaced a claim set aside, if any."""
        return self.newest.get((claim.source, claim.start, claim.end))

    def in_older_part(self, claim: Claim) -> bool:
        """Whether a claim stands in an older part of a live document (below an update entry
        or a section label): its article has newer text, which may replace it in words the
        frames do not read ("At least 20 people, including one American, were killed")."""
        return (claim.source, claim.start, claim.end) in self.older


def _older_parts(
    sources: Mapping[str, Source], claims: Sequence[Claim], lang: str
) -> set[tuple[str, int, int]]:
    """The claims that stand in an older part of their live document than a newer figure.

    A newer figure stands, outside the headline, in an update entry, or anywhere in an
    article with a section label ("Original story published at 9:20 p.m."); a claim in a
    paragraph of higher rank is older. A lone stamp ("Updated at 4:04 p.m. ET") above a
    whole article holds no figure, so nothing below it is older.
    """
    placed: dict[str, list[tuple[Claim, _Paragraph]]] = {}
    paras_of: dict[str, tuple[_Paragraph, ...]] = {}
    for claim in claims:
        source = sources.get(claim.source)
        if source is None:
            continue
        if claim.source not in paras_of:
            live = _may_be_live(source.text, lang)
            paras_of[claim.source] = paragraphs(source.text, lang) if live else ()
        para = _paragraph_of(paras_of[claim.source], claim.start)
        if para is not None:
            placed.setdefault(claim.source, []).append((claim, para))
    older: set[tuple[str, int, int]] = set()
    for source_id, items in placed.items():
        labelled = any(p.label for p in paras_of[source_id])
        newer = [
            p.rank
            for c, p in items
            if c.value is not None and not p.headline and (p.entry or labelled)
        ]
        if newer:
            newest = min(newer)
            older.update(_key(c) for c, p in items if p.rank > newest and not p.headline)
    return older


@lru_cache(maxsize=16)  # read for the replaced figures and the older parts of one story
def _may_be_live(text: str, lang: str) -> bool:
    """Whether a text may hold an update entry or a section label: every word of one of
    their phrases stands in it. Without one, no part of it is older (a cheap pre-check
    before reading its paragraphs): ``paragraphs`` finds no entry (its first words would
    be one's phrase) and no label (its words would hold one), so every paragraph has
    rank 0."""
    words = _words(lang)
    low = text.lower()
    return any(all(w in low for w in p) for p in (*words.update_labels, *words.section_labels))


def _with_metric(claim: Claim, lang: str) -> Claim | None:
    """A figure whose event the frame left open, read with the event its verb names.

    "At least 20 people, including one American, were killed along with two gunmen": the
    apposition leaves the frame without its event, though the verb after it says the
    count ("killed"). Such a figure is never compared with another source, but an update
    entry that gives it still replaces the older count of the same event below it. A
    metric that only names the figure's kind (a bare count) is no event.
    """
    if claim.value is None or claim.event or claim.metric in ("", claim.kind):
        return None
    read = replace(claim, event=claim.metric)
    return read if comparable(read, lang) else None


def find_superseded(
    sources: Mapping[str, Source],
    claims: Iterable[Claim],
    differ: Callable[[Claim, Claim], bool],
    lang: str,
) -> Superseded:
    """Per source, the figures the same article replaces (see the module docstring).

    ``differ(new, old)`` says whether two figures of one frame disagree (a rule finds
    something); a replaced figure that agrees with the newer one is harmless and kept.
    """
    claims = tuple(claims)
    by_source: dict[str, list[Claim]] = {}
    read_only: set[tuple[str, int, int]] = set()
    for claim in claims:
        read = claim if comparable(claim, lang) else _with_metric(claim, lang)
        if read is not None and read.value is not None:
            by_source.setdefault(claim.source, []).append(read)
            if read is not claim:
                read_only.add(_key(claim))
    aside: set[tuple[str, int, int]] = set()
    revisions: dict[str, tuple[Claim, ...]] = {}
    newest: dict[tuple[str, int, int], Claim] = {}
    for source_id, figures in sorted(by_source.items()):
        frames = _frames(figures, lang)
        if not any(_has_others(frames[id(c)], c) for c in figures):
            continue  # no frame with two figures in this source: nothing to replace
        source = sources.get(source_id)
        # an article with no update entry or section label (``_may_be_live``) has every
        # paragraph at rank 0: no figure is newer by its place (``_replaced`` reads the
        # headline only beside a lower rank), as with no paragraphs at all
        live = source is not None and _may_be_live(source.text, lang)
        paras = paragraphs(source.text, lang) if source is not None and live else ()
        placed = {
            id(c): _Placed(c, _paragraph_of(paras, c.start), _called_old(c, lang)) for c in figures
        }
        views: dict[int, _FrameView] = {}
        old: list[Claim] = []
        for claim in figures:
            if _key(claim) in read_only:
                continue  # a newer figure only: it is never compared itself
            figure = placed[id(claim)]
            members = frames[id(claim)]
            if id(members) not in views:
                views[id(members)] = _FrameView([placed[id(o)] for o in members])
            view = views[id(members)]
            if _replaced(figure, view, differ):
                aside.add(_key(figure.claim))
                old.append(figure.claim)
                newer = _replacement(figure, view.entry(figure.rank))
                if newer is not None and _key(newer) not in read_only:
                    newest[_key(figure.claim)] = newer
            elif _vague_beside_count(figure, view):
                aside.add(_key(figure.claim))
        if old:
            revisions[source_id] = tuple(old)
    return Superseded(
        aside=frozenset(aside),
        revisions=revisions,
        older=frozenset(_older_parts(sources, claims, lang)),
        newest=newest,
    )
