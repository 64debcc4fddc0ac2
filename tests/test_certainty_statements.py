"""Hedged statements of fact: finding them, matching them with an outright statement of another
source, and the certainty rows built from the pairs (crosscheck/certainty/hedged_statements.py and
crosscheck/rules/certainty.py). End-to-end cases, including the pairs that must not be
flagged, are in tests/cases/rules/certainty.toml."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

import pytest
from casefiles import Case
from storyrules import certainty_rows

from crosscheck import Source, check
from crosscheck.certainty import hedged_statements
from crosscheck.certainty import statement_rules as statement_table
from crosscheck.certainty.hedged_statements import find_hedged_statements
from crosscheck.certainty.statements import find_statements
from crosscheck.claims.extract import prepare
from crosscheck.errors import LexiconError
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.statements import candidates
from crosscheck.model import CertaintyLevel, DiscrepancyKind, Severity
from crosscheck.rules import REGISTRY
from crosscheck.rules.certainty import RULE
from crosscheck.severity import default_severity

JUDGE = "A federal judge says the metadata program violates the Fourth Amendment."
HEDGED = "The metadata program apparently violates the Fourth Amendment, the ruling found."


def _source(text: str, name: str, published: date | None = date(2025, 3, 10)) -> Source:
    return Source(id=name, text=text, published=published)


def _rows(a: Source, b: Source) -> list[Any]:
    found = {s.id: find_statements(s, prepare(s).sentences) for s in (a, b)}
    return certainty_rows([a, b], found)


def test_a_hedged_statement_has_its_words() -> None:
    source = _source(HEDGED, "b")
    (found,) = find_hedged_statements(source, prepare(source).sentences)
    assert found.hedge == "apparently"
    assert found.head == "violates"
    assert found.objects == ("fourth", "amendment")
    assert found.subjects == ("metadata", "program")
    assert found.text == "metadata program apparently violates the Fourth Amendment"
    assert source.text[found.start : found.end] == found.text
    assert found.certainty.level is CertaintyLevel.HEDGED
    assert found.certainty.hedges == ("apparently",)


@pytest.mark.parametrize(
    "text",
    [
        '"The program apparently violates the Fourth Amendment," the senator said.',
        "The program did not appear to violate the Fourth Amendment.",
        "Does the program apparently violate the Fourth Amendment?",
        "The judge was asked whether the program apparently violates the Fourth Amendment.",
        "The program apparently, the judge said.",
    ],
    ids=["quoted", "negated", "question", "open-question", "no-statement"],
)
def test_no_hedged_statement_is_read(text: str) -> None:
    source = _source(text, "a")
    assert find_hedged_statements(source, prepare(source).sentences) == []


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("received", "receives", True),
        ("kill", "killed", True),
        ("violates", "violation", True),
        ("war", "was", False),
        ("unarmed", "unarmored", False),
        ("14", "14", True),
        ("14", "140", False),
    ],
)
def test_same_word(a: str, b: str, same: bool) -> None:
    assert candidates.same_word(a, b, "en") is same


def test_the_row_quotes_both_sides_and_says_why() -> None:
    (row,) = _rows(_source(JUDGE, "asserting"), _source(HEDGED, "hedging"))
    assert row.kind is DiscrepancyKind.CERTAINTY
    assert (row.a.source, row.b.source) == ("asserting", "hedging")
    assert row.a.text == "the metadata program violates the Fourth Amendment"  # rel25: its article
    assert row.b.text == "metadata program apparently violates the Fourth Amendment"
    assert (row.value_a, row.value_b) == ("asserted", "hedged (apparently)")
    assert row.claim_b is not None and row.claim_b.certainty.hedges == ("apparently",)
    assert row.severity is default_severity(DiscrepancyKind.CERTAINTY)
    assert "hedging hedges it (apparently) and asserting states it outright" in row.explanation
    assert "'fourth', 'amendment'" in row.explanation


def test_the_outright_quote_starts_at_the_name_right_before_its_head() -> None:
    """cert47: the outright side is quoted with its subject, as the hedged side is."""
    asserting = "At the firm, Tillerson developed a chummy relationship with Putin and his aides."
    hedging = "The relationship he appears to have developed with Mr. Putin is under scrutiny."
    (row,) = _rows(_source(asserting, "asserting"), _source(hedging, "hedging"))
    assert row.a.text == "Tillerson developed a chummy relationship with Putin"


@pytest.mark.cases("rules", files=("certainty",), where=lambda c: "quoted" in c)
def test_the_outright_quote_opens_with_the_words_naming_its_subject(case: Case) -> None:
    """rel25: an outright quote that would start right after an article or after a name and
    ", who" takes them, as the hedged side is quoted with its subject (`quoted` of the
    certainty cases: the outright quote, then the hedged one)."""
    sources = [_source(" ".join(case["a"]), "a"), _source(" ".join(case["b"]), "b")]
    rows = [d for d in check(sources).discrepancies if d.kind is DiscrepancyKind.CERTAINTY]
    assert len(rows) == 1, [(d.a.text, d.b.text) for d in rows]
    (row,) = rows
    sides = sorted((row.a, row.b), key=lambda side: side.source)  # a states it, b hedges it
    assert [side.text for side in sides] == case["quoted"]


def test_the_outright_sentence_sharing_more_object_words_is_chosen() -> None:
    """cert47: of two sentences of one source, the one sharing more of the statement's object
    words states it, before one that shares its subject words ("bystander", "video")."""
    hedging = (
        "A bystander video released Tuesday appears to show Patrolman First Class Dale Brenner"
        " of North Ridge shooting Ray Tomkins."
    )
    asserting = (
        "Video captured by a bystander showed Brenner shooting Tomkins as he fled."
        " A video shows Officer Dale Brenner firing eight shots at Tomkins."
    )
    (row,) = _rows(_source(asserting, "asserting"), _source(hedging, "hedging"))
    assert row.a.text.startswith("A video shows Officer Dale Brenner")


def test_row_ids_do_not_depend_on_source_order() -> None:
    a, b = _source(JUDGE, "asserting"), _source(HEDGED, "hedging")
    forward = [r.id for r in _rows(a, b)]
    backward = [r.id for r in _rows(b, a)]
    assert forward and forward == backward


def test_a_row_is_lower_when_the_sources_were_published_apart() -> None:
    (near,) = _rows(_source(JUDGE, "a"), _source(HEDGED, "b"))
    (apart,) = _rows(_source(JUDGE, "a"), _source(HEDGED, "b", date(2025, 6, 1)))
    assert near.severity is Severity.MEDIUM
    assert apart.severity is Severity.LOW
    assert apart.id == near.id


def test_few_shared_words_give_a_low_row() -> None:
    a = _source("Tillerson developed a chummy relationship with Putin at Exxon.", "a")
    b = _source("The close relationship he appears to have developed with Putin.", "b")
    (row,) = _rows(a, b)
    assert row.severity is Severity.LOW
    assert "Few distinctive words match" in row.explanation


def test_the_rule_is_registered_and_reads_certainty_claims() -> None:
    assert RULE in REGISTRY
    (row,) = _rows(_source(JUDGE, "a"), _source(HEDGED, "b"))
    assert row.claim_a is not None and row.claim_b is not None
    finding = RULE.find(row.claim_a, row.claim_b, DEFAULT_LANGUAGE)
    assert finding is not None and finding.kind is DiscrepancyKind.CERTAINTY
    assert RULE.find(row.claim_a, row.claim_a, DEFAULT_LANGUAGE) is None


def test_check_reports_the_row() -> None:
    found = check([_source(JUDGE, "a"), _source(HEDGED, "b")]).discrepancies
    assert [d.kind for d in found] == [DiscrepancyKind.CERTAINTY]


def _random_text(seed: int, hedge: str, count: int) -> str:
    rng = random.Random(seed)
    words = [f"w{i}q" for i in range(300)]
    return " ".join(
        f"Mr {' '.join(rng.choices(words, k=3))} {hedge}killed {' '.join(rng.choices(words, k=4))}."
        for _ in range(count)
    )


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("hedged", "plain"),
    [
        ("reportedly killed the man. " * 8_000, "killed the man. " * 8_000),
        ("The man reportedly killed " * 8_000 + ".", "The man killed " * 8_000 + "."),
        ("apparently have " * 20_000, "have " * 20_000),
        (_random_text(1, "reportedly ", 3_000), _random_text(2, "", 3_000)),
    ],
    ids=["many-sentences", "one-long-sentence", "skipped-words", "many-wordings"],
)
def test_statements_complete_on_adversarial_input(hedged: str, plain: str) -> None:
    found = _rows(_source(hedged, "a"), _source(plain, "b"))
    assert all(row.kind is DiscrepancyKind.CERTAINTY for row in found)
    assert len(found) <= hedged_statements._MAX_STATEMENTS


def test_bad_statements_lexicon_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    real = statement_table.load_lexicon

    def fake(requested: str, lang: str = "en") -> dict[str, Any]:
        data = real(requested, lang)
        if requested == "hedges":
            data = {**data, "statements": {**data["statements"], "min_score": "high"}}
        return data

    monkeypatch.setattr(statement_table, "load_lexicon", fake)
    statement_table._statement_rules.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"hedges\.toml"):
            statement_table.statement_rules("en")
    finally:
        monkeypatch.undo()
        statement_table._statement_rules.cache_clear()


@pytest.mark.parametrize(
    ("text", "word", "quoted"),
    [
        ("who was killed in a gunbattle with police", "killed", "killed in a gunbattle"),
        ("he turned himself in.", "turned", "turned himself in"),
        ("he turned himself in at a station", "turned", "turned himself in"),
        ("he fled, officials said", "fled", "fled"),
        ("the attack happened over the film", "happened", "happened over the film"),
    ],
)
def test_an_outright_quote_reaches_through_stop_words_to_the_word_they_lead_to(
    text: str, word: str, quoted: str
) -> None:
    from crosscheck.certainty.quote_reach import through_stop_words

    start = text.index(word)
    assert text[start : through_stop_words(text, start + len(word), "en")] == quoted


@pytest.mark.parametrize(
    ("sentence", "hedge", "head", "subjects"),
    [
        (
            "It is not yet clear whether Alexis was killed by officers.",
            "it is not yet clear whether",
            "killed",
            ("alexis",),
        ),
        (
            "The video purports to show the soldier alive in a cell.",
            "purports to",
            "show",
            ("video",),
        ),
        (
            "According to reports, Snowden has been given asylum by Russia.",
            "according to reports",
            "given",
            ("snowden",),
        ),
    ],
)
def test_new_hedge_cues_read_a_statement(
    sentence: str, hedge: str, head: str, subjects: tuple[str, ...]
) -> None:
    from crosscheck.text.sentences import split_sentences

    found = find_hedged_statements(_source(sentence, "a"), split_sentences(sentence))
    assert [(s.hedge, s.head, s.subjects) for s in found] == [(hedge, head, subjects)]


def test_a_negation_after_an_open_question_still_keeps_the_clause_from_being_read() -> None:
    from crosscheck.text.sentences import split_sentences

    sentence = "It is not clear whether Alexis was not killed by officers."
    assert find_hedged_statements(_source(sentence, "a"), split_sentences(sentence)) == []


_FILLER = " ".join(f"The committee met on day {n} in room {n}b." for n in range(60))


@pytest.mark.parametrize(
    ("outright", "expected"),
    [
        ("More than 130 Palestinians were killed in a week of fighting.", True),
        # another figure, or no figure: nothing tells the two statements one
        ("More than 150 Palestinians were killed in a week of fighting.", False),
        ("Many Palestinians were killed in a week of fighting.", False),
    ],
)
def test_a_rare_figure_counting_the_subject_tells_a_statement(
    outright: str, expected: bool
) -> None:
    hedged = "More than 130 people have reportedly been killed on the Gaza side."
    report = check([_source(f"{outright} {_FILLER}", "a"), _source(f"{hedged} {_FILLER}", "b")])
    kinds = {d.kind for d in report.discrepancies}
    assert (DiscrepancyKind.CERTAINTY in kinds) is expected


def test_an_outright_sentence_is_the_partner_of_one_hedged_statement_per_source() -> None:
    outright = "The suspects threw explosives at the police cruiser in Watertown."
    hedged = (
        "The suspects apparently threw explosives at the police cruiser in Watertown. "
        "Later the suspects reportedly threw explosives at the police cruiser in Watertown."
    )
    report = check([_source(outright, "a"), _source(hedged, "b")])
    rows = [d for d in report.discrepancies if d.kind is DiscrepancyKind.CERTAINTY]
    assert len(rows) == 1


@pytest.mark.parametrize(
    ("text", "head", "subjects"),
    [
        (
            "The warrant reportedly was granted by the district court on March 3.",
            "granted",
            ("warrant",),
        ),
        (
            "Halvorsen, who has denied the accusations, is expected to testify on Tuesday.",
            "testify",
            ("halvorsen",),
        ),
        (
            "Halvorsen, who was never charged, is expected to testify on Tuesday.",
            "testify",
            ("halvorsen",),
        ),
        ("Brown, who was apparently unarmed, died.", "unarmed", ("brown",)),
        (
            "A dashcam recording that emerged Friday appears to show Deputy Karl Ostrander.",
            "show",
            ("dashcam", "recording", "emerged", "friday"),
        ),
        (
            "Auditors said that officials reportedly shredded the invoices.",
            "shredded",
            ("officials",),
        ),
        (
            "The council noted that Mayor Ruiz reportedly vetoed the budget.",
            "vetoed",
            ("mayor", "ruiz"),
        ),
    ],
    ids=[
        "auxiliary-after-hedge",
        "aside-denial",
        "aside-negation",
        "hedge-inside-relative",
        "restrictive-relative",
        "complementizer-after-said",
        "complementizer-before-name",
    ],
)
def test_the_words_before_a_hedge(text: str, head: str, subjects: tuple[str, ...]) -> None:
    # crosscheck/certainty/subjects.py: a relative clause set off by commas is an aside, an
    # auxiliary right after the hedge is skipped; a restrictive "that" clause before the
    # hedge keeps the noun it belongs to, a "that" opening a reported clause does not
    source = _source(text, "a")
    (found,) = find_hedged_statements(source, prepare(source).sentences)
    assert (found.head, found.subjects) == (head, subjects)


@pytest.mark.parametrize(
    ("plain", "flagged"),
    [
        ("The ministry will publish the fisheries audit next week.", True),
        ("The ministry published the fisheries audit on Monday.", False),
        ("The ministry hopes to publish the fisheries audit next week.", False),
        ("The ministry will not publish the fisheries audit next week.", False),
    ],
    ids=["will-plan", "past-outcome", "hope", "negated-plan"],
)
def test_a_plan_hedged_by_a_modal_is_flagged_against_will(plain: str, flagged: bool) -> None:
    # "could" and "might" hedge a plan (`expecting`): only "will" states it outright
    hedged = _source("The fisheries audit could be published next week.", "hedging")
    rows = _rows(_source(plain, "asserting"), hedged)
    assert len(rows) == (1 if flagged else 0)
    if flagged:
        assert rows[0].claim_b is not None and rows[0].claim_b.certainty.hedges == ("could",)


def test_a_subject_before_a_restrictive_relative_pairs_the_statement() -> None:
    hedged = _source(
        "A dashcam recording that emerged Friday appears to show Deputy Ostrander, who "
        "was suspended in May, at the scene.",
        "hedging",
    )
    plain = _source(
        "The dashcam recording shows Deputy Ostrander kicking the car door.",
        "asserting",
    )
    (row,) = _rows(plain, hedged)
    assert row.b.source == "hedging" and "appears to show" in row.b.text
    other = _source("A photograph from the archive shows Deputy Ostrander.", "other")
    assert _rows(other, hedged) == []  # no recording: another picture of him


@pytest.mark.parametrize(
    "text",
    [
        "Halvorsen denied the accusations and is expected to testify on Tuesday.",
        "Halvorsen, who has denied the accusations and is expected to testify on Tuesday.",
    ],
    ids=["denial-in-the-clause", "unclosed-relative"],
)
def test_a_denial_outside_an_aside_keeps_the_statement_unread(text: str) -> None:
    source = _source(text, "a")
    assert find_hedged_statements(source, prepare(source).sentences) == []
