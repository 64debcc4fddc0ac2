"""The claims stage's one reading of a sentence gives what the full path gives (speed15).

``frame_reading.SentenceWords`` lets the readers of a sentence's figures and dates skip
tables none of whose words stand in it, find a figure's place part and a date's clause by
bisection among the sentence's marks, and read clause windows only as far back as asked.
Each shortcut is switched off here (the full path: no vocabulary, no sentence index, whole
clauses sliced afterwards) and the claims must be the same, on the Belarus sample, on the
sentences of the claims and frames case files, and on invented sentences made to reach
every shortcut.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import pytest

from crosscheck import Source, extract_claims, load_story
from crosscheck.claims import (
    clause_bounds,
    extract,
    frame_dates,
    frame_events,
    frame_incidents,
    frame_labels,
    frame_parts,
    frame_places,
    frame_reading,
    frame_roles,
    frame_words,
    frames,
)
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.model import Claim, Granularity, Quantity, TimeRef
from crosscheck.text.tokens import Token, tokenize
from crosscheck.text.words import TokenIndex
from tests.casefiles import load_stage

SAMPLE = Path(__file__).resolve().parent.parent / "sources" / "belarus"

# Invented sentences that reach each shortcut: plan, rate, estimate and aggregate words (the
# role tables), stamp words, places bounded by marks, dates in clauses bounded by marks, a
# time after a figure's noun, a sentence opened by a date or a mark, incidents.
INVENTED = [
    "The agency would cost $5 million next year, and 300 jobs per month were added.",
    "An estimated 4,000 people fled; in total, 17 people died during three days in May.",
    "(We last updated this post at 4:10 p.m. on March 3.) Officials said 12 people died.",
    "In Lyon, 40,000 people marched (police said 30,000) - and 1,162 voters in Ohio agreed.",
    "On Monday; the House voted 230-190 to pass the bill, which was signed on Tuesday.",
    "Support stood at 44% in March, up from 39% in February, the poll of 1,051 voters found.",
    "Established in April 2024, the Group of Independent Experts heard 120 witnesses.",
    '"Since 2020," she said, "at least 1,200 political prisoners were detained."',
    "The chemical attack on Aug. 21, 2013 killed 1,400 people, a previous attack killed 50.",
    "Trump leads with 329 delegates, followed by 231 for Cruz; Kasich has 143 (as of May 3).",
    "April 27, 2011: Obama releases his birth certificate | 2,000 copies were printed.",
    "Gibbs said over the weekend that 146,000 jobs were added in February - a record.",
    "More than 3,000 people protested nationwide",
    "Turnout was 61% in 2020 (and 58% in Ohio), with 7 of 10 voters in the cities at home.",
    # places with no place word (place56): an abbreviated region's dot, a subject, a school
    "Meanwhile, Riverton, Ore., continues coping with the death of 26 people; 3 remain.",
    "A gunman stormed a school in Riverton, Ore., and killed 20 students (and 6 adults).",
    "Graham said Hillcrest High School had a guard when the gunmen killed 15 and injured 23.",
]


def _sources() -> list[Source]:
    story = load_story(SAMPLE)
    sources = list(story.sources)
    texts = list(INVENTED)
    for case in load_stage("claims"):
        if "sentence" in case:
            texts.append(str(case["sentence"]))
    for case in load_stage("frames"):
        texts.extend(str(case[side]) for side in ("a", "b") if side in case)
    published = date(2025, 1, 31)
    sources.extend(
        Source(id=f"t{i}", text=text, published=published) for i, text in enumerate(texts)
    )
    return sources


def _claims(sources: Sequence[Source]) -> list[tuple[Claim, ...]]:
    return [extract_claims(source) for source in sources]


def _full_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switch every shortcut of the shared reading off."""
    read_words = frame_reading.read_words
    monkeypatch.setattr(
        extract, "read_words", lambda *a: frame_reading.full_reading(read_words(*a))
    )
    place_near = frames.place_near

    def place_unindexed(
        q: Quantity,
        tokens: Sequence[Token],
        times: Sequence[TimeRef],
        *,
        sentence: object = None,
        subjects: bool = False,
        institutions: bool = False,
        lang: str,
    ) -> str:
        return place_near(q, tokens, times, subjects=subjects, institutions=institutions, lang=lang)

    monkeypatch.setattr(frames, "place_near", place_unindexed)
    back_to = clause_bounds._back_to
    monkeypatch.setattr(
        clause_bounds, "_back_to", lambda tokens, t, ends, index: back_to(tokens, t, ends, None)
    )
    clause_before = frame_words.clause_before

    def whole_clause(
        before: Sequence[Token], *, stop: frozenset[str] = frame_words.CLAUSE_END, last: int = 0
    ) -> list[Token]:
        clause = clause_before(before, stop=stop)
        return clause[-last:] if last else clause

    clause_readers = (frames, frame_roles, frame_incidents, frame_labels, frame_parts, frame_dates)
    for module in (*clause_readers, frame_events):
        monkeypatch.setattr(module, "clause_before", whole_clause)
    monkeypatch.setattr(frames, "_before_time", _before_time_scan)


