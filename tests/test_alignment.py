"""Cross-source sentence alignment: which sentences of two sources report one statement."""

from __future__ import annotations

from collections.abc import Callable

from crosscheck.alignment import SourceSentence, align_sentences, names_of
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.descriptor_words import content_stems


def _flat(_: str) -> float:
    return 1.0


def _rare(common: set[str]) -> Callable[[str], float]:
    """Weights of a story where ``common`` stems are in every sentence."""

    def weight(s: str) -> float:
        return 0.2 if s in common else 2.0

    return weight


def _sentences(source: str, texts: list[str]) -> list[SourceSentence]:
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    return [
        SourceSentence(source=source, start=s, text=t) for s, t in zip(starts, texts, strict=True)
    ]


A = _sentences(
    "a",
    [
        "A children's hospital in Nice said it had treated some 50 children injured in the attack.",
        "The truck drove along the promenade for two kilometres before police stopped it.",
        "Tourists gathered on the beach for the fireworks display.",
    ],
)
B = _sentences(
    "b",
    [
        "Police shot the driver after the truck had driven along the promenade.",
        "The children's hospital in Nice says it has treated dozens of children injured in "
        "the attack.",
        "The president declared three days of national mourning.",
    ],
)


def test_sentences_of_one_statement_are_aligned_one_to_one() -> None:
    found = {
        (p.a.text[:12], p.b.text[:12])
        for p in align_sentences([*A, *B], _flat, lang=DEFAULT_LANGUAGE)
    }
    assert ("A children's", "The children") in found
    assert ("The truck dr", "Police shot ") in found
    assert all(a != "Tourists gat" for a, _ in found)  # no sentence of b says it


def test_each_sentence_has_at_most_one_partner_per_source() -> None:
    twice = [*B, SourceSentence(source="b", start=999, text=B[1].text.replace("dozens", "many"))]
    found = align_sentences([*A, *twice], _flat, lang=DEFAULT_LANGUAGE)
    partners = [p.b.start for p in found if p.a.text.startswith("A children")]
    assert len(partners) == 1


def test_a_statement_of_common_words_only_is_no_alignment() -> None:
    a = SourceSentence(
        source="a", start=0, text="The hospital treated children injured in the attack."
    )
    b = SourceSentence(
        source="b",
        start=0,
        text="Children injured in the attack were treated at a hospital, doctors at the "
        "clinic in Lyon said.",
    )
    assert (
        len(align_sentences([a, b], _flat, lang=DEFAULT_LANGUAGE)) == 1
    )  # alike when every word weighs the same
    assert (
        align_sentences(
            [a, b], _rare(content_stems(a.text, DEFAULT_LANGUAGE)), lang=DEFAULT_LANGUAGE
        )
        == []
    )  # the story's words


def test_sentences_naming_different_people_are_not_aligned() -> None:
    a = SourceSentence(
        source="a", start=0, text="Senator Collins voted against the skinny repeal bill."
    )
    b = SourceSentence(
        source="b", start=0, text="Senator Murkowski voted against the skinny repeal bill."
    )
    assert align_sentences([a, b], _flat, lang=DEFAULT_LANGUAGE) == []
    same = SourceSentence(
        source="b", start=0, text="The skinny repeal bill lost the vote of Senator Collins."
    )
    assert len(align_sentences([a, same], _flat, lang=DEFAULT_LANGUAGE)) == 1


def test_names_are_capitalised_words_after_the_first() -> None:
    assert names_of("Officials said homes burned in Sonoma County", DEFAULT_LANGUAGE) >= {"sonoma"}
    assert "officials" not in names_of(
        "Officials said homes burned in Sonoma County", DEFAULT_LANGUAGE
    )
