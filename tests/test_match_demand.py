"""Matching skips work no output reads: the skipping path finds every pair and row the full
path finds (speed16). Each quick test is switched off in turn and all together, on the
Belarus sample and invented stories, and the orchestrator's pairs, figure rows and story
rows must stay the same."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from datetime import date
from typing import Any

import pytest
from filler import FILLER
from samplestory import sample_story

from crosscheck import aligned_figures, alignment
from crosscheck.check import Compared, compare_extracted, prepare_and_extract
from crosscheck.claims.dates import DATE_KIND, STATED
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match import (
    both_sides,
    date_descriptors,
    date_pairs,
    figure_blocks,
    statement_dates,
)
from crosscheck.model import Claim, Source
from crosscheck.rules import superseded
from crosscheck.timex.clock import read_on_publication

_DAY = date(2025, 3, 10)

# Invented articles: dates of one event at two precisions told in other words (descriptor
# pairs), a statement's figures told differently (aligned figures), a live document with
# an update entry (replaced figures), figures said of places only one source names.
_A = [
    "Harbor deal collapses\n",
    *FILLER,
    "The mayor made an offer to council speaker Ana Ruiz during negotiations last year.",
    "Ana Ruiz and her daughter, Lena, were poisoned in the port town of Harwick last month.",
    "Meanwhile, the federal government cut 14,000 jobs and manufacturers cut 8,000 jobs.",
    "Campaign chief Ana Ruiz was fired earlier this month.",
    "At least 12 people were killed in the Harwick blast on Monday, police said.",
    "\n\nUPDATE at 9:30 pm: At least 20 people were killed in the blast, police said.",
    "\n\nEarlier, police said 12 people were killed in the blast.",
    "In Oakvale, 40 homes were destroyed by the fire.",
]
_B = [
    "Harbor talks end\n",
    *FILLER,
    "The mayor made an offer to council speaker Ana Ruiz in December, aides said.",
    "Ana Ruiz rejected a different offer from the port authority in October.",
    "On Feb. 4, Ana and Lena Ruiz were found on a bench in Harwick, England.",
    "Manufacturers cut 9,000 jobs, and the federal government shed 14,000.",
    "The campaign fired its chief Ana Ruiz on March 3.",
    "At least 15 people were killed in the Harwick blast on Monday, police said.",
    "The fire destroyed 55 homes, officials said.",
]
_C = [
    *FILLER,
    "Ana Ruiz was fired on March 3 after the harbor vote.",
    "Police said 15 people were killed in the blast in Harwick on Monday.",
    "Manufacturers cut 9,500 jobs last month, and the federal government shed 14,000.",
    "The fire destroyed 50 homes in the county, officials said.",
]


def _invented() -> list[Source]:
    return [
        Source(id=name, text=" ".join(lines), published=_DAY)
        for name, lines in (("a", _A), ("b", _B), ("c", _C))
    ]


def _stories() -> list[tuple[str, list[Source]]]:
    sources, _ = sample_story()
    invented = _invented()
    return [("belarus", list(sources)), ("invented", invented), ("two", invented[:2])]


STORIES = _stories()


def _compared(sources: Sequence[Source]) -> Compared:
    return compare_extracted(sources, [prepare_and_extract(s) for s in sources])


def _all_pass(*_: object, **__: object) -> bool:
    return True


def _no_settled(original: Callable[..., Any]) -> Callable[..., Any]:
    def full(*args: Any, settled: object = None, **kwargs: Any) -> Any:
        return original(*args, **kwargs)

    return full


# Each quick test, switched off: (module, attribute, replacement given the original).
_QUICK: dict[str, tuple[Any, str, Callable[[Any], Any]]] = {
    "may_align": (alignment, "may_align", lambda _: _all_pass),
    "settled": (date_pairs, "descriptor_pairs", _no_settled),
    "may_be_live": (superseded, "_may_be_live", lambda _: _all_pass),
    "shares_context": (aligned_figures, "_shares_context", lambda _: _all_pass),
}


@contextmanager
def _full_path(*names: str) -> Iterator[None]:
    with ExitStack() as stack:
        for name in names:
            module, attribute, replace = _QUICK[name]
            original = getattr(module, attribute)
            stack.enter_context(pytest.MonkeyPatch.context()).setattr(
                module, attribute, replace(original)
            )
        yield


def _rows(compared: Compared) -> tuple[object, ...]:
    return (compared.blocks, compared.pairs, compared.figures, compared.wording)


@pytest.mark.parametrize("switched", [*_QUICK, "all"])
@pytest.mark.parametrize(("name", "sources"), STORIES, ids=[n for n, _ in STORIES])
def test_the_skipping_path_finds_what_the_full_path_finds(
    name: str, sources: list[Source], switched: str
) -> None:
    fast = _rows(_compared(sources))
    with _full_path(*(_QUICK if switched == "all" else (switched,))):
        full = _rows(_compared(sources))
    assert fast == full


def test_the_invented_story_reaches_every_quick_test() -> None:
    """The invented story makes what each quick test could lose: pairs of dates by their
    descriptors (scored below 100), pairs of figures of aligned sentences (noted), figures
    in an older part of a live document; so the comparisons above can fail."""
    sources = _invented()
    compared = _compared(sources)
    dates = [p for p in compared.pairs if p.a.kind == DATE_KIND and p.score < 100]
    assert {(p.a.text, p.b.text) for p in dates} >= {("last year", "in December")}
    aligned = [p for p in compared.pairs if p.a.notes and "statement" in p.a.notes[-1]]
    assert {(p.a.text, p.b.text) for p in aligned} >= {("8,000 jobs", "9,000 jobs")}
    claims = [c for s in sources for c in prepare_and_extract(s).claims]
    lookup = {s.id: s for s in sources}
    assert superseded.find_superseded(lookup, claims, _all_pass, DEFAULT_LANGUAGE).older


def _eager_said(timed: Sequence[Claim]) -> dict[tuple[str, str], list[tuple[object, object]]]:
    """The periods each source gives, read for every source at once (the full path)."""
    found: dict[tuple[str, str], list[tuple[object, object]]] = defaultdict(list)
    for claim in timed:
        assert claim.time is not None
        if claim.metric == STATED or read_on_publication(claim.time):
            continue  # a statement's date; a day-less clock time read on the publication day
        if claim.kind == DATE_KIND:
            keys = set(claim.event_stems) | set(claim.event_words)
        else:
            keys = set(both_sides.sentence_keys(claim.sentence, DEFAULT_LANGUAGE))
        for s in keys:
            found[(claim.source, s)].append(
                (claim.time, claim if claim.kind == DATE_KIND else None)
            )
    return found


@pytest.mark.parametrize(("name", "sources"), STORIES, ids=[n for n, _ in STORIES])
def test_periods_read_per_source_on_demand_are_those_read_at_once(
    name: str, sources: list[Source]
) -> None:
    claims = [c for s in sources for c in prepare_and_extract(s).claims]
    timed = [c for c in claims if c.time is not None and c.time.begin is not None]
    eager = _eager_said(timed)
    lazy = both_sides.said_of(timed, DEFAULT_LANGUAGE)
    assert eager
    for key, periods in eager.items():
        assert list(lazy.get(key)) == periods
    assert list(lazy.get(("no such source", "x"))) == []


def test_a_word_character_is_what_re_reads_as_one() -> None:
    word = re.compile(r"\w")
    for code in range(0x110000):
        char = chr(code)
        assert figure_blocks._word_char(char) == bool(word.match(char)), hex(code)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("in minsk, police", "minsk"),
        ("minskers", "minsk"),
        ("the minsk", "minsk"),
        ("_minsk", "minsk"),
        ("minsk_", "minsk"),
        ("9minsk", "minsk"),
        ("xminsk minsk", "minsk"),
        ("xminsk minskx", "minsk"),
        ("é minsk", "minsk"),
        ("éminsk", "minsk"),
        ("minsk\u0301", "minsk"),
        ("new york-based", "new york"),
        ("st. louis", "st. louis"),
        ("at st. louis.", "st. louis"),
        ("", "minsk"),
    ],
)
def test_a_place_is_found_as_the_pattern_finds_it(text: str, place: str) -> None:
    pattern = re.compile(rf"(?<!\w){re.escape(place)}(?!\w)")
    assert figure_blocks._names_word(text, place) == bool(pattern.search(text))


@pytest.mark.parametrize(("name", "sources"), STORIES, ids=[n for n, _ in STORIES])
def test_sentences_that_cannot_align_are_those_align_sentences_refuses(
    name: str, sources: list[Source]
) -> None:
    """Every two sentences of two sources that ``align_sentences`` aligns (every word
    weighing the same, each pair tested alone) pass ``may_align``."""
    claims = [c for s in sources for c in prepare_and_extract(s).claims]
    sentences = list(dict.fromkeys(aligned_figures._sentence(c) for c in claims))
    wanted = [(a, b) for a in sentences for b in sentences if a.source < b.source]
    aligned = alignment.align_sentences(sentences, lambda _: 1.0, wanted, lang=DEFAULT_LANGUAGE)
    refused = [(a, b) for a, b in wanted if not alignment.may_align(a, b, DEFAULT_LANGUAGE)]
    assert refused  # the quick test does refuse some pairs
    for found in aligned:
        assert alignment.may_align(found.a, found.b, DEFAULT_LANGUAGE)


def test_a_settled_candidate_is_one_skip_drops() -> None:
    """``settled`` is called only through ``with_date_pairs``, whose ``skip`` asks it first:
    on the invented story it settles some candidate, and each one it settles ``skip``
    drops as well."""
    sources = _invented()
    claims = [c for s in sources for c in prepare_and_extract(s).claims]
    calls: list[tuple[bool, bool]] = []
    original = date_descriptors.descriptor_pairs

    def spy(
        dates: Any, story: Any, skip: Any, align: Any, *, settled: Any = None, lang: str
    ) -> Any:
        def watched(a: Claim, b: Claim, keys: frozenset[str]) -> bool:
            said = settled(a, b, keys)
            calls.append((said, skip(a, b, keys)))
            return bool(said)

        return original(dates, story, skip, align, settled=watched, lang=lang)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(date_pairs, "descriptor_pairs", spy)
        date_pairs.with_date_pairs(claims, (), sources, lang=DEFAULT_LANGUAGE)
    assert calls
    assert any(said for said, _ in calls)
    assert all(skipped for said, skipped in calls if said)


@pytest.mark.parametrize(
    "before",
    [
        "",
        "Nielsen on",
        "He said   ",
        "the -- ",
        "the 'last'  ",
        "--- ",
        "rock-'n'-roll\u2019s, ",
        "a_b9 \n",
        "caf\u00e9\u0301 ",
        "x\u00b2 .",
        "On the night of",
        "\u201cWe said\u201d ",
    ],
)
def test_the_word_before_a_date_is_the_one_a_search_from_the_start_finds(before: str) -> None:
    pattern = statement_dates._LAST_WORD
    whole = pattern.search(before)
    quick = pattern.search(before, statement_dates._last_run(before))
    assert (whole and (whole.span(), whole.group(1))) == (quick and (quick.span(), quick.group(1)))
