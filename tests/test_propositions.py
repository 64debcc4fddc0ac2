"""benchmarks.propositions_model: tagged clauses -> propositions, and when two state one thing.

The sentences are tagged by hand as the pattern tagger and chunker tag them (Penn tags, IOB
chunks, "P" for a word inside a prepositional phrase), so no parser is needed here.
"""

from __future__ import annotations

import builtins
import tomllib
from pathlib import Path

import pytest

from benchmarks.propositions_model import (
    Proposition,
    Tagged,
    align,
    propositions,
    same_proposition,
    words_from,
)
from crosscheck.errors import LexiconError

WORDS = words_from(
    tomllib.loads(
        (Path(__file__).resolve().parents[1] / "benchmarks" / "propositions.toml").read_text(
            encoding="utf-8"
        )
    )
)
LEMMAS = {"arrested": "arrest", "detained": "detain", "killed": "kill", "made": "make"}


def lemma(word: str) -> str:
    return LEMMAS.get(word.lower(), word.lower())


def tagged(text: str, spec: str) -> list[Tagged]:
    """Tokens from "word/TAG/CHUNK[/P]" items, placed in ``text`` left to right."""
    items = [item.split("/") for item in spec.split()]
    spans = align(text, [item[0] for item in items])
    return [
        Tagged(text=w[0], start=s, end=e, tag=w[1], chunk=w[2], in_pp=len(w) > 3)
        for w, (s, e) in zip(items, spans, strict=True)
    ]


def read(text: str, spec: str, skip: tuple[tuple[int, int], ...] = ()) -> list[Proposition]:
    return propositions(text, tagged(text, spec), WORDS, lemmatize=lemma, skip=skip)


def never_rare(word: str) -> bool:
    return False


ACTIVE = read(
    "Police arrested the gunman on Tuesday.",
    "Police/NNS/B-NP arrested/VBD/B-VP the/DT/B-NP gunman/NN/I-NP on/IN/B-PP/P "
    "Tuesday/NNP/B-NP/P ./././O",
)
PASSIVE = read(
    "The gunman was detained by police.",
    "The/DT/B-NP gunman/NN/I-NP was/VBD/B-VP detained/VBN/I-VP by/IN/B-PP/P "
    "police/NNS/B-NP/P ./././O",
)


def test_subject_verb_and_object_of_an_active_clause() -> None:
    [p] = ACTIVE
    assert (p.predicate, p.verb, p.passive, p.negated, p.hedged) == (
        "arrest",
        "arrested",
        False,
        False,
        False,
    )
    assert p.subject is not None and p.subject.head == "police"
    assert p.object is not None and p.object.head == "gunman"
    assert (p.doer, p.undergoer) == (p.subject, p.object)


def test_a_passive_clause_reads_its_agent_after_by() -> None:
    [p] = PASSIVE
    assert p.passive and p.predicate == "detain"
    assert p.doer is not None and p.doer.head == "police"
    assert p.undergoer is not None and p.undergoer.head == "gunman"


def test_active_and_passive_of_one_act_in_other_words_match() -> None:
    why = same_proposition(ACTIVE[0], PASSIVE[0], WORDS, lambda w: w == "gunman")
    assert why == "arrest: police = police; gunman = gunman"


def test_a_common_noun_everyone_uses_is_not_enough_alone() -> None:
    alone = read(
        "They detained the gunman.",
        "They/PRP/B-NP detained/VBD/B-VP the/DT/B-NP gunman/NN/I-NP ./././O",
    )
    assert same_proposition(ACTIVE[0], alone[0], WORDS, never_rare) is None
    assert same_proposition(ACTIVE[0], alone[0], WORDS, lambda w: w == "gunman") is not None
    loose = same_proposition(ACTIVE[0], alone[0], WORDS, never_rare, distinctive_only=False)
    assert loose == "arrest: gunman = gunman"


