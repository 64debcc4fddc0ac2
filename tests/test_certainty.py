"""Hedges, attribution, assertions and certainty discrepancies."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from casefiles import Case, select
from samplestory import SAMPLE, sample_story
from storyrules import certainty_discrepancies

from crosscheck.certainty import rules as certainty_rules
from crosscheck.certainty.assertions import find_assertions
from crosscheck.certainty.reading import find_attribution, find_hedges
from crosscheck.errors import LexiconError
from crosscheck.model import CertaintyLevel, DiscrepancyKind, Sentence, Severity, Source


def _span(sentence: str, claim: str | None) -> tuple[int, int | None]:
    if claim is None:
        return 0, None
    start = sentence.index(claim)
    return start, start + len(claim)


# --------------------------------------------------------------------------- hedges


@pytest.mark.cases("certainty", files="hedges")
def test_hedge_cases(case: Case) -> None:
    start, end = _span(case["sentence"], case.get("claim"))
    found = find_hedges(case["sentence"], start, end, lang="en")
    assert list(found.hedges) == case["hedges"]
    expected = CertaintyLevel.HEDGED if case["hedges"] else CertaintyLevel.ASSERTED
    assert found.level is expected


def test_hedge_cases_include_both_outcomes() -> None:
    assert len(select("certainty", files=("hedges",), where=lambda c: not c["hedges"])) >= 8
    assert len(select("certainty", files=("hedges",), where=lambda c: bool(c["hedges"]))) >= 8


def test_default_span_is_the_whole_sentence() -> None:
    assert str(
        find_hedges("Lukashenko may step down, and the regime reportedly agreed.", lang="en")
    ) == ("hedged (may, reportedly)")


# --------------------------------------------------------------------------- attribution


@pytest.mark.cases("certainty", files="attribution")
def test_attribution_cases(case: Case) -> None:
    start, end = _span(case["sentence"], case.get("claim"))
    assert find_attribution(case["sentence"], start, end, lang="en") == (case["speaker"] or None)


def test_attribution_nearest_to_the_claim() -> None:
    sentence = "Viasna reports 1,100 prisoners, while the government said there were none."
    assert find_attribution(sentence, 15, 30, lang="en") == "Viasna"
    assert find_attribution(sentence, 65, 74, lang="en") == "the government"


# --------------------------------------------------------------------------- assertions


def _one_source(text: str, source_id: str = "s") -> tuple[Source, tuple[Sentence, ...]]:
    return Source(id=source_id, text=text), (Sentence(start=0, end=len(text), text=text),)


def test_assertion_fields() -> None:
    source, sentences = _one_source(
        "Some of these violations, the Group noted, may even amount to crimes against humanity."
    )
    (found,) = find_assertions(source, sentences)
    assert found.text == "may even amount to crimes against humanity"
    assert source.text[found.start : found.end] == found.text
    assert (found.predicate, found.object) == ("amount to", "crimes against humanity")
    assert found.subject == "Some of these violations"
    assert found.certainty.hedges == ("may",)
    assert found.attribution == "the Group"
    assert not found.negated


def test_constitute_and_amount_to_are_one_predicate() -> None:
    source, sentences = _one_source("These actions constitute crimes against humanity.")
    (found,) = find_assertions(source, sentences)
    assert (found.predicate, found.object, found.hedged) == (
        "amount to",
        "crimes against humanity",
        False,
    )


def test_copula_needs_a_noun_phrase() -> None:
    source, sentences = _one_source(
        "This is especially concerning. It is crucial. The vote was a sham."
    )
    found = find_assertions(source, sentences)
    assert [(a.predicate, a.object) for a in found] == [("be", "sham")]


def test_negated_assertion_is_marked() -> None:
    source, sentences = _one_source("The arrests do not amount to crimes against humanity.")
    (found,) = find_assertions(source, sentences)
    assert found.negated


def test_quoted_object_keeps_its_quotes() -> None:
    text = "Some violations amount to “imprisonment and persecution on political grounds”, it said."
    source, sentences = _one_source(text)
    (found,) = find_assertions(source, sentences)
    assert found.text == "amount to “imprisonment and persecution on political grounds”"
    assert found.object == "imprisonment and persecution on political grounds"


def test_speaker_label_attributes_the_answer() -> None:
    text = (
        "Dr. Kovalenko: These abuses are not isolated. "
        "What is alarming is that these actions may constitute crimes against humanity."
    )
    source = Source(id="interview", text=text)
    sentences = (
        Sentence(start=0, end=45, text=text[:45]),
        Sentence(start=46, end=len(text), text=text[46:]),
    )
    (found,) = find_assertions(source, sentences)
    assert found.attribution == "Dr. Kovalenko"
    assert found.certainty.hedges == ("may",)


# --------------------------------------------------------------------------- discrepancies


def test_hedged_against_asserted_between_two_sources() -> None:
    a_text = "The experts determined that the actions amount to crimes against humanity."
    b_text = "Some violations might constitute crimes against humanity, the Rapporteur said."
    a, a_sentences = _one_source(a_text, "asserting")
    b, b_sentences = _one_source(b_text, "hedging")
    a = Source(id=a.id, text=a.text, published=date(2025, 2, 14))
    (found,) = certainty_discrepancies([a, b], {a.id: a_sentences, b.id: b_sentences})
    assert found.kind is DiscrepancyKind.CERTAINTY
    assert found.severity is Severity.MEDIUM
    assert (found.a.source, found.b.source) == ("asserting", "hedging")
    assert (found.a.text, found.b.text) == (
        "amount to crimes against humanity",
        "might constitute crimes against humanity",
    )
    assert (found.value_a, found.value_b) == ("asserted", "hedged (might)")
    assert found.subject == "crimes against humanity"
    assert found.published_a == date(2025, 2, 14)
    assert found.explanation == (
        "asserting states that the actions 'amount to crimes against humanity' (attributed to "
        "the experts); hedging says some violations 'might constitute crimes against humanity' "
        "(hedged: might) (attributed to the Rapporteur). The attributions differ: the experts "
        "vs the Rapporteur."
    )
    again = certainty_discrepancies([b, a], {a.id: a_sentences, b.id: b_sentences})
    assert [d.id for d in again] == [found.id]


def test_two_hedging_sources_are_not_flagged() -> None:
    a, a_sentences = _one_source("Violations may amount to crimes against humanity.", "a")
    b, b_sentences = _one_source("Violations might constitute crimes against humanity.", "b")
    assert certainty_discrepancies([a, b], {"a": a_sentences, "b": b_sentences}) == []


def test_different_objects_are_not_matched() -> None:
    a, a_sentences = _one_source("These acts amount to war crimes.", "a")
    b, b_sentences = _one_source("These acts may amount to crimes against humanity.", "b")
    assert certainty_discrepancies([a, b], {"a": a_sentences, "b": b_sentences}) == []


@pytest.fixture(scope="module")
def story() -> tuple[list[Source], dict[str, Any]]:
    if not SAMPLE.is_dir():
        pytest.skip("sample story missing")
    return sample_story()


def test_sample_certainty(story) -> None:
    sources, sentences = story
    found = certainty_discrepancies(sources, sentences)
    pairs = [(d.a.source, d.b.source, d.b.text) for d in found]
    assert pairs == [
        (
            "un-news-2025-02-14",
            "un-experts-2025",
            "may amount to crimes against humanity",
        ),
        (
            "un-news-2025-02-14",
            "advocacy-justice-belarus",
            "might constitute crimes against humanity",
        ),
    ]
    for discrepancy in found:
        assert discrepancy.a.text == "amount to crimes against humanity"
        assert "Belarus\u2019s actions amount to crimes against humanity" in discrepancy.a.sentence
        assert discrepancy.subject == "crimes against humanity"
        assert "The attributions differ: the experts vs" in discrepancy.explanation
    experts = found[0]
    # the other source with the same hedged wording is listed with the representative
    assert "tsikhanouskaya-office-2024-03-20: 'may amount to crimes against humanity'" in " ".join(
        experts.details
    )
    assert "(hedged: may) (attributed to the Group)" in experts.explanation
    assert "attributed to UN Special Rapporteur for Belarus" in found[1].explanation
    assert len({d.id for d in found}) == 2


def test_sample_certainty_ids_do_not_depend_on_order() -> None:
    if not SAMPLE.is_dir():
        pytest.skip("sample story missing")
    forward = certainty_discrepancies(*sample_story())
    order = [s.id for s in sample_story()[0]]
    backward = certainty_discrepancies(*sample_story(list(reversed(order))))
    assert sorted(d.id for d in forward) == sorted(d.id for d in backward)


# --------------------------------------------------------------------------- robustness

# text, the hedge words expected near its middle (a set: empty means asserted), the speaker
# expected (None: nobody; ANY_WORDS: any words of the text, garbage in garbage out)
ANY_WORDS = "any words of the text"
ADVERSARIAL = [
    pytest.param("1," * 100_000, set(), None, id="digits-and-commas"),
    pytest.param("over " * 40_000, set(), None, id="repeated-over"),
    pytest.param("(" * 100_000 + ")" * 100_000, set(), None, id="nested-brackets"),
    pytest.param("may " * 50_000, {"may"}, None, id="repeated-may"),
    pytest.param("as you may have heard " * 9_000, set(), None, id="repeated-set-phrase"),
    pytest.param("according to " * 15_000, set(), ANY_WORDS, id="repeated-according-to"),
    pytest.param("the experts said " * 12_000, set(), "the experts", id="repeated-attribution"),
    pytest.param("\u201c" * 100_000 + "said", set(), None, id="open-quotes"),
]


@pytest.mark.timeout(60)
@pytest.mark.parametrize(("text", "hedges", "speaker"), ADVERSARIAL)
def test_finders_complete_on_adversarial_input(
    text: str, hedges: set[str], speaker: str | None
) -> None:
    middle = len(text) // 2
    found = find_hedges(text, middle, middle + 10, lang="en")
    assert set(found.hedges) == hedges
    assert found.level is (CertaintyLevel.HEDGED if hedges else CertaintyLevel.ASSERTED)
    said = find_attribution(text, middle, middle + 10, lang="en")
    if speaker is ANY_WORDS:
        assert said is None or said in text
    else:
        assert said == speaker


@pytest.mark.timeout(60)
def test_assertions_complete_on_a_long_sentence() -> None:
    text = "some violations may amount to crimes against humanity, " * 4_000
    source, sentences = _one_source(text)
    found = find_assertions(source, sentences)
    assert len(found) == 4_000
    assert all(a.object == "crimes against humanity" for a in found)


# --------------------------------------------------------------------------- lexicons


@pytest.fixture
def replaced_lexicon(monkeypatch: pytest.MonkeyPatch):
    caches = (
        certainty_rules._hedge_rules,
        certainty_rules._assertion_rules,
        certainty_rules._attribution_rules,
    )

    def install(name: str, data: dict[str, Any]) -> None:
        real = certainty_rules.load_lexicon

        def fake(requested: str, lang: str = "en") -> dict[str, Any]:
            return data if requested == name else real(requested, lang)

        monkeypatch.setattr(certainty_rules, "load_lexicon", fake)
        for cached in caches:
            cached.cache_clear()

    yield install
    for cached in caches:
        cached.cache_clear()


def test_bad_hedges_lexicon_is_reported(replaced_lexicon) -> None:
    replaced_lexicon("hedges", {"hedge": [{"phrases": ["may"], "scope": "everywhere"}]})
    with pytest.raises(LexiconError, match=r"hedges\.toml"):
        find_hedges("It may rain.", lang="en")


def test_bad_attribution_lexicon_is_reported(replaced_lexicon) -> None:
    replaced_lexicon("attribution", {"verbs": [1, 2]})
    with pytest.raises(LexiconError, match=r"attribution\.toml"):
        find_attribution("The experts said so.", lang="en")


# --- causes and attribution columns (issues 12 and 13) -----------------------------------


def _two_sources(a: str, b: str) -> list[Source]:
    return [Source(id="a", text=a), Source(id="b", text=b)]


@pytest.mark.parametrize(
    ("asserted", "hedged"),
    [
        (
            "Officials said the dam failure caused the flood.",
            "The dam failure may have caused the flood.",
        ),
        ("The new policy led to mass protests.", "The new policy might have led to mass protests."),
        ("Heavy rain triggered the landslide.", "Heavy rain could have triggered the landslide."),
    ],
)
def test_hedged_cause_is_a_certainty_discrepancy(asserted: str, hedged: str) -> None:
    from crosscheck import check

    found = [
        d
        for d in check(_two_sources(asserted, hedged)).discrepancies
        if d.kind is DiscrepancyKind.CERTAINTY
    ]
    assert len(found) == 1
    assert found[0].a.source == "a" and found[0].b.source == "b"


def test_same_certainty_of_a_cause_is_not_flagged() -> None:
    from crosscheck import check

    report = check(
        _two_sources("The storm caused the flood.", "The storm caused the flood, officials said.")
    )
    assert not [d for d in report.discrepancies if d.kind is DiscrepancyKind.CERTAINTY]


def test_certainty_rows_fill_the_attribution_columns() -> None:
    from crosscheck import check
    from crosscheck.report.tables import discrepancy_rows

    report = check(
        _two_sources(
            "The experts said the abuses amount to crimes against humanity.",
            "According to Viasna, the abuses may amount to crimes against humanity.",
        )
    )
    rows = [r for r in discrepancy_rows(report) if r["kind"] == "certainty"]
    assert len(rows) == 1
    assert rows[0]["attribution_a"] == "the experts"
    assert rows[0]["attribution_b"] == "Viasna"


def test_hedge_before_but_does_not_govern_the_next_clause() -> None:
    from crosscheck import check

    report = check(
        _two_sources(
            "The path may be harder, but it leads to a better place.",
            "Officials said it leads to a better place.",
        )
    )
    assert not [d for d in report.discrepancies if d.kind is DiscrepancyKind.CERTAINTY]


def test_label_reach_covers_every_label() -> None:
    """The colon of a speaker label can stand nowhere past ``_LABEL_REACH`` (the pre-check)."""
    from re import _parser  # type: ignore[attr-defined]

    widest = _parser.parse(certainty_rules._LABEL.pattern).getwidth()[1]
    assert widest - 1 <= certainty_rules._LABEL_REACH  # the label and its colon, then a space
    label = "A" + "b" * 30 + (" C" + "d" * 30) * 3
    assert certainty_rules._LABEL.match(label + ": yes") is not None
    assert ":" in (label + ": yes")[: certainty_rules._LABEL_REACH]


def test_words_of_matches_the_shared_tokenizer() -> None:
    """Certainty's words (lower case sliced from the sentence) are the shared tokenizer's."""
    from crosscheck.text.words import word_and_number_tokens

    for text in ("The ΣΟΦΙΑΣ said", "İstanbul\u2019s mayor", "Straße \u212a 1,200", "\u2019tis"):
        assert certainty_rules._words_of(text) == word_and_number_tokens(text)
        assert certainty_rules._words_of(text, 2, 9) == word_and_number_tokens(text, 2, 9)