def _before_time_scan(tokens: Sequence[Token], times: Sequence[TimeRef]) -> list[Token]:
    """``frames._before_time`` as it was written before the bisection."""
    out: list[Token] = []
    for token in tokens:
        if any(t.start <= token.start < t.end for t in times):
            break
        out.append(token)
    return out


def test_shared_reading_gives_the_claims_of_the_full_path(monkeypatch: pytest.MonkeyPatch) -> None:
    sources = _sources()
    shared = _claims(sources)
    assert sum(map(len, shared)) > 200  # the sample and the cases give claims to compare
    _full_path(monkeypatch)
    assert _claims(sources) == shared


def test_a_table_the_sentence_holds_is_read() -> None:
    """The vocabulary skips a table only when none of its first words is in the sentence."""
    words = frame_reading.read_words("Spending would rise 5% per year.", 0, 32, frozenset())
    fw = frame_words.frame_words(DEFAULT_LANGUAGE)
    assert words.may_hold(fw.plan_words)  # "would"
    assert words.may_hold_word(fw.rate_words)  # "per"
    assert not words.may_hold(fw.stamp_words)
    assert frame_reading.full_reading(words).may_hold(fw.stamp_words)


def test_a_wrong_vocabulary_changes_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparison above can fail: a reading that skips every table loses roles."""
    sources = _sources()
    shared = _claims(sources)
    monkeypatch.setattr(frame_reading.SentenceWords, "may_hold", lambda self, table: False)
    monkeypatch.setattr(frame_reading.SentenceWords, "may_hold_word", lambda self, words: False)
    assert _claims(sources) != shared


def _spans(text: str) -> Iterator[tuple[int, int]]:
    for start in range(0, len(text), 4):
        yield start, start + 1
        yield start, start + 9


@pytest.mark.parametrize("text", INVENTED)
def test_index_queries_equal_their_scans(text: str) -> None:
    """``has_break``, ``has_word_before``, ``mark_starts`` and ``word_starts`` answer what a
    scan of the tokens answers, at every offset."""
    tokens = tokenize(text)
    marks = frame_words.HARD_END
    index = TokenIndex(tokens, marks)
    for start, end in _spans(text):
        scanned = any(start <= t.start < end and t.text in marks for t in tokens)
        assert index.has_break(start, end) == scanned
    for i in range(len(tokens) + 1):
        assert index.has_word_before(i) == any(t.text[:1].isalpha() for t in tokens[:i])
    assert index.mark_starts(frame_words.CLAUSE_END) == [
        t.start for t in tokens if t.text in frame_words.CLAUSE_END
    ]
    words = frozenset({"in", "on", "at"})
    assert index.word_starts(words) == [t.start for t in tokens if t.lower in words]


@pytest.mark.parametrize("text", INVENTED)
def test_clause_read_as_far_back_as_asked_is_the_clause_end(text: str) -> None:
    tokens = tokenize(text)
    for end in range(len(tokens) + 1):
        before = tokens[:end]
        for stop in (frame_words.CLAUSE_END, frame_words.HARD_END, frame_words.SENTENCE_END):
            whole = frame_words.clause_before(before, stop=stop)
            for last in (1, 2, 4, 8, 24):
                assert frame_words.clause_before(before, stop=stop, last=last) == whole[-last:]


def test_every_shortcut_call_equals_its_full_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each call the stage makes to a shortcut, on every source, gives what the full
    reading gives for the same arguments (not only the claims that reach the output)."""
    calls = {"back_to": 0, "place": 0, "before_time": 0}
    back_to, place_near, before_time = (
        clause_bounds._back_to,
        frames.place_near,
        frames._before_time,
    )

    def checked_back_to(
        tokens: tuple[Token, ...], t: TimeRef, ends: frozenset[str], index: TokenIndex | None
    ) -> list[Token]:
        found = back_to(tokens, t, ends, index)
        assert found == back_to(tokens, t, ends, None)
        calls["back_to"] += index is not None
        return found

    def checked_place(
        q: Quantity,
        tokens: Sequence[Token],
        times: Sequence[TimeRef],
        *,
        sentence: TokenIndex | None = None,
        subjects: bool = False,
        institutions: bool = False,
        lang: str,
    ) -> str:
        unstated = {"subjects": subjects, "institutions": institutions}
        found = place_near(q, tokens, times, sentence=sentence, **unstated, lang=lang)
        assert found == place_near(q, tokens, times, **unstated, lang=lang)
        calls["place"] += sentence is not None
        return found

    def checked_before_time(tokens: Sequence[Token], times: Sequence[TimeRef]) -> list[Token]:
        found = before_time(tokens, times)
        assert found == _before_time_scan(tokens, times)
        calls["before_time"] += bool(times)
        return found

    monkeypatch.setattr(clause_bounds, "_back_to", checked_back_to)
    monkeypatch.setattr(frames, "place_near", checked_place)
    monkeypatch.setattr(frames, "_before_time", checked_before_time)
    _claims(_sources())
    assert min(calls.values()) > 20, calls  # every shortcut was exercised


