"""Certainty reads a sentence fully only when it can still pair (speed13): the quick tests
that skip the others must never skip a sentence whose full reading would change a row.

Each test compares the filtered path with the unfiltered one (every sentence read) on the
Belarus sample and on invented stories, or checks the quick test against the full test it
stands for on every sentence and word of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from storyrules import certainty_rows

from crosscheck import Source, load_story
from crosscheck.certainty import hedged_statements, hits, records, statements
from crosscheck.certainty import statement_rules as statement_table
from crosscheck.certainty.assertions import find_assertions, labelled, may_hedge, read_labelled
from crosscheck.certainty.comparable import comparable_assertion, story_assertions
from crosscheck.claims.extract import prepare
from crosscheck.match.statements import candidates, story_text
from crosscheck.match.statements.needles import statement_needles
from crosscheck.model import Discrepancy, Sentence

SAMPLE = Path(__file__).resolve().parent.parent / "sources" / "belarus"

_LONG = (
    "In a statement issued late on Friday after a long day of hearings in the capital, which"
    " drew crowds of reporters, lawyers, relatives of the accused and many curious onlookers"
    " from the nearby market, the commission said that the detentions, which lasted for"
    " several weeks and were never explained to the families, may amount to arbitrary"
    " detention under the international covenant."
)

_STORIES: dict[str, tuple[str, ...]] = {
    # a hedged assertion in one source: every other source's assertions must be read
    "assertions": (
        "The panel determined that the killings amount to war crimes. The mayor is a"
        " former judge. Dr. Kovalenko: The detentions are a violation of the covenant.",
        "The panel said that the killings may amount to war crimes. The report is long.",
        "Officials said the detentions amount to arbitrary detention under the covenant.",
    ),
    # a hedged assertion only in a sentence longer than the assertion window
    "long": (
        _LONG,
        "The commission said the detentions amount to arbitrary detention under the"
        " international covenant.",
    ),
    # a hedge outside the assertion's words ("Reportedly, ..."), and hedges written in
    # capitals or with a curly apostrophe inside them: only the latter can pair
    "hedge_outside": (
        "Reportedly, the killings amount to war crimes. The regime\u2019s acts COULD amount"
        " to crimes against humanity. The guards\u2019 raids Might  amount to torture.",
        "The killings amount to war crimes. The regime's acts amount to crimes against"
        " humanity. The guards' raids amount to torture.",
    ),
    # no hedged assertion anywhere: the outright ones pair with nothing
    "outright": (
        "The panel determined that the killings amount to war crimes.",
        "Investigators said that the killings amount to war crimes.",
    ),
    # hedged statements with kin forms, figures, short words, folding letters
    "statements": (
        "Kouachi reportedly traveled to Yemen in 2011 for weapons training. The ceo"
        " reportedly received a $40m payout. Straße officials allegedly met the envoy\u2019s"
        " aides in Oslo.",
        "Kouachi went to Yemen in 2011 and trained with weapons there. The CEO left with a"
        " $40 million severance package. STRASSE officials met the envoy's aides in Oslo on"
        " Monday.",
        "Pelosi is reportedly meeting with lawmakers on Wednesday morning to discuss House"
        " investigations. Nobody went anywhere.",
        "Pelosi will hold a special meeting with lawmakers on Wednesday morning to discuss"
        " House investigations. The senator was shot. Yemen is far.",
    ),
}


def _invented(name: str) -> list[Source]:
    return [Source(id=f"{name}-{i}", text=t) for i, t in enumerate(_STORIES[name])]


def _all_stories() -> Iterator[list[Source]]:
    for name in _STORIES:
        yield _invented(name)
    if SAMPLE.is_dir():
        yield list(load_story(SAMPLE).sources)


def _rows(sources: list[Source]) -> list[Discrepancy]:
    found = {s.id: statements.find_statements(s, prepare(s).sentences) for s in sources}
    return certainty_rows(sources, found)


def test_the_stories_give_rows() -> None:
    """The comparisons below compare something: the invented stories flag rows."""
    assert _rows(_invented("assertions"))
    assert _rows(_invented("long"))
    assert _rows(_invented("statements"))
    assert len(_rows(_invented("hedge_outside"))) == 2


@pytest.mark.parametrize("sources", list(_all_stories()), ids=lambda s: s[0].id)
def test_filtered_and_unfiltered_rows_are_identical(
    sources: list[Source], monkeypatch: pytest.MonkeyPatch
) -> None:
    filtered = _rows(sources)
    monkeypatch.setattr(statements, "may_hedge", lambda sentence, raw, lang: True)
    monkeypatch.setattr(hedged_statements, "may_hold_hedge", lambda text, lower, lang: True)
    monkeypatch.setattr(story_text.StoryText, "holds_any", lambda self, source, span, needles: True)
    unfiltered = _rows(sources)
    assert filtered == unfiltered


@pytest.mark.parametrize("sources", list(_all_stories()), ids=lambda s: s[0].id)
def test_no_hedged_assertion_is_deferred(sources: list[Source]) -> None:
    """Every comparable hedged assertion is read per source; a story with one gets back
    every assertion of every source, in the order one full reading gives."""
    found = {s.id: statements.find_statements(s, prepare(s).sentences) for s in sources}
    full = {s.id: tuple(find_assertions(s, prepare(s).sentences)) for s in sources}
    for sid, got in found.items():
        wanted = [a for a in full[sid] if a.hedged and comparable_assertion(a, "en")]
        assert wanted == [a for a in got.assertions if a.hedged and comparable_assertion(a, "en")]
    merged = story_assertions(sources, found, "en")
    hedged = (a.hedged and comparable_assertion(a, "en") for got in full.values() for a in got)
    if any(hedged):
        assert merged == full
    else:
        assert all(set(merged[sid]) <= set(full[sid]) for sid in full)


def _assertion_sentences() -> Iterator[tuple[Source, Sentence]]:
    """Every [[hedge]] phrase of the lexicon before and inside an assertion, in three cases,
    and every sentence of the stories, each with its source."""
    from crosscheck.certainty.rules import _hedge_rules

    for phrase in _hedge_rules("en").scopes:
        for written in (phrase, phrase.upper(), phrase.title()):
            for text in (
                f"The killings {written} amount to war crimes.",
                f"{written}, the killings amount to war crimes.",
                f"The acts amount to a {written} violation of the covenant.",
            ):
                source = Source(id="s", text=text)
                yield from ((source, s) for s in prepare(source).sentences)
    for sources in _all_stories():
        for source in sources:
            yield from ((source, s) for s in prepare(source).sentences)


def test_the_assertion_test_keeps_every_comparable_hedged_assertion() -> None:
    """Wherever a full reading finds a comparable hedged assertion, ``may_hedge`` lets the
    sentence be read; and it does skip sentences with a hedge (the tighter test's work)."""
    kept = skipped = 0
    for source, sentence in _assertion_sentences():
        found = read_labelled(source, [(sentence, None)])
        if any(a.hedged and comparable_assertion(a, "en") for a in found):
            kept += 1
            assert may_hedge(sentence, source.text, "en"), sentence.text
        elif any(a.hedged for a in found) and not may_hedge(sentence, source.text, "en"):
            skipped += 1
    assert kept > 100
    assert skipped


def test_a_story_without_hedged_assertions_reads_fewer_sentences() -> None:
    """The deferral does skip work: outright-only sentences are left unread."""
    sources = _invented("outright")
    found = {s.id: statements.find_statements(s, prepare(s).sentences) for s in sources}
    assert all(got.deferred.indices and not got.assertions for got in found.values())
    assert all(find_assertions(s, prepare(s).sentences) for s in sources)


def test_needles_never_drop_a_candidate() -> None:
    """Wherever ``_candidate`` finds a candidate (at any word of any sentence of any other
    source), the sentence holds one of the statement's needles."""
    rules = statement_table.statement_rules("en")
    checked = 0
    for sources in _all_stories():
        spans = {s.id: [(x.start, x.end) for x in prepare(s).sentences] for s in sources}
        story = story_text.StoryText(sources, spans, "en")
        for statement in (
            h
            for s in sources
            for h in hedged_statements.find_hedged_statements(s, prepare(s).sentences)
        ):
            needles = statement_needles(statement, rules)
            for other in sources:
                for span in spans[other.id]:
                    checked += _candidates(statement, other.id, span, story, needles)
    assert checked


def _candidates(
    statement: records.HedgedStatement,
    other: str,
    span: tuple[int, int],
    story: story_text.StoryText,
    needles: frozenset[str],
) -> int:
    """How many candidates a sentence gives a statement; fails if it lacks every needle."""
    rules = statement_table.statement_rules("en")
    words = story.words(other, span)
    holds = story.holds_any(other, span, needles)
    found = 0
    for index in range(len(words.keys)):
        for figure in (False, True):
            candidate = candidates._candidate(
                statement, other, span, words, index, story, rules, figure=figure
            )
            if candidate is not None:
                found += 1
                assert holds, (statement.text, story.texts[other][span[0] : span[1]])
    return found


def test_deferred_sentences_come_back_as_read() -> None:
    """A deferred sentence is rebuilt with the text it was read from (the cleaned text,
    here with straightened quotation marks) and with its speaker label."""
    text = (
        "Dr. Kovalenko: The mayor\u2019s aide is a \u201cformer judge\u201d. The court is"
        " closed.\n\nThe panel is a body of experts."
    )
    source = Source(id="s", text=text)
    sentences = prepare(source).sentences
    assert any(s.text != text[s.start : s.end] for s in sentences)
    found = statements.find_statements(source, sentences)
    items = labelled(source, sentences)
    back = found.deferred.sentences(source, found.sentences)
    assert back == [items[i] for i in found.deferred.indices]
    assert len(back) == len(sentences)
    assert back[0][1] == "Dr. Kovalenko" and back[-1][1] is None


def _hedge_sentences() -> Iterator[str]:
    """Every statement hedge of the lexicon in a sentence, in three cases, and the
    sentences of the stories."""
    from crosscheck.lexicon import load_lexicon

    table = load_lexicon("hedges")["statements"]
    for phrase in (*table["hedges"], *table["expecting"], *table["figure_hedges"]):
        for written in (phrase, phrase.upper(), phrase.title()):
            yield f"The officials {written} signed 40 deals."
            yield f"{written}, the deal was signed."
    for sources in _all_stories():
        for source in sources:
            yield from (s.text for s in prepare(source).sentences)


def test_the_hedge_test_keeps_every_statement_hedge() -> None:
    """Wherever a statement hedge matches, ``may_hold_hedge`` lets the sentence be read."""
    rules = statement_table.statement_rules("en")
    matched = 0
    for text in _hedge_sentences():
        if next(rules.pattern.finditer(text), None) is not None:
            matched += 1
            assert hedged_statements.may_hold_hedge(text, text.lower(), "en"), text
    assert matched
    assert rules.uncovered  # some hedges are tested by their key, not by the hedge pattern


def test_keys_looked_up_lazily_select_the_same_sentences() -> None:
    """With a quick test, the keys are looked for in the source only when a sentence holds
    one: the sentences and matches are those of the eager lookup (statement and concept
    patterns, every story, and a source holding no key)."""
    from crosscheck.certainty.concepts import concept_rules

    rules, concepts = statement_table.statement_rules("en"), concept_rules("en")
    compared = 0
    for sources in [*_all_stories(), [Source(id="none", text="Nothing here. At all.")]]:
        for source in sources:
            sentences = prepare(source).sentences
            for keys, pattern in ((rules.keys, rules.pattern), (concepts.keys, concepts.pattern)):
                lazy = hits.sentences_with_hits(
                    source, sentences, keys, pattern, lambda text, lower: True
                )
                eager = hits.sentences_with_hits(source, sentences, keys, pattern)
                got = [(s, [m.span() for m in hits]) for s, hits in lazy]
                assert got == [(s, [m.span() for m in hits]) for s, hits in eager]
                compared += len(got)
    assert compared


def test_keys_holding_another_key_are_not_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dropping the keys that hold a shorter key ("reportedly", "reported") selects the
    sentences and matches every key selects."""
    from crosscheck.certainty.concepts import concept_rules

    rules, concepts = statement_table.statement_rules("en"), concept_rules("en")
    assert len(hits._shortest(rules.keys)) < len(rules.keys)

    phrases = [*concepts.concepts, *(f"{w} {w.upper()} {w.title()}" for w in concepts.concepts)]
    lexicon = [Source(id="lexicon", text=". ".join([*_hedge_sentences(), *phrases]))]

    def selected() -> list[object]:
        found: list[object] = []
        for sources in [*_all_stories(), lexicon]:
            for source in sources:
                sentences = prepare(source).sentences
                for keys, pattern, may_hit in (
                    (
                        rules.keys,
                        rules.pattern,
                        partial(hedged_statements.may_hold_hedge, lang="en"),
                    ),
                    (concepts.keys, concepts.pattern, None),
                ):
                    read = hits.sentences_with_hits(source, sentences, keys, pattern, may_hit)
                    found.append([(s.start, [m.span() for m in found]) for s, found in read])
        return found

    shortened = selected()
    monkeypatch.setattr(hits, "_shortest", lambda keys: keys)
    every = selected()
    assert shortened == every
    assert any(every)
