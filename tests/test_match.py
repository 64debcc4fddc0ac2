"""Matching: blocking, grouping of equal claims, and the cap on comparisons at archive scale."""

from __future__ import annotations

from crosscheck import Source, extract_claims
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.match.figure_rules import match_rules
from crosscheck.match.figures import match_claims


def _claims(texts: dict[str, str]):
    return [c for sid, text in texts.items() for c in extract_claims(Source(id=sid, text=text))]


def test_same_subject_different_sources_pair_up_and_others_do_not():
    claims = _claims(
        {
            "a": "Over 1,200 political prisoners are held in Belarus.",
            "b": "Nearly 1,400 political prisoners are held in Belarus.",
            "c": "At least 55 children have been convicted.",
        }
    )
    pairs = match_claims(claims, DEFAULT_LANGUAGE)
    assert [(p.a.source, p.b.source) for p in pairs] == [("a", "b")]


def test_equal_claims_form_one_group():
    claims = _claims(
        {
            "a": "Over 1,200 political prisoners are held.",
            "b": "Over 1,200 political prisoners are held.",
            "c": "Nearly 1,400 political prisoners are held.",
        }
    )
    [pair] = match_claims(claims, DEFAULT_LANGUAGE)
    sides = {pair.a.source, pair.b.source, *(c.source for c in (*pair.also_a, *pair.also_b))}
    assert sides == {"a", "b", "c"}


def test_many_different_figures_are_compared_with_the_most_cited_only():
    limit = match_rules(DEFAULT_LANGUAGE).most_cited
    texts = {f"s{n:02d}": f"Over {1000 + 10 * n} political prisoners are held." for n in range(30)}
    texts.update({f"t{n}": "Over 1,200 political prisoners are held." for n in range(5)})
    pairs = match_claims(_claims(texts), DEFAULT_LANGUAGE)
    groups = 30  # s20 says 1,200 too, so 30 distinct figures
    assert len(pairs) <= groups * limit
    consensus = [p for p in pairs if 1200 in (p.a.value.point, p.b.value.point)]
    assert len(consensus) == groups - 1  # the most cited figure meets every other one