def test_two_different_names_in_one_role_never_match() -> None:
    smith = read("Smith killed Jones.", "Smith/NNP/B-NP killed/VBD/B-VP Jones/NNP/B-NP ./././O")
    brown = read("Brown killed Jones.", "Brown/NNP/B-NP killed/VBD/B-VP Jones/NNP/B-NP ./././O")
    john = read(
        "John Smith killed Jones.",
        "John/NNP/B-NP Smith/NNP/I-NP killed/VBD/B-VP Jones/NNP/B-NP ./././O",
    )
    assert smith[0].subject is not None and smith[0].subject.named
    assert same_proposition(smith[0], brown[0], WORDS, never_rare) is None
    assert same_proposition(smith[0], john[0], WORDS, never_rare) == (
        "kill: smith = john smith; jones = jones"
    )


def test_a_negated_clause_does_not_state_the_act() -> None:
    denied = read(
        "Police did not arrest the gunman.",
        "Police/NNS/B-NP did/VBD/B-VP not/RB/I-VP arrest/VB/I-VP the/DT/B-NP "
        "gunman/NN/I-NP ./././O",
    )
    assert denied[0].negated and denied[0].predicate == "arrest"
    assert same_proposition(ACTIVE[0], denied[0], WORDS, lambda w: True) is None


def test_a_reporting_verb_carries_attribution_not_the_act() -> None:
    said = read(
        "Police said the gunman was detained.",
        "Police/NNS/B-NP said/VBD/B-VP the/DT/B-NP gunman/NN/I-NP was/VBD/B-VP "
        "detained/VBN/I-VP ./././O",
    )
    assert [p.reporting for p in said] == [True, False]
    assert same_proposition(said[0], said[0], WORDS, lambda w: True) is None
    assert same_proposition(said[1], PASSIVE[0], WORDS, lambda w: True) is not None


def test_a_light_verb_needs_both_arguments() -> None:
    speech = read(
        "The president made a speech.",
        "The/DT/B-NP president/NN/I-NP made/VBD/B-VP a/DT/B-NP speech/NN/I-NP ./././O",
    )
    mistake = read(
        "The president made a mistake.",
        "The/DT/B-NP president/NN/I-NP made/VBD/B-VP a/DT/B-NP mistake/NN/I-NP ./././O",
    )
    assert same_proposition(speech[0], mistake[0], WORDS, lambda w: True) is None
    assert same_proposition(speech[0], speech[0], WORDS, lambda w: True) is not None


def test_a_coordinated_verb_keeps_the_subject_before_and() -> None:
    found = read(
        "An officer shot and killed the suspect.",
        "An/DT/B-NP officer/NN/I-NP shot/VBD/B-VP and/CC/O killed/VBD/B-VP the/DT/B-NP "
        "suspect/NN/I-NP ./././O",
    )
    assert [p.predicate for p in found] == ["shot", "kill"]
    assert found[1].subject is not None and found[1].subject.head == "officer"
    assert found[1].object is not None and found[1].object.head == "suspect"


def test_no_argument_is_read_from_a_skipped_span() -> None:
    text = "Voters chose Tuesday."
    spec = "Voters/NNS/B-NP chose/VBD/B-VP Tuesday/NNP/B-NP ./././O"
    assert read(text, spec)[0].object is not None
    assert read(text, spec, skip=((13, 20),))[0].object is None


def test_a_hedge_of_the_certainty_lexicon_marks_the_proposition() -> None:
    found = read(
        "The gunman reportedly killed two people.",
        "The/DT/B-NP gunman/NN/I-NP reportedly/RB/B-VP killed/VBD/I-VP two/CD/B-NP "
        "people/NNS/I-NP ./././O",
    )
    assert found[0].hedged and found[0].figures == ("two",)
    assert same_proposition(found[0], found[0], WORDS, lambda w: True) is not None


def test_align_places_words_in_order_and_gives_a_rewritten_word_no_span() -> None:
    text = "He can\u2019t go, he said."
    assert align(text, ["He", "ca", "n't", "go", ","]) == [
        (0, 2),
        (3, 5),
        (5, 5),
        (9, 11),
        (11, 12),
    ]


def test_malformed_word_lists_are_refused() -> None:
    with pytest.raises(LexiconError):
        words_from({"auxiliaries": "be"})
    with pytest.raises(LexiconError):
        words_from({key: [] for key in ("auxiliaries", "negations")})


def test_the_probe_runs_without_the_parser_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks import propositions_probe

    real = builtins.__import__

    def refuse(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith(("textblob", "simplemma")):
            raise ImportError(name)
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", refuse)
    assert propositions_probe.main(["--show", "0"]) == 2