@pytest.mark.parametrize("text", INVENTED)
def test_a_dates_clause_by_bisection_is_its_clause_by_scan(text: str) -> None:
    """``clause_bounds._back_to`` with the sentence's index equals the scan back, for every span
    a date could have and every end set the dates read."""
    tokens = tokenize(text)
    index = TokenIndex(tokens, frame_words.HARD_END)
    for start, end in _spans(text):
        t = TimeRef(
            start=start,
            end=end,
            text=text[start:end],
            begin=None,
            end_date=None,
            granularity=Granularity.DAY,
        )
        for ends in (clause_bounds._CLAUSE_END_NOT_COMMA, clause_bounds._KEY_CLAUSE_END):
            for first in (0, 3):
                window = tokens[first:]
                assert clause_bounds._back_to(window, t, ends, index) == clause_bounds._back_to(
                    window, t, ends, None
                )


def _quantity(token: Token) -> Quantity:
    return Quantity(start=token.start, end=token.end, text=token.text, low=1.0, high=1.0)


def _times(tokens: Sequence[Token]) -> list[TimeRef]:
    """Every number token read as a time, for the readers that bound words by times."""
    return [
        TimeRef(
            start=t.start,
            end=t.end,
            text=t.text,
            begin=None,
            end_date=None,
            granularity=Granularity.YEAR,
        )
        for t in tokens
        if t.is_number
    ]


@pytest.mark.parametrize("text", INVENTED)
def test_place_and_time_cuts_by_bisection_equal_their_scans(text: str) -> None:
    """``place_near`` with the sentence's index and ``_before_time`` give what their scans
    give, for every figure of a sentence, every run of it and every time."""
    tokens = tokenize(text)
    index = TokenIndex(tokens, frame_words.HARD_END)
    times = _times(tokens)
    for k, token in enumerate(tokens):
        if not token.is_number:
            continue
        q = _quantity(token)
        for first, last in ((0, len(tokens)), (max(0, k - 3), k + 4), (k, k + 1)):
            run = tokens[first:last]
            assert frame_places.place_near(
                q, run, times, sentence=index, lang=DEFAULT_LANGUAGE
            ) == frame_places.place_near(q, run, times, lang=DEFAULT_LANGUAGE)
        for first in range(len(tokens)):
            rest = tokens[first:]
            for some in (times, times[:1], times[1:]):
                assert frames._before_time(rest, some) == _before_time_scan(rest, some)
