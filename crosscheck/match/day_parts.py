"""A part of the day told with a day: a date claim -> its part ("Monday [afternoon]",
"[early] Thursday"), and whether two parts of one day cannot overlap.

Read by the date matcher (``date_pairs``: one day told in two parts that cannot overlap, or
with a part beside the bare day, is paired, though the two dates say one period) and the time
rule (``rules/time.py`` ``part_rule``: two parts apart are a time conflict; a part beside the
bare day of one act, ``part_beside_bare``, is the same day at two precisions). The words are
compare.toml's ``[dates]`` ``day_parts``, ``parts_apart``, ``results_parts`` and
``results_events``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from crosscheck.claims.date_events import stem
from crosscheck.match.date_words import DateWords
from crosscheck.match.descriptor_clauses import clause_of
from crosscheck.match.quote_dates import one_utterance
from crosscheck.match.quoted_statements import two_statements
from crosscheck.model import Claim, Granularity

_WORD = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _part_before(c: Claim, links: frozenset[str]) -> str:
    """The folded word right before a date with only spaces between, read across one word of
    ``links`` ("late [on] Saturday" -> "late"); "late, Monday" gives "late,", no part."""
    before = c.sentence[: max(c.start - c.sentence_start, 0)].lower().split()
    if before and before[-1] in links:
        before = before[:-1]
    return before[-1] if before else ""


def day_part(c: Claim, words: DateWords) -> str | None:
    """The part of the day told with a date ("Monday [afternoon]", "[early] Thursday",
    "[late] on Saturday"): the last word of ``day_parts`` read in the word right before the
    date and then the date's own words ("early Monday morning" -> "morning"); ``None`` for a
    bare date. A capitalised word after a day ("Monday Night Football") is no part: the
    timex leaves it out of the date."""
    assert c.time is not None
    read = [_part_before(c, words.night_links), *_WORD.findall(c.time.text.lower())]
    parts = [w for w in read if w in words.day_parts]
    return parts[-1] if parts else None


def parts_apart(pa: str, pb: str, words: DateWords) -> bool:
    """Whether two parts of one day cannot overlap ("morning" / "night"; not "late" /
    "night", "evening" / "night"): a pair of ``parts_apart``, either way round."""
    return f"{pa} {pb}" in words.parts_apart or f"{pb} {pa}" in words.parts_apart


def _one_days(claims: Sequence[Claim], words: DateWords) -> dict[str | None, list[Claim]]:
    """Claims that are one day with no clock time, by their part of the day (``None``:
    bare); a span of days ("Thursday and Friday") has no one part and is left out."""
    by_part: dict[str | None, list[Claim]] = {}
    for claim in claims:
        t = claim.time
        if t is None or t.granularity is not Granularity.DAY or t.minute_start is not None:
            continue
        if t.begin is None or (t.end_date or t.begin) != t.begin:
            continue
        by_part.setdefault(day_part(claim, words), []).append(claim)
    return by_part


def apart_groups(
    claims: Sequence[Claim], words: DateWords
) -> list[tuple[str, list[Claim], str, list[Claim]]]:
    """Claims of one period (one group of ``date_pairs``) that are one day with no clock
    time, by their part of the day: every two parts that cannot overlap, each with its
    claims, in the order of the parts' names."""
    by_part = {p: g for p, g in _one_days(claims, words).items() if p is not None}
    return [
        (p, by_part[p], q, by_part[q])
        for p, q in combinations(sorted(by_part), 2)
        if parts_apart(p, q, words)
    ]


def part_bare_groups(
    claims: Sequence[Claim], words: DateWords
) -> list[tuple[list[Claim], list[Claim]]]:
    """Claims of one period that are one day with no clock time: those told with a part of
    the day ("said Saturday evening") and those told bare ("said Saturday"), when there are
    both (a part of the day makes the day finer, as a clock time does)."""
    by_part = _one_days(claims, words)
    bare = by_part.pop(None, [])
    parted = [c for p in sorted(p for p in by_part if p is not None) for c in by_part[p]]
    return [(parted, bare)] if parted and bare else []


