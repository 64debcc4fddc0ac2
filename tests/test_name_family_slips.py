"""A family's surname misspelt after another given name, and a lone surname with a letter
lost by the writer who names the person in full (crosscheck/match/names/misspelling.py, names33):
the row's wording. Invented sentences; the cases that must and must not pair are in
tests/cases/rules/name_variant.toml."""

from __future__ import annotations

from storyrules import name_variants

from crosscheck.model import Sentence, Source


def _rows(*sentences: str) -> list[tuple[str, str, str]]:
    """(value_a, value_b, explanation) of each name row of one source of these sentences."""
    text = " ".join(sentences)
    found, position = [], 0
    for sentence in sentences:
        start = text.index(sentence, position)
        found.append(Sentence(start=start, end=start + len(sentence), text=sentence))
        position = start + len(sentence)
    rows = name_variants([Source(id="a", text=text)], {"a": found})
    return [(row.value_a, row.value_b, row.explanation) for row in rows]


def test_a_family_slip_tells_no_one_person() -> None:
    rows = _rows(
        "Officers questioned Marek Dobrovolsky and his brother Tomas Dobrovolsky on Friday.",
        "Their father, Pavel Dobrovlsky, spoke to reporters.",
        "Marek Dobrovolsky was later released.",
    )
    assert len(rows) == 1
    explanation = rows[0][2]
    assert "'Dobrovlsky'" in explanation
    assert "the same name differs by one letter" in explanation
    assert "person's" not in explanation


def test_a_lone_slip_of_one_person_tells_a_persons_name() -> None:
    rows = _rows(
        "Union leader Gerald Hartwick criticised the plan on Monday.",
        "On Tuesday, Hartwck said the talks would go on.",
    )
    assert [(a, b) for a, b, _ in rows] == [("Hartwick", "Hartwck")]
    assert "the same person's name differs by one letter" in rows[0][2]