def _results_night(a: Claim, b: Claim, part: str, words: DateWords, lang: str) -> bool:
    """Whether the part is an election's results part (``results_parts``: "night") and
    either date's own clause tells an election (``results_events``): "the New Hampshire
    primary on Tuesday" / "Tuesday night's Republican primary" date the vote and its results."""
    if part not in words.results_parts:
        return False
    told = (_WORD.findall(clause_of(c, lang=lang).lower()) for c in (a, b))
    return any(words.results_events.intersection(w) for w in told)


def _tells_year(c: Claim) -> bool:
    """Whether a date's own words give its year ("October 15, 2019", "Thursday, June 27,
    2019"): a photo caption's or a stamp's calendar date, no telling of the day at a coarser
    precision beside a story's "Tuesday night"."""
    assert c.time is not None
    return _YEAR.search(c.time.text) is not None


def part_beside_bare(finer: Claim, coarser: Claim, part: str, words: DateWords, lang: str) -> bool:
    """Whether a date told with a part of the day (``finer``: "passed ... on Tuesday
    evening") and one told bare (``coarser``: "on Tuesday passed") tell one act at two
    precisions: each date's own clause tells an event stem both share (``clauses_share``:
    not a date whose clause tells another act of the sentence), the bare date gives no year
    (``_tells_year``: a caption's date), the part is no election's results night
    (``_results_night``; of dates paired as one statement, ``quote_dates.one_utterance``,
    the part is when it was said, whatever election its sentence tells), neither clause
    tells the shared event only by its people (``_tells_only_people``: "protesters", "the
    others killed"), and the two sentences quote no two statements in other words
    (``quoted_statements.two_statements``). Two dates with no event stem at all were paired
    as one statement on its own words (a quote, a tweet) and are one act."""
    if _tells_year(coarser):
        return False
    if not one_utterance(finer, coarser) and _results_night(finer, coarser, part, words, lang):
        return False  # a statement's night is when it was said, whatever election it tells
    if two_statements(finer, coarser, words.quote_word_min, lang):
        return False
    if not (finer.event_stems or coarser.event_stems):
        return True  # one statement paired on its words: "said Tuesday" / "said Tuesday morning"
    if not clauses_share(finer, coarser, lang):
        return False
    shared = set(finer.event_stems) & set(coarser.event_stems)
    return not any(_tells_only_people(c, shared, words, lang) for c in (finer, coarser))


def _names_people(told: Sequence[str], i: int, words: DateWords) -> bool:
    """Whether the folded word ``told[i]`` names an event's people, not its act: one of
    ``participant_nouns`` ("protesters") or a participle after one of ``participant_heads``
    ("the others [killed]")."""
    return told[i] in words.participant_nouns or (i > 0 and told[i - 1] in words.participant_heads)


def _tells_only_people(c: Claim, shared: set[str], words: DateWords, lang: str) -> bool:
    """Whether every word of a date's own clause that gives a stem of ``shared`` names the
    event's people (``_names_people``): "intersections occupied by protesters overnight were
    quiet or deserted Tuesday morning" tells no protest on Tuesday morning, and "the others
    killed expressed shock and grief Wednesday" no killing on Wednesday."""
    told = _WORD.findall(clause_of(c, lang=lang).lower())
    giving = [i for i, w in enumerate(told) if stem(w, lang) in shared]
    return bool(giving) and all(_names_people(told, i, words) for i in giving)


def clauses_share(a: Claim, b: Claim, lang: str) -> bool:
    """Whether each date's own clause (``clause_of``) holds an event stem both dates share:
    "was killed early Friday morning" / "a shootout that killed his brother, before his
    capture in a boat Friday night" share "kill", but the second date is the capture's.
    Two parts of one day are read as one event's only so."""
    shared = set(a.event_stems) & set(b.event_stems)
    return all(
        shared & {stem(w, lang) for w in _WORD.findall(clause_of(c, lang=lang).lower())}
        for c in (a, b)
    )
